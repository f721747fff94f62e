"""Who reports: a rank and a name (``Aiptu Sutrisno``, ``AIPTU SUTRISNO``),
an NRP, a ``Nama :``/``Pelapor :`` line or the sender of a forwarded chat.
Superiors quoted in a release (``Kapolsek Senen AKP Bambang``) and the army
counterpart (``Babinsa Serka …``) are not the reporting officer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sambang_tui.db.vocab import RANKS

_RANK_WORDS = tuple(r.casefold() for r in RANKS) + ("brigadir", "brig", "bharada", "bharatu")
_RANK = r"(?:" + "|".join(sorted(_RANK_WORDS, key=len, reverse=True)) + r")\b\.?"
_NAME_WORD = r"[A-Za-z][A-Za-z'.-]*"
_OFFICER = re.compile(
    rf"\b(?P<rank>{_RANK})(?:[ \t]+|[ \t]*\n[ \t]*)(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})",
    re.I,
)
_NRP = re.compile(r"\bNRP\b\.?\s*[:.]?\s*(\d{8})\b", re.I)
# the superior's title and the words of his office before his rank ("Kapolsek Senen AKP
# Bambang"), within one sentence and one line: "… sdh koord babinsa\nBripka Dwi" and "ktm
# pak lurah n 2 staf. aman. Bripka Agus" are signed by the reporting officer
_SUPERIOR_BEFORE = re.compile(
    r"\b(?:kapolsek|wakapolsek|kapolres|wakapolres|kanit|kasat|kasi|kapolda|kabag|kasubag|"
    r"panit|kasihumas|kapospol|danramil|babinsa|lurah|camat)\b(?:[\w ,]|\.(?=\S)){0,24}\Z",
    re.I,
)
NAME_STOP = frozenset(
    [
        "nrp",
        "selaku",
        "sebagai",
        "melaksanakan",
        "melakukan",
        "menggelar",
        "bersama",
        "dan",
        "pada",
        "hari",
        "di",
        "ke",
        "yang",
        "dengan",
        "bhabinkamtibmas",
        "bhabin",
        "kel",
        "kelurahan",
        "polsek",
        "mengatakan",
        "menyampaikan",
        "memberikan",
        "menyambangi",
        "mendatangi",
        "berdialog",
        "sh",
        "s.h",
        "mh",
        "m.h",
        "sik",
        "s.ik",
        "se",
        "bertemu",
        "saat",
        "sedang",
        "telah",
        "mengimbau",
        "menghimbau",
        "mengajak",
        "hadir",
        "ijin",
        "izin",
        "lapor",
        "sambang",
        "dds",
        "patroli",
        "binluh",
        "deteksi",
        "cooling",
        "problem",
        "pengamanan",
        "giat",
        "kegiatan",
        "wilayah",
        "terhadap",
        "mendapatkan",
        "mendapat",
        "menerima",
        "melapor",
        "melaporkan",
        "bhabinkamtibmas",
    ]
)


@dataclass(frozen=True)
class OfficerText:
    text: str  # "Aiptu Sutrisno", or an NRP when only that is given
    name: str  # without the rank
    nrp: str


def _name(raw: str) -> str:
    """The name words: capitalised words after a capitalised first word
    ("Aiptu Sutrisno terhadap …" stops before "terhadap"), any words up to
    a stop word when it is all lower case."""
    words: list[str] = []
    for word in raw.split():
        bare = word.strip(".,").casefold()
        if bare in NAME_STOP or not bare:
            break
        if words and words[0][:1].isupper() and not word[:1].isupper():
            break
        words.append(word.rstrip(",.:"))
        if word.endswith((",", ":")):
            break
    return " ".join(words)


_WRAP_WIDTH = 28  # a line at least this long that ends in a name may have been wrapped
_NAME_WORDS = 4


def _wrapped_rest(text: str, m: re.Match[str], name: str) -> str:
    """``name`` with its rest from the next line when a long line was
    wrapped inside it ("… Bripka Dwi\nHartono melaksanakan …"); a short
    line ending in a name is a signature and keeps its name."""
    end = m.start("name") + len(m.group("name"))
    if not text.startswith("\n", end) or name != m.group("name").strip().rstrip(",."):
        return name
    line_start = text.rfind("\n", 0, m.start()) + 1
    if end - line_start < _WRAP_WIDTH and not text[line_start : m.start()].strip():
        return name  # a short line of a rank and a name: a signature
    room = _NAME_WORDS - len(name.split())
    next_line = text[end + 1 :].split("\n", 1)[0]
    if room <= 0 or not next_line[:1].isupper() or name[:1].islower():
        return name
    rest = _name(" ".join(next_line.split()[:room]))
    rest_words = rest.split()
    if not rest_words or any(not w[:1].isupper() for w in rest_words):
        return name
    return f"{name} {rest}"


# who only passes the report on: the desk officer who typed or noted it down ("diketik
# Bripda Fajar", "(ketik: Brigpol Wawan)", "dicatat piket SPKT Brigpol Rina", "(piket Bripda
# Sinta)", "sy dikte ke Bripda Ayu") and the colleague who forwards it ("sy Aipda Joko
# meneruskan lap. an. Bripka Dwi"): not the officer the report is of
_PASSER_BEFORE = re.compile(
    r"\b(?:diketik|ketik|dicatat|ditulis|dikte|didiktekan|piket|spkt)\b"
    r"(?:\s+(?:ulang|oleh|ke|sama|piket|spkt)\b)*[\s:]*\Z",
    re.I,
)
_PASSER_AFTER = re.compile(
    r"[\s,.]*(?:yg\s+|yang\s+)?(?:meneruskan|neruskan|mengetik|ngetik)\b", re.I
)


def _candidates(text: str) -> list[tuple[int, str, str]]:
    out = []
    at = 0
    while m := _OFFICER.search(text, at):
        # the next officer may stand in what the pattern took for this one's name: "Brigpol
        # Tono dari telepon Bripka Sinta" — read on after the name's words
        at = m.end()
        if _SUPERIOR_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        name = _name(m.group("name"))
        if name:
            at = min(at, m.start("name") + len(name))
        if not name or _PASSER_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        if _PASSER_AFTER.match(text, m.start("name") + len(name)):
            continue
        name = _wrapped_rest(text, m, name)
        rank = m.group("rank").rstrip(".")
        out.append((m.start(), f"{rank} {name}", name))
    return out


def find_officer(labelled: list[str], text: str, senders: list[str]) -> OfficerText | None:
    """The reporting officer. Labelled lines (``Nama``, ``Pelapor``) and a
    chat sender come first; else the ranked names in the text, when they
    all name the same person."""
    nrp_match = _NRP.search(text)
    nrp = nrp_match.group(1) if nrp_match else ""
    # "Diteruskan dari Aiptu X:": the sender only passes X's report on, unless no one else is
    # named ("Diteruskan dr grup Bhabin:")
    passed_on = senders if _FORWARDED.search(text) else []
    if passed_on:
        senders = []
    # a sender with a rank before one without: "Kanit Binmas: tolong diinput" over the report
    ranked = [value for value in senders if _candidates(value)]
    for value in [*labelled, *ranked, *senders]:
        found = _candidates(value)
        if found:
            _, full, name = found[0]
            return OfficerText(full, name, nrp)
        name = _name(value.split("\n")[0])
        if name and not re.search(r"\d", name) and len(name.split()) <= 4:
            return OfficerText(name, name, nrp)
    found = _fullest(_candidates(text))
    names = {name.casefold() for _, _, name in found}
    if len(names) == 1:
        _, full, name = max(found, key=lambda c: len(c[2]))
        return OfficerText(full, name, nrp)
    if len(names) > 1:
        # several people: the one named as Bhabinkamtibmas, if exactly one is
        near = [
            c
            for c in found
            if re.search(
                r"bhabinkamtibmas|bhabin|pelapor|personil",
                text[max(0, c[0] - 60) : c[0] + 80],
                re.I,
            )
        ]
        if len({n.casefold() for _, _, n in near}) == 1:
            _, full, name = near[0]
            return OfficerText(full, name, nrp)
        return None if not nrp else OfficerText(nrp, "", nrp)
    if nrp:
        return OfficerText(nrp, "", nrp)
    name = _signed_name(text)
    if name:
        return OfficerText(name, name, "")
    return find_officer([], "", passed_on) if passed_on else None


# "Diteruskan dari Bripka Dwi:", "Diteruskan laporan Aiptu X (Bhabin Senen)", "Diteruskan dr
# japri Aiptu Heri", "Diteruskan dari Bhabin Kenari 👇"; any word of passing on: "Fwd dari
# Aiptu X:", "Terusan dr Bhabin Paseban:", "neruskan laporan Aipda X, HP beliau rusak"
_FORWARDED = re.compile(
    r"\b(?:diteruskan|meneruskan|neruskan|teruskan|terusan|fwd|forward(?:ed)?)"
    r"\s+(?:dari|dr|laporan|lap)\b",
    re.I,
)


def same_person(short: str, full: str) -> bool:
    """ "Joko" or "Joko P." is "Joko Prasetyo" written short."""
    a, b = short.casefold().split(), full.casefold().split()
    if len(a) > len(b) or not a:
        return False
    for x, y in zip(a, b, strict=False):
        x = x.rstrip(".")
        if not (x == y or (len(x) == 1 and y.startswith(x))):
            return False
    return True


def _fullest(found: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
    """The candidates, each written short ("Aipda Joko") given the name of
    the fullest form of the same person ("Aipda Joko Prasetyo")."""
    out = []
    for start, full, name in found:
        longer = [c for c in found if len(c[2]) > len(name) and same_person(name, c[2])]
        if longer:
            _, full, name = max(longer, key=lambda c: len(c[2]))
        out.append((start, full, name))
    return out


# a last line of one to three capitalised words: the sender signing without a rank
_SIGNED = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?){0,2}$")
_NOT_A_NAME = frozenset(
    [
        "aman",
        "kondusif",
        "terkendali",
        "lancar",
        "sambang",
        "dds",
        "binluh",
        "patroli",
        "terima",
        "kasih",
        "demikian",
        "dokumentasi",
        "terlampir",
        "situasi",
        "wassalam",
        "salam",
        "hormat",
        "mohon",
        "petunjuk",
        "arahan",
        "siap",
        "ndan",
        "komandan",
        "selesai",
    ]
)


def _signed_name(text: str) -> str:
    lines = [line.strip(" .,") for line in text.strip().split("\n") if line.strip()]
    if len(lines) == 1:
        # a one-line message signed after its last sentence: "… Sit aman kondusif. Yusuf"
        lines = re.split(r"(?<=[.!?])\s+(?=[A-Z][a-z]+(?:\s+[A-Z][a-z]*\.?){0,2}\W*$)", lines[0])
        lines = [line.strip(" .,") for line in lines]
    if len(lines) < 2 or not _SIGNED.match(lines[-1]):
        return ""
    words = lines[-1].casefold().replace(".", "").split()
    if any(w in _NOT_A_NAME or w in NAME_STOP for w in words):
        return ""
    return lines[-1]


def names_anyone(text: str) -> bool:
    """Whether ``text`` names any ranked person, the reporting officer or not."""
    return _OFFICER.search(text) is not None
