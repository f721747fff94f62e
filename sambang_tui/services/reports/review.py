"""A report's way through review: submitted by its author, verified or
returned with a note by a reviewer (Kanit Binmas, Kapolsek, Wakapolsek),
soft-deleted.

Status flow: ``draft`` → ``diajukan`` → ``diverifikasi``. A reviewer may
return a submitted or verified report (``dikembalikan``) with a note saying
what to fix; its author (who typed it, or an officer on it: ``access.is_own``)
edits it and submits it again — nobody else submits it — only a submitted
report can be verified. Nobody verifies or returns a report they created or
lead: the check is on the person, not on the screen, so the CLI
(``sambang review``) and the app obey the same rules. Being an admin does
not make anyone a reviewer. Every step takes the version read and bumps it,
so a step on a stale screen is a ``ConflictError``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sambang_tui.db.models import Report, ReportOfficer
from sambang_tui.services.core import clock, store
from sambang_tui.services.core.actor import WHO_REVIEWS, Actor
from sambang_tui.services.core.errors import Msg, PermissionDenied, ValidationError
from sambang_tui.services.core.validate import LONG_MAX, clean_text
from sambang_tui.services.reports import children as report_children
from sambang_tui.services.reports.access import live_report, require_author, require_edit
from sambang_tui.services.reports.find import find_report
from sambang_tui.services.reports.results import SavedReport, saved

# a status as a sentence names it (catalogue keys)
STATUS_LABELS = {
    "draft": "reports.status.draft",
    "diajukan": "reports.status.diajukan",
    "diverifikasi": "reports.status.diverifikasi",
    "dikembalikan": "reports.status.dikembalikan",
}


def _step(
    actor: Actor,
    report_id: int,
    version: int,
    prepare: Callable[[Report], dict[str, Any]],
    after: Callable[[Report], None] | None = None,
) -> SavedReport:
    actor.require_write()

    def run() -> Report:
        report = live_report(actor, report_id)
        values = prepare(report)
        values["updated_by"] = actor.os_user
        values["updated_at"] = clock.now()
        row = store.update_versioned(
            actor, Report, report_id, version, values, what="reports.what.report"
        )
        if after is not None:
            after(row)
        return row

    return saved(store.write(run))


def _status_error(report: Report, action: str) -> ValidationError:
    """``action``: the catalogue key of what cannot be done (``reports.do.*``)."""
    status = STATUS_LABELS.get(report.status)
    return ValidationError(
        "status",
        "reports.err.status",
        number=report.number,
        status=Msg(status) if status else report.status,
        action=Msg(action),
    )


def submit(actor: Actor, report_id: int, version: int) -> SavedReport:
    """Send a draft or returned report to the Kanit for verification: only
    its authors do (``access.require_author``) — a reviewer who returned it
    does not submit it for them."""

    def prepare(report: Report) -> dict[str, Any]:
        require_edit(actor, report)
        require_author(actor, report)
        if report.status not in ("draft", "dikembalikan"):
            raise _status_error(report, "reports.do.submit")
        return {"status": "diajukan"}

    return _step(actor, report_id, version, prepare)


def _note(note: str) -> str:
    text = clean_text(note, multiline=True)
    if len(text) > LONG_MAX:
        raise ValidationError("note", "reports.err.note_too_long", max=LONG_MAX)
    return text


def leads(actor: Actor, report: Report) -> bool:
    """Whether ``actor``'s officer is the report's lead (first) officer."""
    if actor.officer_id is None:
        return False
    lead = (
        ReportOfficer.select(ReportOfficer.officer)
        .where(ReportOfficer.report == report.id)
        .order_by(ReportOfficer.position, ReportOfficer.id)
        .first()
    )
    return lead is not None and lead.officer_id == actor.officer_id


def _require_not_own(actor: Actor, report: Report, action: str) -> None:
    """``action``: the catalogue key of the step refused (``reports.do.*``)."""
    if report.created_by == actor.os_user:
        why = "reports.why.made_by_you"
    elif leads(actor, report):
        why = "reports.why.you_lead"
    else:
        return
    raise PermissionDenied(
        "reports.err.own_report",
        number=report.number,
        why=Msg(why),
        action=Msg(action),
        reviewers=Msg(WHO_REVIEWS),
    )


def verify(actor: Actor, report_id: int, version: int, note: str = "") -> SavedReport:
    """A reviewer accepts a submitted report; it is locked for other roles."""
    actor.require_review()
    text = _note(note)

    def prepare(report: Report) -> dict[str, Any]:
        _require_not_own(actor, report, "reports.do.verify_it")
        if report.status == "diverifikasi":
            raise _status_error(report, "reports.do.verify_again")
        if report.status == "dikembalikan":
            raise ValidationError("status", "reports.err.returned_fix_first", number=report.number)
        if report.status != "diajukan":
            raise ValidationError("status", "reports.err.draft_verify", number=report.number)
        return {
            "status": "diverifikasi",
            "reviewer": actor.officer_id,
            "review_note": text,
            "reviewed_at": clock.now(),
        }

    return _step(actor, report_id, version, prepare)


def return_report(actor: Actor, report_id: int, version: int, note: str) -> SavedReport:
    """A reviewer sends a submitted (or verified) report back to its author
    with a note saying what to fix."""
    actor.require_review()
    text = _note(note)
    if not text:
        raise ValidationError("note", "reports.err.return_note_required")

    def prepare(report: Report) -> dict[str, Any]:
        _require_not_own(actor, report, "reports.do.return_it")
        if report.status == "dikembalikan":
            raise _status_error(report, "reports.do.return_again")
        if report.status == "draft":
            raise ValidationError("status", "reports.err.draft_return", number=report.number)
        return {
            "status": "dikembalikan",
            "reviewer": actor.officer_id,
            "review_note": text,
            "reviewed_at": clock.now(),
        }

    return _step(actor, report_id, version, prepare)


def delete_report(actor: Actor, report_id: int, version: int) -> SavedReport:
    """Soft delete: the report leaves lists and recaps but stays in the
    database (and its number is never reused); its plan is open again."""

    def prepare(report: Report) -> dict[str, Any]:
        require_edit(actor, report)
        return {"deleted_at": clock.now()}

    return _step(
        actor,
        report_id,
        version,
        prepare,
        after=lambda row: report_children.unlink_plans(actor, row.id),
    )


STEPS = ("submit", "verify", "return")


def review_by_number(actor: Actor, step: str, number: str, note: str = "") -> SavedReport:
    """``sambang review STEP NUMBER``: the step on the report of the actor's
    station that ``number`` names, in any form every other command takes
    (``LK/17/XII/2024``, ``17/2024``, ``17``: ``find.find_report``), as it is
    stored now, under the same rules as the detail screen."""
    row = Report.get_by_id(find_report(actor, number))
    if step == "submit":
        return submit(actor, row.id, row.version)
    if step == "verify":
        return verify(actor, row.id, row.version, note)
    if step == "return":
        return return_report(actor, row.id, row.version, note)
    raise ValidationError("step", "reports.err.step", steps=", ".join(STEPS))
