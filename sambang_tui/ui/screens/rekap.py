"""F6 Rekap: the recap of a period (day, week, month, range, operation),
computed by SQL in a worker; seven tables on numbered tabs, small charts,
Enter drills down into the report list behind a number, 'x' exports the
recap and 'l' makes the document of a single report."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import (
    DataTable,
    Footer,
    Input,
    Label,
    Sparkline,
    Static,
    TabbedContent,
    TabPane,
)

from sambang_tui.i18n import format_date_medium, format_day_short, t
from sambang_tui.services.core import periods
from sambang_tui.services.core.periods import Period
from sambang_tui.services.recap import figures as recap
from sambang_tui.services.recap.figures import Recap
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db

TABS = ("types", "officers", "audience", "situation", "coverage", "problems", "charts")
CLASS_STYLES = {"KURANG": "bold red", "CUKUP": "yellow", "AKTIF": "green"}
SITUATION_STYLES = {"rawan": "bold red", "waspada": "yellow", "aman_kondusif": "green"}
BAR_WIDTH = 40
SHORT_DAYS = 14  # up to two weeks a bar per day reads better than a sparkline


def num(value: int | str) -> Text:
    return Text(str(value), justify="right")


def pct_text(value: float | None) -> Text:
    return num("-" if value is None else f"{value:.0f}")


def bar_lines(items: list[tuple[str, int]], width: int = BAR_WIDTH) -> Text:
    """A text bar chart, one line per item: name, bar, figure."""
    out = Text()
    peak = max((n for _, n in items), default=0)
    name_w = min(16, max((len(name) for name, _ in items), default=4))
    for i, (name, n) in enumerate(items):
        if i:
            out.append("\n")
        size = round(n * width / peak) if peak else 0
        out.append(name[:name_w].ljust(name_w) + " ")
        out.append("█" * size, style="bold")
        out.append(f" {n}")
    return out


def short_label(period: Period) -> str:
    """The period in few characters for the summary line."""
    if period.kind in ("month", "operation"):
        return period.label()
    if period.start == period.end:
        return period.start.strftime("%d/%m/%Y")
    return f"{period.start:%d/%m} – {period.end:%d/%m/%Y}"


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


class RekapScreen(SambangScreen[None]):
    TITLE_KEY = "nav.rekap"
    HELP_KEY = "rekap.help"
    DEFAULT_CSS = """
    RekapScreen #rekap-period { height: 1; background: $boost; padding: 0 1; }
    RekapScreen TabbedContent { height: 1fr; }
    RekapScreen TabPane { padding: 0; }
    RekapScreen DataTable { height: 1fr; }
    RekapScreen #rekap-threats { height: 1; padding: 0 1; }
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
        yield Footer()

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

    def _show_summary(self, data: Recap) -> None:
        _, _, _, pct = data.plan_totals
        visited, total = data.coverage_totals
        text = t(
            "rekap.summary",
            kind=t(f"rekap.{data.period.kind}"),
            label=short_label(data.period),
            reports=data.total_reports,
            pct="-" if pct is None else f"{pct:.0f}%",
            visited=visited,
            total=total,
        )
        self.query_one("#rekap-period", Static).update(
            Text(text, style="bold", no_wrap=True, overflow="ellipsis")
        )

    def _base_filter(self) -> dict[str, Any]:
        base: dict[str, Any] = {"date_from": self.period.start, "date_to": self.period.end}
        if self.period.kind == "operation" and self.period.operation_id:
            base["operation_id"] = self.period.operation_id
        return base

    def _table(self, name: str, columns: list[tuple[str, str, int | None]]) -> DataTable:
        table = self.query_one(f"#rekap-{name}", DataTable)
        keep = table.cursor_coordinate
        table.clear(columns=True)
        for key, label, width in columns:
            table.add_column(label, key=key, width=width)
        table._sambang_keep = keep  # type: ignore[attr-defined]
        self.filters[name] = {}
        return table

    def _row(
        self, table: DataTable, name: str, key: str, cells: list[Any], drill: dict[str, Any] | None
    ) -> None:
        table.add_row(*cells, key=key)
        if drill is not None:
            self.filters[name][key] = {**self._base_filter(), **drill}

    def _restore(self, table: DataTable) -> None:
        keep = getattr(table, "_sambang_keep", None)
        if keep is not None and table.row_count:
            row = min(keep.row, table.row_count - 1)
            column = min(keep.column, max(0, len(table.columns) - 1))
            table.move_cursor(row=row, column=column, animate=False)

    def _show_types(self, data: Recap) -> None:
        types = data.types
        columns = [("kel", t("rekap.col.kelurahan"), 16)]
        columns += [(f"t{c.id}", c.code, max(3, len(c.code))) for c in types.types]
        columns.append(("reports", t("rekap.col.reports"), 4))
        table = self._table("types", columns)
        for r in types.rows:
            self._row(
                table,
                "types",
                f"k{r.kelurahan_id}",
                [Text(r.kelurahan), *(num(n) for n in r.counts), num(r.reports)],
                {"kelurahan_id": r.kelurahan_id},
            )
        self._row(
            table,
            "types",
            "total",
            [
                Text(t("rekap.total"), style="bold"),
                *(num(n) for n in types.totals),
                num(types.reports),
            ],
            {},
        )
        self._restore(table)

    def _show_officers(self, data: Recap) -> None:
        multi = len(data.period.weeks()) > 1
        columns = [
            ("officer", t("rekap.col.officer"), 22),
            ("plans", t("rekap.col.plans"), 5),
            ("done", t("rekap.col.done"), 5),
            ("missed", t("rekap.col.missed"), 5),
            ("pct", t("rekap.col.pct"), 4),
            ("reports", t("rekap.col.reports"), 4),
            ("class", t("rekap.col.class"), 6),
        ]
        if multi:
            columns.append(("weeks", t("rekap.col.weeks"), 12))
        table = self._table("officers", columns)
        for r in data.officers:
            cells: list[Any] = [
                Text(r.label, no_wrap=True, overflow="ellipsis"),
                num(r.plans),
                num(r.done),
                num(r.missed),
                pct_text(r.pct),
                num(r.reports),
                Text(r.klass, style=CLASS_STYLES.get(r.klass, "")),
            ]
            if multi:
                cells.append(Text(" ".join(c[0] for c in r.classes)))
            self._row(table, "officers", f"o{r.officer_id}", cells, {"officer_id": r.officer_id})
        plans, done, missed, pct = data.plan_totals
        total = [
            Text(t("rekap.total"), style="bold"),
            num(plans),
            num(done),
            num(missed),
            pct_text(pct),
            num(""),
            Text(""),
        ]
        if multi:
            total.append(Text(""))
        self._row(table, "officers", "total", total, None)
        self._restore(table)

    def _show_audience(self, data: Recap) -> None:
        table = self._table(
            "audience",
            [
                ("cat", t("rekap.col.category"), 22),
                ("people", t("rekap.col.people"), 7),
                ("reports", t("rekap.col.reports"), 5),
            ],
        )
        for r in data.audience:
            self._row(
                table,
                "audience",
                f"a{r.category}",
                [Text(t(f"audience.{r.category}")), num(r.people), num(r.reports)],
                {},
            )
        self._row(
            table,
            "audience",
            "total",
            [
                Text(t("rekap.total"), style="bold"),
                num(sum(r.people for r in data.audience)),
                num(""),
            ],
            {},
        )
        self._restore(table)

    def _show_situation(self, data: Recap) -> None:
        levels = ", ".join(f"{t('threat.' + r.level)} {r.reports}" for r in data.threats)
        self.query_one("#rekap-threats", Static).update(Text(t("rekap.threats", levels=levels)))
        table = self._table(
            "situation",
            [
                ("kel", t("rekap.col.kelurahan"), 16),
                ("reports", t("rekap.col.reports"), 4),
                ("aman", t("rekap.col.aman"), 5),
                ("waspada", t("rekap.col.waspada"), 5),
                ("rawan", t("rekap.col.rawan"), 5),
                ("worst", t("rekap.col.worst"), 14),
                ("threat", t("rekap.col.threat"), 8),
            ],
        )
        for r in data.situation:
            worst = (
                Text(t(f"situation.{r.worst}"), style=SITUATION_STYLES.get(r.worst, ""))
                if r.worst
                else Text("-")
            )
            threat = Text(t(f"threat.{r.worst_threat}")) if r.worst_threat else Text("-")
            self._row(
                table,
                "situation",
                f"k{r.kelurahan_id}",
                [
                    Text(r.kelurahan),
                    num(r.reports),
                    num(r.aman),
                    num(r.waspada),
                    num(r.rawan),
                    worst,
                    threat,
                ],
                {"kelurahan_id": r.kelurahan_id},
            )
        self._restore(table)

    def _show_coverage(self, data: Recap) -> None:
        table = self._table(
            "coverage",
            [
                ("kel", t("rekap.col.kelurahan"), 16),
                ("visited", t("rekap.col.visited"), 7),
                ("total", t("rekap.col.rw_total"), 4),
                ("pct", t("rekap.col.pct"), 4),
                ("missing", t("rekap.col.missing"), 36),
            ],
        )
        for r in data.coverage:
            missing = ", ".join(f"{n:02d}" for n in r.missing) or "-"
            self._row(
                table,
                "coverage",
                f"k{r.kelurahan_id}",
                [
                    Text(r.kelurahan),
                    num(r.visited),
                    num(r.total),
                    pct_text(r.pct),
                    Text(missing, style="yellow" if r.missing else ""),
                ],
                {"kelurahan_id": r.kelurahan_id},
            )
        visited, total = data.coverage_totals
        self._row(
            table,
            "coverage",
            "total",
            [
                Text(t("rekap.total"), style="bold"),
                num(visited),
                num(total),
                pct_text(visited * 100 / total if total else None),
                Text(""),
            ],
            None,
        )
        self._restore(table)

    def _show_problems(self, data: Recap) -> None:
        table = self._table(
            "problems",
            [
                ("kel", t("rekap.col.kelurahan"), 16),
                ("opened", t("rekap.col.opened"), 7),
                ("settled", t("rekap.col.settled"), 7),
                ("open", t("rekap.col.still_open"), 7),
            ],
        )
        for r in data.problems:
            self._row(
                table,
                "problems",
                f"k{r.kelurahan_id}",
                [Text(r.kelurahan), num(r.opened), num(r.settled), num(r.still_open)],
                {"kelurahan_id": r.kelurahan_id},
            )
        opened, settled, still = data.problem_totals
        self._row(
            table,
            "problems",
            "total",
            [Text(t("rekap.total"), style="bold"), num(opened), num(settled), num(still)],
            None,
        )
        self._restore(table)
        open_table = self._table(
            "open",
            [
                ("title", t("rekap.col.problem"), 40),
                ("kel", t("rekap.col.kelurahan"), 16),
                ("since", t("rekap.col.since"), 10),
            ],
        )
        for p in data.open_problems:
            # a problem's thread is not bound to the period: no date filter
            open_table.add_row(
                Text(p.title, no_wrap=True, overflow="ellipsis"),
                Text(p.kelurahan),
                Text(p.opened.strftime("%d/%m/%Y")),
                key=f"p{p.id}",
            )
            self.filters["open"][f"p{p.id}"] = {"problem_id": p.id}
        self._restore(open_table)

    def _show_charts(self, data: Recap) -> None:
        days = data.per_day
        peak = max((d.reports for d in days), default=0)
        self.query_one("#chart-day-label", Static).update(
            Text(
                t(
                    "rekap.chart.per_day",
                    first=format_date_medium(days[0].day) if days else "",
                    last=format_date_medium(days[-1].day) if days else "",
                    peak=peak,
                ),
                style="bold",
            )
        )
        spark = self.query_one("#chart-day", Sparkline)
        short = len(days) <= SHORT_DAYS
        spark.display = not short
        spark.data = [float(d.reports) for d in days] or [0.0]
        day_bars = self.query_one("#chart-day-bars", Static)
        day_bars.display = short
        if short:
            day_bars.update(bar_lines([(format_day_short(d.day), d.reports) for d in days]))
        self.query_one("#chart-kel-label", Static).update(
            Text(t("rekap.chart.per_kelurahan"), style="bold")
        )
        self.query_one("#chart-kel", Static).update(
            bar_lines([(name, n) for _, name, n in data.per_kelurahan])
        )

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
