"""``sambang check``: is a database whole? SQLite's integrity and foreign-key
checks, the schema version, and (SQLite) a schema exactly as the program
creates it (``schema_check``), read without changing anything."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from peewee import Database, DatabaseError, InterfaceError, OperationalError, SqliteDatabase

from sambang_tui.db import migrate as schema
from sambang_tui.db.database import (
    BUSY_TIMEOUT_S,
    DatabaseUnavailable,
    make_database,
    sqlite_file_state,
    sqlite_path,
)
from sambang_tui.services.admin.schema_check import schema_problems
from sambang_tui.services.core import file_modes
from sambang_tui.services.core.database_errors import describe_target, explain
from sambang_tui.services.core.errors import Msg

MAX_LISTED = 20


@dataclass
class CheckResult:
    target: str
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    schema_version: int | None = None
    code_version: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        head = "BAIK" if self.ok else "BERMASALAH"
        out = [f"Pemeriksaan {describe_target(self.target)}: {head}"]
        if self.schema_version is not None:
            out.append(f"  versi skema: {self.schema_version} (versi program: {self.code_version})")
        out.extend(f"  MASALAH: {p}" for p in self.problems)
        out.extend(f"  catatan: {n}" for n in self.notes)
        return out


def check_database(target: str, *, modes: bool = True) -> CheckResult:
    """Check ``target`` (path or URL) and report every problem found;
    ``modes``: also the owners and modes of a shared folder's files."""
    result = CheckResult(target, code_version=schema.code_version())
    path = sqlite_path(target)
    if path is not None:
        problem = file_problem(path)
        if problem:
            result.problems.append(str(problem))
            return result
        if modes:
            result.problems.extend(f"hak akses: {p}" for p in file_modes.problems(target))
    db = open_read_only(target)
    try:
        db.connect()
        if path is not None:
            _sqlite_checks(db, result)
        _schema_checks(db, result, sqlite=path is not None)
    except DatabaseUnavailable as exc:
        result.problems.append(str(exc))
    except (OperationalError, InterfaceError, DatabaseError, sqlite3.Error) as exc:
        result.problems.append(explain(target, exc))
    finally:
        db.close()
    return result


def open_read_only(target: str) -> Database:
    """A database object that reads ``target`` without changing it (no
    journal-mode switch, no writes) for checks of any file."""
    path = sqlite_path(target)
    if path is None:
        return make_database(target)
    return SqliteDatabase(str(path), timeout=BUSY_TIMEOUT_S, pragmas={"query_only": 1})


def file_problem(path: Path) -> Msg | None:
    """Why ``path`` cannot be a SQLite database, or None."""
    if not path.exists():
        return Msg("admin.err.no_file", path=path)
    if path.is_dir():
        return Msg("admin.err.is_folder", path=path)
    if path.stat().st_size == 0:
        return Msg("admin.err.not_sqlite", path=path)
    state = sqlite_file_state(path)
    if state == "unreadable":
        return Msg("admin.err.unreadable", path=path)
    if state == "not_sqlite":
        return Msg("admin.err.not_sqlite", path=path)
    return None


def _sqlite_checks(db: Database, result: CheckResult) -> None:
    rows = [r[0] for r in db.execute_sql("PRAGMA integrity_check").fetchall()]
    if rows != ["ok"]:
        result.problems.append(f"integrity_check: {len(rows)} kesalahan")
        result.problems.extend(f"integrity_check: {r}" for r in rows[:MAX_LISTED])
    fk = db.execute_sql("PRAGMA foreign_key_check").fetchall()
    if fk:
        result.problems.append(f"foreign_key_check: {len(fk)} baris merujuk data yang tidak ada")
        result.problems.extend(
            f"foreign_key_check: tabel {t} baris {rowid} -> {parent}"
            for t, rowid, parent, _ in fk[:MAX_LISTED]
        )


def _schema_checks(db: Database, result: CheckResult, sqlite: bool) -> None:
    tables = db.get_tables()
    if "schema_migration" not in tables:
        result.schema_version = 0
        if sqlite and tables:
            result.problems.append(
                "tidak ada riwayat skema (schema_migration), tetapi ada tabel: "
                + ", ".join(sorted(tables)[:MAX_LISTED])
            )
        else:
            result.notes.append("basis data kosong (belum ada skema); jalankan 'sambang migrate'.")
        return
    state = schema.status(db)
    result.schema_version = state.version
    if state.too_new:
        result.problems.append(
            "skema lebih baru daripada program ini (" + ", ".join(state.unknown) + "); "
            "perbarui Sambang."
        )
        return
    if sqlite:
        found = schema_problems(db, state.applied)
        result.problems.extend(f"skema: {p}" for p in found[:MAX_LISTED])
        if len(found) > MAX_LISTED:
            result.problems.append(f"skema: … dan {len(found) - MAX_LISTED} perbedaan lain")
    if state.pending:
        result.notes.append(
            f"{len(state.pending)} migrasi belum diterapkan; jalankan 'sambang migrate'."
        )
