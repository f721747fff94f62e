"""The entry form opened from the Kotak masuk: one report of an inbox item,
every field read from the message filled and marked *periksa* (with those the
parser was unsure of, left empty, as the paste dialog marks them), the original
message and its photo names above the form (beside it on a wide terminal;
Ctrl+O makes it taller). Ctrl+S saves the report through the item — linked
to it, the item's photos attached — and dismisses with the ``SavedReport``;
Esc leaves it for later (what was typed is kept as a draft)."""

from __future__ import annotations

import copy

from textual import events
from textual.binding import Binding

from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.inbox import queue
from sambang_tui.services.inbox.queue import ItemDetail, ItemPart
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.results import SavedReport
from sambang_tui.ui.screens.entry import EntryScreen
from sambang_tui.ui.widgets.entry_form import EntryForm
from sambang_tui.ui.widgets.inbox_message import InboxMessage

SIDE_WIDTH = 120  # from this width on, the message sits beside the form


class InboxEntryScreen(EntryScreen):
    TITLE_KEY = "nav.inbox"
    HELP_KEY = "inbox.form.help"
    DEFAULT_CSS = """
    InboxEntryScreen.-side InboxMessage {
        dock: right; width: 44; height: 1fr; border-bottom: none; border-left: solid $primary;
    }
    """
    BINDINGS = [
        Binding("ctrl+o", "toggle_message", t("inbox.key.message"), id="inbox.form.message"),
    ]

    def __init__(self, detail: ItemDetail, part: ItemPart) -> None:
        super().__init__(initial=copy.deepcopy(part.data))
        self.detail = detail
        self.part = part
        self.initial_filled = part.marked  # the filled fields and those in doubt

    @property
    def draft_key(self) -> str:
        return f"entry.inbox.{self.detail.id}.{self.part.index}"

    def on_mount(self) -> None:
        # EntryScreen's own on_mount runs as well (Textual calls each class's)
        self.mount(InboxMessage(self.detail, self.part), before=self.query_one(EntryForm))
        self._place_message(self.app.size.width)

    def on_resize(self, event: events.Resize) -> None:
        self._place_message(event.size.width)

    def _place_message(self, width: int) -> None:
        self.set_class(width >= SIDE_WIDTH, "-side")

    def action_toggle_message(self) -> None:
        self.query_one(InboxMessage).toggle_class("-tall")

    def create_report(self, actor: Actor, data: ReportInput) -> SavedReport:
        return queue.save_part(actor, self.detail.id, self.part.index, data)
