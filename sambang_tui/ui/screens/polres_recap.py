"""Rekap Polres (Rekap ``s``): every Polsek the login may read, side by side
for a week or a month — reports, plan realisation, RW coverage, problems
still open, officers KURANG — with the totals. Enter opens the recap of the
Polsek under the cursor (the app moves to that Polsek, read-only); ``x``
exports the letter to the Kapolres (PDF, DOCX, CSV, text)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from sambang_tui.i18n import t
from sambang_tui.services.core import periods
from sambang_tui.services.core.periods import Period
from sambang_tui.services.recap import polres
from sambang_tui.services.recap.polres import PolresRecap, PolresRow
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db


def _num(value: int | str) -> Text:
    return Text(str(value), justify="right")


def _pct(value: float | None) -> Text:
    return _num("-" if value is None else f"{value:.0f}")


class PolresRecapScreen(SambangScreen[None]):
    TITLE_KEY = "polres.title"
    HELP_KEY = "polres.help"
    DEFAULT_CSS = """
    PolresRecapScreen #polres-period { height: 1; background: $boost; padding: 0 1; }
    PolresRecapScreen DataTable { height: 1fr; }
    PolresRecapScreen #polres-legend { height: 1; color: $text-muted; padding: 0 1; }
    """
    BINDINGS = [
        Binding(
            "left_square_bracket", "step(-1)", t("rekap.prev"), id="polres.prev", key_display="["
        ),
        Binding(
            "right_square_bracket", "step(1)", t("rekap.next"), id="polres.next", key_display="]"
        ),
        Binding("w", "period('week')", t("rekap.week"), id="polres.week"),
        Binding("b", "period('month')", t("rekap.month"), id="polres.month"),
        Binding("x", "export", t("rekap.export"), id="polres.export"),
        Binding("ctrl+r", "reload", t("polres.key.reload"), id="polres.reload", show=False),
    ]

    def __init__(self, period: Period | None = None) -> None:
        super().__init__()
        if period is None or period.kind not in ("week", "month"):
            period = periods.month((period or periods.default()).start)
        self.period = period
        self.data: PolresRecap | None = None

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Static(Text(t("rekap.loading")), id="polres-period")
        yield DataTable(id="polres-table", cursor_type="row", zebra_stripes=True)
        yield Static(
            Text(t("polres.legend"), no_wrap=True, overflow="ellipsis"), id="polres-legend"
        )
        yield self.footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for key, width in (
            ("station", 18), ("reports", 5), ("plans", 5), ("done", 5), ("pct", 4),
            ("rw", 9), ("problems", 4), ("kurang", 4),
        ):  # fmt: skip
            table.add_column(Text(t(f"polres.col.{key}")), key=key, width=width)
        table.focus()
        self.reload()

    def reload(self) -> None:
        actor, period = self.actor, self.period
        run_db(
            self,
            lambda: polres.recap(actor, period),
            self.show,
            group="polres",
            exclusive=True,
            name="polres_recap",
        )

    def action_reload(self) -> None:
        self.reload()

    def show(self, data: PolresRecap) -> None:
        if data.period != self.period:
            return
        self.data = data
        total = data.total
        self.query_one("#polres-period", Static).update(
            Text(
                t(
                    "polres.summary",
                    kind=t(f"rekap.{data.period.kind}"),
                    label=data.period.label(),
                    stations=len(data.rows),
                    reports=total.reports,
                ),
                style="bold",
                no_wrap=True,
                overflow="ellipsis",
            )
        )
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        for row in data.rows:
            table.add_row(*self._cells(row), key=str(row.station_id))
        table.add_row(*self._cells(total, bold=True), key="total")
        if table.row_count:
            table.move_cursor(row=min(keep, table.row_count - 1), animate=False)

    @staticmethod
    def _cells(r: PolresRow, bold: bool = False) -> list[Text]:
        name = Text(r.station, style="bold" if bold else "", no_wrap=True, overflow="ellipsis")
        kurang = _num(r.kurang)
        if r.kurang and not bold:
            kurang.stylize("bold red")
        return [
            name, _num(r.reports), _num(r.plans), _num(r.done), _pct(r.pct),
            _num(f"{r.rw_visited}/{r.rw_total}"), _num(r.open_problems), kurang,
        ]  # fmt: skip

    # -- periods ------------------------------------------------------------

    def set_period(self, period: Period) -> None:
        self.period = period
        self.query_one("#polres-period", Static).update(Text(t("rekap.loading")))
        self.reload()

    def action_step(self, delta: int) -> None:
        self.set_period(periods.shift(self.period, delta))

    def action_period(self, kind: str) -> None:
        day = self.period.start
        self.set_period(periods.month(day) if kind == "month" else periods.week(day))

    # -- drill down, export -------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if self.data is None or not table.row_count:
            return
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if key in (None, "total"):
            return
        self.sambang.open_station(int(key), self.period)

    def action_export(self) -> None:
        from sambang_tui.ui.modals.export_dialog import ExportDialog

        actor, period, data = self.actor, self.period, self.data

        def build(choice: Any) -> Any:
            from sambang_tui.services.documents import polres_doc

            return polres_doc.build(actor, period, issued=choice.issued, data=data)

        stem = f"rekap-polres-{period.start.isoformat()}-{period.end.isoformat()}"
        self.app.push_screen(
            ExportDialog(t("polres.export"), ("pdf", "docx", "csv", "text"), stem, build)
        )
