"""``benchmarks/run.py`` runs end to end on a tiny generated database and
prints every row of its table (numbers are printed, never asserted)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def load_run():
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module("run")


def test_run_prints_the_whole_table_on_a_tiny_database(tmp_path, capsys) -> None:
    run = load_run()
    db = tmp_path / "tiny.db"
    assert run.main(["--db", str(db), "--reports", "300", "--runs", "1"]) == 0
    assert db.exists()  # generated because it was missing
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("machine: ") and "cores" in lines[0]
    assert lines[1].startswith("system: ") and "SQLite" in lines[1]
    assert "(300 reports), medians of 1 runs" in out
    assert run.FAILED not in out, out  # every benchmark ran
    for name in run.ROW_NAMES:
        row = [line for line in lines if line.startswith(name)]
        assert len(row) == 1, name
    start = next(line for line in lines if line.startswith(run.ROW_NAMES[0]))
    assert "bare Textual app" in start and "≤ 1.3×" in start
    help_row = next(line for line in lines if line.startswith("sambang --help"))
    assert help_row.rstrip().endswith("yes")  # --help loaded neither Textual nor docs
    assert " goals met" in lines[-1]


def test_an_existing_database_is_not_generated_again(tmp_path) -> None:
    run = load_run()
    db = tmp_path / "kept.db"
    db.write_bytes(b"")
    assert run.ensure_db(db, 10) is False and db.read_bytes() == b""


def test_a_failing_benchmark_leaves_its_rows_marked(tmp_path) -> None:
    run = load_run()

    def broken():
        raise RuntimeError("no such table: report")

    rows = run._section("list:", broken)
    assert [r.name for r in rows] == [n for n in run.ROW_NAMES if n.startswith("list:")]
    assert all(r.met is False and "no such table" in r.note for r in rows)


def test_goals_are_checked_from_their_text() -> None:
    Row = load_run().Row  # noqa: N806 - the class, as run.py imports it

    assert Row("a", 40.0, goal="≤ 50 ms").met is True
    assert Row("a", 60.0, goal="≤ 50 ms").met is False
    assert Row("a", 14.0, "floor", 10.0, "≤ 1.3×").met is False
    assert Row("a", 13.0, "floor", 10.0, "≤ 1.3×").met is True
    assert Row("a", 130.0, goal="≤ 120 MB", unit="MB").met is False
    assert Row("a", 1.0).met is None
    assert Row("a", 1.0, goal="no import", ok=False).met is False


def _pg_driver_loaded(target: str) -> bool:
    code = (
        "import sys\n"
        "from sambang_tui import cli\n"
        f"cli._without_pg_driver({target!r})\n"
        "import sambang_tui.services.admin.runtime\n"
        "print(sys.modules.get('psycopg') is not None)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip() == "True"


def test_the_app_on_sqlite_skips_the_postgresql_driver() -> None:
    # a start-up fix the benchmark found: peewee imports psycopg eagerly
    assert not _pg_driver_loaded("/tmp/sambang.db")
    assert not _pg_driver_loaded("sqlite:////tmp/sambang.db")
    assert _pg_driver_loaded("postgresql://postgres@127.0.0.1/sambang")


def test_polres_measures_run_on_a_small_polres(db_target: str) -> None:
    """``bench_polres`` on the suite's database (SQLite, or PostgreSQL with
    ``SAMBANG_TEST_DB``): the month recap of every station beside its raw
    SQL, and desks at once in processes of their own, without an error."""
    load_run()
    generate_polres = importlib.import_module("generate_polres")
    bench_polres = importlib.import_module("bench_polres")
    generate_polres.generate(db_target, stations=3, reports=120, officers=8, kelurahan=2)
    rows = bench_polres.polres_rows(db_target, runs=1)
    assert [r.name for r in rows] == ["polres: month recap", "polres: year recap"]
    assert all(r.ms > 0 and r.floor_ms and "3 stations" in r.note for r in rows)
    desks = bench_polres.desk_rows(db_target, desks=3, seconds=1.5)
    assert desks[-1].name == "3 desks at once: errors / connections"
    assert desks[-1].met, desks[-1].note  # no desk saw an error
    assert "done" in desks[0].note and int(desks[0].note.split()[0]) >= 3
