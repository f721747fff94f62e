"""A correction the writer sends after the report ("Ralat ndan, bukan Kamis
17/9 tapi Rabu 16/9, jam 13.00", "*edit:* jamnya 16.00-17.30", "Koreksi: RW 08
bukan RW 05"): the date, the clock or the RT/RW it gives replaces the one the
report wrote, as the desk officer would retype it. Only what the correction names changes ("jamnya tetap"
keeps the clock)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sambang_tui.services.parse import dates, fuzzy, numerals, times
from sambang_tui.services.parse.area import find_area
from sambang_tui.services.parse.model import ParsedMessage

# a line that opens with the word of correcting: "Ralat:", "*Ralat Ndan:", "edit:", "koreksi"
_CORRECTION_LINE = re.compile(r"^[^\w\n]{0,4}(?:ralat|koreksi|revisi|edit)\b[^\n]*", re.I | re.M)
# what the correction takes back: "bukan Kamis 17/9", "bukan 13.30", up to what it says instead
_TAKEN_BACK = re.compile(
    r"\bbukan\b[^,;\n(]*?(?=\s*\b(?:tapi|tp|tetapi|melainkan)\b|[,;(]|\.(?!\d)|\s*$)", re.I | re.M
)
# "selesai 12.00", "s/d 17.30": the end a correction gives without "pukul"
_END = re.compile(
    r"\b(?:selesai|sampai|sampe|hingga|s\.?\s*/?\s*d\.?)\s*(?:pukul|pkl|jam)?\.?\s*"
    r"(\d{1,2})[.:](\d{2})(?!\d)",
    re.I,
)
# a date or a time said to be right as written: "jamnya tetap", "tanggal tetap"
_KEPT = re.compile(r"\b(?:jam\w*|waktu\w*)\s+(?:tetap|sama|benar)\b", re.I)
_PART_WORD = re.compile(r"\b(?:pagi|siang|sore|petang|malam|malem|mlm|dini|subuh)\b", re.I)


_WEEKDAY = re.compile(rf"\b{dates.WEEKDAY_WORD}\b", re.I)


def _weekday(said: str, today: dt.date) -> dt.date | None:
    """The one weekday the correction says instead ("bukan Senin tp Selasa"):
    the latest such day on or before ``today``."""
    days = {m.group(0).casefold().replace("'", "") for m in _WEEKDAY.finditer(said)}
    if len(days) != 1:
        return None
    weekday = dates.WEEKDAY_NUMBER[days.pop()]
    return today - dt.timedelta(days=(today.weekday() - weekday) % 7)


@dataclass
class Correction:
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    dayless: bool = False  # the clock written without "pagi"/"malam"
    rw: int | None = None
    rt: int | None = None


def find_correction(text: str, today: dt.date, sent_at: dt.time | None = None) -> Correction:
    """The date and clock the correction lines after the report's first
    line give, each None where they give none."""
    lines = [m.group(0) for m in _CORRECTION_LINE.finditer(text) if m.start() > 0]
    found = Correction()
    if not lines:
        return found
    said = _TAKEN_BACK.sub(" ", "\n".join(lines))
    area = find_area(numerals.as_digits(said))  # "RW 08 bukan 05": the RW it names instead
    found.rw, found.rt = area.rw, area.rt
    written = [d for d in dates.find_dates(said, today, short_needs_marker=False) if d.value]
    if written:
        found.date = written[0].value
    else:
        found.date = _weekday(said, today) or dates.relative_date(said, today, sent_at)
    if found.date is not None and found.date > today:
        found.date = None
    if _KEPT.search(said):
        return found
    clock = fuzzy.correct(numerals.as_digits(said))
    timing = times.find_time(clock) or times.find_time(clock, bare=True, strict_bare=True)
    if timing is not None:
        found.start, found.end = timing
        if found.end is None and (m := _END.search(clock)):
            found.end = times.clock(m.group(1), m.group(2))
        found.dayless = not _PART_WORD.search(clock)
    return found


def apply(report: ParsedMessage, found: Correction) -> None:
    """``report`` with what ``found`` corrects: the date, the RW and RT, the start (a bare hour
    in the half of the day of the clock it replaces: "jam 8 malam" taken back for
    "jam setengah 8" is 19.30) and the end, dropped where it no longer follows."""
    if found.date is not None:
        report.date = found.date
        report.doubtful.discard("date")
    for name in ("rw", "rt"):
        if (number := getattr(found, name)) is not None:
            setattr(report, name, number)
            report.doubtful.discard(name)
    if found.start is None:
        return
    start = found.start
    old = report.start_time
    if found.dayless and old is not None and start.hour < 12 <= old.hour:
        later = start.replace(hour=start.hour + 12)
        if abs(later.hour * 60 + later.minute - old.hour * 60 - old.minute) <= 180:
            start = later
    report.start_time = start
    if found.end is not None:
        report.end_time = found.end
    elif report.end_time is not None and report.end_time <= start:
        report.end_time = None
