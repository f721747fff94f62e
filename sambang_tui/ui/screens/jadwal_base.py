"""The Jadwal screen's state and what it shows: the period and filter, the
grid's data loaded in a worker, moving about, the RWs nobody visited, the
title and detail lines, and the helpers every write goes through.
``JadwalScreen`` (jadwal.py) adds the keys; ``jadwal_plans`` what they do
to plans, ``jadwal_proposal`` the proposal."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from rich.text import Text
from textual.widgets import Static

from sambang_tui.i18n import format_date_long, format_day_short, month_year, t
from sambang_tui.services.core import clock
from sambang_tui.services.core.dates import week_start
from sambang_tui.services.core.errors import ConflictError, NotFound, ServiceError
from sambang_tui.services.schedule import grid as schedule
from sambang_tui.services.schedule import proposal as plan_proposal
from sambang_tui.services.schedule.grid import GridData, PlanCell, UncoveredRW
from sambang_tui.services.schedule.plans import SavedPlan
from sambang_tui.services.schedule.proposal import Proposal
from sambang_tui.ui.modals.plan_filter import GridFilter
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.widgets.schedule_grid import ScheduleGrid, plan_label, safe
from sambang_tui.ui.workers import run_db

WRITE_ACTIONS = {"new", "edit", "cancel", "realise", "move", "restore", "delete"}


def period_of(view: str, day: dt.date) -> tuple[dt.date, dt.date]:
    if view == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    start = week_start(day)
    return start, start + dt.timedelta(days=6)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


class JadwalBase(SambangScreen[None]):
    def __init__(self) -> None:
        super().__init__()
        self.view = "week"
        self.day = clock.today()
        self.officer_id: int | None = None
        self.filter = GridFilter()
        self.data: GridData | None = None
        self.clipboard: tuple[list[int], str] | None = None
        self.moving: PlanCell | None = None
        self.uncovered: list[UncoveredRW] = []
        self.raw: GridData | None = None  # as loaded, without the proposal
        self.proposal: Proposal | None = None

    @property
    def grid(self) -> ScheduleGrid:
        return self.query_one(ScheduleGrid)

    # ---- loading -------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return period_of(self.view, self.day)

    def load(self, quiet: bool = False) -> None:
        """Read the period shown; ``quiet`` (the timer's reload) leaves the
        grid and the uncovered list alone when they come back the same — a
        redraw every 30 s would flicker over SSH for nothing."""
        start, end = self.period()
        actor, filt = self.actor, self.filter
        today = clock.today()

        def fetch() -> GridData:
            return schedule.load_grid(
                actor, start, end, kelurahan_id=filt.kelurahan_id, text=filt.text, today=today
            )

        then = self._reloaded if quiet else self._loaded
        run_db(self, fetch, then, group="jadwal-load", exclusive=True, name="jadwal_load")
        if self.has_class("-uncovered"):
            self._load_uncovered(quiet)

    def _reloaded(self, data: GridData) -> None:
        if data != self.raw:
            self._loaded(data)

    def _loaded(self, data: GridData) -> None:
        self.raw = data
        self.data = data = plan_proposal.overlay(data, self.proposal)
        day = min(max(self.day, data.start), data.end)
        self.grid.set_data(data, self.view == "month", (self.officer_id, day))
        self._show_title()
        self._show_detail()

    def _auto_reload(self) -> None:
        if self.is_current and self.moving is None:
            self.load(quiet=True)

    def action_reload(self) -> None:
        self.load()

    # ---- navigation ----------------------------------------------------------

    def on_schedule_grid_cursor_moved(self, event: ScheduleGrid.CursorMoved) -> None:
        self.day = event.day
        self.officer_id = event.officer.id if event.officer else None
        self._show_detail()

    def on_schedule_grid_period_needed(self, event: ScheduleGrid.PeriodNeeded) -> None:
        self.go_to(event.day)

    def go_to(self, day: dt.date) -> None:
        old = self.period()
        self.day = day
        if self.period() != old or self.data is None:
            self.load()
        else:
            self.grid.set_data(self.data, self.view == "month", (self.officer_id, day))

    def action_period(self, delta: int) -> None:
        if self.view == "month":
            self.go_to(add_months(self.day, delta))
        else:
            self.go_to(self.day + dt.timedelta(days=7 * delta))

    def action_today(self) -> None:
        self.go_to(clock.today())

    def action_view(self, view: str) -> None:
        if view != self.view:
            self.view = view
            self.load()

    def action_goto(self) -> None:
        from sambang_tui.ui.modals.plan_goto import GoToDateModal

        def chosen(day: dt.date | None) -> None:
            if day is not None:
                self.go_to(day)

        self.app.push_screen(GoToDateModal(), chosen)

    def action_filter(self) -> None:
        from sambang_tui.ui.modals.plan_filter import PlanFilterModal

        def chosen(filt: GridFilter | None) -> None:
            if filt is not None:
                self.filter = filt
                self.load()

        self.app.push_screen(PlanFilterModal(self.actor, self.filter), chosen)

    def action_uncovered(self) -> None:
        self.toggle_class("-uncovered")
        if self.has_class("-uncovered"):
            self._load_uncovered()
        self.grid.call_after_refresh(self.grid.on_resize)

    def _load_uncovered(self, quiet: bool = False) -> None:
        actor = self.actor
        days = self.ctx.settings.uncovered_days
        kel_id = self.filter.kelurahan_id

        def fetch() -> list[UncoveredRW]:
            return schedule.uncovered_rws(actor, days, clock.today(), kelurahan_id=kel_id)

        def show(found: list[UncoveredRW]) -> None:
            if quiet and found == self.uncovered:
                return
            self.uncovered = found
            text = Text(t("jadwal.uncovered.title", days=days), style="bold")
            text.append(f"\n{t('jadwal.uncovered.count', count=len(found))}")
            if not found:
                text.append(f"\n{t('jadwal.uncovered.none')}")
            for item in found:
                last = (
                    item.last_visit.strftime("%d/%m/%y")
                    if item.last_visit
                    else t("jadwal.uncovered.never")
                )
                text.append(f"\n{safe(item.kelurahan)[:14]} RW {item.rw:02d} · {last}")
            self.query_one("#jadwal-uncovered-list", Static).update(text)

        run_db(self, fetch, show, group="jadwal-uncovered", exclusive=True, name="uncovered")

    # ---- the cell under the cursor ---------------------------------------------

    def _cell(self) -> tuple[int | None, dt.date, list[PlanCell]]:
        officer = self.grid.cursor_officer
        return (officer.id if officer else None), self.grid.cursor_day, self.grid.cursor_plans

    def _cell_title(self) -> str:
        officer = self.grid.cursor_officer
        name = officer.label if officer else ""
        return t(
            "jadwal.list.title", officer=safe(name), day=format_date_long(self.grid.cursor_day)
        )

    def _can_write(self) -> bool:
        if self.actor.can_write:
            return True
        self.notify(t("jadwal.readonly"), severity="warning")
        return False

    def _form_done(self, saved: SavedPlan | None) -> None:
        if saved is not None:
            self._notify_saved(t("jadwal.saved"), saved.warnings)
        self.load()

    def _notify_saved(self, message: str, warnings: list[str]) -> None:
        if warnings:
            self.notify("\n".join([message, *warnings]), severity="warning", markup=False)
        else:
            self.notify(message, markup=False)

    def _write(self, fn: Callable[[], object], done_key: str) -> None:
        def done(result: object) -> None:
            warnings = result.warnings if isinstance(result, SavedPlan) else []
            self._notify_saved(t(done_key), warnings)
            self.load()

        run_db(self, fn, done, on_error=self._failed, name="jadwal_write")

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError | NotFound):
            self.notify(
                t("jadwal.conflict_reloaded", message=exc.message),
                severity="warning",
                markup=False,
                timeout=8,
            )
            self.load()
            return
        if isinstance(exc, ServiceError):
            self.notify(exc.message, severity="error", markup=False, timeout=8)
            return
        self.sambang.report_error(exc)

    # ---- status lines ----------------------------------------------------------

    def _show_title(self) -> None:
        start, end = self.period()
        if self.view == "month":
            label = f"{t('jadwal.view.month')} {month_year(start)}"
            today = self.data.today if self.data is not None else None
            if today is not None and start <= today <= end:
                # the narrow month grid has no room for the mark under its column
                label += f" · {t('jadwal.today_mark')} {format_day_short(today)}"
        else:
            label = (
                f"{t('jadwal.view.week')} {format_day_short(start)} – "
                f"{format_day_short(end)}/{end.year}"
            )
        text = Text(f" {label}", style="bold")
        if self.proposal is not None:
            text.append(
                "  " + t("proposal.title", count=len(self.proposal.plans)),
                style="reverse",
            )
        if self.filter.active:
            text.append("  " + t("jadwal.filter_label", what=self.filter.describe()))
        self.query_one("#jadwal-title", Static).update(text)

    def _show_detail(self) -> None:
        detail = self.query_one("#jadwal-detail", Static)
        if self.data is not None and not self.data.officers:
            detail.update(Text(" " + t("jadwal.no_officers")))
            return
        officer = self.grid.cursor_officer
        day = self.grid.cursor_day
        first = Text(" ")
        remarks: list[Text] = []
        if officer is not None and self.data is not None:
            first.append(f"{safe(officer.label)} · {format_day_short(day)}: ", style="bold")
            cell = self.grid.cursor_plans
            if not cell:
                first.append("-")
            for index, plan in enumerate(cell):
                if index:
                    first.append("; ")
                first.append(plan_label(plan, False))
                if plan.start_time:
                    first.append(f" {plan.start_time.strftime('%H.%M')}")
                if plan.target:
                    first.append(f" {safe(plan.target)}")
            issues = sorted({code for plan in cell for code in plan.issues})
            away = self.proposal.away.get(officer.id, {}).get(day) if self.proposal else None
            if away:
                remarks.append(Text(t("proposal.away", kind=t(f"absence.kind.{away}"))))
            if day in self.data.holidays:
                remarks.append(Text(t("jadwal.holiday_on", name=self.data.holidays[day])))
            if issues:
                words = ", ".join(t(f"jadwal.issue.{c}") for c in issues)
                remarks.append(Text(f"* {words}", style="bold"))
        if self.moving is not None:
            second = Text(
                " " + t("jadwal.moving", plan=plan_label(self.moving, False)), style="reverse"
            )
        elif self.clipboard is not None:
            second = Text(
                " "
                + t(
                    "jadwal.clipboard",
                    count=len(self.clipboard[0]),
                    source=safe(self.clipboard[1]),
                )
            )
        elif remarks:
            second = Text(" ").join([Text(" "), *remarks])
        elif self.proposal is not None:
            second = Text(" " + t("proposal.hint"), style="bold")
        else:
            second = Text(" " + t("jadwal.legend"), style="dim")
        first.truncate(max(1, self.size.width), overflow="ellipsis")
        second.truncate(max(1, self.size.width), overflow="ellipsis")
        detail.update(Text.assemble(first, "\n", second))
