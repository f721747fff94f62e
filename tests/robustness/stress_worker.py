"""One desk in the multi-process test: for a bounded time it creates, edits,
submits and verifies reports and creates and moves plans on the shared
database, and logs every acknowledged write (after its commit returned) as a
JSON line, fsynced, so the parent can check each one is there exactly once.

    python stress_worker.py TARGET INDEX SECONDS LOG
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
import time

from sambang_tui.db.models import ActivityType, Kelurahan, Plan, Report
from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.errors import ConflictError, ServiceError
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.schedule import plans

DAY = dt.date(2024, 12, 2)


def main(target: str, index: int, seconds: float, log_path: str) -> int:
    rnd = random.Random(index)
    runtime.connect(target, migrate=False)
    desk = runtime.actor_for(f"w{index}")
    kanit = runtime.actor_for("kanit")
    kel = Kelurahan.get(Kelurahan.name == "Paseban").id
    types = [t.id for t in ActivityType.select().order_by(ActivityType.id)]
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - closed at the end

    def ack(**entry: object) -> None:
        log.write(json.dumps(entry) + "\n")
        log.flush()
        os.fsync(log.fileno())

    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        n += 1
        op = rnd.choices(("create", "edit", "review", "plan", "move"), (4, 3, 2, 2, 1))[0]
        try:
            if op == "create":
                marker = f"stress-w{index}-n{n}"
                saved = reports.create_report(
                    desk,
                    ReportInput(
                        date=DAY,
                        officer_ids=[desk.officer_id],
                        type_ids=[rnd.choice(types[:3])],
                        kelurahan_id=kel,
                        rw=rnd.randint(1, 3),
                        rt=rnd.randint(1, 3),
                        place="Jl. Salemba Raya",
                        narrative=marker,
                        audience={"warga": rnd.randint(1, 30)},
                    ),
                )
                ack(op="create", marker=marker, id=saved.id, number=saved.number)
            elif op == "edit":
                # half the edits as the Kanit on anyone's recent report, half
                # as the desk on its own: both race on the same rows
                who = kanit if rnd.random() < 0.5 else desk
                recent = Report.select(Report.id).order_by(Report.id.desc()).limit(8)
                if who is desk:
                    recent = recent.where(Report.created_by == desk.os_user)
                ids = [r.id for r in recent]
                if not ids:
                    continue
                rid = rnd.choice(ids)
                editable = reports.load_input(rid)
                if editable.status == "diverifikasi" and who is desk:
                    continue
                time.sleep(rnd.random() * 0.01)
                data = editable.data
                data.findings = f"edit-w{index}-n{n}"
                saved = reports.update_report(who, rid, editable.version, data)
                ack(op="edit", id=rid, version=saved.version, findings=data.findings)
            elif op == "review":
                own = Report.select(Report.id).where(Report.created_by == desk.os_user)
                mine = [r.id for r in own.order_by(Report.id.desc()).limit(5)]
                pending = Report.select(Report.id).where(Report.status == "diajukan")
                waiting = [r.id for r in pending.order_by(Report.id.desc()).limit(5)]
                if rnd.random() < 0.5 and mine:
                    row = Report.get_by_id(rnd.choice(mine))
                    if row.status in ("draft", "dikembalikan"):
                        saved = reports.submit(desk, row.id, row.version)
                        ack(op="submit", id=row.id, version=saved.version)
                elif waiting:
                    row = Report.get_by_id(rnd.choice(waiting))
                    saved = reports.verify(kanit, row.id, row.version)
                    ack(op="verify", id=row.id, version=saved.version)
            elif op == "plan":
                saved = plans.create_plan(
                    desk,
                    plans.PlanInput(
                        date=DAY + dt.timedelta(days=rnd.randint(0, 6)),
                        officer_id=desk.officer_id,
                        type_id=types[0],
                        kelurahan_id=kel,
                        rw=rnd.randint(1, 3),
                        target=f"plan-w{index}-n{n}",
                    ),
                )
                ack(op="plan", id=saved.id, target=f"plan-w{index}-n{n}")
            else:
                mine = list(Plan.select().where(Plan.officer == desk.officer_id).limit(20))
                if not mine:
                    continue
                plan = rnd.choice(mine)
                day = DAY + dt.timedelta(days=rnd.randint(0, 6))
                saved = plans.move_plan(desk, plan.id, plan.version, day)
                ack(op="move", id=plan.id, date=day.isoformat())
        except ConflictError:
            ack(op="conflict", what=op)
        except ServiceError as exc:
            ack(op="refused", what=op, message=exc.message)
        except Exception as exc:  # noqa: BLE001 - the test counts every kind
            locked = "locked" in str(exc).lower() or "busy" in str(exc).lower()
            ack(op="locked" if locked else "error", what=op, error=f"{type(exc).__name__}: {exc}")
    log.close()
    runtime.close()
    return 0


if __name__ == "__main__":
    target, index, seconds, log_path = (
        sys.argv[1],
        int(sys.argv[2]),
        float(sys.argv[3]),
        sys.argv[4],
    )
    raise SystemExit(main(target, index, seconds, log_path))
