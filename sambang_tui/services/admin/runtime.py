"""Opening a database for the app or the CLI: connect, check, migrate, seed
what every database needs, and say clearly what is wrong when it cannot."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from peewee import ConnectionContext, Database, DatabaseError, InterfaceError, OperationalError

from sambang_tui.db import migrate as schema
from sambang_tui.db.database import (
    DatabaseUnavailable as DatabaseUnavailable,  # the UI's to catch (it imports no db)
)
from sambang_tui.db.database import (
    bind,
    make_database,
    sqlite_path,
)
from sambang_tui.db.models import ActivityType, Officer, Station, database_proxy
from sambang_tui.db.vocab import DEFAULT_ACTIVITY_TYPES
from sambang_tui.services.admin.check import file_problem
from sambang_tui.services.core import file_modes, identity
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.authority import acts_as_admin
from sambang_tui.services.core.database_errors import explain
from sambang_tui.services.core.store import write
from sambang_tui.services.master.people import rank_name

DEFAULT_STATION = "Polsek"


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.exists():
        # an empty file is a database SQLite has yet to write (``file_problem`` refuses it)
        problem = file_problem(path) if path.is_dir() or path.stat().st_size else None
        if problem is not None and problem.key == "admin.err.not_sqlite":
            raise DatabaseUnavailable(f"{problem} Pulihkan dari cadangan dengan 'sambang restore'.")
        if problem is not None:
            raise DatabaseUnavailable(str(problem))
        return
    if not create:
        raise DatabaseUnavailable(f"Berkas basis data {path} tidak ada.")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseUnavailable(
            f"Folder {path.parent} tidak dapat dibuat ({exc.strerror}). "
            "Periksa path --db / SAMBANG_DB dan hak aksesnya."
        ) from None


def connect(
    target: str, *, create: bool = True, migrate: bool = True, announce: bool = True
) -> Database:
    """Open, bind and (by default) migrate the database at ``target``;
    ``announce``: say at once that SAMBANG_USER/SAMBANG_TODAY are ignored on
    it (not for a demo about to be written).

    Every failure becomes ``DatabaseUnavailable`` with a message that says
    what is wrong and how to fix it.
    """
    path = sqlite_path(target)
    if path is not None:
        _check_sqlite_file(path, create)
    db = make_database(target)
    try:
        db.connect(reuse_if_open=True)
        bind(db)
        if migrate:
            schema.migrate(db)
            ensure_defaults()
            if path is not None:
                _probe_writable(db)
        else:
            schema.ensure_not_too_new(schema.status(db))
        identity.adopt(identity.is_demo_database(), announce)
        if path is not None:
            from sambang_tui.config import data_dir

            file_modes.tighten_personal(target, data_dir())
    except DatabaseUnavailable:
        db.close()
        raise
    except (OperationalError, InterfaceError, DatabaseError, sqlite3.Error) as exc:
        db.close()
        raise DatabaseUnavailable(explain(target, exc)) from None
    return db


def _probe_writable(db: Database) -> None:
    """SQLite opens a file it may not write read-only without a word, and
    the first save would fail: try a write (rolled back) to say so now."""
    db.execute_sql("BEGIN IMMEDIATE")
    try:
        version = db.execute_sql("PRAGMA user_version").fetchone()[0]
        db.execute_sql(f"PRAGMA user_version = {int(version)}")
    finally:
        with contextlib.suppress(OperationalError, sqlite3.OperationalError):
            db.execute_sql("ROLLBACK")  # SQLite may have ended it after the error


def ensure_defaults() -> None:
    """Seed the activity types and one station if the database has none."""

    def seed() -> None:
        if not ActivityType.select().exists():
            for sort, (code, name, kind) in enumerate(DEFAULT_ACTIVITY_TYPES):
                ActivityType.create(code=code, name=name, form_kind=kind, sort=sort)
        if not Station.select().exists():
            Station.create(name=DEFAULT_STATION)

    if ActivityType.select().exists() and Station.select().exists():
        return
    write(seed)


def station_for(name: str = "") -> Station:
    """The configured station by name, else the first one."""
    if name:
        found = Station.get_or_none(Station.name == name)
        if found is None:
            raise DatabaseUnavailable(f"Polsek '{name}' tidak ada di basis data ini.")
        return found
    station = Station.select().order_by(Station.id).get_or_none()
    if station is None:
        raise DatabaseUnavailable(
            "Basis data belum berisi data Polsek; jalankan 'sambang migrate'."
        )
    return station


def actor_for(os_user: str | None = None, station_name: str = "") -> Actor:
    """The actor for the person acting on the bound database (``os_user``
    names another login: for tests and tools, never from the environment).

    A login mapped to no officer is read-only, unless it has an admin's
    rights anyway (root; the database file's owner while the station has no
    admin yet: see ``services.core.authority``)."""
    person = (
        identity.person()
        if os_user is None
        else identity.Person(os_user, os.getuid(), acting_as=True)
    )
    station = station_for(station_name)
    officer = Officer.get_or_none(
        (Officer.os_user == person.login) & (Officer.active == True)  # noqa: E712
    )
    is_admin = acts_as_admin(person, officer)
    if officer is not None:
        return Actor(
            os_user=person.login,
            station_id=officer.station_id,
            officer_id=officer.id,
            officer_name=rank_name(officer.rank, officer.name),
            role=officer.role,
            is_admin=is_admin,
        )
    return Actor(os_user=person.login, station_id=station.id, is_admin=is_admin)


def close() -> None:
    obj = database_proxy.obj
    if obj is not None and not obj.is_closed():
        obj.close()
    identity.forget()


def session() -> ConnectionContext:
    """A connection context for one unit of work on the current thread; every
    UI worker wraps its database calls in one."""
    return database_proxy.connection_context()
