"""What one batch of imported rows does to the database (per kind in
``kinds``): planned against what is stored (reading only the rows the
batch names, never a whole table), then written in bulk with their audit
events.

A duplicate within the file is found through ``Seen``, a scratch SQLite
file of keys and the line that first had each, so the check costs no memory
however long the file. Planning twice gives the same answer: the first pass
(checking, ``--dry-run``) plans without writing and remembers in a
``Context`` what earlier batches would have created; the second plans each
batch again inside its own transaction and writes it.
"""

from __future__ import annotations

import pickle
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import (  # type: ignore[attr-defined]  # __exception_wrapper__: not in the stubs
    CharField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    __exception_wrapper__,
)

from sambang_tui.db.models import (
    AuditEvent,
    Kelurahan,
    VersionedModel,
    database_proxy,
    new_uid,
)
from sambang_tui.db.pg import session as pg_session
from sambang_tui.services.core import audit, clock, store
from sambang_tui.services.core.actor import Actor

Rows = list[tuple[int, dict[str, Any]]]
Errors = list[tuple[int, str]]
INSERT_CHUNK = 4000


class Seen:
    """Keys of the rows read so far (an officer's NRP, an RT of a
    kelurahan…) with the first line that had each, in a scratch SQLite
    file, checked a batch at a time."""

    def __init__(self) -> None:
        self.folder = tempfile.mkdtemp(prefix="sambang-impor-")
        self.db = sqlite3.connect(str(Path(self.folder) / "seen.db"), isolation_level=None)
        self.db.execute("PRAGMA journal_mode=OFF")
        self.db.execute("PRAGMA synchronous=OFF")
        self.db.execute("CREATE TABLE seen (key TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID")
        self.db.execute("CREATE TABLE batch (key TEXT, line INTEGER)")
        self.db.execute("CREATE TABLE bad (line INTEGER PRIMARY KEY)")
        self.db.execute("CREATE TABLE good (line INTEGER PRIMARY KEY, data BLOB)")

    def check(self, items: list[tuple[str, int]]) -> dict[tuple[str, int], int]:
        """Record ``(key, line)`` pairs; return, for each pair whose key an
        earlier line had, that first line. Asked again for the same lines
        (the second pass), the same answer."""
        if not items:
            return {}
        db = self.db
        db.execute("BEGIN")
        db.execute("DELETE FROM batch")
        db.executemany("INSERT INTO batch (key, line) VALUES (?, ?)", items)
        db.execute("INSERT OR IGNORE INTO seen SELECT key, MIN(line) FROM batch GROUP BY key")
        found = db.execute(
            "SELECT b.key, b.line, s.line FROM batch b JOIN seen s ON s.key = b.key "
            "WHERE s.line <> b.line"
        ).fetchall()
        db.execute("COMMIT")
        return {(key, line): first for key, line, first in found}

    def keep(self, rows: Rows) -> None:
        """Keep a batch of converted rows for the writing pass (this
        program's own scratch file, so pickled)."""
        db = self.db
        db.execute("BEGIN")
        db.executemany(
            "INSERT OR REPLACE INTO good (line, data) VALUES (?, ?)",
            [
                (line, pickle.dumps(values, protocol=pickle.HIGHEST_PROTOCOL))
                for line, values in rows
            ],
        )
        db.execute("COMMIT")

    def kept(self, size: Callable[[], int]) -> Iterator[Rows]:
        """The kept rows in file order, in batches of ``size()``."""
        after = 0
        while True:
            found = self.db.execute(
                "SELECT line, data FROM good WHERE line > ? ORDER BY line LIMIT ?", (after, size())
            ).fetchall()
            if not found:
                return
            after = found[-1][0]
            yield [(line, pickle.loads(data)) for line, data in found]

    def mark_bad(self, line: int) -> bool:
        """Record a bad line; False when it was recorded already."""
        return self.db.execute("INSERT OR IGNORE INTO bad VALUES (?)", (line,)).rowcount == 1

    def close(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Seen:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass
class Context:
    """What earlier batches of this pass created (or, checking only, would
    have): areas need it to know a kelurahan or RW met before."""

    new_kel: dict[str, dict[str, Any]] = field(default_factory=dict)
    new_rw: set[tuple[str, int]] = field(default_factory=set)
    kel_updated: set[str] = field(default_factory=set)
    kel_first: dict[str, tuple[int, tuple[str, str, str]]] = field(default_factory=dict)
    kels: dict[str, Kelurahan] | None = None

    def kelurahan(self, actor: Actor) -> dict[str, Kelurahan]:
        """The station's kelurahan by lower-case name (a station has tens of
        them), read once per pass; written ones are added as they are."""
        if self.kels is None:
            self.kels = {
                k.name.lower(): k
                for k in Kelurahan.select().where(Kelurahan.station == actor.station_id)
            }
        return self.kels


@dataclass
class BatchPlan:
    creates: Rows = field(default_factory=list)
    updates: list[tuple[int, int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    new_kel: dict[str, dict[str, Any]] = field(default_factory=dict)
    kel_updates: list[tuple[int, int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    new_rw: dict[tuple[str, int], int] = field(default_factory=dict)
    kels: dict[str, Kelurahan] = field(default_factory=dict)

    @property
    def changes(self) -> bool:
        return bool(self.creates or self.updates or self.kel_updates)


# ---------------------------------------------------------------- writing helpers


def lowered(names: set[str]) -> set[str]:
    """Each name lower-cased as Python does and as SQLite's ``LOWER`` does
    (ASCII letters only), for ``LOWER(name) IN (…)`` on either database; a
    name that differs from a stored one only in the case of a non-ASCII
    letter counts as another name on SQLite."""
    ascii_only = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
    return {n.lower() for n in names} | {n.translate(ascii_only) for n in names}


def audit_rows(
    actor: Actor,
    table: str,
    items: Sequence[tuple[int, dict[str, Any] | str | None, dict[str, Any] | str | None]],
    action: str,
) -> None:
    """The audit events of a batch, in bulk, old and new values as data or
    as JSON text already (on a PostgreSQL station server the database's
    triggers write them: nothing here)."""
    if pg_session.managed():
        return
    at = clock.wall_now()
    insert(
        AuditEvent,
        [
            {
                "at": at,
                "os_user": actor.os_user,
                "station": actor.station_id,
                "action": action,
                "table": table,
                "row_id": row_id,
                "old": old if isinstance(old, str) else audit.dumps(old),
                "new": new if isinstance(new, str) else audit.dumps(new),
            }
            for row_id, old, new in items
        ],
    )


PLAIN_FIELDS = (CharField, TextField, IntegerField, ForeignKeyField)


def insert(model: type[Model], rows: list[dict[str, Any]]) -> None:
    """``INSERT`` many rows with one prepared statement (``executemany``):
    peewee's ``insert_many`` spends most of its time building SQL text.
    Values of text, number and key columns go as they are; others (dates,
    booleans) through the field's conversion."""
    if not rows:
        return
    fields_ = [f for f in model._meta.sorted_fields if not f.primary_key]
    db = database_proxy.obj
    columns = ", ".join(f'"{f.column_name}"' for f in fields_)
    marks = ", ".join([db.param] * len(fields_))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    base = defaults(model)
    names = [f.name for f in fields_]
    convert = [(i, f.db_value) for i, f in enumerate(fields_) if not isinstance(f, PLAIN_FIELDS)]
    # a row's stable key (``uid``, migration 0009) is its own: drawn for every row
    fresh = [(i, f.name, f.default) for i, f in enumerate(fields_) if f.default is new_uid]
    for start in range(0, len(rows), INSERT_CHUNK):
        params = []
        for row in rows[start : start + INSERT_CHUNK]:
            values = [row.get(name, base[name]) for name in names]
            for i, name, draw in fresh:
                if name not in row:
                    values[i] = draw()
            for i, to_db in convert:
                values[i] = to_db(values[i])
            params.append(values)
        with __exception_wrapper__:
            db.cursor().executemany(sql, params)


def defaults(model: type[Model]) -> dict[str, Any]:
    return {
        f.name: f.default() if callable(f.default) else f.default
        for f in model._meta.sorted_fields
        if not f.primary_key
    }


def apply_updates(
    actor: Actor,
    model: type[VersionedModel],
    updates: list[tuple[int, int, dict[str, Any], dict[str, Any]]],
) -> None:
    items = []
    for _line, row_id, old, new in updates:
        if not new:
            continue
        model.update(**new, version=model.version + 1).where(model.id == row_id).execute()
        changed = [k for k in new if old.get(k) != new[k]]
        items.append((row_id, {k: old[k] for k in changed}, {k: new[k] for k in changed}))
    audit_rows(actor, store.table_of(model), items, "update")
