"""Helpers shared by the benchmarks: medians of repeated timings and a table."""

from __future__ import annotations

import re
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


GOAL = re.compile(r"≤\s*([\d.]+)\s*(ms|×|MB)")


@dataclass
class Row:
    """One measure beside its floor. ``goal`` is text; a goal of the form
    ``≤ N ms``, ``≤ N MB`` (against ``ms``, whatever the unit) or ``≤ N×``
    (against the ratio) is checked by ``met``; ``ok`` overrides it."""

    name: str
    ms: float
    floor_name: str = ""
    floor_ms: float | None = None
    goal: str = ""
    unit: str = "ms"
    ok: bool | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor_ms is None or self.floor_ms <= 0:
            return None
        return self.ms / self.floor_ms

    @property
    def met(self) -> bool | None:
        """True/False when the goal can be checked, None when there is none."""
        if self.ok is not None:
            return self.ok
        found = GOAL.search(self.goal)
        if found is None:
            return None
        limit, kind = float(found.group(1)), found.group(2)
        if kind == "×":
            return None if self.ratio is None else self.ratio <= limit
        return self.ms <= limit


def _met(row: Row) -> str:
    return {True: "yes", False: "NO", None: ""}[row.met]


def format_table(rows: list[Row], title: str = "") -> str:
    lines = [f"\n{title}"] if title else []
    lines.append(
        f"{'measure':<40} {'median':>10}  {'floor':<28} {'floor':>10} {'ratio':>6}  "
        f"{'goal':<22} met"
    )
    for r in rows:
        floor = f"{r.floor_ms:8.1f}{r.unit:<2}" if r.floor_ms is not None else " " * 10
        ratio = " " * 6 if r.ratio is None else f"{r.ratio:5.{2 if r.ratio < 100 else 0}f}×"
        line = (
            f"{r.name:<40} {r.ms:8.1f}{r.unit:<2}  {r.floor_name:<28} {floor} {ratio}  "
            f"{r.goal:<22} {_met(r)}"
        )
        lines.append((line + (f"  ({r.note})" if r.note else "")).rstrip())
    return "\n".join(lines)


def print_table(rows: list[Row], title: str = "") -> None:
    print(format_table(rows, title))
