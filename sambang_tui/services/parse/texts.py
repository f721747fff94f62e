"""The free text: sentences, the kamtibmas message and the findings of a
prose report, and the narrative that keeps whatever could not be placed."""

from __future__ import annotations

import re

_ABBREVIATIONS = frozenset(
    [
        "jl",
        "jln",
        "gg",
        "kel",
        "kec",
        "bpk",
        "bp",
        "sdr",
        "sdri",
        "h",
        "hj",
        "no",
        "rt",
        "rw",
        "pkl",
        "tgl",
        "dll",
        "dsb",
        "dkk",
        "s.d",
        "a.n",
        "st",
        "dr",
        "ir",
        "drs",
        "hr",
        "ust",
        "wr",
        "wb",
        "kab",
        "prov",
        "yth",
        "sh",
        "mh",
        "sik",
        "se",
        "kp",
        "blok",
    ]
)
_SENTENCE_END = re.compile(r"[.!?]+(?=\s+[\"'(A-Z0-9-])")
_MESSAGE_VERB = re.compile(
    r"\b(?:meng?himbau|mengimbau|menghimbaukan|himbauan|imbauan|mengajak|menyampaikan\s+pesan|pesan\s+kamtibmas)\b",
    re.I,
)
_FINDINGS_START = re.compile(
    r"^(?:hasilnya|hasil\s+(?:kegiatan|giat|yang)|dari\s+hasil|hasil\s*:)", re.I
)
_GREETING = re.compile(
    r"^(?:assalamu|asalamu|assalam|selamat\s+(?:pagi|siang|sore|malam)|salam|ijin|izin|mohon\s+ijin|"
    r"mohon\s+izin|lapor|laporan|yth|kepada\s+yth|komandan|dan\b|om\s+swastiastu|shalom|"
    r"demikian|dokumentasi|terima\s*kasih|mohon\s+petunjuk|mohon\s+arahan|trims|tks|wassalam)",
    re.I,
)
_ONLY_SYMBOLS = re.compile(r"^[\W_]*$")
_KELURAHAN_LINE = re.compile(r"^(?:bhabinkamtibmas\s+)?(?:kel\.?|kelurahan)\s+[A-Za-z ]+$", re.I)


def _split(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w.]*)$", text[max(start, m.start() - 24) : m.start()])
        before = word.group(1).casefold() if word else ""
        if before in _ABBREVIATIONS or len(before) == 1:
            continue
        pieces.append(text[start : m.end()].strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for paragraph in text.split("\n"):
        out.extend(_split(paragraph))
    return out


def message_from_prose(text: str) -> str:
    found = [s for s in sentences(text) if _MESSAGE_VERB.search(s)]
    return found[0] if found else ""


def findings_from_prose(text: str) -> str:
    found = [s for s in sentences(text) if _FINDINGS_START.match(s)]
    return found[0] if found else ""


def is_boilerplate(line: str, officer_text: str = "") -> bool:
    """Greetings, headers, closings, emoji-only and signature lines."""
    stripped = line.strip()
    if _ONLY_SYMBOLS.match(stripped):
        return True
    if officer_text and stripped.casefold().strip(" .,") == officer_text.casefold():
        return True
    if _KELURAHAN_LINE.match(stripped):
        return True
    return (
        bool(_GREETING.match(stripped)) and not re.search(r"\d", stripped) and len(stripped) < 100
    )
