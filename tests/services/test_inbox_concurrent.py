"""Two desks import the same export at the same moment, in two OS
processes: every message is stored once (the database's unique key), and
the two summaries add up to exactly the reports of the export."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import inbox_exports as ie

from sambang_tui.db.models import InboxItem, InboxPhoto
from sambang_tui.services.admin import runtime

DESK = """
import json, sys, time
from pathlib import Path
from sambang_tui.services.admin import runtime
from sambang_tui.services.inbox.importer import import_export

target, export, go = sys.argv[1], sys.argv[2], Path(sys.argv[3])
runtime.connect(target)
actor = runtime.actor_for("desk")
while not go.exists():
    time.sleep(0.005)
summary = import_export(actor, export)
print(json.dumps({"new": summary.new, "already": summary.already, "photos": summary.photos}))
"""


def test_two_desks_import_the_same_export_at_once(demo_target: str, tmp_path: Path) -> None:
    messages = []
    for day in range(5):  # five days, 15 reports: long enough to overlap
        messages += ie.day_messages(day=ie.DAY + dt.timedelta(days=day))
    export = ie.write_zip(tmp_path / "grup.zip", messages, "android_id")
    go = tmp_path / "go"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", DESK, demo_target, str(export), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for _ in range(2)
    ]
    time.sleep(1.5)  # both connected and waiting
    go.write_text("go")
    results = []
    for desk in desks:
        out, err = desk.communicate(timeout=120)
        assert desk.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    runtime.connect(demo_target)
    reports = 15
    assert InboxItem.select().count() == reports
    assert sum(r["new"] for r in results) == reports
    assert all(r["new"] + r["already"] == reports for r in results)
    keys = [i.key for i in InboxItem.select(InboxItem.key)]
    assert len(set(keys)) == len(keys)
    assert InboxPhoto.select().count() == sum(r["photos"] for r in results) == 15
    assert len({p.sha256 for p in InboxPhoto.select()}) == 15
