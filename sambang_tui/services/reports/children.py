"""Writing and reading the child rows of a report: types, officers (first is
the lead), audience counts, contacts, the Laporan Informasi part and DDS
households, plus the snapshot of it all that the audit trail keeps."""

from __future__ import annotations

from typing import Any

from sambang_tui.db.models import (
    RT,
    RW,
    Household,
    InformationReport,
    Opinion,
    Plan,
    Report,
    ReportAudience,
    ReportContact,
    ReportOfficer,
    ReportType,
)
from sambang_tui.db.vocab import AUDIENCE_CATEGORIES
from sambang_tui.services.core import audit, clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.reports import informant
from sambang_tui.services.reports import numbers as report_numbers
from sambang_tui.services.reports.check import CleanReport
from sambang_tui.services.reports.input import (
    HouseholdInput,
    InformationInput,
    OpinionInput,
    ReportInput,
)


def clear(report_id: int) -> int | None:
    """Delete the children of a report; return the old LI number (seq) if any,
    so an edit keeps it."""
    old_seq: int | None = (
        InformationReport.select(InformationReport.seq)
        .where(InformationReport.report == report_id)
        .scalar()
    )
    houses = Household.select(Household.id).where(Household.report == report_id)
    Opinion.delete().where(Opinion.household.in_(houses)).execute()
    for model in (Household, InformationReport, ReportType, ReportOfficer, ReportAudience):
        model.delete().where(model.report == report_id).execute()
    ReportContact.delete().where(ReportContact.report == report_id).execute()
    return old_seq


def write(report: Report, clean: CleanReport, keep_li_seq: int | None = None) -> None:
    rid = report.id
    ReportType.insert_many(
        [{"report": rid, "activity_type": t, "position": i} for i, t in enumerate(clean.type_ids)]
    ).execute()
    ReportOfficer.insert_many(
        [{"report": rid, "officer": o, "position": i} for i, o in enumerate(clean.officer_ids)]
    ).execute()
    if clean.audience:
        ReportAudience.insert_many(
            [{"report": rid, "category": k, "count": v} for k, v in clean.audience.items()]
        ).execute()
    if clean.contact_ids:
        ReportContact.insert_many(
            [{"report": rid, "contact": c} for c in clean.contact_ids]
        ).execute()
    if clean.information is not None:
        seq = keep_li_seq or report_numbers.next_information_seq(report.station_id, report.year)
        InformationReport.create(report=rid, seq=seq, **clean.information)
    for pos, house in enumerate(clean.households):
        row = Household.create(
            report=rid, head_name=house["head_name"], address=house["address"], position=pos
        )
        for op in house["opinions"]:
            Opinion.create(household=row.id, **op)


def link_plan(
    actor: Actor, plan_id: int | None, report_id: int, version: int | None = None
) -> bool:
    """Mark the plan realised by this report (status ``terlaksana``); with
    ``version``, only while the plan is still at it. Whether it is linked
    (or nothing was asked)."""
    if plan_id is None:
        return True
    plan = Plan.get_by_id(plan_id)
    if plan.report_id == report_id and plan.status == "terlaksana":
        return True
    old = audit.snapshot(plan)
    where = Plan.id == plan_id
    if version is not None:
        where &= Plan.version == version
    count = (
        Plan.update(
            status="terlaksana", report=report_id, version=Plan.version + 1, updated_at=clock.now()
        )
        .where(where)
        .execute()
    )
    if count != 1:
        return False  # changed at another desk in between: left as it is
    audit.record(actor, "update", "plan", plan_id, old, audit.snapshot(Plan.get_by_id(plan_id)))
    return True


def unlink_plans(actor: Actor, report_id: int) -> None:
    """A deleted report no longer realises its plan: back to ``rencana``."""
    for plan in Plan.select().where(Plan.report == report_id):
        old = audit.snapshot(plan)
        Plan.update(
            status="rencana", report=None, version=Plan.version + 1, updated_at=clock.now()
        ).where(Plan.id == plan.id).execute()
        audit.record(actor, "update", "plan", plan.id, old, audit.snapshot(Plan.get_by_id(plan.id)))


def read_input(report: Report) -> ReportInput:
    """The stored report as the form holds it."""
    rid = report.id
    officers = [
        r.officer_id
        for r in ReportOfficer.select(ReportOfficer.officer)
        .where(ReportOfficer.report == rid)
        .order_by(ReportOfficer.position, ReportOfficer.id)
    ]
    types = [
        r.activity_type_id
        for r in ReportType.select(ReportType.activity_type)
        .where(ReportType.report == rid)
        .order_by(ReportType.position, ReportType.id)
    ]
    order = {c: i for i, c in enumerate(AUDIENCE_CATEGORIES)}
    audience = {
        r.category: r.count
        for r in sorted(
            ReportAudience.select().where(ReportAudience.report == rid),
            key=lambda r: order.get(r.category, len(order)),
        )
    }
    contacts = [
        r.contact_id
        for r in ReportContact.select(ReportContact.contact)
        .where(ReportContact.report == rid)
        .order_by(ReportContact.id)
    ]
    rw = RW.get_by_id(report.rw_id).number if report.rw_id else None
    rt = RT.get_by_id(report.rt_id).number if report.rt_id else None
    info_row = informant.information_row(rid)
    information = None
    if info_row is not None:
        information = InformationInput(
            field=info_row.field,
            subject=info_row.subject,
            source=info_row.source,
            source_relation=info_row.source_relation,
            how_obtained=info_row.how_obtained,
            obtained_at=info_row.obtained_at,
            reliability=info_row.reliability,
            accuracy=info_row.accuracy,
            facts=info_row.facts,
            assessment=info_row.assessment,
        )
    households = []
    for house in Household.select().where(Household.report == rid).order_by(Household.position):
        opinions = [
            OpinionInput(kind=o.kind, field=o.field, text=o.text)
            for o in Opinion.select().where(Opinion.household == house.id).order_by(Opinion.id)
        ]
        households.append(
            HouseholdInput(head_name=house.head_name, address=house.address, opinions=opinions)
        )
    plan = Plan.select(Plan.id).where(Plan.report == rid).order_by(Plan.id).first()
    return ReportInput(
        date=report.date,
        start_time=report.start_time,
        end_time=report.end_time,
        officer_ids=officers,
        type_ids=types,
        kelurahan_id=report.kelurahan_id,
        rw=rw,
        rt=rt,
        place=report.place,
        audience=audience,
        contact_ids=contacts,
        narrative=report.narrative,
        message=report.message,
        findings=report.findings,
        threat_level=report.threat_level,
        situation=report.situation,
        follow_up=report.follow_up,
        operation_id=report.operation_id,
        quote_by=report.quote_by,
        quote_text=report.quote_text,
        problem_id=report.problem_id,
        information=information,
        households=households,
        plan_id=plan.id if plan else None,
    )


CHILD_KEYS = ("officer_ids", "type_ids", "audience", "contact_ids", "information", "households")


def snapshot(report_id: int) -> dict[str, Any]:
    """The report row and its children, for the audit trail."""
    report = Report.get_by_id(report_id)
    data = audit.snapshot(report)
    data.pop("search_text", None)
    children = read_input(report).to_json()
    data.update({k: children[k] for k in CHILD_KEYS})
    return data
