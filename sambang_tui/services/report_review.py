"""A report's way through review: submitted by its author, verified or
returned with a note by the Kanit Binmas or Kapolsek, soft-deleted.

Status flow: ``draft`` → ``diajukan`` → ``diverifikasi``; a reviewer may
return a draft, submitted or verified report (``dikembalikan``), which its
author edits and submits again. Every step takes the version read and bumps
it, so a step on a stale screen is a ``ConflictError``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sambang_tui.db.models import Report
from sambang_tui.services import clock, report_children, store
from sambang_tui.services.actor import Actor
from sambang_tui.services.errors import ValidationError
from sambang_tui.services.report_access import live_report, require_edit
from sambang_tui.services.report_results import SavedReport, saved
from sambang_tui.services.validate import LONG_MAX, clean_text

STATUS_LABELS = {
    "draft": "draf",
    "diajukan": "diajukan",
    "diverifikasi": "diverifikasi",
    "dikembalikan": "dikembalikan",
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
        row = store.update_versioned(actor, Report, report_id, version, values, what="Laporan")
        if after is not None:
            after(row)
        return row

    return saved(store.write(run))


def _status_error(report: Report, action: str) -> ValidationError:
    return ValidationError(
        "status",
        f"Laporan {report.number} berstatus {STATUS_LABELS.get(report.status, report.status)}; "
        f"tidak dapat {action}.",
    )


def submit(actor: Actor, report_id: int, version: int) -> SavedReport:
    """Send a draft or returned report to the Kanit for verification."""

    def prepare(report: Report) -> dict[str, Any]:
        require_edit(actor, report)
        if report.status not in ("draft", "dikembalikan"):
            raise _status_error(report, "diajukan")
        return {"status": "diajukan"}

    return _step(actor, report_id, version, prepare)


def _note(note: str) -> str:
    text = clean_text(note, multiline=True)
    if len(text) > LONG_MAX:
        raise ValidationError("note", f"Catatan terlalu panjang (maksimal {LONG_MAX} karakter).")
    return text


def verify(actor: Actor, report_id: int, version: int, note: str = "") -> SavedReport:
    """Kanit/Kapolsek: accept the report; it is locked for other roles."""
    actor.require_review()
    text = _note(note)

    def prepare(report: Report) -> dict[str, Any]:
        if report.status == "diverifikasi":
            raise _status_error(report, "diverifikasi lagi")
        return {
            "status": "diverifikasi",
            "reviewer": actor.officer_id,
            "review_note": text,
            "reviewed_at": clock.now(),
        }

    return _step(actor, report_id, version, prepare)


def return_report(actor: Actor, report_id: int, version: int, note: str) -> SavedReport:
    """Kanit/Kapolsek: send the report back to its author with a note."""
    actor.require_review()
    text = _note(note)
    if not text:
        raise ValidationError(
            "note", "Catatan pengembalian wajib diisi: apa yang perlu diperbaiki?"
        )

    def prepare(report: Report) -> dict[str, Any]:
        if report.status == "dikembalikan":
            raise _status_error(report, "dikembalikan lagi")
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
