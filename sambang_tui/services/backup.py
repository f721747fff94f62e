"""Backups and restores of the SQLite file, through SQLite's online backup
API (``sqlite3.Connection.backup``): consistent while other desks write,
never a copy of a live file. PostgreSQL is backed up with ``pg_dump``."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sambang_tui.db import migrate as schema
from sambang_tui.db.database import BUSY_TIMEOUT_S, sqlite_path
from sambang_tui.services import clock
from sambang_tui.services.check import check_database, file_problem, open_read_only
from sambang_tui.services.errors import ServiceError

BACKUP_DIR = "backups"
PREFIX = "sambang-"


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    target: Path
    safety_backup: Path | None


def require_sqlite(target: str) -> Path:
    path = sqlite_path(target)
    if path is None:
        raise ServiceError(
            "Cadangan PostgreSQL dibuat dengan pg_dump, misalnya: "
            "pg_dump -Fc 'postgresql://…' > sambang.dump (pulihkan dengan pg_restore)."
        )
    return path


def default_backup_dir(target: str) -> Path:
    """``backups/`` beside the database file."""
    return require_sqlite(target).parent / BACKUP_DIR


def stamp() -> str:
    return clock.now().strftime("%Y%m%d-%H%M%S")


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.db"
    n = 1
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.db"
        n += 1
    return candidate


def online_copy(src: Path, dest: Path) -> None:
    """Copy the database at ``src`` into ``dest`` through the backup API and
    leave ``dest`` a self-contained file (rollback journal, not WAL)."""
    with (
        closing(sqlite3.connect(str(src), timeout=BUSY_TIMEOUT_S)) as source,
        closing(sqlite3.connect(str(dest), timeout=BUSY_TIMEOUT_S)) as target,
    ):
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")


def backup(target: str, dest: str | Path | None = None, *, label: str = "") -> Path:
    """Back up the SQLite database at ``target``.

    ``dest`` may be a folder (a timestamped file is made in it) or a file
    name (refused if it exists). Default: ``backups/`` beside the database,
    ``sambang-YYYYmmdd-HHMMSS.db``.
    """
    src = require_sqlite(target)
    problem = file_problem(src)
    if problem:
        raise ServiceError(problem)
    stem = PREFIX + stamp() + (f"-{label}" if label else "")
    if dest is None:
        folder = default_backup_dir(target)
        folder.mkdir(parents=True, exist_ok=True)
        out = _free_name(folder, stem)
    else:
        dest = Path(dest).expanduser()
        if dest.is_dir():
            out = _free_name(dest, stem)
        elif dest.exists():
            raise ServiceError(f"Berkas {dest} sudah ada; pilih nama lain atau sebuah folder.")
        else:
            if not dest.parent.is_dir():
                raise ServiceError(f"Folder {dest.parent} tidak ada.")
            out = dest
    try:
        online_copy(src, out)
    except sqlite3.Error as exc:
        out.unlink(missing_ok=True)
        raise ServiceError(f"Cadangan gagal: {exc}") from None
    return out


def verify_restorable(src: Path) -> None:
    """Refuse a file that fails the checks or has a newer schema."""
    result = check_database(str(src))
    if not result.ok:
        raise ServiceError(f"Berkas {src} tidak dapat dipulihkan: " + "; ".join(result.problems))
    db = open_read_only(str(src))
    try:
        db.connect()
        if "schema_migration" not in db.get_tables():
            raise ServiceError(f"Berkas {src} bukan basis data Sambang (tidak ada skema).")
        schema.ensure_not_too_new(schema.status(db))
    finally:
        db.close()


def restore(target: str, src: str | Path) -> RestoreResult:
    """Replace the database at ``target`` with the backup ``src``.

    The current file is first backed up (``…-sebelum-restore.db``); the
    content is then written through the backup API, so other processes see
    either the old or the new database, never a half-copied file.
    """
    path = require_sqlite(target)
    source = Path(src).expanduser()
    verify_restorable(source)
    if source.resolve() == path.resolve():
        raise ServiceError("Berkas cadangan sama dengan basis data yang sedang dipakai.")
    safety = None
    if path.exists() and path.stat().st_size > 0 and file_problem(path) is None:
        safety = backup(target, label="sebelum-restore")
    elif path.exists():
        folder = default_backup_dir(target)
        folder.mkdir(parents=True, exist_ok=True)
        safety = _free_name(folder, PREFIX + stamp() + "-rusak")
        path.replace(safety)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    with (
        closing(sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_S)) as reader,
        closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)) as writer,
    ):
        reader.backup(writer)
        writer.execute("PRAGMA journal_mode=WAL")
    return RestoreResult(source, path, safety)


def list_backups(target: str) -> list[Path]:
    folder = default_backup_dir(target)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"))
