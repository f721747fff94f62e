"""``benchmarks/bench_server.py`` runs on the test cluster, so it cannot rot
(numbers are printed, never asserted)."""

from __future__ import annotations

import importlib
import secrets
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_save_benchmark_runs(station, as_user, peer_cluster, capsys) -> None:
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    bench = importlib.import_module("bench_server")
    name = "bench_plain_" + secrets.token_hex(3)
    plain_url = peer_cluster.url(name, "postgres")
    assert bench.with_database(station.super_url, name) == plain_url
    bench.prepare_plain(plain_url)
    plain = bench.time_saves(plain_url, 2)
    enforced = as_user("desk", bench.time_saves, station.url, 2, station.users["desk"])
    lines = bench.compare(plain, enforced)
    print("\n".join(lines))
    assert len(plain) == len(enforced) == 2 and lines[-1].startswith("ratio: ")
    done = peer_cluster.psql("postgres", "postgres", f'DROP DATABASE "{name}" WITH (FORCE)')
    assert done.returncode == 0, done.stderr
