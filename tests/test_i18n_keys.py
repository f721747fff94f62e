"""Every catalogue key the package uses exists, in Indonesian and English.

The package is read as source (``ast``): a key written as a literal where a
text is looked up (``t("…")``) or an error is raised (``ValidationError(field,
"…")``, ``NotFound("…")``, ``Checker.fail(field, "…")``, ``Msg("…")``) must be
in the catalogue; a key built at run time (``t(f"entry.li.{name}")``) must
follow a family declared in ``sambang_tui/i18n/families.py``, whose every name
is expanded and looked up. Any other string shaped like a key of a known area
(``"core.do.restore"`` passed along as ``what``) must exist too, unless it is
a key binding's id.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

import sambang_tui
from sambang_tui.i18n import catalogue, set_language
from sambang_tui.i18n.families import FAMILIES, expand

PACKAGE = Path(sambang_tui.__file__).parent
KEY = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
FILE_SUFFIXES = {
    "csv",
    "pdf",
    "docx",
    "txt",
    "json",
    "db",
    "zip",
    "tcss",
    "log",
    "gz",
    "py",
    "dump",
}
# strings shaped like keys that are none, and why
NOT_KEYS = {"entry.new": "the name of a new report's draft (ui/screens/entry)"}
# where the key is among a call's positional arguments
KEY_ARG = {
    "t": 0,
    "Msg": 0,
    "ServiceError": 0,
    "NotFound": 0,
    "PermissionDenied": 0,
    "file_error": 0,
    "_fail": 0,
    "ValidationError": 1,
    "FieldError": 1,
    "fail": 1,
}


def _sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _pattern(node: ast.expr) -> str | None:
    """An f-string or a concatenation as a family pattern (``a.{}.b``)."""
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _pattern(node.left), _pattern(node.right)
        return (left or "{}") + (right or "{}")
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _uses() -> tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]:
    """(literal keys, run-time patterns, sentences where a key belongs), each
    with where it is written."""
    keys: list[tuple[str, str]] = []
    patterns: list[tuple[str, str]] = []
    sentences: list[tuple[str, str]] = []
    areas = {key.split(".", 1)[0] for key in catalogue()}
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in _sources()}
    # a key binding's id (``Binding(…, id="entry.save")``, the keymap's) is no text
    binding_ids = {
        node.value.value
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.keyword)
        and node.arg == "id"
        and isinstance(node.value, ast.Constant)
    }
    # a piece of an f-string is no key (``f"master.tab_{name}"``, a binding's id)
    pieces = {
        id(value)
        for tree in trees.values()
        for node in ast.walk(tree)
        if isinstance(node, ast.JoinedStr)
        for value in node.values
    }
    for path, tree in trees.items():
        rel = path.relative_to(PACKAGE.parent)
        for node in ast.walk(tree):
            where = f"{rel}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call) and _name(node.func) in KEY_ARG:
                index = KEY_ARG[_name(node.func)]
                if len(node.args) <= index:
                    continue
                arg = node.args[index]
                branches = [arg.body, arg.orelse] if isinstance(arg, ast.IfExp) else [arg]
                for branch in branches:
                    if isinstance(branch, ast.Constant) and isinstance(branch.value, str):
                        (keys if KEY.match(branch.value) else sentences).append(
                            (branch.value, where)
                        )
                    elif isinstance(branch, ast.JoinedStr | ast.BinOp):
                        patterns.append((_pattern(branch) or "?", where))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if id(node) in pieces or text + ".{}" in FAMILIES or text in NOT_KEYS:
                    continue
                if (
                    KEY.match(text)
                    and text.split(".", 1)[0] in areas
                    and text.rsplit(".", 1)[1] not in FILE_SUFFIXES
                    and text not in binding_ids
                ):
                    keys.append((text, where))
    return keys, patterns, sentences


USES = _uses()


def test_every_key_has_both_languages_with_the_same_placeholders() -> None:
    fields = string.Formatter()
    bad = []
    for key, pair in catalogue().items():
        assert isinstance(pair, tuple) and len(pair) == 2, key
        indonesian, english = pair
        if bool(indonesian) != bool(english):
            bad.append(f"{key}: one language empty")
            continue
        names = [{f[1] for f in fields.parse(text) if f[1] is not None} for text in pair]
        if names[0] != names[1]:
            bad.append(f"{key}: placeholders {sorted(names[0])} vs {sorted(names[1])}")
    assert not bad, "\n".join(bad)


def test_every_literal_key_used_exists() -> None:
    keys, _, _ = USES
    assert len(keys) > 500  # the scan sees the package
    known = catalogue()
    missing = sorted({f"{where}: {key}" for key, where in keys if key not in known})
    assert not missing, "\n".join(missing)


def test_errors_name_keys_not_sentences() -> None:
    _, patterns, sentences = USES
    built = [(p, where) for p, where in patterns if " " in p]  # f-string sentences
    sentences = sentences + built
    assert not sentences, "\n".join(f"{where}: {text!r}" for text, where in sentences)


def test_keys_built_at_run_time_follow_a_declared_family() -> None:
    _, patterns, _ = USES
    assert patterns  # the scan sees f-string keys
    undeclared = sorted(
        {f"{where}: {p}" for p, where in patterns if p not in FAMILIES and " " not in p}
    )
    assert not undeclared, "declare in sambang_tui/i18n/families.py:\n" + "\n".join(undeclared)


@pytest.mark.parametrize("pattern", sorted(FAMILIES))
def test_every_key_of_a_family_exists(pattern: str) -> None:
    keys = expand(pattern)
    assert keys
    known = catalogue()
    assert [k for k in keys if k not in known] == []


def test_the_scan_catches_a_missing_key_and_a_sentence(tmp_path: Path) -> None:
    """The scan's own check: a wrong key, an undeclared family and a sentence
    raised as an error are each found."""
    bad = PACKAGE / "_h17c_probe_keys.py"
    bad.write_text(
        "from sambang_tui.i18n import t\n"
        "from sambang_tui.services.core.errors import NotFound\n"
        "t('common.no_such_key_anywhere')\n"
        "t(f'nowhere.{1}')\n"
        "NotFound('Laporan tidak ada.')\n",
        encoding="utf-8",
    )
    try:
        keys, patterns, sentences = _uses()
    finally:
        bad.unlink()
    assert ("common.no_such_key_anywhere", "sambang_tui/_h17c_probe_keys.py:3") in keys
    assert ("nowhere.{}", "sambang_tui/_h17c_probe_keys.py:4") in patterns
    assert ("Laporan tidak ada.", "sambang_tui/_h17c_probe_keys.py:5") in sentences


def test_a_service_error_reads_in_the_chosen_language() -> None:
    from sambang_tui.services.core.dates import parse_date
    from sambang_tui.services.core.errors import ValidationError

    try:
        with pytest.raises(ValidationError) as caught:
            parse_date("31/02/2024")
        assert caught.value.message == "Tanggal '31/02/2024' tidak ada di kalender."
        set_language("en")
        assert caught.value.message == "The date '31/02/2024' is not in the calendar."
        assert str(caught.value) == caught.value.message
        assert caught.value.errors[0].message == caught.value.message
    finally:
        set_language("id")
