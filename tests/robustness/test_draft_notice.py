"""Drafts at the edges of a session, by pilot: the start-up notice that
drafts wait (and where to restore them), and Ctrl+Q a moment after typing —
inside the draft debounce — keeping what was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from ui.helpers import make_app, wait
from ui.test_entry_support import seed_world

from sambang_tui.services import drafts, runtime


@pytest.fixture
def target(db_target: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    seed_world()
    runtime.close()
    return db_target


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def test_start_up_says_drafts_wait_and_how_to_restore(target: str) -> None:
    runtime.connect(target)
    drafts.save_draft("desk", "entry.new", {"narrative": "Sambang [b]RW 03[/b]"})
    drafts.save_draft("desk", "entry.report.7", {"narrative": "suntingan"})
    drafts.save_draft("desk", "entry.plan.3", {"narrative": "rencana"})
    drafts.save_draft("kapolsek", "entry.new", {"narrative": "bukan milik desk"})
    runtime.close()
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        said = notices(app)
        new = [n for n in said if "draf laporan baru" in n]
        assert len(new) == 1 and "F4" in new[0], said
        today = dt.date.today().strftime("%d/%m/%Y")
        assert today in new[0]  # when it was last kept
        edits = [n for n in said if "2 draf suntingan" in n]
        assert len(edits) == 1 and "F5" in edits[0] and "F3" in edits[0], said
        await pilot.press("f4")  # and F4 does offer it back
        await wait(pilot)
        from sambang_tui.ui.modals.confirm import ConfirmModal

        assert isinstance(app.screen, ConfirmModal)


async def test_no_notice_without_drafts_or_for_a_read_only_login(target: str) -> None:
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        assert not [n for n in notices(app) if "draf" in n]
    runtime.connect(target)
    drafts.save_draft("tamu", "entry.new", {"narrative": "x"})
    runtime.close()
    app = make_app(target, user="tamu")  # no officer: read-only
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        said = notices(app)
        assert any("hanya-baca" in n for n in said)
        assert not [n for n in said if "draf" in n]


async def test_ctrl_q_inside_the_debounce_keeps_the_draft(target: str) -> None:
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        app.screen.query_one("#f-narrative").focus()
        await pilot.press(*"Tepat")
        await pilot.press("ctrl+q")  # well inside the one-second debounce
        await pilot.pause()
    runtime.connect(target)
    try:
        found = drafts.load_draft("desk", "entry.new")
    finally:
        runtime.close()
    assert found is not None
    assert found[0]["narrative"] == "Tepat"


async def test_a_form_left_as_loaded_leaves_no_draft_at_exit(target: str) -> None:
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        app.screen.query_one("#f-narrative").focus()
        await pilot.press("x", "backspace")  # typed and taken back
        await pilot.press("ctrl+q")
        await pilot.pause()
    runtime.connect(target)
    try:
        assert drafts.load_draft("desk", "entry.new") is None
    finally:
        runtime.close()
