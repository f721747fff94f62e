"""Importing a WhatsApp chat export into the Kotak masuk.

``InboxImportModal(actor)``: the file's path (pre-filled with the downloads
folder; completed as typed: → or Tab takes the suggestion, the folder's
matching entries are listed below; a whole path typed or pasted after the
folder, ``/…`` or ``~/…``, replaces it), an
optional first day; Enter checks the export without saving (a dry run that
shows the counts), Ctrl+S imports it. Dismisses with the ``ImportSummary``
of an import, or None.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from sambang_tui.i18n import t
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.dates import parse_date
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.inbox.importer import ImportSummary, import_export
from sambang_tui.ui.context import sambang_app
from sambang_tui.ui.text import plain
from sambang_tui.ui.widgets.inputs import Input
from sambang_tui.ui.widgets.path_input import PathSuggester, completion, matches, started_anew
from sambang_tui.ui.workers import run_db

SUFFIXES = (".zip", ".txt")
SHOWN = 4


def start_folder() -> str:
    """Where a browser or a file transfer leaves the export: the downloads
    folder, else home."""
    home = Path.home()
    for name in ("Unduhan", "Downloads"):
        if (home / name).is_dir():
            return f"{home / name}/"
    return f"{home}/"


def result_text(summary: ImportSummary) -> Text:
    out = Text(
        t(
            "inbox.import.result",
            messages=summary.messages,
            system=summary.system,
            reports=summary.reports,
            chatter=summary.chatter,
            verb=t("inbox.import.would" if summary.dry_run else "inbox.import.new").capitalize(),
            new=summary.new,
            already=summary.already,
            entered=summary.probably_entered,
            photos=summary.photos,
        )
    )
    if summary.dry_run:
        out.append("\n" + t("inbox.import.dry_note"), style="bold")
    return out


class InboxImportModal(ModalScreen[ImportSummary | None]):
    DEFAULT_CSS = """
    InboxImportModal { align: center middle; }
    InboxImportModal > Vertical {
        width: 78; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    InboxImportModal .ii-title { text-style: bold; color: $accent; }
    InboxImportModal .ii-row { height: 1; }
    InboxImportModal .ii-label { width: 8; }
    InboxImportModal Input, InboxImportModal Input:focus {
        width: 1fr; height: 1; border: none; padding: 0 1;
    }
    InboxImportModal #ii-since { width: 34; }
    InboxImportModal #ii-folder { color: $text-muted; height: auto; max-height: 5; }
    InboxImportModal #ii-error { color: $error; text-style: bold; height: auto; }
    InboxImportModal #ii-result { height: auto; }
    InboxImportModal #ii-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "run", t("inbox.import.run"), id="inbox.import.run", priority=True),
        Binding("escape", "close", t("inbox.import.close"), id="inbox.import.close"),
    ]

    def __init__(self, actor: Actor, path: str = "") -> None:
        super().__init__()
        self.actor = actor
        self.initial_path = path or start_folder()
        self.running = False
        self.summary: ImportSummary | None = None

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("inbox.import.title")), classes="ii-title")
            with Horizontal(classes="ii-row"):
                yield Label(Text(t("inbox.import.path")), classes="ii-label")
                yield Input(self.initial_path, id="ii-path", suggester=PathSuggester(SUFFIXES))
            with Horizontal(classes="ii-row"):
                yield Label(Text(t("inbox.import.since")), classes="ii-label")
                yield Input(id="ii-since", placeholder=t("inbox.import.since_placeholder"))
            yield Static("", id="ii-folder")
            yield Static("", id="ii-error")
            yield Static("", id="ii-result")
            yield Static(Text(t("inbox.import.hint")), id="ii-hint")

    def on_mount(self) -> None:
        path = self.query_one("#ii-path", Input)
        path.focus()
        path.cursor_position = len(path.value)
        self._show("#ii-error", "")
        self._show("#ii-result", "")
        self._show_folder(path.value)

    def _show(self, selector: str, content: Text | str) -> None:
        """Fill a line of the dialog; an empty one takes no room."""
        widget = self.query_one(selector, Static)
        widget.update(content)
        widget.display = bool(content)

    # -- completion ----------------------------------------------------------

    @on(Input.Changed, "#ii-path")
    def _path_changed(self, event: Input.Changed) -> None:
        anew = started_anew(event.value)
        if anew != event.value:  # a whole path typed or pasted over the pre-filled folder
            event.input.value = anew
            event.input.cursor_position = len(anew)
            return  # shown on the change this makes
        self._show_folder(event.value)

    def _show_folder(self, value: str) -> None:
        found = matches(value, SUFFIXES)
        if not value or value.endswith(SUFFIXES) and os.path.isfile(os.path.expanduser(value)):
            self._show("#ii-folder", "")
            return
        out = Text(t("inbox.import.folder", folder=found.folder or "."), style="italic")
        if not found.names:
            out.append(" " + t("inbox.import.no_match"))
        for name in found.names[:SHOWN]:
            out.append("\n  ")
            out.append_text(plain(name))
        if len(found.names) > SHOWN:
            out.append("\n  " + t("inbox.import.more", n=len(found.names) - SHOWN))
        self._show("#ii-folder", out)

    def focus_step(self, step: int) -> None:
        """Tab in the path field completes it as far as it goes; else, and
        Shift+Tab, move between the fields."""
        path = self.query_one("#ii-path", Input)
        if step > 0 and self.focused is path:
            done = completion(path.value, SUFFIXES)
            if done and done != path.value:
                path.value = done
                path.cursor_position = len(done)
                return
        if step > 0:
            self.focus_next()
        else:
            self.focus_previous()

    # -- check and import ------------------------------------------------------

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._start(dry_run=True)

    def action_run(self) -> None:
        self._start(dry_run=False)

    def _since(self) -> tuple[bool, dt.date | None]:
        """Whether the first-day field is right, and its date (None: empty)."""
        text = self.query_one("#ii-since", Input).value.strip()
        if not text:
            return True, None
        try:
            return True, parse_date(text, clock.today(), field="since")
        except ValidationError as exc:
            self._error(exc.message, "#ii-since")
            return False, None

    def _error(self, message: str, focus: str = "#ii-path") -> None:
        self._show("#ii-error", plain(message))
        self.query_one(focus, Input).focus()

    def _start(self, dry_run: bool) -> None:
        if self.running:
            return
        text = self.query_one("#ii-path", Input).value.strip()
        if not text or text.endswith("/"):
            self._error(t("inbox.import.no_path"))
            return
        ok, since = self._since()
        if not ok:
            return
        self._show("#ii-error", "")
        path = Path(text).expanduser()
        actor = self.actor
        self.running = True
        key = "inbox.import.checking" if dry_run else "inbox.import.running"
        self._show("#ii-result", Text(t(key)))

        app = self.app

        def progress(stage: str, count: int) -> None:
            app.call_from_thread(self._progress, stage, count)

        def run() -> ImportSummary:
            return import_export(actor, path, dry_run=dry_run, since=since, progress=progress)

        run_db(self, run, self._done, on_error=self._failed, name="inbox_import")

    def _progress(self, stage: str, count: int) -> None:
        if self.running and stage in ("read", "parse"):
            self._show("#ii-result", Text(t(f"inbox.import.{stage}", n=count)))

    def _done(self, summary: ImportSummary) -> None:
        self.running = False
        if summary.dry_run:
            self._show("#ii-result", result_text(summary))
            return
        self.summary = summary
        self.dismiss(summary)

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self._show("#ii-result", "")
        if isinstance(exc, ValidationError):
            self._error(exc.message, "#ii-since" if exc.field == "since" else "#ii-path")
            return
        sambang_app(self).report_error(exc)

    def action_close(self) -> None:
        self.dismiss(self.summary)
