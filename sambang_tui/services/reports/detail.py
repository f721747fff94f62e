"""One report with everything resolved: names instead of ids, the area
written out, the LI number, attachments on disk. The one read model of a
report, for the detail screen and the documents alike (``documents.source``
reads it through ``access.detail_for``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Attachment,
    Contact,
    Household,
    Kelurahan,
    Officer,
    Operation,
    Opinion,
    Plan,
    Problem,
    Report,
    ReportAudience,
    ReportContact,
    ReportOfficer,
    ReportType,
    Station,
)
from sambang_tui.db.vocab import AUDIENCE_CATEGORIES
from sambang_tui.services.core.errors import NotFound
from sambang_tui.services.master.people import RankNamed, names_by_login
from sambang_tui.services.reports import informant
from sambang_tui.services.reports.attachments import AttachmentInfo, resolve
from sambang_tui.services.reports.numbers import information_number


@dataclass(frozen=True)
class OfficerInfo(RankNamed):
    id: int
    rank: str
    name: str
    nrp: str
    role: str = ""
    phone: str = ""


@dataclass(frozen=True)
class TypeInfo:
    id: int
    code: str
    name: str
    form_kind: str


@dataclass(frozen=True)
class AreaInfo:
    id: int
    name: str
    kind: str
    kecamatan: str
    city: str

    @property
    def label(self) -> str:
        """``Kelurahan Paseban``."""
        return f"{'Desa' if self.kind == 'desa' else 'Kelurahan'} {self.name}"


@dataclass(frozen=True)
class AudienceItem:
    category: str
    count: int | None


@dataclass(frozen=True)
class ContactInfo:
    id: int
    name: str
    category: str
    phone: str


@dataclass(frozen=True)
class OperationInfo:
    id: int
    name: str
    start: dt.date
    end: dt.date
    warrant: str = ""  # its Surat Perintah, the Dasar of its reports


@dataclass(frozen=True)
class ProblemInfo:
    id: int
    title: str
    field: str
    parties: str
    description: str
    status: str
    opened: dt.date
    closed: dt.date | None
    resolution: str


@dataclass(frozen=True)
class InformationDetail:
    number: str
    seq: int
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

    @property
    def grade(self) -> str:
        """``B2``, the credibility grade."""
        return f"{self.reliability}{self.accuracy}"


@dataclass(frozen=True)
class OpinionDetail:
    kind: str
    field: str
    text: str


@dataclass(frozen=True)
class HouseholdDetail:
    head_name: str
    address: str
    opinions: tuple[OpinionDetail, ...]


@dataclass(frozen=True)
class StationInfo:
    name: str
    polres: str
    polda: str
    address: str
    city: str
    humas_signoff: str
    kapolsek: OfficerInfo | None


@dataclass
class ReportDetail:
    id: int
    number: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    types: list[TypeInfo]
    officers: list[OfficerInfo]
    kelurahan: AreaInfo
    rw: int | None
    rt: int | None
    place: str
    audience: list[AudienceItem]
    contacts: list[ContactInfo]
    narrative: str
    message: str
    findings: str
    threat_level: str
    situation: str
    follow_up: str
    quote_by: str
    quote_text: str
    operation: OperationInfo | None
    problem: ProblemInfo | None
    information: InformationDetail | None
    households: list[HouseholdDetail]
    attachments: list[AttachmentInfo]
    status: str
    reviewer: OfficerInfo | None
    review_note: str
    reviewed_at: dt.datetime | None
    created_by: str
    created_at: dt.datetime
    updated_by: str
    updated_at: dt.datetime
    version: int
    station: StationInfo
    plan_ids: list[int] = field(default_factory=list)
    deleted_at: dt.datetime | None = None
    # the officers behind the logins above ("Brigpol Rina Marlina", not "desk1")
    created_by_name: str = ""
    updated_by_name: str = ""
    # why the reader may not change it ("" when they may): set by access.detail_for
    edit_refusal: str = ""
    # why the reader may not submit it ("" when they may, or it is not a draft
    # or returned): only its authors submit (access.require_author)
    submit_refusal: str = ""

    @property
    def lead(self) -> OfficerInfo | None:
        return self.officers[0] if self.officers else None

    @property
    def type_names(self) -> str:
        """``Sambang, Cooling System``."""
        return ", ".join(t.name for t in self.types)

    @property
    def area_text(self) -> str:
        """``RT 01 RW 06``, ``RW 06`` or empty."""
        parts = []
        if self.rt is not None:
            parts.append(f"RT {self.rt:02d}")
        if self.rw is not None:
            parts.append(f"RW {self.rw:02d}")
        return " ".join(parts)

    @property
    def audience_total(self) -> int:
        return sum(a.count or 0 for a in self.audience)


def _officer(o: Officer | None) -> OfficerInfo | None:
    if o is None:
        return None
    return OfficerInfo(o.id, o.rank, o.name, o.nrp, o.role, o.phone)


def get_detail(report_id: int) -> ReportDetail:
    """Everything about one report, resolved; ``NotFound`` if there is none.
    A soft-deleted report is still returned, with ``deleted_at`` set."""
    report = Report.get_or_none(Report.id == report_id)
    if report is None:
        raise NotFound("reports.err.not_found", id=report_id)
    rid = report.id
    types = [
        TypeInfo(t.id, t.code, t.name, t.form_kind)
        for t in ActivityType.select()
        .join(ReportType)
        .where(ReportType.report == rid)
        .order_by(ReportType.position, ReportType.id)
    ]
    if not types:  # written before reports had several types
        main = ActivityType.get_by_id(report.activity_type_id)
        types = [TypeInfo(main.id, main.code, main.name, main.form_kind)]
    officers = [
        _officer(o)
        for o in Officer.select()
        .join(ReportOfficer)
        .where(ReportOfficer.report == rid)
        .order_by(ReportOfficer.position, ReportOfficer.id)
    ]
    kel = Kelurahan.get_by_id(report.kelurahan_id)
    order = {c: i for i, c in enumerate(AUDIENCE_CATEGORIES)}
    audience = sorted(
        (
            AudienceItem(a.category, a.count)
            for a in ReportAudience.select().where(ReportAudience.report == rid)
        ),
        key=lambda a: order.get(a.category, len(order)),
    )
    contacts = [
        ContactInfo(c.id, c.name, c.category, c.phone)
        for c in Contact.select()
        .join(ReportContact)
        .where(ReportContact.report == rid)
        .order_by(ReportContact.id)
    ]
    op = Operation.get_or_none(Operation.id == report.operation_id) if report.operation_id else None
    pr = Problem.get_or_none(Problem.id == report.problem_id) if report.problem_id else None
    info = informant.information_row(rid)
    information = None
    if info is not None:
        information = InformationDetail(
            number=information_number(info.seq, report.date),
            seq=info.seq,
            field=info.field,
            subject=info.subject,
            source=info.source,
            source_relation=info.source_relation,
            how_obtained=info.how_obtained,
            obtained_at=info.obtained_at,
            reliability=info.reliability,
            accuracy=info.accuracy,
            facts=info.facts,
            assessment=info.assessment,
        )
    households = []
    for house in Household.select().where(Household.report == rid).order_by(Household.position):
        opinions = tuple(
            OpinionDetail(o.kind, o.field, o.text)
            for o in Opinion.select().where(Opinion.household == house.id).order_by(Opinion.id)
        )
        households.append(HouseholdDetail(house.head_name, house.address, opinions))
    attachments = [
        AttachmentInfo(
            a.id, resolve(a.path), a.original_name, a.sha256, a.size, a.caption, a.created_at
        )
        for a in Attachment.select().where(Attachment.report == rid).order_by(Attachment.id)
    ]
    station = Station.get_by_id(report.station_id)
    kapolsek = (
        Officer.get_or_none(Officer.id == station.kapolsek_id) if station.kapolsek_id else None
    )
    reviewer = Officer.get_or_none(Officer.id == report.reviewer_id) if report.reviewer_id else None
    names = names_by_login(report.station_id, [report.created_by, report.updated_by])
    return ReportDetail(
        id=rid,
        number=report.number,
        date=report.date,
        start_time=report.start_time,
        end_time=report.end_time,
        types=types,
        officers=[o for o in officers if o is not None],
        kelurahan=AreaInfo(kel.id, kel.name, kel.kind, kel.kecamatan, kel.city),
        rw=RW.get_by_id(report.rw_id).number if report.rw_id else None,
        rt=RT.get_by_id(report.rt_id).number if report.rt_id else None,
        place=report.place,
        audience=audience,
        contacts=contacts,
        narrative=report.narrative,
        message=report.message,
        findings=report.findings,
        threat_level=report.threat_level,
        situation=report.situation,
        follow_up=report.follow_up,
        quote_by=report.quote_by,
        quote_text=report.quote_text,
        operation=OperationInfo(op.id, op.name, op.start, op.end, op.warrant) if op else None,
        problem=(
            ProblemInfo(
                pr.id,
                pr.title,
                pr.field,
                pr.parties,
                pr.description,
                pr.status,
                pr.opened,
                pr.closed,
                pr.resolution,
            )
            if pr
            else None
        ),
        information=information,
        households=households,
        attachments=attachments,
        status=report.status,
        reviewer=_officer(reviewer),
        review_note=report.review_note,
        reviewed_at=report.reviewed_at,
        created_by=report.created_by,
        created_at=report.created_at,
        updated_by=report.updated_by,
        updated_at=report.updated_at,
        version=report.version,
        station=StationInfo(
            station.name,
            station.polres,
            station.polda,
            station.address,
            station.city,
            station.humas_signoff,
            _officer(kapolsek),
        ),
        plan_ids=[p.id for p in Plan.select(Plan.id).where(Plan.report == rid).order_by(Plan.id)],
        deleted_at=report.deleted_at,
        created_by_name=names.get(report.created_by, report.created_by),
        updated_by_name=names.get(report.updated_by, report.updated_by),
    )
