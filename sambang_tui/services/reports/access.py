"""Who may change a report.

- A login without an officer is read-only (``Actor.read_only``).
- Anyone who may write (desk, Bhabinkamtibmas with a login) enters reports and
  edits, submits or deletes *their own*: reports they typed
  (``created_by`` is their login) or reports on which their officer is listed
  (``is_own``: the report's authors).
- Only its authors submit a report (``require_author``), whoever else may
  edit it: a reviewer who returns a report cannot submit it again and verify
  it himself; the author sees the note and submits. A station server's
  trigger holds the same rule (``db/pg/guards.py``).
  A desk officer fixing another desk's report asks the Kanit; this keeps each
  report's author accountable, as issue 6 asks ("edit own drafts and reports").
- Kanit Binmas, Kapolsek and Wakapolsek (``Actor.can_review``) edit any
  report and verify or return it (``review``: never their own).
- Admins edit any report that is not verified; an admin is not a reviewer.
- A verified report is locked: only a reviewer may change or delete it. On a
  PostgreSQL station server, as its database enforces: not even a reviewer
  until it is returned, and a submitted report only by a reviewer.

Who may read an informant's identity in a Laporan Informasi (its source, the
relation to the source, contact details written there, how it was
obtained) is decided here too, once, for every place it could show: the
report detail, the documents, the CLI, exports and the audit view
(``may_see_informant``). On a PostgreSQL station server the database also
withholds those columns (issue 12).
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sambang_tui.db.models import Report, ReportOfficer
from sambang_tui.db.pg import session as pg_session
from sambang_tui.services.core.actor import WHO_REVIEWS, Actor
from sambang_tui.services.core.errors import Msg, NotFound, PermissionDenied


def live_report(actor: Actor, report_id: int) -> Report:
    """The station's report, not deleted, else ``NotFound``."""
    row = Report.get_or_none(
        (Report.id == report_id)
        & (Report.station == actor.station_id)
        & (Report.deleted_at.is_null())
    )
    if row is None:
        raise NotFound("reports.err.not_found_deleted", id=report_id)
    return row


def is_own(actor: Actor, report: Report) -> bool:
    if report.created_by == actor.os_user:
        return True
    if actor.officer_id is None:
        return False
    return (
        ReportOfficer.select()
        .where((ReportOfficer.report == report.id) & (ReportOfficer.officer == actor.officer_id))
        .exists()
    )


def require_author(actor: Actor, report: Report) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` is one of ``report``'s
    authors (``is_own``), the only ones who submit it."""
    if not is_own(actor, report):
        raise PermissionDenied(
            "reports.err.not_author",
            number=report.number,
            who=report.created_by or Msg("reports.err.another_officer"),
        )


def submit_refusal(actor: Actor, report: Report) -> str:
    """Why ``actor`` may not submit ``report`` as it stands ("" when they
    may, or when its status is not one submitted from)."""
    if report.status not in ("draft", "dikembalikan"):
        return ""
    try:
        require_edit(actor, report)
        require_author(actor, report)
    except PermissionDenied as exc:
        return exc.message
    return ""


def require_edit(actor: Actor, report: Report) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` may change ``report``."""
    actor.require_write()
    if pg_session.managed():
        _require_station_server_edit(actor, report)
    if actor.can_review:
        return
    if report.status == "diverifikasi":
        raise PermissionDenied(
            "reports.err.locked", number=report.number, reviewers=Msg(WHO_REVIEWS)
        )
    if actor.can_admin:
        return
    if not is_own(actor, report):
        raise PermissionDenied(
            "reports.err.not_yours",
            number=report.number,
            who=report.created_by or Msg("reports.err.another_officer"),
            reviewers=Msg(WHO_REVIEWS),
        )


def _require_station_server_edit(actor: Actor, report: Report) -> None:
    """A station server's database allows less, and the app says so first:
    a verified report changes only after a reviewer returns it (reviewers
    too), a submitted one only by a reviewer."""
    if report.status == "diverifikasi":
        raise PermissionDenied(
            "reports.err.locked_on_server", number=report.number, reviewers=Msg(WHO_REVIEWS)
        )
    if report.status == "diajukan" and not actor.can_review:
        raise PermissionDenied(
            "reports.err.submitted_on_server", number=report.number, reviewers=Msg(WHO_REVIEWS)
        )


def edit_refusal(actor: Actor, report: Report) -> str:
    """Why ``actor`` may not change ``report`` ("" when they may)."""
    try:
        require_edit(actor, report)
    except PermissionDenied as exc:
        return exc.message
    return ""


def can_edit(actor: Actor, report: Report) -> bool:
    return not edit_refusal(actor, report)


RESTRICTED = "(dibatasi)"
INFORMANT_FIELDS = ("source", "source_relation", "how_obtained")
T = TypeVar("T")


def may_see_informant(actor: Actor, report: Report | int) -> bool:
    """Reviewers, admins and the reporting officers (those listed on the
    report, and the desk who typed it) see who the informant is; everyone
    else sees ``RESTRICTED``."""
    if actor.can_review or actor.can_admin:
        return True
    if isinstance(report, int):
        found = Report.get_or_none(Report.id == report)
        if found is None:
            return False
        report = found
    return is_own(actor, report)


def restrict_informant(value: T) -> T:
    """``value`` (a dataclass or a dict of a Laporan Informasi) with the
    informant's fields replaced by ``RESTRICTED``."""
    if isinstance(value, dict):
        return {k: (RESTRICTED if k in INFORMANT_FIELDS and v else v) for k, v in value.items()}  # type: ignore[return-value]
    changes: dict[str, Any] = {f: RESTRICTED for f in INFORMANT_FIELDS if getattr(value, f, "")}
    return dataclasses.replace(value, **changes)  # type: ignore[type-var]


def detail_for(actor: Actor, report_id: int) -> Any:
    """The report detail as ``actor`` may read it (``report_detail.get_detail``
    with the informant restricted unless ``may_see_informant``)."""
    from sambang_tui.services.reports.detail import get_detail

    detail = get_detail(report_id)
    report = Report.get_by_id(report_id)
    if detail.information is not None and not may_see_informant(actor, report):
        detail = dataclasses.replace(detail, information=restrict_informant(detail.information))
    return dataclasses.replace(
        detail,
        edit_refusal=edit_refusal(actor, report),
        submit_refusal=submit_refusal(actor, report),
    )
