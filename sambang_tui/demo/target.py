"""Where a demo may be written: a new or empty database, or an earlier demo
(kept first as a safety backup); a station's data never."""

from __future__ import annotations

from peewee import Database

from sambang_tui.db.database import make_database, sqlite_path
from sambang_tui.db.models import (
    MODELS,
    Contact,
    Kelurahan,
    Officer,
    Plan,
    Report,
)
from sambang_tui.db.pg import session as pg_session
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.database_errors import describe_target
from sambang_tui.services.core.errors import PermissionDenied
from sambang_tui.services.core.identity import DEMO_KEY


def demo_path() -> str:
    """Where ``sambang --demo`` keeps its demo database."""
    from sambang_tui.config import data_dir

    return str(data_dir() / "demo.db")


def is_empty(target: str) -> bool:
    """True when ``target`` holds no master data, plans or reports (a missing
    or zero-length file, a fresh schema): safe to write a demo into."""
    path = sqlite_path(target)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return True
    db = make_database(target)
    try:
        db.connect()
        tables = set(db.get_tables())
        for model in (Officer, Kelurahan, Contact, Plan, Report):
            name = model._meta.table_name
            if name in tables and db.execute_sql(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone():
                return False
        if "station" in tables:
            names = [r[0] for r in db.execute_sql('SELECT name FROM "station"').fetchall()]
            if names not in ([], [runtime.DEFAULT_STATION]):
                return False  # a station already set up by hand
        ours = {m._meta.table_name for m in MODELS} | {"schema_migration"}
        return all(t in ours or t.startswith("report_fts") for t in tables)
    except Exception:  # not a database at all: something to keep
        return False
    finally:
        db.close()


def is_demo(target: str) -> bool:
    """True when ``target`` is a database ``sambang demo`` wrote: it carries
    the demo marker (or, written before the marker existed, the demo's own
    audit event)."""
    path = sqlite_path(target)
    if path is not None and (not path.is_file() or path.stat().st_size == 0):
        return False
    db = make_database(target)
    try:
        db.connect()
        tables = set(db.get_tables())
        if "setting" in tables:
            row = db.execute_sql(
                f'SELECT value FROM "setting" WHERE key = {db.param}', (DEMO_KEY,)
            ).fetchone()
            if row is not None:
                return row[0] == "1"
        if "audit_event" in tables:
            sql = f'SELECT 1 FROM "audit_event" WHERE action = {db.param} AND "table" = {db.param}'
            return db.execute_sql(sql, ("demo", "station")).fetchone() is not None
        return False
    except Exception:  # not a database at all
        return False
    finally:
        db.close()


def demo_target_state(target: str) -> str:
    """``"empty"`` (new, or no data yet) or ``"demo"``; anything else is a
    station's data (or not a database at all), which a demo never replaces."""
    if is_empty(target):
        return "empty"
    if is_demo(target):
        return "demo"
    raise PermissionDenied("demo.err.station_data", target=describe_target(target))


def station_server_builder(db: Database) -> str:
    """On a station server only a PostgreSQL superuser writes a demo, and
    its own login is mapped to no officer (a superuser is never a desk)."""
    login, superuser = pg_session.session_user(db)
    if not superuser:
        raise PermissionDenied("demo.err.superuser_only", login=login)
    return ""


def safety_backup(target: str) -> str | None:
    """Keep the demo about to be rewritten: a SQLite backup beside it, or a
    ``pg_dump`` file in the data folder."""
    from sambang_tui.services.admin.backup import backup, pg_dump_file, prune

    if sqlite_path(target) is None:
        return str(pg_dump_file(target, label="sebelum-demo"))
    made = backup(target, label="sebelum-demo")
    prune(made.parent, "sebelum-demo", keep=3)
    return str(made)
