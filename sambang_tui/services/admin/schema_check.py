"""Is a SQLite database's schema exactly what Sambang creates?

The reference is built, not written down: the program's own migrations are
run on an empty in-memory database up to the version the checked file says
it has, and its ``sqlite_master`` is compared with the file's, both ways.
Every table, index, trigger and view must be there with the same SQL, and
nothing else may be: an extra trigger that verifies reports on insert, an
``audit_event`` that became a view swallowing inserts, a table dropped or
redefined — each is listed. Migrations added later are covered as they are.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from peewee import Database, SqliteDatabase

from sambang_tui.db import migrate as schema

# SQLite's own bookkeeping: ANALYZE statistics, AUTOINCREMENT counters
INTERNAL = re.compile(r"^sqlite_(stat\d|sequence)$")
KIND_LABELS = {"table": "tabel", "index": "indeks", "trigger": "trigger", "view": "view"}


@dataclass(frozen=True)
class Entry:
    type: str
    name: str
    tbl_name: str
    sql: str | None

    @property
    def label(self) -> str:
        return f"{KIND_LABELS.get(self.type, self.type)} {self.name}"


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


def read_master(db: Database) -> dict[str, Entry]:
    rows = db.execute_sql("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {
        name: Entry(kind, name, tbl, _normal(sql))
        for kind, name, tbl, sql in rows
        if not INTERNAL.match(name)
    }


@functools.lru_cache(maxsize=8)
def expected_master(applied: tuple[str, ...]) -> dict[str, Entry]:
    """``sqlite_master`` of a new database after exactly the migrations
    ``applied`` (which must be the first ones, in order)."""
    db = SqliteDatabase(":memory:")
    db.connect()
    try:
        if applied:
            schema.runner(db).up(target=applied[-1])
        return read_master(db)
    finally:
        db.close()


def schema_problems(db: Database, applied: Sequence[str]) -> list[str]:
    """Every difference between the open SQLite database ``db`` and what the
    program creates for ``applied``; empty when they are the same."""
    known = schema.migration_names()
    applied = tuple(applied)
    if applied != tuple(known[: len(applied)]):
        return [
            "riwayat migrasi tidak berurutan seperti yang dibuat Sambang: " + ", ".join(applied)
        ]
    expected = expected_master(applied)
    actual = read_master(db)
    problems: list[str] = []
    for name, want in expected.items():
        have = actual.get(name)
        if have is None:
            problems.append(f"{want.label} tidak ada")
        elif have.type != want.type:
            problems.append(f"{name} adalah {have.type}, seharusnya {want.type}")
        elif have.tbl_name != want.tbl_name or have.sql != want.sql:
            problems.append(f"{want.label} berbeda dari yang dibuat Sambang")
    for name, have in actual.items():
        if name not in expected:
            problems.append(f"{have.label} tambahan (tidak dibuat Sambang)")
    return problems
