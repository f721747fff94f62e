"""The narrative (Uraian kegiatan) of one activity: its own words as the
report's documents print them. What frames the message rather than telling
the activity stays out — the greeting that opens it ("Selamat siang
Komandan, ijin melaporkan kegiatan … 4 Desember 2024:"), the address before
the report on its first line ("Ijin Komandan, melaporkan …"), the list mark
of the item it was ("1. Pukul 08.30 …"), a closing line that only states the
situation (the report's situation field holds it) and the signature; of a
message telling several activities, only the activity's own lines."""

from __future__ import annotations

import re

from sambang_tui.services.parse import activity, framing, sign_off
from sambang_tui.services.parse.sections import Layout, lines_of

# "1. ", "1) ", "a. ", "II. ", "iv) ", "- ", "• ", "1️⃣ ": the mark of a list's item before
# its text (a Roman one only before a space: "I.Pukul" is no item)
_MARK = re.compile(
    r"^\s*(?:(?P<number>\(?\d{1,2}[.)]|\d\ufe0f?\u20e3)|(?P<letter>[a-hA-H][.)])"
    r"|(?P<roman>(?i:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2})[.)](?=\s))"
    r"|(?P<bullet>[-•*▪·]|▪️))\s*(?=\S)"
)
# a line that only heads the item it opens: "Kegiatan I", "Giat ke-2:", "KEGIATAN PERTAMA"
_HEADING = re.compile(
    r"^\W*(?:kegiatan|giat)\s*(?:ke\s*-?\s*)?(?:\d{1,2}|[ivx]{1,4}|pertama|kedua|ketiga|keempat"
    r"|kelima)\W*$",
    re.I,
)
# the address before the report on its first line: "Selamat siang Komandan, ijin melaporkan",
# "Ijin Komandan, melaporkan", "Mohon izin lapor,"
_SALUTE = (
    r"(?:selamat\s+(?:pagi|siang|sore|malam)|assalamu\W*alaikum(?:\s+wr\.?\s*wb\.?)?"
    r"|ijin|izin|mohon\s+(?:ijin|izin)|siap)"
)
_ADDRESSEE = r"(?:komandan|ndan|dan|pak|bapak|pimpinan|kapolsek)"
_ADDRESS = re.compile(
    rf"^(?:{_SALUTE}\s*,?\s*(?:{_ADDRESSEE}\b)?\s*[,.!]?\s*)*"
    r"(?:(?:ijin|izin|mohon\s+(?:ijin|izin))\s+)?(?:melaporkan|lapor(?:kan)?)\b(?:\s+lagi\b)?"
    rf"\s*(?:{_ADDRESSEE}\b)?\s*[,.:!]?\s*(?=\S)",
    re.I,
)
# what the address announces before the first activity: "dua kegiatan hari ini Rabu 04/12/2024. "
_ANNOUNCED = re.compile(
    r"^(?:\d+|dua|tiga|empat|lima|beberapa)?\s*(?:kegiatan|giat)\b[^.:\n]{0,80}[.:]\s+(?=\S)", re.I
)
# a date's digits, which a greeting may carry ("… hari Rabu 4 Desember 2024:", "… 04/12/2024")
_DATE_DIGITS = re.compile(
    r"\b\d{1,2}\s*-?\s*(?:jan|feb|mar|apr|mei|jun|jul|agu|agt|ags|sep|okt|nov|des)[a-z]*\.?"
    r"(?:\s*-?\s*\d{4})?\b|\b\d{1,2}([/.-])\d{1,2}\1\d{2,4}\b|\b\d{1,2}/\d{1,2}\b|\b(?:19|20)\d{2}\b",
    re.I,
)
# a line that only says how it went: "Situasi aman dan kondusif.", "Kegiatan berjalan lancar."
_SITUATION_ONLY = re.compile(
    r"^(?:secara\s+(?:umum|keseluruhan)\s*,?\s*)?(?:(?:seluruh|semua)\s+)?(?:rangkaian\s+)?"
    r"(?:(?:kegiatan|giat)\s+)?(?:tersebut\s+)?"
    r"(?:(?:situasi|sit|sikon|kondisi)(?:\s+(?:kamtibmas|wilayah))?\s*:?\s*)?"
    r"(?:(?:berjalan|berlangsung|terpantau|dalam\s+keadaan)\s+)?"
    r"(?:(?:dengan\s+)?(?:aman|kondusif|terkendali|lancar|tertib|baik)\b\s*(?:,|&|dan)?\s*)+"
    r"(?:ndan|komandan|pak)?\W*$",
    re.I,
)


def _frames(text: str) -> bool:
    """Whether ``text`` carries no number but a date's and names no activity."""
    if re.search(r"\d", _DATE_DIGITS.sub("", text)):
        return False
    return not activity.find_types(activity.classified(text))


def opening(line: str) -> bool:
    """A greeting that opens the message and heads what it reports ("Selamat
    siang Komandan, ijin melaporkan kegiatan Bhabinkamtibmas Kel. Kenari hari
    Rabu 4 Desember 2024:"): no number but its date's, and it names no
    activity, or it ends with a colon before what it heads."""
    stripped = line.strip()
    if not framing.greets(stripped) or len(stripped) > 200:
        return False
    if re.search(r"\d", _DATE_DIGITS.sub("", stripped)):
        return False
    return stripped.endswith(":") or not activity.find_types(activity.classified(stripped))


def _kind(mark: re.Match[str]) -> str:
    return next(name for name, value in mark.groupdict().items() if value)


def _own_span(layout: Layout, whole: str, own: str) -> tuple[int, int, str] | None:
    """The lines of ``layout`` (read from ``whole``) that hold ``own``, and
    the words its first line opens with when it begins in the middle of one."""
    at = whole.find(own) if own and own != whole else -1
    if at < 0:
        return None
    before = whole[:at]
    opens = ""
    if not before:
        first = 0
    elif before.endswith("\n"):
        first = len(lines_of(before[:-1]))
    else:  # "… dua kegiatan hari ini. Pertama, pukul 08.00 …": it begins in a line
        first = len(lines_of(before)) - 1
        opens = own.split("\n", 1)[0].strip()
    return first, min(first + len(lines_of(own)) - 1, len(layout.lines) - 1), opens


def _marked_alike(mark: re.Match[str], lines: list[str]) -> bool:
    """Whether another of ``lines`` opens with a mark of ``mark``'s kind (a list of its own)."""
    for line in lines:
        other = _MARK.match(line)
        if other is not None and _kind(other) == _kind(mark):
            return True
    return False


def _clean(pieces: list[tuple[int, str, bool]]) -> list[tuple[int, str, bool]]:
    """``pieces`` (line, text, a free line) without the framing around the activity."""
    if len(pieces) > 1 and pieces[0][2] and opening(pieces[0][1]):
        pieces = pieces[1:]
    if len(pieces) > 1 and _HEADING.match(pieces[0][1]):
        pieces = pieces[1:]
    elif pieces and "\n" in pieces[0][1] and _HEADING.match(pieces[0][1].split("\n", 1)[0]):
        index, text, free = pieces[0]
        pieces = [(index, text.split("\n", 1)[1], free), *pieces[1:]]
    if pieces:
        index, text, free = pieces[0]
        address = _ADDRESS.match(text) if free else None
        if address and len(text) - address.end() >= 20:
            text = text[address.end() :]
            announced = _ANNOUNCED.match(text)
            if announced and _frames(announced.group(0)) and len(text) - announced.end() >= 20:
                text = text[announced.end() :]
        mark = _MARK.match(text)
        rest = [*text.split("\n")[1:], *(line for p in pieces[1:] for line in p[1].split("\n"))]
        if mark and not _marked_alike(mark, rest):
            text = text[mark.end() :]  # the item it was, not a list of its own
        pieces = [(index, text, free), *pieces[1:]]
    while len(pieces) > 1 and pieces[-1][2] and _SITUATION_ONLY.match(pieces[-1][1].strip()):
        pieces = pieces[:-1]
    if len(pieces) > 1 and _HEADING.match(pieces[-1][1]):  # the next item's heading
        pieces = pieces[:-1]
    elif pieces and "\n" in pieces[-1][1].strip():
        index, text, free = pieces[-1]
        head, _, last = text.rstrip().rpartition("\n")
        if _HEADING.match(last):
            pieces[-1] = (index, head.rstrip(), free)
    if pieces and pieces[-1][2]:  # "… sembarangan. Aman. Aipda Yusuf Maulana": signed off
        index, text, free = pieces[-1]
        kept = sign_off.without_sign_off(text).rstrip(" ,;")
        pieces[-1] = (index, kept or text, free)
    return pieces


def _within(span: tuple[int, int, str], piece: tuple[int, str, bool], own: str) -> bool:
    """Whether ``piece`` is of the activity's own lines: it starts in them, or it is a
    field whose label heads them ("Kegiatan :" over "a. …", "b. …")."""
    if span[0] <= piece[0] <= span[1]:
        return True
    return (
        not piece[2]
        and piece[0] < span[0]
        and any(line.strip() and line.strip() in piece[1] for line in own.split("\n"))
    )


def narrative(layout: Layout, officer_text: str, whole: str, own: str = "") -> str:
    """The narrative of the activity ``layout`` (read from ``whole``) tells;
    ``own``: the activity's own lines when the message tells several."""
    span = _own_span(layout, whole, own)
    pieces: list[tuple[int, str, bool]] = []
    for section in layout.sections:
        if section.kind == "activity" and section.value:
            pieces.append((section.line, section.value, False))
        elif section.kind in ("other", "audience", "topic") and section.value:
            pieces.append((section.line, f"{section.label}: {section.value}", False))
    for index, line in layout.free:
        if not framing.is_boilerplate(line, officer_text):
            pieces.append((index, line, True))
    if span is not None:
        pieces = [p for p in pieces if _within(span, p, own)]
        if span[2]:  # only what the activity's own first line tells
            pieces = [
                (i, t[t.find(span[2]) :] if i == span[0] and span[2] in t else t, f)
                for i, t, f in pieces
            ]
    pieces = _clean(sorted(pieces))
    out: list[str] = []
    previous = None
    for index, text, _ in pieces:
        if previous is not None and out:
            out.append("\n\n" if index - previous > 1 and not layout.numbered else "\n")
        out.append(text)
        previous = index
    return "".join(out).strip()
