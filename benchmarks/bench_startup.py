"""Start-up, measured the same way for the app and for its floor: each a
fresh interpreter (subprocess), timed from spawn to exit.

- ``sambang --db LARGE`` with ``paint_driver.PaintDriver`` (80×24 via
  ``COLUMNS``/``LINES``), which renders each frame to text as a terminal
  driver does and ends the app once a frame holding the station's name has
  been written (the first usable screen: header, keys live, the summary still
  being read); and with ``SAMBANG_BENCH_EXIT=1``, which ends it right after
  its summary (loaded by a thread worker) is painted — each against
  ``bare_app.py``, a bare Textual app of one static screen, ended by the
  same driver once its text has been written;
- the same two in a real terminal (tmux, 80×24), timed from the command
  until the station's name (the bare app's text) is on the screen;
- ``sambang --help`` against ``python -c pass``, and whether ``--help``
  loaded Textual/Rich or a document library (it must not).

Peak RSS of every child comes from ``os.wait4``'s resource usage. The app
runs with its own empty config/data/log folders and ``auto_backup = false``:
the once-a-day background copy of a 1.7 GB file is not start-up.

    python benchmarks/bench_startup.py [--db PATH] [--runs 5]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from common import ROOT, Row, print_table

T = TypeVar("T")

BARE_APP = Path(__file__).resolve().parent / "bare_app.py"
PAINTED_AT = "BENCH_PAINTED_AT"  # paint_driver's line: when the awaited frame was written
HEAVY = ("textual", "rich", "textual_autocomplete", "fpdf", "docx")
HEADLESS = {
    "TEXTUAL_DRIVER": "paint_driver:PaintDriver",
    "PYTHONPATH": str(Path(__file__).resolve().parent),
    "COLUMNS": "80",
    "LINES": "24",
}
CHECK_HELP = (
    "import contextlib, io, sys\n"
    "from sambang_tui.cli import main\n"
    "with contextlib.redirect_stdout(io.StringIO()):\n"
    "    assert main(['--help']) == 0\n"
    f"print(','.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))\n"
)


@dataclass
class Child:
    ms: float
    maxrss_mb: float


def sambang_command() -> list[str]:
    """The installed ``sambang`` script beside this interpreter, else ``-m``."""
    script = Path(sys.executable).with_name("sambang")
    if script.exists():
        return [sys.executable, str(script)]
    return [sys.executable, "-m", "sambang_tui"]


def run_child(cmd: list[str], env: dict[str, str], timeout: float = 300) -> Child:
    """Run ``cmd``; its wall time and its own peak RSS (``wait4``). When
    its driver says when it wrote the awaited frame (``PAINTED_AT``), the
    time is to that frame, not to the end of the process (an app's leaving,
    its threads and files closed, is no part of its start)."""
    with tempfile.TemporaryFile() as err:
        spawned = time.time()
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err
        )
        deadline = started + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        elapsed = (time.perf_counter() - started) * 1000
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        output = err.read().decode(errors="replace")
        if proc.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} exited {proc.returncode}:\n{output[-2000:]}")
    for line in output.splitlines():
        if line.startswith(PAINTED_AT):
            elapsed = (float(line.split()[1]) - spawned) * 1000
    return Child(elapsed, usage.ru_maxrss / 1024)  # ru_maxrss is in KiB on Linux


def app_env(home: Path) -> dict[str, str]:
    """An environment of its own for the app: empty folders (the cache's
    filled by each measure's warm-up run, as by a desk's first start), no
    daily backup."""
    env = dict(os.environ)
    for name in ("config", "data", "log", "cache"):
        folder = home / name
        folder.mkdir(parents=True, exist_ok=True)
        env[f"SAMBANG_{name.upper()}_DIR"] = str(folder)
    (home / "config" / "settings.toml").write_text("auto_backup = false\n", encoding="utf-8")
    env.pop("SAMBANG_DB", None)
    env.update(HEADLESS)
    return env


def _alternate(a: Callable[[], T], b: Callable[[], T], runs: int) -> tuple[list[T], list[T]]:
    """Run ``a`` and ``b`` in turn (one warm-up each, not counted), so that
    both see the same machine load and the same warm page cache."""
    a()
    b()
    first: list[T] = []
    second: list[T] = []
    for _ in range(runs):
        first.append(a())
        second.append(b())
    return first, second


def _children(
    a: tuple[list[str], dict[str, str]], b: tuple[list[str], dict[str, str]], runs: int
) -> tuple[list[Child], list[Child]]:
    """Two commands, each ``(argv, env)``, run in turn (``_alternate``)."""
    return _alternate(partial(run_child, *a), partial(run_child, *b), runs)


def _median(children: list[Child]) -> float:
    return statistics.median(c.ms for c in children)


def help_imports(env: dict[str, str]) -> list[str]:
    """The heavy libraries ``sambang --help`` loaded (must be none)."""
    out = subprocess.run(
        [sys.executable, "-c", CHECK_HELP], env=env, capture_output=True, text=True, timeout=120
    )
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    line = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
    return [m for m in line.split(",") if m]


def _tmux(*args: str) -> str:
    done = subprocess.run(["tmux", *args], capture_output=True, text=True, timeout=30)
    return done.stdout


def terminal_ms(cmd: list[str], env: dict[str, str], marker: str, timeout: float = 60) -> float:
    """Spawn ``cmd`` in a fresh tmux window of 80×24 and read its screen
    every 5 ms until ``marker`` is on it: a person's wait, from the command to
    the text seen (the terminal, not a headless driver, paints it)."""
    name = f"bench-start-{os.getpid()}-{time.monotonic_ns()}"
    exports = [f"{k}={v}" for k, v in env.items() if k not in HEADLESS and k != "TERM"]
    command = shlex.join(["env", "-i", *exports, "TERM=xterm-256color", *cmd])
    started = time.perf_counter()
    _tmux("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command + "; sleep 60")
    try:
        while marker not in _tmux("capture-pane", "-p", "-t", name):
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"{marker!r} not on screen after {timeout} s: {command}")
            time.sleep(0.005)
        return (time.perf_counter() - started) * 1000
    finally:
        _tmux("kill-session", "-t", name)


def first_screen_text(db_path: Path | str) -> str:
    """What the first usable screen shows first: the station's name in the
    header (on a Polres database, whose station the login belongs to is not
    read here, the section's name beside it)."""
    if "://" in str(db_path):
        return "Beranda"
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
        return str(db.execute("SELECT name FROM station ORDER BY id LIMIT 1").fetchone()[0])


def terminal_rows(db_path: Path, env: dict[str, str], runs: int) -> list[Row]:
    """The app and the bare app in tmux, in turn (one warm-up each); none
    when tmux is missing."""
    if shutil.which("tmux") is None:
        return []
    station = first_screen_text(db_path)
    keeper = f"bench-keep-{os.getpid()}"  # one tmux server for every run
    _tmux("new-session", "-d", "-s", keeper, "sleep 3600")
    try:
        app_ms, bare_ms = _alternate(
            partial(terminal_ms, [*sambang_command(), "--db", str(db_path)], env, station),
            partial(terminal_ms, [sys.executable, str(BARE_APP), "--terminal"], env, "Hello"),
            runs,
        )
    finally:
        _tmux("kill-session", "-t", keeper)
    return [
        Row(
            "start in tmux 80×24: station name on screen",
            statistics.median(app_ms),
            "bare Textual app: its text on screen",
            statistics.median(bare_ms),
            "≤ 1.3×",
        )
    ]


def compile_package() -> None:
    """Byte-compile the app as ``pip install .`` does: an editable install
    under ``PYTHONDONTWRITEBYTECODE`` would otherwise compile every module at
    every start, which Textual (compiled when installed) never pays."""
    import compileall

    compileall.compile_dir(str(ROOT / "sambang_tui"), quiet=1)


def measure(db_path: Path, runs: int = 5) -> tuple[list[Row], dict[str, float]]:
    """Rows for the table and the peak RSS (MB) of the app and bare children."""
    compile_package()
    home = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        env = app_env(home)
        bare = ([sys.executable, str(BARE_APP), "--terminal"], {**env, "BENCH_PAINTED": "Hello"})
        app_cmd = [*sambang_command(), "--db", str(db_path)]
        painted = {**env, "BENCH_PAINTED": first_screen_text(db_path)}
        paint_app, paint_bare = _children((app_cmd, painted), bare, runs)
        start_app, start_bare = _children((app_cmd, {**env, "SAMBANG_BENCH_EXIT": "1"}), bare, runs)
        help_app, help_bare = _children(
            ([*sambang_command(), "--help"], env), ([sys.executable, "-c", "pass"], env), runs
        )
        heavy = help_imports(env)
        in_terminal = terminal_rows(db_path, env, runs)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    rss = {
        "app": max(c.maxrss_mb for c in start_app),
        "bare": max(c.maxrss_mb for c in start_bare),
    }
    rows = [
        Row(
            "start: sambang → home screen painted (station name)",
            _median(paint_app),
            "bare Textual app, 1 screen",
            _median(paint_bare),
            "≤ 1.3×",
        ),
        Row(
            "start: sambang → home summary shown",
            _median(start_app),
            "bare Textual app, 1 screen",
            _median(start_bare),
            note="after the first paint; no goal",
        ),
        *in_terminal,
        Row(
            "sambang --help",
            _median(help_app),
            "python -c pass",
            _median(help_bare),
            "no Textual/docs import",
            ok=not heavy,
            note=f"imported {', '.join(heavy)}" if heavy else "",
        ),
    ]
    return rows, rss


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=ROOT / "benchmarks" / "data" / "large.db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    found, peak = measure(args.db, args.runs)
    print_table(found, f"Start-up on {args.db}")
    print(f"peak RSS: app {peak['app']:.1f} MB, bare Textual app {peak['bare']:.1f} MB")
