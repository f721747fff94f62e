"""Sections not built yet: a plain screen that says so."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static

from sambang_tui.i18n import t
from sambang_tui.ui.widgets.header import SambangHeader


class PlaceholderScreen(Screen):
    TITLE_KEY = "nav.home"

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Static(f"{t(self.TITLE_KEY)}\n\n{t('shell.placeholder')}", classes="placeholder")
        yield Footer()
