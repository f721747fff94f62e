"""The layer rules of CONTRIBUTING.md, checked by import-linter against the
contracts in pyproject.toml, plus the rule import-linter's layers cannot
express: the UI never imports ``sambang_tui.db``."""

from __future__ import annotations

import ast
import subprocess
import sys
import tomllib
from pathlib import Path

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


def test_pyproject_declares_the_layer_contracts() -> None:
    contracts = {c["type"]: c for c in _contracts()}
    assert contracts["layers"]["layers"] == [
        "sambang_tui.ui",
        "sambang_tui.services",
        "sambang_tui.db",
    ]
    forbidden = contracts["forbidden"]
    assert {"sambang_tui.services", "sambang_tui.db", "sambang_tui.config"} <= set(
        forbidden["source_modules"]
    )
    assert {"textual", "rich"} <= set(forbidden["forbidden_modules"])


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
