"""Who may do the things that change who may do things: set up a station,
name an admin, restore a backup, write a demo over a database.

Root may do what an admin may (it can change the file anyway); so may the
owner of the database file while the station has no admin yet, which is how
a new station is set up (import the officers, make the first admin). An
identity taken from ``SAMBANG_USER`` on a demo database is never root; the
demo's file stays the process's own.
"""

from __future__ import annotations

import os
from pathlib import Path

from peewee import Database, PostgresqlDatabase, SqliteDatabase

from sambang_tui.db.models import Officer, database_proxy
from sambang_tui.services.core.errors import Msg, PermissionDenied
from sambang_tui.services.core.identity import Person

SETUP_WHO = "root atau pemilik berkas basis data (selama Polsek belum punya admin)"


def file_owner(path: Path) -> int | None:
    """The uid owning ``path`` (following no symlink), or None if missing."""
    try:
        return os.lstat(path).st_uid
    except OSError:
        return None


def owns_file(person: Person, path: Path) -> bool:
    return person.uid is not None and file_owner(path) == person.uid


def owns_database(person: Person, db: Database | None = None) -> bool:
    """Whether ``person`` owns the bound database: the SQLite file's owner, or
    on PostgreSQL a session that owns the database (issue 12 refines this)."""
    db = db or database_proxy.obj
    if person.uid is None or db is None:
        return False
    if isinstance(db, SqliteDatabase):
        name = db.database
        return name not in ("", ":memory:") and owns_file(person, Path(name))
    if isinstance(db, PostgresqlDatabase):
        row = db.execute_sql(
            "SELECT pg_catalog.pg_get_userbyid(datdba) = session_user "
            "FROM pg_catalog.pg_database WHERE datname = current_database()"
        ).fetchone()
        return bool(row and row[0])
    return False


def station_has_admin() -> bool:
    return Officer.select().where((Officer.is_admin == True) & (Officer.active == True)).exists()  # noqa: E712


def acts_as_admin(person: Person, officer: Officer | None) -> bool:
    """Whether ``person`` (mapped to ``officer`` or to none) has an admin's
    rights on the bound database."""
    if officer is not None and officer.is_admin and officer.active:
        return True
    if person.is_root:
        return True
    return not station_has_admin() and owns_database(person)


def require_root_or_owner(person: Person, path: Path, what: str) -> None:
    """For a database that cannot be opened (so no admin can be looked up):
    root or the owner of the file (of its folder when the file is missing)."""
    if person.is_root:
        return
    probe = path if path.exists() else path.parent
    if owns_file(person, probe):
        return
    raise PermissionDenied("core.err.root_or_owner", path=path, what=Msg(what), login=person.login)
