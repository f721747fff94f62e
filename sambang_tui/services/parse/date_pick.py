"""Which date a report's activity took place: the date section's, else the
one the prose writes, else a day told by its weekday or "kemarin" — and a
last line that only gives the date read as the first."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sambang_tui.services.parse.dates import (
    MONTH_WORD,
    WEEKDAY_MARK,
    WEEKDAY_ONLY,
    Found,
    eve_date,
    find_dates,
    past_weekday,
    relative_date,
    weekday_date,
)


@dataclass
class DatePick:
    value: dt.date | None = None
    doubt: bool = False  # a date is written but could not be read with confidence


def pick_date(
    section: str | None, free: str, today: dt.date, sent_at: dt.time | None = None
) -> DatePick:
    """The activity's date: the date section's, else the one the prose
    states (preferring one after a weekday or "tgl"), else a weekday
    written alone, else "hari ini"/"tadi"/"kemarin"."""
    if section:
        dates = find_dates(section, today, short_needs_marker=False)
        if dates:
            return DatePick(dates[0].value, dates[0].value is None)
        day = (
            past_weekday(section, today)
            or weekday_date(section, today)
            or relative_date(section, today, sent_at)
        )
        if day:
            return DatePick(day)
    # a date still to come is another event's: a report tells what was done
    found = [
        d for d in find_dates(free, today) if not d.event and not (d.value and d.value > today)
    ]
    dates = [d for d in found if not d.ahead]
    if dates:
        return _written(dates)
    if past := past_weekday(free, today):
        return DatePick(past)
    day = weekday_date(free, today)
    rel = relative_date(free, today, sent_at)
    eve = eve_date(free, today)
    if eve and (rel is None or eve <= rel):
        return DatePick(eve)  # "malam jumat kmrn": Thursday evening, whatever "kmrn" counts
    if day and rel and day != rel:
        return DatePick(None, True)
    if not (day or rel) and found:
        return _written(found)  # "DDS tgl 20/12" written on 4 December: last year's
    return DatePick(day or rel)


def _written(dates: list[Found]) -> DatePick:
    """The date the prose states: the one after a weekday or "tgl" if any,
    else the only one; in doubt when they differ."""
    marked = [d for d in dates if d.marked]
    pool = marked or dates
    distinct = {d.value for d in pool}
    if (len(distinct) == 1 or marked) and pool[0].value is not None:
        return DatePick(pool[0].value)
    return DatePick(None, True)


# what a line that only gives the date may hold besides it: its label, the weekday, the clock
_DATE_LINE_REST = re.compile(
    rf"\b(?:{WEEKDAY_MARK}|{MONTH_WORD}|hari|hr|tanggal|tgl|tang|waktu|wkt|pukul|pkl|jam|jm|wib|wita"
    r"|wit|s\.?\s*/?\s*d|sd|sampai|hingga|selesai|pagi|siang|sore|petang|malam|mlm|dini)\b"
    r"|\d+|[^\w\n]",
    re.I,
)
_DATE_LINE_CHARS = 60
_LIST_MARK = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|[a-hA-H][.)])\s+")


def date_line_first(text: str, today: dt.date) -> str:
    """``text`` with a short last line that only gives the date ("Hari/Tgl :
    Rabu, 25 Desember 2024" under the signature, "Selasa 3/12 jam 19.00")
    read as its first, where the date heads a report: written last, it
    would close the report with a field of its own (a second template's
    start, a line after the signature). Only where no other line gives a
    date."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 4:
        return text
    last = filled[-1]
    line = _LIST_MARK.sub("", lines[last]).strip()  # "a. Hari/Tanggal : …" moved with its mark
    if len(line) > _DATE_LINE_CHARS or _DATE_LINE_REST.sub("", line).strip():
        return text
    if not find_dates(line, today, short_needs_marker=False) and not WEEKDAY_ONLY.search(line):
        return text
    rest = "\n".join(lines[:last])
    if find_dates(rest, today):
        return text
    return "\n".join([line, *lines[:last], *lines[last + 1 :]])
