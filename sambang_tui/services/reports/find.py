"""A report found by the number a desk officer types: the whole number
(``LK/320/XI/2026``), the number without its prefix (``320/XI/2026``,
``320/2026``) or only the running number (``320``: this year's report 320,
else the latest earlier year's). The database id is never taken for a
number: ``320`` once opened another report whose id happened to be 320."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sambang_tui.db.models import (
    ActivityType,
    InformationReport,
    Kelurahan,
    Officer,
    Report,
    ReportOfficer,
    ReportType,
)
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import NotFound
from sambang_tui.services.master.people import rank_name

_PARTS = re.compile(r"^(?:LK\s*/\s*)?(\d{1,7})(?:\s*/\s*([IVXLC]+))?(?:\s*/\s*(\d{4}))?$", re.I)


@dataclass(frozen=True)
class FoundReport:
    id: int
    number: str
    date: dt.date
    type_codes: str
    kelurahan: str
    informasi: bool = False  # a deteksi dini report: its document is the Laporan Informasi
    reporter: str = ""  # the lead officer ("Bripka Agus Setiawan"), who signs its Informasi


def find_report(actor: Actor, text: str) -> int:
    """The id of the live report of the actor's station that ``text``
    names; ``NotFound`` when none does."""
    return describe(actor, text).id


def describe(actor: Actor, text: str) -> FoundReport:
    """The report ``text`` names, with what a person checks it by."""
    typed = " ".join(str(text).split())
    live = (Report.station == actor.station_id) & Report.deleted_at.is_null()
    query = Report.select(Report.id, Report.number, Report.date, Report.kelurahan).where(live)
    found = query.where(Report.number == typed).first()
    parts = _PARTS.match(typed)
    if found is None and parts:
        seq, month, year = parts.groups()
        query = query.where(Report.seq == int(seq))
        if year:
            query = query.where(Report.year == int(year))
        else:
            query = query.where(Report.year <= clock.today().year)
        candidates = query.order_by(Report.year.desc(), Report.id.desc())
        for row in candidates:
            if month is None or row.number.split("/")[2].upper() == month.upper():
                found = row
                break
    if found is None:
        raise NotFound("reports.err.number_not_found", text=typed)
    codes = [
        code
        for (code,) in tuple_rows(
            ReportType.select(ActivityType.code)
            .join(ActivityType)
            .where(ReportType.report == found.id)
            .order_by(ReportType.position, ReportType.id)
        )
    ]
    kelurahan = Kelurahan.get_by_id(found.kelurahan_id).name
    informasi = InformationReport.select().where(InformationReport.report == found.id).exists()
    reporter = lead_officers([found.id]).get(found.id, "")
    return FoundReport(
        found.id, found.number, found.date, "+".join(codes), kelurahan, bool(informasi), reporter
    )


def lead_officers(report_ids: list[int]) -> dict[int, str]:
    """The first officer of each report, rank and name, in one query."""
    if not report_ids:
        return {}
    leads: dict[int, str] = {}
    rows = tuple_rows(
        ReportOfficer.select(ReportOfficer.report, Officer.rank, Officer.name)
        .join(Officer, on=(ReportOfficer.officer == Officer.id))
        .where(ReportOfficer.report.in_(report_ids))
        .order_by(ReportOfficer.report, ReportOfficer.position, ReportOfficer.id)
    )
    for report_id, rank, name in rows:
        leads.setdefault(report_id, rank_name(rank, name))
    return leads
