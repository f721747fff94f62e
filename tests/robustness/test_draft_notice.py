"""Drafts at the edges of a session, by pilot: the start-up offer of the
drafts that instances of this login left when they died (a list; Enter
restores one, d throws it away, Esc keeps them), and Ctrl+Q a moment after
typing — inside the draft debounce — keeping what was typed."""

from __future__ import annotations

import datetime as dt

import pytest
from ui.helpers import make_app, wait, wait_until
from ui.test_entry_support import seed_world

from sambang_tui.services.admin import runtime
from sambang_tui.services.desk import drafts


@pytest.fixture
def target(db_target: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    seed_world()
    runtime.close()
    return db_target


async def offered(pilot) -> None:
    """Wait for the start-up offer: it is looked for after the first paint,
    so on a loaded machine one round of `wait` may come before it."""
    from sambang_tui.ui.modals.drafts_offer import DraftsOfferModal

    await wait_until(pilot, lambda: isinstance(pilot.app.screen, DraftsOfferModal))


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


GONE = "gone-host:1:1"  # another host's instance, long gone (see the old stamp)


def leave(user: str, form: str, data: dict, session: str = GONE) -> None:
    """A draft as an instance that died left it (a day ago)."""
    from sambang_tui.db.models import Draft

    drafts.save_draft(user, form, data, session=session)
    Draft.update(updated_at=dt.datetime.now() - dt.timedelta(days=1)).where(
        Draft.session == session
    ).execute()


async def test_start_up_offers_every_orphaned_draft_in_a_list(target: str) -> None:
    from sambang_tui.ui.modals.drafts_offer import DraftsOfferModal
    from sambang_tui.ui.screens.entry import EntryScreen

    runtime.connect(target)
    leave("desk", "entry.new", {"narrative": "Sambang [b]RW 03[/b]"})
    leave("desk", "entry.new", {"narrative": "jendela kedua"}, session="gone-host:2:2")
    leave("desk", "entry.report.7", {"narrative": "suntingan"})
    leave("kapolsek", "entry.new", {"narrative": "bukan milik desk"})
    drafts.save_draft("desk", "entry.plan.3", {"narrative": "punya jendela ini"})
    runtime.close()
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await offered(pilot)
        assert isinstance(app.screen, DraftsOfferModal)
        lines = [str(o.prompt) for o in app.screen.query_one("OptionList")._options]
        assert len(lines) == 3, lines  # both windows' new reports and the edit; not kapolsek's
        assert any("Sambang [b]RW 03[/b]" in line for line in lines)  # typed text, literally
        assert any("jendela kedua" in line for line in lines)
        # a report gone since is said so, never named by its database id
        assert any("Suntingan laporan (sudah dihapus)" in line for line in lines)
        assert not any("#" in line for line in lines)
        when = (dt.datetime.now() - dt.timedelta(days=1)).strftime("%d/%m/%Y")
        assert all(when in line for line in lines)
        index = next(i for i, line in enumerate(lines) if "jendela kedua" in line)
        app.screen.query_one("OptionList").highlighted = index
        await pilot.press("enter")
        await wait_until(
            pilot,
            lambda: (
                isinstance(app.screen, EntryScreen)
                and app.screen.query_one("#f-narrative").text == "jendela kedua"
            ),
        )
        assert isinstance(app.screen, EntryScreen)  # restored, no second question
        assert app.screen.query_one("#f-narrative").text == "jendela kedua"
    runtime.connect(target)
    try:
        left = sorted(d.hint for d in drafts.orphaned_drafts("desk"))
    finally:
        runtime.close()
    assert left == ["Sambang [b]RW 03[/b]", "suntingan"]  # the rest waits for the next start


async def test_a_discarded_draft_is_gone_and_escape_keeps_them(target: str) -> None:
    runtime.connect(target)
    leave("desk", "entry.new", {"narrative": "buang saja"})
    leave("desk", "entry.new", {"narrative": "simpan"}, session="gone-host:2:2")
    runtime.close()
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await offered(pilot)
        lines = [str(o.prompt) for o in app.screen.query_one("OptionList")._options]
        app.screen.query_one("OptionList").highlighted = next(
            i for i, line in enumerate(lines) if "buang saja" in line
        )
        await pilot.press("d")
        await wait(pilot)
    runtime.connect(target)
    try:
        assert [d.hint for d in drafts.orphaned_drafts("desk")] == ["simpan"]
    finally:
        runtime.close()
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await offered(pilot)
        await pilot.press("escape")
        await wait(pilot)
    runtime.connect(target)
    try:
        assert [d.hint for d in drafts.orphaned_drafts("desk")] == ["simpan"]
    finally:
        runtime.close()


def narrative(app) -> str:
    return app.screen.query_one("#f-narrative").text if app.screen.query("#f-narrative") else ""


@pytest.mark.parametrize("key", ["y", "enter"])
async def test_f4_claims_an_orphaned_new_report_and_offers_it(target: str, key: str) -> None:
    """F4 offers a draft left by a window gone; y restores it, and so does
    Enter, the safe default (it opened an empty form, the draft waiting for
    a restart)."""
    from sambang_tui.ui.modals.confirm import ConfirmModal

    runtime.connect(target)
    leave("desk", "entry.new", {"narrative": "tertinggal"})
    runtime.close()
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await offered(pilot)
        await pilot.press("escape")  # later
        await pilot.press("f4")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmModal))
        assert isinstance(app.screen, ConfirmModal)
        labels = [str(b.label) for b in app.screen.query("Button")]
        assert labels == ["Pulihkan (y, Enter)", "Nanti saja (n, Esc)"]  # its keys shown
        await pilot.press(key)
        await wait_until(pilot, lambda: narrative(app) == "tertinggal")
        assert narrative(app) == "tertinggal"


async def test_no_offer_without_drafts_or_for_a_read_only_login(target: str) -> None:
    from sambang_tui.ui.modals.drafts_offer import DraftsOfferModal

    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        assert not isinstance(app.screen, DraftsOfferModal)
    runtime.connect(target)
    leave("tamu", "entry.new", {"narrative": "x"})
    runtime.close()
    app = make_app(target, user="tamu")  # no officer: read-only
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        said = notices(app)
        assert any("hanya-baca" in n for n in said)
        assert not isinstance(app.screen, DraftsOfferModal)


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


async def test_a_draft_left_for_later_is_offered_again_without_a_restart(target: str) -> None:
    """ "Not now" sets the draft aside: what is typed next does not replace
    it, the next F4 offers it again, and Ctrl+P "draf" lists it."""
    from sambang_tui.ui.modals.confirm import ConfirmModal
    from sambang_tui.ui.modals.drafts_offer import DraftsOfferModal
    from sambang_tui.ui.screens.entry import EntryScreen

    runtime.connect(target)
    leave("desk", "entry.new", {"narrative": "tertinggal"})
    runtime.close()
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await offered(pilot)
        await pilot.press("escape")
        await pilot.press("f4")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmModal))
        await pilot.press("n")  # not now
        await wait(pilot)
        assert isinstance(app.screen, EntryScreen)
        assert app.screen.query_one("#f-narrative").text == ""
        await pilot.press("f2")
        await wait(pilot)
        await pilot.press("f4")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmModal))
        assert isinstance(app.screen, ConfirmModal)  # offered again
        await pilot.press("escape")
        await wait(pilot)
        # typing another report keeps the one left for later apart
        entry = app.screen
        entry.query_one("#f-place").focus()
        await pilot.press(*"Lain")
        await pilot.pause(1.3)
        await wait(pilot)
        await pilot.press("ctrl+n")  # clear the form: its own draft goes
        await wait(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"draf")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, DraftsOfferModal))
        assert isinstance(app.screen, DraftsOfferModal)
        lines = [str(o.prompt) for o in app.screen.query_one("OptionList")._options]
        assert len(lines) == 1 and "tertinggal" in lines[0]
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.screen.query_one("#f-narrative").text != "")
        assert app.screen is entry
        assert entry.query_one("#f-narrative").text == "tertinggal"
