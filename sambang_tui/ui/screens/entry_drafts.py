"""Draft keeping of the entry form: what is typed is kept as a draft
(debounced, in a worker) under the OS user and the form's key, written at
once when the app closes, and offered back when the form opens again. A
newer write always wins over an older worker landing late."""

from __future__ import annotations

import datetime as dt
from typing import Any

from textual.css.query import NoMatches

from sambang_tui.i18n import t
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.desk import drafts
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.ui.errors import logger
from sambang_tui.ui.screens.entry_base import EntryBase
from sambang_tui.ui.workers import run_db

DRAFT_DELAY = 1.0
# what a draft records beside the form: the version of the report it was
# typed against (an edit), so restoring it over a later save is a conflict
VERSION = "_version"
# and a plan's report, the plan's version it was filled from: a plan changed
# at another desk since is linked only while it still fits the report
PLAN_VERSION = "_plan_version"
# a plan's draft kept by an older app: the plan's version is not known
PLAN_UNKNOWN = 0


def form_part(data: dict[str, Any]) -> dict[str, Any]:
    """A stored draft without what it records beside the form."""
    return {k: v for k, v in data.items() if k not in (VERSION, PLAN_VERSION)}


def own_draft(actor: Actor, key: str) -> tuple[dict[str, Any], dt.datetime] | None:
    """The form ``key``'s draft of this instance, else one left by an instance
    that died (claimed); none for a login that cannot write."""
    if not actor.can_write:
        return None
    return drafts.load_draft(actor.os_user, key) or drafts.claim(actor.os_user, key)


class EntryDrafts(EntryBase):
    # -- drafts --------------------------------------------------------------------

    def _offer_draft(self, data: dict[str, Any], saved_at: dt.datetime) -> None:
        if form_part(data) == self._baseline:
            return
        from sambang_tui.ui.modals.confirm import ConfirmModal

        when = saved_at.strftime("%d/%m/%Y %H.%M") if saved_at else ""
        key, user = self.draft_key, self.actor.os_user

        def answer(restore: bool | None) -> None:
            if restore:
                self.restore_draft(data)
                return
            # "not now" never throws work away: the draft is set aside, apart
            # from what is typed next, and offered again when the form opens
            # next (F4) and from the palette (Ctrl+P "draf")
            run_db(self.app, lambda: drafts.set_aside(user, key), None, group="entry-draft")

        self.app.push_screen(
            ConfirmModal(
                t("entry.draft.offer", when=when),
                t("entry.draft.restore"),
                t("entry.draft.discard"),
                default_yes=True,  # Enter restores: the safe answer never loses a form
            ),
            answer,
        )

    def offer_again(self) -> None:
        """The form shown again (F4) untouched: a draft left for later, or one
        another instance left when it died, is offered again."""
        if not self.loaded or self._saving or self.actor.read_only or not self.is_mounted:
            return
        try:
            if self.form.snapshot() != self._baseline:
                return
        except NoMatches:
            return
        actor, key = self.actor, self.draft_key

        def offered(found: tuple[dict[str, Any], dt.datetime] | None) -> None:
            # not when a dialog is up (the offer itself, asked twice)
            if found is not None and self.is_mounted and self.app.screen is self:
                self._offer_draft(*found)

        run_db(self, lambda: own_draft(actor, key), offered, group="entry-offer", exclusive=True)

    def restore_draft(self, data: dict[str, Any]) -> None:
        """Put a draft back in the form. An edit's draft goes back onto the
        version it was typed against: when the report was saved again since,
        the conflict is shown at once (``check_restored``) and a save made
        anyway meets it, never overwriting that later save unseen."""
        base = data.get(VERSION) if self.report_id is not None else None
        if self.initial is not None and self.initial.plan_id is not None:
            plan_version = data.get(PLAN_VERSION)
            self.initial.plan_version = (
                plan_version if isinstance(plan_version, int) else PLAN_UNKNOWN
            )
        data = form_part(data)
        raw = data.get("_raw") or {}
        report = ReportInput.from_json({k: v for k, v in data.items() if k != "_raw"})
        self.form.fill(report, raw)
        self._last_draft = data
        self._status_draft = t("entry.status.draft")
        self._set_status()
        self.notify(t("entry.draft.restored"), markup=False)
        self.focus_first_empty()
        if self.report_id is not None and (base is None or base != self.version):
            self.check_restored(base if isinstance(base, int) else None, report)

    def check_restored(self, base: int | None, data: ReportInput) -> None:
        """A draft typed against ``base`` (None: not recorded) was restored
        over a report now at another version (the saving part shows it)."""

    def _with_version(self, snap: dict[str, Any] | None) -> dict[str, Any] | None:
        """The draft to store: an edit's records the version it is typed
        against, a plan's report the plan's version it was filled from."""
        if snap is None:
            return snap
        if self.report_id is not None and self.version is not None:
            return {**snap, VERSION: self.version}
        if self.initial is not None and self.initial.plan_version is not None:
            return {**snap, PLAN_VERSION: self.initial.plan_version}
        return snap

    def _schedule_draft(self) -> None:
        if not self.loaded or self.actor.read_only:
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._pending_snap = self.form.snapshot()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self.flush_draft)

    def flush_draft(self) -> None:
        """Save the draft now if the form differs from what was loaded."""
        self._pending_snap = None
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        if not self.loaded or self._saving or self.actor.read_only or not self.is_mounted:
            return
        snap = self.form.snapshot()
        if snap == self._last_draft:
            return
        if snap == self._baseline:
            if self._last_draft is not None:
                self._last_draft = None
                self._status_draft = ""
                self._set_status()
                self._write_draft_async(None)
            return
        self._last_draft = snap

        def saved(_: object) -> None:
            self._status_draft = t("entry.status.draft")
            if self.is_mounted:
                self._set_status()

        self._write_draft_async(snap, saved)

    def _write_draft(self, seq: int, snap: dict[str, Any] | None, key: str, user: str) -> None:
        """Save (or, with ``None``, delete) the draft unless a newer write
        has landed already (``drafts.DraftWrites``). The form's key and its
        login are taken when the write is asked for: it may land after the
        form has closed or moved on."""
        self._draft_writes.write(seq, user, key, snap)

    def _draft_ask(self) -> tuple[int, str, str]:
        """The number (a higher one wins), key and login of a draft write
        about to be made."""
        return self._draft_writes.next(), self.draft_key, self.actor.os_user

    def _write_draft_async(self, snap: dict[str, Any] | None, done: Any = None) -> None:
        """Esc writes the draft and closes the form at once: on a loaded
        machine the write runs after the form has gone, so it takes nothing
        from the form when it runs (it read the login through the closed
        form and failed: the draft was lost) and is the app's worker."""
        seq, key, user = self._draft_ask()
        stored = self._with_version(snap)
        run_db(
            self.app, lambda: self._write_draft(seq, stored, key, user), done, group="entry-draft"
        )

    def save_draft_now(self) -> None:
        """Write the draft at once, on this thread: the app is closing
        (Ctrl+Q, a hung-up terminal) and a worker might not get to run."""
        pending, self._pending_snap = self._pending_snap, None
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        if not self.loaded or self._saving or self.actor.read_only:
            return
        # read the fields while they exist: a value set by the form itself
        # (a time completed on leaving the field) may not have announced its
        # change yet; at unmount they are gone and the last change holds
        snap: dict[str, Any] | None
        try:
            snap = self.form.snapshot()
        except NoMatches:
            snap = pending
        if snap is None:
            return
        cleared = snap == self._baseline
        if snap == self._last_draft or (cleared and self._last_draft is None):
            return
        seq, key, user = self._draft_ask()
        try:
            with runtime.session():
                self._write_draft(seq, None if cleared else self._with_version(snap), key, user)
        except Exception:  # noqa: BLE001 - nobody is left to tell: the log keeps it
            logger().exception("draft not saved at exit")
            return
        self._last_draft = None if cleared else snap

    def on_unmount(self) -> None:
        self.save_draft_now()

    def has_unsaved(self) -> bool:
        """Typed and not saved (Ctrl+Q asks; the draft keeps it anyway)."""
        if not self.loaded or self.actor.read_only or not self.is_mounted:
            return False
        try:
            return self.form.snapshot() != self._baseline
        except NoMatches:
            return False

    def _delete_draft(self) -> None:
        self._last_draft = None
        self._status_draft = ""
        self._set_status()
        self._write_draft_async(None)
