"""Reading the audit trail: who changed what, with old and new values,
filtered and paged in SQL. For reviewers and admins only (``Actor.sees_audit``)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from peewee import ModelSelect, fn

from sambang_tui.db.models import AuditEvent
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master.lookup import icontains
from sambang_tui.services.reports.access import may_see_informant, restrict_informant

TABLE_LABELS: dict[str, str] = {
    "station": "Polsek",
    "officer": "Personel",
    "kelurahan": "Kelurahan",
    "rw": "RW",
    "rt": "RT",
    "assignment": "Penugasan",
    "contact": "Tokoh",
    "activity_type": "Jenis kegiatan",
    "operation": "Operasi",
    "problem": "Masalah",
    "report": "Laporan",
    "plan": "Rencana",
    "attachment": "Lampiran",
    "database": "Basis data",
}

ACTION_LABELS: dict[str, str] = {
    "create": "tambah",
    "update": "ubah",
    "delete": "hapus",
    "import": "impor",
    "restore": "pulihkan",
}


@dataclass
class AuditFilter:
    table: str | None = None
    os_user: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    row_id: int | None = None
    action: str | None = None


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    os_user: str
    action: str
    table: str
    row_id: int | None
    changes: tuple[FieldChange, ...] = field(default_factory=tuple)
    # as people read it (``audit_words.readable``): the officer behind the
    # login, and the changes with Indonesian names and values as words
    who: str = ""
    readable: tuple[FieldChange, ...] = ()

    @property
    def who_label(self) -> str:
        return self.who or self.os_user

    @property
    def table_label(self) -> str:
        return TABLE_LABELS.get(self.table, self.table)

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    def summary(self, width: int = 60) -> str:
        """``nama: a → b; pangkat: …`` in one line, cut to ``width``."""
        parts = []
        for c in self.readable or self.changes:
            old, new = (c.old, c.new) if self.readable else (_show(c.old), _show(c.new))
            if self.action == "create":
                parts.append(f"{c.field}={new}")
            elif self.action == "delete":
                parts.append(f"{c.field}={old}")
            else:
                parts.append(f"{c.field}: {old} → {new}")
        text = "; ".join(parts)
        return text if len(text) <= width else text[: width - 1] + "…"


def _show(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return repr(value) if value == "" else value
    return json.dumps(value, ensure_ascii=False)


def _load(text: str | None) -> dict[str, Any]:
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {"?": text}
    return data if isinstance(data, dict) else {"?": data}


# uid: a row's key for carrying a station into the Polres database (migration 0009)
HIDDEN = frozenset({"version", "search_text", "search_vector", "uid"})


def _row(e: AuditEvent) -> AuditRow:
    old, new = _load(e.old), _load(e.new)
    keys = [k for k in (new or old) if k not in HIDDEN]
    for k in old:
        if k not in keys and k not in HIDDEN:
            keys.append(k)
    changes = tuple(FieldChange(k, old.get(k), new.get(k)) for k in keys)
    at = e.at
    if isinstance(at, str):
        at = dt.datetime.fromisoformat(at)
    return AuditRow(e.id, at, e.os_user, e.action, e.table, e.row_id, changes)


def _query(actor: Actor, filt: AuditFilter) -> ModelSelect[AuditEvent]:
    actor.require_audit()
    query = AuditEvent.select().where(
        (AuditEvent.station == actor.station_id) | AuditEvent.station.is_null()
    )
    if filt.table:
        query = query.where(AuditEvent.table == filt.table)
    if filt.os_user.strip():
        query = query.where(icontains(AuditEvent.os_user, filt.os_user.strip()))
    if filt.date_from:
        query = query.where(AuditEvent.at >= dt.datetime.combine(filt.date_from, dt.time()))
    if filt.date_to:
        end = dt.datetime.combine(filt.date_to + dt.timedelta(days=1), dt.time())
        query = query.where(AuditEvent.at < end)
    if filt.row_id is not None:
        query = query.where(AuditEvent.row_id == filt.row_id)
    if filt.action:
        query = query.where(AuditEvent.action == filt.action)
    return query


def list_events(
    actor: Actor, filt: AuditFilter | None = None, offset: int = 0, limit: int = 100
) -> list[AuditRow]:
    """Events newest first; a report's Laporan Informasi shows its informant
    only to whom ``may_see_informant`` allows."""
    from sambang_tui.services.admin.audit_words import readable

    query = _query(actor, filt or AuditFilter())
    query = query.order_by(AuditEvent.id.desc()).offset(offset).limit(limit)
    return readable([_guard(actor, _row(e)) for e in query], actor.station_id)


def _guard(actor: Actor, row: AuditRow) -> AuditRow:
    if row.table != "report" or row.row_id is None:
        return row
    if not any(c.field == "information" for c in row.changes):
        return row
    if may_see_informant(actor, row.row_id):
        return row

    def hide(value: Any) -> Any:
        return restrict_informant(value) if isinstance(value, dict) else value

    changes = tuple(
        FieldChange(c.field, hide(c.old), hide(c.new)) if c.field == "information" else c
        for c in row.changes
    )
    return dataclasses.replace(row, changes=changes)


def count_events(actor: Actor, filt: AuditFilter | None = None) -> int:
    return _query(actor, filt or AuditFilter()).count()


def users(actor: Actor) -> list[str]:
    """Every OS user in the station's trail, for a filter choice."""
    actor.require_audit()
    query = (
        AuditEvent.select(AuditEvent.os_user)
        .where(AuditEvent.station == actor.station_id)
        .group_by(AuditEvent.os_user)
        .order_by(fn.LOWER(AuditEvent.os_user))
    )
    return [e.os_user for e in query]


def tables(actor: Actor) -> list[str]:
    actor.require_audit()
    query = (
        AuditEvent.select(AuditEvent.table)
        .where(AuditEvent.station == actor.station_id)
        .group_by(AuditEvent.table)
        .order_by(AuditEvent.table)
    )
    return [e.table for e in query]
