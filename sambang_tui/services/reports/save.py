"""Saving a report (Laporan Kegiatan): check, create, edit with optimistic
locking, load for editing, and warn about copy-pasted texts. The package
(``sambang_tui.services.reports``) re-exports these with review and the
detail view."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from peewee import IntegrityError

from sambang_tui.db.models import Problem, Report, ReportOfficer, ReportType
from sambang_tui.i18n import t
from sambang_tui.services.core import audit, clock, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import (
    Change,
    ConflictError,
    NotFound,
)
from sambang_tui.services.core.validate import clean_text
from sambang_tui.services.reports import children as report_children
from sambang_tui.services.reports import numbers as report_numbers
from sambang_tui.services.reports import search_text
from sambang_tui.services.reports.access import is_own, live_report, require_author, require_edit
from sambang_tui.services.reports.check import CleanReport, Existing, check
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.results import EditableReport, SavedReport, saved

T = TypeVar("T")

NUMBER_ATTEMPTS = 5


def check_input(actor: Actor, data: ReportInput, report_id: int | None = None) -> None:
    """Raise ``ValidationError`` with every field error of ``data``; no write.
    Give ``report_id`` when checking an edit, so officers or types that were
    deactivated since the report was written stay acceptable."""
    check(actor, data, _existing(report_id) if report_id is not None else None)


def _existing(report_id: int) -> Existing:
    officers = ReportOfficer.select(ReportOfficer.officer).where(ReportOfficer.report == report_id)
    types = ReportType.select(ReportType.activity_type).where(ReportType.report == report_id)
    return Existing(
        report_id,
        frozenset(r.officer_id for r in officers),
        frozenset(r.activity_type_id for r in types),
    )


def _write_numbered(fn: Callable[[], T]) -> T:
    """``store.write`` again when a concurrent writer took the same number
    (PostgreSQL; the unique index on station/year/seq reports it)."""
    for attempt in range(NUMBER_ATTEMPTS):
        try:
            return store.write(fn)
        except IntegrityError:
            if attempt == NUMBER_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def _open_problem(actor: Actor, clean: CleanReport) -> None:
    if clean.new_problem is None:
        return
    cols = clean.columns
    problem = store.create(
        actor,
        Problem,
        {
            "station": actor.station_id,
            "kelurahan": cols["kelurahan"],
            "rw": cols["rw"],
            "opened": cols["date"],
            "status": "terbuka",
            **clean.new_problem,
        },
    )
    cols["problem"] = problem.id


def create_report(actor: Actor, data: ReportInput, submit: bool = False) -> SavedReport:
    """Check and store a new report with its next running number; link the
    plan it realises. Warnings name reports with the same text."""
    actor.require_write()
    notes: list[str] = []

    def run() -> Report:
        notes.clear()
        clean = check(actor, data)
        cols = clean.columns
        report_numbers.lock_year(actor.station_id, cols["year"])
        _open_problem(actor, clean)
        now = clock.now()
        seq = report_numbers.next_report_seq(actor.station_id, cols["year"])
        report = Report.create(
            station=actor.station_id,
            seq=seq,
            number=report_numbers.report_number(seq, cols["date"]),
            status="diajukan" if submit else "draft",
            created_by=actor.os_user,
            created_at=now,
            updated_by=actor.os_user,
            updated_at=now,
            **cols,
        )
        report_children.write(report, clean)
        search_text.refresh(report.id)
        notes.extend(_link_plan(actor, clean, report.id))
        audit.record(
            actor, "create", "report", report.id, None, report_children.snapshot(report.id)
        )
        return report

    report = _write_numbered(run)
    return _saved_with(report, notes, duplicate_warnings(actor, data, exclude_id=report.id))


def update_report(
    actor: Actor, report_id: int, version: int, data: ReportInput, submit: bool = False
) -> SavedReport:
    """Save an edit made on ``version``; ``ConflictError`` lists what differs
    when someone saved in between. Children are replaced as given."""
    actor.require_write()
    notes: list[str] = []

    def run() -> Report:
        notes.clear()
        current = live_report(actor, report_id)
        require_edit(actor, current)
        if current.version != version:
            raise conflict_for(current, data)
        existing = _existing(report_id)
        clean = check(actor, data, existing)
        cols = clean.columns
        old = report_children.snapshot(report_id)
        _open_problem(actor, clean)
        seq = current.seq
        if cols["year"] != current.year:
            report_numbers.lock_year(actor.station_id, cols["year"])
            seq = report_numbers.next_report_seq(actor.station_id, cols["year"])
        values: dict[str, Any] = {
            **cols,
            "seq": seq,
            "number": report_numbers.report_number(seq, cols["date"]),
            "updated_by": actor.os_user,
            "updated_at": clock.now(),
        }
        if submit and current.status in ("draft", "dikembalikan"):
            require_author(actor, current)
            values["status"] = "diajukan"
        count = (
            Report.update(**values, version=Report.version + 1)
            .where((Report.id == report_id) & (Report.version == version))
            .execute()
        )
        if count != 1:
            raise conflict_for(Report.get_by_id(report_id), data)
        old_li = report_children.clear(report_id)
        report = Report.get_by_id(report_id)
        keep = old_li if cols["year"] == current.year else None
        report_children.write(report, clean, keep_li_seq=keep)
        search_text.refresh(report_id)
        notes.extend(_link_plan(actor, clean, report_id))
        audit.record(actor, "update", "report", report_id, old, report_children.snapshot(report_id))
        return Report.get_by_id(report_id)

    report = _write_numbered(run)
    return _saved_with(report, notes, duplicate_warnings(actor, data, exclude_id=report.id))


def _link_plan(actor: Actor, clean: CleanReport, report_id: int) -> list[str]:
    """Link the plan the report realises; why a plan asked for is left as it
    is (changed at another desk meanwhile: ``plan_link``)."""
    if clean.plan_warning is not None:
        return [str(clean.plan_warning)]
    if not report_children.link_plan(actor, clean.plan_id, report_id, clean.plan_version):
        return [t("reports.warn.plan_changed")]
    return []


def _saved_with(report: Report, plan_notes: list[str], warnings: list[str]) -> SavedReport:
    """The saved report; a plan left as it is is said first."""
    result = saved(report, plan_notes + warnings)
    result.plan_left = bool(plan_notes)
    return result


_TEXT_FIELDS = {
    "place": False,
    "narrative": True,
    "message": True,
    "findings": True,
    "follow_up": True,
    "quote_by": False,
    "quote_text": True,
}
_NOT_COMPARED = {"plan_id", "plan_version", "new_problem"}


def _normalised(data: ReportInput) -> dict[str, Any]:
    texts: dict[str, Any] = {
        k: clean_text(getattr(data, k), multiline=m) for k, m in _TEXT_FIELDS.items()
    }
    values = replace(data, **texts).to_json()
    values["audience"] = {
        k: (None if v == "" else v) for k, v in (values.get("audience") or {}).items()
    }
    for key in ("officer_ids", "type_ids", "contact_ids"):
        values[key] = list(dict.fromkeys(values.get(key) or []))
    return values


def conflict_for(current: Report, data: ReportInput) -> ConflictError:
    """A conflict naming each form field (children included) where the
    stored report differs from what this person wants to save."""
    theirs = _normalised(report_children.read_input(current))
    mine = _normalised(data)
    changes = [
        Change(key, mine.get(key), theirs.get(key))
        for key in mine
        if key not in _NOT_COMPARED and mine.get(key) != theirs.get(key)
    ]
    return ConflictError(
        "report",
        current.id,
        changes,
        by=store.person_of(current.updated_by or ""),
        at=current.updated_at,
        current_version=current.version,
        by_login=current.updated_by or "",
    )


def stale_conflict(
    actor: Actor, report_id: int, base_version: int | None, data: ReportInput
) -> ConflictError | None:
    """What a form restored from a draft would overwrite: the conflict (as a
    save would raise it) when the report was saved again after the draft's
    ``base_version`` and differs from ``data``; None when saving ``data``
    over it loses nothing. A draft kept before drafts recorded their version
    (``None``) is taken as typed on the first version: any later save is a
    conflict, never overwritten unseen."""
    current = live_report(actor, report_id)
    base = 1 if base_version is None else base_version
    if current.version == base:
        return None
    error = conflict_for(current, data)
    return error if error.changes else None


def load_input(report_id: int, actor: Actor | None = None) -> EditableReport:
    """A stored report as the entry form edits it; with ``actor``, whether
    they may submit it (its authors only)."""
    report = Report.get_or_none((Report.id == report_id) & (Report.deleted_at.is_null()))
    if report is None:
        raise NotFound("reports.err.not_found_deleted", id=report_id)
    return EditableReport(
        report_children.read_input(report),
        report.version,
        report.number,
        report.status,
        may_submit=actor is None or is_own(actor, report),
    )


def _month(day: dt.date) -> tuple[dt.date, dt.date]:
    start = day.replace(day=1)
    following = (start + dt.timedelta(days=32)).replace(day=1)
    return start, following


def duplicate_warnings(actor: Actor, data: ReportInput, exclude_id: int | None = None) -> list[str]:
    """Remarks (not errors) when the narrative or message is identical to
    another report by the same lead officer in the same month."""
    return [text for _, text in duplicate_remarks(actor, data, exclude_id)]


def duplicate_remarks(
    actor: Actor, data: ReportInput, exclude_id: int | None = None
) -> list[tuple[str, str]]:
    """``duplicate_warnings`` with the field each is about (``narrative``,
    ``message``), for the form to show it there in any language."""
    if not data.officer_ids or data.date is None:
        return []
    narrative = clean_text(data.narrative, multiline=True)
    message = clean_text(data.message, multiline=True)
    if not narrative and not message:
        return []
    start, following = _month(data.date)
    same_text = None
    if narrative:
        same_text = Report.narrative == narrative
    if message:
        cond = Report.message == message
        same_text = cond if same_text is None else (same_text | cond)
    query = (
        Report.select(Report.id, Report.number, Report.date, Report.narrative, Report.message)
        .join(ReportOfficer, on=(ReportOfficer.report == Report.id))
        .where(
            (ReportOfficer.officer == data.officer_ids[0])
            & (ReportOfficer.position == 0)
            & (Report.station == actor.station_id)
            & (Report.deleted_at.is_null())
            & (Report.date >= start)
            & (Report.date < following)
            & same_text
        )
        .order_by(Report.date, Report.id)
        .limit(5)
    )
    if exclude_id is not None:
        query = query.where(Report.id != exclude_id)
    out: list[tuple[str, str]] = []
    for row in query:
        if narrative and row.narrative == narrative:
            text = t("reports.warn.same_narrative", number=row.number, day=row.date)
            out.append(("narrative", text))
        if message and row.message == message:
            out.append(("message", t("reports.warn.same_message", number=row.number, day=row.date)))
    return out
