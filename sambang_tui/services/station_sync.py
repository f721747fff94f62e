"""A Polsek without a link to the Polres server keeps its own database;
``export_station`` writes its rows (and their audit trail, and the photos of
its reports) to one file, ``import_station`` carries that file into the
Polres database.

The file is gzip-compressed JSON lines: a header, then one record per row
``{"kind", "key", "data"}``, parents before children. Every row travels
under a key that is the same in both databases, never its id: the station
by name, an officer by NRP, an activity type by code, a report by
``year/seq`` within its station, every other row by its ``uid`` (migration
0009). References inside a row are written with those keys too.

Importing decides row by row, comparing the digest (SHA-256 of the row as
the file writes it) of the incoming row, of the row the Polres database
holds, and of what the last import wrote (``sync_ledger``):

- not there: inserted (``baru``);
- the same: nothing written (``sama``) — so a file imported twice changes
  nothing the second time;
- different, and the Polres row is still what the last import wrote: the
  station's newer version replaces it (``diperbarui``);
- different otherwise (changed at the Polres, or there before any import):
  left as it is and listed as a conflict. Nothing is overwritten silently.

Audit events are only ever added. Each import that changed something leaves
one audit event of its own (on a station server the database's triggers
record every row it writes as well).
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import json
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
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
    SyncLedger,
    database_proxy,
    new_uid,
)
from sambang_tui.db.pg import session as pg_session
from sambang_tui.services import attachments, audit, identity, store
from sambang_tui.services.actor import Actor
from sambang_tui.services.errors import PermissionDenied, ValidationError

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


def _v(value: Any) -> Any:
    """A value as the file writes it (dates and times as ISO text)."""
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0).isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value: Any) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    return dt.datetime.fromisoformat(str(value)).replace(microsecond=0)


def _time(value: Any) -> dt.time | None:
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
        return self._get("nrp", lambda: Officer.select(Officer.id, Officer.nrp).tuples()).get(
            officer_id
        )

    def code(self, type_id: int | None) -> str | None:
        if type_id is None:
            return None
        return self._get(
            "code", lambda: ActivityType.select(ActivityType.id, ActivityType.code).tuples()
        ).get(type_id)

    def uid(self, model: type[Model], row_id: int | None) -> str | None:
        if row_id is None:
            return None
        table = model._meta.table_name
        return self._get(
            f"uid:{table}",
            lambda: self._mine(model, model.select(model.id, model.uid)).tuples(),  # type: ignore[attr-defined]
        ).get(row_id)

    def rw_number(self, rw_id: int | None) -> int | None:
        if rw_id is None:
            return None
        return self._get("rw", lambda: RW.select(RW.id, RW.number).tuples()).get(rw_id)

    def rt_number(self, rt_id: int | None) -> int | None:
        if rt_id is None:
            return None
        return self._get("rt", lambda: RT.select(RT.id, RT.number).tuples()).get(rt_id)

    def report(self, report_id: int | None) -> str | None:
        if report_id is None:
            return None
        found = self._get(
            "report",
            lambda: (
                (i, report_key(y, s))
                for i, y, s in self._mine(
                    Report, Report.select(Report.id, Report.year, Report.seq)
                ).tuples()
            ),
        )
        return found.get(report_id)

    # key -> id (in the importing database)
    def officer_id(self, nrp: str | None) -> int | None:
        if nrp is None:
            return None
        return self._get("nrp>", lambda: Officer.select(Officer.nrp, Officer.id).tuples()).get(
            nrp
        )

    def type_id(self, code: str | None) -> int | None:
        if code is None:
            return None
        return self._get(
            "code>", lambda: ActivityType.select(ActivityType.code, ActivityType.id).tuples()
        ).get(code)

    def id_of(self, model: type[Model], uid: str | None) -> int | None:
        if uid is None:
            return None
        table = model._meta.table_name
        return self._get(
            f"uid>:{table}",
            lambda: self._mine(model, model.select(model.uid, model.id))  # type: ignore[attr-defined]
            .where(model.uid.is_null(False))  # type: ignore[attr-defined]
            .tuples(),
        ).get(uid)

    def rw_id(self, kelurahan_id: int | None, number: int | None) -> int | None:
        if kelurahan_id is None or number is None:
            return None
        return self._get(
            "rw>", lambda: (((k, n), i) for i, k, n in RW.select(RW.id, RW.kelurahan, RW.number).tuples())
        ).get((kelurahan_id, number))

    def rt_id(self, rw_id: int | None, number: int | None) -> int | None:
        if rw_id is None or number is None:
            return None
        return self._get(
            "rt>", lambda: (((r, n), i) for i, r, n in RT.select(RT.id, RT.rw, RT.number).tuples())
        ).get((rw_id, number))

    def report_id(self, station_id: int, key: str | None) -> int | None:
        if key is None:
            return None
        found = self._get(
            f"report>:{station_id}",
            lambda: (
                (report_key(y, s), i)
                for i, y, s in Report.select(Report.id, Report.year, Report.seq)
                .where(Report.station == station_id)
                .tuples()
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


def _rw_layout(kelurahan_ids: list[int]) -> dict[int, list[tuple[int, list[int]]]]:
    rts: dict[int, list[int]] = defaultdict(list)
    for rw_id, number in (
        RT.select(RT.rw, RT.number)
        .join(RW)
        .where(RW.kelurahan.in_(kelurahan_ids or [0]))
        .order_by(RT.number)
        .tuples()
    ):
        rts[rw_id].append(number)
    out: dict[int, list[tuple[int, list[int]]]] = defaultdict(list)
    for rw_id, kel_id, number in (
        RW.select(RW.id, RW.kelurahan, RW.number)
        .where(RW.kelurahan.in_(kelurahan_ids or [0]))
        .order_by(RW.number)
        .tuples()
    ):
        out[kel_id].append((number, rts.get(rw_id, [])))
    return out


def assignment_data(a: Assignment, refs: Refs) -> dict[str, Any]:
    return {"officer": refs.nrp(a.officer_id), "kelurahan": refs.uid(Kelurahan, a.kelurahan_id),
            "start": _v(a.start), "end": _v(a.end)}  # fmt: skip


def contact_data(c: Contact, refs: Refs) -> dict[str, Any]:
    return {
        "name": c.name, "category": c.category, "kelurahan": refs.uid(Kelurahan, c.kelurahan_id),
        "rw": refs.rw_number(c.rw_id), "rt": refs.rt_number(c.rt_id), "phone": c.phone,
        "notes": c.notes, "active": bool(c.active),
    }  # fmt: skip


def operation_data(o: Operation) -> dict[str, Any]:
    return {"name": o.name, "start": _v(o.start), "end": _v(o.end), "warrant": o.warrant}


def problem_data(p: Problem, refs: Refs) -> dict[str, Any]:
    return {
        "title": p.title, "kelurahan": refs.uid(Kelurahan, p.kelurahan_id),
        "rw": refs.rw_number(p.rw_id), "field": p.field, "parties": p.parties,
        "description": p.description, "opened": _v(p.opened), "status": p.status,
        "resolution": p.resolution, "closed": _v(p.closed),
    }  # fmt: skip


def absence_data(a: Absence, refs: Refs) -> dict[str, Any]:
    return {"officer": refs.nrp(a.officer_id), "kind": a.kind, "start": _v(a.start),
            "end": _v(a.end), "note": a.note}  # fmt: skip


def plan_data(p: Plan, refs: Refs) -> dict[str, Any]:
    return {
        "date": _v(p.date), "start_time": _v(p.start_time), "officer": refs.nrp(p.officer_id),
        "type": refs.code(p.activity_type_id), "kelurahan": refs.uid(Kelurahan, p.kelurahan_id),
        "rw": refs.rw_number(p.rw_id), "rt": refs.rt_number(p.rt_id), "target": p.target,
        "note": p.note, "status": p.status, "cancel_reason": p.cancel_reason,
        "report": refs.report(p.report_id), "created_by": p.created_by,
        "created_at": _v(p.created_at), "updated_at": _v(p.updated_at),
    }  # fmt: skip


def reports_data(report_ids: list[int], refs: Refs) -> dict[int, dict[str, Any]]:
    """Reports with everything that hangs off them, in a few queries per batch."""
    out: dict[int, dict[str, Any]] = {}
    if not report_ids:
        return out
    for r in Report.select().where(Report.id.in_(report_ids)):
        data = {f: _v(getattr(r, f)) for f in REPORT_FIELDS}
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
    for rid, type_id in (
        ReportType.select(ReportType.report, ReportType.activity_type)
        .where(ReportType.report.in_(ids))
        .order_by(ReportType.report, ReportType.position, ReportType.id)
        .tuples()
    ):
        out[rid]["types"].append(refs.code(type_id))
    for rid, officer_id in (
        ReportOfficer.select(ReportOfficer.report, ReportOfficer.officer)
        .where(ReportOfficer.report.in_(ids))
        .order_by(ReportOfficer.report, ReportOfficer.position, ReportOfficer.id)
        .tuples()
    ):
        out[rid]["officers"].append(refs.nrp(officer_id))
    for rid, category, count in (
        ReportAudience.select(ReportAudience.report, ReportAudience.category, ReportAudience.count)
        .where(ReportAudience.report.in_(ids))
        .order_by(ReportAudience.report, ReportAudience.category)
        .tuples()
    ):
        out[rid]["audience"].append([category, count])
    for rid, contact_id in (
        ReportContact.select(ReportContact.report, ReportContact.contact)
        .where(ReportContact.report.in_(ids))
        .tuples()
    ):
        out[rid]["contacts"].append(refs.uid(Contact, contact_id))
    for rid in ids:
        out[rid]["contacts"].sort(key=lambda u: u or "")
    for info in InformationReport.select().where(InformationReport.report.in_(ids)):
        out[info.report_id]["information"] = {f: _v(getattr(info, f)) for f in INFO_FIELDS}
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
    for household_id, kind, fld, text in (
        Opinion.select(Opinion.household, Opinion.kind, Opinion.field, Opinion.text)
        .where(Opinion.household.in_(list(homes) or [0]))
        .order_by(Opinion.household, Opinion.id)
        .tuples()
    ):
        homes[household_id]["opinions"].append([kind, fld, text])
    for a in Attachment.select().where(Attachment.report.in_(ids)).order_by(Attachment.id):
        out[a.report_id]["attachments"].append(
            {"path": a.path, "original_name": a.original_name, "sha256": a.sha256,
             "size": a.size, "caption": a.caption, "created_at": _v(a.created_at)}
        )  # fmt: skip
    return out


def _audit_row_key(table: str, row_id: int | None, refs: Refs, snapshot: str | None) -> Any:
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


# --- export -----------------------------------------------------------------------------


@dataclass
class ExportResult:
    path: Path
    counts: Counter[str]

    def summary(self) -> str:
        parts = [f"{n} {KIND_WORDS.get(k, k)}" for k, n in self.counts.items() if n]
        return ", ".join(parts) or "tidak ada data"


def _fill_uids(station_id: int) -> None:
    """Rows written by plain SQL (a bulk load) may lack a uid: give them one
    now, once, so that they travel under the same key every time."""
    for model in UID_MODELS:
        if model is AuditEvent:
            continue  # events without one get a digest of what they say
        query = model.select(model.id).where(model.uid.is_null())  # type: ignore[attr-defined]
        if model is Assignment:
            query = query.join(Officer).where(Officer.station == station_id)
        else:
            query = query.where(model.station == station_id)  # type: ignore[attr-defined]
        for (row_id,) in query.tuples():
            model.update(uid=new_uid()).where(model.id == row_id).execute()  # type: ignore[attr-defined]


def records(station_id: int, since: dt.date | None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every record of the station's file, parents first."""
    refs = Refs(station_id)
    station = Station.get_by_id(station_id)
    used_types = {
        t
        for (t,) in ReportType.select(ReportType.activity_type)
        .join(Report)
        .where(Report.station == station_id)
        .distinct()
        .tuples()
    }
    for t in ActivityType.select().order_by(ActivityType.id):
        if t.active or t.id in used_types:
            yield "activity_type", t.code, type_data(t)
    for o in Officer.select().where(Officer.station == station_id).order_by(Officer.id):
        yield "officer", o.nrp, officer_data(o)
    yield "station", station.name, station_data(station, refs)
    kels = list(Kelurahan.select().where(Kelurahan.station == station_id).order_by(Kelurahan.id))
    layout = _rw_layout([k.id for k in kels])
    for k in kels:
        yield "kelurahan", k.uid, kelurahan_data(k, layout)
    for a in (
        Assignment.select(Assignment)
        .join(Officer)
        .where(Officer.station == station_id)
        .order_by(Assignment.id)
    ):
        yield "assignment", a.uid, assignment_data(a, refs)
    for c in Contact.select().where(Contact.station == station_id).order_by(Contact.id):
        yield "contact", c.uid, contact_data(c, refs)
    for o in Operation.select().where(Operation.station == station_id).order_by(Operation.id):
        yield "operation", o.uid, operation_data(o)
    for p in Problem.select().where(Problem.station == station_id).order_by(Problem.id):
        yield "problem", p.uid, problem_data(p, refs)
    for a in Absence.select().where(Absence.station == station_id).order_by(Absence.id):
        yield "absence", a.uid, absence_data(a, refs)
    reports = Report.select(Report.id).where(Report.station == station_id)
    if since is not None:
        start = dt.datetime.combine(since, dt.time())
        reports = reports.where(
            (Report.date >= since) | (Report.updated_at >= start) | (Report.reviewed_at >= start)
        )
    ids = [i for (i,) in reports.order_by(Report.date, Report.id).tuples()]
    for at in range(0, len(ids), BATCH):
        chunk = ids[at : at + BATCH]
        batch = reports_data(chunk, refs)
        for rid in chunk:
            data = batch[rid]
            yield "report", report_key(data["year"], data["seq"]), data
    plans = Plan.select().where(Plan.station == station_id)
    if since is not None:
        plans = plans.where(
            (Plan.date >= since) | (Plan.updated_at >= dt.datetime.combine(since, dt.time()))
        )
    for p in plans.order_by(Plan.date, Plan.id):
        yield "plan", p.uid, plan_data(p, refs)
    events = AuditEvent.select().where(AuditEvent.station == station_id)
    if since is not None:
        events = events.where(AuditEvent.at >= dt.datetime.combine(since, dt.time()))
    for e in events.order_by(AuditEvent.at, AuditEvent.id).iterator():
        yield "audit_event", audit_uid(e), {
            "at": _v(e.at), "os_user": e.os_user, "action": e.action, "table": e.table,
            "row": _audit_row_key(e.table, e.row_id, refs, e.new or e.old),
            "old": e.old, "new": e.new,
        }  # fmt: skip


def export_station(
    actor: Actor, path: Path, since: dt.date | None = None, photos: bool = True
) -> ExportResult:
    """Write the actor's station to ``path`` (admins: the file holds every
    row, informants' identities included)."""
    actor.require_admin("mengekspor data Polsek")
    path = Path(path).expanduser()
    station = Station.get_by_id(actor.station_id)
    if not pg_session.managed():
        store.write(lambda: _fill_uids(actor.station_id))
    counts: Counter[str] = Counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    wanted_files: dict[str, str] = {}
    with os.fdopen(fd, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb") as zipped:

        def put(obj: dict[str, Any]) -> None:
            zipped.write((json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8"))

        put({
            "format": FORMAT, "version": VERSION, "station": station.name,
            "since": _v(since), "exported_at": _v(dt.datetime.now()),
            "exported_by": actor.os_user,
        })  # fmt: skip
        for kind, key, data in records(actor.station_id, since):
            put({"kind": kind, "key": key, "data": data})
            counts[kind] += 1
            if kind == "report" and photos:
                for a in data["attachments"]:
                    wanted_files[a["path"]] = a["sha256"]
        for stored, sha in sorted(wanted_files.items()):
            file = attachments.resolve(stored)
            try:
                content = file.read_bytes()
            except OSError:
                continue  # a photo missing here stays missing there; its row still travels
            put({"kind": "file", "key": stored,
                 "data": {"sha256": sha, "bytes": base64.b64encode(content).decode("ascii")}})
            counts["file"] += 1
    os.replace(partial, path)
    return ExportResult(path, counts)


# --- import -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Conflict:
    kind: str
    key: str
    reason: str

    def line(self) -> str:
        return f"{KIND_WORDS.get(self.kind, self.kind)} {self.key}: {self.reason}"


@dataclass
class ImportResult:
    station: str
    new: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    same: Counter[str] = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(sum(self.new.values()) or sum(self.updated.values()))

    def summary(self) -> str:
        def part(counter: Counter[str]) -> str:
            return sum(counter.values()) and ", ".join(
                f"{n} {KIND_WORDS.get(k, k)}" for k, n in counter.items() if n
            ) or "0"

        return (
            f"{self.station}: baru {part(self.new)}; diperbarui {part(self.updated)}; "
            f"sama {sum(self.same.values())}; konflik {len(self.conflicts)}"
        )


class Missing(Exception):
    """A row refers to one the Polres database does not have."""


def read_file(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with gzip.open(Path(path).expanduser(), "rt", encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                try:
                    yield json.loads(line)
                except ValueError:
                    raise ValidationError(
                        "file", f"{path}: baris {number} rusak; ekspor ulang dari Polsek."
                    ) from None
    except (gzip.BadGzipFile, EOFError):
        raise ValidationError(
            "file", f"{path} bukan berkas ekspor Polsek (sambang export station)."
        ) from None


def _may_import(actor: Actor) -> None:
    if pg_session.managed():
        if not identity.person().is_root:
            raise PermissionDenied(
                "Impor data Polsek ke server Polres hanya oleh superuser PostgreSQL: "
                "runuser -u postgres -- sambang import station BERKAS --db …"
            )
        return
    actor.require_admin("mengimpor data Polsek")


class Importer:
    """Applies the records of one file, batch by batch (each batch one
    transaction, so an interrupted import is finished by importing again)."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result
        self.refs = Refs()
        self.station_id: int | None = None
        self.created_now: set[tuple[str, str]] = set()
        self.now = dt.datetime.now().replace(microsecond=0)

    # -- the ledger --------------------------------------------------------------
    def ledger(self, kind: str, keys: list[str]) -> dict[str, str]:
        if self.station_id is None or not keys:
            return {}
        return dict(
            SyncLedger.select(SyncLedger.key, SyncLedger.digest)
            .where(
                (SyncLedger.station == self.station_id)
                & (SyncLedger.kind == kind)
                & SyncLedger.key.in_(keys)
            )
            .tuples()
        )

    def remember(self, kind: str, key: str, value: str) -> None:
        assert self.station_id is not None
        SyncLedger.insert(
            station=self.station_id, kind=kind, key=key, digest=value, imported_at=self.now
        ).on_conflict(
            conflict_target=[SyncLedger.station, SyncLedger.kind, SyncLedger.key],
            update={SyncLedger.digest: value, SyncLedger.imported_at: self.now},
        ).execute()

    # -- one batch of one kind ---------------------------------------------------------
    def apply(self, kind: str, batch: list[tuple[str, dict[str, Any]]]) -> None:
        if kind == "file":
            for key, data in batch:
                self.file(key, data)
            return
        if kind == "audit_event":
            self.audit_events(batch)
            return
        current = self.current(kind, [k for k, _ in batch])
        ledger = self.ledger(kind, [k for k, _ in batch])
        for key, data in batch:
            data = self.as_written(kind, key, data)
            incoming = digest(data)
            row_id, held = current.get(key, (None, None))
            try:
                with database_proxy.atomic():  # a savepoint: a row that fails leaves nothing
                    self.decide(kind, key, data, incoming, row_id, held, ledger.get(key))
            except Missing as exc:
                self.result.conflicts.append(Conflict(kind, key, str(exc)))

    def decide(
        self,
        kind: str,
        key: str,
        data: dict[str, Any],
        incoming: str,
        row_id: int | None,
        held: dict[str, Any] | None,
        last: str | None,
    ) -> None:
        if row_id is None:
            self.insert(kind, key, data)
            self.remember(kind, key, incoming)
            self.result.new[kind] += 1
            return
        if held is None:
            self.result.conflicts.append(
                Conflict(kind, key, "milik Polsek lain di basis data ini; tidak ditimpa")
            )
            return
        if digest(held) == incoming:
            if last != incoming:
                self.remember(kind, key, incoming)
            self.result.same[kind] += 1
            return
        if (kind, key) in self.created_now or (last is not None and last == digest(held)):
            self.update(kind, key, row_id, data)
            self.remember(kind, key, incoming)
            if (kind, key) not in self.created_now:
                self.result.updated[kind] += 1
            return
        reason = (
            "diubah di basis data ini sejak impor terakhir; tidak ditimpa"
            if last is not None
            else "sudah ada dengan isi lain; tidak ditimpa"
        )
        self.result.conflicts.append(Conflict(kind, key, reason))

    def as_written(self, kind: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
        """The row as it can be written here. A login belongs to one person
        in the whole database: when another officer has it here, the officer
        comes without it (and a note says so), every time alike."""
        login = data.get("os_user") if kind == "officer" else None
        if not login:
            return data
        taken = Officer.get_or_none((Officer.os_user == login) & (Officer.nrp != key))
        if taken is None:
            return data
        self.result.notes.append(
            f"personel {key}: login '{login}' sudah dipakai {taken.name} ({taken.nrp}); "
            "diimpor tanpa login"
        )
        return {**data, "os_user": None}

    # -- what the Polres database holds under these keys -------------------------------
    def current(self, kind: str, keys: list[str]) -> dict[str, tuple[int, dict[str, Any] | None]]:
        refs, sid = self.refs, self.station_id
        out: dict[str, tuple[int, dict[str, Any] | None]] = {}
        if kind == "station":
            for s in Station.select().where(Station.name.in_(keys)):
                out[s.name] = (s.id, station_data(s, refs))
        elif kind == "activity_type":
            for t in ActivityType.select().where(ActivityType.code.in_(keys)):
                out[t.code] = (t.id, type_data(t))
        elif kind == "officer":
            for o in Officer.select().where(Officer.nrp.in_(keys)):
                out[o.nrp] = (o.id, officer_data(o) if o.station_id == sid else None)
        elif kind == "report":
            wanted = {k: tuple(int(x) for x in k.split("/")) for k in keys}
            ids = {
                report_key(y, s): i
                for i, y, s in Report.select(Report.id, Report.year, Report.seq)
                .where(
                    (Report.station == sid)
                    & Report.year.in_(sorted({y for y, _ in wanted.values()}))
                    & Report.seq.in_(sorted({s for _, s in wanted.values()}))
                )
                .tuples()
                if report_key(y, s) in wanted
            }
            held = reports_data(list(ids.values()), refs)
            out = {k: (i, held[i]) for k, i in ids.items()}
        else:
            model = MODELS_BY_KIND[kind]
            rows = list(model.select().where(model.uid.in_(keys)))  # type: ignore[attr-defined]
            layout = _rw_layout([r.id for r in rows]) if kind == "kelurahan" else {}
            for r in rows:
                mine = r.officer.station_id if kind == "assignment" else r.station_id
                out[r.uid] = (r.id, self.represent(kind, r, layout) if mine == sid else None)
        return out

    def represent(self, kind: str, row: Any, layout: dict) -> dict[str, Any]:
        refs = self.refs
        if kind == "kelurahan":
            return kelurahan_data(row, layout)
        if kind == "assignment":
            return assignment_data(row, refs)
        if kind == "contact":
            return contact_data(row, refs)
        if kind == "operation":
            return operation_data(row)
        if kind == "problem":
            return problem_data(row, refs)
        if kind == "absence":
            return absence_data(row, refs)
        return plan_data(row, refs)

    # -- references ---------------------------------------------------------------------------
    def officer(self, nrp: str | None, required: bool = True) -> int | None:
        found = self.refs.officer_id(nrp)
        if found is None and (required or nrp is not None):
            raise Missing(f"personel NRP {nrp} tidak ada")
        return found

    def kelurahan(self, uid: str | None) -> int:
        found = self.refs.id_of(Kelurahan, uid)
        if found is None:
            raise Missing(f"kelurahan {uid} tidak ada")
        return found

    def rw(self, kelurahan_id: int, number: int | None) -> int | None:
        if number is None:
            return None
        found = self.refs.rw_id(kelurahan_id, number)
        if found is None:
            raise Missing(f"RW {number:02d} tidak ada")
        return found

    def rt(self, rw_id: int | None, number: int | None) -> int | None:
        if number is None or rw_id is None:
            return None
        found = self.refs.rt_id(rw_id, number)
        if found is None:
            raise Missing(f"RT {number:02d} tidak ada")
        return found

    def type(self, code: str | None) -> int:
        found = self.refs.type_id(code)
        if found is None:
            raise Missing(f"jenis kegiatan {code} tidak ada")
        return found

    def by_uid(self, model: type[Model], uid: str | None) -> int | None:
        if uid is None:
            return None
        found = self.refs.id_of(model, uid)
        if found is None:
            raise Missing(f"{model._meta.table_name} {uid} tidak ada")
        return found

    # -- writing ----------------------------------------------------------------------------------
    def values(self, kind: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
        sid = self.station_id
        if kind == "station":
            out = {f: data[f] for f in STATION_FIELDS}
            out["kapolsek"] = self.refs.officer_id(data.get("kapolsek"))
            return out
        if kind == "activity_type":
            return {k: data[k] for k in ("code", "name", "form_kind", "active", "sort")}
        if kind == "officer":
            out = {k: data[k] for k in ("nrp", "name", "rank", "role", "phone", "os_user",
                                        "is_admin", "active")}  # fmt: skip
            out["station"] = sid
            return out
        if kind == "kelurahan":
            return {"station": sid, "name": data["name"], "kind": data["kind"],
                    "kecamatan": data["kecamatan"], "city": data["city"], "code": data["code"],
                    "uid": key}  # fmt: skip
        if kind == "assignment":
            return {"officer": self.officer(data["officer"]), "kelurahan": self.kelurahan(
                data["kelurahan"]), "start": _date(data["start"]), "end": _date(data["end"]),
                "uid": key}  # fmt: skip
        if kind == "contact":
            kel = self.kelurahan(data["kelurahan"])
            rw = self.rw(kel, data["rw"])
            return {"station": sid, "name": data["name"], "category": data["category"],
                    "kelurahan": kel, "rw": rw, "rt": self.rt(rw, data["rt"]),
                    "phone": data["phone"], "notes": data["notes"], "active": data["active"],
                    "uid": key}  # fmt: skip
        if kind == "operation":
            return {"station": sid, "name": data["name"], "start": _date(data["start"]),
                    "end": _date(data["end"]), "warrant": data["warrant"], "uid": key}  # fmt: skip
        if kind == "problem":
            kel = self.kelurahan(data["kelurahan"])
            return {"station": sid, "title": data["title"], "kelurahan": kel,
                    "rw": self.rw(kel, data["rw"]), "field": data["field"],
                    "parties": data["parties"], "description": data["description"],
                    "opened": _date(data["opened"]), "status": data["status"],
                    "resolution": data["resolution"], "closed": _date(data["closed"]),
                    "uid": key}  # fmt: skip
        if kind == "absence":
            return {"station": sid, "officer": self.officer(data["officer"]),
                    "kind": data["kind"], "start": _date(data["start"]),
                    "end": _date(data["end"]), "note": data["note"], "uid": key}  # fmt: skip
        if kind == "plan":
            kel = self.kelurahan(data["kelurahan"])
            rw = self.rw(kel, data["rw"])
            report = None
            if data["report"] is not None:
                report = self.refs.report_id(sid or 0, data["report"])
                if report is None:
                    raise Missing(f"laporan {data['report']} belum ada")
            return {"station": sid, "date": _date(data["date"]),
                    "start_time": _time(data["start_time"]),
                    "officer": self.officer(data["officer"]), "activity_type": self.type(
                    data["type"]), "kelurahan": kel, "rw": rw, "rt": self.rt(rw, data["rt"]),
                    "target": data["target"], "note": data["note"], "status": data["status"],
                    "cancel_reason": data["cancel_reason"], "report": report,
                    "created_by": data["created_by"],
                    "created_at": _datetime(data["created_at"]),
                    "updated_at": _datetime(data["updated_at"]), "uid": key}  # fmt: skip
        if kind == "report":
            kel = self.kelurahan(data["kelurahan"])
            rw = self.rw(kel, data["rw"])
            out = {f: data[f] for f in REPORT_FIELDS}
            for name in ("reviewed_at", "created_at", "updated_at", "deleted_at"):
                out[name] = _datetime(out[name])
            out["date"] = _date(out["date"])
            out["start_time"] = _time(out["start_time"])
            out["end_time"] = _time(out["end_time"])
            out.update(
                station=sid, activity_type=self.type(data["type"]),
                operation=self.by_uid(Operation, data["operation"]), kelurahan=kel, rw=rw,
                rt=self.rt(rw, data["rt"]), problem=self.by_uid(Problem, data["problem"]),
                reviewer=self.officer(data["reviewer"], required=False),
            )  # fmt: skip
            return out
        raise ValueError(kind)

    def insert(self, kind: str, key: str, data: dict[str, Any]) -> None:
        row = MODELS_BY_KIND[kind].create(**self.values(kind, key, data))
        self._learn(kind, key, row.id)
        if kind == "kelurahan":
            self._rws(row.id, data["rws"])
        if kind == "report":
            self._children(row.id, data)

    def update(self, kind: str, key: str, row_id: int, data: dict[str, Any]) -> None:
        model = MODELS_BY_KIND[kind]
        values = self.values(kind, key, data)
        values.pop("uid", None)
        values.pop("station", None)
        model.update(**values).where(model.id == row_id).execute()  # type: ignore[attr-defined]
        if kind == "kelurahan":
            self._rws(row_id, data["rws"])
        if kind == "report":
            for child in (ReportType, ReportOfficer, ReportAudience, ReportContact,
                          InformationReport, Household, Attachment):  # fmt: skip
                child.delete().where(child.report == row_id).execute()  # type: ignore[attr-defined]
            self._children(row_id, data)

    def _learn(self, kind: str, key: str, row_id: int) -> None:
        refs = self.refs
        if kind == "officer":
            refs.learn("nrp>", key, row_id)
            refs.learn("nrp", row_id, key)
        elif kind == "activity_type":
            refs.learn("code>", key, row_id)
            refs.learn("code", row_id, key)
        elif kind == "report":
            refs.learn(f"report>:{self.station_id}", key, row_id)
            refs.learn("report", row_id, key)
        elif kind in MODELS_BY_KIND and kind not in ("station", "report"):
            table = MODELS_BY_KIND[kind]._meta.table_name
            refs.learn(f"uid>:{table}", key, row_id)
            refs.learn(f"uid:{table}", row_id, key)

    def _rws(self, kelurahan_id: int, layout: list[list[Any]]) -> None:
        """RWs and RTs the station has that this database lacks (none removed)."""
        for number, rts in layout:
            rw_id = self.refs.rw_id(kelurahan_id, number)
            if rw_id is None:
                rw_id = RW.create(kelurahan=kelurahan_id, number=number).id
                self.refs.learn("rw>", (kelurahan_id, number), rw_id)
                self.refs.learn("rw", rw_id, number)
            for rt in rts:
                if self.refs.rt_id(rw_id, rt) is None:
                    rt_id = RT.create(rw=rw_id, number=rt).id
                    self.refs.learn("rt>", (rw_id, rt), rt_id)
                    self.refs.learn("rt", rt_id, rt)

    def _children(self, report_id: int, data: dict[str, Any]) -> None:
        for position, code in enumerate(data["types"]):
            ReportType.create(report=report_id, activity_type=self.type(code), position=position)
        for position, nrp in enumerate(data["officers"]):
            ReportOfficer.create(report=report_id, officer=self.officer(nrp), position=position)
        for category, count in data["audience"]:
            ReportAudience.create(report=report_id, category=category, count=count)
        for uid in data["contacts"]:
            contact = self.by_uid(Contact, uid)
            ReportContact.create(report=report_id, contact=contact)
        info = data["information"]
        if info is not None:
            values = dict(info)
            values["obtained_at"] = _datetime(values["obtained_at"])
            InformationReport.create(report=report_id, **values)
        for home in data["households"]:
            h = Household.create(report=report_id, head_name=home["head_name"],
                                 address=home["address"], position=home["position"])  # fmt: skip
            for kind, fld, text in home["opinions"]:
                Opinion.create(household=h.id, kind=kind, field=fld, text=text)
        for a in data["attachments"]:
            Attachment.create(report=report_id, path=a["path"], original_name=a["original_name"],
                              sha256=a["sha256"], size=a["size"], caption=a["caption"],
                              created_at=_datetime(a["created_at"]))  # fmt: skip

    def audit_events(self, batch: list[tuple[str, dict[str, Any]]]) -> None:
        keys = [k for k, _ in batch]
        have = {
            u for (u,) in AuditEvent.select(AuditEvent.uid).where(AuditEvent.uid.in_(keys)).tuples()
        }
        resolve = {
            "report": lambda k: self.refs.report_id(self.station_id or 0, k),
            "officer": self.refs.officer_id,
            "activity_type": self.refs.type_id,
            "station": lambda k: self.station_id,
            **{m._meta.table_name: (lambda k, m=m: self.refs.id_of(m, k)) for m in UID_MODELS},
        }
        for key, data in batch:
            if key in have:
                self.result.same["audit_event"] += 1
                continue
            finder = resolve.get(data["table"])
            row_id = finder(data["row"]) if finder and data["row"] is not None else None
            AuditEvent.insert(
                at=_datetime(data["at"]), os_user=data["os_user"], station=self.station_id,
                action=data["action"], table=data["table"], row_id=row_id, old=data["old"],
                new=data["new"], uid=key,
            ).execute()  # fmt: skip
            self.result.new["audit_event"] += 1

    def file(self, stored: str, data: dict[str, Any]) -> None:
        """A report's photo, kept under the same relative path here."""
        if Path(stored).is_absolute() or ".." in Path(stored).parts:
            self.result.conflicts.append(Conflict("file", stored, "path tidak sah; dilewati"))
            return
        target = attachments.base_dir() / stored
        content = base64.b64decode(data["bytes"])
        if hashlib.sha256(content).hexdigest() != data["sha256"]:
            self.result.conflicts.append(Conflict("file", stored, "isi berkas rusak; dilewati"))
            return
        if target.exists():
            if hashlib.sha256(target.read_bytes()).hexdigest() == data["sha256"]:
                self.result.same["file"] += 1
            else:
                self.result.conflicts.append(
                    Conflict("file", stored, "berkas lain sudah ada di sini; tidak ditimpa")
                )
            return
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        self.result.new["file"] += 1


MODELS_BY_KIND: dict[str, type[Model]] = {
    "station": Station,
    "activity_type": ActivityType,
    "officer": Officer,
    "kelurahan": Kelurahan,
    "assignment": Assignment,
    "contact": Contact,
    "operation": Operation,
    "problem": Problem,
    "absence": Absence,
    "report": Report,
    "plan": Plan,
}


def _batches(
    rows: Iterable[dict[str, Any]],
) -> Iterator[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    kind: str | None = None
    batch: list[tuple[str, dict[str, Any]]] = []
    for row in rows:
        if row.get("kind") != kind or len(batch) >= BATCH:
            if batch and kind is not None:
                yield kind, batch
            kind, batch = row.get("kind"), []
        batch.append((str(row.get("key")), row.get("data") or {}))
    if batch and kind is not None:
        yield kind, batch


def import_station(actor: Actor, path: Path) -> ImportResult:
    """Carry a station's export into the bound database (see the module)."""
    _may_import(actor)
    rows = read_file(path)
    header = next(rows, None)
    if not header or header.get("format") != FORMAT:
        raise ValidationError("file", f"{path} bukan berkas ekspor Polsek (sambang export station).")
    if header.get("version") != VERSION:
        raise ValidationError(
            "file", f"{path} ditulis versi Sambang lain (format {header.get('version')}); "
            "perbarui Sambang di kedua tempat."
        )  # fmt: skip
    result = ImportResult(str(header.get("station", "")))
    importer = Importer(result)
    existing = Station.get_or_none(Station.name == result.station)
    if existing is None:

        def create() -> None:
            row = Station.create(name=result.station)
            importer.created_now.add(("station", result.station))
            result.new["station"] += 1
            importer.station_id = row.id

        store.write(create)
    else:
        importer.station_id = existing.id
    importer.refs = Refs(importer.station_id)
    for kind, batch in _batches(rows):
        if kind not in (*MODELS_BY_KIND, "audit_event", "file"):
            result.notes.append(f"jenis data '{kind}' tidak dikenal versi ini; dilewati")
            continue
        if kind == "station":
            batch = [(k, d) for k, d in batch if k == result.station]
        store.write(lambda kind=kind, batch=batch: importer.apply(kind, batch))
    if result.changed:
        summary = {"file": str(path), "new": dict(result.new), "updated": dict(result.updated),
                   "conflicts": len(result.conflicts)}  # fmt: skip
        station_id = importer.station_id

        def note() -> None:
            audit.record(
                Actor(actor.os_user, station_id or actor.station_id), "import", "station",
                station_id, None, summary,
            )  # fmt: skip

        store.write(note)
    return result

