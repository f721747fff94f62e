"""Several activities in one message: a Bhabin often reports a day's work
at once. Three shapes are recognised —

* the template written twice (``Kegiatan I`` … ``Kegiatan II`` …, each with
  its own Waktu, Tempat, Kegiatan);
* numbered or bulleted items that each tell a visit
  (``1) pkl 08.00 sambang warga RT 03 …`` / ``2) pkl 19.30 patroli …``);
* release-like prose that goes on with ``Selanjutnya``/``Kemudian``/
  ``Sore harinya`` … to a second activity.

Each part counts as an activity only when it names an activity type and a
time or a place of its own, and the parts differ; otherwise the message is
one report. What stands before the first part (a greeting with the date,
the Bhabin's title) and after the last (the closing situation, the
signature) belongs to every part."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sambang_tui.services.parse import activity, dates, fuzzy, places
from sambang_tui.services.parse.sections import split

_CORE = ("time", "place", "activity")
_ITEM = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[a-hA-H][.)]|[-•*▪·]|▪️)\s*(?=\S)")
_SEQUENCE = re.compile(
    r"(?:^|(?<=[.!?])\s+|\n+)(?=(?:selanjutnya|kemudian|setelah\s+itu|usai\s+(?:itu|kegiatan\s+\w+)"
    r"|sore\s+harinya|siang\s+harinya|malam\s+harinya|pada\s+(?:sore|siang|malam)\s+harinya"
    r"|selain\s+itu|lalu)\b)",
    re.I,
)
_CLOSING = re.compile(
    r"^(?:seluruh|semua|kedua|adapun)?\s*(?:rangkaian\s+)?(?:kegiatan|giat)?\s*(?:tersebut\s+)?"
    r"(?:berjalan|berlangsung|terpantau|dalam\s+keadaan|situasi|sit|kondisi)\b",
    re.I,
)


@dataclass
class Part:
    """One activity's text, with what the whole message shares around it."""

    text: str
    own: str  # the activity's own lines, without the shared head and tail


def _has_activity(text: str) -> bool:
    return bool(activity.find_types(fuzzy.correct(text)))


def _has_when_or_where(text: str) -> bool:
    fixed = fuzzy.correct(text)
    return bool(
        dates.find_time(fixed)
        or dates.find_time(fixed, bare=True)
        or places.find_area(text).rw is not None
        or places.find_area(text).rt is not None
        or places.place_from_prose(text)
    )


def _distinct(parts: list[str]) -> bool:
    seen = {
        (tuple(activity.find_types(fuzzy.correct(p))), dates.find_time(fuzzy.correct(p), bare=True))
        for p in parts
    }
    return len(seen) == len(parts)


def _valid(parts: list[str]) -> bool:
    return (
        len(parts) >= 2
        and all(_has_activity(p) and _has_when_or_where(p) for p in parts)
        and _distinct(parts)
    )


def _assemble(
    lines: list[str], bounds: list[tuple[int, int]], head_end: int, tail_start: int
) -> list[Part]:
    head = "\n".join(lines[:head_end]).strip()
    tail = "\n".join(lines[tail_start:]).strip()
    out = []
    for start, end in bounds:
        own = "\n".join(lines[start:end]).strip()
        out.append(Part("\n".join(p for p in (head, own, tail) if p), own))
    return out


def _templates(text: str) -> list[Part] | None:
    """The template written once per activity."""
    lines = text.split("\n")
    layout = split(text)
    starts: list[int] = []
    seen: set[str] = set()
    for section in layout.sections:
        if section.kind not in _CORE:
            continue
        if section.kind in seen or not starts:
            starts.append(section.line)
            seen = set()
        seen.add(section.kind)
    if len(starts) < 2:
        return None
    # a heading line right above a repeated part ("Kegiatan II", "Giat ke-2") goes with it
    free = dict(layout.free)
    for number in range(1, len(starts)):
        line = starts[number] - 1
        while (
            line > starts[number - 1]
            and (not lines[line].strip() or line in free)
            and (not lines[line].strip() or len(lines[line]) < 40)
        ):
            line -= 1
        starts[number] = line + 1
        while starts[number] < len(lines) and not lines[starts[number]].strip():
            starts[number] += 1
    last_section = max(s.line for s in layout.sections)
    tail_start = last_section + 1
    while tail_start < len(lines) and tail_start not in free and lines[tail_start].strip():
        tail_start += 1  # the last section's wrapped lines
    head_end = starts[0]
    while (
        head_end > 0
        and lines[head_end - 1].strip()
        and len(lines[head_end - 1]) < 40
        and (head_end - 1 in free and not _has_activity(lines[head_end - 1]))
    ):
        head_end -= 1
    bounds = [(starts[i], starts[i + 1]) for i in range(len(starts) - 1)]
    bounds.append((starts[-1], tail_start))
    parts = ["\n".join(lines[a:b]) for a, b in bounds]
    if not _valid(parts):
        return None
    return _assemble(lines, bounds, head_end, tail_start)


def _items(text: str) -> list[Part] | None:
    """Numbered or bulleted lines that each tell an activity."""
    lines = text.split("\n")
    items = [
        i
        for i, line in enumerate(lines)
        if _ITEM.match(line) and ":" not in line[:30] and _has_activity(line)
    ]
    if len(items) < 2:
        return None
    tail_start = items[-1] + 1
    while (
        tail_start < len(lines)
        and lines[tail_start].strip()
        and _ITEM.match(lines[tail_start]) is None
        and not (_CLOSING.match(lines[tail_start]) or _signature(lines[tail_start]))
    ):
        tail_start += 1
    bounds = [(items[i], items[i + 1]) for i in range(len(items) - 1)]
    bounds.append((items[-1], tail_start))
    parts = ["\n".join(lines[a:b]) for a, b in bounds]
    if not _valid(parts):
        return None
    return _assemble(lines, bounds, items[0], tail_start)


def _signature(line: str) -> bool:
    from sambang_tui.services.parse.wrapping import SIGNATURE

    return bool(SIGNATURE.match(line.strip()))


def _sequence(text: str) -> list[Part] | None:
    """Prose going on to another activity ("Selanjutnya pukul 13.00 …")."""
    cuts = [m.end() for m in _SEQUENCE.finditer(text) if m.end() > 0]
    if not cuts:
        return None
    # the closing paragraph ("Seluruh kegiatan berjalan aman") is shared
    paragraphs = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    tail_start = len(text)
    if paragraphs:
        last = text[paragraphs[-1] :].strip()
        if _CLOSING.match(last) and not _has_activity(last):
            tail_start = paragraphs[-1]
    bounds = [0, *[c for c in cuts if c < tail_start], tail_start]
    pieces = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    parts = [text[a:b].strip() for a, b in pieces]
    if not _valid(parts):
        return None
    tail = text[tail_start:].strip()
    return [Part("\n".join(p for p in (own, tail) if p), own) for own in parts]


def split_activities(text: str) -> list[Part]:
    """The activities of a cleaned message; one Part holding all of it
    when it tells one."""
    for reader in (_templates, _items, _sequence):
        parts = reader(text)
        if parts:
            return parts
    return [Part(text, text)]
