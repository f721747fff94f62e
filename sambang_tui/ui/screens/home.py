"""F2 Beranda, the desk's inbox: what there is to do — for a reviewer the
reports waiting for verification first; reports the Kanit returned, with
the note; one's drafts still to submit; missed plans to realise; today's
plans — each one Enter away, then the open problems and the week's counts.
Loaded in a thread worker, refreshed whenever the screen comes back."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from sambang_tui.i18n import t
from sambang_tui.services.desk.todo_kinds import DRAFT, MISSED, RETURNED, TODAY, WAITING
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.text import plain
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db

if TYPE_CHECKING:
    from sambang_tui.services.desk.home import HomeSummary, TodoItem

# (catalogue key, width); the note takes what the others leave
TODO_COLUMNS = (
    ("home.col.what", 8),
    ("home.col.date", 5),
    ("home.col.item", 15),
    ("home.col.area", 12),
    ("home.col.officer", 14),
    ("home.col.note", 12),
)
PROBLEM_COLUMNS = (
    ("home.col.since", 5),
    ("home.col.days", 4),
    ("home.col.kelurahan", 9),
    ("home.col.reports", 4),
    ("home.col.problem", 40),
)

KIND_STYLES = {WAITING: "bold", RETURNED: "bold red", DRAFT: "", MISSED: "yellow", TODAY: ""}


def _summary(actor: Any) -> HomeSummary:
    """Read on the worker thread: its queries' module is imported there,
    after the screen is painted."""
    from sambang_tui.services.desk.home import home_summary

    return home_summary(actor)


def _short(day) -> str:
    return day.strftime("%d/%m")


def _place(kelurahan: str, rw: int | None) -> str:
    return kelurahan + (f" {rw:02d}" if rw is not None else "")


def _officer(name: str) -> str:
    """``Aiptu Heri Kurniawan`` → ``Heri Kurniawan``: the rank takes room."""
    parts = name.split(" ", 1)
    return parts[1] if len(parts) == 2 and parts[0][:1].isupper() and parts[0] != parts[1] else name


class HomeScreen(SambangScreen[None]):
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
            yield Static(Text(t("home.todo", n="…")), classes="section-title", id="todo-title")
            yield DataTable(id="home-todo", cursor_type="row")
            yield Static(
                Text(t("home.problems", n="…")), classes="section-title", id="problems-title"
            )
            yield DataTable(id="home-problems", cursor_type="row")
        yield self.footer()

    def on_mount(self) -> None:
        todo = self.query_one("#home-todo", DataTable)
        problems = self.query_one("#home-problems", DataTable)
        for table, columns in ((todo, TODO_COLUMNS), (problems, PROBLEM_COLUMNS)):
            for key, width in columns:
                table.add_column(Text(t(key)), width=width)
        todo.focus()
        self.items: dict[str, TodoItem] = {}

    def on_resize(self) -> None:
        """The note takes what the other columns leave."""
        todo = self.query_one("#home-todo", DataTable)
        columns = list(todo.columns.values())
        used = sum(c.width for c in columns[:-1]) + 2 * len(columns) + 2
        columns[-1].width = max(8, todo.size.width - used)
        todo.refresh()

    def on_screen_resume(self) -> None:
        # after the screen is painted: the summary's worker thread would
        # otherwise take turns with the first paint for the interpreter
        self.call_after_refresh(self.action_reload)

    def action_reload(self) -> None:
        actor = self.actor
        run_db(
            self,
            lambda: _summary(actor),
            self.show_summary,
            group="home",
            exclusive=True,
            reads_only=True,
        )

    def _week_text(self, summary: HomeSummary) -> Text:
        """Two lines that never wrap at 80 columns: the week's reports by
        status, its plans."""
        week = summary.week
        statuses = " · ".join(
            f"{t('home.status.' + s)} {n}" for s, n in sorted(week.reports_by_status.items())
        )
        line = Text(t("home.week", start=_short(week.start), end=_short(week.end)), style="bold")
        line.append("  " + t("home.week_reports", total=week.reports_total))
        if statuses:
            line.append(f": {statuses}")
        line.append(
            "\n"
            + t(
                "home.week_plans",
                done=week.plans_done,
                missed=week.plans_missed,
                ahead=week.plans_ahead,
            )
        )
        return line  # the stylesheet cuts it, never wraps it

    def show_summary(self, summary: HomeSummary) -> None:
        self.summary = summary
        self.query_one("#home-week", Static).update(self._week_text(summary))
        counts = " · ".join(
            f"{n} {t('home.kind.' + kind).lower()}"
            for kind in (WAITING, RETURNED, DRAFT, MISSED, TODAY)
            if (n := summary.todo_counts.get(kind))
        )
        title = Text(t("home.todo", n=summary.todo_total))
        title.append(f": {counts}" if counts else f": {t('home.nothing')}")
        self.query_one("#todo-title", Static).update(title)
        self.query_one("#problems-title", Static).update(
            Text(t("home.problems", n=summary.problems_total))
        )
        todo = self.query_one("#home-todo", DataTable)
        keep = todo.cursor_row if todo.row_count else 0
        todo.clear()
        self.items = {}
        for index, item in enumerate(summary.todo):
            key = f"{item.kind}-{item.report_id or item.plan_id}-{index}"
            self.items[key] = item
            label = item.label
            if item.plan_id is not None and item.start_time:
                label += f" {item.start_time:%H.%M}"
            todo.add_row(
                Text(t("home.kind." + item.kind), style=KIND_STYLES.get(item.kind, "")),
                Text(_short(item.date)),
                plain(label),
                plain(_place(item.kelurahan, item.rw), overflow="ellipsis", no_wrap=True),
                plain(_officer(item.officer), overflow="ellipsis", no_wrap=True),
                plain(item.note, overflow="ellipsis", no_wrap=True),
                key=key,
            )
        if todo.row_count:
            todo.move_cursor(row=min(keep, todo.row_count - 1), animate=False)
        problems = self.query_one("#home-problems", DataTable)
        problems.clear()
        for pr in summary.problems:
            problems.add_row(
                Text(_short(pr.opened)),
                Text(str(pr.days_open)),
                plain(pr.kelurahan),
                Text(str(pr.reports)),
                plain(pr.title, overflow="ellipsis", no_wrap=True),
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
        if table.id == "home-todo" and key in self.items:
            item = self.items[key]
            if item.report_id is not None:
                from sambang_tui.ui.screens.report_detail import ReportDetailScreen

                self.app.push_screen(ReportDetailScreen(item.report_id))
            elif item.plan_id is not None:
                self._realise(item.plan_id)
        elif table.id == "home-problems":
            from sambang_tui.services.reports.listing import ReportFilter
            from sambang_tui.ui.screens.list_reports import ReportListScreen

            self.app.push_screen(ReportListScreen(ReportFilter(problem_id=int(key))))

    def _realise(self, plan_id: int) -> None:
        """The entry form pre-filled from the plan, as Jadwal's `r` opens it."""
        from sambang_tui.services.schedule import plans

        actor = self.actor

        def opened(data: Any) -> None:
            from sambang_tui.ui.screens.entry import EntryScreen

            self.app.push_screen(EntryScreen(initial=data), self.notify_realised)

        run_db(self, lambda: plans.report_input(actor, plan_id), opened, name="home_realise")
