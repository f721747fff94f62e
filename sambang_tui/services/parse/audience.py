"""Who was met, by AUDIENCE_CATEGORIES, with the number when the message
gives one (``± 15 orang warga``, ``Tomas + warga ± 8 org``, ``15 org``)."""

from __future__ import annotations

import re

WORDS: tuple[tuple[str, str], ...] = (
    ("tokoh_masyarakat", r"tokoh\s+masyarakat|tomas|tokmas"),
    ("tokoh_agama", r"tokoh\s+agama|toga|tokag|alim\s+ulama|ulama"),
    (
        "kelompok_pemuda",
        r"kelompok\s+pemuda|karang\s*taruna|tokoh\s+pemuda|pemuda|remaja\s+masjid|pelajar|siswa",
    ),
    (
        "perangkat_rt_rw",
        r"ketua\s+RT\s*/\s*RW|ketua\s+R[TW]|(?:pak|bapak|bu|ibu)\s+R[TW]\b|pengurus\s+R[TW]|perangkat\s+RT|RT\s*/\s*RW",
    ),
    ("warga", r"warga|jamaah|jemaah|jama'ah|ibu-ibu|ibu2|bapak-bapak|pedagang|penonton"),
)
_CATEGORY = [(cat, re.compile(rf"(?<![\w-])(?:{words})(?![\w])", re.I)) for cat, words in WORDS]
_ANY = re.compile("|".join(f"(?P<{cat}>{words})" for cat, words in WORDS), re.I)
_ABOUT = r"(?:±|\+/-|\+-|kurang\s+lebih|kl\.?|sekitar|sebanyak|berjumlah|lebih\s+kurang|kurleb)?\s*"
_COUNT = r"(\d{1,4})\s*(?:orang|org\.?|or\b|personil|peserta)"
_NOT_AUDIENCE = re.compile(
    r"\b(?:perselisihan|sengketa|keributan|konflik|cekcok|percekcokan|permasalahan|masalah)"
    r"\s+(?:antar\s*)?warga\b|\bantar(?:a)?\s*warga\b|\b(?:informasi|info|keterangan|laporan)\s+dari\s+warga\b|\bwarga\s+(?=\w+\s+(?:yang\s+)?(?:akan|tidak)\b)",
    re.I,
)


def _category_at(text: str) -> str | None:
    m = _ANY.match(text)
    if not m:
        return None
    return next(cat for cat, _ in WORDS if m.group(cat))


def find_audience(text: str) -> dict[str, int | None]:
    scrubbed = _NOT_AUDIENCE.sub(" ", text)
    found: dict[str, int | None] = {}
    spans: list[tuple[int, int, str]] = []
    taken = bytearray(len(scrubbed))
    for cat, pattern in _CATEGORY:
        for m in pattern.finditer(scrubbed):
            # "tokoh masyarakat" is not also "warga"; "ketua RT" not "RT/RW" twice
            if taken[m.start()]:
                continue
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
            spans.append((m.start(), m.end(), cat))
            found.setdefault(cat, None)
    # counts: "15 orang warga", "± 200 warga", "warga ± 8 org", "24 orang Ketua RT/RW"
    for m in re.finditer(rf"{_ABOUT}(\d{{1,4}})\s*(?:orang|org\.?)?\s+", scrubbed, re.I):
        before = scrubbed[max(0, m.start(1) - 12) : m.start(1)]
        if re.search(r"(?:\b(?:rt|rw|no|tps|blok|nrp)\.?\s*|[\d.:/,])$", before, re.I):
            continue
        cat = _category_at(scrubbed[m.end() :])
        if cat and found.get(cat) is None:
            found[cat] = int(m.group(1))
    for _start, end, cat in spans:
        m = re.match(rf"[ \t]*(?::[ \t]*)?{_ABOUT}{_COUNT}", scrubbed[end:], re.I)
        if m and found.get(cat) is None and not _category_at(scrubbed[end + m.end() :].lstrip()):
            found[cat] = int(m.group(1))
    lone = list(re.finditer(rf"{_ABOUT}{_COUNT}", scrubbed, re.I))
    if len(found) == 1 and len(lone) == 1:
        (cat,) = found
        if found[cat] is None:
            found[cat] = int(lone[0].group(1))
    return found
