from __future__ import annotations

import sqlite3

from sambang_tui.db.database import make_database, sqlite_path
from sambang_tui.services.admin import runtime
from sambang_tui.services.admin.check import check_database


def test_good_database(demo_target: str) -> None:
    result = check_database(demo_target)
    assert result.ok, result.problems
    assert result.schema_version == result.code_version
    assert "BAIK" in result.lines()[0]


def test_foreign_key_violation(demo_target: str) -> None:
    if sqlite_path(demo_target) is None:
        # PostgreSQL enforces foreign keys itself; the check still reports the schema
        assert check_database(demo_target).schema_version is not None
        return
    con = sqlite3.connect(demo_target)
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("UPDATE report_officer SET officer_id = 9999 WHERE id = 1")
    con.commit()
    con.close()
    result = check_database(demo_target)
    assert not result.ok
    assert any("foreign_key_check" in p and "report_officer" in p for p in result.problems)


def test_newer_schema(db_target: str) -> None:
    db = runtime.connect(db_target)
    db.execute_sql(
        "INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01 00:00:00')"
    )
    runtime.close()
    try:
        result = check_database(db_target)
        assert not result.ok and any("lebih baru" in p for p in result.problems)
    finally:  # leave a shared server's schema as it was
        plain = make_database(db_target)
        plain.connect()
        plain.execute_sql("DELETE FROM schema_migration WHERE name = '9999_future'")
        plain.close()


def test_check_changes_nothing(tmp_path) -> None:
    path = tmp_path / "plain.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    result = check_database(str(path))
    # not a Sambang database: tables but no schema history
    assert not result.ok and result.schema_version == 0
    assert "tidak ada riwayat skema" in result.problems[0] and "t" in result.problems[0]
    assert path.read_bytes() == before
    assert not path.with_name("plain.db-wal").exists()


def test_pending_migrations_are_a_note(tmp_path) -> None:
    """A database an older Sambang made (only the first migrations applied)
    is whole: its schema is compared with what those migrations create."""
    from sambang_tui.db import migrate as schema
    from sambang_tui.db.database import make_database

    target = str(tmp_path / "old.db")
    db = make_database(target)
    db.connect()
    schema.runner(db).up(target="0002_report_search")
    db.close()
    result = check_database(target)
    assert result.ok, result.problems
    assert result.schema_version == 2 and any("migrate" in n for n in result.notes)


def test_a_history_with_a_gap_is_a_problem(tmp_path) -> None:
    target = str(tmp_path / "gap.db")
    db = runtime.connect(target)
    db.execute_sql("DELETE FROM schema_migration WHERE name LIKE '0002%'")
    runtime.close()
    result = check_database(target)
    assert not result.ok and "riwayat migrasi" in result.problems[0]
