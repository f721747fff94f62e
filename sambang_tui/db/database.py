"""Opening the database named by a path or URL, and running writes safely.

SQLite is set up for several desks on one file: WAL, foreign keys, a long busy
timeout, ``synchronous=FULL`` and ``BEGIN IMMEDIATE`` for every transaction, so
a read-then-write never dies on a lock upgrade. PostgreSQL is reached by URL.
"""

from __future__ import annotations

import functools
import random
import sqlite3
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TypeVar

from peewee import Database, OperationalError, PostgresqlDatabase, SqliteDatabase

from sambang_tui.db.models import database_proxy

T = TypeVar("T")

BUSY_TIMEOUT_S = 15
SQLITE_PRAGMAS: dict[str, object] = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,
    "busy_timeout": BUSY_TIMEOUT_S * 1000,
    "cache_size": -16000,
}


class DatabaseUnavailable(Exception):
    """The database cannot be opened; the message says why and what to do."""


def is_url(target: str) -> bool:
    return "://" in target


def sqlite_path(target: str) -> Path | None:
    """The file behind a SQLite path or ``sqlite:///`` URL, else None."""
    if not is_url(target):
        return Path(target).expanduser()
    if target.startswith("sqlite:///"):
        return Path(target[len("sqlite:///") :]).expanduser()
    return None


def sqlite_file_state(path: Path) -> str:
    """``"ok"``, ``"not_sqlite"`` or ``"unreadable"``: what SQLite itself finds in ``path``.

    A database file is never opened with Python's ``open``: closing any
    descriptor of a file drops every POSIX lock this process holds on it, and
    the next process to close a connection there then believes it was the
    last and deletes the WAL under our open connection (the writes that follow
    are lost). SQLite keeps its own descriptors open while locks are held.
    """
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S)) as con:
            con.execute("PRAGMA schema_version").fetchone()
    except sqlite3.OperationalError as exc:
        return "ok" if "locked" in str(exc) or "busy" in str(exc) else "unreadable"
    except sqlite3.DatabaseError:
        return "not_sqlite"
    return "ok"


def make_database(target: str) -> Database:
    """Build (not connect) the database object for a path or URL."""
    path = sqlite_path(target)
    if path is not None:
        return SqliteDatabase(
            str(path),
            pragmas=SQLITE_PRAGMAS,
            timeout=BUSY_TIMEOUT_S,
            lock_type="IMMEDIATE",
            check_same_thread=False,
        )
    if target.startswith(("postgres://", "postgresql://")):
        from playhouse.db_url import parse as parse_url  # PostgreSQL only: not at every start

        params = parse_url(target)
        name = params.pop("database")
        params.setdefault("connect_timeout", 5)
        return PostgresqlDatabase(name, **params)
    scheme = target.split("://", 1)[0]
    raise DatabaseUnavailable(
        f"Jenis basis data '{scheme}' tidak didukung; gunakan path berkas, "
        "sqlite:///… atau postgresql://…"
    )


def bind(db: Database) -> Database:
    database_proxy.initialize(db)
    return db


def is_busy(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database is locked" in text or "database is busy" in text


def retry_busy(fn: Callable[..., T], attempts: int = 5) -> Callable[..., T]:
    """Run ``fn`` again after a short random pause when SQLite says busy.

    The busy timeout already waits for most locks; this covers the rare
    SQLITE_BUSY that SQLite returns at once (e.g. a WAL snapshot conflict).
    """

    @functools.wraps(fn)
    def wrapper(*args: object, **kwargs: object) -> T:
        for attempt in range(attempts):
            try:
                return fn(*args, **kwargs)
            except (OperationalError, sqlite3.OperationalError) as exc:
                if not is_busy(exc) or attempt == attempts - 1:
                    raise
                time.sleep(0.05 * (attempt + 1) + random.random() * 0.05)
        raise AssertionError("unreachable")

    return wrapper


def is_sqlite(db: Database | None = None) -> bool:
    return isinstance(db or database_proxy.obj, SqliteDatabase)
