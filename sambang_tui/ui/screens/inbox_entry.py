"""The entry form opened from the Kotak masuk: one report of an inbox item,
every field read from the message filled and marked *periksa* (with those the
parser was unsure of, left empty, as the paste dialog marks them), the original
message and its photo names above the form (beside it on a wide terminal;
Ctrl+O makes it taller). Ctrl+S saves the report through the item — linked
to it, the item's photos attached — and the same form moves on to the next
report to enter (``next_item``), or closes with the ``SavedReport`` when
none is left; Esc leaves it for later (what was typed is kept as a draft)."""

from __future__ import annotations

import copy
from collections.abc import Callable

from textual import events
from textual.binding import Binding

from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.inbox import queue
from sambang_tui.services.inbox.queue import ItemDetail, ItemPart
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.results import SavedReport
from sambang_tui.ui.screens.entry import EntryScreen, own_draft
from sambang_tui.ui.screens.entry_lookups import Opening
from sambang_tui.ui.widgets.entry_form import EntryForm
from sambang_tui.ui.widgets.inbox_message import InboxMessage
from sambang_tui.ui.workers import run_db

# after a save: find the next report to enter and give it to ``retarget``,
# or dismiss the form with the saved report when there is none
NextItem = Callable[["InboxEntryScreen", SavedReport], None]

SIDE_WIDTH = 120  # from this width on, the message sits beside the form


def draft_key(detail: ItemDetail, part: ItemPart) -> str:
    return f"entry.inbox.{detail.id}.{part.index}"


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
        # in F1 help and the palette: at 80 columns the footer had no room
        # left for f1 Bantuan once ^o Pesan joined the form's own keys
        Binding("ctrl+n", "new_form", t("entry.key.clear"), id="entry.clear", show=False),
    ]

    def __init__(
        self, detail: ItemDetail, part: ItemPart, next_item: NextItem | None = None
    ) -> None:
        super().__init__(initial=copy.deepcopy(part.data))
        self.detail = detail
        self.part = part
        self.initial_filled = part.marked  # the filled fields and those in doubt
        self.next_item = next_item
        self._moving_on = False  # saved; the next report is being fetched

    @property
    def draft_key(self) -> str:
        return draft_key(self.detail, self.part)

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

    # -- moving on in the same form -------------------------------------------------
    #
    # Opening a new form costs hundreds of milliseconds of widgets; the next
    # message only needs new values in the same one.

    def after_save(self, saved: SavedReport) -> None:
        if self.next_item is None:
            self.dismiss(saved)
            return
        self._moving_on = True
        self.loaded = False  # typed keys go nowhere until the next one is in
        self.next_item(self, saved)

    def action_save(self, submit: bool = False) -> None:
        if self._moving_on:
            return  # a save pressed twice does not save the next message unread
        super().action_save(submit)

    def retarget(self, detail: ItemDetail, part: ItemPart) -> None:
        """Show report ``part`` of ``detail`` in this form, filled and marked."""
        actor, key, lookups = self.actor, draft_key(detail, part), self.lookups

        def draft() -> Opening:
            return Opening(lookups, None, own_draft(actor, key))

        run_db(
            self,
            draft,
            lambda opening: self._retargeted(detail, part, opening),
            on_error=self._open_failed,
            group="entry-open",
        )

    def _retargeted(self, detail: ItemDetail, part: ItemPart, opening: Opening) -> None:
        # every change in one turn: one layout of the screen, not one per step
        self.detail, self.part = detail, part
        self.initial = copy.deepcopy(part.data)
        self.initial_filled = part.marked
        self._auto = {"kelurahan_id": None, "operation_id": None}
        self._duplicates_seen = None
        self._save_when_loaded = None
        self._moving_on = False
        self.query_one(InboxMessage).show(detail, part)
        self.form.scroll_home(animate=False)
        self._opened(opening)

    def create_report(self, actor: Actor, data: ReportInput) -> SavedReport:
        return queue.save_part(actor, self.detail.id, self.part.index, data)
