"""What closes a message of several activities and is every activity's: a
closing sentence ("Seluruh kegiatan berjalan aman"), the situation line after
the last item, the writer's signature (also with the situation before it on
the same line) — and when the situation line after the last item is that
item's own."""

from __future__ import annotations

import re

from sambang_tui.services.parse.wrapping import SIGNATURE, ends_sentence

# "Seluruh kegiatan berjalan aman": a closing sentence for every activity
# "Secara umum situasi …", "Secara keseluruhan situasi …": the same closing, qualified
_OVERALL = r"(?:secara\s+(?:umum|keseluruhan)\s*,?\s*)?"
CLOSING_ALL = re.compile(
    rf"(?:^|(?<=[.!?])\s+|(?<=[.!?][\"”'’)])\s+|(?<=\n)){_OVERALL}(?:(?:seluruh|semua|kedua|rangkaian)\s+(?:rangkaian\s+)?(?:kegiatan|giat)"
    r"|situasi|sit|kondisi)\b[^.!?\n]*[.!?]?(?:\s*\n.*|(?:\s+[A-Z][\w.']*){1,4})?\s*$",
    re.I,
)
CLOSING = re.compile(
    rf"^{_OVERALL}(?:seluruh|semua|kedua|adapun)?\s*(?:rangkaian\s+)?(?:kegiatan|giat)?\s*(?:tersebut\s+)?"
    r"(?:berjalan|berlangsung|terpantau|dalam\s+keadaan|situasi|sit|kondisi)\b"
    # "Semua aman terkendali": the situation of every activity above
    r"|^(?:seluruh(?:nya)?|semua(?:nya)?)\s+(?:giat\s+|kegiatan\s+)?(?:aman|kondusif|lancar|terkendali)\b",
    re.I,
)


# "Seluruh kegiatan …", "Situasi di kedua lokasi …", "Secara umum …": a closing for every activity
EVERY = re.compile(
    r"\b(?:seluruh|semua|kedua|rangkaian|adapun|secara\s+(?:umum|keseluruhan))\b", re.I
)


def own_situation(lines: list[str], items: list[int], at: int) -> bool:
    """Whether the closing situation line ``at`` ("Situasi aman.") is the
    last item's: it goes on the item's sentences without a blank line, and
    the writer puts an item's sentences on lines of their own (the item runs
    over lines, or a blank line sets it apart) or tells an earlier item's
    situation in it — after one-line items run together it closes every one."""
    item = items[-1]
    if not (item < at < len(lines)) or not lines[at - 1].strip():
        return False
    line = lines[at].strip()
    if not CLOSING.match(line) or EVERY.search(line) or not ends_sentence(lines[at - 1]):
        return False
    if re.match(r"\s*(?:pertama|kedua|ketiga|keempat)\s*,", lines[item], re.I):
        return False  # "Pertama, … Kedua, …": one paragraph of prose counting its activities
    told = any(_TOLD_SITUATION.search(lines[i]) for i in range(items[0], item))
    return told or at - item >= 2 or (item > 0 and not lines[item - 1].strip())


# "… Situasi aman.", "Sit: kondusif": an item telling its own situation
_TOLD_SITUATION = re.compile(
    r"\b(?:situasi|sit)\b\W*(?:\w+\s+){0,3}?(?:aman|kondusif|terkendali|waspada|rawan)\b", re.I
)


# "Aiptu Sutrisno – Bhabinkamtibmas Kel. Senen", "Aiptu X, Bhabin Senen": a title after the name
_TITLE_AFTER = re.compile(
    r"\s*(?:[,–—]|\s-)\s*bhabin\w*\b(?:\s+(?:kel(?:urahan)?\b\.?\s*)?[A-Za-z]+)?\W*$", re.I
)


# "aman. bripka agus setiawan", "Aman terkendali. Aipda Yusuf, Bhabin Bungur": how every
# activity went, the writer's name after it on the same line
_SITUATION_HEAD = re.compile(
    r"^\W*(?:aman|kondusif|terkendali|lancar|waspada)\b(?:\s+(?:dan\s+)?"
    r"(?:aman|kondusif|terkendali|lancar|tertib|semua))*\s*[.,!]\s*(?=\S)",
    re.I,
)


def signed_close(line: str) -> bool:
    head = _SITUATION_HEAD.match(line)
    return bool(head and signature(line[head.end() :]))


def signature(line: str) -> bool:
    """A signature line, also with the Bhabin's title after the name: every
    part's, not the last item's."""
    line = line.strip()
    title = _TITLE_AFTER.search(line)
    return bool(SIGNATURE.match(line) or (title and SIGNATURE.match(line[: title.start()])))
