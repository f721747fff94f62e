"""F5 Daftar laporan: every report, newest first, one page of 50 rows at a
time straight from SQL; a debounced search box, a filter dialog, PgDn/PgUp
paging, Enter opens the report. Pushed with a ``ReportFilter`` it is the
drill-down of the home screen, the recap or a problem thread.

The page is shown first; the total is counted afterwards in its own worker
and only up to ``COUNT_CAP`` (beyond it the status says "1000+"), because
counting every match of a common word in a million reports takes seconds."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.timer import Timer
from textual.widgets import DataTable, Static

from sambang_tui.i18n import t
from sambang_tui.services.reports import listing as report_list
from sambang_tui.services.reports.listing import ReportFilter, ReportRow
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.text import plain
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.widgets.inputs import Input
from sambang_tui.ui.workers import run_db

PAGE_SIZE = 50
COUNT_CAP = 1000
SEARCH_DELAY = 0.3
STATUS_STYLES = {
    "draft": "",
    "diajukan": "yellow",
    "diverifikasi": "green",
    "dikembalikan": "red",
}


@dataclass(frozen=True)
class Page:
    filt: ReportFilter
    page: int
    rows: list[ReportRow]


@dataclass(frozen=True)
class Count:
    filt: ReportFilter
    total: int  # COUNT_CAP + 1 means "more than COUNT_CAP"


def area_text(rt: int | None, rw: int | None) -> str:
    if rt is None and rw is None:
        return ""
    return f"{rt or 0:02d}/{rw or 0:02d}" if rt is not None else f"--/{rw:02d}"


def status_text(status: str, short: bool = False) -> Text:
    key = ("report.short." if short else "report.") + status
    return Text(t(key), style=STATUS_STYLES.get(status, ""))


def officer_name(label: str) -> str:
    """``Aiptu Heri Kurniawan`` → ``Heri Kurniawan`` where columns are few."""
    rank, _, name = label.partition(" ")
    return name or rank


class ReportListScreen(SambangScreen[None]):
    TITLE_KEY = "nav.list"
    HELP_KEY = "list.help"
    CSS_PATH = "list_reports.tcss"
    AUTO_FOCUS = "#list-table"  # at once: not the search box first, then the table
    BINDINGS = [
        Binding("slash", "search", t("list.search"), id="list.search"),
        Binding("f", "filter", t("list.filter"), id="list.filter"),
        Binding("x", "clear", t("list.clear"), id="list.clear"),
        Binding("pagedown", "page(1)", t("list.next_page"), id="list.next_page", priority=True),
        Binding(
            "pageup",
            "page(-1)",
            t("list.prev_page"),
            id="list.prev_page",
            priority=True,
            show=False,
        ),
        # opened while the Enter key itself is handled, not on the table's
        # RowSelected message: keys typed after Enter (`e` to edit) then reach
        # the detail instead of this list
        Binding("enter", "open", t("list.open"), id="list.open", show=False, priority=True),
        Binding("ctrl+r", "reload", t("list.reload"), id="list.reload", show=False),
        Binding("escape", "escape", t("word.back"), id="list.back", show=False),
    ]

    def __init__(self, filt: ReportFilter | None = None) -> None:
        super().__init__()
        self.filt = filt or ReportFilter()
        self.page = 0
        self.total: int | None = None  # None: not counted yet
        self.capped = False  # the total is only "more than COUNT_CAP"
        self._counting: ReportFilter | None = None
        self.rows: dict[str, ReportRow] = {}
        self.labels: Any = None
        self._search_timer: Timer | None = None
        self._wide: bool | None = None
        self._restore_row = 0

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Input(
            self.filt.text,
            placeholder=t("list.search_placeholder"),
            id="list-search",
            compact=True,
        )
        yield DataTable(id="list-table", cursor_type="row", zebra_stripes=True)
        yield Static(Text(t("list.loading")), id="list-status")
        yield self.footer()

    def on_mount(self) -> None:
        self._build_columns()
        if self._has_id_filters():
            self._load_labels()

    def on_screen_resume(self) -> None:
        self.reload(count=True)

    # -- loading ------------------------------------------------------------

    def reload(self, count: bool = False) -> None:
        """Load the current page; with ``count`` (or no total yet) count the
        matches again once the page is shown."""
        actor = self.actor
        filt, page = replace(self.filt), self.page
        if count:
            self.total = None
            self._counting = None

        def load() -> Page:
            rows = report_list.list_reports(actor, filt, page * PAGE_SIZE, PAGE_SIZE)
            return Page(filt, page, rows)

        run_db(self, load, self.show_page, group="list", exclusive=True, name="report_page")

    def _count(self) -> None:
        actor = self.actor
        filt = self._counting = replace(self.filt)

        def count() -> Count:
            return Count(filt, report_list.count_reports(actor, filt, cap=COUNT_CAP))

        run_db(
            self, count, self.show_count, group="list-count", exclusive=True, name="report_count"
        )

    def show_count(self, result: Count) -> None:
        if result.filt != self.filt:
            return  # the filter changed meanwhile; its own count follows
        self._counting = None
        if self.total is None:  # else the last page was reached: exact already
            self.total = result.total
            self.capped = result.total > COUNT_CAP
        self._show_status()

    def action_reload(self) -> None:
        self.reload(count=True)

    def show_page(self, result: Page) -> None:
        if result.filt != self.filt:
            return
        if not result.rows and result.page > 0:
            # Paged past the end while the total was unknown: stay put.
            self.page = result.page - 1
            self._show_status()
            return
        if len(result.rows) < PAGE_SIZE:  # the last page: the total is known
            self.total = result.page * PAGE_SIZE + len(result.rows)
            self.capped = False
        elif self.total is None and self._counting != self.filt:
            self._count()
        table = self.query_one(DataTable)
        keep = table.cursor_row if result.page == self.page and table.row_count else 0
        table.clear()
        self.rows = {}
        wide = self._wide
        for row in result.rows:
            key = str(row.id)
            self.rows[key] = row

            def cut(value: str) -> Text:
                return plain(value, overflow="ellipsis", no_wrap=True)

            cells = [
                Text(row.date.strftime("%d/%m/%y")),
                plain(row.number),
                cut(row.type_codes or row.type_code),
                cut(row.kelurahan),
            ]
            if wide:
                cells += [Text(area_text(row.rt, row.rw)), cut(row.lead_officer), cut(row.place)]
            else:
                cells.append(cut(officer_name(row.lead_officer)))
            cells.append(status_text(row.status, short=not wide))
            table.add_row(*cells, key=key)
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1), animate=False)
        self._show_status()

    def _show_status(self) -> None:
        total = self.total
        first = self.page * PAGE_SIZE + 1
        last = first + len(self.rows) - 1
        numbers = {"first": first, "last": last, "page": self.page + 1}
        if not self.rows and self.page == 0 and total is not None:
            text = Text(t("list.empty"))
        elif total is None:
            text = Text(t("list.status_counting", **numbers) if self.rows else t("list.loading"))
        elif self.capped:
            text = Text(t("list.status_many", total=max(COUNT_CAP, last), **numbers))
        else:
            pages = max(1, -(-total // PAGE_SIZE))
            text = Text(t("list.status", total=total, pages=pages, **numbers))
        summary = self.filter_summary()
        if summary:
            text.append(" · ")
            text.append(plain(summary, style="bold"))
        self.query_one("#list-status", Static).update(text)

    # -- columns ------------------------------------------------------------

    def on_resize(self) -> None:
        wide = self.size.width >= 100
        if wide != self._wide:
            self._build_columns()
            if self.rows:
                self.reload()

    def _build_columns(self) -> None:
        """Number, date, every type code, kelurahan, officer and status always;
        from 100 columns RT/RW and the place too. Free text gives way first:
        at 80 columns the place goes and the officer loses the rank."""
        width = self.size.width or self.app.size.width
        self._wide = width >= 100
        table = self.query_one(DataTable)
        table.clear(columns=True)
        columns = [
            (t("list.col.date"), 8),
            (t("list.col.number"), 15),
            (t("list.col.type"), 8),
            (t("list.col.kelurahan"), 9),
        ]
        if self._wide:
            columns += [(t("list.col.area"), 5), (t("list.col.officer"), 22)]
            rest = (t("list.col.place"), 0)
            status = 12
        else:
            rest = (t("list.col.officer"), 0)
            status = 8
        count = len(columns) + 2
        used = sum(w for _, w in columns) + status + count * 2 + 2  # cell padding, scrollbar
        columns.append((rest[0], max(10, width - used)))
        columns.append((t("list.col.status"), status))
        for label, w in columns:
            table.add_column(label, width=w)

    # -- search and filters -------------------------------------------------

    def action_search(self) -> None:
        self.query_one("#list-search", Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "list-search":
            return
        event.stop()
        if self._search_timer is not None:
            self._search_timer.stop()
        self._search_timer = self.set_timer(SEARCH_DELAY, self._apply_search)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id != "list-search":
            return
        event.stop()
        self._apply_search()
        self.query_one(DataTable).focus()

    def _apply_search(self) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        text = self.query_one("#list-search", Input).value.strip()
        if text == self.filt.text:
            return
        self.filt = replace(self.filt, text=text)
        self.page = 0
        self.reload(count=True)

    def action_escape(self) -> None:
        if self.focused is self.query_one("#list-search", Input):
            self.query_one(DataTable).focus()
            return
        self.sambang.go_back()

    def action_filter(self) -> None:
        from sambang_tui.ui.modals.report_filter import ReportFilterModal

        def done(result: ReportFilter | None) -> None:
            if result is None:
                return
            self.filt = replace(result, text=self.filt.text)
            self.page = 0
            if self._has_id_filters() and self.labels is None:
                self._load_labels()
            self.reload(count=True)

        self.app.push_screen(ReportFilterModal(self.filt), done)

    def action_clear(self) -> None:
        """Search and filters both (the search kept its text: the key said
        "clear filters" and the list stayed searched)."""
        if self._search_timer is not None:
            self._search_timer.stop()
            self._search_timer = None
        self.query_one("#list-search", Input).value = ""
        self.filt = ReportFilter()
        self.page = 0
        self.reload(count=True)

    def _has_next(self) -> bool:
        if self.total is not None and not self.capped:
            return (self.page + 1) * PAGE_SIZE < self.total
        return len(self.rows) == PAGE_SIZE  # total unknown or capped

    def action_page(self, delta: int) -> None:
        forward = delta > 0 and self._has_next()
        page = max(0, self.page + delta) if forward or delta < 0 else self.page
        if page == self.page:
            table = self.query_one(DataTable)
            if table.row_count:
                table.move_cursor(row=0 if delta < 0 else table.row_count - 1)
            return
        self.page = page
        self.query_one(DataTable).move_cursor(row=0, animate=False)
        self.reload()

    def _has_id_filters(self) -> bool:
        f = self.filt
        return any(v is not None for v in (f.kelurahan_id, f.officer_id, f.type_id, f.operation_id))

    def _load_labels(self) -> None:
        from sambang_tui.ui.modals.report_filter import load_options

        actor = self.actor

        def done(options: Any) -> None:
            self.labels = options
            self._show_status()

        run_db(self, lambda: load_options(actor), done, group="list-labels", name="filter_labels")

    def filter_summary(self) -> str:
        f = self.filt
        parts: list[str] = []
        if f.date_from:
            parts.append(t("list.f.from", day=f.date_from.strftime("%d/%m/%Y")))
        if f.date_to:
            parts.append(t("list.f.to", day=f.date_to.strftime("%d/%m/%Y")))
        labels = self.labels
        for value, attr in (
            (f.kelurahan_id, "kelurahan"),
            (f.officer_id, "officers"),
            (f.type_id, "types"),
            (f.operation_id, "operations"),
        ):
            if value is None:
                continue
            names = dict((v, k) for k, v in getattr(labels, attr, [])) if labels else {}
            label = names.get(value, f"#{value}")
            parts.append(label.split(" · ")[0] if attr != "types" else label.split(" · ")[0])
        if f.status:
            parts.append(t("report." + f.status))
        if f.problem_id is not None:
            parts.append(t("list.f.problem", id=f.problem_id))
        return ", ".join(parts)

    # -- opening ------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open":
            return isinstance(self.focused, DataTable) and self.current_row() is not None
        return True

    def action_open(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open(row.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """A row clicked with the mouse."""
        event.stop()
        key = event.row_key.value
        if key is not None and key in self.rows:
            self._open(int(key))

    def _open(self, report_id: int) -> None:
        from sambang_tui.ui.screens.report_detail import ReportDetailScreen

        self.app.push_screen(ReportDetailScreen(report_id))

    def current_row(self) -> ReportRow | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return self.rows.get(key or "")
