"""CSV import from the master-data screen, with the CLI's rules.

``MasterImportModal(actor, kind)`` asks for a file path and what it holds,
runs the import in a thread worker on Ctrl+S and shows the result in place,
bad rows with their line numbers. It dismisses with the ``ImportResult``
when something was written, else None.
"""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Checkbox, Label, Static

from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.master.importing import run as csv_import
from sambang_tui.services.master.importing.run import ImportResult
from sambang_tui.ui.context import sambang_app
from sambang_tui.ui.widgets.inputs import Input
from sambang_tui.ui.widgets.tickbox import TickBox
from sambang_tui.ui.workers import run_db

KIND_NAMES = {"personel": "officers", "wilayah": "areas", "tokoh": "contacts"}
KIND_LABELS = {v: k for k, v in KIND_NAMES.items()}
MAX_SHOWN = 200


def kind_of(text: str) -> str:
    low = text.strip().lower()
    return KIND_NAMES.get(low, low)


def result_text(result: ImportResult) -> Text:
    out = Text(result.summary(), style="bold")
    for note in result.notes:
        out.append("\n" + note)
    for line, message in result.errors[:MAX_SHOWN]:
        out.append("\n")
        out.append(t("master.import.line", line=line), style="bold red")
        out.append(" " + message)
    shown = min(len(result.errors), MAX_SHOWN)
    if result.error_count > shown:
        out.append("\n" + t("master.import.more", n=result.error_count - shown))
    if result.errors and not result.written and not result.dry_run:
        out.append("\n" + t("master.import.nothing_saved"), style="bold")
    return out


class MasterImportModal(ModalScreen[ImportResult | None]):
    DEFAULT_CSS = """
    MasterImportModal { align: center middle; }
    MasterImportModal > Vertical {
        width: 78; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    MasterImportModal .mi-title { text-style: bold; color: $accent; }
    MasterImportModal .mi-row { height: 1; }
    MasterImportModal .mi-label { width: 12; }
    MasterImportModal Input { width: 1fr; }
    MasterImportModal #mi-result { height: auto; max-height: 12; border-top: solid $primary; }
    MasterImportModal #mi-result Static { height: auto; }
    MasterImportModal #mi-error { color: $error; text-style: bold; height: auto; }
    MasterImportModal #mi-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "run", t("master.import.run"), id="master.import.run", priority=True),
        Binding("escape", "close", t("master.form.cancel"), id="master.import.close"),
    ]

    def __init__(self, actor: Actor, kind: str = "officers") -> None:
        super().__init__()
        self.actor = actor
        self.kind = kind
        self.result: ImportResult | None = None
        self.running = False

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("master.import.title")), classes="mi-title")
            with Horizontal(classes="mi-row"):
                yield Label(Text(t("master.import.path")), classes="mi-label")
                yield Input(id="mi-path", placeholder="/home/desk/personel.csv")
            with Horizontal(classes="mi-row"):
                yield Label(Text(t("master.import.kind")), classes="mi-label")
                yield Input(
                    KIND_LABELS.get(self.kind, self.kind),
                    id="mi-kind",
                    suggester=SuggestFromList(tuple(KIND_NAMES), case_sensitive=False),
                )
            yield TickBox(Text(t("master.import.skip_bad")), False, id="mi-skip")
            yield Static("", id="mi-error")
            with VerticalScroll(id="mi-result"):
                yield Static(Text(t("master.import.columns." + self.kind)), id="mi-result-text")
            yield Static(Text(t("master.import.hint")), id="mi-hint")

    def on_mount(self) -> None:
        self.query_one("#mi-path", Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_run()

    @on(Input.Changed, "#mi-kind")
    def _kind_changed(self, event: Input.Changed) -> None:
        kind = kind_of(event.value)
        if kind in KIND_LABELS and self.result is None:
            self.query_one("#mi-result-text", Static).update(
                Text(t("master.import.columns." + kind))
            )

    def action_run(self) -> None:
        if self.running:
            return
        path_text = self.query_one("#mi-path", Input).value.strip()
        error = self.query_one("#mi-error", Static)
        if not path_text:
            error.update(Text(t("master.import.no_path")))
            self.query_one("#mi-path", Input).focus()
            return
        error.update("")
        kind = kind_of(self.query_one("#mi-kind", Input).value)
        skip = self.query_one("#mi-skip", Checkbox).value
        path = Path(path_text).expanduser()
        actor = self.actor
        self.running = True
        self.query_one("#mi-result-text", Static).update(Text(t("master.import.running")))
        run_db(
            self,
            lambda: csv_import.import_csv(actor, kind, path, skip_bad=skip),
            self._done,
            on_error=self._failed,
            name="master_import",
        )

    def _done(self, result: ImportResult) -> None:
        self.running = False
        if result.written:
            self.result = result
        self.query_one("#mi-result-text", Static).update(result_text(result))

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.query_one("#mi-result-text", Static).update("")
        if isinstance(exc, ValidationError):
            self.query_one("#mi-error", Static).update(Text(exc.message))
            target = "#mi-kind" if exc.field == "kind" else "#mi-path"
            self.query_one(target, Input).focus()
            return
        sambang_app(self).report_error(exc)

    def action_close(self) -> None:
        self.dismiss(self.result)
