"""The shell: sections on F-keys, help, palette, size guard, themes,
language, keymap, errors, back and quit."""

from __future__ import annotations

import pytest
from textual.widgets import Static
from ui.helpers import make_app, screen_lines, wait, wait_until

from sambang_tui.i18n import set_language, t
from sambang_tui.services.core.errors import ServiceError
from sambang_tui.ui.theme import ANSI_THEME, DEFAULT_THEME, choose_theme, has_only_16_colours

SECTION_KEYS = {
    "f2": "home",
    "f3": "jadwal",
    "f4": "entry",
    "f5": "list",
    "f6": "rekap",
    "f7": "master",
}


def text_of(app) -> str:
    return "\n".join(screen_lines(app))


async def test_every_function_key_reaches_its_section(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        assert app.current_mode == "home"
        for key, mode in SECTION_KEYS.items():
            await pilot.press(key)
            await wait(pilot)
            assert app.current_mode == mode, key
            assert "SambangHeader" in {type(w).__name__ for w in app.screen.query("*")}


async def test_f1_shows_help_of_the_current_screen(db_target: str) -> None:
    from sambang_tui.ui.screens.help import HelpScreen

    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await wait(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        para = str(app.screen.query_one("#help-para", Static).render())
        assert para == t("list.help")
        keys = str(app.screen.query_one("#help-screen-keys", Static).render())
        assert t("list.filter") in keys and t("list.next_page") in keys
        everywhere = str(app.screen.query_one("#help-app-keys", Static).render())
        assert "f7" in everywhere and t("nav.master") in everywhere
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReportListScreen"


async def test_palette_runs_a_section_command(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        from textual.command import CommandPalette

        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"buka rekap")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await wait(pilot)
        assert app.current_mode == "rekap"


async def test_palette_offers_the_screen_actions(demo_target: str) -> None:
    from sambang_tui.ui.palette import commands_for

    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f5")
        await wait(pilot)
        titles = [c.title for c in commands_for(app, app.screen)]
        assert t("list.filter") in titles
        assert t("palette.section", name=t("nav.master")) in titles
        assert t("palette.quit") in titles


async def test_too_small_terminal_shows_a_message_and_recovers(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(70, 20)) as pilot:
        await wait(pilot)
        assert type(app.screen).__name__ == "TooSmallScreen"
        assert "Perbesar terminal" in text_of(app)
        assert "70×20" in text_of(app)
        await pilot.press("f5")  # sections wait until the terminal is big enough
        assert type(app.screen).__name__ == "TooSmallScreen"
        await pilot.resize_terminal(80, 24)
        await wait(pilot)
        assert type(app.screen).__name__ == "HomeScreen"
        assert "Perbesar" not in text_of(app)


async def test_compact_mode_is_automatic_and_can_be_toggled(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait(pilot)
        assert not app.has_class("-compact")
        await pilot.resize_terminal(80, 24)
        assert app.has_class("-compact")
        app.action_toggle_compact()
        await pilot.pause()
        assert not app.has_class("-compact")
        assert app.ctx.settings.compact is False


def test_16_colour_terminals_are_detected() -> None:
    assert has_only_16_colours({"TERM": "linux"})
    assert has_only_16_colours({"TERM": "xterm"})
    assert not has_only_16_colours({"TERM": "xterm-256color"})
    assert not has_only_16_colours({"TERM": "xterm", "COLORTERM": "truecolor"})
    assert choose_theme("", {"TERM": "linux", "COLORTERM": "truecolor"}) == ANSI_THEME
    assert choose_theme(DEFAULT_THEME, {"TERM": "linux"}) == DEFAULT_THEME


async def test_term_linux_gets_the_ansi_theme(
    db_target: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TERM", "linux")
    app = make_app(db_target, theme=None)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        assert app.theme == ANSI_THEME
        assert app.native_ansi_color
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLORTERM", "truecolor")
    app = make_app(db_target, theme=None)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.theme == DEFAULT_THEME


async def test_no_color_is_honoured(db_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        assert app.no_color
        assert any(type(f).__name__ in ("Monochrome", "NoColor") for f in app._filters)


async def test_english_catalogue(db_target: str) -> None:
    set_language("en")
    try:
        app = make_app(db_target, lang="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await wait(pilot)
            screen = text_of(app)
            assert "To do (" in screen
            assert "Perlu dikerjakan" not in screen
    finally:
        set_language("id")


async def test_keymap_from_settings_remaps_a_section(db_target: str) -> None:
    app = make_app(db_target, keymap={"section.list": "f9", "app.help": "f12"})
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f5")
        await wait(pilot)
        assert app.current_mode == "home"
        await pilot.press("f9")
        await wait(pilot)
        assert app.current_mode == "list"
        await pilot.press("f12")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


async def test_every_binding_has_an_id() -> None:
    from sambang_tui.ui.app import SambangApp
    from sambang_tui.ui.modals.confirm import ConfirmModal
    from sambang_tui.ui.modals.note import NoteModal
    from sambang_tui.ui.modals.report_filter import ReportFilterModal
    from sambang_tui.ui.screens.help import HelpScreen
    from sambang_tui.ui.screens.home import HomeScreen
    from sambang_tui.ui.screens.list_reports import ReportListScreen
    from sambang_tui.ui.screens.report_detail import ReportDetailScreen

    for cls in (
        SambangApp,
        HomeScreen,
        ReportListScreen,
        ReportDetailScreen,
        HelpScreen,
        ConfirmModal,
        NoteModal,
        ReportFilterModal,
    ):
        for binding in cls.BINDINGS:
            assert binding.id, (cls.__name__, binding.key)


async def test_error_hook_turns_errors_into_notifications(db_target: str) -> None:
    from sambang_tui.ui.errors import log_path
    from sambang_tui.ui.workers import run_db

    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)

        def refused() -> None:
            raise ServiceError("Laporan sudah diverifikasi.")

        def broken() -> None:
            raise ZeroDivisionError("boom")

        run_db(app.screen, refused)
        await wait(pilot)
        messages = [n.message for n in app._notifications]
        assert "Laporan sudah diverifikasi." in messages
        # a worker started without the helper does not end the app either
        app.run_worker(refused, thread=True)
        await wait(pilot)
        run_db(app.screen, broken)
        await wait(pilot)
        messages = [n.message for n in app._notifications]
        assert any(
            m.startswith("Terjadi kesalahan tak terduga (ZeroDivisionError)") for m in messages
        )
        assert app.is_running
    log = log_path().read_text(encoding="utf-8")
    assert "ZeroDivisionError: boom" in log and "Traceback" in log


async def test_escape_goes_back_and_ctrl_q_quits(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6")
        await wait(pilot)
        await pilot.press("escape")
        await wait(pilot)
        assert app.current_mode == "home"
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert app.return_code == 0


async def test_daily_backup_runs_after_start(db_target: str) -> None:
    from sambang_tui.db.database import sqlite_path
    from sambang_tui.services.admin.backup import default_backup_dir
    from sambang_tui.services.admin.daily_backup import auto_backups, maybe_daily_backup

    app = make_app(db_target, auto_backup=True)
    on_sqlite = sqlite_path(db_target) is not None
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(
            pilot, lambda: not on_sqlite or auto_backups(default_backup_dir(db_target))
        )
        assert not [n for n in app._notifications if n.severity == "error"]
    if on_sqlite:
        assert len(auto_backups(default_backup_dir(db_target))) == 1
    else:  # PostgreSQL is backed up with pg_dump: nothing is written, nothing fails
        assert maybe_daily_backup(db_target) is None


def test_lang_en_labels_the_keys_in_a_fresh_process() -> None:
    """``--lang en`` is set before the app module is imported, so even the
    key labels (made at import) are English."""
    import subprocess
    import sys

    code = (
        "from sambang_tui.i18n import set_language; set_language('en'); "
        "from sambang_tui.ui.app import SambangApp; "
        "print([b.description for b in SambangApp.BINDINGS])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "'Help'" in out and "'Reports'" in out and "'Bantuan'" not in out


def test_control_characters_are_shown_as_pictures() -> None:
    from sambang_tui.ui.text import clean, plain

    assert clean("a\x1b[31mb\x07\r\n\tc\x9b") == "a␛[31mb␇␍\n\tc\ufffd"
    text = plain("[bold]x[/]")
    assert text.plain == "[bold]x[/]" and not text.spans


async def test_quit_asks_only_when_a_screen_holds_unsaved_work(db_target: str) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        app.screen.has_unsaved = lambda: True  # type: ignore[attr-defined]
        await pilot.press("ctrl+q")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmModal"
        await pilot.press("n")
        await pilot.pause()
        assert type(app.screen).__name__ == "HomeScreen"
        assert app.is_running
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
        assert app.return_code == 0


async def test_palette_toggles_theme_and_language_into_the_settings(db_target: str) -> None:
    from sambang_tui.config import Settings
    from sambang_tui.i18n import language
    from sambang_tui.ui.palette import commands_for

    app = make_app(db_target)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait(pilot)
            by_title = {c.title: c for c in commands_for(app, app.screen)}
            by_title[t("palette.theme", name=t("theme.ansi"))].callback()
            await pilot.pause()
            assert app.theme == ANSI_THEME
            by_title[t("palette.lang")].callback()
            await pilot.pause()
            assert language() == "en"
        saved = Settings.load()
        assert (saved.theme, saved.lang) == (ANSI_THEME, "en")
    finally:
        set_language("id")
