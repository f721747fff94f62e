"""Assignments of officers (usually Bhabinkamtibmas) to kelurahan, with the
dates they run; an open end means "until further notice"."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sambang_tui.db.models import Assignment, Kelurahan, Officer
from sambang_tui.services.core import clock, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.dates import parse_date
from sambang_tui.services.core.errors import Msg, NotFound, ValidationError
from sambang_tui.services.core.validate import Checker
from sambang_tui.services.master.areas import own_kelurahan
from sambang_tui.services.master.lookup import officer_label

WHAT = "master.what.assignment"


def date_value(c: Checker, field: str, label: str, value: object, required: bool) -> dt.date | None:
    """A date typed or given, collected into ``c``; blank is None (or an
    error). ``label`` is the field's catalogue key."""
    if isinstance(value, dt.date):
        return value
    text = "" if value is None else str(value).strip()
    if not text:
        if required:
            c.fail(field, "core.err.required", label=Msg(label))
        return None
    try:
        return parse_date(text, clock.today(), field)
    except ValidationError as exc:
        c.fail(field, "master.err.date_in_field", label=Msg(label), reason=exc.text)
        return None


@dataclass
class AssignmentInput:
    officer_id: int | None = None
    kelurahan_id: int | None = None
    start: dt.date | str | None = None
    end: dt.date | str | None = None


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    version: int
    officer_id: int
    officer_label: str
    kelurahan_id: int
    kelurahan: str
    start: dt.date
    end: dt.date | None

    def to_input(self) -> AssignmentInput:
        return AssignmentInput(self.officer_id, self.kelurahan_id, self.start, self.end)


def _row(a: Assignment) -> AssignmentRow:
    o = a.officer
    return AssignmentRow(
        id=a.id,
        version=a.version,
        officer_id=o.id,
        officer_label=officer_label(o),
        kelurahan_id=a.kelurahan_id,
        kelurahan=a.kelurahan.name,
        start=a.start,
        end=a.end,
    )


def check(actor: Actor, data: AssignmentInput) -> dict[str, Any]:
    c = Checker()
    officer = Officer.get_or_none(Officer.id == data.officer_id) if data.officer_id else None
    if officer is None or officer.station_id != actor.station_id:
        c.fail("officer_id", "master.err.officer_pick")
    try:
        own_kelurahan(actor, data.kelurahan_id)
    except ValidationError as exc:
        c.errors.extend(exc.errors)
    start = date_value(c, "start", "master.label.start", data.start, required=True)
    end = date_value(c, "end", "master.label.until", data.end, required=False)
    if start and end and end < start:
        c.fail("end", "master.err.end_before_start")
    c.done()
    return {"officer": data.officer_id, "kelurahan": data.kelurahan_id, "start": start, "end": end}


def _own(actor: Actor, assignment_id: int) -> Assignment:
    row = store.get(Assignment, assignment_id, WHAT)
    if row.officer.station_id != actor.station_id:
        raise NotFound("master.err.not_here", what=Msg(WHAT), id=assignment_id)
    return row


def create_assignment(actor: Actor, data: AssignmentInput) -> AssignmentRow:
    actor.require_admin()

    def run() -> Assignment:
        return store.create(actor, Assignment, check(actor, data))

    return _row(store.write(run))


def update_assignment(
    actor: Actor, assignment_id: int, version: int, data: AssignmentInput
) -> AssignmentRow:
    actor.require_admin()

    def run() -> Assignment:
        _own(actor, assignment_id)
        values = check(actor, data)
        return store.update_versioned(actor, Assignment, assignment_id, version, values, WHAT)

    return _row(store.write(run))


def delete_assignment(actor: Actor, assignment_id: int) -> None:
    actor.require_admin()

    def run() -> None:
        _own(actor, assignment_id)
        store.delete(actor, Assignment, assignment_id, WHAT)

    store.write(run)


def get_assignment(actor: Actor, assignment_id: int) -> AssignmentRow:
    return _row(_own(actor, assignment_id))


def list_assignments(
    actor: Actor, officer_id: int | None = None, kelurahan_id: int | None = None
) -> list[AssignmentRow]:
    """Assignments of the station, current and latest first."""
    query = (
        Assignment.select(Assignment, Officer, Kelurahan)
        .join(Officer)
        .switch(Assignment)
        .join(Kelurahan)
        .where(Officer.station == actor.station_id)
    )
    if officer_id is not None:
        query = query.where(Assignment.officer == officer_id)
    if kelurahan_id is not None:
        query = query.where(Assignment.kelurahan == kelurahan_id)
    query = query.order_by(Kelurahan.name, Assignment.start.desc(), Assignment.id)
    return [_row(a) for a in query]
