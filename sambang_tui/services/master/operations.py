"""Police operations (e.g. Operasi Mantap Praja Jaya 2024) with their dates;
a report made while one runs is linked to it by default."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sambang_tui.db.models import Operation, Report
from sambang_tui.services.core import store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, NotFound
from sambang_tui.services.core.validate import Checker
from sambang_tui.services.master.assignments import date_value

WHAT = "master.what.operation"


@dataclass
class OperationInput:
    name: str = ""
    start: dt.date | str | None = None
    end: dt.date | str | None = None
    warrant: str = ""  # its Surat Perintah, the "Dasar" of its reports


@dataclass(frozen=True)
class OperationRow:
    id: int
    version: int
    name: str
    start: dt.date
    end: dt.date
    warrant: str = ""

    def to_input(self) -> OperationInput:
        return OperationInput(self.name, self.start, self.end, self.warrant)


def _row(o: Operation) -> OperationRow:
    return OperationRow(o.id, o.version, o.name, o.start, o.end, o.warrant)


def check(data: OperationInput) -> dict[str, Any]:
    c = Checker()
    name = c.text("name", "master.label.operation_name", data.name, required=True, max_len=160)
    start = date_value(c, "start", "master.label.start", data.start, required=True)
    end = date_value(c, "end", "master.label.end", data.end, required=True)
    if start and end and end < start:
        c.fail("end", "master.err.end_before_start")
    warrant = c.text("warrant", "master.label.warrant", data.warrant, max_len=500)
    c.done()
    return {"name": name, "start": start, "end": end, "warrant": warrant}


def _own(actor: Actor, operation_id: int) -> Operation:
    row = store.get(Operation, operation_id, WHAT)
    if row.station_id != actor.station_id:
        raise NotFound("master.err.not_here", what=Msg(WHAT), id=operation_id)
    return row


def create_operation(actor: Actor, data: OperationInput) -> OperationRow:
    actor.require_admin()

    def run() -> Operation:
        return store.create(actor, Operation, {**check(data), "station": actor.station_id})

    return _row(store.write(run))


def update_operation(
    actor: Actor, operation_id: int, version: int, data: OperationInput
) -> OperationRow:
    actor.require_admin()

    def run() -> Operation:
        _own(actor, operation_id)
        return store.update_versioned(actor, Operation, operation_id, version, check(data), WHAT)

    return _row(store.write(run))


def delete_operation(actor: Actor, operation_id: int) -> int:
    """Delete an operation; reports linked to it lose the link (they keep
    everything else). Returns how many reports were unlinked."""
    actor.require_admin()

    def run() -> int:
        _own(actor, operation_id)
        linked = Report.select().where(Report.operation == operation_id).count()
        store.delete(actor, Operation, operation_id, WHAT)
        return linked

    return store.write(run)


def get_operation(actor: Actor, operation_id: int) -> OperationRow:
    return _row(_own(actor, operation_id))


def list_operations(actor: Actor) -> list[OperationRow]:
    query = (
        Operation.select()
        .where(Operation.station == actor.station_id)
        .order_by(Operation.start.desc(), Operation.id.desc())
    )
    return [_row(o) for o in query]
