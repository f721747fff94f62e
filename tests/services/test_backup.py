from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sambang_tui.db.database import sqlite_path
from sambang_tui.db.models import Report
from sambang_tui.services.admin import runtime
from sambang_tui.services.admin.backup import backup, default_backup_dir, restore
from sambang_tui.services.admin.check import check_database
from sambang_tui.services.admin.daily_backup import auto_backups, maybe_daily_backup
from sambang_tui.services.core.errors import ServiceError

WRITER = """
import sqlite3, sys, time, pathlib
path, stop, name = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
con = sqlite3.connect(path, timeout=15, isolation_level=None)
con.execute("PRAGMA journal_mode=WAL")
n = 0
while not stop.exists():
    con.execute("BEGIN IMMEDIATE")
    con.execute("INSERT INTO probe (writer, n, pad) VALUES (?, ?, ?)", (name, n, "x" * 500))
    con.execute("COMMIT")
    n += 1
print(n)
"""


def test_backup_under_concurrent_writers(demo_target: str, tmp_path: Path) -> None:
    if sqlite_path(demo_target) is None:
        with pytest.raises(ServiceError, match="pg_dump"):
            backup(demo_target)
        return
    con = sqlite3.connect(demo_target)
    con.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, writer TEXT, n INTEGER, pad TEXT)")
    con.commit()
    stop = tmp_path / "stop"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, demo_target, str(stop), f"w{i}"],
            stdout=subprocess.PIPE,
            text=True,
        )
        for i in range(3)
    ]
    try:
        deadline = time.monotonic() + 30
        while con.execute("SELECT count(*) FROM probe").fetchone()[0] < 200:
            assert time.monotonic() < deadline, "writers did not start"
            time.sleep(0.05)
        before = {w: n for w, n in con.execute("SELECT writer, max(n) FROM probe GROUP BY writer")}
        out = backup(demo_target)
    finally:
        stop.touch()
        totals = [int(w.communicate(timeout=60)[0]) for w in writers]
    assert all(w.returncode == 0 for w in writers)
    # whole; the writers' own table is the one thing Sambang did not create
    assert check_database(str(out)).problems == [
        "skema: tabel probe tambahan (tidak dibuat Sambang)"
    ]
    copy = sqlite3.connect(out)
    after = {w: n for w, n in copy.execute("SELECT writer, max(n) FROM probe GROUP BY writer")}
    for writer, n in before.items():
        assert after[writer] >= n
        rows = copy.execute("SELECT count(*) FROM probe WHERE writer = ?", (writer,)).fetchone()
        assert rows[0] == after[writer] + 1  # no gaps: every committed row up to the snapshot
    assert sum(totals) >= sum(before.values())
    assert copy.execute("SELECT count(*) FROM report").fetchone()[0] > 100
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    copy.close()
    con.close()


def test_restore_round_trip(demo_target: str, tmp_path: Path) -> None:
    if sqlite_path(demo_target) is None:
        with pytest.raises(ServiceError, match="pg_dump"):
            restore(demo_target, tmp_path / "x.db")
        return
    saved = backup(demo_target, tmp_path)
    assert saved.parent == tmp_path
    runtime.connect(demo_target)
    count = Report.select().count()
    Report.delete().execute()
    assert Report.select().count() == 0
    result = restore(demo_target, saved)
    assert result.safety_backup is not None and result.safety_backup.exists()
    assert Report.select().count() == count  # the open connection sees the restored data
    runtime.close()
    runtime.connect(demo_target)
    assert Report.select().count() == count
    runtime.close()
    safety = sqlite3.connect(result.safety_backup)
    assert safety.execute("SELECT count(*) FROM report").fetchone()[0] == 0
    safety.close()
    assert check_database(demo_target).ok


def test_restore_onto_itself_is_refused(demo_target: str) -> None:
    if sqlite_path(demo_target) is None:
        return
    with pytest.raises(ServiceError, match="sama"):
        restore(demo_target, demo_target)


def test_backup_names_do_not_collide(demo_target: str, monkeypatch) -> None:
    if sqlite_path(demo_target) is None:
        return
    from sambang_tui.services.admin import backup as module

    monkeypatch.setattr(module, "stamp", lambda: "20241204-101010")
    a, b = backup(demo_target), backup(demo_target)
    assert a != b and a.parent == b.parent == default_backup_dir(demo_target)
    assert a.name == "sambang-20241204-101010.db"


def test_daily_backup_once_a_day_keeping_n(demo_target: str, monkeypatch) -> None:
    if sqlite_path(demo_target) is None:
        assert maybe_daily_backup(demo_target) is None
        return
    first = maybe_daily_backup(demo_target, keep=3)
    assert first is not None and first.name == "auto-20241204.db"
    assert check_database(str(first)).ok
    assert maybe_daily_backup(demo_target, keep=3) is None
    for day in range(5, 10):
        monkeypatch.setenv("SAMBANG_TODAY", f"2024-12-{day:02d}")
        assert maybe_daily_backup(demo_target, keep=3) is not None
    names = [p.name for p in auto_backups(default_backup_dir(demo_target))]
    assert names == ["auto-20241207.db", "auto-20241208.db", "auto-20241209.db"]
    assert not list(default_backup_dir(demo_target).glob(".*tmp"))


def test_daily_backup_without_a_database(tmp_path: Path) -> None:
    assert maybe_daily_backup(str(tmp_path / "none.db")) is None
    assert not (tmp_path / "backups").exists()


def test_backup_of_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="tidak ada"):
        backup(str(tmp_path / "none.db"))


DAILY = """
import sys
from sambang_tui.services.admin.daily_backup import maybe_daily_backup
print(maybe_daily_backup(sys.argv[1]) or "-")
"""


def test_daily_backup_from_several_desks_at_once_makes_one(demo_target: str) -> None:
    if sqlite_path(demo_target) is None:
        return
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", DAILY, demo_target], stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    results = [p.communicate(timeout=120)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    made = [r for r in results if r != "-"]
    assert len(made) == 1
    folder = default_backup_dir(demo_target)
    assert [p.name for p in auto_backups(folder)] == ["auto-20241204.db"]
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
