"""``sambang export station``: a Polsek's rows, their audit trail and the
photos of its reports in one file for the Polres database (gzip JSON lines:
a header, then one record ``{"kind", "key", "data"}`` a row, parents
first). See ``rows`` for the keys and ``load`` for the
other end."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sambang_tui.db.models import (
    Absence,
    ActivityType,
    Assignment,
    AuditEvent,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Plan,
    Problem,
    Report,
    ReportType,
    Station,
    new_uid,
)
from sambang_tui.db.pg import session as pg_session
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core import clock, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.reports import attachments
from sambang_tui.services.transfer.rows import (
    BATCH,
    FORMAT,
    KIND_WORDS,
    UID_MODELS,
    VERSION,
    Refs,
    absence_data,
    assignment_data,
    audit_row_key,
    audit_uid,
    contact_data,
    kelurahan_data,
    officer_data,
    operation_data,
    plain,
    plan_data,
    problem_data,
    report_key,
    reports_data,
    rw_layout,
    station_data,
    type_data,
)


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
        for (row_id,) in tuple_rows(query):
            model.update(uid=new_uid()).where(model.id == row_id).execute()  # type: ignore[attr-defined]


def records(
    station_id: int, since: dt.date | None
) -> Iterator[tuple[str, str | None, dict[str, Any]]]:
    """Every record of the station's file, parents first. A key is the row's
    uid (``_fill_uids`` gives one to a SQLite row without; the uid column
    itself may be null)."""
    refs = Refs(station_id)
    station = Station.get_by_id(station_id)
    used_types = {
        t
        for (t,) in tuple_rows(
            ReportType.select(ReportType.activity_type)
            .join(Report)
            .where(Report.station == station_id)
            .distinct()
        )
    }
    for t in ActivityType.select().order_by(ActivityType.id):
        if t.active or t.id in used_types:
            yield "activity_type", t.code, type_data(t)
    for o in Officer.select().where(Officer.station == station_id).order_by(Officer.id):
        yield "officer", o.nrp, officer_data(o)
    yield "station", station.name, station_data(station, refs)
    kels = list(Kelurahan.select().where(Kelurahan.station == station_id).order_by(Kelurahan.id))
    layout = rw_layout([k.id for k in kels])
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
    for op in Operation.select().where(Operation.station == station_id).order_by(Operation.id):
        yield "operation", op.uid, operation_data(op)
    for p in Problem.select().where(Problem.station == station_id).order_by(Problem.id):
        yield "problem", p.uid, problem_data(p, refs)
    for ab in Absence.select().where(Absence.station == station_id).order_by(Absence.id):
        yield "absence", ab.uid, absence_data(ab, refs)
    reports = Report.select(Report.id).where(Report.station == station_id)
    if since is not None:
        start = dt.datetime.combine(since, dt.time())
        reports = reports.where(
            (Report.date >= since) | (Report.updated_at >= start) | (Report.reviewed_at >= start)
        )
    ids = [i for (i,) in tuple_rows(reports.order_by(Report.date, Report.id))]
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
    for plan in plans.order_by(Plan.date, Plan.id):
        yield "plan", plan.uid, plan_data(plan, refs)
    events = AuditEvent.select().where(AuditEvent.station == station_id)
    if since is not None:
        events = events.where(AuditEvent.at >= dt.datetime.combine(since, dt.time()))
    for e in events.order_by(AuditEvent.at, AuditEvent.id).iterator():
        yield "audit_event", audit_uid(e), {
            "at": plain(e.at), "os_user": e.os_user, "action": e.action, "table": e.table,
            "row": audit_row_key(e.table, e.row_id, refs, e.new or e.old),
            "old": e.old, "new": e.new,
        }  # fmt: skip


def export_station(
    actor: Actor, path: Path, since: dt.date | None = None, photos: bool = True
) -> ExportResult:
    """Write the actor's station to ``path`` (admins: the file holds every
    row, informants' identities included)."""
    actor.require_admin("core.do.export_station")
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
            "since": plain(since), "exported_at": plain(clock.wall_now()),
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
            put(
                {
                    "kind": "file",
                    "key": stored,
                    "data": {"sha256": sha, "bytes": base64.b64encode(content).decode("ascii")},
                }
            )
            counts["file"] += 1
    os.replace(partial, path)
    return ExportResult(path, counts)
