"""``sambang export reports``: the reports of a period as CSV or JSON.

CSV is comma-separated UTF-8 with a BOM (Excel opens it with the right
characters) and CRLF line ends; a text cell a spreadsheet would run as a
formula gets a leading apostrophe (``services.core.formula``, the rule the import
refuses by). Reports are read in pages (keyset on
date and id), so an export never holds every report in memory.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from peewee import JOIN

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Kelurahan,
    Officer,
    Operation,
    Problem,
    Report,
    ReportAudience,
    ReportOfficer,
    ReportType,
)
from sambang_tui.db.rows import aliased
from sambang_tui.db.vocab import AUDIENCE_CATEGORIES
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.formula import neutralise

FORMATS = ("csv", "json")
PAGE = 500

COLUMNS: tuple[str, ...] = (
    "nomor",
    "tanggal",
    "mulai",
    "selesai",
    "jenis",
    "personel",
    "kelurahan",
    "rw",
    "rt",
    "tempat",
    *(f"hadir_{c}".replace("other", "lainnya") for c in AUDIENCE_CATEGORIES),
    "uraian",
    "himbauan",
    "temuan",
    "ancaman",
    "situasi",
    "tindak_lanjut",
    "kutipan_oleh",
    "kutipan",
    "operasi",
    "masalah",
    "status",
)


@dataclass(frozen=True)
class ExportResult:
    count: int
    path: Path | None


def check_period(date_from: dt.date, date_to: dt.date, fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValidationError("format", "reports.err.export_format", format=fmt)
    if date_to < date_from:
        raise ValidationError("date_to", "core.err.end_before_start")


def _page(
    actor: Actor, date_from: dt.date, date_to: dt.date, after: tuple[dt.date, int] | None
) -> list[Report]:
    query = (
        Report.select(
            Report,
            Kelurahan.name.alias("kel_name"),
            RW.number.alias("rw_number"),
            RT.number.alias("rt_number"),
            Operation.name.alias("op_name"),
            Problem.title.alias("problem_title"),
        )
        .join(Kelurahan, on=(Report.kelurahan == Kelurahan.id))
        .switch(Report)
        .join(RW, JOIN.LEFT_OUTER, on=(Report.rw == RW.id))
        .switch(Report)
        .join(RT, JOIN.LEFT_OUTER, on=(Report.rt == RT.id))
        .switch(Report)
        .join(Operation, JOIN.LEFT_OUTER, on=(Report.operation == Operation.id))
        .switch(Report)
        .join(Problem, JOIN.LEFT_OUTER, on=(Report.problem == Problem.id))
        .where(
            (Report.station == actor.station_id)
            & Report.deleted_at.is_null()
            & (Report.date >= date_from)
            & (Report.date <= date_to)
        )
    )
    if after is not None:
        day, last_id = after
        query = query.where((Report.date > day) | ((Report.date == day) & (Report.id > last_id)))
    return list(query.order_by(Report.date, Report.id).limit(PAGE).objects())


def _children(
    ids: list[int],
) -> tuple[dict[int, list[str]], dict[int, list[dict[str, str]]], dict[int, dict[str, int | None]]]:
    types: dict[int, list[str]] = {i: [] for i in ids}
    for link in (
        ReportType.select(ReportType.report, ActivityType.code)
        .join(ActivityType)
        .where(ReportType.report.in_(ids))
        .order_by(ReportType.report, ReportType.position)
        .objects()
    ):
        types[link.report_id].append(aliased(link, "code"))
    officers: dict[int, list[dict[str, str]]] = {i: [] for i in ids}
    for person in (
        ReportOfficer.select(ReportOfficer.report, Officer.rank, Officer.name, Officer.nrp)
        .join(Officer)
        .where(ReportOfficer.report.in_(ids))
        .order_by(ReportOfficer.report, ReportOfficer.position)
        .objects()
    ):
        officers[person.report_id].append({k: aliased(person, k) for k in ("rank", "name", "nrp")})
    audience: dict[int, dict[str, int | None]] = {i: {} for i in ids}
    for row in ReportAudience.select().where(ReportAudience.report.in_(ids)):
        audience[row.report_id][row.category] = row.count
    return types, officers, audience


def iter_records(actor: Actor, date_from: dt.date, date_to: dt.date) -> Iterator[dict[str, Any]]:
    """Every report of the period as a plain dict, oldest first."""
    after = None
    while True:
        page = _page(actor, date_from, date_to, after)
        if not page:
            return
        types, officers, audience = _children([r.id for r in page])
        for r in page:
            yield {
                "nomor": r.number,
                "tanggal": r.date.isoformat(),
                "mulai": r.start_time.strftime("%H:%M") if r.start_time else "",
                "selesai": r.end_time.strftime("%H:%M") if r.end_time else "",
                "jenis": types[r.id],
                "personel": officers[r.id],
                "kelurahan": aliased(r, "kel_name"),
                "rw": aliased(r, "rw_number"),
                "rt": aliased(r, "rt_number"),
                "tempat": r.place,
                "hadir": audience[r.id],
                "uraian": r.narrative,
                "himbauan": r.message,
                "temuan": r.findings,
                "ancaman": r.threat_level,
                "situasi": r.situation,
                "tindak_lanjut": r.follow_up,
                "kutipan_oleh": r.quote_by,
                "kutipan": r.quote_text,
                "operasi": aliased(r, "op_name") or "",
                "masalah": aliased(r, "problem_title") or "",
                "status": r.status,
            }
        after = (page[-1].date, page[-1].id)


def _csv_row(record: dict[str, Any]) -> list[object]:
    flat = dict(record)
    flat["jenis"] = "+".join(record["jenis"])
    flat["personel"] = "; ".join(
        f"{o['rank']} {o['name']} ({o['nrp']})" for o in record["personel"]
    )
    for category in AUDIENCE_CATEGORIES:
        flat[f"hadir_{category}".replace("other", "lainnya")] = record["hadir"].get(category)
    return [neutralise(flat[c]) for c in COLUMNS]


def write_csv(records: Iterator[dict[str, Any]], stream: TextIO) -> int:
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for record in records:
        writer.writerow(_csv_row(record))
        count += 1
    return count


def write_json(records: Iterator[dict[str, Any]], stream: TextIO) -> int:
    stream.write("[")
    count = 0
    for record in records:
        stream.write(",\n  " if count else "\n  ")
        stream.write(json.dumps(record, ensure_ascii=False))
        count += 1
    stream.write("\n]\n" if count else "]\n")
    return count


def export_reports(
    actor: Actor,
    date_from: dt.date,
    date_to: dt.date,
    fmt: str = "csv",
    out: Path | None = None,
    stream: TextIO | None = None,
) -> ExportResult:
    """Write the period's reports to ``out`` (a file) or ``stream``."""
    check_period(date_from, date_to, fmt)
    records = iter_records(actor, date_from, date_to)
    writer = write_csv if fmt == "csv" else write_json
    if out is None:
        if stream is None:
            raise ValueError("export_reports needs out or stream")
        return ExportResult(writer(records, stream), None)
    out = Path(out).expanduser()
    encoding = "utf-8-sig" if fmt == "csv" else "utf-8"
    with out.open("w", encoding=encoding, newline="") as fh:
        count = writer(records, fh)
    return ExportResult(count, out)
