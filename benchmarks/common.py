"""Helpers shared by the benchmarks: medians of repeated timings and a table."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median_ms(fn: Callable[[], object], runs: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


@dataclass
class Row:
    name: str
    ms: float
    floor_name: str = ""
    floor_ms: float | None = None
    goal: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor_ms is None or self.floor_ms <= 0:
            return None
        return self.ms / self.floor_ms


def print_table(rows: list[Row], title: str = "") -> None:
    if title:
        print(f"\n{title}")
    print(f"{'measure':<44} {'median':>10}  {'floor':<28} {'floor ms':>9} {'ratio':>6}  goal")
    for r in rows:
        floor = f"{r.floor_ms:9.2f}" if r.floor_ms is not None else " " * 9
        ratio = f"{r.ratio:6.2f}" if r.ratio is not None else " " * 6
        print(f"{r.name:<44} {r.ms:8.2f}ms  {r.floor_name:<28} {floor} {ratio}  {r.goal}")
