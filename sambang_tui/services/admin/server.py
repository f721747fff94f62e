"""The station server on PostgreSQL: prepare a database so that it enforces
the roles itself (``sambang server init``), find drift (``--check``), keep
login roles in step with the officers (``sambang server sync``) and name
read-only logins (``sambang server reader``).

Preparing and checking need a PostgreSQL superuser (on Debian:
``runuser -u postgres -- sambang server init``); syncing needs an admin.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from peewee import Database, OperationalError, PostgresqlDatabase
from playhouse.db_url import parse as parse_url
from playhouse.migrations import Runner

from sambang_tui.db import migrate as schema
from sambang_tui.db.database import bind, is_url, make_database
from sambang_tui.db.models import Station
from sambang_tui.db.pg import apply, session
from sambang_tui.db.pg.rules import SCHEMA, Names, hba_line, ident
from sambang_tui.services.core import store
from sambang_tui.services.core.errors import NotFound, PermissionDenied, ServiceError

SUPERUSER_HINT = "runuser -u postgres -- sambang server init --db {url}"


@dataclass
class InitResult:
    target: str
    database: str
    created_database: bool = False
    migrations: list[str] = field(default_factory=list)
    changes: list[apply.Drift] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    schema_version: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created_database or self.migrations or self.changes or self.logins)

    @property
    def hba_line(self) -> str:
        return hba_line(self.database)

    @property
    def profile_line(self) -> str:
        return f"export SAMBANG_DB={desk_url(self.target)}"

    def summary(self) -> str:
        """``12 kebijakan, 20 pemicu, …`` counted by kind."""
        counts = Counter(d.item.kind for d in self.changes)
        return ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items()))


@dataclass
class ServerCheck:
    target: str
    problems: list[str] = field(default_factory=list)
    schema_version: int | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def require_postgres(target: str) -> dict[str, object]:
    if not target.startswith(("postgres://", "postgresql://")):
        raise ServiceError("admin.err.server_needs_pg")
    parts: dict[str, object] = parse_url(target)
    return parts


def desk_url(target: str) -> str:
    """The URL desks use: the target without its user and password, so each
    desk connects as its own OS login."""
    if not is_url(target):
        return target
    scheme, rest = target.split("://", 1)
    if "@" in rest.split("/", 1)[0]:
        rest = rest.split("@", 1)[1]
    return f"{scheme}://{rest}"


def _connect(target: str) -> Database:
    db = make_database(target)
    db.connect(reuse_if_open=True)
    return db


def _superuser_or_refuse(db: Database, target: str) -> None:
    login, superuser = session.session_user(db)
    if not superuser:
        raise PermissionDenied(
            "admin.err.superuser_only",
            login=login,
            hint=SUPERUSER_HINT.format(url=desk_url(target)),
        )


def _missing_database(exc: BaseException) -> bool:
    return "does not exist" in str(exc) and "database" in str(exc)


def _create_database(target: str, name: str) -> None:
    params = dict(parse_url(target))
    params.pop("database", None)
    params.setdefault("connect_timeout", 5)
    maintenance = PostgresqlDatabase("postgres", **params)
    maintenance.connect()
    try:
        maintenance.execute_sql(f"CREATE DATABASE {ident(name)}")
    finally:
        maintenance.close()


def _owner_clash(db: Database, names: Names) -> str | None:
    """The database another Sambang database's roles already belong to,
    when two database names fold to the same role names."""
    row = db.execute_sql(
        "SELECT pg_catalog.shobj_description(oid, 'pg_authid') FROM pg_catalog.pg_roles "
        "WHERE rolname = %s",
        (names.owner,),
    ).fetchone()
    if not row or not row[0]:
        return None
    mine = f"Sambang: pemilik basis data {names.database}"
    return None if row[0] == mine else row[0]


def _apply_pending(db: Database) -> list[str]:
    """The program's pending migrations, as the session's current role."""
    schema.ensure_not_too_new(schema.status(db))
    return list(Runner(db, str(schema.MIGRATIONS_DIR)).up())


def init_server(target: str) -> InitResult:
    """Create or upgrade the schema and bring roles, grants, policies and
    triggers to what the rules say; a second run changes nothing."""
    params = require_postgres(target)
    name = str(params["database"])
    result = InitResult(target, name)
    try:
        db = _connect(target)
    except OperationalError as exc:
        if not _missing_database(exc):
            raise
        _create_database(target, name)
        result.created_database = True
        db = _connect(target)
    try:
        _superuser_or_refuse(db, target)
        names = Names.for_database(name)
        clash = _owner_clash(db, names)
        if clash:
            raise ServiceError("admin.err.role_taken", role=names.owner, other=clash)
        bind(db)
        before = apply.fingerprint(db, names)
        with db.atomic() as tx:
            result.migrations = apply.migrate_as_owner(db, names, _apply_pending)
            from sambang_tui.services.admin import runtime

            db.execute_sql(f"SET LOCAL ROLE {ident(names.owner)}")
            runtime.ensure_defaults()
            db.execute_sql("RESET ROLE")
            apply.converge(db, names)
            result.changes = apply.diff(before, apply.fingerprint(db, names))
            if not result.changes and not result.migrations and not result.created_database:
                tx.rollback()
        session.forget(db)
        result.logins = sync_all(db)
        result.schema_version = schema.status(db).version
    finally:
        db.close()
    return result


def check_server(target: str) -> ServerCheck:
    """Everything that differs from what ``init_server`` would make; nothing
    is changed (the comparison runs in a transaction that is rolled back)."""
    params = require_postgres(target)
    name = str(params["database"])
    result = ServerCheck(target)
    try:
        db = _connect(target)
    except OperationalError as exc:
        if _missing_database(exc):
            result.problems.append(f"basis data {name} belum ada: jalankan 'sambang server init'.")
            return result
        raise
    try:
        _superuser_or_refuse(db, target)
        names = Names.for_database(name)
        state = schema.status(db)
        result.schema_version = state.version
        if not apply.is_managed(db):
            result.problems.append(
                "basis data belum disiapkan sebagai server Polsek: jalankan 'sambang server init'."
            )
        if state.pending:
            result.problems.append(
                "skema perlu diperbarui (" + ", ".join(state.pending) + "): 'sambang server init'."
            )
        for table in apply.unknown_tables(db):
            result.problems.append(
                f"tabel {table} tidak dikenal aturan server: hanya pemiliknya yang dapat membacanya."
            )
        before = apply.fingerprint(db, names)
        with db.atomic() as tx:
            apply.converge(db, names)
            after = apply.fingerprint(db, names)
            tx.rollback()
        result.problems.extend(d.describe() for d in apply.diff(before, after))
        if apply.is_managed(db):
            for login in apply.login_states(db, names):
                if not login.ok:
                    result.problems.append(_login_problem(login))
    finally:
        db.close()
    return result


def _login_problem(state: apply.LoginState) -> str:
    wanted = ", ".join(state.wanted) or "tidak ada grup"
    actual = ", ".join(state.actual) or "tidak ada grup"
    if state.wanted and not state.exists:
        return f"login {state.login}: peran PostgreSQL belum ada (seharusnya {wanted}): 'sambang server sync'."
    return f"login {state.login}: anggota {actual}, seharusnya {wanted}: 'sambang server sync'."


def sync_all(db: Database | None = None) -> list[str]:
    """Create, change or drop login roles so they match the officers (and
    readers): an admin or a superuser may run it."""
    from sambang_tui.db.models import database_proxy

    db = db if db is not None else database_proxy.obj
    require_managed(db)
    with store.refusals(), db.atomic():
        row = db.execute_sql(f"SELECT {SCHEMA}.sync_all()").fetchone()
    return list(row[0] or [])


def require_managed(db: Database | None) -> None:
    if not session.managed(db):
        raise ServiceError("admin.err.server_not_ready")


def set_reader(login: str, station_name: str | None) -> str:
    """Let ``login`` read one station (by name; the session's own when
    empty) or, with ``station_name=None``, every station (polres)."""
    from sambang_tui.db.models import database_proxy

    db = database_proxy.obj
    require_managed(db)
    login = login.strip()
    if not login:
        raise ServiceError("admin.err.login_required")
    station_id = None
    if station_name is not None:
        query = Station.select().order_by(Station.id)
        if station_name:
            query = query.where(Station.name == station_name)
        station = query.first()
        if station is None:
            raise NotFound("admin.err.station_not_found", name=station_name)
        station_id = station.id
    with store.refusals(), db.atomic():
        db.execute_sql(f"SELECT {SCHEMA}.set_reader(%s, %s)", (login, station_id))
    return "polres" if station_id is None else "readonly"


def remove_reader(login: str) -> bool:
    from sambang_tui.db.models import database_proxy

    db = database_proxy.obj
    require_managed(db)
    with store.refusals(), db.atomic():
        row = db.execute_sql(f"SELECT {SCHEMA}.remove_reader(%s)", (login.strip(),)).fetchone()
    return bool(row[0])
