""" "Tempel laporan": paste (bracketed paste works through SSH) or type a
Bhabin's chat message; Ctrl+S reads it and dismisses with the recognised
fields (a ``ParsedMessage``), Esc cancels. Nothing is saved here: the entry
form shows the fields for review."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from sambang_tui.i18n import t
from sambang_tui.services import clock
from sambang_tui.services.actor import Actor
from sambang_tui.services.parse import ParsedMessage, parse_message
from sambang_tui.ui.workers import run_db


class PasteReportModal(ModalScreen[ParsedMessage | None]):
    DEFAULT_CSS = """
    PasteReportModal { align: center middle; }
    PasteReportModal > Vertical {
        width: 96; max-width: 100%; height: 90%; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    PasteReportModal #paste-hint { color: $text-muted; height: auto; }
    PasteReportModal TextArea { height: 1fr; min-height: 5; }
    PasteReportModal #paste-status { height: auto; }
    PasteReportModal #paste-status.-error { color: $error; }
    PasteReportModal #paste-keys { color: $text-muted; height: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "parse", t("parse.key.parse"), id="paste.parse", priority=True),
        Binding("escape", "cancel", t("parse.key.cancel"), id="paste.cancel"),
    ]

    def __init__(
        self, text: str = "", actor: Actor | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__()
        self.initial_text = text
        self.actor = actor
        self.today = today
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("parse.title"), style="bold"))
            yield Static(Text(t("parse.hint")), id="paste-hint")
            yield TextArea(
                self.initial_text,
                id="paste-text",
                soft_wrap=True,
                show_line_numbers=False,
                tab_behavior="focus",
            )
            yield Static("", id="paste-status")
            yield Static(Text(t("parse.keys")), id="paste-keys")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def has_unsaved(self) -> bool:
        """A message pasted and not read into the form yet: Ctrl+Q asks."""
        return bool(self.query_one(TextArea).text.strip())

    def _status(self, text: str, error: bool = False) -> None:
        status = self.query_one("#paste-status", Static)
        status.update(Text(text))
        status.set_class(error, "-error")

    def _actor(self) -> Actor | None:
        if self.actor is not None:
            return self.actor
        ctx = getattr(self.app, "ctx", None)
        return getattr(ctx, "actor", None)

    def action_parse(self) -> None:
        if self.busy:
            return
        text = self.query_one(TextArea).text
        if not text.strip():
            self._status(t("parse.empty"), error=True)
            return
        self.busy = True
        self._status(t("parse.reading"))
        actor, today = self._actor(), self.today or clock.today()
        run_db(
            self,
            lambda: parse_message(text, today=today, actor=actor),
            self._parsed,
            on_error=self._failed,
            group="paste-parse",
        )

    def _parsed(self, result: ParsedMessage) -> None:
        self.busy = False
        recognised = result.filled - {"narrative"}
        if recognised:
            self.app.notify(t("parse.filled", count=len(recognised)), markup=False)
        else:
            self.app.notify(t("parse.nothing"), severity="warning", markup=False)
        self.dismiss(result)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._status(t("parse.failed", error=str(exc)), error=True)

    def action_cancel(self) -> None:
        self.dismiss(None)
