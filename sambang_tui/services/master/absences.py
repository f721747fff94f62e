"""Officers' absences (master data): leave, duty elsewhere, sick, training,
each from a first to a last day. The plan proposal plans nobody on those
days (and, while a proposal is shown, the Jadwal's detail line says who is
away that day)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sambang_tui.db.models import Absence, Officer
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core import store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, NotFound
from sambang_tui.services.core.validate import Checker
from sambang_tui.services.master.assignments import date_value
from sambang_tui.services.master.lookup import officer_label

WHAT = "master.what.absence"
KIND_WORDS = {
    "cuti": "cuti",
    "dinas_luar": "dinas luar",
    "sakit": "sakit",
    "pendidikan": "pendidikan",
    "lainnya": "lainnya",
}
# what people type for a kind (besides its code and word)
KIND_ALIASES = {"dl": "dinas_luar", "dik": "pendidikan", "izin": "lainnya", "lain": "lainnya"}


@dataclass
class AbsenceInput:
    officer_id: int | None = None
    kind: str = "cuti"
    start: dt.date | str | None = None
    end: dt.date | str | None = None
    note: str = ""


@dataclass(frozen=True)
class AbsenceRow:
    id: int
    version: int
    officer_id: int
    officer_label: str
    kind: str
    start: dt.date
    end: dt.date
    note: str

    def to_input(self) -> AbsenceInput:
        return AbsenceInput(self.officer_id, self.kind, self.start, self.end, self.note)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def kind_code(text: str) -> str | None:
    """The kind for what was typed (``cuti``, ``dinas luar``, ``DL``…)."""
    typed = " ".join(str(text).split()).lower()
    for code, word in KIND_WORDS.items():
        if typed in (code, word):
            return code
    return KIND_ALIASES.get(typed)


def _row(a: Absence) -> AbsenceRow:
    o = a.officer
    return AbsenceRow(
        id=a.id,
        version=a.version,
        officer_id=o.id,
        officer_label=officer_label(o),
        kind=a.kind,
        start=a.start,
        end=a.end,
        note=a.note,
    )


def check(actor: Actor, data: AbsenceInput, absence_id: int | None = None) -> dict[str, Any]:
    c = Checker()
    officer = Officer.get_or_none(Officer.id == data.officer_id) if data.officer_id else None
    if officer is None or officer.station_id != actor.station_id:
        c.fail("officer_id", "master.err.officer_pick")
    kind = kind_code(data.kind or "cuti")  # left empty: leave, the commonest
    if kind is None:
        c.fail("kind", "master.err.absence_kind", kinds=", ".join(KIND_WORDS.values()))
    start = date_value(c, "start", "master.label.start", data.start, required=True)
    end = date_value(c, "end", "master.label.until", data.end, required=True)
    if start and end and end < start:
        c.fail("end", "master.err.end_before_start")
    elif start and end and (end - start).days > 366:
        c.fail("end", "master.err.absence_too_long")
    note = c.text("note", "master.label.note", data.note, max_len=250)
    if officer is not None and start and end and end >= start:
        clash = (
            Absence.select()
            .where(
                (Absence.officer == officer.id)
                & (Absence.start <= end)
                & (Absence.end >= start)
                & (Absence.id != (absence_id or 0))
            )
            .first()
        )
        if clash is not None:
            c.fail(
                "start",
                "master.err.absence_clash",
                name=officer.name,
                kind=KIND_WORDS.get(clash.kind, clash.kind),
                start=clash.start,
                end=clash.end,
            )
    c.done()
    return {"officer": data.officer_id, "kind": kind, "start": start, "end": end, "note": note}


def _own(actor: Actor, absence_id: int) -> Absence:
    row = store.get(Absence, absence_id, WHAT)
    if row.station_id != actor.station_id:
        raise NotFound("master.err.not_here", what=Msg(WHAT), id=absence_id)
    return row


def create_absence(actor: Actor, data: AbsenceInput) -> AbsenceRow:
    actor.require_admin()

    def run() -> Absence:
        return store.create(actor, Absence, {**check(actor, data), "station": actor.station_id})

    return _row(store.write(run))


def update_absence(actor: Actor, absence_id: int, version: int, data: AbsenceInput) -> AbsenceRow:
    actor.require_admin()

    def run() -> Absence:
        _own(actor, absence_id)
        values = check(actor, data, absence_id)
        return store.update_versioned(actor, Absence, absence_id, version, values, WHAT)

    return _row(store.write(run))


def delete_absence(actor: Actor, absence_id: int) -> None:
    actor.require_admin()

    def run() -> None:
        _own(actor, absence_id)
        store.delete(actor, Absence, absence_id, WHAT)

    store.write(run)


def list_absences(actor: Actor, since: dt.date | None = None) -> list[AbsenceRow]:
    """The station's absences, latest first; with ``since`` only those
    ending on or after it."""
    query = (
        Absence.select(Absence, Officer).join(Officer).where(Absence.station == actor.station_id)
    )
    if since is not None:
        query = query.where(Absence.end >= since)
    query = query.order_by(Absence.start.desc(), Officer.name, Absence.id)
    return [_row(a) for a in query]


def away(actor: Actor, start: dt.date, end: dt.date) -> dict[int, dict[dt.date, str]]:
    """Per officer, the days of ``start..end`` they are away, with the kind."""
    found: dict[int, dict[dt.date, str]] = {}
    rows = tuple_rows(
        Absence.select(Absence.officer, Absence.kind, Absence.start, Absence.end).where(
            (Absence.station == actor.station_id) & (Absence.start <= end) & (Absence.end >= start)
        )
    )
    for officer_id, kind, a_start, a_end in rows:
        day = max(_date(a_start), start)
        last = min(_date(a_end), end)
        days = found.setdefault(officer_id, {})
        while day <= last:
            days[day] = kind
            day += dt.timedelta(days=1)
    return found


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])
