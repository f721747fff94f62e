"""Schema versions: numbered files in ``migrations/``, applied in order by
peewee's migration runner and recorded in ``schema_migration``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from peewee import Database, IntegrityError, OperationalError, PostgresqlDatabase

from sambang_tui.db.database import DatabaseUnavailable

if TYPE_CHECKING:
    from playhouse.migrations import Runner

HISTORY_TABLE = "schema_migration"  # the runner's history table

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class SchemaTooNew(DatabaseUnavailable):
    """The database was upgraded by a newer Sambang than this one."""


@dataclass(frozen=True)
class SchemaStatus:
    applied: tuple[str, ...]
    pending: tuple[str, ...]
    unknown: tuple[str, ...]

    @property
    def version(self) -> int:
        return len(self.applied)

    @property
    def too_new(self) -> bool:
        return bool(self.unknown)


def runner(db: Database) -> Runner:
    from playhouse.migrations import Runner  # only when the schema is not current

    return Runner(db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE)


def code_version() -> int:
    return len(migration_names())


def migration_names() -> list[str]:
    """The program's migrations, in the order they are applied."""
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9]*.py"))


def status(db: Database) -> SchemaStatus:
    rows = runner(db).status()
    applied = tuple(m.name for m in rows if m.applied and m.path is not None)
    pending = tuple(m.name for m in rows if not m.applied)
    unknown = tuple(m.name for m in rows if m.applied and m.path is None)
    return SchemaStatus(applied, pending, unknown)


def is_current(db: Database) -> bool:
    """Whether the history names exactly the program's migrations: one
    query at each start instead of the migration runner (and its import)."""
    if not db.table_exists(HISTORY_TABLE):
        return False
    applied = {row[0] for row in db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")}
    return applied == set(migration_names())


def ensure_not_too_new(state: SchemaStatus) -> None:
    if state.too_new:
        raise SchemaTooNew(
            "Basis data ini memakai skema yang lebih baru ("
            + ", ".join(state.unknown)
            + ") daripada versi Sambang ini. Perbarui Sambang, jangan membukanya dengan versi lama."
        )


def migrate(db: Database) -> list[str]:
    """Apply pending migrations; refuse a schema newer than the code.

    On a PostgreSQL station server (``sambang server init``) only a superuser
    upgrades, as the owner role and with the server's rules applied again to
    what the migrations added; anyone else is told who can."""
    if is_current(db):
        return []
    state = status(db)
    ensure_not_too_new(state)
    if state.pending and isinstance(db, PostgresqlDatabase):
        from sambang_tui.db.pg import apply, session

        if session.managed(db):
            if not session.session_user(db)[1]:
                raise DatabaseUnavailable(
                    "Skema basis data server Polsek perlu diperbarui ("
                    + ", ".join(state.pending)
                    + "), dan hanya superuser PostgreSQL yang dapat melakukannya: "
                    "runuser -u postgres -- sambang server init"
                )
            return apply.upgrade(db, apply_pending)
    return apply_pending(db)


def apply_pending(db: Database) -> list[str]:
    """Apply pending migrations as the session's role.

    Two desks starting at once on an empty file both try; the loser's attempt
    fails on the history table's unique name and is simply re-checked.
    """
    for _ in range(3):
        state = status(db)
        ensure_not_too_new(state)
        if not state.pending:
            return []
        try:
            return list(runner(db).up())
        except (IntegrityError, OperationalError):
            if not status(db).pending:
                return []
    return list(runner(db).up())
