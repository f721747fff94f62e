"""A Polres on one database: the month's recap of every station side by side
(``services.polres``) beside the very same SQL run straight through the
driver, and 50 desks at once.

The desks: ``--desks`` processes, each a desk officer of a station (in turn)
doing what the app does, every unit of work in its own short connection
(``runtime.session()``, as the app's workers) and every write its own short
transaction: the reports list's first page, a report opened, and every third
time a plan saved; with a pause of 0.3-1.2 s between, as a person reads.
Measured: the latency of a list page and of a save (median and 95th
percentile) beside the same with one desk alone, the peak number of the
server's connections to the database, and errors (none is the goal). The
plans they save are removed again.

    python benchmarks/bench_polres.py --db postgresql://…/sambang_bench_polres
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from common import Row, format_table  # noqa: E402

DESK_DAY = dt.date(2026, 12, 15)  # the generated plans run to four weeks after the history
POLRES_GOAL = "≤ 1000 ms"


def polres_rows(target: str, runs: int = 5) -> list[Row]:
    """The month (and the year) of every station side by side."""
    from bench_recap import _capture, _paired_medians_ms, _raw

    from sambang_tui.db.models import Report, Station, database_proxy
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core import periods
    from sambang_tui.services.core.actor import Actor
    from sambang_tui.services.recap import polres

    db = runtime.connect(target)
    try:
        reader = Actor(os_user="bench", station_id=runtime.station_for().id)
        newest = Report.select(Report.date).order_by(Report.date.desc()).scalar()
        newest = newest if isinstance(newest, dt.date) else dt.date.fromisoformat(str(newest))
        stations = Station.select().count()
        rows = []
        for name, period, goal in (
            ("polres: month recap", periods.month(newest), POLRES_GOAL),
            ("polres: year recap", periods.custom(newest - dt.timedelta(days=364), newest), ""),
        ):
            built: list[Any] = []
            statements = _capture(
                db, lambda p=period, out=built: out.append(polres.recap(reader, p))
            )
            service, raw = _paired_medians_ms(
                lambda p=period: polres.recap(reader, p), _raw(database_proxy.obj, statements), runs
            )
            rows.append(
                Row(
                    name,
                    service,
                    f"same {len(statements)} SQL, raw",
                    raw,
                    goal,
                    note=f"{stations} stations, {built[0].total.reports:,} reports",
                )
            )
        return rows
    finally:
        runtime.close()


# --- 50 desks ---------------------------------------------------------------------------


def _desk(target: str, login: str, seconds: float, seed: int, out: Any, start: Any) -> None:
    """One desk's loop, in a child process; sends its timings back."""
    from sambang_tui.db.models import Kelurahan, Officer, database_proxy
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.reports import access as report_access
    from sambang_tui.services.reports.listing import ReportFilter, list_reports
    from sambang_tui.services.schedule import grid as schedule
    from sambang_tui.services.schedule import plans
    from sambang_tui.services.schedule.plans import PlanInput

    rnd = random.Random(seed)
    timings: dict[str, list[float]] = {"list": [], "open": [], "save": []}
    # where an operation's time goes: waiting for SQL, and opening its connection
    spent = {"sql": 0.0, "connect": 0.0}
    parts: dict[str, list[tuple[float, float]]] = {"list": [], "open": [], "save": []}
    errors: list[str] = []
    created: list[int] = []
    try:
        runtime.connect(target)
        actor = runtime.actor_for(login)
        with runtime.session():
            me = Officer.get_by_id(actor.officer_id)
            kel = Kelurahan.select().where(Kelurahan.station == actor.station_id).first()
            sb = database_proxy.execute_sql(
                "SELECT id FROM activity_type WHERE code = 'SB'"
            ).fetchone()[0]
            # a running app has these behind it already: the holiday calendar
            # (computed once per process), the modules, the first page
            schedule.holidays_between(DESK_DAY, DESK_DAY)
            list_reports(actor, ReportFilter())
        database_proxy.close()  # the app's workers each take a short connection
        db = database_proxy.obj
        execute, connect = db.execute_sql, db.connect

        def timed_execute(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return execute(*args, **kwargs)
            finally:
                spent["sql"] += time.perf_counter() - t

        def timed_connect(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return connect(*args, **kwargs)
            finally:
                spent["connect"] += time.perf_counter() - t

        db.execute_sql, db.connect = timed_execute, timed_connect

        def done(kind: str, t0: float) -> None:
            timings[kind].append((time.perf_counter() - t0) * 1000)
            parts[kind].append((spent["sql"] * 1000, spent["connect"] * 1000))
            spent["sql"] = spent["connect"] = 0.0

        start.wait()
        deadline = time.perf_counter() + seconds
        turn = 0
        while time.perf_counter() < deadline:
            turn += 1
            try:
                spent["sql"] = spent["connect"] = 0.0
                t0 = time.perf_counter()
                with runtime.session():
                    page = list_reports(actor, ReportFilter())
                done("list", t0)
                t0 = time.perf_counter()
                with runtime.session():
                    if page:
                        report_access.detail_for(actor, rnd.choice(page).id)
                done("open", t0)
                if turn % 3 == 0:
                    t0 = time.perf_counter()
                    with runtime.session():
                        saved = plans.create_plan(
                            actor,
                            PlanInput(date=DESK_DAY, officer_id=me.id, type_id=sb,
                                      kelurahan_id=kel.id, target=f"bench {login} {turn}"),
                        )  # fmt: skip
                    done("save", t0)
                    created.append(saved.id)
            except Exception as exc:  # noqa: BLE001 - counted and reported
                errors.append(f"{type(exc).__name__}: {exc}"[:200])
            time.sleep(rnd.uniform(0.3, 1.2))
    except Exception as exc:  # noqa: BLE001
        errors.append(f"{type(exc).__name__}: {exc}"[:200])
    out.put({"timings": timings, "parts": parts, "errors": errors, "created": created})


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _watch_connections(target: str, stop: threading.Event, peak: list[int]) -> None:
    import psycopg
    from playhouse.db_url import parse

    params = parse(target)
    with psycopg.connect(
        dbname=params["database"], user=params.get("user"), host=params.get("host"),
        port=params.get("port"), password=params.get("password"), autocommit=True,
    ) as conn:  # fmt: skip
        while not stop.is_set():
            n = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            ).fetchone()[0]
            peak[0] = max(peak[0], n - 1)
            time.sleep(0.05)


def run_desks(target: str, desks: int, seconds: float) -> dict[str, Any]:
    from sambang_tui.db.models import Officer
    from sambang_tui.services.admin import runtime

    runtime.connect(target)
    try:
        by_station: dict[int, list[str]] = {}
        for station_id, login in (
            Officer.select(Officer.station, Officer.os_user)
            .where((Officer.role == "bhabinkamtibmas") & Officer.os_user.is_null(False))
            .order_by(Officer.station, Officer.id)
            .tuples()
        ):
            by_station.setdefault(station_id, []).append(login)
    finally:
        runtime.close()
    chosen: list[str] = []  # a Bhabin's login each, the stations in turn
    while len(chosen) < desks and any(by_station.values()):
        for key in sorted(by_station):
            if by_station[key] and len(chosen) < desks:
                chosen.append(by_station[key].pop(0))
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    start = ctx.Event()
    procs = [
        ctx.Process(target=_desk, args=(target, login, seconds, i, out, start))
        for i, login in enumerate(chosen)
    ]
    for p in procs:
        p.start()
    peak = [0]
    stop = threading.Event()
    watcher = threading.Thread(target=_watch_connections, args=(target, stop, peak), daemon=True)
    if "://" in target and not target.startswith("sqlite"):
        watcher.start()  # a SQLite file has no server to count connections on
    time.sleep(2.0)  # every child connected once and waits
    start.set()
    results = [out.get(timeout=seconds + 120) for _ in procs]
    for p in procs:
        p.join(timeout=30)
    stop.set()
    if watcher.is_alive():
        watcher.join(timeout=5)
    merged: dict[str, list[float]] = {"list": [], "open": [], "save": []}
    parts: dict[str, list[tuple[float, float]]] = {"list": [], "open": [], "save": []}
    errors: list[str] = []
    created: list[int] = []
    for r in results:
        for k, v in r["timings"].items():
            merged[k] += v
        for k, v in r["parts"].items():
            parts[k] += v
        errors += r["errors"]
        created += r["created"]
    _remove_plans(target, created)
    return {
        "desks": len(procs),
        "timings": merged,
        "parts": parts,
        "errors": errors,
        "peak_connections": peak[0],
    }


def _remove_plans(target: str, ids: list[int]) -> None:
    from sambang_tui.db.models import AuditEvent, Plan
    from sambang_tui.services.admin import runtime

    if not ids:
        return
    runtime.connect(target)
    try:
        for at in range(0, len(ids), 500):
            chunk = ids[at : at + 500]
            AuditEvent.delete().where(
                (AuditEvent.table == "plan") & AuditEvent.row_id.in_(chunk)
            ).execute()
            Plan.delete().where(Plan.id.in_(chunk)).execute()
    finally:
        runtime.close()


def desk_rows(target: str, desks: int = 50, seconds: float = 20.0) -> list[Row]:
    alone = run_desks(target, 1, min(seconds, 10.0))
    crowd = run_desks(target, desks, seconds)
    rows = []
    for kind, label, goal in (("list", "list page", "≤ 50 ms"), ("save", "save a plan", "")):
        a, c = alone["timings"][kind], crowd["timings"][kind]
        split = crowd["parts"][kind]
        sql = statistics.median(p[0] for p in split) if split else float("nan")
        conn = statistics.median(p[1] for p in split) if split else float("nan")
        rows.append(
            Row(
                f"{desks} desks at once: {label}, median",
                statistics.median(c) if c else float("nan"),
                "one desk alone",
                statistics.median(a) if a else None,
                goal,
                note=f"{len(c)} done; of which SQL {sql:.0f} ms, connecting {conn:.0f} ms",
            )
        )
        rows.append(
            Row(
                f"{desks} desks at once: {label}, 95th pct",
                _pct(c, 0.95),
                "one desk alone",
                _pct(a, 0.95) if a else None,
            )
        )
    errors = crowd["errors"]
    rows.append(
        Row(
            f"{desks} desks at once: errors / connections",
            float(len(errors)),
            unit="",
            ok=not errors,
            goal="0 errors",
            note=(
                f"peak {crowd['peak_connections']} server connections; "
                if crowd["peak_connections"]
                else ""
            )
            + (errors[0] if errors else "no error"),
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="PostgreSQL URL of a generated Polres")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--desks", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args(argv)
    rows = polres_rows(args.db, args.runs) + desk_rows(args.db, args.desks, args.seconds)
    print(format_table(rows, f"Polres on {args.db}"))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")
    raise SystemExit(main())
