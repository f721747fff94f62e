"""A desk's open database survives another process on the same file.

Closing any descriptor of a file drops every POSIX lock the process holds on
it. When the app read its own database file's header with Python's ``open``
(the daily backup's check did), the next process to close a connection there
— ``sambang backup`` from cron, ``sambang check``, another desk — believed it
was the last, checkpointed and deleted the WAL under the running app, whose
later writes went into a deleted file and were lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from sambang_tui.db.models import database_proxy
from sambang_tui.services.admin import runtime
from sambang_tui.services.admin.backup import backup
from sambang_tui.services.admin.check import check_database, file_problem
from sambang_tui.services.admin.daily_backup import maybe_daily_backup

OTHER_PROCESS = (
    "import sqlite3, sys\n"
    "con = sqlite3.connect(sys.argv[1])\n"
    "con.execute('SELECT count(*) FROM sqlite_master').fetchone()\n"
    "con.close()\n"
)


def _another_process_comes_and_goes(path: Path) -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(path)], check=True, timeout=60)


def test_the_files_checks_keep_the_apps_locks(tmp_path: Path) -> None:
    path = tmp_path / "sambang.db"
    runtime.connect(str(path))
    try:
        assert maybe_daily_backup(str(path)) is not None
        assert file_problem(path) is None
        assert check_database(str(path), modes=False).ok
        backup(str(path))
        _another_process_comes_and_goes(path)
        assert path.with_name(path.name + "-wal").exists()
        database_proxy.execute_sql("CREATE TABLE probe (n INTEGER)")
        database_proxy.execute_sql("INSERT INTO probe VALUES (7)")
    finally:
        runtime.close()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT n FROM probe").fetchall() == [(7,)]


def test_reconnecting_keeps_another_connections_locks(tmp_path: Path) -> None:
    path = tmp_path / "sambang.db"
    runtime.connect(str(path)).close()
    held = sqlite3.connect(path, isolation_level=None)
    try:
        held.execute("CREATE TABLE probe (n INTEGER)")
        runtime.connect(str(path))
        runtime.close()
        _another_process_comes_and_goes(path)
        assert path.with_name(path.name + "-wal").exists()
        held.execute("INSERT INTO probe VALUES (8)")
    finally:
        held.close()
    with sqlite3.connect(path) as con:
        assert con.execute("SELECT n FROM probe").fetchall() == [(8,)]


def test_a_file_that_is_no_database_is_still_told_apart(tmp_path: Path) -> None:
    other = tmp_path / "notes.db"
    other.write_text("catatan piket, bukan basis data\n" * 20, encoding="utf-8")
    empty = tmp_path / "empty.db"
    empty.touch()
    assert file_problem(other) is not None and "bukan basis data SQLite" in str(file_problem(other))
    assert file_problem(empty) is not None
    assert other.read_text(encoding="utf-8").startswith("catatan piket")
