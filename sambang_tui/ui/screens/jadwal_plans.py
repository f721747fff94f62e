"""The plans of the cell under the cursor: open, new, edit, cancel,
delete, realise (the entry form filled from the plan), copy and paste,
copy the week, move."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sambang_tui.i18n import format_day_short, t
from sambang_tui.services.core.dates import week_start
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.schedule import plans
from sambang_tui.services.schedule.grid import PlanCell
from sambang_tui.services.schedule.plans import CopyResult, PlanInput
from sambang_tui.ui.screens.jadwal_base import WRITE_ACTIONS
from sambang_tui.ui.screens.jadwal_proposal import JadwalProposal
from sambang_tui.ui.widgets.schedule_grid import plan_label
from sambang_tui.ui.workers import run_db


class JadwalPlans(JadwalProposal):
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

    def _open_entry(self, data: ReportInput) -> None:
        from sambang_tui.ui.screens.entry import EntryScreen

        self.app.push_screen(EntryScreen(initial=data), self._realised)

    def _realised(self, saved: object) -> None:
        self.notify_realised(saved)
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
