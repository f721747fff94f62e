"""What Rekap shows of a recap: the summary line, the seven tables and
the charts, each row keeping the filter its drill-down opens."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.text import Text
from textual.widgets import (
    DataTable,
    Sparkline,
    Static,
)

from sambang_tui.i18n import format_date_medium, format_day_short, t
from sambang_tui.services.core.periods import Period
from sambang_tui.services.recap.rows import Recap
from sambang_tui.ui.screens.base import SambangScreen

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


class RekapTables(SambangScreen[None]):
    period: Period
    data: Recap | None
    filters: dict[str, dict[str, dict[str, Any]]]

    def _show_summary(self, data: Recap) -> None:
        _, _, _, pct = data.plan_totals
        visited, total = data.coverage_totals
        # a draft is not yet a report: the recap leaves it out and says how many
        text = t(
            "rekap.summary_drafts" if data.drafts else "rekap.summary",
            kind=t(f"rekap.{data.period.kind}"),
            label=short_label(data.period),
            reports=data.total_reports,
            drafts=data.drafts,
            pct="-" if pct is None else f"{pct:.0f}%",
            visited=visited,
            total=total,
        )
        self.query_one("#rekap-period", Static).update(
            Text(text, style="bold", no_wrap=True, overflow="ellipsis")
        )

    def _base_filter(self) -> dict[str, Any]:
        base: dict[str, Any] = {
            "date_from": self.period.start,
            "date_to": self.period.end,
            "submitted": True,  # the recap counts no draft; neither does its list
        }
        if self.period.kind == "operation" and self.period.operation_id:
            base["operation_id"] = self.period.operation_id
        return base

    def _table(self, name: str, columns: Sequence[tuple[str, str, int | None]]) -> DataTable:
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
            num(data.total_reports),  # the period's reports, a joint report once
            Text(""),
        ]
        if multi:
            total.append(Text(""))
        self._row(table, "officers", "total", total, None)
        self._restore(table)
        note = self.query_one("#rekap-officers-note", Static)
        joint = data.officer_reports != data.total_reports
        note.display = joint
        if joint:
            note.update(
                Text(t("rekap.officers.joint", sum=data.officer_reports, total=data.total_reports))
            )

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
