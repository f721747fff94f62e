"""Who may change a report.

- A login without an officer is read-only (``Actor.read_only``).
- Anyone who may write (desk, Bhabinkamtibmas with a login) enters reports and
  edits, submits or deletes *their own*: reports they typed
  (``created_by`` is their login) or reports on which their officer is listed.
  A desk officer fixing another desk's report asks the Kanit; this keeps each
  report's author accountable, as issue 6 asks ("edit own drafts and reports").
- Kanit Binmas, Kapolsek and Wakapolsek (``Actor.can_review``) edit any
  report and verify or return it (``report_review``: never their own).
- Admins edit any report that is not verified; an admin is not a reviewer.
- A verified report is locked: only a reviewer may change or delete it.
"""

from __future__ import annotations

from sambang_tui.db.models import Report, ReportOfficer
from sambang_tui.services.actor import WHO_REVIEWS, Actor
from sambang_tui.services.errors import NotFound, PermissionDenied


def live_report(actor: Actor, report_id: int) -> Report:
    """The station's report, not deleted, else ``NotFound``."""
    row = Report.get_or_none(
        (Report.id == report_id)
        & (Report.station == actor.station_id)
        & (Report.deleted_at.is_null())
    )
    if row is None:
        raise NotFound(f"Laporan #{report_id} tidak ditemukan (mungkin sudah dihapus).")
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


def require_edit(actor: Actor, report: Report) -> None:
    """Raise ``PermissionDenied`` unless ``actor`` may change ``report``."""
    actor.require_write()
    if actor.can_review:
        return
    if report.status == "diverifikasi":
        raise PermissionDenied(
            f"Laporan {report.number} sudah diverifikasi dan terkunci; "
            f"hanya {WHO_REVIEWS} yang dapat mengubahnya."
        )
    if actor.can_admin:
        return
    if not is_own(actor, report):
        who = report.created_by or "petugas lain"
        raise PermissionDenied(
            f"Laporan {report.number} dibuat oleh {who}; hanya pembuatnya, personelnya, "
            f"admin, atau {WHO_REVIEWS} yang dapat mengubahnya."
        )


def can_edit(actor: Actor, report: Report) -> bool:
    try:
        require_edit(actor, report)
    except PermissionDenied:
        return False
    return True
