"""F6 Rekap: the recap of a period (day, week, month, range, operation),
computed by SQL in a worker; seven tables on numbered tabs, small charts,
Enter drills down into the report list behind a number, 'x' exports the
recap and 'l' makes the document of a single report."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import (
    DataTable,
    Sparkline,
    Static,
    TabbedContent,
    TabPane,
)

from sambang_tui.i18n import t
from sambang_tui.services.core import periods
from sambang_tui.services.core.periods import Period
from sambang_tui.services.recap import figures as recap
from sambang_tui.services.recap.rows import Recap
from sambang_tui.ui.modals.custom_range import CustomRangeModal
from sambang_tui.ui.screens.rekap_tables import TABS, RekapTables
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db


class RekapScreen(RekapTables):
    TITLE_KEY = "nav.rekap"
    HELP_KEY = "rekap.help"
    DEFAULT_CSS = """
    RekapScreen #rekap-period { height: 1; background: $boost; padding: 0 1; }
    RekapScreen TabbedContent { height: 1fr; }
    RekapScreen TabPane { padding: 0; }
    RekapScreen DataTable { height: 1fr; }
    RekapScreen #rekap-threats { height: 1; padding: 0 1; }
    RekapScreen #rekap-officers-note { height: auto; padding: 0 1; display: none; }
    RekapScreen #rekap-problems { height: auto; max-height: 9; }
    RekapScreen #rekap-open { height: 1fr; }
    RekapScreen #rekap-charts Static { padding: 0 1; }
    RekapScreen Sparkline { height: 3; margin: 0 1; }
    """
    BINDINGS = [
        Binding(
            "left_square_bracket", "step(-1)", t("rekap.prev"), id="rekap.prev", key_display="["
        ),
        Binding(
            "right_square_bracket", "step(1)", t("rekap.next"), id="rekap.next", key_display="]"
        ),
        Binding("d", "period('day')", t("rekap.day"), id="rekap.day", show=False),
        # the period kinds stay in F1 help and the palette: the footer keeps 80 columns
        Binding("w", "period('week')", t("rekap.week"), id="rekap.week", show=False),
        Binding("b", "period('month')", t("rekap.month"), id="rekap.month", show=False),
        Binding("c", "custom", t("rekap.custom"), id="rekap.custom", show=False),
        Binding("p", "operation", t("rekap.operation"), id="rekap.operation", show=False),
        Binding("x", "export", t("rekap.export"), id="rekap.export"),
        # "o" as on the report detail screen (detail.documents)
        Binding("o", "report_doc", t("rekap.report_doc"), id="rekap.report_doc"),
        # a Polres reader (no officer): every Polsek side by side (issue 18)
        Binding("s", "polres", t("polres.key.recap"), id="rekap.polres"),
        *(
            Binding(
                str(i), f"tab('{name}')", t("rekap.tab_key", n=i), id=f"rekap.tab{i}", show=False
            )
            for i, name in enumerate(TABS, 1)
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.period: Period = periods.default()
        self.data: Recap | None = None
        self.filters: dict[str, dict[str, dict[str, Any]]] = {}

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Static(Text(t("rekap.loading")), id="rekap-period")
        with TabbedContent(id="rekap-tabs", initial="tab-types"):
            with TabPane(t("rekap.tab.types"), id="tab-types"):
                yield DataTable(id="rekap-types", cursor_type="cell", zebra_stripes=True)
            with TabPane(t("rekap.tab.officers"), id="tab-officers"):
                yield DataTable(id="rekap-officers", cursor_type="row", zebra_stripes=True)
                yield Static("", id="rekap-officers-note", markup=False)
            with TabPane(t("rekap.tab.audience"), id="tab-audience"):
                yield DataTable(id="rekap-audience", cursor_type="row", zebra_stripes=True)
            with TabPane(t("rekap.tab.situation"), id="tab-situation"):
                yield Static("", id="rekap-threats")
                yield DataTable(id="rekap-situation", cursor_type="row", zebra_stripes=True)
            with TabPane(t("rekap.tab.coverage"), id="tab-coverage"):
                yield DataTable(id="rekap-coverage", cursor_type="row", zebra_stripes=True)
            with TabPane(t("rekap.tab.problems"), id="tab-problems"):
                yield DataTable(id="rekap-problems", cursor_type="row", zebra_stripes=True)
                yield DataTable(id="rekap-open", cursor_type="row", zebra_stripes=True)
            with TabPane(t("rekap.tab.charts"), id="tab-charts"), VerticalScroll(id="rekap-charts"):
                yield Static("", id="chart-day-label")
                yield Sparkline([], id="chart-day")
                yield Static("", id="chart-day-bars")
                yield Static("", id="chart-kel-label")
                yield Static("", id="chart-kel")
        yield self.footer()

    def on_mount(self) -> None:
        self.reload()

    def on_screen_resume(self) -> None:
        if self.data is not None:
            self.reload()

    # -- loading ------------------------------------------------------------

    def reload(self) -> None:
        actor, period = self.actor, self.period
        run_db(
            self,
            lambda: recap.build(actor, period),
            self.show,
            group="rekap",
            exclusive=True,
            name="recap",
        )

    def set_period(self, period: Period | None) -> None:
        if period is None:
            return
        self.period = period
        self.query_one("#rekap-period", Static).update(Text(t("rekap.loading")))
        self.reload()

    def show(self, data: Recap) -> None:
        if data.period != self.period:
            return
        self.data = data
        self.filters = {}
        self._show_summary(data)
        self._show_types(data)
        self._show_officers(data)
        self._show_audience(data)
        self._show_situation(data)
        self._show_coverage(data)
        self._show_problems(data)
        self._show_charts(data)
        self._focus_active()

    # -- focus and tabs -----------------------------------------------------

    def _focus_active(self) -> None:
        tabs = self.query_one(TabbedContent)
        pane = tabs.get_pane(tabs.active) if tabs.active else None
        if pane is None:
            return
        tables = list(pane.query(DataTable))
        if tables:
            tables[0].focus()
        else:
            pane.query_one(VerticalScroll).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "polres":  # only where the login may read other Polsek
            return self.actor.officer_id is None
        return True

    def action_polres(self) -> None:
        self.sambang.action_polres_recap()

    def action_tab(self, name: str) -> None:
        self.query_one(TabbedContent).active = f"tab-{name}"
        self.call_after_refresh(self._focus_active)

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.call_after_refresh(self._focus_active)

    # -- periods ------------------------------------------------------------

    def action_period(self, kind: str) -> None:
        anchor = self.period.start
        if kind == "day":
            self.set_period(periods.day(anchor if self.period.kind == "day" else self.period.end))
        elif kind == "week":
            self.set_period(periods.week(anchor))
        elif kind == "month":
            self.set_period(periods.month(anchor))

    def action_step(self, step: int) -> None:
        if self.period.kind == "operation":
            actor, period = self.actor, self.period
            run_db(
                self,
                lambda: periods.shift(period, step, actor),
                self.set_period,
                group="rekap-period",
                name="period",
            )
            return
        self.set_period(periods.shift(self.period, step))

    def action_custom(self) -> None:
        self.app.push_screen(CustomRangeModal(self.period), self.set_period)

    def action_operation(self) -> None:
        actor, anchor = self.actor, self.period.end

        def found(period: Period | None) -> None:
            if period is None:
                self.notify(t("rekap.no_operation"), severity="warning")
                return
            self.set_period(period)

        run_db(
            self,
            lambda: periods.latest_operation(actor, anchor),
            found,
            group="rekap-period",
            name="operation",
        )

    # -- drill-down ---------------------------------------------------------

    def _drill(
        self, table_id: str | None, row_key: str | None, extra: dict[str, Any] | None = None
    ) -> None:
        if not table_id or not row_key:
            return
        name = table_id.removeprefix("rekap-")
        values = self.filters.get(name, {}).get(row_key)
        if values is None:
            return
        from sambang_tui.services.reports.listing import ReportFilter
        from sambang_tui.ui.screens.list_reports import ReportListScreen

        self.app.push_screen(ReportListScreen(filt=ReportFilter(**{**values, **(extra or {})})))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._drill(event.data_table.id, event.row_key.value)

    def on_data_table_cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        column = event.cell_key.column_key.value or ""
        extra = (
            {"type_id": int(column[1:])}
            if column.startswith("t") and column[1:].isdigit()
            else None
        )
        self._drill(event.data_table.id, event.cell_key.row_key.value, extra)

    # -- documents ----------------------------------------------------------

    def action_export(self) -> None:
        from sambang_tui.ui.modals.export_dialog import ExportDialog

        actor, period = self.actor, self.period

        def build(choice: Any) -> Any:
            from sambang_tui.services.documents import recap_doc

            return recap_doc.build(actor, period, signer=choice.signer, issued=choice.issued)

        stem = f"rekap-{period.start.isoformat()}-{period.end.isoformat()}"
        self.app.push_screen(
            ExportDialog(
                t("rekap.export.recap"), ("pdf", "docx", "csv", "text"), stem, build, signer=True
            )
        )

    def action_report_doc(self) -> None:
        from sambang_tui.ui.modals.export_dialog import ExportDialog

        self.app.push_screen(
            ExportDialog(
                t("rekap.report_doc.title"),
                ("pdf", "docx", "text"),
                "laporan",
                None,
                signer=True,
                ask_report=True,
            )
        )
