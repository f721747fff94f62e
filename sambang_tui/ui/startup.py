"""What the app does once its first screen is up: tell the desk what limits
it (a read-only login, a refused SAMBANG_USER/SAMBANG_TODAY), start the daily
backup, and offer the forms an instance of this login left as drafts when it
died (one chosen is opened restored, or thrown away)."""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from sambang_tui.i18n import t
from sambang_tui.ui.errors import logger

if TYPE_CHECKING:
    from sambang_tui.ui.app import SambangApp


def after_first_screen(app: SambangApp) -> None:
    """The notices at once; the backup and the drafts after the first paint,
    and the cyclic garbage collector, if the CLI held it off for the start."""
    if not gc.isenabled():
        app.call_after_refresh(_collect_again)
    actor = app.ctx.actor
    if actor.read_only:
        app.notify(t("shell.readonly", user=actor.os_user), severity="warning", markup=False)
    from sambang_tui.services.core.identity import refused_message

    refused = refused_message()  # SAMBANG_USER/SAMBANG_TODAY on a station's database
    if refused:
        app.notify(refused, severity="warning", markup=False, timeout=10)
    if app.ctx.settings.auto_backup:
        app.call_after_refresh(_start_daily_backup, app)
    app.call_after_refresh(watch_restore, app)
    if not actor.read_only:
        app.call_after_refresh(offer_drafts, app)


RESTORE_CHECK_SECONDS = 15.0


def watch_restore(app: SambangApp) -> None:
    """'sambang restore' on a shared file replaces the data under every desk
    with the app open: it leaves a mark (``restored_at``) that is read here
    every few seconds; when it changes, the desk is told and the screen shown
    reads its data again (the others do when shown). Restore is SQLite only."""
    from sambang_tui.services.admin.backup import restorable, restored_marker
    from sambang_tui.ui.workers import run_db

    if not restorable(app.ctx.db_target):
        return
    seen: list[str] = []

    def compare(marker: str) -> None:
        if not seen:
            seen.append(marker)
            return
        if marker == seen[0]:
            return
        seen[0] = marker
        app.notify(t("shell.restored"), severity="warning", markup=False, timeout=30)
        reload = getattr(app.screen, "action_reload", None)
        if callable(reload):
            reload()

    def check() -> None:
        run_db(
            app,
            restored_marker,
            compare,
            on_error=lambda exc: logger().warning("restore watch: %s", exc),
            group="restore-watch",
            exclusive=True,
            name="restore_watch",
            reads_only=True,
        )

    check()
    app.set_interval(RESTORE_CHECK_SECONDS, check, name="restore-watch")


def _collect_again() -> None:
    """What start-up made stays for the whole session: frozen, so that no
    collection walks it again."""
    gc.freeze()
    gc.enable()


def _start_daily_backup(app: SambangApp) -> None:
    from sambang_tui.services.admin.daily_backup import maybe_daily_backup
    from sambang_tui.ui.workers import run_db

    target, keep = app.ctx.db_target, app.ctx.settings.backup_keep
    run_db(
        app,
        lambda: maybe_daily_backup(target, keep=keep),
        _backup_done,
        group="backup",
        name="daily_backup",
    )


def _backup_done(path: object) -> None:
    if path:
        logger().info("daily backup %s", path)


def offer_drafts(app: SambangApp, *, asked: bool = False) -> None:
    """Offer every form an instance of this login left as a draft when it
    died, or that was left for later (this instance's own drafts are not
    offered): at start, and from the palette (``asked``: "none" is told)."""
    from sambang_tui.services.desk.drafts import orphaned_drafts
    from sambang_tui.ui.workers import run_db

    user = app.ctx.actor.os_user

    def found(drafts: list[Any]) -> None:
        if not drafts:
            if asked:
                app.notify(t("startup.draft.none"), markup=False)
            return
        from sambang_tui.ui.modals.drafts_offer import DraftsOfferModal

        app.push_screen(DraftsOfferModal(drafts), lambda choice: _draft_chosen(app, choice))

    run_db(app, lambda: orphaned_drafts(user), found, group="drafts")


def _draft_chosen(app: SambangApp, choice: Any) -> None:
    """Open the chosen draft's form with it restored, or throw it away."""
    if choice is None:
        return
    from sambang_tui.services.desk import drafts
    from sambang_tui.services.schedule import plans
    from sambang_tui.ui.workers import run_db

    action, draft = choice
    actor = app.ctx.actor
    if action == "discard":
        run_db(app, lambda: drafts.discard(actor.os_user, draft.id), None, group="drafts")
        app.notify(t("startup.draft.discarded"), markup=False)
        return

    def take() -> tuple[Any, Any]:
        claimed = drafts.claim(actor.os_user, draft.form, draft.id)
        if claimed is None and drafts.load_draft(actor.os_user, draft.form) is not None:
            return "busy", None  # that form holds a draft of this session: not over it
        initial = None
        if claimed is not None and draft.kind == "plan" and draft.target_id is not None:
            initial = plans.report_input(actor, draft.target_id)
        return claimed, initial

    def open_form(taken: tuple[Any, Any]) -> None:
        from sambang_tui.ui.screens.entry import EntryScreen

        claimed, initial = taken
        if claimed == "busy":
            app.notify(t("startup.draft.busy"), severity="warning", markup=False)
            return
        if claimed is None:
            app.notify(t("startup.draft.gone"), severity="warning", markup=False)
            return
        if draft.kind == "new":  # in the F4 form itself: one new-report form per instance
            _restore_in_entry(app, claimed[0])
            return
        report_id = draft.target_id if draft.kind == "report" else None
        app.push_screen(EntryScreen(report_id=report_id, initial=initial, draft=claimed[0]))

    run_db(app, take, open_form, group="drafts")


def _restore_in_entry(app: SambangApp, data: dict[str, Any]) -> None:
    """The F4 form with ``data`` restored: handed to it as it opens, or
    restored at once when it is open already."""
    stack = app._screen_stacks.get("entry") or []
    entry = stack[0] if stack else None
    if entry is not None and getattr(entry, "loaded", False):
        app.switch_mode("entry")
        entry.restore_draft(data)  # type: ignore[attr-defined]
        return
    app.pending_new_draft = data  # taken by the form as it opens
    app.switch_mode("entry")
