"""Today and now, overridable with ``SAMBANG_TODAY=YYYY-MM-DD`` so demo data,
tests, snapshots and screenshots are the same on any day."""

from __future__ import annotations

import datetime as dt
import os


def today() -> dt.date:
    fixed = os.environ.get("SAMBANG_TODAY")
    if fixed:
        return dt.date.fromisoformat(fixed)
    return dt.date.today()


def now() -> dt.datetime:
    """The current time on ``today()``'s date, to the second."""
    current = dt.datetime.now().replace(microsecond=0)
    return dt.datetime.combine(today(), current.time())
