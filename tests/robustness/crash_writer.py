"""Writes reports and plans as fast as it can and prints ``ACK <marker>``
after each commit returns, until it is killed.

    python crash_writer.py TARGET ROUND
"""

from __future__ import annotations

import datetime as dt
import sys

from sambang_tui.db.models import ActivityType, Kelurahan
from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.schedule import plans


def main(target: str, round_no: int) -> None:
    runtime.connect(target, migrate=False)
    actor = runtime.actor_for("w0")
    kel = Kelurahan.get(Kelurahan.name == "Paseban").id
    type_id = ActivityType.select().order_by(ActivityType.id).first().id
    n = 0
    while True:
        n += 1
        marker = f"crash-r{round_no}-n{n}"
        if n % 3:
            reports.create_report(
                actor,
                ReportInput(
                    date=dt.date(2024, 12, 2),
                    officer_ids=[actor.officer_id],
                    type_ids=[type_id],
                    kelurahan_id=kel,
                    rw=1,
                    rt=1,
                    narrative=marker,
                    audience={"warga": n % 40},
                ),
            )
        else:
            plans.create_plan(
                actor,
                plans.PlanInput(
                    date=dt.date(2024, 12, 2),
                    officer_id=actor.officer_id,
                    type_id=type_id,
                    kelurahan_id=kel,
                    rw=1,
                    target=marker,
                ),
            )
        sys.stdout.write(f"ACK {marker}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
