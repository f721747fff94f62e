"""Shared write mechanics: short retried transactions, optimistic-locking
updates with a conflict that names what differs, and audited creates."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from peewee import DatabaseError, Model, OperationalError

from sambang_tui.db.database import retry_busy
from sambang_tui.db.models import Officer, VersionedModel, database_proxy
from sambang_tui.db.pg import session as pg_session
from sambang_tui.services.core import audit
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Change, ConflictError, Msg, NotFound, PermissionDenied

T = TypeVar("T")
M = TypeVar("M", bound=Model)
V = TypeVar("V", bound=VersionedModel)


def write(fn: Callable[[], T]) -> T:
    """Run ``fn`` in one short transaction (``BEGIN IMMEDIATE`` on SQLite),
    retried when SQLite reports busy. A write the database refuses (a
    station server's privileges, policies and triggers) is a
    ``PermissionDenied`` with the database's reason."""

    def attempt() -> T:
        try:
            with database_proxy.atomic():
                return fn()
        except (OperationalError, sqlite3.OperationalError) as exc:
            cause = _hidden_cause(exc)
            if cause is None:
                raise
            raise cause from None

    with refusals():
        return retry_busy(attempt)()


def _hidden_cause(exc: BaseException) -> BaseException | None:
    """SQLite ends a transaction by itself on some errors (a full disk, an
    I/O error); the rollback that follows then fails with "cannot rollback -
    no transaction is active", which hid the real cause ("database or disk is
    full"). That cause, or None when ``exc`` is not such a failed rollback."""
    if "no transaction is active" not in str(exc):
        return None
    seen: BaseException | None = exc
    while seen is not None and "no transaction is active" in str(seen):
        seen = seen.__context__
    return seen


@contextmanager
def refusals() -> Iterator[None]:
    """Turn what a PostgreSQL station server refuses into ``PermissionDenied``."""
    try:
        yield
    except DatabaseError as exc:
        message = pg_session.refusal(exc)
        if message is None:
            raise
        raise PermissionDenied("core.err.db_refused", reason=message) from None


def table_of(model: type[Model]) -> str:
    return str(model._meta.table_name)


def _key(row: Model) -> Any:
    """The row's primary key (``get_id``, which peewee's stubs type on
    ``Model`` only)."""
    return row.get_id()


def get(model: type[M], row_id: int, what: str = "core.what.data") -> M:
    """The row, or NotFound naming it by ``what`` (a catalogue key, ``*.what.*``)."""
    row = model.get_or_none(model._meta.primary_key == row_id)
    if row is None:
        raise NotFound("core.err.row_not_found", what=Msg(what), id=row_id)
    return row


def create(actor: Actor, model: type[M], values: dict[str, Any]) -> M:
    """Insert a row and its audit event; call inside ``write``."""
    row = model.create(**values)
    audit.record(actor, "create", table_of(model), _key(row), None, audit.snapshot(row))
    return row


def update_versioned(
    actor: Actor,
    model: type[V],
    row_id: int,
    expected_version: int,
    values: dict[str, Any],
    what: str = "core.what.data",
) -> V:
    """``UPDATE … SET …, version = version + 1 WHERE id = ? AND version = ?``.

    Raises ``ConflictError`` naming the fields where the stored row now
    differs from ``values`` when someone saved in between; call inside
    ``write``. Returns the updated row.
    """
    current = get(model, row_id, what)
    old = audit.snapshot(current)
    if current.version != expected_version:
        raise conflict(model, current, values)
    count = (
        model.update(**values, version=model.version + 1)
        .where((model._meta.primary_key == row_id) & (model.version == expected_version))
        .execute()
    )
    if count != 1:
        raise conflict(model, get(model, row_id, what), values)
    row = get(model, row_id, what)
    audit.record(actor, "update", table_of(model), row_id, old, audit.snapshot(row))
    return row


def conflict(model: type[Model], current: VersionedModel, values: dict[str, Any]) -> ConflictError:
    stored = audit.snapshot(current)
    mine = {k: audit.jsonable(v) for k, v in values.items()}
    changes = [Change(k, mine[k], stored.get(k)) for k in mine if stored.get(k) != mine[k]]
    last = audit.last_change(table_of(model), _key(current))
    login = last.os_user if last else ""
    return ConflictError(
        table_of(model),
        _key(current),
        changes,
        by=person_of(login),
        at=last.at if last else None,
        current_version=current.version,
        by_login=login,
    )


def person_of(login: str) -> str:
    """Who a login is, as a conflict or a message held open names them: the
    officer's rank and name (an OS login is one officer's), else the login
    itself (one no officer has)."""
    if not login:
        return ""
    officer = Officer.get_or_none(Officer.os_user == login)
    return f"{officer.rank} {officer.name}".strip() if officer is not None else login


def delete(actor: Actor, model: type[Model], row_id: int, what: str = "core.what.data") -> None:
    """Hard delete with audit; call inside ``write``."""
    row = get(model, row_id, what)
    old = audit.snapshot(row)
    row.delete_instance()
    audit.record(actor, "delete", table_of(model), row_id, old, None)
