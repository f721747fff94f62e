"""Which plan a report realises, when the plan was changed at another desk
while the report was being typed (``ReportInput.plan_version``: the plan's
version the form was filled from).

A desk officer who types the report of a visit expects the report kept,
whatever happened to the plan meanwhile; and the schedule never to show a
contradiction (a plan moved to Tuesday marked ✓ by a report of Monday, a
cancelled plan done, one plan realised twice). So the report is saved and
the plan is linked only while it still fits: not deleted, not cancelled,
not realised by another report, and on the report's day with one of its
officers. Otherwise the plan is left as the other desk left it and the
save says why, in words (``PlanLink.warning``): the desk decides, on the
schedule, what the plan becomes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sambang_tui.db.models import Officer, Plan, Report
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg
from sambang_tui.services.master.people import rank_name


@dataclass(frozen=True)
class PlanLink:
    """The plan to mark realised (None: none) at ``version``, as read; a
    warning when the plan asked for is left as it is."""

    plan_id: int | None
    version: int | None = None
    warning: Msg | None = None


def changed_plan(
    actor: Actor,
    plan_id: int,
    plan_version: int,
    report_id: int | None,
    day: dt.date | None,
    officer_ids: list[int],
) -> PlanLink:
    """The link to a plan the form was filled from at ``plan_version``."""
    plan = Plan.get_or_none((Plan.id == plan_id) & (Plan.station == actor.station_id))
    if plan is None:
        return PlanLink(None, warning=Msg("reports.warn.plan_gone"))
    if plan.version == plan_version:
        return PlanLink(plan_id, plan.version)
    if plan.report_id is not None and plan.report_id != report_id:
        other = Report.get_or_none(Report.id == plan.report_id)
        number = other.number if other is not None else "?"
        return PlanLink(None, warning=Msg("reports.warn.plan_done_elsewhere", number=number))
    if plan.status == "batal":
        return PlanLink(None, warning=Msg("reports.warn.plan_cancelled"))
    if plan.date != day or plan.officer_id not in officer_ids:
        officer = Officer.get_or_none(Officer.id == plan.officer_id)
        who = rank_name(officer.rank, officer.name) if officer is not None else "?"
        return PlanLink(None, warning=Msg("reports.warn.plan_moved", day=plan.date, officer=who))
    return PlanLink(plan_id, plan.version)  # changed otherwise: it still fits the report
