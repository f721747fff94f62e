"""Plans (rencana kegiatan): create, edit, move, copy and cancel, each with
validation, the version check and an audit event.

A plan's stored status is ``rencana``, ``terlaksana`` (a report is linked) or
``batal``; ``terlewat`` is only ever computed when plans are shown
(``services.schedule.grid``), never stored.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Kelurahan,
    Officer,
    Plan,
)
from sambang_tui.services.core import clock, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, NotFound, ValidationError
from sambang_tui.services.core.validate import LONG_MAX, Checker
from sambang_tui.services.reports.check import latest_report_date
from sambang_tui.services.reports.input import ReportInput

WHAT = "schedule.what.plan"
ACTIVE = ("rencana", "terlaksana")


@dataclass
class PlanInput:
    """What the plan form holds; RW and RT are numbers within the kelurahan."""

    date: dt.date | None = None
    officer_id: int | None = None
    type_id: int | None = None
    kelurahan_id: int | None = None
    rw: int | None = None
    rt: int | None = None
    start_time: dt.time | None = None
    target: str = ""
    note: str = ""


@dataclass
class SavedPlan:
    id: int
    version: int
    status: str
    warnings: list[str] = field(default_factory=list)


@dataclass
class EditablePlan:
    data: PlanInput
    version: int
    status: str
    report_id: int | None
    cancel_reason: str


@dataclass
class CopyResult:
    created: list[int] = field(default_factory=list)
    skipped: int = 0


def values_of(actor: Actor, data: PlanInput) -> dict[str, object]:
    """Checked column values for ``data``; raises ValidationError naming
    every bad field (PlanInput attribute names)."""
    check = Checker()
    values: dict[str, object] = {}
    if data.date is None:
        check.fail("date", "schedule.err.date_required")
    values["date"] = data.date
    values["start_time"] = data.start_time
    officer = None
    if data.officer_id is None:
        check.fail("officer_id", "schedule.err.officer_required")
    else:
        officer = Officer.get_or_none(
            (Officer.id == data.officer_id) & (Officer.station == actor.station_id)
        )
        if officer is None:
            check.fail("officer_id", "schedule.err.officer_not_here")
        elif not officer.active:
            check.fail("officer_id", "schedule.err.officer_inactive", name=officer.name)
    values["officer"] = data.officer_id
    if data.type_id is None:
        check.fail("type_id", "schedule.err.type_required")
    else:
        kind = ActivityType.get_or_none(ActivityType.id == data.type_id)
        if kind is None or not kind.active:
            check.fail("type_id", "schedule.err.type_unknown")
    values["activity_type"] = data.type_id
    rw_row = rt_row = None
    if data.kelurahan_id is None:
        check.fail("kelurahan_id", "schedule.err.kelurahan_required")
    else:
        kel = Kelurahan.get_or_none(
            (Kelurahan.id == data.kelurahan_id) & (Kelurahan.station == actor.station_id)
        )
        if kel is None:
            check.fail("kelurahan_id", "schedule.err.kelurahan_not_here")
        elif data.rw is not None:
            rw_row = RW.get_or_none((RW.kelurahan == kel.id) & (RW.number == data.rw))
            if rw_row is None:
                check.fail("rw", "schedule.err.no_rw", rw=f"{data.rw:02d}", kelurahan=kel.name)
            elif data.rt is not None:
                rt_row = RT.get_or_none((RT.rw == rw_row.id) & (RT.number == data.rt))
                if rt_row is None:
                    check.fail("rt", "schedule.err.no_rt", rt=f"{data.rt:02d}", rw=f"{data.rw:02d}")
    if data.rt is not None and data.rw is None:
        check.fail("rw", "schedule.err.rw_for_rt")
    values["kelurahan"] = data.kelurahan_id
    values["rw"] = rw_row.id if rw_row else None
    values["rt"] = rt_row.id if rt_row else None
    values["target"] = check.text("target", "schedule.label.target", data.target)
    values["note"] = check.text(
        "note", "schedule.label.note", data.note, max_len=LONG_MAX, multiline=True
    )
    check.done()
    return values


def _plan(actor: Actor, plan_id: int) -> Plan:
    plan = Plan.get_or_none((Plan.id == plan_id) & (Plan.station == actor.station_id))
    if plan is None:
        raise NotFound("core.err.row_not_found", what=Msg(WHAT), id=plan_id)
    return plan


def _require_open(plan: Plan) -> None:
    if plan.report_id is not None or plan.status == "terlaksana":
        raise ValidationError("status", "schedule.err.done")
    if plan.status == "batal":
        raise ValidationError("status", "schedule.err.cancelled")


def _saved(plan: Plan, warnings: list[str] | None = None) -> SavedPlan:
    return SavedPlan(plan.id, plan.version, plan.status, warnings or [])


def create_plan(actor: Actor, data: PlanInput) -> SavedPlan:
    actor.require_write()
    now = clock.wall_now()

    def run() -> SavedPlan:
        values = values_of(actor, data)
        values.update(
            station=actor.station_id,
            status="rencana",
            created_by=actor.os_user,
            created_at=now,
            updated_at=now,
        )
        plan = store.create(actor, Plan, values)
        return _saved(plan, warnings_for(actor, plan))

    return store.write(run)


def update_plan(actor: Actor, plan_id: int, version: int, data: PlanInput) -> SavedPlan:
    actor.require_write()

    def run() -> SavedPlan:
        plan = _plan(actor, plan_id)
        if plan.version == version:
            _require_open(plan)
        values = values_of(actor, data)
        values["updated_at"] = clock.wall_now()
        row = store.update_versioned(actor, Plan, plan_id, version, values, WHAT)
        return _saved(row, warnings_for(actor, row))

    return store.write(run)


def move_plan(
    actor: Actor, plan_id: int, version: int, day: dt.date, officer_id: int | None = None
) -> SavedPlan:
    """Move a plan to another day and/or officer; everything else stays."""
    actor.require_write()

    def run() -> SavedPlan:
        plan = _plan(actor, plan_id)
        if plan.version == version:
            _require_open(plan)
        values: dict[str, object] = {
            "date": day,
            "updated_at": clock.wall_now(),
        }
        if officer_id is not None and officer_id != plan.officer_id:
            officer = Officer.get_or_none(
                (Officer.id == officer_id) & (Officer.station == actor.station_id)
            )
            if officer is None or not officer.active:
                raise ValidationError("officer_id", "schedule.err.to_officer")
            values["officer"] = officer_id
        row = store.update_versioned(actor, Plan, plan_id, version, values, WHAT)
        return _saved(row, warnings_for(actor, row))

    return store.write(run)


def cancel_plan(actor: Actor, plan_id: int, version: int, reason: str) -> SavedPlan:
    actor.require_write()
    check = Checker()
    text = check.text("cancel_reason", "schedule.label.cancel_reason", reason, required=True)
    check.done()

    def run() -> SavedPlan:
        plan = _plan(actor, plan_id)
        if plan.version == version:
            _require_open(plan)
        values = {
            "status": "batal",
            "cancel_reason": text,
            "updated_at": clock.wall_now(),
        }
        return _saved(store.update_versioned(actor, Plan, plan_id, version, values, WHAT))

    return store.write(run)


def restore_plan(actor: Actor, plan_id: int, version: int) -> SavedPlan:
    """Undo a cancellation: the plan is ``rencana`` again."""
    actor.require_write()

    def run() -> SavedPlan:
        plan = _plan(actor, plan_id)
        if plan.version == version and plan.status != "batal":
            raise ValidationError("status", "schedule.err.not_cancelled")
        values = {
            "status": "rencana",
            "cancel_reason": "",
            "updated_at": clock.wall_now(),
        }
        return _saved(store.update_versioned(actor, Plan, plan_id, version, values, WHAT))

    return store.write(run)


def delete_plan(actor: Actor, plan_id: int, version: int) -> None:
    """Remove a plan typed by mistake (only while it has no report)."""
    actor.require_write()

    def run() -> None:
        plan = _plan(actor, plan_id)
        if plan.version != version:
            raise store.conflict(Plan, plan, {"version": version})
        if plan.report_id is not None:
            raise ValidationError("status", "schedule.err.done_no_delete")
        store.delete(actor, Plan, plan_id, WHAT)

    store.write(run)


def _same_key(plan: Plan, officer_id: int, day: dt.date) -> tuple[object, ...]:
    return (
        officer_id,
        day,
        plan.activity_type_id,
        plan.kelurahan_id,
        plan.rw_id,
        plan.rt_id,
        plan.start_time,
        plan.target,
    )


def _copy(actor: Actor, sources: list[Plan], moves: list[tuple[int, dt.date]]) -> CopyResult:
    """Insert copies of ``sources`` at (officer, day) each, skipping a copy
    whose twin (same officer, day, type, area, time, target) already exists
    and is not cancelled. Call inside ``store.write``."""
    result = CopyResult()
    if not sources:
        return result
    officers = {m[0] for m in moves}
    days = {m[1] for m in moves}
    existing = {
        _same_key(p, p.officer_id, p.date)
        for p in Plan.select().where(
            (Plan.station == actor.station_id)
            & (Plan.officer.in_(officers))
            & (Plan.date.in_(days))
            & (Plan.status != "batal")
        )
    }
    now = clock.wall_now()
    for plan, (officer_id, day) in zip(sources, moves, strict=True):
        key = _same_key(plan, officer_id, day)
        if key in existing:
            result.skipped += 1
            continue
        existing.add(key)
        row = store.create(
            actor,
            Plan,
            {
                "station": actor.station_id,
                "date": day,
                "start_time": plan.start_time,
                "officer": officer_id,
                "activity_type": plan.activity_type_id,
                "kelurahan": plan.kelurahan_id,
                "rw": plan.rw_id,
                "rt": plan.rt_id,
                "target": plan.target,
                "note": plan.note,
                "status": "rencana",
                "created_by": actor.os_user,
                "created_at": now,
                "updated_at": now,
            },
        )
        result.created.append(row.id)
    return result


def copy_plans(actor: Actor, plan_ids: list[int], officer_id: int, day: dt.date) -> CopyResult:
    """Copy the given plans (cancelled ones are left out) into one cell."""
    actor.require_write()

    def run() -> CopyResult:
        officer = Officer.get_or_none(
            (Officer.id == officer_id) & (Officer.station == actor.station_id)
        )
        if officer is None or not officer.active:
            raise ValidationError("officer_id", "schedule.err.to_officer")
        sources = list(
            Plan.select()
            .where(
                (Plan.station == actor.station_id)
                & (Plan.id.in_(plan_ids or [0]))
                & (Plan.status != "batal")
            )
            .order_by(Plan.start_time, Plan.id)
        )
        return _copy(actor, sources, [(officer_id, day)] * len(sources))

    return store.write(run)


def copy_cell(
    actor: Actor, officer_id: int, day: dt.date, to_officer_id: int, to_day: dt.date
) -> CopyResult:
    ids = [
        p.id
        for p in Plan.select(Plan.id).where(
            (Plan.station == actor.station_id) & (Plan.officer == officer_id) & (Plan.date == day)
        )
    ]
    return copy_plans(actor, ids, to_officer_id, to_day)


def copy_week(
    actor: Actor, week_start: dt.date, officer_ids: list[int] | None = None
) -> CopyResult:
    """Copy every plan of the 7 days from ``week_start`` to the same weekday
    a week later (optionally only for some officers), skipping duplicates."""
    actor.require_write()
    end = week_start + dt.timedelta(days=6)

    def run() -> CopyResult:
        query = Plan.select().where(
            (Plan.station == actor.station_id)
            & (Plan.date.between(week_start, end))
            & (Plan.status != "batal")
        )
        if officer_ids is not None:
            query = query.where(Plan.officer.in_(officer_ids or [0]))
        sources = list(query.order_by(Plan.date, Plan.officer, Plan.start_time, Plan.id))
        moves = [(p.officer_id, p.date + dt.timedelta(days=7)) for p in sources]
        return _copy(actor, sources, moves)

    return store.write(run)


def load_plan(actor: Actor, plan_id: int) -> EditablePlan:
    plan = _plan(actor, plan_id)
    rw = RW.get_or_none(RW.id == plan.rw_id) if plan.rw_id else None
    rt = RT.get_or_none(RT.id == plan.rt_id) if plan.rt_id else None
    data = PlanInput(
        date=plan.date,
        officer_id=plan.officer_id,
        type_id=plan.activity_type_id,
        kelurahan_id=plan.kelurahan_id,
        rw=rw.number if rw else None,
        rt=rt.number if rt else None,
        start_time=plan.start_time,
        target=plan.target,
        note=plan.note,
    )
    return EditablePlan(data, plan.version, plan.status, plan.report_id, plan.cancel_reason)


def report_input(actor: Actor, plan_id: int) -> ReportInput:
    """The report form pre-filled from a plan, linked back by ``plan_id``."""
    editable = load_plan(actor, plan_id)
    if editable.report_id is not None:
        raise ValidationError("status", "schedule.err.done")
    if editable.status == "batal":
        raise ValidationError("status", "schedule.err.cancelled_no_report")
    data = editable.data
    if data.date is not None and data.date > latest_report_date():
        # its report could not be saved (reports.check)
        raise ValidationError("date", "schedule.err.future_no_report", day=data.date)
    return ReportInput(
        date=data.date,
        start_time=data.start_time,
        officer_ids=[data.officer_id] if data.officer_id else [],
        type_ids=[data.type_id] if data.type_id else [],
        kelurahan_id=data.kelurahan_id,
        rw=data.rw,
        rt=data.rt,
        place=data.target,
        plan_id=plan_id,
        plan_version=editable.version,
    )


def warnings_for(actor: Actor, plan: Plan) -> list[str]:
    """Non-blocking remarks on one saved plan: the same checks the grid
    shows (double booking, kelurahan not assigned, holiday)."""
    from sambang_tui.services.schedule import grid as schedule

    issues = schedule.plan_issues(actor, plan.officer_id, plan.date)
    return [schedule.issue_text(code) for code in sorted(issues.get(plan.id, set()))]
