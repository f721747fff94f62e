"""A day's work after another's, each day opening its own line with its date —
the recap of several days a Bhabin sends at once. Read after every other
shape of several activities, so only a message read as one can change."""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.services.parse import dates
from sambang_tui.services.parse.closings import CLOSING, signature
from sambang_tui.services.parse.parts import Part, assemble, valid
from sambang_tui.services.parse.sections import split

# a line that opens with its day: "Jumat 2/1/26 ba'da jumat: sambang …", "2. Sabtu 10 Januari
# 2026", "- Senin (5/1) pkl 09.00 …"
_DAY_HEAD = re.compile(
    rf"^\s*(?:\(?\d{{1,2}}[.)]|[-•*▪·])?\s*(?:(?:hari\s+|hr\s+)?{dates.WEEKDAY_WORD}\b\W{{0,3}})?"
    r"(?:(?:tgl|tanggal)\b\.?\s*)?\(?(?=\d)",
    re.I,
)
_DAY_HEAD_CHARS = 30  # the date stands at the head, not in what the line goes on to tell


def _day_of(line: str, today: dt.date) -> dt.date | None:
    """The day a line opens with, when it is one that has been (not a plan)."""
    head = _DAY_HEAD.match(line)
    if head is None:
        return None
    found = dates.find_dates(line[: head.end() + _DAY_HEAD_CHARS], today)
    first = found[0] if found else None
    if first is None or first.start != head.end() or first.value is None or first.event:
        return None
    return first.value if first.value <= today else None


def split_days(text: str, today: dt.date) -> list[Part] | None:
    """A day's work after another's, each opening with its own date on a line of its own
    ("Jumat 2/1/26 ba'da jumat: sambang …" / "Sabtu 3/1/26 jam 9 pagi: binluh …", or "1.
    Jumat 9 Januari 2026" over its Waktu, Tempat and Giat): a part from each dated line to
    the next, whatever label's value a line seems to go on; the days must differ."""
    layout = split(text)
    lines = layout.lines
    heads = [(i, day) for i, line in enumerate(lines) if (day := _day_of(line, today))]
    if len(heads) < 2 or len({day for _, day in heads}) != len(heads):
        return None
    starts = [i for i, _ in heads]
    tail_start = starts[-1] + 1
    while (
        tail_start < len(lines)
        and lines[tail_start].strip()
        and not (CLOSING.match(lines[tail_start].strip()) or signature(lines[tail_start]))
    ):
        tail_start += 1
    bounds = [*zip(starts, starts[1:], strict=False), (starts[-1], tail_start)]
    parts = ["\n".join(lines[a:b]) for a, b in bounds]
    if not valid(parts, items=True):
        return None
    return assemble(lines, bounds, starts[0], tail_start)
