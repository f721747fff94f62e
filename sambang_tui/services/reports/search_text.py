"""The text a report is found by: number, place, narrative, message,
findings, officer names, kelurahan, types and contacts, folded to lower case.
Kept in ``report.search_text`` and indexed (FTS5 / PostgreSQL tsvector)."""

from __future__ import annotations

from sambang_tui.db.models import (
    ActivityType,
    Contact,
    Kelurahan,
    Officer,
    Report,
    ReportContact,
    ReportOfficer,
    ReportType,
)


def compose(*parts: object) -> str:
    return " ".join(str(p) for p in parts if p not in (None, "")).lower()


def for_report(report: Report) -> str:
    officers = (
        Officer.select(Officer.name, Officer.nrp)
        .join(ReportOfficer)
        .where(ReportOfficer.report == report.id)
    )
    types = (
        ActivityType.select(ActivityType.code, ActivityType.name)
        .join(ReportType)
        .where(ReportType.report == report.id)
    )
    contacts = (
        Contact.select(Contact.name).join(ReportContact).where(ReportContact.report == report.id)
    )
    kelurahan = Kelurahan.get_by_id(report.kelurahan_id).name
    return compose(
        report.number,
        report.place,
        kelurahan,
        *(f"{o.name} {o.nrp}" for o in officers),
        *(f"{t.code} {t.name}" for t in types),
        *(c.name for c in contacts),
        report.narrative,
        report.message,
        report.findings,
        report.quote_by,
    )


def refresh(report_id: int) -> None:
    """Recompute and store a report's search text; call inside the write."""
    report = Report.get_by_id(report_id)
    Report.update(search_text=for_report(report)).where(Report.id == report_id).execute()
