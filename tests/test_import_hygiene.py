"""Start-up stays light: the CLI's parser and the services layer import
neither Textual/Rich nor the document libraries (checked in a fresh
interpreter, where ``sys.modules`` shows everything that was loaded)."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from typing import Any

import sambang_tui.services

UI_LIBS = ("textual", "rich")
DOC_LIBS = ("fpdf", "docx")
HEAVY = UI_LIBS + DOC_LIBS
# the only modules that may load a document library, each its own
RENDERERS = {
    "sambang_tui.services.documents.render_pdf": "fpdf",
    "sambang_tui.services.documents.render_docx": "docx",
}


def _loaded_after(code: str) -> list[str]:
    script = (
        "import sys, json\n"
        f"{code}\n"
        f"heavy = {HEAVY!r}\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & set(heavy))))\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _service_modules() -> list[str]:
    return sorted(
        m.name
        for m in pkgutil.walk_packages(sambang_tui.services.__path__, "sambang_tui.services.")
    )


def test_cli_parser_is_light() -> None:
    assert _loaded_after("from sambang_tui.cli import build_parser\nbuild_parser()") == []


def test_help_is_light() -> None:
    code = (
        "from sambang_tui.cli import main\n"
        "import contextlib, io\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--help']) == 0\n"
    )
    assert _loaded_after(code) == []


def test_services_layer_is_light() -> None:
    modules = [m for m in _service_modules() if m not in RENDERERS]
    assert len(modules) > 20
    loaded = _loaded_after("\n".join(f"import {m}" for m in modules))
    if loaded:  # name the culprits
        culprits = [m for m in modules if _loaded_after(f"import {m}")]
        raise AssertionError(f"{loaded} loaded by {culprits}")


def test_renderers_load_only_their_own_library() -> None:
    for module, lib in RENDERERS.items():
        if module in _service_modules():
            assert set(_loaded_after(f"import {module}")) <= {lib}, module


def test_checker_detects_a_heavy_import() -> None:
    assert _loaded_after("import rich.text") == ["rich"]


# what a start on a SQLite file whose schema is current never needs
NOT_AT_START = (
    "playhouse.migrations",  # the migration runner: one query says the schema is current
    "sambang_tui.db.pg.apply",  # a station server's rules
    "psycopg",
    "babel",  # dates are written without it
)


def _start_app(tmp_path, before: str, after: str) -> Any:
    """``sambang --db`` on a migrated SQLite file in a fresh interpreter,
    headless, leaving once its summary is shown: ``before`` runs ahead of
    ``main``, ``after`` prints one JSON line, returned read."""
    path = tmp_path / "desk.db"
    create = f"from sambang_tui.services.admin import runtime\nruntime.connect({str(path)!r})\n"
    subprocess.run([sys.executable, "-c", create], check=True, timeout=120)
    script = (
        f"{before}"
        "from sambang_tui.cli import main\n"
        f"assert main(['--db', {str(path)!r}]) == 0\n"
        f"{after}"
    )
    env = {
        **os.environ,
        "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver",
        "COLUMNS": "80",
        "LINES": "24",
        "SAMBANG_BENCH_EXIT": "1",  # leaves once the summary is shown
    }
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_app_start_on_a_current_sqlite_file_is_light(tmp_path) -> None:
    """The app up to its summary (headless) on a migrated SQLite file."""
    loaded = _start_app(
        tmp_path,
        "import json, sys\n",
        "loaded = {m for m, module in sys.modules.items() if module is not None}\n"
        f"print(json.dumps(sorted(loaded & set({NOT_AT_START!r}))))\n",
    )
    assert loaded == []


def test_first_paint_needs_no_command_parsers_nor_the_summary_queries(tmp_path) -> None:
    """Up to the first paint the app builds no subcommand parser and does not
    import the home summary's queries (read after the paint, on a worker);
    the garbage collector, held off for the start, is handed back (start-up's
    objects frozen) once the screen is up."""
    modules, frozen = _start_app(
        tmp_path,
        "import gc, json, sys\n"
        "from sambang_tui.ui.screens import home\n"
        "seen = {}\n"
        "reload = home.HomeScreen.action_reload\n"
        "def spy(self):\n"
        "    seen.setdefault('modules', sorted(sys.modules))\n"
        "    reload(self)\n"
        "home.HomeScreen.action_reload = spy\n",
        "print(json.dumps([seen['modules'], gc.get_freeze_count()]))\n",
    )
    assert "sambang_tui.ui.app" in modules
    assert [m for m in modules if m.startswith("sambang_tui.cli_commands")] == []
    assert "sambang_tui.services.desk.home" not in modules
    assert frozen > 0
