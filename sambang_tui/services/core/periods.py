"""Report periods: a day, a week (Monday–Sunday), a calendar month, a custom
range or an operation's whole span, and stepping to the previous/next one.

The default is the last *full* week before today (``clock.today()``): on
Wednesday 4 December 2024 that is Monday 25 November – Sunday 1 December.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sambang_tui.db.models import Operation
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import NotFound, ValidationError

KINDS: tuple[str, ...] = ("day", "week", "month", "custom", "operation")
MAX_DAYS = 366 * 5


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date
    operation_id: int | None = None
    operation_name: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def dates(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range(self.days)]

    def weeks(self) -> list[tuple[dt.date, dt.date]]:
        """The Monday–Sunday weeks touching the period, clipped to it."""
        out: list[tuple[dt.date, dt.date]] = []
        monday = self.start - dt.timedelta(days=self.start.weekday())
        while monday <= self.end:
            sunday = monday + dt.timedelta(days=6)
            out.append((max(monday, self.start), min(sunday, self.end)))
            monday += dt.timedelta(days=7)
        return out

    def label(self, lang: str | None = None) -> str:
        from sambang_tui.i18n import format_date_long, format_date_medium, month_year

        if self.kind == "day":
            return format_date_long(self.start, lang)
        if self.kind == "month":
            return month_year(self.start, lang)
        if self.kind == "operation" and self.operation_name:
            return (
                f"{self.operation_name} ({format_date_medium(self.start, lang)} – "
                f"{format_date_medium(self.end, lang)})"
            )
        if self.start == self.end:
            return format_date_medium(self.start, lang)
        return f"{format_date_medium(self.start, lang)} – {format_date_medium(self.end, lang)}"


def day(on: dt.date | None = None) -> Period:
    on = on or clock.today()
    return Period("day", on, on)


def week(on: dt.date | None = None) -> Period:
    """The Monday–Sunday week holding ``on``; without a date, the last full
    week before today."""
    if on is None:
        return last_full_week()
    monday = on - dt.timedelta(days=on.weekday())
    return Period("week", monday, monday + dt.timedelta(days=6))


def last_full_week(today: dt.date | None = None) -> Period:
    today = today or clock.today()
    this_monday = today - dt.timedelta(days=today.weekday())
    return week(this_monday - dt.timedelta(days=7))


def month(on: dt.date | None = None) -> Period:
    on = on or clock.today()
    last = calendar.monthrange(on.year, on.month)[1]
    return Period("month", on.replace(day=1), on.replace(day=last))


def custom(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ValidationError("date_to", "core.err.end_before_start")
    if (end - start).days >= MAX_DAYS:
        raise ValidationError("date_to", "core.err.range_too_long")
    return Period("custom", start, end)


def operation(actor: Actor, operation_id: int) -> Period:
    op = Operation.get_or_none(
        (Operation.id == operation_id) & (Operation.station == actor.station_id)
    )
    if op is None:
        raise NotFound("core.err.operation_not_found", id=operation_id)
    return Period("operation", op.start, op.end, op.id, op.name)


def default() -> Period:
    return last_full_week()


def shift(period: Period, step: int, actor: Actor | None = None) -> Period:
    """The period ``step`` places before (negative) or after (positive).

    Days, weeks and months step by their calendar unit; a custom range by its
    own length; an operation to the previous/next operation of the station by
    start date (or stays put when there is none)."""
    if step == 0:
        return period
    if period.kind == "day":
        return day(period.start + dt.timedelta(days=step))
    if period.kind == "week":
        return week(period.start + dt.timedelta(days=7 * step))
    if period.kind == "month":
        year, mon = period.start.year, period.start.month - 1 + step
        year += mon // 12
        return month(dt.date(year, mon % 12 + 1, 1))
    if period.kind == "operation" and actor is not None:
        return _neighbour_operation(actor, period, step)
    delta = dt.timedelta(days=period.days * step)
    return Period(period.kind, period.start + delta, period.end + delta, None, "")


def _neighbour_operation(actor: Actor, period: Period, step: int) -> Period:
    query = Operation.select().where(
        (Operation.station == actor.station_id) & (Operation.id != period.operation_id)
    )
    if step < 0:
        query = query.where(
            (Operation.start < period.start)
            | ((Operation.start == period.start) & (Operation.id < period.operation_id))
        ).order_by(Operation.start.desc(), Operation.id.desc())
    else:
        query = query.where(
            (Operation.start > period.start)
            | ((Operation.start == period.start) & (Operation.id > period.operation_id))
        ).order_by(Operation.start, Operation.id)
    op = query.first()
    if op is None:
        return period
    return Period("operation", op.start, op.end, op.id, op.name)


def latest_operation(actor: Actor, on: dt.date | None = None) -> Period | None:
    """The operation running on ``on`` (default today), else the one that
    started last; None when the station has none."""
    on = on or clock.today()
    base = Operation.select().where(Operation.station == actor.station_id)
    op = (
        base.where((Operation.start <= on) & (Operation.end >= on))
        .order_by(Operation.start.desc())
        .first()
    ) or base.order_by(Operation.start.desc(), Operation.id.desc()).first()
    if op is None:
        return None
    return Period("operation", op.start, op.end, op.id, op.name)
