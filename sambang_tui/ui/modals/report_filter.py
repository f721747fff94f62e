"""The filter dialog of the reports list: dates (typed with the date
shortcuts), kelurahan, officer, type, status, operation. Dismisses with a new
``ReportFilter`` (the search text kept) or None when cancelled."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, Select, Static

from sambang_tui.i18n import t
from sambang_tui.services.core import clock
from sambang_tui.services.core.dates import parse_date
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.vocab import REPORT_STATUSES
from sambang_tui.services.master import lookup, operations
from sambang_tui.services.reports.listing import ReportFilter
from sambang_tui.ui.context import app_context
from sambang_tui.ui.widgets.inputs import Input
from sambang_tui.ui.workers import run_db


@dataclass(frozen=True)
class FilterOptions:
    kelurahan: list[tuple[str, int]]
    officers: list[tuple[str, int]]
    types: list[tuple[str, int]]
    operations: list[tuple[str, int]]


def load_options(actor: Any) -> FilterOptions:
    return FilterOptions(
        kelurahan=[(c.label, c.id) for c in lookup.kelurahan(actor, limit=500)],
        officers=[(c.label, c.id) for c in lookup.officers(actor, limit=500, active_only=False)],
        types=[(f"{c.code} · {c.name}", c.id) for c in lookup.activity_types(limit=100)],
        operations=[(o.name, o.id) for o in operations.list_operations(actor)],
    )


def _options(pairs: list[tuple[str, int]]) -> list[tuple[Text, int]]:
    return [(Text(label), value) for label, value in pairs]


class ReportFilterModal(ModalScreen[ReportFilter | None]):
    DEFAULT_CSS = """
    ReportFilterModal { align: center middle; }
    ReportFilterModal > Vertical {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    ReportFilterModal .filter-row { height: 1; }
    ReportFilterModal .filter-row Label { width: 16; }
    ReportFilterModal .filter-row Input, ReportFilterModal .filter-row Select { width: 1fr; }
    ReportFilterModal #filter-error { color: $error; height: auto; }
    ReportFilterModal #filter-buttons { height: 1; align: right middle; margin-top: 1; }
    ReportFilterModal Button { margin-left: 1; }
    """
    BINDINGS = [
        Binding("ctrl+s", "apply", t("filter.apply"), id="filter.apply", priority=True),
        Binding("escape", "cancel", t("word.cancel"), id="filter.cancel"),
    ]

    def __init__(self, current: ReportFilter) -> None:
        super().__init__()
        self.current = current

    def _row(self, label_key: str, widget: Input | Select) -> Horizontal:
        return Horizontal(Label(t(label_key)), widget, classes="filter-row")

    def compose(self) -> ComposeResult:
        cur = self.current
        any_ = t("filter.any")
        with Vertical():
            yield Label(Text(t("filter.title"), style="bold"))
            yield self._row(
                "filter.date_from",
                Input(
                    cur.date_from.strftime("%d/%m/%Y") if cur.date_from else "",
                    placeholder=t("filter.date_hint"),
                    id="f-from",
                    compact=True,
                ),
            )
            yield self._row(
                "filter.date_to",
                Input(
                    cur.date_to.strftime("%d/%m/%Y") if cur.date_to else "",
                    placeholder=t("filter.date_hint"),
                    id="f-to",
                    compact=True,
                ),
            )
            for key, wid in (
                ("filter.kelurahan", "f-kel"),
                ("filter.officer", "f-officer"),
                ("filter.type", "f-type"),
            ):
                yield self._row(key, Select([], prompt=any_, id=wid, compact=True))
            statuses = [(Text(t("report." + s)), s) for s in REPORT_STATUSES]
            yield self._row(
                "filter.status",
                Select(
                    statuses,
                    prompt=any_,
                    id="f-status",
                    compact=True,
                    value=cur.status if cur.status else Select.NULL,
                ),
            )
            yield self._row("filter.operation", Select([], prompt=any_, id="f-op", compact=True))
            yield Static("", id="filter-error")
            yield Static(
                Text(f"Ctrl+S {t('filter.apply')} · Esc {t('word.cancel')}"), classes="muted"
            )
            with Horizontal(id="filter-buttons"):
                yield Button(t("filter.reset"), id="f-reset", compact=True)
                yield Button(t("filter.apply_short"), id="f-apply", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#f-from", Input).focus()
        actor = app_context(self).actor
        run_db(self, lambda: load_options(actor), self._fill, name="filter_options")

    def _fill(self, options: FilterOptions) -> None:
        cur = self.current
        for wid, pairs, value in (
            ("#f-kel", options.kelurahan, cur.kelurahan_id),
            ("#f-officer", options.officers, cur.officer_id),
            ("#f-type", options.types, cur.type_id),
            ("#f-op", options.operations, cur.operation_id),
        ):
            select = self.query_one(wid, Select)
            select.set_options(_options(pairs))
            if value is not None and any(v == value for _, v in pairs):
                select.value = value

    def _date(self, wid: str, field: str):
        text = self.query_one(wid, Input).value.strip()
        if not text:
            return None
        return parse_date(text, clock.today(), field=field)

    @staticmethod
    def _value(select: Select) -> Any:
        return None if select.is_blank() else select.value

    def action_apply(self) -> None:
        error = self.query_one("#filter-error", Static)
        try:
            date_from = self._date("#f-from", "date_from")
            date_to = self._date("#f-to", "date_to")
        except ValidationError as exc:
            error.update(Text(exc.message))
            self.query_one("#f-from" if exc.field == "date_from" else "#f-to", Input).focus()
            return
        if date_from and date_to and date_to < date_from:
            error.update(Text(t("filter.order")))
            self.query_one("#f-to", Input).focus()
            return
        self.dismiss(
            replace(
                self.current,
                date_from=date_from,
                date_to=date_to,
                kelurahan_id=self._value(self.query_one("#f-kel", Select)),
                officer_id=self._value(self.query_one("#f-officer", Select)),
                type_id=self._value(self.query_one("#f-type", Select)),
                status=self._value(self.query_one("#f-status", Select)),
                operation_id=self._value(self.query_one("#f-op", Select)),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "f-apply":
            self.action_apply()
        elif event.button.id == "f-reset":
            self.dismiss(ReportFilter(text=self.current.text, problem_id=self.current.problem_id))
