"""Next week's plan proposed from RW coverage, shown over the grid as a
preview: accepted by cell, by officer or all at once, or dropped."""

from __future__ import annotations

from sambang_tui.i18n import format_day_short, t
from sambang_tui.services.core import clock
from sambang_tui.services.schedule import proposal as plan_proposal
from sambang_tui.services.schedule.grid import PlanCell
from sambang_tui.services.schedule.plans import SavedPlan
from sambang_tui.services.schedule.proposal import Accepted, Proposal
from sambang_tui.ui.screens.jadwal_base import JadwalBase
from sambang_tui.ui.workers import run_db


class JadwalProposal(JadwalBase):
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
