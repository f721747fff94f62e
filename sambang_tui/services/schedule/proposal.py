"""Next week's plan, proposed from coverage: for every Bhabinkamtibmas,
visits to the RWs of the kelurahan assigned to them, least recently visited
first, until every RW has the station's target of visits that week.

What a proposal respects:

- working days are Monday to Saturday, never a national holiday, never a
  day already past (today is still open);
- nobody is proposed on a day of their absence (leave, duty elsewhere…);
- plans that exist stay as they are and count: a live plan (not cancelled)
  at an RW that week, or a report there that week, is a visit already; an
  officer's plans that day use up the day's room (``plans_per_day``);
- an RW is visited by an officer assigned to its kelurahan on that day.

Visits are placed most overdue first, each on the officer's least busy day
(earliest on a tie), so the week fills evenly and the oldest gaps close
first; a second visit to an RW (a target above one) goes on another day.
What cannot be placed is listed with the reason.

A proposal is only computed; ``accept`` writes the chosen ones as plans
(one transaction, each checked like a typed plan, a twin already there is
skipped), so a proposal never changes or replaces an existing plan.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace

from peewee import fn

from sambang_tui.db.models import (
    RW,
    ActivityType,
    Assignment,
    Kelurahan,
    Officer,
    Plan,
    Report,
    Station,
)
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core import clock, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.dates import week_start
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.master import absences
from sambang_tui.services.schedule.grid import BHABIN, GridData, PlanCell, holidays_between
from sambang_tui.services.schedule.plans import PlanInput, values_of

WORK_DAYS = 6  # Monday–Saturday
DEFAULT_TYPE = "SB"

# why a visit could not be placed
NO_OFFICER = "no_officer"  # no Bhabinkamtibmas assigned to the kelurahan that week
AWAY = "away"  # every assigned officer is away on every open day
FULL = "full"  # the assigned officers' days are full (plans_per_day)
NO_DAYS = "no_days"  # no working day left in the week

REASONS = {
    NO_OFFICER: "tidak ada Bhabinkamtibmas yang ditugaskan di kelurahan ini",
    AWAY: "Bhabinkamtibmas-nya tidak hadir (cuti/dinas luar) sepanjang minggu",
    FULL: "jadwal Bhabinkamtibmas-nya sudah penuh",
    NO_DAYS: "tidak ada hari kerja tersisa di minggu ini",
}


@dataclass(frozen=True)
class ProposedPlan:
    key: int  # 1, 2, …: the plan's place in this proposal
    date: dt.date
    officer_id: int
    officer: str
    kelurahan_id: int
    kelurahan: str
    rw_id: int
    rw: int
    type_id: int
    type_code: str
    last_visit: dt.date | None

    @property
    def target(self) -> str:
        return f"Warga RW {self.rw:02d}"

    @property
    def note(self) -> str:
        if self.last_visit is None:
            return "Usulan cakupan RW: belum pernah dikunjungi."
        return f"Usulan cakupan RW: terakhir dikunjungi {self.last_visit:%d/%m/%Y}."

    def as_input(self) -> PlanInput:
        return PlanInput(
            date=self.date,
            officer_id=self.officer_id,
            type_id=self.type_id,
            kelurahan_id=self.kelurahan_id,
            rw=self.rw,
            target=self.target,
            note=self.note,
        )


@dataclass(frozen=True)
class Unplaced:
    kelurahan_id: int
    kelurahan: str
    rw: int
    last_visit: dt.date | None
    reason: str

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass
class Proposal:
    start: dt.date
    end: dt.date
    days: list[dt.date]  # the working days still open
    per_week: int
    per_day: int
    plans: list[ProposedPlan] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    holidays: dict[dt.date, str] = field(default_factory=dict)
    away: dict[int, dict[dt.date, str]] = field(default_factory=dict)
    officers: dict[int, str] = field(default_factory=dict)  # the Bhabinkamtibmas: labels
    rw_count: int = 0  # RWs of the assigned kelurahan
    already: int = 0  # RWs that already have their visits this week

    def of_officer(self, officer_id: int) -> list[ProposedPlan]:
        return [p for p in self.plans if p.officer_id == officer_id]

    def at(self, officer_id: int, day: dt.date) -> list[ProposedPlan]:
        return [p for p in self.plans if p.officer_id == officer_id and p.date == day]

    def without(self, keys: set[int]) -> Proposal:
        """The proposal with those plans left out (accepted or dropped)."""
        rest = [p for p in self.plans if p.key not in keys]
        return Proposal(
            self.start, self.end, self.days, self.per_week, self.per_day, rest,
            self.unplaced, self.holidays, self.away, self.officers, self.rw_count, self.already,
        )  # fmt: skip


@dataclass
class Accepted:
    created: list[int] = field(default_factory=list)
    skipped: int = 0  # a twin plan was there already


def targets(actor: Actor) -> tuple[int, int]:
    """(visits per RW per week, plans per officer per day) of the station."""
    station = Station.get_by_id(actor.station_id)
    return max(1, station.rw_visits_per_week or 1), max(1, station.plans_per_day or 1)


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _visit_type() -> tuple[int, str]:
    kind = ActivityType.get_or_none(
        (ActivityType.code == DEFAULT_TYPE) & (ActivityType.active == True)  # noqa: E712
    )
    if kind is None:
        kind = (
            ActivityType.select()
            .where((ActivityType.active == True) & (ActivityType.form_kind == "general"))  # noqa: E712
            .order_by(ActivityType.sort, ActivityType.id)
            .first()
        )
    if kind is None:
        raise ValidationError("type_id", "schedule.err.no_active_type")
    return kind.id, kind.code


def _last_visits(actor: Actor, before: dt.date, today: dt.date) -> dict[int, dt.date]:
    """Per RW, the last visit before ``before``: a report there, a plan
    there that was done, or one still ahead (from today on): a week proposed
    after the next counts next week's plans."""
    last: dict[int, dt.date] = {}
    reports = tuple_rows(
        Report.select(Report.rw, fn.MAX(Report.date))
        .where(
            (Report.station == actor.station_id)
            & Report.rw.is_null(False)
            & Report.deleted_at.is_null()
            & (Report.date < before)
        )
        .group_by(Report.rw)
    )
    planned = tuple_rows(
        Plan.select(Plan.rw, fn.MAX(Plan.date))
        .where(
            (Plan.station == actor.station_id)
            & Plan.rw.is_null(False)
            & (Plan.date < before)
            & (Plan.status != "batal")
            & ((Plan.status == "terlaksana") | Plan.report.is_null(False) | (Plan.date >= today))
        )
        .group_by(Plan.rw)
    )
    for rw_id, day in (*reports, *planned):
        if day is not None:
            seen = _date(day)
            if rw_id not in last or seen > last[rw_id]:
                last[rw_id] = seen
    return last


def propose(actor: Actor, week: dt.date, today: dt.date | None = None) -> Proposal:
    """The proposal for the Monday–Sunday week holding ``week``."""
    today = today or clock.today()
    start = week_start(week)
    end = start + dt.timedelta(days=6)
    if end < today:
        raise ValidationError(
            "week", "schedule.err.week_past", start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"
        )
    per_week, per_day = targets(actor)
    holidays = holidays_between(start, end)
    days = [
        start + dt.timedelta(days=i)
        for i in range(WORK_DAYS)
        if start + dt.timedelta(days=i) >= today and start + dt.timedelta(days=i) not in holidays
    ]
    away = absences.away(actor, start, end)
    proposal = Proposal(start, end, days, per_week, per_day, holidays=holidays, away=away)
    type_id, type_code = _visit_type()

    officers = {
        oid: f"{rank} {name}"
        for oid, rank, name in tuple_rows(
            Officer.select(Officer.id, Officer.rank, Officer.name).where(
                (Officer.station == actor.station_id)
                & (Officer.active == True)  # noqa: E712
                & (Officer.role == BHABIN)
            )
        )
    }
    # who covers which kelurahan on which day
    covers: dict[int, dict[int, set[dt.date]]] = defaultdict(lambda: defaultdict(set))
    for officer_id, kel_id, a_start, a_end in tuple_rows(
        Assignment.select(
            Assignment.officer, Assignment.kelurahan, Assignment.start, Assignment.end
        ).where(
            Assignment.officer.in_(list(officers) or [0])
            & (Assignment.start <= end)
            & (Assignment.end.is_null() | (Assignment.end >= start))
        )
    ):
        first, last = _date(a_start), _date(a_end) if a_end else end
        for day in (start + dt.timedelta(days=i) for i in range(7)):
            if first <= day <= last:
                covers[kel_id][officer_id].add(day)

    proposal.officers = officers
    rws = list(
        tuple_rows(
            RW.select(RW.id, RW.number, Kelurahan.id, Kelurahan.name)
            .join(Kelurahan)
            .where(Kelurahan.station == actor.station_id)
            .order_by(Kelurahan.name, RW.number)
        )
    )
    rws = [r for r in rws if r[2] in covers]
    proposal.rw_count = len(rws)

    # what the week holds already: plans per officer and day, visits per RW
    load: dict[tuple[int, dt.date], int] = defaultdict(int)
    visits: dict[int, int] = defaultdict(int)
    rw_days: dict[int, set[dt.date]] = defaultdict(set)
    planned_reports: set[int] = set()
    for officer_id, day, rw_id, report_id in tuple_rows(
        Plan.select(Plan.officer, Plan.date, Plan.rw, Plan.report).where(
            (Plan.station == actor.station_id)
            & Plan.date.between(start, end)
            & (Plan.status != "batal")
        )
    ):
        day = _date(day)
        load[(officer_id, day)] += 1
        if rw_id is not None:
            visits[rw_id] += 1
            rw_days[rw_id].add(day)
        if report_id is not None:
            planned_reports.add(report_id)
    for report_id, rw_id, day in tuple_rows(
        Report.select(Report.id, Report.rw, Report.date).where(
            (Report.station == actor.station_id)
            & Report.date.between(start, end)
            & Report.rw.is_null(False)
            & Report.deleted_at.is_null()
        )
    ):
        if report_id not in planned_reports:
            visits[rw_id] += 1
            rw_days[rw_id].add(_date(day))

    last_seen = _last_visits(actor, start, today)
    # most overdue first: never visited, then the longest ago; a second
    # visit of every RW only after every RW's first
    wanted: list[tuple[int, int, int, int, str]] = []  # (round, rw_id, rw, kel_id, kel)
    for rw_id, number, kel_id, kel_name in rws:
        need = per_week - visits.get(rw_id, 0)
        if need <= 0:
            proposal.already += 1
        for index in range(max(0, need)):
            wanted.append((visits.get(rw_id, 0) + index, rw_id, number, kel_id, kel_name))
    wanted.sort(key=lambda w: (w[0], last_seen.get(w[1], dt.date.min), w[4].casefold(), w[2]))

    week_load: dict[int, int] = defaultdict(int)
    for (officer_id, _day), n in load.items():
        week_load[officer_id] += n
    for _round, rw_id, number, kel_id, kel_name in wanted:
        best: tuple[tuple[int, int, dt.date], int, dt.date] | None = None
        reasons: set[str] = set()
        for officer_id, on_days in covers[kel_id].items():
            for day in days:
                if day not in on_days:
                    continue
                if day in away.get(officer_id, {}):
                    reasons.add(AWAY)
                    continue
                if load[(officer_id, day)] >= per_day:
                    reasons.add(FULL)
                    continue
                if day in rw_days[rw_id]:  # visited that day already
                    continue
                rank = (load[(officer_id, day)], week_load[officer_id], day)
                if best is None or rank < best[0]:
                    best = (rank, officer_id, day)
        if best is None:
            if not days:
                reason = NO_DAYS
            elif FULL in reasons:
                reason = FULL
            elif AWAY in reasons:
                reason = AWAY
            else:  # nobody assigned there on the open days
                reason = NO_OFFICER
            proposal.unplaced.append(
                Unplaced(kel_id, kel_name, number, last_seen.get(rw_id), reason)
            )
            continue
        _rank, officer_id, day = best
        load[(officer_id, day)] += 1
        week_load[officer_id] += 1
        rw_days[rw_id].add(day)
        proposal.plans.append(
            ProposedPlan(
                key=len(proposal.plans) + 1,
                date=day,
                officer_id=officer_id,
                officer=officers[officer_id],
                kelurahan_id=kel_id,
                kelurahan=kel_name,
                rw_id=rw_id,
                rw=number,
                type_id=type_id,
                type_code=type_code,
                last_visit=last_seen.get(rw_id),
            )
        )
    proposal.plans.sort(key=lambda p: (p.date, p.officer.casefold(), p.kelurahan, p.rw))
    proposal.plans = [_renumbered(p, i) for i, p in enumerate(proposal.plans, 1)]
    return proposal


def _renumbered(plan: ProposedPlan, key: int) -> ProposedPlan:
    return ProposedPlan(
        key, plan.date, plan.officer_id, plan.officer, plan.kelurahan_id, plan.kelurahan,
        plan.rw_id, plan.rw, plan.type_id, plan.type_code, plan.last_visit,
    )  # fmt: skip


def accept(actor: Actor, chosen: list[ProposedPlan]) -> Accepted:
    """Write the chosen proposed plans, in one transaction: each checked as
    a typed plan is; one whose twin (same officer, day, type, kelurahan and
    RW, not cancelled) exists by now is skipped."""
    actor.require_write()
    now = clock.wall_now()

    def run() -> Accepted:
        result = Accepted()
        if not chosen:
            return result
        existing = {
            (o, _date(d), t, k, r)
            for o, d, t, k, r in tuple_rows(
                Plan.select(
                    Plan.officer, Plan.date, Plan.activity_type, Plan.kelurahan, Plan.rw
                ).where(
                    (Plan.station == actor.station_id)
                    & Plan.date.in_(sorted({p.date for p in chosen}))
                    & (Plan.status != "batal")
                )
            )
        }
        for plan in chosen:
            twin = (plan.officer_id, plan.date, plan.type_id, plan.kelurahan_id, plan.rw_id)
            if twin in existing:
                result.skipped += 1
                continue
            values = values_of(actor, plan.as_input())
            values.update(
                station=actor.station_id,
                status="rencana",
                created_by=actor.os_user,
                created_at=now,
                updated_at=now,
            )
            row = store.create(actor, Plan, values)
            existing.add(twin)
            result.created.append(row.id)
        return result

    return store.write(run)


def propose_and_accept(actor: Actor, week: dt.date, today: dt.date | None = None) -> Accepted:
    """``sambang plan propose --apply``: the whole proposal, accepted."""
    return accept(actor, propose(actor, week, today).plans)


# --- the preview in the grid ----------------------------------------------------

PROPOSED = "usulan"  # the status a proposed plan shows with in the grid


def as_cell(plan: ProposedPlan) -> PlanCell:
    """A proposed plan as the grid draws it: id ``-key`` (never a plan's),
    status ``usulan``."""
    return PlanCell(
        id=-plan.key,
        version=0,
        date=plan.date,
        officer_id=plan.officer_id,
        start_time=None,
        type_id=plan.type_id,
        type_code=plan.type_code,
        kelurahan_id=plan.kelurahan_id,
        kelurahan=plan.kelurahan,
        rw=plan.rw,
        rt=None,
        target=plan.target,
        note=plan.note,
        status=PROPOSED,
        stored_status=PROPOSED,
        report_id=None,
        cancel_reason="",
    )


def overlay(data: GridData, proposal: Proposal | None) -> GridData:
    """``data`` with the proposal's plans first in their cells: a narrow cell
    shows one plan and ``+n``, and in the preview the proposal is what is
    being looked at (the detail line lists every plan of the cell)."""
    if proposal is None or not proposal.plans:
        return data
    cells = {key: list(plans) for key, plans in data.cells.items()}
    added: dict[tuple[int, dt.date], list[PlanCell]] = defaultdict(list)
    for plan in proposal.plans:
        if data.start <= plan.date <= data.end:
            added[(plan.officer_id, plan.date)].append(as_cell(plan))
    for key, proposed in added.items():
        cells[key] = [*proposed, *cells.get(key, [])]
    return replace(data, cells=cells)
