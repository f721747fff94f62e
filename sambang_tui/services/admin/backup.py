"""Backups and restores of the SQLite file, through SQLite's online backup
API (``sqlite3.Connection.backup``): consistent while other desks write,
never a copy of a live file. PostgreSQL is backed up with ``pg_dump``."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from sambang_tui.db import migrate as schema
from sambang_tui.db.database import BUSY_TIMEOUT_S, sqlite_path
from sambang_tui.services.admin.check import check_database, file_problem, open_read_only
from sambang_tui.services.core import clock, file_modes
from sambang_tui.services.core.errors import ServiceError

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
        raise ServiceError("admin.err.pg_backup_hint")
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
    file_modes.settle(
        dest
    )  # SQLite makes new files 0644 minus the umask: group rw in a shared folder


def backup(target: str, dest: str | Path | None = None, *, label: str = "") -> Path:
    """Back up the SQLite database at ``target``.

    ``dest`` may be a folder (a timestamped file is made in it) or a file
    name (refused if it exists). Default: ``backups/`` beside the database,
    ``sambang-YYYYmmdd-HHMMSS.db``.
    """
    src = require_sqlite(target)
    problem = file_problem(src)
    if problem:
        raise ServiceError(problem.key, **problem.params)
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
            raise ServiceError("admin.err.dest_exists", path=dest)
        else:
            if not dest.parent.is_dir():
                raise ServiceError("admin.err.no_folder", path=dest.parent)
            out = dest
    try:
        online_copy(src, out)
    except sqlite3.Error as exc:
        out.unlink(missing_ok=True)
        raise ServiceError("admin.err.backup_failed", reason=exc) from None
    return out


def verify_restorable(src: Path) -> None:
    """Refuse a file that fails the checks: integrity, foreign keys, a schema
    exactly as the program creates it (``schema_check``), not newer."""
    result = check_database(str(src), modes=False)
    if not result.ok:
        raise ServiceError(
            "admin.err.not_restorable", path=src, problems="; ".join(result.problems)
        )
    db = open_read_only(str(src))
    try:
        db.connect()
        if "schema_migration" not in db.get_tables():
            raise ServiceError("admin.err.not_sambang", path=src)
        schema.ensure_not_too_new(schema.status(db))
    finally:
        db.close()


def require_restore_rights(target: str) -> str:
    """Restore is an admin's; when the current database cannot be opened (so
    nobody can be looked up in it), root's or the file owner's. Returns the
    login that restores."""
    from sambang_tui.db.database import DatabaseUnavailable
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core import identity
    from sambang_tui.services.core.authority import require_root_or_owner

    path = require_sqlite(target)
    try:
        runtime.connect(target, create=False, migrate=False)
    except DatabaseUnavailable:
        require_root_or_owner(identity.real_person(), path, "core.do.restore")
        return identity.real_person().login
    try:
        actor = runtime.actor_for()
        actor.require_admin("core.do.restore_db")
        return actor.os_user
    finally:
        runtime.close()


def _opens(path: Path) -> bool:
    """Whether the current file is a database SQLite can read: what
    ``file_problem`` finds nothing against, and whose catalogue reads (a file
    with a valid header may still be damaged past it)."""
    if file_problem(path):
        return False
    try:
        with closing(
            sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
        ) as c:
            c.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        return False
    return True


def restore(target: str, src: str | Path) -> RestoreResult:
    """Replace the database at ``target`` with the backup ``src``, for who
    may (``require_restore_rights``).

    The backup is checked first; a refused one changes nothing. A readable
    current database is saved (``…-sebelum-restore.db``) and then written
    over through the backup API in one transaction: other desks see the old
    or the new database, never half, and a failure (disk full) leaves the old
    one. An unreadable current file is kept as ``…-rusak.db``; the restored
    file is written beside it and moved into place, with the old file's
    owner and group (or the shared folder's) so no desk loses access.
    """
    path = require_sqlite(target)
    source = Path(src).expanduser()
    login = require_restore_rights(target)
    verify_restorable(source)
    if path.exists() and source.resolve() == path.resolve():
        raise ServiceError("admin.err.restore_same_file")
    if _opens(path):
        safety = backup(target, label="sebelum-restore")
        try:
            with (
                closing(sqlite3.connect(str(source), timeout=BUSY_TIMEOUT_S)) as reader,
                closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)) as writer,
            ):
                reader.backup(writer)
                writer.execute("PRAGMA journal_mode=WAL")
                record_restore(writer, login, source, safety)
        except sqlite3.Error as exc:
            raise ServiceError("admin.err.restore_failed", reason=exc, path=path) from None
        return RestoreResult(source, path, safety)
    kept = _replace_unreadable(path, source)
    with closing(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)) as writer:
        record_restore(writer, login, source, kept)
    return RestoreResult(source, path, kept)


RESTORED_KEY = "restored_at"  # the ``setting`` a running app watches (``restored_marker``)


def record_restore(db: sqlite3.Connection, login: str, source: Path, safety: Path | None) -> None:
    """Write into the restored database what happened to it: an audit event
    (who, when, from which file, where the database before it was kept) and
    the ``restored_at`` mark by which a running app sees it was restored
    under it. The restored file's own trail ends before the restore: without
    this, nothing in it said it had been replaced."""
    when = clock.wall_now()
    new = json.dumps(
        {"dari": str(source.resolve()), "cadangan_pengaman": str(safety) if safety else None},
        ensure_ascii=False,
    )
    columns = {row[1] for row in db.execute('PRAGMA table_info("audit_event")')}
    values = {
        "at": when.isoformat(" "),
        "os_user": login,
        "station_id": None,
        "action": "restore",
        "table": "database",
        "row_id": None,
        "old": None,
        "new": new,
        "uid": uuid.uuid4().hex,
    }
    values = {k: v for k, v in values.items() if k in columns}
    names = ", ".join(f'"{k}"' for k in values)
    marks = ", ".join("?" for _ in values)
    with db:
        db.execute(f"INSERT INTO audit_event ({names}) VALUES ({marks})", tuple(values.values()))
        db.execute(
            "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
            (RESTORED_KEY, f"{when.isoformat(' ')} {uuid.uuid4().hex[:8]}"),
        )


def restorable(target: str) -> bool:
    """Whether ``sambang restore`` can replace ``target`` (a SQLite file)."""
    return sqlite_path(target) is not None


def restored_marker() -> str:
    """The bound database's ``restored_at`` mark ('' if never restored)."""
    from sambang_tui.db.models import Setting

    row = Setting.get_or_none(Setting.key == RESTORED_KEY)
    return row.value if row is not None else ""


def others_have_open(target: str) -> bool | None:
    """Whether another process has the SQLite database open (a desk with the
    app, a CLI command): every connection in WAL mode holds a shared lock on
    the WAL index's "DMS" byte (offset 128 of the ``-shm`` file). None when
    it cannot be told. Asked with an open-file-description lock *query*, so
    it takes no lock; call it before this process opens the database (closing
    any descriptor of a file drops the process's POSIX locks on it)."""
    import fcntl
    import struct

    path = sqlite_path(target)
    getlk = getattr(fcntl, "F_OFD_GETLK", None)
    if path is None or getlk is None:
        return None
    shm = path.with_name(path.name + "-shm")
    try:
        fd = os.open(shm, os.O_RDONLY)
    except FileNotFoundError:
        return False
    except OSError:
        return None
    try:
        probe = struct.pack("hhqqi4x", fcntl.F_WRLCK, os.SEEK_SET, 128, 1, 0)
        answer = fcntl.fcntl(fd, getlk, probe)
        kind: int = struct.unpack("hhqqi4x", answer)[0]
        return kind != fcntl.F_UNLCK
    except OSError:
        return None
    finally:
        os.close(fd)


def _replace_unreadable(path: Path, source: Path) -> Path | None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.restore-{os.getpid()}")
    try:
        tmp.unlink(missing_ok=True)
        online_copy(source, tmp)
        file_modes.settle(tmp, like=path if path.exists() else None)
        safety = None
        if path.exists():
            folder = default_backup_dir(str(path))
            folder.mkdir(parents=True, exist_ok=True)
            safety = _free_name(folder, PREFIX + stamp() + "-rusak")
            shutil.copyfile(path, safety)
        for suffix in ("-wal", "-shm"):  # the broken file's: never to be read with the new one
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        raise ServiceError("admin.err.restore_not_replaced", reason=exc, path=path) from None
    finally:
        tmp.unlink(missing_ok=True)
    return safety


def prune(folder: Path, label: str, keep: int) -> None:
    """Keep only the newest ``keep`` backups in ``folder`` made with ``label``."""
    made = sorted(folder.glob(f"{PREFIX}*-{label}*.db"), key=lambda p: p.stat().st_mtime)
    for old in made[:-keep] if keep > 0 else made:
        old.unlink(missing_ok=True)


def pg_dump_file(target: str, label: str) -> Path:
    """A ``pg_dump -Fc`` of the PostgreSQL database ``target`` into
    ``backups/`` of the data folder (a safety copy before a destructive
    command); ``ServiceError`` when no ``pg_dump`` can be run."""
    from sambang_tui.config import data_dir

    exe = shutil.which("pg_dump") or next(
        (str(p) for p in sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_dump"), reverse=True)),
        None,
    )
    if exe is None:
        raise ServiceError("admin.err.no_pg_dump")
    folder = data_dir() / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{PREFIX}{stamp()}-{label}.dump"
    proc = subprocess.run(
        [exe, "-Fc", "-f", str(out), "--dbname", target],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0:
        out.unlink(missing_ok=True)
        lines = proc.stderr.strip().splitlines()
        raise ServiceError(
            "admin.err.pg_dump_failed", reason=lines[-1] if lines else f"exit {proc.returncode}"
        )
    return out


def list_backups(target: str) -> list[Path]:
    folder = default_backup_dir(target)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.db"))
