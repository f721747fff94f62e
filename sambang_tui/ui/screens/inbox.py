"""F8 Kotak masuk: the reports imported from the Bhabins' WhatsApp group,
newest first — sender, time, kelurahan, types, photos, state (baru,
dibuka, disimpan, diabaikan) — with the highlighted message's first lines
below. Enter opens the entry form filled from it; saving moves on to the
message's next report, then to the next message. ``i`` imports an export,
``x`` ignores a message with a reason, ``u`` brings it back, ``f`` changes
which states are shown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from sambang_tui.i18n import t
from sambang_tui.services.inbox import queue
from sambang_tui.services.inbox.queue import ItemDetail, ItemRow
from sambang_tui.services.reports.results import SavedReport
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.text import plain
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db

if TYPE_CHECKING:
    from sambang_tui.ui.screens.inbox_entry import InboxEntryScreen

PAGE_SIZE = 100
FILTERS = ("open", None, "baru", "dibuka", "disimpan", "diabaikan")
STATE_STYLES = {"baru": "bold", "dibuka": "yellow", "disimpan": "green", "diabaikan": "dim"}


@dataclass(frozen=True)
class Page:
    state: str | None
    page: int
    rows: list[ItemRow]
    counts: dict[str, int]


def first_to_do(rows: list[ItemRow], index: int) -> int | None:
    """The row of the first message still to do at or after ``index`` (the
    one just saved may have left the list), else the first from the top."""
    todo = [i for i, row in enumerate(rows) if row.state in queue.OPEN_STATES]
    return next((i for i in todo if i >= index), todo[0]) if todo else None


def filter_label(state: str | None) -> str:
    if state == "open":
        return t("inbox.filter.open")
    if state is None:
        return t("inbox.filter.all")
    return t(f"inbox.state.{state}")


def state_text(row: ItemRow) -> Text:
    text = Text(t(f"inbox.state.{row.state}"), style=STATE_STYLES.get(row.state, ""))
    if row.parts > 1:
        text.append(f" {row.saved}/{row.parts}")
    if row.entered and row.state in queue.OPEN_STATES:
        text.append(" ⚠", style="bold yellow")
    return text


class InboxScreen(SambangScreen[None]):
    TITLE_KEY = "nav.inbox"
    HELP_KEY = "inbox.help"
    DEFAULT_CSS = """
    InboxScreen #inbox-summary { height: 1; padding: 0 1; background: $panel; }
    InboxScreen #inbox-table { height: 1fr; }
    InboxScreen #inbox-preview {
        height: 6; padding: 0 1; border-top: solid $primary; background: $boost;
    }
    """
    BINDINGS = [
        Binding("enter", "open", t("inbox.key.open"), id="inbox.open", priority=True),
        Binding("i", "import", t("inbox.key.import"), id="inbox.import"),
        Binding("x", "ignore", t("inbox.key.ignore"), id="inbox.ignore"),
        Binding("u", "restore", t("inbox.key.restore"), id="inbox.restore"),
        Binding("f", "filter", t("inbox.key.filter"), id="inbox.filter"),
        Binding("pagedown", "page(1)", t("inbox.key.next_page"), id="inbox.next_page", show=False),
        Binding("pageup", "page(-1)", t("inbox.key.prev_page"), id="inbox.prev_page", show=False),
        Binding("ctrl+r", "reload", t("inbox.key.reload"), id="inbox.reload", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.state: str | None = "open"
        self.page = 0
        self.rows: list[ItemRow] = []
        self.counts: dict[str, int] = {}
        self.loaded = False
        self._advance_from: int | None = None  # the row index a save moves on from
        self._walk_index = 0  # the row of the message open in the form
        self._walk_item: int | None = None  # and its id
        self._cursor_item: int | None = None  # the row to show after a reload
        self._busy = False
        self._reloading = False
        self._open_when_loaded = False  # Enter pressed while the page was loading
        self._summary = ""

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Static(Text(t("inbox.loading")), id="inbox-summary")
        yield DataTable(id="inbox-table", cursor_type="row", zebra_stripes=True)
        yield Static("", id="inbox-preview")
        yield self.footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, width in (
            ("inbox.col.when", 11),
            ("inbox.col.sender", 20),
            ("inbox.col.kelurahan", 10),
            ("inbox.col.types", 7),
            ("inbox.col.photos", 4),
            ("inbox.col.state", 12),
        ):
            table.add_column(t(key), width=width)
        table.focus()
        self.set_interval(self.REFRESH_SECONDS, self._auto_reload, name="inbox-refresh")

    # the queue is shared: another desk, or 'sambang inbox import', adds and
    # takes messages while this one looks (as the Jadwal, reloaded while shown)
    REFRESH_SECONDS = 30.0

    def on_screen_resume(self) -> None:
        self.reload()

    def section_shown(self) -> None:
        """F8 while the queue is shown: read it again (the first F8 mounts it,
        and its resume loads it)."""
        if self.loaded:
            self._reload_in_place()

    def _auto_reload(self) -> None:
        if self.is_current and not self._busy and not self._reloading:
            self._reload_in_place()

    def _reload_in_place(self) -> None:
        """Read the page again, the cursor staying on its message (new ones
        come in above it, newest first)."""
        row = self.current
        if row is not None and self._cursor_item is None:
            self._cursor_item = row.id
        self.reload()

    # -- loading ------------------------------------------------------------------

    def reload(self) -> None:
        actor, state, page = self.actor, self.state, self.page

        def load() -> Page:
            rows = queue.list_items(actor, state, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
            return Page(state, page, rows, queue.counts(actor))

        self._reloading = True
        run_db(
            self,
            load,
            self.show_page,
            on_error=self._reload_failed,
            group="inbox",
            exclusive=True,
            name="inbox_page",
        )

    def _reload_failed(self, exc: BaseException) -> None:
        self._reloading = self._open_when_loaded = False
        self.sambang.report_error(exc)

    def action_reload(self) -> None:
        self.reload()

    def show_page(self, result: Page) -> None:
        if (result.state, result.page) != (self.state, self.page):
            return
        self._reloading = False
        if not result.rows and result.page > 0:
            self.page -= 1
            self.reload()
            return
        table = self.query_one(DataTable)
        if self.loaded and result.rows == self.rows and self._advance_from is None:
            # the timer's reload found what is shown: redrawing would only flicker
            self._cursor_item = None
            self.counts = result.counts
            self._show_summary()
            self._when_loaded()
            return
        keep = table.cursor_row if table.row_count else 0
        ids = [row.id for row in result.rows]
        if self._cursor_item in ids:
            keep = ids.index(self._cursor_item)
        self._cursor_item = None
        table.clear()
        self.rows = result.rows
        self.counts = result.counts
        for row in result.rows:
            sender = row.officer or row.sender
            table.add_row(
                Text(f"{row.sent_at:%d/%m %H.%M}"),
                plain(sender, overflow="ellipsis", no_wrap=True),
                plain(row.kelurahan or "—", overflow="ellipsis", no_wrap=True),
                plain(row.types or "—", overflow="ellipsis", no_wrap=True),
                Text(str(row.photos) if row.photos else "", justify="right"),
                state_text(row),
                key=str(row.id),
            )
        self.loaded = True
        self._show_summary()
        advance, self._advance_from = self._advance_from, None
        if advance is not None:
            self._open_next(advance)
            return
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1), animate=False)
        self._show_preview()
        self._when_loaded()

    def _when_loaded(self) -> None:
        if self._open_when_loaded:
            self._open_when_loaded = False
            self.action_open()

    def _show_summary(self) -> None:
        counts = {state: self.counts.get(state, 0) for state in queue.STATES}
        text = t("inbox.summary", filter=filter_label(self.state), **counts)
        if self.page:
            text += " │ " + t("inbox.page", page=self.page + 1)
        if text != self._summary:
            self._summary = text
            self.query_one("#inbox-summary", Static).update(Text(text))

    def _show_preview(self) -> None:
        preview = self.query_one("#inbox-preview", Static)
        row = self.current
        if row is None:
            empty = not any(self.counts.values())
            preview.update(Text(t("inbox.empty" if empty else "inbox.empty_filter")))
            return
        text = Text()
        if row.state == "diabaikan" and row.reason:
            text.append_text(plain(t("inbox.preview.reason", reason=row.reason), style="italic"))
            text.append("\n")
        elif row.entered and row.state in queue.OPEN_STATES:
            text.append(t("inbox.entered"), style="bold yellow")
            text.append("\n")
        text.append_text(plain(row.preview))
        preview.update(text)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_preview()

    @property
    def current(self) -> ItemRow | None:
        table = self.query_one(DataTable)
        if not self.rows or not table.row_count:
            return None
        return self.rows[min(table.cursor_row, len(self.rows) - 1)]

    # -- filter and pages -------------------------------------------------------

    def action_filter(self) -> None:
        self.state = FILTERS[(FILTERS.index(self.state) + 1) % len(FILTERS)]
        self.page = 0
        self.reload()

    def action_page(self, step: int) -> None:
        if step > 0 and len(self.rows) < PAGE_SIZE:
            return
        self.page = max(0, self.page + step)
        self.reload()

    # -- open, save, move on ------------------------------------------------------

    def action_open(self) -> None:
        row = self.current
        if row is None and self._reloading:
            self._open_when_loaded = True
            return
        if row is None:
            self.notify(t("inbox.nothing"), severity="warning", markup=False)
            return
        if self._busy:
            return
        self._busy = True
        actor, item_id = self.actor, row.id
        run_db(
            self,
            lambda: queue.open_item(actor, item_id),
            self._opened,
            on_error=self._failed,
            name="inbox_open",
        )

    def _opened(self, detail: ItemDetail) -> None:
        self._busy = False
        if detail.state == "diabaikan":
            self.notify(
                t("inbox.ignored_item", reason=detail.reason), severity="warning", markup=False
            )
            return
        other = detail.held_by_other(self.actor.os_user)
        if other:
            self.notify(
                t("inbox.held_by_other", who=other), severity="warning", markup=False, timeout=8
            )
        part = detail.next_part
        if part is None:
            saved = [
                (p.report_id, p.report_number) for p in detail.parts if p.report_id is not None
            ]
            numbers = ", ".join(number for _, number in saved)
            self.notify(t("inbox.saved_item", numbers=numbers), markup=False)
            if saved:
                from sambang_tui.ui.screens.report_detail import ReportDetailScreen

                self.app.push_screen(ReportDetailScreen(saved[0][0]))
            return
        from sambang_tui.ui.screens.inbox_entry import InboxEntryScreen

        self._walk_index, self._walk_item = self.query_one(DataTable).cursor_row, detail.id
        self.app.push_screen(InboxEntryScreen(detail, part, self._next_item), self._form_done)

    def _next_item(self, form: InboxEntryScreen, saved: SavedReport) -> None:
        """After a save in the form: the message's next report, else the
        first message still to do at or after its row (the saved one may
        have left the list), shown in the same form; none: the form closes."""
        actor, state, page = self.actor, self.state, self.page
        detail, index = form.detail, self._walk_index

        def find() -> tuple[ItemDetail, int] | None:
            if sum(1 for p in detail.parts if p.report_id is None) > 1:
                return queue.open_item(actor, detail.id), index
            rows = queue.list_items(actor, state, limit=PAGE_SIZE, offset=page * PAGE_SIZE)
            target = first_to_do(rows, index)
            if target is None:
                return None
            return queue.open_item(actor, rows[target].id), target

        def found(result: tuple[ItemDetail, int] | None) -> None:
            next_part = result[0].next_part if result is not None else None
            if result is None or next_part is None or result[0].state == "diabaikan":
                form.dismiss(saved)
                return
            self._walk_index, self._walk_item = result[1], result[0].id
            form.retarget(result[0], next_part)

        def failed(exc: BaseException) -> None:
            form.dismiss(saved)
            self.sambang.report_error(exc)

        run_db(self, find, found, on_error=failed, name="inbox_next")

    def _form_done(self, saved: Any) -> None:
        if saved is None:
            # left for later: the reload on resume puts the cursor on it
            self._cursor_item = self._walk_item
            return
        self._advance_from = self._walk_index  # the reload on resume says what is left

    def _open_next(self, index: int) -> None:
        """Open the message ``first_to_do`` names, or say none is left."""
        table = self.query_one(DataTable)
        target = first_to_do(self.rows, index)
        if target is None:
            self._show_preview()
            self.notify(t("inbox.done"), markup=False)
            return
        table.move_cursor(row=target, animate=False)
        self._show_preview()
        self.action_open()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.sambang.report_error(exc)

    # -- ignore, restore, import ---------------------------------------------------

    def _writable(self) -> bool:
        if self.actor.read_only:
            self.notify(
                t("inbox.readonly", user=self.actor.os_user), severity="warning", markup=False
            )
            return False
        return True

    def action_ignore(self) -> None:
        row = self.current
        if row is None or not self._writable():
            return
        if row.state == "disimpan":
            self.notify(t("inbox.saved_not_ignored"), severity="warning", markup=False)
            return
        from sambang_tui.ui.modals.note import NoteModal

        actor = self.actor

        def chosen(reason: str | None) -> None:
            if not reason:
                return
            run_db(
                self,
                lambda: queue.ignore_item(actor, row.id, row.version, reason),
                lambda _: self._changed("inbox.ignored"),
                on_error=self._failed,
                name="inbox_ignore",
            )

        title = t("inbox.ignore_title", sender=row.officer or row.sender)
        self.app.push_screen(NoteModal(title, t("inbox.ignore_default")), chosen)

    def action_restore(self) -> None:
        row = self.current
        if row is None or not self._writable():
            return
        if row.state != "diabaikan":
            self.notify(t("inbox.not_ignored"), severity="warning", markup=False)
            return
        actor = self.actor
        run_db(
            self,
            lambda: queue.restore_item(actor, row.id, row.version),
            lambda _: self._changed("inbox.restored"),
            on_error=self._failed,
            name="inbox_restore",
        )

    def _changed(self, key: str) -> None:
        self.notify(t(key), markup=False)
        self.reload()

    def action_import(self) -> None:
        if not self._writable():
            return
        from sambang_tui.ui.modals.inbox_import import InboxImportModal

        def done(summary: Any) -> None:
            if summary is None:
                return
            self.notify(
                t(
                    "inbox.imported",
                    new=summary.new,
                    already=summary.already,
                    entered=summary.probably_entered,
                    photos=summary.photos,
                    messages=summary.messages,
                ),
                markup=False,
                timeout=10,
            )
            self.state, self.page = "open", 0
            self.reload()

        self.app.push_screen(InboxImportModal(self.actor), done)
