"""The rows of one station as ``sambang export station`` writes them and
``sambang import station`` reads them (``export``, ``load``):
every row under a key both databases share, never its id — the station by
name, an officer by NRP, an activity type by code, a report by
``year/seq`` within its station, every other row by its ``uid`` (migration
0009) — and the references inside a row written with those keys too. The
digest of a row so written is what an import compares."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from typing import Any

from peewee import Model

from sambang_tui.db.models import (
    RT,
    RW,
    Absence,
    ActivityType,
    Assignment,
    Attachment,
    AuditEvent,
    Contact,
    Household,
    InformationReport,
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
from sambang_tui.db.rows import tuple_rows

FORMAT = "sambang-station"
VERSION = 1
BATCH = 250
UID_MODELS: tuple[type[Model], ...] = (
    Kelurahan, Assignment, Contact, Operation, Problem, Plan, Absence, AuditEvent,
)  # fmt: skip

KIND_WORDS = {
    "station": "Polsek",
    "activity_type": "jenis kegiatan",
    "officer": "personel",
    "kelurahan": "kelurahan",
    "assignment": "penugasan",
    "contact": "tokoh",
    "operation": "operasi",
    "problem": "masalah",
    "absence": "cuti/dinas luar",
    "report": "laporan",
    "plan": "rencana",
    "audit_event": "jejak audit",
    "file": "foto/berkas",
}

STATION_FIELDS = (
    "name", "polres", "polda", "address", "city", "humas_signoff", "unit_code", "warrant",
    "addressee", "attention", "copies", "rw_visits_per_week", "plans_per_day",
)  # fmt: skip
REPORT_FIELDS = (
    "year", "seq", "number", "date", "start_time", "end_time", "place", "narrative", "message",
    "findings", "threat_level", "situation", "follow_up", "quote_by", "quote_text", "status",
    "review_note", "reviewed_at", "search_text", "created_by", "created_at", "updated_by",
    "updated_at", "deleted_at", "version",
)  # fmt: skip
INFO_FIELDS = (
    "seq", "field", "subject", "source", "source_relation", "how_obtained", "obtained_at",
    "reliability", "accuracy", "facts", "assessment",
)  # fmt: skip


# --- values ----------------------------------------------------------------------


def plain(value: Any) -> Any:
    """A value as the file writes it (dates and times as ISO text)."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def to_date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def to_datetime(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return dt.datetime.fromisoformat(str(value)).replace(microsecond=0)


def to_time(value: Any) -> dt.time | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))


def digest(data: dict[str, Any]) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def report_key(year: int, seq: int) -> str:
    return f"{year}/{seq}"


# --- the rows of one station as the file writes them --------------------------------


class Refs:
    """Keys of the rows of one station (officers and activity types: of the
    whole database, their keys are unique there), each map read once."""

    def __init__(self, station_id: int | None = None) -> None:
        self.station_id = station_id
        self._cache: dict[str, dict[Any, Any]] = {}

    def _mine(self, model: type[Model], query: Any) -> Any:
        if self.station_id is None:
            return query
        if model is Assignment:
            return query.join(Officer).where(Officer.station == self.station_id)
        return query.where(model.station == self.station_id)  # type: ignore[attr-defined]

    def _get(self, name: str, load: Any) -> dict[Any, Any]:
        if name not in self._cache:
            self._cache[name] = dict(load())
        return self._cache[name]

    def forget(self, *names: str) -> None:
        for name in names:
            self._cache.pop(name, None)

    # id -> key
    def nrp(self, officer_id: int | None) -> str | None:
        if officer_id is None:
            return None
        return self._get("nrp", lambda: tuple_rows(Officer.select(Officer.id, Officer.nrp))).get(
            officer_id
        )

    def code(self, type_id: int | None) -> str | None:
        if type_id is None:
            return None
        return self._get(
            "code", lambda: tuple_rows(ActivityType.select(ActivityType.id, ActivityType.code))
        ).get(type_id)

    def uid(self, model: type[Model], row_id: int | None) -> str | None:
        if row_id is None:
            return None
        table = model._meta.table_name
        return self._get(
            f"uid:{table}",
            lambda: tuple_rows(self._mine(model, model.select(model.id, model.uid))),  # type: ignore[attr-defined]
        ).get(row_id)

    def rw_number(self, rw_id: int | None) -> int | None:
        if rw_id is None:
            return None
        return self._get("rw", lambda: tuple_rows(RW.select(RW.id, RW.number))).get(rw_id)

    def rt_number(self, rt_id: int | None) -> int | None:
        if rt_id is None:
            return None
        return self._get("rt", lambda: tuple_rows(RT.select(RT.id, RT.number))).get(rt_id)

    def report(self, report_id: int | None) -> str | None:
        if report_id is None:
            return None
        found = self._get(
            "report",
            lambda: (
                (i, report_key(y, s))
                for i, y, s in tuple_rows(
                    self._mine(Report, Report.select(Report.id, Report.year, Report.seq))
                )
            ),
        )
        return found.get(report_id)

    # key -> id (in the importing database)
    def officer_id(self, nrp: str | None) -> int | None:
        if nrp is None:
            return None
        return self._get("nrp>", lambda: tuple_rows(Officer.select(Officer.nrp, Officer.id))).get(
            nrp
        )

    def type_id(self, code: str | None) -> int | None:
        if code is None:
            return None
        return self._get(
            "code>", lambda: tuple_rows(ActivityType.select(ActivityType.code, ActivityType.id))
        ).get(code)

    def id_of(self, model: type[Model], uid: str | None) -> int | None:
        if uid is None:
            return None
        table = model._meta.table_name
        return self._get(
            f"uid>:{table}",
            lambda: tuple_rows(
                self._mine(model, model.select(model.uid, model.id)).where(model.uid.is_null(False))  # type: ignore[attr-defined]
            ),
        ).get(uid)

    def rw_id(self, kelurahan_id: int | None, number: int | None) -> int | None:
        if kelurahan_id is None or number is None:
            return None
        return self._get(
            "rw>",
            lambda: (
                ((k, n), i) for i, k, n in tuple_rows(RW.select(RW.id, RW.kelurahan, RW.number))
            ),
        ).get((kelurahan_id, number))

    def rt_id(self, rw_id: int | None, number: int | None) -> int | None:
        if rw_id is None or number is None:
            return None
        return self._get(
            "rt>",
            lambda: (((r, n), i) for i, r, n in tuple_rows(RT.select(RT.id, RT.rw, RT.number))),
        ).get((rw_id, number))

    def report_id(self, station_id: int, key: str | None) -> int | None:
        if key is None:
            return None
        found = self._get(
            f"report>:{station_id}",
            lambda: (
                (report_key(y, s), i)
                for i, y, s in tuple_rows(
                    Report.select(Report.id, Report.year, Report.seq).where(
                        Report.station == station_id
                    )
                )
            ),
        )
        return found.get(key)

    def learn(self, name: str, key: Any, value: Any) -> None:
        if name in self._cache:
            self._cache[name][key] = value


def station_data(s: Station, refs: Refs) -> dict[str, Any]:
    data = {f: getattr(s, f) for f in STATION_FIELDS}
    data["kapolsek"] = refs.nrp(s.kapolsek_id)
    return data


def type_data(t: ActivityType) -> dict[str, Any]:
    return {"code": t.code, "name": t.name, "form_kind": t.form_kind, "active": t.active,
            "sort": t.sort}  # fmt: skip


def officer_data(o: Officer) -> dict[str, Any]:
    return {
        "nrp": o.nrp, "name": o.name, "rank": o.rank, "role": o.role, "phone": o.phone,
        "os_user": o.os_user, "is_admin": bool(o.is_admin), "active": bool(o.active),
    }  # fmt: skip


def kelurahan_data(k: Kelurahan, rws: dict[int, list[tuple[int, list[int]]]]) -> dict[str, Any]:
    return {
        "name": k.name, "kind": k.kind, "kecamatan": k.kecamatan, "city": k.city,
        "code": k.code, "rws": [[n, rts] for n, rts in rws.get(k.id, [])],
    }  # fmt: skip


def rw_layout(kelurahan_ids: list[int]) -> dict[int, list[tuple[int, list[int]]]]:
    rts: dict[int, list[int]] = defaultdict(list)
    for rw_id, number in tuple_rows(
        RT.select(RT.rw, RT.number)
        .join(RW)
        .where(RW.kelurahan.in_(kelurahan_ids or [0]))
        .order_by(RT.number)
    ):
        rts[rw_id].append(number)
    out: dict[int, list[tuple[int, list[int]]]] = defaultdict(list)
    for rw_id, kel_id, number in tuple_rows(
        RW.select(RW.id, RW.kelurahan, RW.number)
        .where(RW.kelurahan.in_(kelurahan_ids or [0]))
        .order_by(RW.number)
    ):
        out[kel_id].append((number, rts.get(rw_id, [])))
    return out


def assignment_data(a: Assignment, refs: Refs) -> dict[str, Any]:
    return {"officer": refs.nrp(a.officer_id), "kelurahan": refs.uid(Kelurahan, a.kelurahan_id),
            "start": plain(a.start), "end": plain(a.end)}  # fmt: skip


def contact_data(c: Contact, refs: Refs) -> dict[str, Any]:
    return {
        "name": c.name, "category": c.category, "kelurahan": refs.uid(Kelurahan, c.kelurahan_id),
        "rw": refs.rw_number(c.rw_id), "rt": refs.rt_number(c.rt_id), "phone": c.phone,
        "notes": c.notes, "active": bool(c.active),
    }  # fmt: skip


def operation_data(o: Operation) -> dict[str, Any]:
    return {"name": o.name, "start": plain(o.start), "end": plain(o.end), "warrant": o.warrant}


def problem_data(p: Problem, refs: Refs) -> dict[str, Any]:
    return {
        "title": p.title, "kelurahan": refs.uid(Kelurahan, p.kelurahan_id),
        "rw": refs.rw_number(p.rw_id), "field": p.field, "parties": p.parties,
        "description": p.description, "opened": plain(p.opened), "status": p.status,
        "resolution": p.resolution, "closed": plain(p.closed),
    }  # fmt: skip


def absence_data(a: Absence, refs: Refs) -> dict[str, Any]:
    return {"officer": refs.nrp(a.officer_id), "kind": a.kind, "start": plain(a.start),
            "end": plain(a.end), "note": a.note}  # fmt: skip


def plan_data(p: Plan, refs: Refs) -> dict[str, Any]:
    return {
        "date": plain(p.date), "start_time": plain(p.start_time), "officer": refs.nrp(p.officer_id),
        "type": refs.code(p.activity_type_id), "kelurahan": refs.uid(Kelurahan, p.kelurahan_id),
        "rw": refs.rw_number(p.rw_id), "rt": refs.rt_number(p.rt_id), "target": p.target,
        "note": p.note, "status": p.status, "cancel_reason": p.cancel_reason,
        "report": refs.report(p.report_id), "created_by": p.created_by,
        "created_at": plain(p.created_at), "updated_at": plain(p.updated_at),
    }  # fmt: skip


def reports_data(report_ids: list[int], refs: Refs) -> dict[int, dict[str, Any]]:
    """Reports with everything that hangs off them, in a few queries per batch."""
    out: dict[int, dict[str, Any]] = {}
    if not report_ids:
        return out
    for r in Report.select().where(Report.id.in_(report_ids)):
        data = {f: plain(getattr(r, f)) for f in REPORT_FIELDS}
        data.update(
            type=refs.code(r.activity_type_id),
            operation=refs.uid(Operation, r.operation_id),
            kelurahan=refs.uid(Kelurahan, r.kelurahan_id),
            rw=refs.rw_number(r.rw_id),
            rt=refs.rt_number(r.rt_id),
            problem=refs.uid(Problem, r.problem_id),
            reviewer=refs.nrp(r.reviewer_id),
            types=[], officers=[], audience=[], contacts=[], information=None,
            households=[], attachments=[],
        )  # fmt: skip
        out[r.id] = data
    ids = list(out)
    for rid, type_id in tuple_rows(
        ReportType.select(ReportType.report, ReportType.activity_type)
        .where(ReportType.report.in_(ids))
        .order_by(ReportType.report, ReportType.position, ReportType.id)
    ):
        out[rid]["types"].append(refs.code(type_id))
    for rid, officer_id in tuple_rows(
        ReportOfficer.select(ReportOfficer.report, ReportOfficer.officer)
        .where(ReportOfficer.report.in_(ids))
        .order_by(ReportOfficer.report, ReportOfficer.position, ReportOfficer.id)
    ):
        out[rid]["officers"].append(refs.nrp(officer_id))
    for rid, category, count in tuple_rows(
        ReportAudience.select(ReportAudience.report, ReportAudience.category, ReportAudience.count)
        .where(ReportAudience.report.in_(ids))
        .order_by(ReportAudience.report, ReportAudience.category)
    ):
        out[rid]["audience"].append([category, count])
    for rid, contact_id in tuple_rows(
        ReportContact.select(ReportContact.report, ReportContact.contact).where(
            ReportContact.report.in_(ids)
        )
    ):
        out[rid]["contacts"].append(refs.uid(Contact, contact_id))
    for rid in ids:
        out[rid]["contacts"].sort(key=lambda u: u or "")
    for info in InformationReport.select().where(InformationReport.report.in_(ids)):
        out[info.report_id]["information"] = {f: plain(getattr(info, f)) for f in INFO_FIELDS}
    homes: dict[int, dict[str, Any]] = {}
    for h in (
        Household.select()
        .where(Household.report.in_(ids))
        .order_by(Household.report, Household.position, Household.id)
    ):
        home = {"head_name": h.head_name, "address": h.address, "position": h.position,
                "opinions": []}  # fmt: skip
        homes[h.id] = home
        out[h.report_id]["households"].append(home)
    for household_id, kind, fld, text in tuple_rows(
        Opinion.select(Opinion.household, Opinion.kind, Opinion.field, Opinion.text)
        .where(Opinion.household.in_(list(homes) or [0]))
        .order_by(Opinion.household, Opinion.id)
    ):
        homes[household_id]["opinions"].append([kind, fld, text])
    for a in Attachment.select().where(Attachment.report.in_(ids)).order_by(Attachment.id):
        out[a.report_id]["attachments"].append(
            {"path": a.path, "original_name": a.original_name, "sha256": a.sha256,
             "size": a.size, "caption": a.caption, "created_at": plain(a.created_at)}
        )  # fmt: skip
    return out


def audit_row_key(table: str, row_id: int | None, refs: Refs, snapshot: str | None) -> Any:
    """The stable key of the row an audit event is about (None when unknown)."""
    if row_id is None:
        return None
    by_uid = {m._meta.table_name: m for m in UID_MODELS}
    key: Any = None
    if table in by_uid:
        key = refs.uid(by_uid[table], row_id)
    elif table == "report":
        key = refs.report(row_id)
    elif table == "officer":
        key = refs.nrp(row_id)
    elif table == "activity_type":
        key = refs.code(row_id)
    if key is None and snapshot:
        try:
            values = json.loads(snapshot)
        except ValueError:
            values = {}
        if isinstance(values, dict):
            if values.get("uid"):
                key = values["uid"]
            elif table == "report" and values.get("year") and values.get("seq"):
                key = report_key(values["year"], values["seq"])
            elif table == "officer" and values.get("nrp"):
                key = values["nrp"]
    return key


def audit_uid(e: AuditEvent) -> str:
    """An event's key: its uid, or for an event written without one (a
    station server's trigger) a digest of what it says, the same every time."""
    if e.uid:
        return e.uid
    text = "|".join(str(x) for x in (e.at, e.os_user, e.action, e.table, e.row_id, e.old, e.new))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
