"""The free text: sentences, the kamtibmas message and the findings of a
prose report, and the narrative that keeps whatever could not be placed."""

from __future__ import annotations

import re

from sambang_tui.services.parse.wrapping import ABBREVIATIONS, unwrap

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
    r"mohon\s+izin|lapor|laporan|yth|kepada\s+yth|komandan|om\s+swastiastu|shalom|"
    r"dan\b(?:\W*$|\s*[,!.]|\s+(?:ijin|izin|lapor|mohon|siap|selamat))|"
    r"demikian|dokumentasi|terima\s*kasih|mohon\s+petunjuk|mohon\s+arahan|trims|tks|wassalam)",
    re.I,
)
_ONLY_SYMBOLS = re.compile(r"^[\W_]*$")
_KELURAHAN_LINE = re.compile(
    r"^(?:bhabinkamtibmas\s+)?(?:kel\.?|kelurahan)\s*[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\W*$", re.I
)


def _split(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        word = re.search(r"([\w.]*)$", text[max(start, m.start() - 24) : m.start()])
        before = word.group(1).casefold() if word else ""
        if before in ABBREVIATIONS or len(before) == 1:
            continue
        pieces.append(text[start : m.end()].strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def sentences(text: str) -> list[str]:
    """The sentences of ``text``; a sentence wrapped over lines is one."""
    out: list[str] = []
    for paragraph in unwrap(text).split("\n"):
        out.extend(_split(paragraph))
    return out


# a label that heads the text it names: "Pesan kamtibmas:", "Adapun hasilnya -",
# at the start of the sentence or after a comma ("…, pesan kamtibmas: …")
_LABEL_IN_SENTENCE = re.compile(
    r"(?:^|[,;.]\s*)(?:[^\w\s]{1,4}\s*)?(?:adapun\s+|dengan\s+|berikut\s+)?"
    r"(?:(?:pesan(?:-pesan)?|himbauan|imbauan)(?:\s+(?:dan|&)\s+(?:himbauan|imbauan))?"
    r"(?:\s+kamtibmas)?|hasil(?:nya|\s+kegiatan|\s+giat)?)"
    r"(?:\s+(?:yang|yg)\s+(?:di|ter)\w+(?:\s+\w+){0,3}?)?\s*(?::|-|–|,|\.|$)\s*",
    re.I,
)


def without_label(sentence: str) -> str:
    """``sentence`` from after the label that heads its text; "" when it
    ends with the label (the text is in the next sentence)."""
    m = _LABEL_IN_SENTENCE.search(sentence)
    if m is None or (m.start() > 0 and sentence[m.end() :].strip() and ":" not in m.group()):
        return sentence  # "…, pesan kamtibmas agar …" is a sentence, not a label
    rest = sentence[m.end() :].strip()
    return rest if re.search(r"\w", rest) else ""


def _first(found: list[tuple[int, str]], pieces: list[str]) -> str:
    """The first found sentence with its label taken off; a sentence that
    is only a label gives the sentence after it."""
    for index, sentence in found:
        text = without_label(sentence)
        if text:
            return text
        if index + 1 < len(pieces):
            return without_label(pieces[index + 1])
    return ""


def message_from_prose(text: str) -> str:
    pieces = sentences(text)
    return _first([(i, s) for i, s in enumerate(pieces) if _MESSAGE_VERB.search(s)], pieces)


def findings_from_prose(text: str) -> str:
    pieces = sentences(text)
    return _first([(i, s) for i, s in enumerate(pieces) if _FINDINGS_START.match(s)], pieces)


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
