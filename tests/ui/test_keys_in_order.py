"""A field's own keys (End, Home, ←, Backspace) and the characters typed
after them land in the order typed when they reach the app in one read — a
burst over a slow SSH link (issue 21: End and " Q" on Tempat, just entered
with Tab and so all selected, replaced the whole place with " Q"). The keys
are posted to the app all at once, as the driver does with one read, before
the app has handled the first; typed one by one they always worked."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from textual import events
from textual.widgets import Input
from ui.helpers import make_app, wait
from ui.test_entry_support import seed_world

import sambang_tui
from sambang_tui.services.admin import runtime

PLACE = "Jalan Kramat Sentiong"


@pytest.fixture
def target(db_target: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    seed_world()
    runtime.close()
    return db_target


async def burst(pilot, *keys: str) -> None:
    """``keys`` (Textual names, or one printable character each) in one read."""
    for key in keys:
        if len(key) == 1:
            name = "space" if key == " " else key
            pilot.app.post_message(events.Key(name, key))
        else:
            pilot.app.post_message(events.Key(key, None))
    await wait(pilot)


async def open_form(pilot):
    await wait(pilot)
    await pilot.press("f4")
    await wait(pilot)
    return pilot.app.screen.form


async def test_end_then_typing_after_tab_appends(target: str) -> None:
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot)
        form.input("place").value = PLACE
        form.input("rt").focus()
        await wait(pilot)
        await burst(pilot, "tab", "end", " ", "N", "o", ".", " ", "1", "2")
        assert app.screen.focused is form.input("place")
        assert form.input("place").value == PLACE + " No. 12"


async def test_end_then_typing_after_shift_tab_appends(target: str) -> None:
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot)
        form.input("rw").value = "07"
        form.input("rt").focus()
        await wait(pilot)
        await burst(pilot, "shift+tab", "end", "1")
        assert form.input("rw").value == "071"


async def test_typed_over_a_selection_after_tab_still_replaces_it(target: str) -> None:
    """Typing straight after Tab replaces the field (all selected on entry),
    in one read as typed key by key."""
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot)
        form.input("place").value = PLACE
        form.input("rt").focus()
        await wait(pilot)
        await burst(pilot, "tab", "P", "a", "s", "a", "r")
        assert form.input("place").value == "Pasar"


async def test_home_and_arrows_move_before_the_next_character(target: str) -> None:
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot)
        form.input("place").focus()
        await wait(pilot)
        await burst(pilot, *"Kramat", "home", "J", "l", " ", "end", "!", "left", "backspace", "?")
        assert form.input("place").value == "Jl Krama?!"


async def test_a_text_area_takes_its_keys_in_order(target: str) -> None:
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        form = await open_form(pilot)
        area = form.area("narrative")
        area.text = "Sambang warga"
        area.focus()
        await wait(pilot)
        await burst(pilot, "home", "end", " ", "R", "W", "home", "*")
        assert area.text == "*Sambang warga RW"


async def test_a_dialog_input_takes_its_keys_in_order(target: str) -> None:
    """Not only the entry form: the list's search field (any Input the app
    makes comes from ``ui.widgets.inputs``)."""
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f5")
        await wait(pilot)
        await pilot.press("slash")
        search = app.screen.focused
        assert isinstance(search, Input)
        await burst(pilot, *"rama", "home", "K", "end", "t")
        assert search.value == "Kramat"


def test_no_field_is_made_from_textual_s_own_classes() -> None:
    """Every Input and TextArea the app makes (or subclasses) comes from
    ``sambang_tui.ui.widgets.inputs``; Textual's own are only named (messages,
    isinstance)."""
    root = Path(sambang_tui.__file__).parent / "ui"
    offenders: list[str] = []
    for path in root.rglob("*.py"):
        if path.name == "inputs.py":
            continue
        tree = ast.parse(path.read_text())
        textual_names = {
            alias.asname or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "textual.widgets"
            for alias in node.names
            if alias.name in ("Input", "TextArea")
        }
        for node in ast.walk(tree):
            made = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            if made and node.func.id in textual_names:
                offenders.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    if isinstance(base, ast.Name) and base.id in textual_names:
                        offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
