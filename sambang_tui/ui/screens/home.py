"""F2 Beranda: today's plans, reports waiting for verification, open
problems, counts of the week — loaded in a thread worker, refreshed whenever
the screen comes back."""

from __future__ import annotations

import os

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from sambang_tui.i18n import t
from sambang_tui.services import home
from sambang_tui.ui.text import plain
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db


def _rw(value: int | None) -> str:
    return f"{value:02d}" if value is not None else ""


def _short(day) -> str:
    return day.strftime("%d/%m")


class HomeScreen(Screen[None]):
    TITLE_KEY = "nav.home"
    HELP_KEY = "home.help"
    CSS_PATH = "home.tcss"
    BINDINGS = [
        Binding("enter", "open", t("home.open"), id="home.open"),
        Binding("ctrl+r", "reload", t("home.refresh"), id="home.reload"),
    ]

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        with Vertical(id="home-body"):
            yield Static(Text(t("home.loading")), id="home-week")
            yield Static(Text(t("home.plans", n="…")), classes="section-title", id="plans-title")
            yield DataTable(id="home-plans", cursor_type="row", zebra_stripes=False)
            yield Static(
                Text(t("home.waiting", n="…")), classes="section-title", id="waiting-title"
            )
            yield DataTable(id="home-waiting", cursor_type="row")
            yield Static(
                Text(t("home.problems", n="…")), classes="section-title", id="problems-title"
            )
            yield DataTable(id="home-problems", cursor_type="row")
        yield Footer()

    def on_mount(self) -> None:
        plans = self.query_one("#home-plans", DataTable)
        plans.add_column(t("home.col.time"), width=5)
        plans.add_column(t("home.col.officer"), width=22)
        plans.add_column(t("home.col.type"), width=4)
        plans.add_column(t("home.col.kelurahan"), width=9)
        plans.add_column(t("home.col.rw"), width=2)
        plans.add_column(t("home.col.status"), width=11)
        waiting = self.query_one("#home-waiting", DataTable)
        waiting.add_column(t("home.col.number"), width=16)
        waiting.add_column(t("home.col.date"), width=5)
        waiting.add_column(t("home.col.type"), width=4)
        waiting.add_column(t("home.col.kelurahan"), width=9)
        waiting.add_column(t("home.col.officer"), width=22)
        problems = self.query_one("#home-problems", DataTable)
        problems.add_column(t("home.col.since"), width=5)
        problems.add_column(t("home.col.days"), width=4)
        problems.add_column(t("home.col.kelurahan"), width=9)
        problems.add_column(t("home.col.reports"), width=4)
        problems.add_column(t("home.col.problem"), width=36)
        self.query_one("#home-waiting", DataTable).focus()

    def on_screen_resume(self) -> None:
        self.action_reload()

    def action_reload(self) -> None:
        actor = self.app.ctx.actor  # type: ignore[attr-defined]
        run_db(
            self, lambda: home.home_summary(actor), self.show_summary, group="home", exclusive=True
        )

    def show_summary(self, summary: home.HomeSummary) -> None:
        self.summary = summary
        week = summary.week
        statuses = " · ".join(
            f"{t('report.' + s)} {n}" for s, n in sorted(week.reports_by_status.items())
        )
        line = Text(t("home.week", start=_short(week.start), end=_short(week.end)), style="bold")
        line.append("  " + t("home.week_reports", total=week.reports_total))
        if statuses:
            line.append(f" ({statuses})")
        line.append(
            "\n"
            + t(
                "home.week_plans",
                done=week.plans_done,
                missed=week.plans_missed,
                ahead=week.plans_ahead,
            )
        )
        self.query_one("#home-week", Static).update(line)
        self.query_one("#plans-title", Static).update(Text(t("home.plans", n=len(summary.plans))))
        self.query_one("#waiting-title", Static).update(
            Text(t("home.waiting", n=summary.waiting_total))
        )
        self.query_one("#problems-title", Static).update(
            Text(t("home.problems", n=summary.problems_total))
        )
        plans = self.query_one("#home-plans", DataTable)
        plans.clear()
        for p in summary.plans:
            plans.add_row(
                Text(p.start_time.strftime("%H.%M") if p.start_time else ""),
                plain(p.officer),
                plain(p.type_code),
                plain(p.kelurahan),
                Text(_rw(p.rw)),
                Text(t("plan." + p.status)),
                key=str(p.id),
            )
        waiting = self.query_one("#home-waiting", DataTable)
        waiting.clear()
        for r in summary.waiting:
            waiting.add_row(
                plain(r.number),
                Text(_short(r.date)),
                plain(r.type_code),
                plain(r.kelurahan),
                plain(r.lead_officer),
                key=str(r.id),
            )
        problems = self.query_one("#home-problems", DataTable)
        problems.clear()
        for pr in summary.problems:
            problems.add_row(
                Text(_short(pr.opened)),
                Text(str(pr.days_open)),
                plain(pr.kelurahan),
                Text(str(pr.reports)),
                plain(pr.title),
                key=str(pr.id),
            )
        if os.environ.get("SAMBANG_BENCH_EXIT") == "1":
            # benchmarks/bench_startup.py: leave once the summary is painted
            self.call_after_refresh(self.app.exit)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._open(event.data_table, event.row_key.value)

    def action_open(self) -> None:
        table = self.focused
        if isinstance(table, DataTable) and table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            self._open(table, key)

    def _open(self, table: DataTable, key: str | None) -> None:
        if key is None:
            return
        if table.id == "home-waiting":
            from sambang_tui.ui.screens.report_detail import ReportDetailScreen

            self.app.push_screen(ReportDetailScreen(int(key)))
        elif table.id == "home-problems":
            from sambang_tui.services.report_list import ReportFilter
            from sambang_tui.ui.screens.list_reports import ReportListScreen

            self.app.push_screen(ReportListScreen(ReportFilter(problem_id=int(key))))
