"""The audit trail: every write leaves an ``AuditEvent`` with the OS user."""

from __future__ import annotations

import datetime as dt
import decimal
import json
from typing import Any

from peewee import Model

from sambang_tui.db.models import AuditEvent
from sambang_tui.db.pg import session as pg_session
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor


def jsonable(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, Model):
        return value.get_id()
    return value


def snapshot(row: Model) -> dict[str, Any]:
    """A row's column values as JSON-ready data (foreign keys as ids)."""
    data = {}
    for name, fld in row._meta.fields.items():
        value = row.__data__.get(name)
        data[fld.name] = jsonable(value)
    return data


def dumps(data: dict[str, Any] | None) -> str | None:
    if data is None:
        return None
    return json.dumps({k: jsonable(v) for k, v in data.items()}, ensure_ascii=False, sort_keys=True)


def record(
    actor: Actor,
    action: str,
    table: str,
    row_id: int | None,
    old: dict[str, Any] | None = None,
    new: dict[str, Any] | None = None,
) -> AuditEvent | None:
    """Write one audit event. Call inside the transaction of the write, so
    the event exists exactly when the change does. Only changed keys are kept
    for updates.

    On a PostgreSQL station server the database's own triggers write the
    trail (who: the session's login; when: the server's clock), and nobody
    else may: nothing is written here and None is returned."""
    if pg_session.managed():
        return None
    if old is not None and new is not None:
        keys = [k for k in new if old.get(k) != jsonable(new.get(k))]
        old = {k: old.get(k) for k in keys}
        new = {k: new.get(k) for k in keys}
    return AuditEvent.create(
        at=clock.wall_now(),
        os_user=actor.os_user,
        station=actor.station_id,
        action=action,
        table=table,
        row_id=row_id,
        old=dumps(old),
        new=dumps(new),
    )


def last_change(table: str, row_id: int) -> AuditEvent | None:
    """Who changed the row last and when (not the values: on a station
    server a desk officer may not read those)."""
    return (
        AuditEvent.select(AuditEvent.id, AuditEvent.at, AuditEvent.os_user)
        .where((AuditEvent.table == table) & (AuditEvent.row_id == row_id))
        .order_by(AuditEvent.id.desc())
        .get_or_none()
    )
