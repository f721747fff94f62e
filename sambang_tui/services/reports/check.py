"""Checking a ``ReportInput`` against the station's master data and turning it
into clean values ready to store. Every field error is collected and raised
at once; field names are ``ReportInput`` attribute names (nested parts as
``information.facts``, ``households.0.head_name``, ``new_problem.title``).
"""

from __future__ import annotations

import datetime as dt
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
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.validate import LONG_MAX, Checker
from sambang_tui.services.reports.input import ReportInput

MAX_FUTURE_DAYS = 1
MIN_YEAR = 2000
MAX_AUDIENCE = 100_000
AUDIENCE_LABELS = {
    "warga": "warga",
    "tokoh_masyarakat": "tokoh masyarakat",
    "tokoh_agama": "tokoh agama",
    "kelompok_pemuda": "kelompok pemuda",
    "perangkat_rt_rw": "perangkat RT/RW",
    "other": "lainnya",
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


@dataclass(frozen=True)
class Existing:
    """What the stored report already links (an edit may keep an officer
    or type that has since been deactivated)."""

    report_id: int | None = None
    officer_ids: frozenset[int] = frozenset()
    type_ids: frozenset[int] = frozenset()


def _unique(c: Checker, field_name: str, ids: list[int] | None) -> list[int]:
    """The ids in order, repeats dropped; a value that is no id is an error."""
    seen: dict[int, None] = {}
    for value in ids or []:
        if value is None or value == "":
            continue
        try:
            seen.setdefault(int(value), None)
        except (TypeError, ValueError):
            c.fail(field_name, f"'{value}' bukan pilihan yang dikenal.")
    return list(seen)


def _given(values: list[int] | None) -> bool:
    return any(v not in (None, "") for v in values or [])


def pad(number: int) -> str:
    return f"{number:02d}"


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

    cols["place"] = c.text("place", "Tempat", data.place)
    cols["narrative"] = c.text(
        "narrative",
        "Uraian kegiatan",
        data.narrative,
        required=True,
        max_len=LONG_MAX,
        multiline=True,
    )
    cols["message"] = c.text(
        "message", "Pesan/himbauan", data.message, max_len=LONG_MAX, multiline=True
    )
    cols["findings"] = c.text("findings", "Temuan", data.findings, max_len=LONG_MAX, multiline=True)
    cols["follow_up"] = c.text(
        "follow_up", "Tindak lanjut", data.follow_up, max_len=LONG_MAX, multiline=True
    )
    cols["quote_by"] = c.text("quote_by", "Nama yang dikutip", data.quote_by, max_len=160)
    cols["quote_text"] = c.text(
        "quote_text", "Kutipan", data.quote_text, max_len=LONG_MAX, multiline=True
    )
    if cols["quote_text"] and not cols["quote_by"]:
        c.fail("quote_by", "Isi nama yang dikutip untuk kutipan ini.")

    threat = data.threat_level or THREAT_LEVELS[0]
    if threat not in THREAT_LEVELS:
        c.fail(
            "threat_level", f"Tingkat ancaman harus salah satu dari: {', '.join(THREAT_LEVELS)}."
        )
    cols["threat_level"] = threat
    situation = data.situation or SITUATIONS[0]
    if situation not in SITUATIONS:
        c.fail("situation", f"Situasi harus salah satu dari: {', '.join(SITUATIONS)}.")
    cols["situation"] = situation

    audience = _check_audience(c, data.audience)
    contact_ids = _check_contacts(c, actor, data.contact_ids)
    cols["operation"] = _check_operation(c, actor, data.operation_id, day)

    information = _check_information(c, data, kinds)
    households = _check_households(c, data, kinds)
    cols["problem"], new_problem = _check_problem(c, actor, data, kinds)
    plan_id = _check_plan(c, actor, data.plan_id, existing.report_id)

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
        plan_id=plan_id,
    )


END_BEFORE_START = "entry.err.end_before_start"


def times_in_order(start: dt.time | None, end: dt.time | None) -> bool:
    """A visit ends after it starts (either may be left empty): the one
    rule, which the entry form pre-checks with as the times are typed."""
    return not (start and end and end <= start)


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
            if day <= today + dt.timedelta(days=MAX_FUTURE_DAYS):
                return day
        raise ValidationError("date", "core.err.date_not_in_calendar", text=raw)
    return parse_date(text, today=today, field="date")


def _check_date(c: Checker, day: dt.date | None) -> dt.date | None:
    if day is None:
        c.fail("date", "Tanggal wajib diisi.")
        return None
    if isinstance(day, dt.datetime):
        day = day.date()
    latest = clock.today() + dt.timedelta(days=MAX_FUTURE_DAYS)
    if day > latest:
        c.fail("date", f"Tanggal {day:%d/%m/%Y} terlalu jauh di masa depan (paling lambat besok).")
    elif day.year < MIN_YEAR:
        c.fail("date", f"Tanggal {day:%d/%m/%Y} terlalu lampau.")
    return day


def _check_officers(c: Checker, actor: Actor, raw: list[int], existing: Existing) -> list[int]:
    ids = _unique(c, "officer_ids", raw)
    if not ids:
        if not _given(raw):
            c.fail("officer_ids", "Personel wajib diisi (minimal satu).")
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
            c.fail("officer_ids", f"Personel #{oid} tidak ada di Polsek ini.")
        elif not officer.active and oid not in existing.officer_ids:
            c.fail("officer_ids", f"Personel {officer.name} sudah tidak aktif.")
    return ids


def _check_types(c: Checker, raw: list[int], existing: Existing) -> tuple[list[int], set[str]]:
    ids = _unique(c, "type_ids", raw)
    if not ids:
        if not _given(raw):
            c.fail("type_ids", "Jenis kegiatan wajib diisi (minimal satu).")
        return [], set()
    rows = {t.id: t for t in ActivityType.select().where(ActivityType.id.in_(ids))}
    kinds: set[str] = set()
    for tid in ids:
        kind = rows.get(tid)
        if kind is None:
            c.fail("type_ids", f"Jenis kegiatan #{tid} tidak dikenal.")
        elif not kind.active and tid not in existing.type_ids:
            c.fail("type_ids", f"Jenis kegiatan {kind.name} sudah tidak dipakai.")
        else:
            kinds.add(kind.form_kind)
    return ids, kinds


def _check_area(
    c: Checker, actor: Actor, kelurahan_id: int | None, rw: int | None, rt: int | None
) -> tuple[Kelurahan | None, int | None, int | None]:
    if kelurahan_id is None:
        c.fail("kelurahan_id", "Kelurahan wajib diisi.")
        if rt is not None and rw is None:
            c.fail("rw", "Isi RW untuk RT ini.")
        return None, None, None
    kel = Kelurahan.get_or_none(
        (Kelurahan.id == kelurahan_id) & (Kelurahan.station == actor.station_id)
    )
    if kel is None:
        c.fail("kelurahan_id", f"Kelurahan #{kelurahan_id} tidak ada di wilayah Polsek ini.")
        return None, None, None
    label = "Desa" if kel.kind == "desa" else "Kelurahan"
    if rw is None:
        if rt is not None:
            c.fail("rw", "Isi RW untuk RT ini.")
        return kel, None, None
    rw_row = RW.get_or_none((RW.kelurahan == kel.id) & (RW.number == rw))
    if rw_row is None:
        c.fail("rw", f"RW {pad(rw)} tidak ada di {label} {kel.name}.")
        return kel, None, None
    if rt is None:
        return kel, rw_row.id, None
    rt_row = RT.get_or_none((RT.rw == rw_row.id) & (RT.number == rt))
    if rt_row is None:
        c.fail("rt", f"RT {pad(rt)} tidak ada di RW {pad(rw)} {label} {kel.name}.")
        return kel, rw_row.id, None
    return kel, rw_row.id, rt_row.id


def _check_audience(c: Checker, raw: dict[str, int | None]) -> dict[str, int | None]:
    """Counts by group; ``None`` (typed ``?``) keeps the group as present
    without a count, so detail, recap and release still say who was met."""
    out: dict[str, int | None] = {}
    for category, count in (raw or {}).items():
        if category not in AUDIENCE_CATEGORIES:
            c.fail("audience", f"Kategori peserta '{category}' tidak dikenal.")
            continue
        if count is None or count == "":
            out[category] = None
            continue
        label = AUDIENCE_LABELS[category]
        try:
            value = int(count)
        except (TypeError, ValueError):
            c.fail("audience", f"Jumlah {label} harus berupa angka.")
            continue
        if value < 0:
            c.fail("audience", f"Jumlah {label} tidak boleh negatif.")
        elif value > MAX_AUDIENCE:
            c.fail("audience", f"Jumlah {label} terlalu besar (maksimal {MAX_AUDIENCE}).")
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
            c.fail("contact_ids", f"Tokoh #{cid} tidak ada di data Polsek ini.")
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
        c.fail("operation_id", f"Operasi #{operation_id} tidak ada.")
        return None
    if day is not None and not (op.start <= day <= op.end):
        c.fail(
            "operation_id",
            f"{op.name} berlangsung {op.start:%d/%m/%Y}–{op.end:%d/%m/%Y}, "
            f"tidak pada {day:%d/%m/%Y}.",
        )
    return op.id


def _check_information(c: Checker, data: ReportInput, kinds: set[str]) -> dict[str, Any] | None:
    info = data.information
    wanted = "deteksi_dini" in kinds
    if info is None:
        if wanted:
            c.fail("information", "Deteksi Dini memerlukan bagian Laporan Informasi.")
        return None
    p = "information."
    values = {
        "field": c.text(p + "field", "Bidang", info.field, max_len=60),
        "subject": c.text(p + "subject", "Perihal", info.subject),
        "source": c.text(p + "source", "Sumber informasi", info.source, required=wanted),
        "source_relation": c.text(
            p + "source_relation", "Hubungan dengan sumber", info.source_relation
        ),
        "how_obtained": c.text(
            p + "how_obtained", "Cara mendapatkan", info.how_obtained, required=wanted
        ),
        "obtained_at": info.obtained_at,
        "reliability": (info.reliability or "").strip().upper(),
        "accuracy": (info.accuracy or "").strip(),
        "facts": c.text(
            p + "facts",
            "Fakta-fakta",
            info.facts,
            required=wanted,
            max_len=LONG_MAX,
            multiline=True,
        ),
        "assessment": c.text(
            p + "assessment", "Pendapat pelapor", info.assessment, max_len=LONG_MAX, multiline=True
        ),
    }
    if values["reliability"] and values["reliability"] not in SOURCE_RELIABILITY:
        c.fail(p + "reliability", "Nilai keandalan sumber harus A–F.")
    if values["accuracy"] and values["accuracy"] not in INFO_ACCURACY:
        c.fail(p + "accuracy", "Nilai kebenaran informasi harus 1–6.")
    if not wanted:
        if any(v for k, v in values.items() if k != "obtained_at") or values["obtained_at"]:
            c.fail(
                "information",
                "Laporan Informasi hanya untuk jenis Deteksi Dini: tambahkan jenis itu "
                "atau kosongkan bagiannya.",
            )
        return None
    return values


def _check_households(c: Checker, data: ReportInput, kinds: set[str]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i, house in enumerate(data.households or []):
        p = f"households.{i}."
        opinions = []
        for j, op in enumerate(house.opinions or []):
            q = f"{p}opinions.{j}."
            text = c.text(q + "text", "Isi pendapat", op.text, max_len=LONG_MAX, multiline=True)
            op_field = c.text(q + "field", "Bidang", op.field, max_len=60)
            if not text and not op_field:
                continue
            if not text:
                c.fail(q + "text", "Isi pendapat wajib diisi.")
            if op.kind not in OPINION_KINDS:
                c.fail(q + "kind", "Jenis pendapat harus keluhan atau harapan.")
            opinions.append({"kind": op.kind, "field": op_field, "text": text})
        head = c.text(p + "head_name", "Kepala keluarga", house.head_name, max_len=120)
        address = c.text(p + "address", "Alamat", house.address)
        if not head and not address and not opinions:
            continue
        if not head:
            c.fail(p + "head_name", "Nama kepala keluarga wajib diisi.")
        out.append({"head_name": head, "address": address, "opinions": opinions})
    if out and "dds" not in kinds:
        c.fail(
            "households",
            "Kunjungan rumah hanya untuk jenis DDS: tambahkan jenis itu atau kosongkan daftarnya.",
        )
    return out


def _check_problem(
    c: Checker, actor: Actor, data: ReportInput, kinds: set[str]
) -> tuple[int | None, dict[str, Any] | None]:
    new = data.new_problem
    has_new = new is not None and any(
        (value or "").strip() for value in (new.title, new.field, new.parties, new.description)
    )
    if data.problem_id is not None and has_new:
        c.fail("problem_id", "Pilih masalah yang ada atau buka masalah baru, bukan keduanya.")
        return None, None
    if data.problem_id is not None:
        found = Problem.get_or_none(
            (Problem.id == data.problem_id) & (Problem.station == actor.station_id)
        )
        if found is None:
            c.fail("problem_id", f"Masalah #{data.problem_id} tidak ada.")
        return data.problem_id, None
    if has_new and new is not None:
        p = "new_problem."
        values = {
            "title": c.text(p + "title", "Judul masalah", new.title, required=True, max_len=200),
            "field": c.text(p + "field", "Bidang", new.field, max_len=60),
            "parties": c.text(
                p + "parties", "Pihak-pihak", new.parties, max_len=LONG_MAX, multiline=True
            ),
            "description": c.text(
                p + "description",
                "Uraian masalah",
                new.description,
                max_len=LONG_MAX,
                multiline=True,
            ),
        }
        return None, values
    if "problem_solving" in kinds:
        c.fail(
            "problem_id",
            "Problem Solving harus terkait masalah: pilih masalah yang ada atau buka yang baru.",
        )
    return None, None


def _check_plan(c: Checker, actor: Actor, plan_id: int | None, report_id: int | None) -> int | None:
    if plan_id is None:
        return None
    plan = Plan.get_or_none((Plan.id == plan_id) & (Plan.station == actor.station_id))
    if plan is None:
        c.fail("plan_id", f"Rencana #{plan_id} tidak ada.")
        return None
    if plan.report_id is not None and plan.report_id != report_id:
        c.fail("plan_id", "Rencana ini sudah terlaksana oleh laporan lain.")
        return None
    return plan_id
