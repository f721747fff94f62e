"""Activity types (Sambang, DDS, Cooling System, …): code, name, which form
part they bring, active, order. Types used by reports or plans are
deactivated, never deleted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import fn

from sambang_tui.db.models import ActivityType, Plan, Report, ReportType
from sambang_tui.db.vocab import FORM_KINDS
from sambang_tui.services.core import store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.validate import Checker

WHAT = "master.what.activity_type"


@dataclass
class ActivityTypeInput:
    code: str = ""
    name: str = ""
    form_kind: str = "general"
    active: bool = True
    sort: int | str = 0


@dataclass(frozen=True)
class ActivityTypeRow:
    id: int
    version: int
    code: str
    name: str
    form_kind: str
    active: bool
    sort: int

    def to_input(self) -> ActivityTypeInput:
        return ActivityTypeInput(self.code, self.name, self.form_kind, self.active, self.sort)


def _row(t: ActivityType) -> ActivityTypeRow:
    return ActivityTypeRow(t.id, t.version, t.code, t.name, t.form_kind, t.active, t.sort)


def check(data: ActivityTypeInput, type_id: int | None = None) -> dict[str, Any]:
    c = Checker()
    code = c.text("code", "master.label.code", data.code, required=True, max_len=8).upper()
    if code and not code.replace("-", "").isalnum():
        c.fail("code", "master.err.code_chars")
    elif code:
        same = ActivityType.select().where(fn.UPPER(ActivityType.code) == code)
        if type_id is not None:
            same = same.where(ActivityType.id != type_id)
        if same.exists():
            c.fail("code", "master.err.code_taken", code=code)
    name = c.text("name", "master.label.name", data.name, required=True, max_len=80)
    kind = (data.form_kind or "general").strip()
    if kind not in FORM_KINDS:
        c.fail("form_kind", "master.err.form_kind", kinds=", ".join(FORM_KINDS))
    sort = 0
    try:
        sort = int(str(data.sort).strip() or 0)
    except ValueError:
        c.fail("sort", "master.err.sort_number")
    c.done()
    return {
        "code": code,
        "name": name,
        "form_kind": kind,
        "active": bool(data.active),
        "sort": sort,
    }


def create_type(actor: Actor, data: ActivityTypeInput) -> ActivityTypeRow:
    actor.require_admin()

    def run() -> ActivityType:
        values = check(data)
        if not str(data.sort).strip() or values["sort"] == 0:
            values["sort"] = (ActivityType.select(fn.MAX(ActivityType.sort)).scalar() or 0) + 1
        return store.create(actor, ActivityType, values)

    return _row(store.write(run))


def update_type(
    actor: Actor, type_id: int, version: int, data: ActivityTypeInput
) -> ActivityTypeRow:
    actor.require_admin()

    def run() -> ActivityType:
        return store.update_versioned(
            actor, ActivityType, type_id, version, check(data, type_id), WHAT
        )

    return _row(store.write(run))


def in_use(type_id: int) -> bool:
    return (
        ReportType.select().where(ReportType.activity_type == type_id).exists()
        or Report.select().where(Report.activity_type == type_id).exists()
        or Plan.select().where(Plan.activity_type == type_id).exists()
    )


def delete_type(actor: Actor, type_id: int) -> str:
    """Delete an unused type or deactivate a used one; returns which."""
    actor.require_admin()

    def run() -> str:
        row = store.get(ActivityType, type_id, WHAT)
        if in_use(type_id):
            if row.active:
                store.update_versioned(
                    actor, ActivityType, type_id, row.version, {"active": False}, WHAT
                )
            return "deactivated"
        store.delete(actor, ActivityType, type_id, WHAT)
        return "deleted"

    return store.write(run)


def get_type(type_id: int) -> ActivityTypeRow:
    return _row(store.get(ActivityType, type_id, WHAT))


def list_types(include_inactive: bool = True) -> list[ActivityTypeRow]:
    query = ActivityType.select()
    if not include_inactive:
        query = query.where(ActivityType.active == True)  # noqa: E712
    return [_row(t) for t in query.order_by(ActivityType.sort, ActivityType.id)]
