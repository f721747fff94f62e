"""Dates as desk officers type them: ``hari ini``/``h``, ``kemarin``/``k``,
``-1``, ``+1``, ``2/12``, ``02/12/2024``, ``2024-12-02``; and times such as
``10``, ``10.00``, ``10:00``, ``1000``."""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.services.core import clock
from sambang_tui.services.core.errors import ValidationError

_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})(?:[/.\-](\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_REL = re.compile(r"^([+-])\s*(\d{1,3})$")
_TIME = re.compile(r"^(\d{1,2})(?:[.:]?(\d{2}))?$")


def parse_date(text: str, today: dt.date | None = None, field: str = "date") -> dt.date:
    today = today or clock.today()
    raw = text.strip().lower()
    if raw in ("", "h", "hari ini", "hariini", "today", "t"):
        return today
    if raw in ("k", "kemarin", "yesterday", "y"):
        return today - dt.timedelta(days=1)
    if raw in ("besok", "b", "tomorrow"):
        return today + dt.timedelta(days=1)
    if m := _REL.match(raw):
        days = int(m.group(2))
        return today + dt.timedelta(days=days if m.group(1) == "+" else -days)
    try:
        if m := _ISO.match(raw):
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if m := _DMY.match(raw):
            day, month = int(m.group(1)), int(m.group(2))
            year_text = m.group(3)
            if year_text is None:
                year = today.year
            elif len(year_text) == 2:
                year = 2000 + int(year_text)
            else:
                year = int(year_text)
            return dt.date(year, month, day)
    except ValueError:
        raise ValidationError(field, "core.err.date_not_in_calendar", text=text.strip()) from None
    raise ValidationError(field, "core.err.date_unknown", text=text.strip())


def parse_time(text: str, field: str = "time") -> dt.time | None:
    raw = text.strip().lower().replace("wib", "").replace("pukul", "").replace("jam", "").strip()
    if not raw:
        return None
    m = _TIME.match(raw)
    if m:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(field, "core.err.time_unknown", text=text.strip())


def week_start(day: dt.date) -> dt.date:
    """Monday of the week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())
