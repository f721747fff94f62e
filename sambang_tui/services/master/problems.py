"""Problems (masalah) followed across visits: opened, then settled with a
resolution and a date. Any officer who can write may record them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sambang_tui.db.models import RW, Kelurahan, Problem, Report
from sambang_tui.services.core import clock, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, NotFound, ValidationError
from sambang_tui.services.core.validate import LONG_MAX, Checker
from sambang_tui.services.master.areas import area_ids, area_number, own_kelurahan
from sambang_tui.services.master.assignments import date_value

WHAT = "master.what.problem"


@dataclass
class ProblemInput:
    title: str = ""
    kelurahan_id: int | None = None
    rw: int | str | None = None
    field: str = ""
    parties: str = ""
    description: str = ""
    opened: dt.date | str | None = None


@dataclass(frozen=True)
class ProblemRow:
    id: int
    version: int
    title: str
    kelurahan_id: int
    kelurahan: str
    rw: int | None
    field: str
    parties: str
    description: str
    opened: dt.date
    status: str
    resolution: str
    closed: dt.date | None
    report_count: int = 0

    def to_input(self) -> ProblemInput:
        return ProblemInput(
            self.title,
            self.kelurahan_id,
            self.rw,
            self.field,
            self.parties,
            self.description,
            self.opened,
        )


def _row(p: Problem) -> ProblemRow:
    rw = RW.get_or_none(RW.id == p.rw_id) if p.rw_id else None
    count = Report.select().where((Report.problem == p.id) & Report.deleted_at.is_null()).count()
    return ProblemRow(
        id=p.id,
        version=p.version,
        title=p.title,
        kelurahan_id=p.kelurahan_id,
        kelurahan=p.kelurahan.name,
        rw=rw.number if rw else None,
        field=p.field,
        parties=p.parties,
        description=p.description,
        opened=p.opened,
        status=p.status,
        resolution=p.resolution,
        closed=p.closed,
        report_count=count,
    )


def check(actor: Actor, data: ProblemInput) -> dict[str, Any]:
    c = Checker()
    title = c.text("title", "master.label.problem_title", data.title, required=True, max_len=200)
    kel_id: int | None = None
    try:
        kel_id = own_kelurahan(actor, data.kelurahan_id).id
    except ValidationError as exc:
        c.errors.extend(exc.errors)
    rw = area_number(c, "rw", "master.label.rw", data.rw)
    rw_id = None
    if kel_id is not None:
        rw_id, _ = area_ids(kel_id, rw, None, c)
    field = c.text("field", "master.label.field", data.field, max_len=60)
    parties = c.text(
        "parties", "master.label.parties", data.parties, max_len=LONG_MAX, multiline=True
    )
    description = c.text(
        "description",
        "master.label.description",
        data.description,
        max_len=LONG_MAX,
        multiline=True,
    )
    opened = date_value(
        c, "opened", "master.label.opened", data.opened or clock.today(), required=True
    )
    c.done()
    return {
        "title": title,
        "kelurahan": data.kelurahan_id,
        "rw": rw_id,
        "field": field,
        "parties": parties,
        "description": description,
        "opened": opened,
    }


def _own(actor: Actor, problem_id: int) -> Problem:
    row = store.get(Problem, problem_id, WHAT)
    if row.station_id != actor.station_id:
        raise NotFound("master.err.not_here", what=Msg(WHAT), id=problem_id)
    return row


def open_problem(actor: Actor, data: ProblemInput) -> ProblemRow:
    actor.require_write()

    def run() -> Problem:
        values = {**check(actor, data), "station": actor.station_id, "status": "terbuka"}
        return store.create(actor, Problem, values)

    return _row(store.write(run))


def update_problem(actor: Actor, problem_id: int, version: int, data: ProblemInput) -> ProblemRow:
    actor.require_write()

    def run() -> Problem:
        _own(actor, problem_id)
        return store.update_versioned(actor, Problem, problem_id, version, check(actor, data), WHAT)

    return _row(store.write(run))


def settle_problem(
    actor: Actor,
    problem_id: int,
    version: int,
    resolution: str,
    closed: dt.date | str | None = None,
) -> ProblemRow:
    """Close a problem with how it was resolved and when."""
    actor.require_write()

    def run() -> Problem:
        row = _own(actor, problem_id)
        c = Checker()
        text = c.text(
            "resolution",
            "master.label.resolution",
            resolution,
            required=True,
            max_len=LONG_MAX,
            multiline=True,
        )
        day = date_value(c, "closed", "master.label.closed", closed or clock.today(), required=True)
        if day and day < row.opened:
            c.fail("closed", "master.err.closed_before_opened")
        c.done()
        values = {"status": "selesai", "resolution": text, "closed": day}
        return store.update_versioned(actor, Problem, problem_id, version, values, WHAT)

    return _row(store.write(run))


def reopen_problem(actor: Actor, problem_id: int, version: int) -> ProblemRow:
    actor.require_write()

    def run() -> Problem:
        _own(actor, problem_id)
        values = {"status": "terbuka", "closed": None}
        return store.update_versioned(actor, Problem, problem_id, version, values, WHAT)

    return _row(store.write(run))


def delete_problem(actor: Actor, problem_id: int) -> None:
    """Only an admin deletes, and only a problem no report links to."""
    actor.require_admin()

    def run() -> None:
        row = _own(actor, problem_id)
        n = Report.select().where(Report.problem == problem_id).count()
        if n:
            raise ValidationError("problem_id", "master.err.problem_used", title=row.title, n=n)
        store.delete(actor, Problem, problem_id, WHAT)

    store.write(run)


def get_problem(actor: Actor, problem_id: int) -> ProblemRow:
    return _row(_own(actor, problem_id))


def list_problems(
    actor: Actor, status: str | None = None, kelurahan_id: int | None = None
) -> list[ProblemRow]:
    query = (
        Problem.select(Problem, Kelurahan)
        .join(Kelurahan)
        .where(Problem.station == actor.station_id)
    )
    if status:
        query = query.where(Problem.status == status)
    if kelurahan_id is not None:
        query = query.where(Problem.kelurahan == kelurahan_id)
    # "terbuka" sorts after "selesai": descending puts open problems first
    query = query.order_by(Problem.status.desc(), Problem.opened.desc(), Problem.id.desc())
    return [_row(p) for p in query]
