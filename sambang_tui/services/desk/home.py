"""The dashboard of F2 Beranda: the desk's work to do (its drafts to submit,
reports the Kanit returned with the note, missed plans to realise, today's
plans; for reviewers the reports waiting for verification first), open
problems and the counts of the week. Every number is an SQL aggregate;
lists are limited."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from peewee import JOIN, Expression, fn

from sambang_tui.db.models import (
    RW,
    ActivityType,
    Kelurahan,
    Officer,
    Plan,
    Problem,
    Report,
)
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.dates import week_start
from sambang_tui.services.desk.todo_kinds import DRAFT, MISSED, RETURNED, TODAY, WAITING
from sambang_tui.services.reports.find import lead_officers


@dataclass(frozen=True)
class PlanLine:
    id: int
    start_time: dt.time | None
    officer: str
    type_code: str
    type_name: str
    kelurahan: str
    rw: int | None
    target: str
    status: str


@dataclass(frozen=True)
class WaitingReport:
    id: int
    number: str
    date: dt.date
    type_code: str
    kelurahan: str
    rw: int | None
    place: str
    lead_officer: str
    version: int


@dataclass(frozen=True)
class OpenProblem:
    id: int
    title: str
    kelurahan: str
    opened: dt.date
    days_open: int
    reports: int


@dataclass(frozen=True)
class WeekCounts:
    start: dt.date
    end: dt.date
    reports_by_status: dict[str, int] = field(default_factory=dict)
    plans_done: int = 0
    plans_missed: int = 0
    plans_ahead: int = 0
    plans_cancelled: int = 0

    @property
    def reports_total(self) -> int:
        return sum(self.reports_by_status.values())


MISSED_DAYS = 14  # missed plans older than this are no longer offered to realise


@dataclass(frozen=True)
class TodoItem:
    """One thing to do, one Enter away: a report to fix, submit or verify
    (``report_id``), or a plan to realise (``plan_id``)."""

    kind: str
    date: dt.date
    label: str  # the report number or the plan's type code
    kelurahan: str
    rw: int | None
    officer: str
    note: str  # the Kanit's note, the plan's target, the report's place
    report_id: int | None = None
    plan_id: int | None = None
    start_time: dt.time | None = None


@dataclass(frozen=True)
class HomeSummary:
    today: dt.date
    plans: list[PlanLine]
    waiting: list[WaitingReport]
    waiting_total: int
    problems: list[OpenProblem]
    problems_total: int
    week: WeekCounts
    todo: list[TodoItem] = field(default_factory=list)
    todo_counts: dict[str, int] = field(default_factory=dict)

    @property
    def todo_total(self) -> int:
        return sum(self.todo_counts.values())


def _plans_with_names(where: Any, order: tuple[Any, ...], limit: int) -> Any:
    """Plans with their officer, type, kelurahan and RW in one query."""
    return (
        Plan.select(Plan, Officer, ActivityType, Kelurahan, RW)
        .join(Officer, on=(Plan.officer == Officer.id))
        .switch(Plan)
        .join(ActivityType, on=(Plan.activity_type == ActivityType.id))
        .switch(Plan)
        .join(Kelurahan, on=(Plan.kelurahan == Kelurahan.id))
        .switch(Plan)
        .join(RW, JOIN.LEFT_OUTER, on=(Plan.rw == RW.id))
        .where(where)
        .order_by(*order)
        .limit(limit)
    )


def todays_plans(actor: Actor, day: dt.date, limit: int = 100) -> list[PlanLine]:
    query = _plans_with_names(
        (Plan.station == actor.station_id) & (Plan.date == day),
        (Plan.start_time.asc(nulls="LAST"), Officer.name, Plan.id),
        limit,
    )
    return [
        PlanLine(
            id=p.id,
            start_time=p.start_time,
            officer=f"{p.officer.rank} {p.officer.name}",
            type_code=p.activity_type.code,
            type_name=p.activity_type.name,
            kelurahan=p.kelurahan.name,
            rw=p.rw.number if p.rw_id else None,
            target=p.target,
            status=p.status,
        )
        for p in query
    ]


def _live_reports(actor: Actor) -> Expression:
    return (Report.station == actor.station_id) & (Report.deleted_at.is_null())


def _rw_number(r: Report) -> int | None:
    rw = r.rw if r.rw_id else None
    return rw.number if rw is not None else None


def waiting_reports(actor: Actor, limit: int = 20) -> tuple[list[WaitingReport], int]:
    """Submitted reports waiting for verification, oldest first (the queue
    order), and how many there are in all."""
    where = _live_reports(actor) & (Report.status == "diajukan")
    total = Report.select().where(where).count()
    rows = list(
        Report.select(Report, ActivityType, Kelurahan, RW)
        .join(ActivityType, on=(Report.activity_type == ActivityType.id))
        .switch(Report)
        .join(Kelurahan, on=(Report.kelurahan == Kelurahan.id))
        .switch(Report)
        .join(RW, JOIN.LEFT_OUTER, on=(Report.rw == RW.id))
        .where(where)
        .order_by(Report.date, Report.id)
        .limit(limit)
    )
    leads = lead_officers([r.id for r in rows])
    return [
        WaitingReport(
            id=r.id,
            number=r.number,
            date=r.date,
            type_code=r.activity_type.code,
            kelurahan=r.kelurahan.name,
            rw=_rw_number(r),
            place=r.place,
            lead_officer=leads.get(r.id, ""),
            version=r.version,
        )
        for r in rows
    ], total


def open_problems(actor: Actor, day: dt.date, limit: int = 20) -> tuple[list[OpenProblem], int]:
    where = (Problem.station == actor.station_id) & (Problem.status == "terbuka")
    total = Problem.select().where(where).count()
    report_count = fn.COUNT(Report.id).alias("n")
    query = tuple_rows(
        Problem.select(Problem.id, Problem.title, Problem.opened, Kelurahan.name, report_count)
        .join(Kelurahan, on=(Problem.kelurahan == Kelurahan.id))
        .switch(Problem)
        .join(
            Report,
            JOIN.LEFT_OUTER,
            on=((Report.problem == Problem.id) & (Report.deleted_at.is_null())),
        )
        .where(where)
        .group_by(Problem.id, Problem.title, Problem.opened, Kelurahan.name)
        .order_by(Problem.opened, Problem.id)
        .limit(limit)
    )
    problems = [
        OpenProblem(pid, title, kel, opened, (day - opened).days, n)
        for pid, title, opened, kel, n in query
    ]
    return problems, total


def week_counts(actor: Actor, day: dt.date) -> WeekCounts:
    start = week_start(day)
    end = start + dt.timedelta(days=6)
    by_status = dict(
        tuple_rows(
            Report.select(Report.status, fn.COUNT(Report.id))
            .where(_live_reports(actor) & (Report.date.between(start, end)))
            .group_by(Report.status)
        )
    )
    week_plans = (Plan.station == actor.station_id) & (Plan.date.between(start, end))
    plan_rows = [
        (status, past, count)
        for past, when in ((True, Plan.date < day), (False, Plan.date >= day))
        for status, count in tuple_rows(
            Plan.select(Plan.status, fn.COUNT(Plan.id))
            .where(week_plans & when)
            .group_by(Plan.status)
        )
    ]
    done = missed = ahead = cancelled = 0
    for status, past, count in plan_rows:
        if status == "terlaksana":
            done += count
        elif status == "terlewat" or (status == "rencana" and past):
            missed += count
        elif status == "rencana":
            ahead += count
        elif status == "batal":
            cancelled += count
    return WeekCounts(start, end, by_status, done, missed, ahead, cancelled)


def own_reports(actor: Actor, status: str, limit: int = 20) -> tuple[list[TodoItem], int]:
    """The actor's own reports in ``status`` (drafts to submit, returned ones
    to fix), oldest first, and how many there are."""
    where = _live_reports(actor) & (Report.status == status) & (Report.created_by == actor.os_user)
    total = Report.select().where(where).count()
    rows = list(
        Report.select(Report, Kelurahan, RW)
        .join(Kelurahan, on=(Report.kelurahan == Kelurahan.id))
        .switch(Report)
        .join(RW, JOIN.LEFT_OUTER, on=(Report.rw == RW.id))
        .where(where)
        .order_by(Report.date, Report.id)
        .limit(limit)
    )
    leads = lead_officers([r.id for r in rows])
    kind = RETURNED if status == "dikembalikan" else DRAFT
    items = [
        TodoItem(
            kind,
            r.date,
            r.number,
            r.kelurahan.name,
            _rw_number(r),
            leads.get(r.id, ""),
            " ".join((r.review_note if kind == RETURNED else r.place or r.narrative).split()),
            report_id=r.id,
            start_time=r.start_time,
        )
        for r in rows
    ]
    return items, total


def plans_to_realise(
    actor: Actor, day: dt.date, limit: int = 20
) -> tuple[list[TodoItem], list[TodoItem], int, int]:
    """Plans not realised yet: missed ones of the last ``MISSED_DAYS`` days
    (newest first) and today's (by time), with how many of each there are."""
    since = day - dt.timedelta(days=MISSED_DAYS)
    open_plan = (Plan.station == actor.station_id) & (Plan.report.is_null())
    missed_where = (
        open_plan
        & (Plan.date >= since)
        & (Plan.date < day)
        & Plan.status.in_(("rencana", "terlewat"))
    )
    today_where = open_plan & (Plan.date == day) & (Plan.status == "rencana")

    def lines(where: Expression, order: tuple[Any, ...]) -> list[TodoItem]:
        query = _plans_with_names(where, order, limit)
        return [
            TodoItem(
                MISSED if p.date < day else TODAY,
                p.date,
                p.activity_type.code,
                p.kelurahan.name,
                p.rw.number if p.rw_id else None,
                f"{p.officer.rank} {p.officer.name}",
                " ".join((p.target or "").split()),
                plan_id=p.id,
                start_time=p.start_time,
            )
            for p in query
        ]

    missed = lines(missed_where, (Plan.date.desc(), Plan.start_time.asc(nulls="LAST"), Plan.id))
    today = lines(today_where, (Plan.start_time.asc(nulls="LAST"), Plan.id))
    missed_total = Plan.select().where(missed_where).count()
    today_total = Plan.select().where(today_where).count()
    return missed, today, missed_total, today_total


def desk_todo(
    actor: Actor, day: dt.date, waiting: list[WaitingReport], waiting_total: int, limit: int = 20
) -> tuple[list[TodoItem], dict[str, int]]:
    """The actor's work, each kind in the order it is done: a reviewer's
    queue first; then returned reports, drafts, missed plans, today's plans
    (those only for someone who writes reports)."""
    items: list[TodoItem] = []
    counts: dict[str, int] = {}
    if actor.can_review:
        items += [
            TodoItem(
                WAITING,
                w.date,
                w.number,
                w.kelurahan,
                w.rw,
                w.lead_officer,
                " ".join(w.place.split()),
                report_id=w.id,
            )
            for w in waiting
        ]
        counts[WAITING] = waiting_total
    if actor.can_write:
        returned, counts[RETURNED] = own_reports(actor, "dikembalikan", limit)
        drafts, counts[DRAFT] = own_reports(actor, "draft", limit)
        missed, today, counts[MISSED], counts[TODAY] = plans_to_realise(actor, day, limit)
        items += returned + drafts + missed + today
    return items, {k: n for k, n in counts.items() if n}


def home_summary(actor: Actor, today: dt.date | None = None, limit: int = 20) -> HomeSummary:
    day = today or clock.today()
    waiting, waiting_total = waiting_reports(actor, limit)
    problems, problems_total = open_problems(actor, day, limit)
    todo, counts = desk_todo(actor, day, waiting, waiting_total, limit)
    return HomeSummary(
        today=day,
        plans=todays_plans(actor, day),
        waiting=waiting,
        waiting_total=waiting_total,
        problems=problems,
        problems_total=problems_total,
        week=week_counts(actor, day),
        todo=todo,
        todo_counts=counts,
    )
