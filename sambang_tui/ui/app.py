"""The Textual application: sections on function keys, a command palette,
context help, a size guard, compact mode, themes, and an error hook that
turns every failure into a notification (unexpected ones also into the log).
What follows the first screen (notices, daily backup, drafts left behind)
is in ``startup``.

Binding labels come from the catalogue when this module is imported, so the
CLI sets the language before importing it.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import threading
from typing import TYPE_CHECKING, Any, cast

from rich.console import RenderableType
from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.worker import WorkerFailed

from sambang_tui.config import SettingsError, cache_dir
from sambang_tui.i18n import language, set_language, t
from sambang_tui.ui.context import AppContext
from sambang_tui.ui.errors import describe, log_path, logger
from sambang_tui.ui.keymap import clean_keymap, global_keys, screen_keys
from sambang_tui.ui.palette import SambangCommands
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.sections import SECTIONS
from sambang_tui.ui.startup import after_first_screen
from sambang_tui.ui.stylesheet import ParseOnceStylesheet, RulesOnDisk
from sambang_tui.ui.theme import THEMES, choose_theme

if TYPE_CHECKING:
    from sambang_tui.ui.screens.too_small import TooSmallScreen

MIN_WIDTH, MIN_HEIGHT = 80, 24
COMPACT_WIDTH, COMPACT_HEIGHT = 100, 30


def _app_bindings() -> list[BindingType]:
    sections = [
        Binding(
            s.key,
            f"section('{s.id}')",
            t(s.label_key),
            id=f"section.{s.id}",
            priority=True,
            show=False,
        )
        for s in SECTIONS
    ]
    return [
        Binding("f1", "help", t("nav.help"), id="app.help", priority=True),
        *sections,
        Binding("ctrl+q", "quit", t("nav.quit"), id="app.quit", priority=True, show=False),
        Binding(
            "ctrl+p",
            "command_palette",
            t("nav.palette"),
            id="app.palette",
            priority=True,
            show=False,
        ),
        Binding("escape", "back", t("nav.back"), id="app.back", show=False),
        # priority: acted on when the app reads the key, so keys typed right
        # behind it (one burst over a slow SSH link) reach the next field
        Binding("tab", "focus_step(1)", show=False, priority=True, id="app.focus_next"),
        Binding("shift+tab", "focus_step(-1)", show=False, priority=True, id="app.focus_prev"),
    ]


class SambangApp(App[None]):
    TITLE = "Sambang"
    CSS_PATH = "app.tcss"
    BINDINGS = _app_bindings()
    COMMANDS = {SambangCommands}
    # the first screen is the Beranda itself: through Textual's blank default
    # screen it would take a frame more to appear
    DEFAULT_MODE = "home"
    COMMAND_PALETTE_DISPLAY = "^p"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        for theme in THEMES:
            self.register_theme(theme)
        configured = ctx.settings.theme
        # any theme Textual knows may be named in the settings file
        self.theme = configured if configured in self.available_themes else choose_theme()
        stylesheet = ParseOnceStylesheet(
            variables=self.get_css_variables(), on_disk=RulesOnDisk(cache_dir())
        )
        stylesheet.source = self.stylesheet.source
        self.stylesheet = stylesheet
        self.compact_override: bool | None = True if ctx.settings.compact else None
        # from the terminal's size as the app starts, so that the first screen
        # is styled once, not styled again when the driver reports the size
        self.set_class(self._compact_at(*shutil.get_terminal_size()), "-compact")
        self._too_small: TooSmallScreen | None = None
        # a new-report draft chosen at start-up, for the F4 form to restore as it opens
        self.pending_new_draft: dict[str, Any] | None = None
        # what the paste dialog last read, offered again when it reopens
        self.paste_memory: Any = None
        self._started = False
        # set as the app leaves: reads under way (run_db's reads_only) stop
        self.leaving = threading.Event()
        for section in SECTIONS:
            self.add_mode(section.id, section.factory())

    # -- start-up ---------------------------------------------------------

    def on_mount(self) -> None:
        self.screen_change_signal.subscribe(self, self._sync_footer)
        self.set_keymap(clean_keymap(self.ctx.settings.keymap))
        self._started = True
        self._apply_size(self.size.width, self.size.height)
        after_first_screen(self)  # notices, the daily backup, drafts left behind
        self._catch_hangup()

    def _catch_hangup(self) -> None:
        """A dropped SSH link sends SIGHUP, a shutdown SIGTERM (both end a
        process at once by default): keep every form being typed as a draft,
        then close as with Ctrl+Q."""
        if self.is_headless:
            return
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGHUP, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                loop.add_signal_handler(signum, self._hang_up, signum)

    def exit(
        self, result: None = None, return_code: int = 0, message: RenderableType | None = None
    ) -> None:
        """Leave without waiting for a read nobody will see (the Beranda's
        summary still loading when Ctrl+Q is pressed)."""
        self.leaving.set()
        super().exit(result, return_code, message)

    def save_drafts(self) -> None:
        """Keep every form being typed as a draft, before its screen goes."""
        for stack in self._screen_stacks.values():
            for screen in stack:
                save = getattr(screen, "save_draft_now", None)
                if callable(save):
                    save()

    def _hang_up(self, signum: int) -> None:
        self.save_drafts()
        # writing to a terminal that is gone can block the exit: leave anyway
        timer = threading.Timer(5.0, os._exit, (128 + signum,))
        timer.daemon = True
        timer.start()
        self.exit(return_code=128 + signum)

    # -- sections, help, back, quit ---------------------------------------

    def action_section(self, section_id: str) -> None:
        if self._too_small is not None:
            return
        if self.current_mode == section_id and len(self.screen_stack) > 1:
            # pressing the section's key again returns to its first screen
            while len(self.screen_stack) > 1:
                self.pop_screen()
            return
        self.switch_mode(section_id)
        if isinstance(self.screen, SambangScreen):
            self.screen.section_shown()

    def action_help(self) -> None:
        from sambang_tui.ui.screens.help import HelpScreen

        if self._too_small is not None:
            return
        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss(None)
            return
        screen = self.screen
        help_key = getattr(screen, "HELP_KEY", "")
        paragraph = t(help_key) if help_key else ""
        if paragraph == help_key:
            paragraph = ""
        self.push_screen(
            HelpScreen(
                self.screen_title(screen),
                paragraph,
                screen_keys(self, screen),
                global_keys(self, screen),
            )
        )

    def screen_title(self, screen: Screen[Any]) -> str:
        title_key = getattr(screen, "TITLE_KEY", "")
        if title_key:
            return t(title_key)
        for section in SECTIONS:
            if section.id == self.current_mode:
                return t(section.label_key)
        return "Sambang"

    async def action_back(self) -> None:
        self.go_back()

    def go_back(self) -> None:
        """Esc on a section: close what is on top, else go to the Beranda."""
        if self._too_small is not None:
            return
        if len(self.screen_stack) > 1:
            self.pop_screen()
        elif self.current_mode != "home":
            self.switch_mode("home")

    def unsaved(self) -> list[Screen[Any]]:
        """The screens and dialogs that say they hold typed, unsaved work."""
        found = []
        for stack in self._screen_stacks.values():
            for screen in stack:
                check = getattr(screen, "has_unsaved", None)
                if callable(check) and check():
                    found.append(screen)
        return found

    def has_unsaved(self) -> bool:
        return bool(self.unsaved())

    async def action_quit(self) -> None:
        """Quit; with typed work open anywhere, ask first (Ctrl+Q again or
        y: quit). Forms kept as drafts are kept either way."""
        from sambang_tui.ui.modals.confirm import ConfirmModal

        if getattr(self.screen, "quit_question", False):
            self.screen.dismiss(True)  # Ctrl+Q twice
            return
        unsaved = self.unsaved()
        if not unsaved:
            self.save_drafts()
            self.exit()
            return

        def answer(yes: bool | None) -> None:
            if yes:
                self.save_drafts()
                self.exit()

        lost = [s for s in unsaved if not callable(getattr(s, "save_draft_now", None))]
        question = ConfirmModal(
            t("shell.quit_confirm") if lost else t("shell.quit_drafts"),
            t("shell.quit_yes"),
            t("shell.quit_no"),
        )
        question.quit_question = True  # type: ignore[attr-defined]
        self.push_screen(question, answer)

    def action_focus_step(self, step: int) -> None:
        """Tab / Shift+Tab: the screen's own ``focus_step`` (the entry form
        chooses a completion first) or the next / previous widget."""
        focused = self.focused
        if getattr(focused, "tab_behavior", None) == "indent":  # a TextArea that indents
            raise SkipAction()
        move = getattr(self.screen, "focus_step", None)
        if callable(move):
            move(step)
        elif step > 0:
            self.screen.focus_next()
        else:
            self.screen.focus_previous()

    def action_command_palette(self) -> None:
        from textual.command import CommandPalette

        from sambang_tui.ui.palette import palette_screen

        if self._too_small is None and not CommandPalette.is_open(cast("App[object]", self)):
            self.push_screen(palette_screen())

    # -- a Polres reader: another Polsek -------------------------------------

    def action_switch_station(self) -> None:
        """Pick the Polsek to read (a reader with no officer, on a database
        of several); the app then shows that Polsek everywhere."""
        from sambang_tui.services.recap import polres
        from sambang_tui.ui.workers import run_db

        actor = self.ctx.actor
        if not polres.may_look_across(actor):
            self.notify(t("polres.officer_only_own"), severity="warning", markup=False)
            return

        def picked_from(stations: list[Any]) -> None:
            if len(stations) < 2:
                self.notify(t("polres.one_station"), markup=False)
                return
            from sambang_tui.ui.modals.station_picker import StationPickerModal

            def chosen(station_id: int | None) -> None:
                if station_id is not None and station_id != actor.station_id:
                    self.open_station(station_id)

            self.push_screen(StationPickerModal(stations, actor.station_id), chosen)

        run_db(self, polres.stations, picked_from, name="stations")

    def action_polres_recap(self) -> None:
        from sambang_tui.services.recap import polres

        if not polres.may_look_across(self.ctx.actor):
            self.notify(t("polres.officer_only_own"), severity="warning", markup=False)
            return
        from sambang_tui.ui.screens.polres_recap import PolresRecapScreen

        period = getattr(self.screen, "period", None)
        if self.current_mode != "rekap":
            self.switch_mode("rekap")
        self.push_screen(PolresRecapScreen(period if hasattr(period, "kind") else None))

    def open_station(self, station_id: int, period: Any = None) -> None:
        """Move the app to another Polsek (read-only for a reader) and show
        it: with ``period`` its recap of that period, else its Beranda."""
        from sambang_tui.services.recap import polres
        from sambang_tui.ui.workers import run_db

        actor = self.ctx.actor
        run_db(
            self,
            lambda: polres.switch(actor, station_id),
            lambda moved: self._moved(moved[0], moved[1].name, period),
            name="switch_station",
        )

    def _moved(self, actor: Any, name: str, period: Any) -> None:
        self.save_drafts()
        self.ctx.actor = actor
        self.ctx.station_name = name
        # every section starts afresh in the new Polsek: leave them all for a
        # blank screen, build them again, then open the one wanted
        self.add_mode("_moving", Screen)
        self.switch_mode("_moving")
        for section in SECTIONS:
            self.remove_mode(section.id)
            self.add_mode(section.id, section.factory())
        self.switch_mode("rekap" if period is not None else "home")
        self.remove_mode("_moving")
        if period is not None:
            self.call_after_refresh(lambda: self.screen.set_period(period))  # type: ignore[attr-defined]
        self.notify(t("polres.moved", station=name), markup=False)

    # -- size guard and compact mode --------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        if self._started:
            self._apply_size(event.size.width, event.size.height)

    @property
    def is_compact(self) -> bool:
        return self._compact_at(self.size.width, self.size.height)

    def _compact_at(self, width: int, height: int) -> bool:
        if self.compact_override is None:
            return width < COMPACT_WIDTH or height < COMPACT_HEIGHT
        return self.compact_override

    def _apply_size(self, width: int, height: int) -> None:
        self.set_class(self._compact_at(width, height), "-compact")
        self._sync_footer(self.screen)
        too_small = width < MIN_WIDTH or height < MIN_HEIGHT
        if too_small and self._too_small is None:
            from sambang_tui.ui.screens.too_small import TooSmallScreen

            self._too_small = TooSmallScreen()
            self.push_screen(self._too_small)
        elif too_small and self._too_small is not None:
            self._too_small.update_size(width, height)
        elif not too_small and self._too_small is not None:
            screen, self._too_small = self._too_small, None
            if self.screen is screen:
                self.pop_screen()

    def _sync_footer(self, screen: Screen[Any]) -> None:
        """Footers follow compact mode: tighter key labels fit more keys."""
        from textual.widgets import Footer

        compact = self.has_class("-compact")
        for footer in screen.query(Footer):
            footer.compact = compact

    def action_toggle_compact(self) -> None:
        self.compact_override = not self.is_compact
        self.ctx.settings.compact = self.compact_override
        self._save_settings()
        self._apply_size(self.size.width, self.size.height)

    # -- theme, language, settings ----------------------------------------

    def set_theme(self, name: str) -> None:
        self.theme = name
        self.ctx.settings.theme = name
        self._save_settings()

    def action_toggle_language(self) -> None:
        new = "en" if language() == "id" else "id"
        set_language(new)
        self.ctx.settings.lang = new
        self._save_settings()
        self.screen.refresh(recompose=False)
        self.notify(t("palette.lang_saved"), markup=False)

    def _save_settings(self) -> None:
        try:
            self.ctx.settings.save()
        except (OSError, SettingsError) as exc:
            self.report_error(exc)

    # -- errors -----------------------------------------------------------

    def report_error(self, exc: BaseException) -> None:
        """Show an error as a notification; unexpected ones are logged."""
        shown = describe(exc, self.ctx.db_target)
        self.notify(shown.message, severity=shown.severity, markup=False, timeout=8)  # type: ignore[arg-type]

    def _handle_exception(self, error: Exception) -> None:
        if isinstance(error, WorkerFailed):
            # A worker failing does not stop the app: the person is told.
            self.report_error(error)
            return
        # A handler failed: its widget cannot go on. Log it and leave with a
        # sentence instead of a traceback on the terminal.
        logger().error("fatal error in a handler", exc_info=error)
        self._return_code = 1
        if self._exception is None:
            self._exception = error
            self._exception_event.set()
        self._exit_renderables.append(Text(t("shell.fatal", path=log_path())))
        self._close_messages_no_wait()
