"""The layer rules of CONTRIBUTING.md, checked by import-linter against the
contracts in pyproject.toml, plus the rule import-linter's layers cannot
express: the UI never imports ``sambang_tui.db``."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "sambang_tui"

LINT = (
    "import sys\n"
    "from importlinter.cli import lint_imports\n"
    "sys.exit(lint_imports(no_cache=True, no_logo=True))\n"
)


def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def _contract(name_start: str) -> dict:
    (found,) = [c for c in _contracts() if c["name"].startswith(name_start)]
    return found


def test_pyproject_declares_the_layer_contracts() -> None:
    assert _contract("ui -> services -> db")["layers"] == [
        "sambang_tui.ui",
        "sambang_tui.services",
        "sambang_tui.db",
    ]
    forbidden = _contract("services and db import no Textual")
    assert {"sambang_tui.services", "sambang_tui.db", "sambang_tui.config"} <= set(
        forbidden["source_modules"]
    )
    assert {"textual", "rich"} <= set(forbidden["forbidden_modules"])


def test_every_services_package_is_placed_among_the_domain_layers() -> None:
    """services/ holds packages only (no flat module beside them), and the
    domain contract names each one, core at the bottom."""
    domains = _contract("services: a domain imports only")
    assert domains["containers"] == ["sambang_tui.services"]
    assert domains["exhaustive"] is True
    placed = {name.strip() for row in domains["layers"] for name in row.split("|")}
    services = PACKAGE / "services"
    packages = {p.name for p in services.iterdir() if (p / "__init__.py").is_file()}
    flat = sorted(p.name for p in services.glob("*.py") if p.name != "__init__.py")
    assert not flat, f"modules outside a domain package: {flat}"
    assert placed == packages
    assert domains["layers"][-1] == "core"


def _fake_project(tmp_path: Path, extra_import: str) -> Path:
    """A skeleton of the package (empty modules named as ours) with this
    project's contracts and one import added, for lint-imports to judge."""
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(ROOT)
        if "migrations" in rel.parts:
            continue
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("")
    module, line = extra_import.split(":", 1)
    (tmp_path / module).write_text(line + "\n")
    (tmp_path / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return tmp_path


@pytest.mark.parametrize(
    ("extra_import", "broken"),
    [
        (
            "sambang_tui/services/core/clock.py:import sambang_tui.services.reports.numbers",
            "services: a domain imports only the domains below it BROKEN",
        ),
        (
            "sambang_tui/services/reports/detail.py:import sambang_tui.services.documents.source",
            "services: a domain imports only the domains below it BROKEN",
        ),
        (
            "sambang_tui/services/schedule/plans.py:import sambang_tui.services.recap.figures",
            "services: a domain imports only the domains below it BROKEN",
        ),
        (
            "sambang_tui/services/admin/backup.py:import sambang_tui.demo.build",
            "only the CLI imports the demo generator BROKEN",
        ),
        (
            "sambang_tui/services/reports/attachments.py:import sambang_tui.services.reports.detail",
            "a report's attachments do not import its detail BROKEN",
        ),
        (
            "sambang_tui/ui/app.py:import sambang_tui.db.models",
            "the UI imports neither db (directly) nor the demo BROKEN",
        ),
    ],
)
def test_the_contracts_catch_a_wrong_import(tmp_path, extra_import: str, broken: str) -> None:
    """The contracts are real: one import against them in a copy of the
    package's skeleton, and lint-imports reports that contract broken."""
    project = _fake_project(tmp_path, extra_import)
    proc = subprocess.run(
        [sys.executable, "-c", LINT],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PYTHONPATH": str(project)},
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode != 0, report
    assert broken in report, report


def test_import_linter_contracts_are_kept() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", LINT], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report
    for contract in _contracts():
        assert f"{contract['name']} KEPT" in report, report
    assert "0 broken" in report


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_ui_never_imports_the_db_layer() -> None:
    offenders = []
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        bad = {
            m
            for m in _imported_modules(path)
            if m == "sambang_tui.db" or m.startswith("sambang_tui.db.")
        }
        if bad:
            offenders.append(f"{path.relative_to(ROOT)}: {sorted(bad)}")
    assert not offenders, "\n".join(offenders)


def test_the_checker_sees_a_violation(tmp_path) -> None:
    """The AST scan is real: it finds an import of the db layer."""
    sample = tmp_path / "screen.py"
    sample.write_text("from sambang_tui.db.models import Report\nimport textual\n")
    assert "sambang_tui.db.models" in _imported_modules(sample)


# db/models/base.py stamps a row's creation as a column default: the db layer
# may not import services, so its one wall-clock read stays there.
CLOCK_READERS = {"sambang_tui/services/core/clock.py", "sambang_tui/db/models/base.py"}


def _clock_reads(path: Path) -> list[int]:
    """Lines calling ``datetime.now()``/``utcnow()`` or ``date.today()``
    (as ``dt.datetime.now()``, ``datetime.now()``, ``date.today()`` …)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        owner = node.func.value
        name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
        if (node.func.attr in ("now", "utcnow") and name == "datetime") or (
            node.func.attr == "today" and name == "date"
        ):
            found.append(node.lineno)
    return found


def test_only_the_clock_reads_the_wall_clock() -> None:
    """Today and now come from ``services.core.clock`` (which honours a demo's
    fixed date), so no module reads the system clock on its own."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in CLOCK_READERS:
            continue
        offenders += [f"{rel}:{line}" for line in _clock_reads(path)]
    assert not offenders, offenders


def test_the_clock_check_sees_a_wall_clock_read(tmp_path) -> None:
    sample = tmp_path / "svc.py"
    sample.write_text(
        "import datetime as dt\nfrom datetime import date\n"
        "a = dt.datetime.now()\nb = date.today()\nc = dt.date(2024, 1, 1)\n"
    )
    assert _clock_reads(sample) == [3, 4]


NUMBER_FORMATS = ("LK/{", "R/LI-{")


def test_report_numbers_are_made_in_one_place() -> None:
    """``LK/17/XII/2024`` and ``R/LI-3/XII/2024`` are formatted only by
    ``services.reports.numbers`` (they were once written in three places)."""
    home = PACKAGE / "services" / "reports" / "numbers.py"
    assert all(f in home.read_text(encoding="utf-8") for f in NUMBER_FORMATS)
    offenders = [
        path.relative_to(ROOT).as_posix()
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != home and any(f in path.read_text(encoding="utf-8") for f in NUMBER_FORMATS)
    ]
    assert not offenders, offenders
