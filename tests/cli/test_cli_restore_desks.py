"""'sambang restore' while desks work: it says first that they should close
the app, refuses (without --force) while another process has the file open,
and the restore itself is in the restored database's audit trail with the
mark a running app watches."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sambang_tui import cli
from sambang_tui.db.database import sqlite_path
from sambang_tui.db.models import AuditEvent
from sambang_tui.services.admin import runtime
from sambang_tui.services.admin.backup import restored_marker


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _backup(capsys, target: str) -> Path:
    code, out, err = run(capsys, "backup", "--db", target)
    assert code == 0, err
    return Path(out.strip().split(": ", 1)[1])


def test_the_restore_is_in_the_audit_trail(demo_target: str, capsys) -> None:
    if sqlite_path(demo_target) is None:
        return
    made = _backup(capsys, demo_target)
    code, out, err = run(capsys, "restore", str(made), "--db", demo_target)
    assert code == 0, err
    assert "sebaiknya menutupnya dulu" in out.splitlines()[0]  # said before it starts
    runtime.connect(demo_target)
    try:
        event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
        assert (event.action, event.table) == ("restore", "database")
        assert event.os_user == "desk"
        said = json.loads(event.new)
        assert said["dari"] == str(made.resolve())
        assert "sebelum-restore" in said["cadangan_pengaman"]
        assert said["cadangan_pengaman"] in out
        assert restored_marker()  # what a running app watches
        from sambang_tui.services.admin import audit_log

        shown = audit_log.list_events(runtime.actor_for("desk"))[0]
        assert (shown.action_label, shown.table_label) == ("pulihkan", "Basis data")
        assert str(made.resolve()) in shown.summary(400)
    finally:
        runtime.close()


def test_a_database_another_process_has_open_needs_force(demo_target: str, capsys) -> None:
    if sqlite_path(demo_target) is None:
        return
    made = _backup(capsys, demo_target)
    desk = subprocess.Popen(
        [sys.executable, "-c",
         "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); "
         "c.execute('SELECT count(*) FROM report').fetchall(); print('open', flush=True); "
         "time.sleep(30)", demo_target],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert desk.stdout is not None and desk.stdout.readline().strip() == "open"
        code, out, err = run(capsys, "restore", str(made), "--db", demo_target)
        assert code == 1 and "sedang dibuka proses lain" in err and "--force" in err
        runtime.connect(demo_target)
        try:
            assert restored_marker() == ""  # nothing changed
        finally:
            runtime.close()
        code, out, err = run(capsys, "restore", str(made), "--db", demo_target, "--force")
        assert code == 0, err
    finally:
        desk.kill()
        desk.wait()
