"""SIGKILL a writing process at random moments, many times (issue 6), then
check the database: integrity, foreign keys, and every write acknowledged
before a kill is there. ``SAMBANG_CRASH_KILLS`` sets the number of kills
(default 8; the long run in the README uses 50)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from stress_setup import prepare

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import Plan, Report
from sambang_tui.services.admin import runtime

HERE = Path(__file__).parent
KILLS = int(os.environ.get("SAMBANG_CRASH_KILLS", "8"))


def _run_and_kill(target: str, round_no: int, delay: float) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(HERE) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [sys.executable, str(HERE / "crash_writer.py"), target, str(round_no)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    acked: list[str] = []

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("ACK "):
                acked.append(line.split()[1])

    reader = threading.Thread(target=read)
    reader.start()
    # wait for the first acknowledged write, then kill at a random moment
    started = time.monotonic()
    while not acked and proc.poll() is None and time.monotonic() - started < 60:
        time.sleep(0.01)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read() if proc.stderr else ""
    return acked


def test_sigkill_loses_no_acknowledged_write(db_target: str) -> None:
    prepare(db_target)
    rnd = random.Random(7)
    acked: list[str] = []
    for round_no in range(KILLS):
        acked += _run_and_kill(db_target, round_no, rnd.uniform(0.0, 0.4))
    print(f"\ncrash: {KILLS} kills, {len(acked)} acknowledged writes")
    db = runtime.connect(db_target)
    try:
        if is_sqlite(db):
            assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert db.execute_sql("PRAGMA foreign_key_check").fetchall() == []
        stored = {r.narrative for r in Report.select(Report.narrative)}
        stored |= {p.target for p in Plan.select(Plan.target)}
        missing = [m for m in acked if m not in stored]
        assert not missing, missing[:5]
        numbers = [r.number for r in Report.select(Report.number)]
        assert len(numbers) == len(set(numbers))
    finally:
        runtime.close()
