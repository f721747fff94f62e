"""Checking a ``ReportInput`` against the station's master data and turning it
into clean values ready to store. Every field error is collected and raised
at once; field names are ``ReportInput`` attribute names (nested parts as
``information.facts``, ``households.0.head_name``, ``new_problem.title``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Plan,
    Problem,
)
from sambang_tui.db.vocab import (
    AUDIENCE_CATEGORIES,
    INFO_ACCURACY,
    OPINION_KINDS,
    SITUATIONS,
    SOURCE_RELIABILITY,
    THREAT_LEVELS,
)
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.dates import parse_date
from sambang_tui.services.core.errors import Msg, ValidationError
from sambang_tui.services.core.validate import LONG_MAX, Checker
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.plan_link import PlanLink, changed_plan

# a report tells of an activity carried out: dated today at the latest (a
# plan of tomorrow is realised tomorrow)
MAX_FUTURE_DAYS = 0
MIN_YEAR = 2000
MAX_AUDIENCE = 100_000
# the audience's groups as a sentence names them (catalogue keys)
AUDIENCE_LABELS = {
    "warga": "reports.audience.warga",
    "tokoh_masyarakat": "reports.audience.tokoh_masyarakat",
    "tokoh_agama": "reports.audience.tokoh_agama",
    "kelompok_pemuda": "reports.audience.kelompok_pemuda",
    "perangkat_rt_rw": "reports.audience.perangkat_rt_rw",
    "other": "reports.audience.other",
}


@dataclass
class CleanReport:
    """A checked report, as the write needs it."""

    columns: dict[str, Any]
    officer_ids: list[int]
    type_ids: list[int]
    form_kinds: set[str]
    audience: dict[str, int | None]  # None: the group was there, uncounted
    contact_ids: list[int]
    information: dict[str, Any] | None = None
    households: list[dict[str, Any]] = field(default_factory=list)
    new_problem: dict[str, Any] | None = None
    plan_id: int | None = None
    # the plan's version as read here (None: not asked), and why a plan asked
    # for is left as it is (``plan_link``)
    plan_version: int | None = None
    plan_warning: Msg | None = None


@dataclass(frozen=True)
class Existing:
    """What the stored report already links (an edit may keep an officer
    or type that has since been deactivated)."""

    report_id: int | None = None
    officer_ids: frozenset[int] = frozenset()
    type_ids: frozenset[int] = frozenset()


def _unique(c: Checker, field_name: str, ids: Iterable[int | str | None] | None) -> list[int]:
    """The ids in order, repeats dropped; a value that is no id is an error
    (the form may hand over text or nothing where an id belongs)."""
    seen: dict[int, None] = {}
    for value in ids or []:
        if value is None or value == "":
            continue
        try:
            seen.setdefault(int(value), None)
        except (TypeError, ValueError):
            c.fail(field_name, "reports.err.not_a_choice", value=value)
    return list(seen)


def _given(values: Iterable[int | str | None] | None) -> bool:
    return any(v not in (None, "") for v in values or [])


def check(actor: Actor, data: ReportInput, existing: Existing | None = None) -> CleanReport:
    """Check ``data`` for ``actor``'s station; raise ``ValidationError``
    with every field error, else return the clean values."""
    existing = existing or Existing()
    c = Checker()
    cols: dict[str, Any] = {}

    day = _check_date(c, data.date)
    cols["date"] = day
    cols["year"] = day.year if day else None
    cols["start_time"] = data.start_time
    cols["end_time"] = data.end_time
    if not times_in_order(data.start_time, data.end_time):
        c.fail("end_time", END_BEFORE_START)

    officer_ids = _check_officers(c, actor, data.officer_ids, existing)
    type_ids, kinds = _check_types(c, data.type_ids, existing)
    cols["activity_type"] = type_ids[0] if type_ids else None

    kel, rw_id, rt_id = _check_area(c, actor, data.kelurahan_id, data.rw, data.rt)
    cols["kelurahan"] = kel.id if kel else None
    cols["rw"] = rw_id
    cols["rt"] = rt_id

    cols["place"] = c.text("place", "reports.label.place", data.place)
    cols["narrative"] = c.text(
        "narrative",
        "reports.label.narrative",
        data.narrative,
        required=True,
        max_len=LONG_MAX,
        multiline=True,
    )
    cols["message"] = c.text(
        "message", "reports.label.message", data.message, max_len=LONG_MAX, multiline=True
    )
    cols["findings"] = c.text(
        "findings", "reports.label.findings", data.findings, max_len=LONG_MAX, multiline=True
    )
    cols["follow_up"] = c.text(
        "follow_up", "reports.label.follow_up", data.follow_up, max_len=LONG_MAX, multiline=True
    )
    cols["quote_by"] = c.text("quote_by", "reports.label.quote_by", data.quote_by, max_len=160)
    cols["quote_text"] = c.text(
        "quote_text", "reports.label.quote_text", data.quote_text, max_len=LONG_MAX, multiline=True
    )
    if cols["quote_text"] and not cols["quote_by"]:
        c.fail("quote_by", "reports.err.quote_by")

    threat = data.threat_level or THREAT_LEVELS[0]
    if threat not in THREAT_LEVELS:
        c.fail("threat_level", "reports.err.threat_level", choices=", ".join(THREAT_LEVELS))
    cols["threat_level"] = threat
    situation = data.situation or SITUATIONS[0]
    if situation not in SITUATIONS:
        c.fail("situation", "reports.err.situation", choices=", ".join(SITUATIONS))
    cols["situation"] = situation

    audience = _check_audience(c, data.audience)
    contact_ids = _check_contacts(c, actor, data.contact_ids)
    cols["operation"] = _check_operation(c, actor, data.operation_id, day)

    information = _check_information(c, data, kinds)
    households = _check_households(c, data, kinds)
    cols["problem"], new_problem = _check_problem(c, actor, data, kinds)
    if data.plan_id is not None and data.plan_version is not None:
        link = changed_plan(
            actor, data.plan_id, data.plan_version, existing.report_id, day, officer_ids
        )
    else:
        link = PlanLink(_check_plan(c, actor, data.plan_id, existing.report_id))

    c.done()
    return CleanReport(
        columns=cols,
        officer_ids=officer_ids,
        type_ids=type_ids,
        form_kinds=kinds,
        audience=audience,
        contact_ids=contact_ids,
        information=information,
        households=households,
        new_problem=new_problem,
        plan_id=link.plan_id,
        plan_version=link.version,
        plan_warning=link.warning,
    )


END_BEFORE_START = "entry.err.end_before_start"


def times_in_order(start: dt.time | None, end: dt.time | None) -> bool:
    """A visit ends after it starts (either may be left empty): the one
    rule, which the entry form pre-checks with as the times are typed."""
    return not (start and end and end <= start)


def latest_report_date() -> dt.date:
    """The latest day a report may have (``MAX_FUTURE_DAYS`` after today)."""
    return clock.today() + dt.timedelta(days=MAX_FUTURE_DAYS)


def parse_report_date(text: str) -> dt.date:
    """A report's date as typed (``services.core.dates.parse_date``) plus the
    desk's shortest form: a bare day of the month (``2`` = the 2nd of this
    month, or of last month when that would lie after the latest day a
    report may have)."""
    today = clock.today()
    raw = text.strip()
    if raw.isdigit() and 1 <= int(raw) <= 31:
        month_start = today.replace(day=1)
        for start in (month_start, (month_start - dt.timedelta(days=1)).replace(day=1)):
            try:
                day = start.replace(day=int(raw))
            except ValueError:
                continue
            if day <= latest_report_date():
                return day
        raise ValidationError("date", "core.err.date_not_in_calendar", text=raw)
    return parse_date(text, today=today, field="date")


def check_report_date(day: dt.date) -> None:
    """``ValidationError`` when ``day`` cannot be a report's date: not yet
    come (a report is of an activity carried out) or too long ago. The entry
    form checks with it as the date is typed; saving checks again."""
    if day > latest_report_date():
        raise ValidationError("date", "reports.err.date_future", day=day)
    if day.year < MIN_YEAR:
        raise ValidationError("date", "reports.err.date_past", day=day)


def _check_date(c: Checker, day: dt.date | None) -> dt.date | None:
    if day is None:
        c.fail("date", "reports.err.date_required")
        return None
    if isinstance(day, dt.datetime):
        day = day.date()
    try:
        check_report_date(day)
    except ValidationError as exc:
        c.fail("date", exc.key, **exc.params)
    return day


def _check_officers(c: Checker, actor: Actor, raw: list[int], existing: Existing) -> list[int]:
    ids = _unique(c, "officer_ids", raw)
    if not ids:
        if not _given(raw):
            c.fail("officer_ids", "reports.err.officers_required")
        return []
    rows = {
        o.id: o
        for o in Officer.select(Officer.id, Officer.name, Officer.active).where(
            (Officer.id.in_(ids)) & (Officer.station == actor.station_id)
        )
    }
    for oid in ids:
        officer = rows.get(oid)
        if officer is None:
            c.fail("officer_ids", "reports.err.officer_not_here", id=oid)
        elif not officer.active and oid not in existing.officer_ids:
            c.fail("officer_ids", "reports.err.officer_inactive", name=officer.name)
    return ids


def _check_types(c: Checker, raw: list[int], existing: Existing) -> tuple[list[int], set[str]]:
    ids = _unique(c, "type_ids", raw)
    if not ids:
        if not _given(raw):
            c.fail("type_ids", "reports.err.types_required")
        return [], set()
    rows = {t.id: t for t in ActivityType.select().where(ActivityType.id.in_(ids))}
    kinds: set[str] = set()
    for tid in ids:
        kind = rows.get(tid)
        if kind is None:
            c.fail("type_ids", "reports.err.type_unknown", id=tid)
        elif not kind.active and tid not in existing.type_ids:
            c.fail("type_ids", "reports.err.type_inactive", name=kind.name)
        else:
            kinds.add(kind.form_kind)
    return ids, kinds


def _check_area(
    c: Checker, actor: Actor, kelurahan_id: int | None, rw: int | None, rt: int | None
) -> tuple[Kelurahan | None, int | None, int | None]:
    if kelurahan_id is None:
        c.fail("kelurahan_id", "reports.err.kelurahan_required")
        if rt is not None and rw is None:
            c.fail("rw", "reports.err.rw_for_rt")
        return None, None, None
    kel = Kelurahan.get_or_none(
        (Kelurahan.id == kelurahan_id) & (Kelurahan.station == actor.station_id)
    )
    if kel is None:
        c.fail("kelurahan_id", "reports.err.kelurahan_not_here", id=kelurahan_id)
        return None, None, None
    kind = Msg("reports.area.desa" if kel.kind == "desa" else "reports.area.kelurahan")
    if rw is None:
        if rt is not None:
            c.fail("rw", "reports.err.rw_for_rt")
        return kel, None, None
    rw_row = RW.get_or_none((RW.kelurahan == kel.id) & (RW.number == rw))
    if rw_row is None:
        c.fail("rw", "reports.err.no_rw", rw=rw, kind=kind, kelurahan=kel.name)
        return kel, None, None
    if rt is None:
        return kel, rw_row.id, None
    rt_row = RT.get_or_none((RT.rw == rw_row.id) & (RT.number == rt))
    if rt_row is None:
        c.fail("rt", "reports.err.no_rt", rt=rt, rw=rw, kind=kind, kelurahan=kel.name)
        return kel, rw_row.id, None
    return kel, rw_row.id, rt_row.id


def _check_audience(c: Checker, raw: Mapping[str, int | str | None]) -> dict[str, int | None]:
    """Counts by group; ``None`` (typed ``?``) keeps the group as present
    without a count, so detail, recap and release still say who was met."""
    out: dict[str, int | None] = {}
    for category, count in (raw or {}).items():
        if category not in AUDIENCE_CATEGORIES:
            c.fail("audience", "reports.err.audience_unknown", category=category)
            continue
        if count is None or count == "":
            out[category] = None
            continue
        label = Msg(AUDIENCE_LABELS[category])
        try:
            value = int(count)
        except (TypeError, ValueError):
            c.fail("audience", "reports.err.audience_number", label=label)
            continue
        if value < 0:
            c.fail("audience", "reports.err.audience_negative", label=label)
        elif value > MAX_AUDIENCE:
            c.fail("audience", "reports.err.audience_too_big", label=label, max=MAX_AUDIENCE)
        else:
            out[category] = value
    return out


def _check_contacts(c: Checker, actor: Actor, raw: list[int]) -> list[int]:
    ids = _unique(c, "contact_ids", raw)
    if not ids:
        return []
    found = {
        row.id
        for row in Contact.select(Contact.id).where(
            (Contact.id.in_(ids)) & (Contact.station == actor.station_id)
        )
    }
    for cid in ids:
        if cid not in found:
            c.fail("contact_ids", "reports.err.contact_not_here", id=cid)
    return ids


def _check_operation(
    c: Checker, actor: Actor, operation_id: int | None, day: dt.date | None
) -> int | None:
    if operation_id is None:
        return None
    op = Operation.get_or_none(
        (Operation.id == operation_id) & (Operation.station == actor.station_id)
    )
    if op is None:
        c.fail("operation_id", "reports.err.operation_missing", id=operation_id)
        return None
    if day is not None and not (op.start <= day <= op.end):
        c.fail(
            "operation_id",
            "reports.err.operation_dates",
            name=op.name,
            start=op.start,
            end=op.end,
            day=day,
        )
    return op.id


def _check_information(c: Checker, data: ReportInput, kinds: set[str]) -> dict[str, Any] | None:
    info = data.information
    wanted = "deteksi_dini" in kinds
    if info is None:
        if wanted:
            c.fail("information", "reports.err.information_required")
        return None
    p = "information."
    values = {
        "field": c.text(p + "field", "reports.label.field", info.field, max_len=60),
        "subject": c.text(p + "subject", "reports.label.subject", info.subject),
        "source": c.text(p + "source", "reports.label.source", info.source, required=wanted),
        "source_relation": c.text(
            p + "source_relation", "reports.label.source_relation", info.source_relation
        ),
        "how_obtained": c.text(
            p + "how_obtained", "reports.label.how_obtained", info.how_obtained, required=wanted
        ),
        "obtained_at": info.obtained_at,
        "reliability": (info.reliability or "").strip().upper(),
        "accuracy": (info.accuracy or "").strip(),
        "facts": c.text(
            p + "facts",
            "reports.label.facts",
            info.facts,
            required=wanted,
            max_len=LONG_MAX,
            multiline=True,
        ),
        "assessment": c.text(
            p + "assessment",
            "reports.label.assessment",
            info.assessment,
            max_len=LONG_MAX,
            multiline=True,
        ),
    }
    if values["reliability"] and values["reliability"] not in SOURCE_RELIABILITY:
        c.fail(p + "reliability", "reports.err.reliability")
    if values["accuracy"] and values["accuracy"] not in INFO_ACCURACY:
        c.fail(p + "accuracy", "reports.err.accuracy")
    if not wanted:
        if any(v for k, v in values.items() if k != "obtained_at") or values["obtained_at"]:
            c.fail("information", "reports.err.information_only_dd")
        return None
    return values


def _check_households(c: Checker, data: ReportInput, kinds: set[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, house in enumerate(data.households or []):
        p = f"households.{i}."
        opinions = []
        for j, op in enumerate(house.opinions or []):
            q = f"{p}opinions.{j}."
            text = c.text(
                q + "text", "reports.label.opinion", op.text, max_len=LONG_MAX, multiline=True
            )
            op_field = c.text(q + "field", "reports.label.field", op.field, max_len=60)
            if not text and not op_field:
                continue
            if not text:
                c.fail(q + "text", "reports.err.opinion_required")
            if op.kind not in OPINION_KINDS:
                c.fail(q + "kind", "reports.err.opinion_kind")
            opinions.append({"kind": op.kind, "field": op_field, "text": text})
        head = c.text(p + "head_name", "reports.label.head_name", house.head_name, max_len=120)
        address = c.text(p + "address", "reports.label.address", house.address)
        if not head and not address and not opinions:
            continue
        if not head:
            c.fail(p + "head_name", "reports.err.head_required")
        out.append({"head_name": head, "address": address, "opinions": opinions})
    if out and "dds" not in kinds:
        c.fail("households", "reports.err.households_only_dds")
    return out


def _check_problem(
    c: Checker, actor: Actor, data: ReportInput, kinds: set[str]
) -> tuple[int | None, dict[str, Any] | None]:
    new = data.new_problem
    has_new = new is not None and any(
        (value or "").strip() for value in (new.title, new.field, new.parties, new.description)
    )
    if data.problem_id is not None and has_new:
        c.fail("problem_id", "reports.err.problem_both")
        return None, None
    if data.problem_id is not None:
        found = Problem.get_or_none(
            (Problem.id == data.problem_id) & (Problem.station == actor.station_id)
        )
        if found is None:
            c.fail("problem_id", "reports.err.problem_missing", id=data.problem_id)
        return data.problem_id, None
    if has_new and new is not None:
        p = "new_problem."
        values = {
            "title": c.text(
                p + "title", "reports.label.problem_title", new.title, required=True, max_len=200
            ),
            "field": c.text(p + "field", "reports.label.field", new.field, max_len=60),
            "parties": c.text(
                p + "parties",
                "reports.label.parties",
                new.parties,
                max_len=LONG_MAX,
                multiline=True,
            ),
            "description": c.text(
                p + "description",
                "reports.label.problem_description",
                new.description,
                max_len=LONG_MAX,
                multiline=True,
            ),
        }
        return None, values
    if "problem_solving" in kinds:
        c.fail("problem_id", "reports.err.problem_required")
    return None, None


def _check_plan(c: Checker, actor: Actor, plan_id: int | None, report_id: int | None) -> int | None:
    if plan_id is None:
        return None
    plan = Plan.get_or_none((Plan.id == plan_id) & (Plan.station == actor.station_id))
    if plan is None:
        c.fail("plan_id", "reports.err.plan_missing", id=plan_id)
        return None
    if plan.report_id is not None and plan.report_id != report_id:
        c.fail("plan_id", "reports.err.plan_done")
        return None
    return plan_id
