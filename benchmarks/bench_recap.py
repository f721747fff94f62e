"""The recap on a large database: a week, a month and a year ending on the
newest report, each through the service (``recap.build``) beside the very
same SQL statements run straight through the driver (captured from one
service run), plus exporting the month's recap to PDF and DOCX as the app
does it (written by a child process, so this process never loads fpdf2 or
python-docx). Medians over
``--runs`` runs; numbers only, nothing passes or fails.

    python benchmarks/generate.py            # once: benchmarks/data/large.db
    python benchmarks/bench_recap.py [--db PATH_OR_URL] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEFAULT_DB = ROOT / "benchmarks" / "data" / "large.db"


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    fn()  # warm-up: the first run pays for the cold page cache
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def _paired_medians_ms(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Medians of ``first`` and ``second`` run in turn, so that a change in
    the machine's load falls on both alike."""
    first()
    second()
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        for fn, samples in ((first, a), (second, b)):
            started = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(a), statistics.median(b)


def _capture(db: Any, fn: Callable[[], object]) -> list[tuple[str, Any]]:
    """The SQL statements (with parameters) ``fn`` sends to ``db``."""
    captured: list[tuple[str, Any]] = []
    original = db.execute_sql

    def spy(sql: str, params: Any = None, *args: Any, **kwargs: Any) -> Any:
        captured.append((sql, params))
        return original(sql, params, *args, **kwargs)

    db.execute_sql = spy
    try:
        fn()
    finally:
        del db.execute_sql  # back to the class method
    return captured


def _raw(db: Any, statements: list[tuple[str, Any]]) -> Callable[[], None]:
    def run() -> None:
        for sql, params in statements:
            cursor = db.cursor()
            cursor.execute(sql, params or ())
            cursor.fetchall()

    return run


def run_benchmark(target: str, runs: int = 5, out_dir: Path | None = None) -> dict[str, Any]:
    """Measure on ``target`` (a migrated database with reports); returns
    every figure in a dict (also used by the tiny-database test)."""
    from sambang_tui.db.models import Report, database_proxy
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core import periods
    from sambang_tui.services.core.actor import Actor
    from sambang_tui.services.documents import recap_doc, write
    from sambang_tui.services.recap import figures as recap

    db = runtime.connect(target)
    station_id = runtime.station_for().id
    actor = Actor(os_user="bench", station_id=station_id, is_admin=True)
    newest = Report.select(Report.date).order_by(Report.date.desc()).scalar()
    newest = newest if isinstance(newest, dt.date) else dt.date.fromisoformat(str(newest))
    total = Report.select().count()
    cases = {
        "week": periods.week(newest),
        "month": periods.month(newest),
        "year": periods.custom(newest - dt.timedelta(days=364), newest),
    }
    result: dict[str, Any] = {"target": target, "reports": total, "newest": newest, "cases": {}}
    for name, period in cases.items():
        built: list[recap.Recap] = []
        statements = _capture(db, lambda p=period, out=built: out.append(recap.build(actor, p)))
        service, raw = _paired_medians_ms(
            lambda p=period: recap.build(actor, p), _raw(database_proxy.obj, statements), runs
        )
        result["cases"][name] = {
            "period": f"{period.start} – {period.end}",
            "period_reports": built[0].total_reports,
            "statements": len(statements),
            "service_ms": service,
            "raw_ms": raw,
            "ratio": service / raw if raw > 0 else None,
        }
    # peak RSS (MB, Linux) before the document libraries load
    result["peak_rss_mb_recap"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    month = cases["month"]
    data = recap.build(actor, month)
    folder = Path(out_dir or tempfile.mkdtemp(prefix="bench-recap-"))
    for fmt in ("pdf", "docx"):
        path = folder / f"rekap-bulan.{fmt}"
        ms = _median_ms(
            lambda f=fmt, p=path: write(
                recap_doc.build(actor, month, data=data), f, p, in_child=True
            ),
            runs,
        )
        result[f"export_{fmt}_ms"] = ms
        result[f"export_{fmt}_bytes"] = path.stat().st_size
    runtime.close()
    return result


def format_report(result: dict[str, Any]) -> str:
    lines = [
        f"Recap on {result['target']} ({result['reports']:,} reports, newest {result['newest']})",
        f"{'period':<6} {'dates':<25} {'reports':>9} {'SQL':>4} {'service':>11} "
        f"{'bare SQL':>11} {'ratio':>6}",
    ]
    for name, c in result["cases"].items():
        ratio = f"{c['ratio']:6.2f}" if c["ratio"] is not None else "     -"
        lines.append(
            f"{name:<6} {c['period']:<25} {c['period_reports']:>9,} {c['statements']:>4} "
            f"{c['service_ms']:9.1f}ms {c['raw_ms']:9.1f}ms {ratio}"
        )
    lines.append(
        f"month recap export: PDF {result['export_pdf_ms']:.1f} ms "
        f"({result['export_pdf_bytes']:,} bytes), DOCX {result['export_docx_ms']:.1f} ms "
        f"({result['export_docx_bytes']:,} bytes)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(DEFAULT_DB), help="SQLite path or PostgreSQL URL")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    if "://" not in args.db and not Path(args.db).exists():
        print(f"{args.db} not found; run benchmarks/generate.py first", file=sys.stderr)
        return 1
    print(format_report(run_benchmark(args.db, args.runs)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
