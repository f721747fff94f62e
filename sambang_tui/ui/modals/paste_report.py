""" "Tempel laporan": paste (bracketed paste works through SSH) or type a
Bhabin's chat message; Ctrl+S reads it and dismisses with the recognised
fields (a ``ParsedMessage``), Esc cancels. Nothing is saved here: the entry
form shows the fields for review.

A message that tells several activities is offered as that many reports:
the desk picks one with Enter and it fills the form. The message stays
with the app, so the next Ctrl+T shows it again with the reports already
taken ticked, until every one has been taken or another message is pasted
(Ctrl+L empties the text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from sambang_tui.i18n import t
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.parse import ParsedMessage, parse_reports
from sambang_tui.ui.context import sambang_app
from sambang_tui.ui.modals.discard import AsksBeforeDiscard
from sambang_tui.ui.widgets.inputs import TextArea
from sambang_tui.ui.workers import run_db


@dataclass
class PasteMemory:
    """The last message that held several reports, and those taken from it."""

    text: str
    count: int
    taken: set[int] = field(default_factory=set)

    @property
    def left(self) -> int:
        return self.count - len(self.taken)


def report_line(index: int, report: ParsedMessage, taken: bool) -> Text:
    """One report of a message as the choice list shows it (plain text)."""
    when = report.date.strftime("%d/%m") if report.date else "--/--"
    time = report.start_time.strftime("%H.%M") if report.start_time else "--.--"
    line = Text(f"{index + 1}. {when} {time} ")
    line.append("+".join(report.types) or "?", style="bold")
    where = report.place or report.kelurahan
    area = " ".join(
        f"{name} {value:02d}" for name, value in (("RT", report.rt), ("RW", report.rw)) if value
    )
    for piece in (where, area):
        if piece:
            line.append(f" · {piece}")
    if taken:
        line.append(f"  {t('parse.taken')}", style="italic")
    return line


class PasteReportModal(AsksBeforeDiscard, ModalScreen[ParsedMessage | None]):
    DEFAULT_CSS = """
    PasteReportModal { align: center middle; }
    PasteReportModal > Vertical {
        width: 96; max-width: 100%; height: 90%; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    PasteReportModal #paste-hint { color: $text-muted; height: auto; }
    PasteReportModal TextArea { height: 1fr; min-height: 5; }
    PasteReportModal #paste-choices { height: auto; max-height: 8; display: none; }
    PasteReportModal.-choosing #paste-choices { display: block; }
    PasteReportModal #paste-status { height: auto; }
    PasteReportModal #paste-status.-error { color: $error; }
    PasteReportModal #paste-keys { color: $text-muted; height: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "parse", t("parse.key.parse"), id="paste.parse", priority=True),
        Binding("ctrl+l", "clear", t("parse.key.clear"), id="paste.clear"),
        Binding("escape", "cancel", t("parse.key.cancel"), id="paste.cancel"),
    ]

    def __init__(
        self,
        text: str = "",
        actor: Actor | None = None,
        today: dt.date | None = None,
        fill: Callable[[ParsedMessage], None] | None = None,
    ) -> None:
        super().__init__()
        self.initial_text = text
        # fills the screen below with the activity taken, before this dialog
        # closes: the screen shows filled in its first frame (a dismiss
        # callback runs after the screen below is shown again, empty)
        self.fill = fill
        self.actor = actor
        self.today = today
        self.busy = False
        self.reports: list[ParsedMessage] = []
        self.read_text = ""  # the text the reports were read from

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
            yield OptionList(id="paste-choices")
            yield Static("", id="paste-status")
            yield Static(Text(t("parse.keys")), id="paste-keys")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        memory = self._memory()
        if not self.initial_text and memory is not None:
            area.text = memory.text
            self._status(t("parse.remembered", count=memory.count, left=memory.left))
        area.focus()

    def has_unsaved(self) -> bool:
        """A message pasted and not read into the form yet: Ctrl+Q asks."""
        text = self.query_one(TextArea).text.strip()
        memory = self._memory()
        return bool(text) and (memory is None or text != memory.text.strip())

    def _memory(self) -> PasteMemory | None:
        memory = getattr(self.app, "paste_memory", None)
        return memory if isinstance(memory, PasteMemory) and memory.left > 0 else None

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
            lambda: parse_reports(text, today=today, actor=actor),
            lambda reports: self._parsed(text, reports),
            on_error=self._failed,
            group="paste-parse",
        )

    def _parsed(self, text: str, reports: list[ParsedMessage]) -> None:
        self.busy = False
        if len(reports) == 1:
            self._take(reports[0])
            return
        self.reports, self.read_text = reports, text
        memory = getattr(self.app, "paste_memory", None)
        if not isinstance(memory, PasteMemory) or memory.text != text:
            memory = PasteMemory(text, len(reports))
            sambang_app(self).paste_memory = memory
        choices = self.query_one("#paste-choices", OptionList)
        choices.clear_options()
        choices.add_options(
            Option(report_line(i, r, i in memory.taken), id=str(i)) for i, r in enumerate(reports)
        )
        first = next((i for i in range(len(reports)) if i not in memory.taken), 0)
        choices.highlighted = first
        self.add_class("-choosing")
        self._status(t("parse.several", count=len(reports)))
        choices.focus()

    @on(OptionList.OptionSelected, "#paste-choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        index = int(event.option.id or 0)
        memory = getattr(self.app, "paste_memory", None)
        if isinstance(memory, PasteMemory) and memory.text == self.read_text:
            memory.taken.add(index)
            if memory.left == 0:
                sambang_app(self).paste_memory = None
        self._take(self.reports[index])

    def _take(self, result: ParsedMessage) -> None:
        recognised = result.filled - {"narrative"}
        if recognised:
            self.app.notify(t("parse.filled", count=len(recognised)), markup=False)
        else:
            self.app.notify(t("parse.nothing"), severity="warning", markup=False)
        if self.fill is not None:
            self.fill(result)
        self.dismiss(result)

    def _failed(self, exc: BaseException) -> None:
        self.busy = False
        self._status(t("parse.failed", error=str(exc)), error=True)

    def action_clear(self) -> None:
        """Empty the text (a new message to paste) and forget the last one."""
        sambang_app(self).paste_memory = None
        self.query_one(TextArea).text = ""
        self.remove_class("-choosing")
        self._status("")
        self.query_one(TextArea).focus()

    def action_cancel(self) -> None:
        if self.has_class("-choosing"):
            self.remove_class("-choosing")
            self._status("")
            self.query_one(TextArea).focus()
            return
        super().action_cancel()
