"""Go to a date: ``GoToDateModal()`` dismisses with the date typed (any
shortcut of ``services.dates.parse_date``), or None on Esc."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from sambang_tui.i18n import t
from sambang_tui.services.core import clock
from sambang_tui.services.core.dates import parse_date
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.ui.widgets.inputs import Input


class GoToDateModal(ModalScreen[dt.date | None]):
    DEFAULT_CSS = """
    GoToDateModal { align: center middle; }
    GoToDateModal > Vertical {
        width: 64; max-width: 100%; height: auto;
        border: round $primary; background: $surface; padding: 0 1;
    }
    GoToDateModal #goto-error { color: $error; height: auto; }
    GoToDateModal #goto-hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "close", t("word.cancel"), id="jadwal.goto.close")]

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("jadwal.goto.title"), style="bold"))
            yield Input(id="goto-date")
            yield Static("", id="goto-error")
            yield Static(Text(t("jadwal.goto.hint")), id="goto-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            day = parse_date(event.value, clock.today())
        except ValidationError as exc:
            self.query_one("#goto-error", Static).update(Text(exc.message))
            return
        self.dismiss(day)

    def action_close(self) -> None:
        self.dismiss(None)
