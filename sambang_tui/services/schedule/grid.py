"""What the schedule grid shows for a date range, in a few SQL queries:
the officers (rows), their plans per day (cells) with the status as shown,
the checks, national holidays, and the RWs nobody has visited lately.

``terlewat`` is computed here: a plan still ``rencana`` with no report whose
day is before today. Nothing stores it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from peewee import JOIN, ModelSelect, fn

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Assignment,
    Kelurahan,
    Officer,
    Plan,
    Report,
)
from sambang_tui.db.rows import tuple_rows
from sambang_tui.db.vocab import rank_order
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master.people import RankNamed

BHABIN = "bhabinkamtibmas"

# Check codes shown on the grid.
DOUBLE = "double"
UNASSIGNED = "unassigned"
HOLIDAY = "holiday"

_ISSUE_TEXT = {
    DOUBLE: "Personel dijadwalkan dua kali pada jam yang sama.",
    UNASSIGNED: "Kelurahan ini bukan wilayah tugas personel pada hari itu.",
    HOLIDAY: "Jatuh pada hari libur nasional.",
}


def issue_text(code: str) -> str:
    return _ISSUE_TEXT.get(code, code)


@dataclass(frozen=True)
class GridOfficer(RankNamed):
    id: int
    nrp: str
    rank: str
    name: str
    role: str
    kelurahan_id: int | None
    kelurahan: str

    @property
    def is_bhabin(self) -> bool:
        return self.role == BHABIN


@dataclass(slots=True)
class PlanCell:
    id: int
    version: int
    date: dt.date
    officer_id: int
    start_time: dt.time | None
    type_id: int
    type_code: str
    kelurahan_id: int
    kelurahan: str
    rw: int | None
    rt: int | None
    target: str
    note: str
    status: str
    stored_status: str
    report_id: int | None
    cancel_reason: str
    issues: frozenset[str] = frozenset()
    report_number: str = ""  # the report that realised it, by its number

    @property
    def short(self) -> str:
        """``CS 06`` — type code and RW, as a cell shows it."""
        return f"{self.type_code} {self.rw:02d}" if self.rw is not None else self.type_code


@dataclass
class GridData:
    start: dt.date
    end: dt.date
    today: dt.date
    officers: list[GridOfficer]
    cells: dict[tuple[int, dt.date], list[PlanCell]]
    holidays: dict[dt.date, str]

    @property
    def days(self) -> list[dt.date]:
        count = (self.end - self.start).days + 1
        return [self.start + dt.timedelta(days=i) for i in range(count)]

    def plans_at(self, officer_id: int, day: dt.date) -> list[PlanCell]:
        return self.cells.get((officer_id, day), [])

    def plan(self, plan_id: int) -> PlanCell | None:
        for plans in self.cells.values():
            for plan in plans:
                if plan.id == plan_id:
                    return plan
        return None


@dataclass(frozen=True)
class UncoveredRW:
    kelurahan_id: int
    kelurahan: str
    rw: int
    last_visit: dt.date | None


@dataclass
class _Assigned:
    by_officer: dict[int, list[tuple[int, dt.date, dt.date | None, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def on(self, officer_id: int, day: dt.date) -> list[int]:
        return [
            kel
            for kel, start, end, _name in self.by_officer.get(officer_id, [])
            if start <= day and (end is None or end >= day)
        ]


@cache
def _holidays_of_year(year: int) -> dict[dt.date, str]:
    import holidays

    return dict(holidays.country_holidays("ID", years=year, language="id").items())


def holidays_between(start: dt.date, end: dt.date) -> dict[dt.date, str]:
    """National holidays of Indonesia in ``start..end`` with their names."""
    found: dict[dt.date, str] = {}
    for year in range(start.year, end.year + 1):
        for day, name in _holidays_of_year(year).items():
            if start <= day <= end:
                found[day] = name
    return found


def shown_status(stored: str, report_id: int | None, day: dt.date, today: dt.date) -> str:
    if report_id is not None:
        return "terlaksana"
    if stored == "rencana" and day < today:
        return "terlewat"
    return stored


def _assignments(actor: Actor, start: dt.date, end: dt.date) -> _Assigned:
    found = _Assigned()
    rows = tuple_rows(
        Assignment.select(
            Assignment.officer,
            Assignment.kelurahan,
            Assignment.start,
            Assignment.end,
            Kelurahan.name,
        )
        .join(Kelurahan)
        .where(
            (Kelurahan.station == actor.station_id)
            & (Assignment.start <= end)
            & (Assignment.end.is_null() | (Assignment.end >= start))
        )
        .order_by(Assignment.start)
    )
    for officer_id, kel_id, a_start, a_end, name in rows:
        found.by_officer[officer_id].append((kel_id, a_start, a_end, name))
    return found


def _plan_query(actor: Actor) -> ModelSelect[Plan]:
    return (
        Plan.select(
            Plan.id,
            Plan.version,
            Plan.date,
            Plan.officer,
            Plan.start_time,
            Plan.activity_type,
            ActivityType.code,
            Plan.kelurahan,
            Kelurahan.name,
            RW.number,
            RT.number,
            Plan.target,
            Plan.note,
            Plan.status,
            Plan.report,
            Plan.cancel_reason,
            Report.number,
        )
        .join(ActivityType, on=(Plan.activity_type == ActivityType.id))
        .switch(Plan)
        .join(Kelurahan, on=(Plan.kelurahan == Kelurahan.id))
        .switch(Plan)
        .join(RW, JOIN.LEFT_OUTER, on=(Plan.rw == RW.id))
        .switch(Plan)
        .join(RT, JOIN.LEFT_OUTER, on=(Plan.rt == RT.id))
        .switch(Plan)
        .join(Report, JOIN.LEFT_OUTER, on=(Plan.report == Report.id))
        .where(Plan.station == actor.station_id)
    )


def _fetch(query: ModelSelect[Plan]) -> list[tuple[Any, ...]]:
    """Rows of ``_plan_query`` as tuples, with dates and times converted
    once per distinct value (peewee's per-cell conversion dominated the
    time of a month of 200 officers)."""
    cursor = query.model._meta.database.execute(query)
    days: dict[object, dt.date] = {}
    times: dict[object, dt.time | None] = {None: None}
    rows: list[tuple[Any, ...]] = []
    for row in cursor.fetchall():
        raw_day, raw_time = row[2], row[4]
        day = days.get(raw_day)
        if day is None:
            day = days[raw_day] = Plan.date.python_value(raw_day)
        if raw_time in times:
            start_time = times[raw_time]
        else:
            start_time = times[raw_time] = Plan.start_time.python_value(raw_time)
        rows.append((row[0], row[1], day, row[3], start_time, *row[5:]))
    return rows


def _issues(
    plans: list[tuple[Any, ...]],
    roles: dict[int, str],
    assigned: _Assigned,
    holidays: dict[dt.date, str],
) -> dict[int, set[str]]:
    """Check codes per plan id. ``plans`` are rows of ``_plan_query``.

    Two live plans of one officer on one day clash when they share a start
    time, or when both have none and are the same visit (type, area, RW).
    The kelurahan check applies to Bhabinkamtibmas only: other officers
    (Kanit, desk) have no area of their own.
    """
    found: dict[int, set[str]] = defaultdict(set)
    slots: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    for row in plans:
        pid, _v, day, officer_id, start_time, type_id, _c, kel_id, _k, rw, *_rest = row
        status = row[13]
        if status == "batal":
            continue
        slot = (
            (officer_id, day, start_time) if start_time else (officer_id, day, type_id, kel_id, rw)
        )
        slots[slot].append(pid)
        if day in holidays:
            found[pid].add(HOLIDAY)
        if roles.get(officer_id) == BHABIN and kel_id not in assigned.on(officer_id, day):
            found[pid].add(UNASSIGNED)
    for ids in slots.values():
        if len(ids) > 1:
            for pid in ids:
                found[pid].add(DOUBLE)
    return found


def _cells(
    rows: list[tuple[Any, ...]], issues: dict[int, set[str]], today: dt.date
) -> dict[tuple[int, dt.date], list[PlanCell]]:
    cells: dict[tuple[int, dt.date], list[PlanCell]] = defaultdict(list)
    for row in rows:
        (pid, version, day, officer_id, start_time, type_id, code, kel_id, kel_name, rw, rt) = row[
            :11
        ]
        target, note, stored, report_id, reason = row[11:16]
        cells[(officer_id, day)].append(
            PlanCell(
                id=pid,
                version=version,
                date=day,
                officer_id=officer_id,
                start_time=start_time,
                type_id=type_id,
                type_code=code,
                kelurahan_id=kel_id,
                kelurahan=kel_name,
                rw=rw,
                rt=rt,
                target=target,
                note=note,
                status=shown_status(stored, report_id, day, today),
                stored_status=stored,
                report_id=report_id,
                cancel_reason=reason,
                issues=frozenset(issues.get(pid, ())),
                report_number=row[16] or "",
            )
        )
    for plans in cells.values():
        plans.sort(key=lambda p: (p.status == "batal", p.start_time or dt.time(23, 59), p.id))
    return dict(cells)


def load_grid(
    actor: Actor,
    start: dt.date,
    end: dt.date,
    *,
    kelurahan_id: int | None = None,
    text: str = "",
    officer_ids: list[int] | None = None,
    today: dt.date | None = None,
) -> GridData:
    """Rows, cells, checks and holidays of ``start..end`` in three queries.

    Rows: active officers, Bhabinkamtibmas first, grouped by the kelurahan
    of their assignment (on ``start``, else the latest in the range), then
    by rank and name. ``officer_ids`` limits the rows to those officers;
    ``text`` filters by name or NRP; ``kelurahan_id`` keeps officers
    assigned there in the range or with a plan there.
    """
    today = today or clock.today()
    assigned = _assignments(actor, start, end)
    query = Officer.select(Officer.id, Officer.nrp, Officer.rank, Officer.name, Officer.role).where(
        (Officer.station == actor.station_id) & (Officer.active == True)  # noqa: E712
    )
    if officer_ids is not None:
        query = query.where(Officer.id.in_(officer_ids or [0]))
    needle = text.strip().lower()
    if needle:
        query = query.where(
            fn.LOWER(Officer.name).contains(needle) | Officer.nrp.startswith(needle)
        )
    officer_rows = list(tuple_rows(query))
    roles = {o[0]: o[4] for o in officer_rows}
    rows = _fetch(
        _plan_query(actor)
        .where(Plan.date.between(start, end) & Plan.officer.in_(list(roles) or [0]))
        .order_by(Plan.date, Plan.start_time, Plan.id)
    )
    holidays = holidays_between(start, end)
    issues = _issues(rows, roles, assigned, holidays)

    officers: list[GridOfficer] = []
    with_plan_in = {(r[3], r[7]) for r in rows}
    for oid, nrp, rank, name, role in officer_rows:
        spans = assigned.by_officer.get(oid, [])
        current = [s for s in spans if s[1] <= start and (s[2] is None or s[2] >= start)]
        chosen = current[-1] if current else spans[-1] if spans else None
        kel_id, kel_name = (chosen[0], chosen[3]) if chosen else (None, "")
        if kelurahan_id is not None:
            in_area = (
                any(s[0] == kelurahan_id for s in spans) or (oid, kelurahan_id) in with_plan_in
            )
            if not in_area:
                continue
        officers.append(GridOfficer(oid, nrp, rank, name, role, kel_id, kel_name))
    officers.sort(
        key=lambda o: (
            not o.is_bhabin,
            o.kelurahan.lower() if o.is_bhabin else "",
            -rank_order(o.rank),
            o.name.lower(),
        )
    )
    shown = {o.id for o in officers}
    rows = [r for r in rows if r[3] in shown]
    return GridData(start, end, today, officers, _cells(rows, issues, today), holidays)


def plan_issues(actor: Actor, officer_id: int, day: dt.date) -> dict[int, set[str]]:
    """The checks of one officer's plans on one day (for warnings on save)."""
    officer = Officer.get_or_none(Officer.id == officer_id)
    roles = {officer_id: officer.role if officer else ""}
    rows = _fetch(_plan_query(actor).where((Plan.officer == officer_id) & (Plan.date == day)))
    return _issues(rows, roles, _assignments(actor, day, day), holidays_between(day, day))


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def uncovered_rws(
    actor: Actor,
    days: int = 14,
    today: dt.date | None = None,
    kelurahan_id: int | None = None,
) -> list[UncoveredRW]:
    """RWs with no visit in the last ``days`` days (today included).

    A visit is a report in that RW, or a plan there that is done or still
    ahead today (a missed or cancelled plan is not a visit). Listed with
    the last visit date, never-visited first, then the longest ago.
    """
    today = today or clock.today()
    since = today - dt.timedelta(days=days - 1)
    kel_filter = Kelurahan.station == actor.station_id
    if kelurahan_id is not None:
        kel_filter &= Kelurahan.id == kelurahan_id
    last_report = dict(
        tuple_rows(
            Report.select(Report.rw, fn.MAX(Report.date))
            .where(
                (Report.station == actor.station_id)
                & Report.rw.is_null(False)
                & Report.deleted_at.is_null()
                & (Report.date <= today)
            )
            .group_by(Report.rw)
        )
    )
    last_plan = dict(
        tuple_rows(
            Plan.select(Plan.rw, fn.MAX(Plan.date))
            .where(
                (Plan.station == actor.station_id)
                & Plan.rw.is_null(False)
                & (Plan.status != "batal")
                & (Plan.date <= today)
                & (Plan.report.is_null(False) | (Plan.date == today))
            )
            .group_by(Plan.rw)
        )
    )
    result: list[UncoveredRW] = []
    rws = tuple_rows(
        RW.select(RW.id, RW.number, Kelurahan.id, Kelurahan.name).join(Kelurahan).where(kel_filter)
    )
    for rw_id, number, kel_id, kel_name in rws:
        seen = [_as_date(d) for d in (last_report.get(rw_id), last_plan.get(rw_id)) if d]
        last = max(seen) if seen else None
        if last is None or last < since:
            result.append(UncoveredRW(kel_id, kel_name, number, last))
    result.sort(key=lambda u: (u.last_visit or dt.date.min, u.kelurahan.lower(), u.rw))
    return result
