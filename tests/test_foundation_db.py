from __future__ import annotations

import subprocess
import sys

import pytest

from sambang_tui.db import migrate as schema
from sambang_tui.db.database import DatabaseUnavailable, is_sqlite
from sambang_tui.db.models import ActivityType, Station, database_proxy
from sambang_tui.services.admin import runtime


def test_migrated_database_has_defaults(db) -> None:
    assert ActivityType.select().count() >= 8
    codes = {t.code for t in ActivityType.select()}
    assert {"SB", "DDS", "CS", "DD", "PS", "BL", "PD", "PKM"} <= codes
    assert Station.select().count() == 1
    state = schema.status(db)
    assert not state.pending and state.version == schema.code_version()


def test_sqlite_pragmas(db) -> None:
    if not is_sqlite(db):
        assert db.connect_params.get("connect_timeout") == 5
        return
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 10_000
    assert db._lock_type == "IMMEDIATE"


def test_newer_schema_is_refused(db, db_target: str) -> None:
    db.execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01 00:00:00')"
    )
    runtime.close()
    with pytest.raises(schema.SchemaTooNew, match="lebih baru"):
        runtime.connect(db_target)
    database_proxy.obj.connect(reuse_if_open=True)
    db.execute_sql("DELETE FROM schema_migration WHERE name = '9999_future'")


def test_migrate_twice_is_a_no_op(db) -> None:
    assert schema.migrate(db) == []


def test_a_current_schema_opens_without_the_migration_runner(db, db_target: str) -> None:
    """Start-up checks the version with one query; the runner (and its
    import) is for a database that needs migrating."""
    assert schema.is_current(db)
    code = (
        "import sys\n"
        "from sambang_tui.services.admin import runtime\n"
        f"runtime.connect({db_target!r})\n"
        "print('playhouse.migrations' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
    db.execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01 00:00:00')"
    )
    try:
        assert not schema.is_current(db)
    finally:
        db.execute_sql("DELETE FROM schema_migration WHERE name = '9999_future'")


def test_corrupt_file_is_explained(tmp_path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database at all, just text" * 10)
    with pytest.raises(DatabaseUnavailable, match="bukan basis data SQLite"):
        runtime.connect(str(bad))


def test_unknown_scheme_is_explained() -> None:
    with pytest.raises(DatabaseUnavailable, match="tidak didukung"):
        runtime.connect("mysql://x@localhost/db")
