"""Rekap's own period: two dates typed (from, to)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from sambang_tui.i18n import t
from sambang_tui.services.core import periods
from sambang_tui.services.core.periods import Period
from sambang_tui.ui.widgets.inputs import Input


class CustomRangeModal(ModalScreen[Period | None]):
    DEFAULT_CSS = """
    CustomRangeModal { align: center middle; }
    CustomRangeModal > Vertical {
        width: 50; height: auto; border: round $primary; background: $surface; padding: 0 1;
    }
    CustomRangeModal #range-error { color: $error; height: auto; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("word.save"), id="rekap.custom.save", priority=True),
        Binding("escape", "cancel", t("rekap.export.cancel"), id="rekap.custom.cancel"),
    ]

    def __init__(self, period: Period) -> None:
        super().__init__()
        self.period = period

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("rekap.custom.title"), style="bold"))
            yield Label(t("rekap.custom.from"))
            yield Input(self.period.start.strftime("%d/%m/%Y"), id="range-from", compact=True)
            yield Label(t("rekap.custom.to"))
            yield Input(self.period.end.strftime("%d/%m/%Y"), id="range-to", compact=True)
            yield Static("", id="range-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "range-from":
            self.query_one("#range-to", Input).focus()
        else:
            self.action_save()

    def action_save(self) -> None:
        from sambang_tui.services.core import clock
        from sambang_tui.services.core.dates import parse_date
        from sambang_tui.services.core.errors import ValidationError

        today = clock.today()
        try:
            start = parse_date(self.query_one("#range-from", Input).value, today, "date_from")
            end = parse_date(self.query_one("#range-to", Input).value, today, "date_to")
            self.dismiss(periods.custom(start, end))
        except ValidationError as exc:
            self.query_one("#range-error", Static).update(Text(exc.message))

    def action_cancel(self) -> None:
        self.dismiss(None)
