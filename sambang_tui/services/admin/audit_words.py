"""The audit trail as people read it: Indonesian field names, ids turned
into what they name (the type code, the officer, the kelurahan, the RW
number…), dates as dates, and the officer behind each login — instead of
``activity_type=1; audience={"warga": 15}`` by ``root``."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    BaseModel,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Problem,
    Report,
    Station,
)
from sambang_tui.services.master.people import names_by_login, rank_name

LABELS: dict[str, str] = {
    "date": "tanggal",
    "start_time": "mulai",
    "end_time": "selesai",
    "start": "mulai",
    "end": "selesai",
    "activity_type": "jenis",
    "type_ids": "jenis",
    "officer": "personel",
    "officer_ids": "personel",
    "kelurahan": "kelurahan",
    "rw": "RW",
    "rt": "RT",
    "place": "tempat",
    "target": "sasaran",
    "audience": "yang ditemui",
    "contact_ids": "tokoh",
    "narrative": "uraian",
    "message": "himbauan",
    "findings": "temuan",
    "threat_level": "ancaman",
    "situation": "situasi",
    "follow_up": "tindak lanjut",
    "operation": "operasi",
    "quote_by": "dikutip",
    "quote_text": "kutipan",
    "problem": "masalah",
    "information": "laporan informasi",
    "households": "kunjungan rumah",
    "status": "status",
    "number": "nomor",
    "seq": "no. urut",
    "year": "tahun",
    "station": "Polsek",
    "report": "laporan",
    "plan_id": "rencana",
    "created_by": "dibuat oleh",
    "created_at": "dibuat",
    "updated_by": "diubah oleh",
    "updated_at": "diubah",
    "reviewer": "pemeriksa",
    "review_note": "catatan pemeriksa",
    "reviewed_at": "diperiksa",
    "deleted_at": "dihapus",
    "cancel_reason": "alasan batal",
    "note": "catatan",
    "name": "nama",
    "nrp": "NRP",
    "rank": "pangkat",
    "role": "jabatan",
    "phone": "telepon",
    "os_user": "login",
    "active": "aktif",
    "is_admin": "admin",
    "category": "kategori",
    "notes": "catatan",
    "kind": "jenis",
    "kecamatan": "kecamatan",
    "city": "kota",
    "code": "kode",
    "title": "judul",
    "field": "bidang",
    "parties": "pihak",
    "description": "uraian",
    "opened": "dibuka",
    "closed": "ditutup",
    "resolution": "penyelesaian",
    "form_kind": "bentuk",
    "kapolsek": "Kapolsek",
    # the demo database's own event
    "demo": "basis data demo",
    "reports": "laporan",
    "plans": "rencana",
}
STATUS_WORDS = {
    "draft": "Draf",
    "diajukan": "Diajukan",
    "diverifikasi": "Diverifikasi",
    "dikembalikan": "Dikembalikan",
    "rencana": "rencana",
    "terlaksana": "terlaksana",
    "batal": "batal",
    "terbuka": "terbuka",
    "selesai": "selesai",
}
AUDIENCE_WORDS = {
    "warga": "warga",
    "tokoh_masyarakat": "tokoh masyarakat",
    "tokoh_agama": "tokoh agama",
    "kelompok_pemuda": "kelompok pemuda",
    "perangkat_rt_rw": "perangkat RT/RW",
    "other": "lainnya",
}
# the keys that hold ids, and what they name
REFERENCES: dict[str, str] = {
    "officer": "officer",
    "officer_ids": "officer",
    "reviewer": "officer",
    "kapolsek": "officer",
    "activity_type": "type",
    "type_ids": "type",
    "kelurahan": "kelurahan",
    "rw": "rw",
    "rt": "rt",
    "operation": "operation",
    "operation_id": "operation",
    "problem": "problem",
    "problem_id": "problem",
    "contact_ids": "contact",
    "report": "report",
    "station": "station",
}
LOGINS = ("created_by", "updated_by")
# what a person looks for first; the rest follows in name order
FIRST = (
    "number", "name", "title", "nrp", "rank", "role", "date", "start_time", "end_time",
    "officer", "officer_ids", "type_ids", "activity_type", "kelurahan", "rw", "rt", "place",
    "status", "review_note",
)  # fmt: skip
# bookkeeping a row of the trail says already (its id, who and when)
NOT_SHOWN = frozenset({"id", "station"})
NOT_SHOWN_NEW = frozenset({"created_at", "created_by", "updated_at", "updated_by", "seq", "year"})
# names by kind: {id: name}, and for "login" {login: "Rank Name"}
Names = dict[str, dict[Any, str]]

_MODELS: dict[str, tuple[type[BaseModel], Callable[[Any], str]]] = {
    "officer": (Officer, lambda o: rank_name(o.rank, o.name)),
    "type": (ActivityType, lambda a: a.code),
    "kelurahan": (Kelurahan, lambda k: k.name),
    "rw": (RW, lambda r: f"{r.number:02d}"),
    "rt": (RT, lambda r: f"{r.number:02d}"),
    "operation": (Operation, lambda o: o.name),
    "problem": (Problem, lambda p: p.title),
    "contact": (Contact, lambda c: c.name),
    "report": (Report, lambda r: r.number),
    "station": (Station, lambda s: s.name),
}


def label(key: str) -> str:
    return LABELS.get(key, key.replace("_", " "))


def _ids(value: Any) -> list[int]:
    values = value if isinstance(value, list) else [value]
    return [v for v in values if isinstance(v, int) and not isinstance(v, bool)]


def _names(rows: Iterable[Any]) -> Names:
    """Every id the changes refer to, named, one query per kind."""
    wanted: dict[str, set[int]] = {}
    for row in rows:
        for change in row.changes:
            kind = REFERENCES.get(change.field)
            if kind:
                wanted.setdefault(kind, set()).update(_ids(change.old) + _ids(change.new))
    found: Names = {}
    for kind, ids in wanted.items():
        model, name = _MODELS[kind]
        found[kind] = {m.id: name(m) for m in model.select().where(model.id.in_(ids))}
    return found


def _date_text(text: str) -> str | None:
    try:
        if len(text) == 10:
            return f"{dt.date.fromisoformat(text):%d/%m/%Y}"
        if len(text) in (5, 8) and text[2] == ":":
            return text[:5].replace(":", ".")
        if len(text) >= 16 and text[10] == "T":
            return f"{dt.datetime.fromisoformat(text):%d/%m/%Y %H.%M}"
    except ValueError:
        return None
    return None


def value_text(key: str, value: Any, names: Names) -> str:
    """One value as words."""
    if value is None or value == [] or value == {}:
        return "-"
    kind = REFERENCES.get(key)
    if kind and _ids(value):
        known = names.get(kind, {})
        return ", ".join(known.get(i, f"#{i}") for i in _ids(value))
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    if key == "audience" and isinstance(value, dict):
        order = list(AUDIENCE_WORDS)
        keys = sorted(value, key=lambda k: order.index(k) if k in order else len(order))
        return ", ".join(
            f"{AUDIENCE_WORDS.get(k, k)} {'?' if value[k] is None else value[k]}" for k in keys
        )
    if key in LOGINS and isinstance(value, str):
        return names.get("login", {}).get(value, value)
    if key == "households" and isinstance(value, list):
        return f"{len(value)} KK"
    if isinstance(value, dict):
        return "; ".join(
            f"{label(k)}: {value_text(k, v, names)}"
            for k, v in value.items()
            if v not in (None, "")
        )
    if isinstance(value, list):
        return ", ".join(value_text(key, v, names) for v in value)
    if isinstance(value, str):
        if value == "":
            return "(kosong)"
        if key == "status":
            return STATUS_WORDS.get(value, value)
        if key in ("situation", "threat_level", "role", "category", "kind", "form_kind"):
            return value.replace("_", " ")
        return _date_text(value) or value
    return str(value)


def readable(rows: list[Any], station_id: int) -> list[Any]:
    """The rows with ``who`` (the officer behind the login) and
    ``readable`` (Indonesian names, values as words) filled in."""
    names = _names(rows)
    logins = {row.os_user for row in rows} | {
        v for row in rows for c in row.changes if c.field in LOGINS for v in (c.old, c.new)
    }
    who = names_by_login(station_id, {v for v in logins if isinstance(v, str)})
    names["login"] = who
    out = []
    for row in rows:
        keys = {c.field for c in row.changes}
        hidden = NOT_SHOWN | (NOT_SHOWN_NEW if row.action == "create" else frozenset())
        shown = sorted(
            (c for c in row.changes if c.field not in hidden),
            key=lambda c: (FIRST.index(c.field) if c.field in FIRST else len(FIRST), c.field),
        )
        changes = tuple(
            dataclasses.replace(
                c,
                field=label(c.field),
                old=value_text(c.field, c.old, names),
                new=value_text(c.field, c.new, names),
            )
            for c in shown
            # the lead type is the first of the types: said once
            if not (c.field == "activity_type" and "type_ids" in keys)
        )
        out.append(dataclasses.replace(row, who=who.get(row.os_user, ""), readable=changes))
    return out
