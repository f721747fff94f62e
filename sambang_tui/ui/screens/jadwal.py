"""F3 Jadwal: the schedule grid — plan the week, tick plans off as reports
come in, see clashes and the RWs nobody visited.

The screen keeps the period (week or month around the cursor day) and the
filter, loads the period's data in a worker, and turns keys into service
calls; the grid widget only draws and moves its cursor.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Static

from sambang_tui.i18n import format_date_long, format_day_short, month_year, t
from sambang_tui.services.core import clock
from sambang_tui.services.core.dates import week_start
from sambang_tui.services.core.errors import ConflictError, NotFound, ServiceError
from sambang_tui.services.schedule import grid as schedule
from sambang_tui.services.schedule import plans
from sambang_tui.services.schedule import proposal as plan_proposal
from sambang_tui.services.schedule.grid import GridData, PlanCell, UncoveredRW
from sambang_tui.services.schedule.plans import CopyResult, PlanInput, SavedPlan
from sambang_tui.services.schedule.proposal import Accepted, Proposal
from sambang_tui.ui.modals.plan_filter import GridFilter
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.widgets.header import SambangHeader
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


class JadwalScreen(SambangScreen[None]):
    TITLE_KEY = "nav.jadwal"
    HELP_KEY = "jadwal.help"
    REFRESH_SECONDS = 30.0
    DEFAULT_CSS = """
    JadwalScreen #jadwal-title { height: 1; background: $panel; color: $text; }
    JadwalScreen #jadwal-detail { height: 2; color: $text; background: $panel; }
    JadwalScreen #jadwal-uncovered {
        dock: right; width: 30; display: none;
        border-left: solid $accent; background: $surface;
    }
    JadwalScreen.-uncovered #jadwal-uncovered { display: block; }
    JadwalScreen #jadwal-body { height: 1fr; }
    """
    BINDINGS = [
        # The footer shows the weekly routine (new, edit, cancel, realise, copy the
        # week) so it fits 80 columns; every key stays in F1 help and the palette.
        Binding("enter", "open", t("jadwal.key.open"), id="jadwal.open", show=False),
        Binding("n", "new", t("jadwal.key.new"), id="jadwal.new"),
        Binding("e", "edit", t("jadwal.key.edit"), id="jadwal.edit"),
        Binding("x", "cancel_plan", t("jadwal.key.cancel"), id="jadwal.cancel"),
        Binding("r", "realise", t("jadwal.key.realise"), id="jadwal.realise"),
        Binding("c", "copy", t("jadwal.key.copy"), id="jadwal.copy", show=False),
        Binding("v", "paste", t("jadwal.key.paste"), id="jadwal.paste", show=False),
        Binding("C,shift+c", "copy_week", t("jadwal.key.copy_week"), id="jadwal.copy_week"),
        Binding("M,shift+m", "move", t("jadwal.key.move"), id="jadwal.move", show=False),
        Binding("slash", "filter", t("jadwal.key.filter"), id="jadwal.filter", show=False),
        Binding("u", "uncovered", t("jadwal.key.uncovered"), id="jadwal.uncovered", show=False),
        # next week's plan proposed from RW coverage, shown as a preview (~SB 03)
        # the footer is full at 80 columns: the legend line says "p usulan"
        Binding("p", "propose", t("proposal.key.propose"), id="jadwal.propose", show=False),
        Binding("a", "accept('cell')", t("proposal.key.cell"), id="jadwal.accept", show=False),
        Binding(
            "o",
            "accept('officer')",
            t("proposal.key.officer"),
            id="jadwal.accept_officer",
            show=False,
        ),
        Binding(
            "A,shift+a", "accept('all')", t("proposal.key.all"), id="jadwal.accept_all", show=False
        ),
        Binding("t", "today", t("jadwal.key.today"), id="jadwal.today", show=False),
        Binding("g", "goto", t("jadwal.key.goto"), id="jadwal.goto", show=False),
        Binding("w", "view('week')", t("jadwal.key.week"), id="jadwal.week", show=False),
        Binding("m", "view('month')", t("jadwal.key.month"), id="jadwal.month", show=False),
        Binding("ctrl+r", "reload", t("jadwal.key.reload"), id="jadwal.reload", show=False),
        Binding("escape", "escape", t("jadwal.key.escape"), id="jadwal.escape", show=False),
    ]

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

    # ---- layout ------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Static("", id="jadwal-title")
        with Horizontal(id="jadwal-body"):
            yield ScheduleGrid(id="jadwal-grid")
            with VerticalScroll(id="jadwal-uncovered"):
                yield Static("", id="jadwal-uncovered-list")
        yield Static("", id="jadwal-detail")
        yield Footer()

    @property
    def grid(self) -> ScheduleGrid:
        return self.query_one(ScheduleGrid)

    def on_mount(self) -> None:
        self.grid.focus()
        self._show_title()
        self.load()
        self.set_interval(self.REFRESH_SECONDS, self._auto_reload, name="jadwal-refresh")

    def on_screen_resume(self) -> None:
        if self.data is not None:
            self.load()

    # ---- loading -------------------------------------------------------------

    def period(self) -> tuple[dt.date, dt.date]:
        return period_of(self.view, self.day)

    def load(self) -> None:
        start, end = self.period()
        actor, filt = self.actor, self.filter
        today = clock.today()

        def fetch() -> GridData:
            return schedule.load_grid(
                actor, start, end, kelurahan_id=filt.kelurahan_id, text=filt.text, today=today
            )

        run_db(self, fetch, self._loaded, group="jadwal-load", exclusive=True, name="jadwal_load")
        if self.has_class("-uncovered"):
            self._load_uncovered()

    def _loaded(self, data: GridData) -> None:
        self.raw = data
        self.data = data = plan_proposal.overlay(data, self.proposal)
        day = min(max(self.day, data.start), data.end)
        self.grid.set_data(data, self.view == "month", (self.officer_id, day))
        self._show_title()
        self._show_detail()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "accept":
            return self.proposal is not None
        return True

    def _auto_reload(self) -> None:
        if self.is_current and self.moving is None:
            self.load()

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

    def _load_uncovered(self) -> None:
        actor = self.actor
        days = self.ctx.settings.uncovered_days
        kel_id = self.filter.kelurahan_id

        def fetch() -> list[UncoveredRW]:
            return schedule.uncovered_rws(actor, days, clock.today(), kelurahan_id=kel_id)

        def show(found: list[UncoveredRW]) -> None:
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

    def action_escape(self) -> None:
        if self.moving is not None or self.clipboard is not None:
            self.moving = None
            self.clipboard = None
            self.grid.marked = set()
            self.grid.refresh()
            self._show_detail()
            return
        if self.proposal is not None:
            self._set_proposal(None)
            self.notify(t("proposal.closed"))
            return
        self.sambang.action_back()

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

    def _with_plan(
        self, action: str, run: Callable[[PlanCell], None], allowed: Callable[[PlanCell], bool]
    ) -> None:
        """Run ``run`` on the cell's plan that allows ``action``; ask which
        when several do."""
        from sambang_tui.ui.modals.plan_list import PlanListModal

        candidates = [p for p in self.grid.cursor_plans if allowed(p)]
        if not candidates:
            key = "jadwal.no_plan" if not self.grid.cursor_plans else "jadwal.no_open_plan"
            self.notify(t(key), severity="warning")
            return
        if len(candidates) == 1:
            run(candidates[0])
            return

        def picked(answer: tuple[str, int | None] | None) -> None:
            if answer is None:
                return
            plan = next((p for p in candidates if p.id == answer[1]), None)
            if plan is not None:
                self._dispatch(answer[0], plan)

        self.app.push_screen(PlanListModal(self._cell_title(), candidates, pick=action), picked)

    @staticmethod
    def _open(plan: PlanCell) -> bool:
        return plan.report_id is None and plan.stored_status == "rencana"

    def _dispatch(self, action: str, plan: PlanCell | None) -> None:
        if action in WRITE_ACTIONS and not self._can_write():
            return
        if plan is not None and plan.id < 0 and action not in ("new", "edit", "cancel"):
            self.notify(t("proposal.not_saved"), severity="warning")
            return
        if plan is not None and plan.id < 0 and action == "cancel":
            self._drop([-plan.id])
            return
        if action == "new" or plan is None:
            self.action_new()
        elif action == "edit":
            self._edit(plan)
        elif action == "cancel":
            self._cancel(plan)
        elif action == "realise":
            self._realise(plan)
        elif action == "move":
            self._start_move(plan)
        elif action == "restore":
            self._write(
                lambda: plans.restore_plan(self.actor, plan.id, plan.version), "jadwal.restored"
            )
        elif action == "delete":
            self._delete(plan)

    # ---- actions -------------------------------------------------------------

    def action_open(self) -> None:
        from sambang_tui.ui.modals.plan_list import PlanListModal

        if self.moving is not None:
            self._finish_move()
            return
        if self.grid.cursor_officer is None:
            return
        cell = self.grid.cursor_plans

        def answered(answer: tuple[str, int | None] | None) -> None:
            if answer is None:
                return
            action, plan_id = answer
            plan = next((p for p in cell if p.id == plan_id), None)
            self._dispatch(action, plan)

        self.app.push_screen(PlanListModal(self._cell_title(), cell), answered)

    def action_new(self) -> None:
        from sambang_tui.ui.modals.plan_form import PlanFormModal

        officer_id, day, _plans = self._cell()
        if officer_id is None or not self._can_write():
            return
        initial = PlanInput(date=day, officer_id=officer_id)
        self.app.push_screen(PlanFormModal(self.actor, initial), self._form_done)

    def action_edit(self) -> None:
        if self._can_write():
            self._with_plan("edit", self._edit, lambda p: self._open(p) or p.id < 0)

    def _edit(self, plan: PlanCell) -> None:
        from sambang_tui.ui.modals.plan_form import PlanFormModal

        if plan.id < 0:  # a proposed plan: the form saves it as a new plan
            self._edit_proposed(plan)
            return

        initial = PlanInput(
            date=plan.date,
            officer_id=plan.officer_id,
            type_id=plan.type_id,
            kelurahan_id=plan.kelurahan_id,
            rw=plan.rw,
            rt=plan.rt,
            start_time=plan.start_time,
            target=plan.target,
            note=plan.note,
        )
        modal = PlanFormModal(self.actor, initial, plan.id, plan.version)
        self.app.push_screen(modal, self._form_done)

    def _form_done(self, saved: SavedPlan | None) -> None:
        if saved is not None:
            self._notify_saved(t("jadwal.saved"), saved.warnings)
        self.load()

    def _notify_saved(self, message: str, warnings: list[str]) -> None:
        if warnings:
            self.notify("\n".join([message, *warnings]), severity="warning", markup=False)
        else:
            self.notify(message, markup=False)

    def action_cancel_plan(self) -> None:
        proposed = [-p.id for p in self.grid.cursor_plans if p.id < 0]
        if proposed:  # in the preview x drops the cell's proposal first
            self._drop(proposed)
            return
        if self._can_write():
            self._with_plan("cancel", self._cancel, self._open)

    def _cancel(self, plan: PlanCell) -> None:
        from sambang_tui.ui.modals.plan_cancel import PlanCancelModal

        def reason_given(reason: str | None) -> None:
            if reason:
                self._write(
                    lambda: plans.cancel_plan(self.actor, plan.id, plan.version, reason),
                    "jadwal.cancelled",
                )

        self.app.push_screen(PlanCancelModal(plan_label(plan, False)), reason_given)

    def _delete(self, plan: PlanCell) -> None:
        from sambang_tui.ui.modals.confirm import ConfirmModal

        def answered(yes: bool | None) -> None:
            if yes:
                self._write(
                    lambda: plans.delete_plan(self.actor, plan.id, plan.version), "jadwal.deleted"
                )

        question = t("jadwal.list.delete_confirm", plan=plan_label(plan, False))
        self.app.push_screen(ConfirmModal(question), answered)

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

    # realise ---------------------------------------------------------------------

    def action_realise(self) -> None:
        if self._can_write():
            self._with_plan("realise", self._realise, self._open)

    def _realise(self, plan: PlanCell) -> None:
        actor = self.actor
        run_db(
            self,
            lambda: plans.report_input(actor, plan.id),
            self._open_entry,
            on_error=self._failed,
            name="jadwal_realise",
        )

    def _open_entry(self, data: object) -> None:
        from sambang_tui.ui.screens.entry import EntryScreen

        try:
            screen = EntryScreen(initial=data)  # type: ignore[call-arg]
        except TypeError:
            self.notify(t("jadwal.entry_missing"), severity="error")
            return
        self.app.push_screen(screen, self._realised)

    def _realised(self, saved: object) -> None:
        number = getattr(saved, "number", None)
        if number:
            self.notify(t("jadwal.realised", number=number), markup=False)
        self.load()

    # copy, paste, week copy, move -------------------------------------------------

    def action_copy(self) -> None:
        officer_id, day, cell = self._cell()
        live = [p.id for p in cell if p.status != "batal"]
        if officer_id is None or not live:
            self.notify(t("jadwal.nothing_to_copy"), severity="warning")
            return
        officer = self.grid.cursor_officer
        source = f"{officer.label if officer else ''} {format_day_short(day)}"
        self.clipboard = (live, source)
        self.moving = None
        self.grid.marked = {(officer_id, day)}
        self.grid.refresh()
        self._show_detail()

    def action_paste(self) -> None:
        officer_id, day, _cell = self._cell()
        if officer_id is None or not self._can_write():
            return
        if self.clipboard is None:
            self.notify(t("jadwal.clipboard_empty"), severity="warning")
            return
        ids = self.clipboard[0]
        actor = self.actor

        def done(result: CopyResult) -> None:
            self.notify(t("jadwal.pasted", created=len(result.created), skipped=result.skipped))
            self.load()

        run_db(
            self,
            lambda: plans.copy_plans(actor, ids, officer_id, day),
            done,
            on_error=self._failed,
            name="jadwal_paste",
        )

    def action_copy_week(self) -> None:
        from sambang_tui.ui.modals.confirm import ConfirmModal

        if not self._can_write():
            return
        start = week_start(self.grid.cursor_day)
        end = start + dt.timedelta(days=6)
        nxt = start + dt.timedelta(days=7)
        source = f"{format_day_short(start)}–{format_day_short(end)}"
        target = f"{format_day_short(nxt)}–{format_day_short(nxt + dt.timedelta(days=6))}"
        question = t("jadwal.copy_week_confirm", source=source, target=target)
        officer_ids: list[int] | None = None
        if self.filter.active and self.data is not None:
            officer_ids = [o.id for o in self.data.officers]
            question += " " + t("jadwal.copy_week_filtered", count=len(officer_ids))
        actor = self.actor

        def done(result: CopyResult) -> None:
            self.notify(
                t("jadwal.week_copied", created=len(result.created), skipped=result.skipped)
            )
            self.go_to(self.grid.cursor_day + dt.timedelta(days=7))
            self.load()

        def answered(yes: bool | None) -> None:
            if yes:
                run_db(
                    self,
                    lambda: plans.copy_week(actor, start, officer_ids),
                    done,
                    on_error=self._failed,
                    name="jadwal_copy_week",
                )

        self.app.push_screen(ConfirmModal(question), answered)

    def action_move(self) -> None:
        if self._can_write():
            self._with_plan("move", self._start_move, self._open)

    def _start_move(self, plan: PlanCell) -> None:
        self.moving = plan
        self.clipboard = None
        self.grid.marked = {(plan.officer_id, plan.date)}
        self.grid.refresh()
        self._show_detail()

    def _finish_move(self) -> None:
        plan = self.moving
        officer_id, day, _cell = self._cell()
        if plan is None or officer_id is None:
            return
        self.moving = None
        self.grid.marked = set()
        if (officer_id, day) == (plan.officer_id, plan.date):
            self.grid.refresh()
            self._show_detail()
            return
        actor = self.actor
        self._write(
            lambda: plans.move_plan(actor, plan.id, plan.version, day, officer_id), "jadwal.moved"
        )

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

    # ---- the proposal (next week's plan from RW coverage) ---------------------------

    def action_propose(self) -> None:
        """Propose the plans of the week under the cursor; again: afresh."""
        actor, day, today = self.actor, self.grid.cursor_day, clock.today()
        if self.view == "month":
            self.view = "week"
        self.day = day

        def shown(proposal: Proposal) -> None:
            self._set_proposal(proposal)
            self.go_to(proposal.start if not (proposal.start <= day <= proposal.end) else day)
            self.load()
            key = "proposal.made" if proposal.plans else "proposal.nothing"
            message = t(
                key,
                count=len(proposal.plans),
                rws=proposal.rw_count,
                already=proposal.already,
                start=format_day_short(proposal.start),
            )
            if proposal.unplaced:
                message += " " + t("proposal.unplaced", count=len(proposal.unplaced))
            self.notify(message, markup=False, timeout=8)

        run_db(
            self,
            lambda: plan_proposal.propose(actor, day, today),
            shown,
            on_error=self._failed,
            name="jadwal_propose",
        )

    def _set_proposal(self, proposal: Proposal | None) -> None:
        self.proposal = proposal if proposal is None or proposal.plans else None
        if self.raw is not None:
            self.data = plan_proposal.overlay(self.raw, self.proposal)
            self.grid.set_data(
                self.data, self.view == "month", (self.officer_id, self.grid.cursor_day)
            )
        self.refresh_bindings()
        self._show_title()
        self._show_detail()

    def _drop(self, keys: list[int]) -> None:
        if self.proposal is None:
            return
        self._set_proposal(self.proposal.without(set(keys)))
        self.notify(t("proposal.dropped", count=len(keys)))

    def action_accept(self, scope: str) -> None:
        from sambang_tui.ui.modals.confirm import ConfirmModal

        proposal = self.proposal
        if proposal is None or not self._can_write():
            return
        officer = self.grid.cursor_officer
        if scope == "cell":
            chosen = proposal.at(officer.id, self.grid.cursor_day) if officer else []
        elif scope == "officer":
            chosen = proposal.of_officer(officer.id) if officer else []
        else:
            chosen = list(proposal.plans)
        if not chosen:
            self.notify(t("proposal.none_here"), severity="warning")
            return
        if scope != "all":
            self._accept(chosen)
            return
        question = t("proposal.accept_all", count=len(chosen))

        def answered(yes: bool | None) -> None:
            if yes:
                self._accept(chosen)

        self.app.push_screen(ConfirmModal(question), answered)

    def _accept(self, chosen: list) -> None:
        actor = self.actor
        keys = {p.key for p in chosen}

        def done(result: Accepted) -> None:
            if self.proposal is not None:
                self._set_proposal(self.proposal.without(keys))
            message = t("proposal.accepted", count=len(result.created))
            if result.skipped:
                message += " " + t("proposal.skipped", count=result.skipped)
            self.notify(message)
            self.load()

        run_db(
            self,
            lambda: plan_proposal.accept(actor, chosen),
            done,
            on_error=self._failed,
            name="jadwal_accept",
        )

    def _edit_proposed(self, cell: PlanCell) -> None:
        from sambang_tui.ui.modals.plan_form import PlanFormModal

        proposal = self.proposal
        plan = next((p for p in proposal.plans if p.key == -cell.id), None) if proposal else None
        if plan is None:
            return

        def saved(result: SavedPlan | None) -> None:
            if result is not None and self.proposal is not None:
                self._set_proposal(self.proposal.without({plan.key}))
            self._form_done(result)

        self.app.push_screen(PlanFormModal(self.actor, plan.as_input()), saved)
