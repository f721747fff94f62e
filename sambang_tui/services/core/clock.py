"""Today and now. ``SAMBANG_TODAY=YYYY-MM-DD`` fixes the date so demo data,
tests, snapshots and screenshots are the same on any day — on a demo
database only (``services.core.identity``): on a station's data the real date."""

from __future__ import annotations

import datetime as dt

from sambang_tui.services.core import identity


def today() -> dt.date:
    fixed = identity.env_value(identity.TODAY_VAR)
    if fixed:
        return dt.date.fromisoformat(fixed)
    return dt.date.today()


def now() -> dt.datetime:
    """The current time on ``today()``'s date, to the second."""
    current = dt.datetime.now().replace(microsecond=0)
    return dt.datetime.combine(today(), current.time())


def wall_now() -> dt.datetime:
    """The real time, to the second, never moved by ``SAMBANG_TODAY``: for
    bookkeeping stamps (audit events, drafts kept, a plan's ``updated_at``,
    an export's time), which say when something really happened."""
    return dt.datetime.now().replace(microsecond=0)
