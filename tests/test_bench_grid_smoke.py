"""The grid benchmark's core runs end to end on a tiny database (numbers
are printed by the benchmark itself, never asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_grid.py"


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_grid", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_bench_grid_runs_on_a_tiny_database(db_target: str) -> None:
    bench = load_bench()
    report = bench.run_benchmark(db_target, officers=4, runs=2, sizes=((80, 24),), build=True)
    assert report["officers"] == 4 and report["days"] == 31
    assert report["plans"] == 4 * 31 + 2 * 31  # one or two plans per officer and day
    size = report["sizes"]["80x24"]
    assert set(size) >= {"redraw_ms", "cursor_ms", "baseline_ms", "redraw_ratio", "lines"}
    assert size["lines"] == 24
    text = bench.format_report(report)
    assert "4 officers × 31 days" in text and "80x24" in text
