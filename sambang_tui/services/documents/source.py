"""The facts of one report as the documents print them, read straight from
the models (a handful of small queries per report)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from peewee import JOIN

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Attachment,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Problem,
    Report,
    ReportAudience,
    ReportContact,
    ReportOfficer,
    ReportType,
    Station,
)
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import NotFound
from sambang_tui.services.master.people import RankNamed
from sambang_tui.services.reports import informant
from sambang_tui.services.reports.access import may_see_informant, restrict_informant
from sambang_tui.services.reports.numbers import information_number


@dataclass(frozen=True)
class OfficerFacts(RankNamed):
    rank: str
    name: str
    nrp: str


@dataclass(frozen=True)
class InfoFacts:
    number: str
    field: str
    subject: str
    source: str
    source_relation: str
    how_obtained: str
    obtained_at: dt.datetime | None
    reliability: str
    accuracy: str
    facts: str
    assessment: str


@dataclass
class ReportFacts:
    id: int
    number: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    types: list[tuple[str, str]]  # (code, name), first = main type
    form_kind: str
    officers: list[OfficerFacts]
    kelurahan: str
    kelurahan_kind: str
    kecamatan: str
    city: str
    rw: int | None
    rt: int | None
    place: str
    narrative: str
    message: str
    findings: str
    threat_level: str
    situation: str
    follow_up: str
    quote_by: str
    quote_text: str
    status: str
    operation: str
    problem: str
    audience: list[tuple[str, int | None]] = field(default_factory=list)
    contacts: list[tuple[str, str]] = field(default_factory=list)  # (name, category)
    attachments: list[tuple[Path, str]] = field(default_factory=list)  # (path, caption)
    information: InfoFacts | None = None
    station: Station | None = None
    operation_warrant: str = ""  # the operation's Surat Perintah

    @property
    def area(self) -> str:
        """``RT 01 RW 06`` (what is known of it)."""
        parts = []
        if self.rt is not None:
            parts.append(f"RT {self.rt:02d}")
        if self.rw is not None:
            parts.append(f"RW {self.rw:02d}")
        return " ".join(parts)

    @property
    def type_names(self) -> str:
        names = [name for _, name in self.types]
        if len(names) <= 1:
            return "".join(names)
        return ", ".join(names[:-1]) + " dan " + names[-1]

    @property
    def time_range(self) -> str:
        if self.start_time is None:
            return ""
        start = self.start_time.strftime("%H.%M")
        end = f" s.d. {self.end_time.strftime('%H.%M')}" if self.end_time else " s.d. selesai"
        return f"{start}{end} WIB"


def find_report(actor: Actor, number: str) -> int:
    """The id of a non-deleted report of the actor's station by the number
    typed (``LK/17/XII/2024``, ``17/XII/2024``, ``17``), never by database id."""
    from sambang_tui.services.reports.find import find_report as by_number

    return by_number(actor, number)


def _path(raw: str, attachments_root: Path | None) -> Path:
    path = Path(raw)
    if path.is_absolute():
        return path
    if attachments_root is not None:
        return attachments_root / path
    from sambang_tui.services.reports.attachments import resolve

    return resolve(raw)


def load(actor: Actor, report_id: int, attachments_root: Path | None = None) -> ReportFacts:
    report = (
        Report.select(Report, Kelurahan, RW, RT)
        .join(Kelurahan)
        .switch(Report)
        .join(RW, join_type=JOIN.LEFT_OUTER, on=(Report.rw == RW.id))
        .switch(Report)
        .join(RT, join_type=JOIN.LEFT_OUTER, on=(Report.rt == RT.id))
        .where(
            (Report.id == report_id)
            & (Report.station == actor.station_id)
            & Report.deleted_at.is_null()
        )
        .first()
    )
    if report is None:
        raise NotFound("documents.err.report_not_found", id=report_id)
    types = list(
        ReportType.select(ActivityType.code, ActivityType.name, ActivityType.form_kind)
        .join(ActivityType)
        .where(ReportType.report == report.id)
        .order_by(ReportType.position)
        .tuples()
    )
    if not types:
        main = ActivityType.get_by_id(report.activity_type_id)
        types = [(main.code, main.name, main.form_kind)]
    officers = [
        OfficerFacts(rank, name, nrp)
        for rank, name, nrp in ReportOfficer.select(Officer.rank, Officer.name, Officer.nrp)
        .join(Officer)
        .where(ReportOfficer.report == report.id)
        .order_by(ReportOfficer.position)
        .tuples()
    ]
    audience = list(
        ReportAudience.select(ReportAudience.category, ReportAudience.count)
        .where(ReportAudience.report == report.id)
        .order_by(ReportAudience.id)
        .tuples()
    )
    contacts = list(
        ReportContact.select(Contact.name, Contact.category)
        .join(Contact)
        .where(ReportContact.report == report.id)
        .order_by(Contact.name)
        .tuples()
    )
    attachments = [
        (_path(p, attachments_root), caption or name)
        for p, caption, name in Attachment.select(
            Attachment.path, Attachment.caption, Attachment.original_name
        )
        .where(Attachment.report == report.id)
        .order_by(Attachment.id)
        .tuples()
    ]
    info_row = informant.information_row(report.id)
    info = None
    if info_row is not None:
        info = InfoFacts(
            information_number(info_row.seq, report.date),
            info_row.field,
            info_row.subject,
            info_row.source,
            info_row.source_relation,
            info_row.how_obtained,
            info_row.obtained_at,
            info_row.reliability,
            info_row.accuracy,
            info_row.facts,
            info_row.assessment,
        )
        if not may_see_informant(actor, report):
            info = restrict_informant(info)
    operation, operation_warrant = (
        Operation.select(Operation.name, Operation.warrant)
        .where(Operation.id == report.operation_id)
        .tuples()
        .first()
        if report.operation_id
        else None
    ) or ("", "")
    problem = (
        Problem.select(Problem.title).where(Problem.id == report.problem_id).scalar()
        if report.problem_id
        else ""
    )
    kel = report.kelurahan
    return ReportFacts(
        id=report.id,
        number=report.number,
        date=report.date,
        start_time=report.start_time,
        end_time=report.end_time,
        types=[(c, n) for c, n, _ in types],
        form_kind=types[0][2],
        officers=officers,
        kelurahan=kel.name,
        kelurahan_kind=kel.kind,
        kecamatan=kel.kecamatan,
        city=kel.city,
        rw=report.rw.number if report.rw_id else None,
        rt=report.rt.number if report.rt_id else None,
        place=report.place,
        narrative=report.narrative,
        message=report.message,
        findings=report.findings,
        threat_level=report.threat_level,
        situation=report.situation,
        follow_up=report.follow_up,
        quote_by=report.quote_by,
        quote_text=report.quote_text,
        status=report.status,
        operation=operation or "",
        problem=problem or "",
        audience=audience,
        contacts=contacts,
        attachments=attachments,
        information=info,
        station=Station.get_by_id(report.station_id),
        operation_warrant=operation_warrant or "",
    )


def station(actor: Actor) -> Station:
    return Station.get_by_id(actor.station_id)
