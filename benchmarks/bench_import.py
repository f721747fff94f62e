"""CSV import of master data, streamed: a million area rows (goals: peak
memory ≤ 200 MB with ``--dry-run`` and for real; another desk's save waits
≤ 1 s while the import runs), with rows per second.

    python benchmarks/bench_import.py [--rows 1000000]

The file is generated (deterministic: 50 kelurahan × 100 RW × 200 RT, about
42 MB); each import runs in a child process on a fresh empty database, so
its peak RSS is its own, while a second child — another desk — saves a
draft every 50 ms through the services and records how long each save took.
The floor of the import's time is ``csv.reader`` reading the same file; the
floor of its memory is a child that imports the same modules and opens the
database, nothing else.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from common import ROOT, Row  # noqa: E402

RSS_GOAL = "≤ 200 MB"
WAIT_GOAL = "≤ 1000 ms"
SAVE_EVERY_S = 0.05


def write_csv(path: Path, rows: int) -> None:
    kel, rw, rt = 50, 100, 200
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("kelurahan;jenis;kecamatan;kota;rw;rt\r\n")
        for i in range(rows):
            k, rest = divmod(i, rw * rt)
            w, t = divmod(rest, rt)
            fh.write(f"Kelurahan {k % kel:02d};kelurahan;Senen;Jakarta Pusat;{w + 1};{t + 1}\r\n")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.pop("SAMBANG_USER", None)
    env.pop("SAMBANG_TODAY", None)
    return env


def _child(*args: str) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=_env(), check=False
    )
    if proc.returncode != 0:
        raise RuntimeError((proc.stderr.strip().splitlines() or ["child failed"])[-1])
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def child_import(db: str, csv_path: str, dry_run: bool) -> dict[str, float]:
    """Run in a child: one import, its time and this process's peak memory."""
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.master.importing.run import import_csv

    runtime.connect(db)
    actor = runtime.actor_for()  # the file's owner on a station with no admin yet
    started = time.perf_counter()
    result = import_csv(actor, "areas", Path(csv_path), dry_run=dry_run)
    seconds = time.perf_counter() - started
    if result.error_count:
        raise RuntimeError(result.summary())
    return {
        "seconds": seconds,
        "rows": result.rows,
        "batches": result.batches,
        "longest_batch_ms": result.longest_batch_s * 1000,
        "peak_mb": _peak_mb(),
    }


def child_floor(db: str) -> dict[str, float]:
    from sambang_tui.services.admin import runtime  # noqa: F401 - what the import loads
    from sambang_tui.services.master.importing import run as csv_import  # noqa: F401 - what the import loads

    runtime.connect(db)
    return {"peak_mb": _peak_mb()}


def child_desk(db: str, stop: str, out: str) -> dict[str, float]:
    """Run in a child: another desk saving a draft every 50 ms until ``stop``
    exists; each save's duration goes to ``out``."""
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.desk import drafts

    runtime.connect(db)
    waits = []
    n = 0
    while not Path(stop).exists():
        started = time.perf_counter()
        drafts.save_draft("desk2", "entry.new", {"narrative": f"ketikan {n}"})
        waits.append((time.perf_counter() - started) * 1000)
        n += 1
        time.sleep(SAVE_EVERY_S)
    Path(out).write_text(json.dumps(waits))
    return {"saves": len(waits)}


def csv_floor_ms(path: Path) -> float:
    import csv

    started = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as fh:
        for _ in csv.reader(fh, delimiter=";"):
            pass
    return (time.perf_counter() - started) * 1000


def _fresh_db(folder: Path, name: str) -> str:
    from sambang_tui.services.admin import runtime

    db = str(folder / name)
    runtime.connect(db).close()
    runtime.close()
    return db


def measure(rows: int = 1_000_000) -> list[Row]:
    label = f"{rows / 1_000_000:g}M" if rows >= 100_000 else f"{rows:,}"
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        path = folder / "wilayah.csv"
        write_csv(path, rows)
        size_mb = path.stat().st_size / 1e6
        floor_ms = csv_floor_ms(path)
        floor_rss = _child("--floor", _fresh_db(folder, "floor.db"))["peak_mb"]
        dry = _child("--import", _fresh_db(folder, "dry.db"), str(path), "--dry-run")
        real_db = _fresh_db(folder, "real.db")
        stop, out = folder / "stop", folder / "waits.json"
        desk = subprocess.Popen(
            [sys.executable, __file__, "--desk", real_db, str(stop), str(out)],
            env=_env(),
            stdout=subprocess.DEVNULL,
        )
        try:
            time.sleep(0.5)  # the desk is saving before the import starts
            real = _child("--import", real_db, str(path))
        finally:
            stop.touch()
            desk.wait(timeout=60)
        waits = sorted(json.loads(out.read_text())) if out.exists() else [float("nan")]
    p99 = waits[min(len(waits) - 1, int(len(waits) * 0.99))]
    return [
        Row(
            "import CSV: --dry-run",
            dry["seconds"] * 1000,
            "csv.reader over the file",
            floor_ms,
            note=f"{label} rows, {size_mb:.0f} MB: {rows / dry['seconds']:,.0f} rows/s",
        ),
        Row(
            "import CSV: written",
            real["seconds"] * 1000,
            "csv.reader over the file",
            floor_ms,
            note=(
                f"{label} rows: {rows / real['seconds']:,.0f} rows/s, {real['batches']:.0f} "
                f"batches, longest {real['longest_batch_ms']:.0f} ms"
            ),
        ),
        Row(
            "import CSV: peak RSS",
            max(dry["peak_mb"], real["peak_mb"]),
            "modules loaded, database open",
            floor_rss,
            RSS_GOAL,
            unit="MB",
            note=f"--dry-run {dry['peak_mb']:.0f} MB, written {real['peak_mb']:.0f} MB",
        ),
        Row(
            "import CSV: another desk's save",
            waits[-1],
            "",
            None,
            WAIT_GOAL,
            note=(
                f"longest wait; {len(waits)} saves during the import, "
                f"median {waits[len(waits) // 2]:.0f} ms, p99 {p99:.0f} ms"
            ),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--import":
        print(json.dumps(child_import(argv[1], argv[2], dry_run="--dry-run" in argv)))
        return 0
    if argv and argv[0] == "--floor":
        print(json.dumps(child_floor(argv[1])))
        return 0
    if argv and argv[0] == "--desk":
        print(json.dumps(child_desk(argv[1], argv[2], argv[3])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    args = parser.parse_args(argv)
    from common import format_table

    print(format_table(measure(args.rows), f"CSV import, {args.rows:,} rows"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
