"""Who is acting, decided once per database, never by an environment variable
on a station's data.

The login is the passwd entry of the process's real user id
(``os.getuid()``); ``getpass.getuser()`` reads ``LOGNAME``/``USER`` first and
is not used. ``SAMBANG_USER`` (act as another login) and ``SAMBANG_TODAY``
(another date) are honoured only while the open database is one that
``sambang demo`` (or a test fixture) marked as a demo; on any other database
they are ignored with a one-line warning. Before any database is open they
apply (there is nothing to protect yet: ``sambang parse``, building a demo).

``login_for_database`` is the one place that decides the login for a given
database. On PostgreSQL the login will come from the session
(``session_user``, issue 12); until then it is the OS login there too.
"""

from __future__ import annotations

import os
import pwd
import sys
from collections.abc import Callable
from dataclasses import dataclass

from peewee import Database, PostgresqlDatabase

from sambang_tui.db.models import Setting, database_proxy
from sambang_tui.db.pg import session as pg_session

USER_VAR = "SAMBANG_USER"
TODAY_VAR = "SAMBANG_TODAY"
OVERRIDES = (USER_VAR, TODAY_VAR)
DEMO_KEY = "demo"

# None: no database open in this process; True/False: the open one is/is not a demo
_demo: bool | None = None
_warned = False


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


warn: Callable[[str], None] = _stderr


@dataclass(frozen=True)
class Person:
    """The login acting and the uid of the process acting for it. With
    ``acting_as`` (``SAMBANG_USER`` on a demo) the login is another's: such a
    person is never root, though the files stay the process's own."""

    login: str
    uid: int | None
    acting_as: bool = False
    superuser: bool = False  # a PostgreSQL superuser session on a station server

    @property
    def is_root(self) -> bool:
        return self.superuser or (self.uid == 0 and not self.acting_as)


def os_login() -> str:
    """The login of the real user id, from the passwd database."""
    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a uid with no passwd entry (containers): its number
        return str(uid)


def real_person() -> Person:
    """The OS user running this process, whatever the environment says."""
    return Person(os_login(), os.getuid())


def env_value(name: str) -> str | None:
    """``name`` from the environment when overrides apply (a demo database,
    or none open yet), else None — and the first time one is refused on the
    open database, a one-line warning naming what was ignored."""
    value = os.environ.get(name, "").strip()
    if not value:
        return None
    if _demo is False:
        _warn_refused()
        return None
    return value


def _warn_refused() -> None:
    """Say once per process what the open database ignores, if anything."""
    global _warned
    message = refused_message()
    if message and not _warned:
        _warned = True
        warn(f"sambang: {message}")


def refused_message() -> str | None:
    """What is ignored on the open (station's) database, or None."""
    ignored = [n for n in OVERRIDES if os.environ.get(n, "").strip()]
    if _demo is not False or not ignored:
        return None
    return (
        f"{', '.join(ignored)} diabaikan: hanya berlaku pada basis data demo "
        f"(yang bertindak: {os_login()})."
    )


def person() -> Person:
    """Who is acting on the open database."""
    return person_for_database(database_proxy.obj)


def person_for_database(db: Database | None) -> Person:
    """The one seam that decides the login for ``db``.

    On a PostgreSQL station server (``sambang server init``) it is the
    session's login, ``session_user``, whatever the environment says: the
    database knows who connected (peer authentication: the OS login) and
    enforces the roles itself; a superuser session may what root may.
    Elsewhere it is the OS login (or, on a demo, ``SAMBANG_USER``)."""
    if isinstance(db, PostgresqlDatabase) and pg_session.managed(db):
        login, superuser = pg_session.session_user(db)
        return Person(login, None, superuser=superuser)
    override = env_value(USER_VAR)
    if override:
        return Person(override, os.getuid(), acting_as=True)
    return real_person()


def login_for_database(db: Database | None) -> str:
    return person_for_database(db).login


def current_login() -> str:
    return person().login


# --- the demo marker --------------------------------------------------------


def is_demo_database() -> bool:
    """Whether the bound database carries the demo marker (False when the
    schema predates the marker, and on a station server: there the database
    decides who acts and when, never the environment)."""
    if pg_session.managed():
        return False
    if not Setting.table_exists():  # type: ignore[no-untyped-call]  # untyped in the stubs
        return False
    row = Setting.get_or_none(Setting.key == DEMO_KEY)
    return row is not None and row.value == "1"


def mark_demo() -> None:
    """Mark the bound database as a demo (``sambang demo``, test fixtures)."""
    Setting.insert(key=DEMO_KEY, value="1").on_conflict(
        conflict_target=[Setting.key], update={Setting.value: "1"}
    ).execute()
    adopt(True)


def adopt(demo: bool, announce: bool = True) -> None:
    """The process now works on a database that is (or is not) a demo; on one
    that is not, an ignored ``SAMBANG_USER``/``SAMBANG_TODAY`` is said at
    once (one line per process), whatever the command goes on to read: on a
    station server the login comes from the session and the environment is
    never even asked, so a lazy warning never came."""
    global _demo, _warned
    _demo = demo
    if demo:
        _warned = False
    elif announce:
        _warn_refused()


def forget() -> None:
    """No database is open any more."""
    global _demo
    _demo = None


def overrides_apply() -> bool:
    return _demo is not False
