"""The Textual application: sections on function keys, a command palette,
a size guard, themes and a log file for every unexpected error.

Binding labels come from the catalogue when this module is imported, so the
CLI sets the language before importing it.
"""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from sambang_tui.i18n import t
from sambang_tui.ui.context import AppContext
from sambang_tui.ui.sections import SECTIONS


def _app_bindings() -> list[Binding]:
    sections = [
        Binding(s.key, f"section('{s.id}')", t(s.label_key), id=f"section.{s.id}", priority=True)
        for s in SECTIONS
    ]
    return [*sections, Binding("ctrl+q", "quit", t("nav.quit"), id="app.quit", priority=True)]


class SambangApp(App[None]):
    TITLE = "Sambang"
    BINDINGS = _app_bindings()

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        for section in SECTIONS:
            self.add_mode(section.id, section.factory())

    def on_mount(self) -> None:
        self.switch_mode("home")
        if self.ctx.actor.read_only:
            self.notify(t("shell.readonly", user=self.ctx.actor.os_user), severity="warning")

    def action_section(self, section_id: str) -> None:
        self.switch_mode(section_id)
