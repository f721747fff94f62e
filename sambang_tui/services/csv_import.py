"""Importing officers, areas and contacts from CSV as Excel writes it.

Rules: Indonesian headers, case and surrounding spaces ignored; comma or
semicolon (sniffed from the header); UTF-8 with or without BOM (a cp1252 file
is refused with a clear message); quoted newlines; blank lines skipped; extra
columns ignored and named in the result; formula cells refused. Every bad row
is reported with its line number; nothing is written unless every row is good
(or ``skip_bad``). Rows are upserted (officers by NRP, areas by
kelurahan+RW+RT, contacts by name+kelurahan), so importing the same file
again changes nothing. All writes go in one transaction, in bulk.

Problems with the file as a whole (unreadable, wrong encoding, wrong
separator, missing columns) raise ``ValidationError`` with field ``"path"``;
row problems come back in ``ImportResult.errors``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from peewee import __exception_wrapper__, fn

from sambang_tui.db.models import (
    RT,
    RW,
    AuditEvent,
    Contact,
    Kelurahan,
    Officer,
    database_proxy,
)
from sambang_tui.db.vocab import AREA_KINDS, CONTACT_CATEGORIES, RANKS, ROLES
from sambang_tui.services import audit, store
from sambang_tui.services.actor import Actor
from sambang_tui.services.contacts import normalise_category
from sambang_tui.services.errors import ValidationError
from sambang_tui.services.formula import is_formula
from sambang_tui.services.officers import normalise_rank, normalise_role
from sambang_tui.services.validate import clean_text, nrp_problem

KINDS = ("officers", "areas", "contacts")
BATCH = 400
MAX_AREA_NUMBER = 999


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    aliases: tuple[str, ...] = ()
    max_len: int = 120


COLUMNS: dict[str, tuple[Column, ...]] = {
    "officers": (
        Column("nrp", True, max_len=8),
        Column("nama", True, ("name",)),
        Column("pangkat", True, ("rank",), 16),
        Column("jabatan", True, ("peran", "role"), 20),
        Column("telepon", False, ("telp", "hp", "no hp", "no_hp", "phone"), 32),
        Column("login", False, ("os_user", "user"), 64),
    ),
    "areas": (
        Column("kelurahan", True, ("desa", "kelurahan/desa"), 80),
        Column("jenis", True, ("kind",), 12),
        Column("kecamatan", True, (), 80),
        Column("kota", True, ("kabupaten", "kota/kabupaten", "city"), 80),
        Column("rw", True, (), 8),
        Column("rt", True, (), 8),
    ),
    "contacts": (
        Column("nama", True, ("name",)),
        Column("kategori", True, ("category",), 40),
        Column("kelurahan", True, ("desa",), 80),
        Column("rw", False, (), 8),
        Column("rt", False, (), 8),
        Column("telepon", False, ("telp", "hp", "no hp", "no_hp", "phone"), 32),
        Column("catatan", False, ("notes", "keterangan"), 2000),
    ),
}


@dataclass
class ImportResult:
    kind: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rows: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        head = ""
        if self.dry_run:
            head = "Uji coba (tidak disimpan): "
        elif self.errors and not self.written:
            head = "Tidak disimpan: "
        text = (
            f"{head}{self.rows} baris: {self.created} baru, {self.updated} diubah, "
            f"{self.unchanged} tetap"
        )
        if self.errors:
            text += f", {len(self.errors)} baris salah"
            if self.skipped:
                text += f" ({self.skipped} dilewati)"
        return text + "."


# ---------------------------------------------------------------- reading


def _fail(message: str) -> ValidationError:
    return ValidationError("path", message)


def read_text(path: Path) -> str:
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        raise _fail(f"Berkas {path} tidak ditemukan.") from None
    except IsADirectoryError:
        raise _fail(f"{path} adalah folder, bukan berkas CSV.") from None
    except OSError as exc:
        raise _fail(f"Berkas {path} tidak dapat dibaca ({exc.strerror}).") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(
            "Berkas tersimpan sebagai UTF-16 (Unicode Text). "
            "Simpan ulang sebagai CSV UTF-8 (Excel: Simpan Sebagai → CSV UTF-8)."
        )
    if raw.startswith(b"PK\x03\x04") or raw.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail(
            "Berkas ini berkas Excel (.xlsx/.xls), bukan CSV. "
            "Simpan ulang sebagai CSV UTF-8 (Excel: Simpan Sebagai → CSV UTF-8)."
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _fail(
            f"Berkas bukan UTF-8 (baris {line}; kemungkinan ANSI/cp1252 dari Excel). "
            "Simpan ulang sebagai CSV UTF-8 (Excel: Simpan Sebagai → CSV UTF-8), lalu impor lagi."
        ) from None
    if "\x00" in text:
        raise _fail("Berkas berisi karakter NUL: bukan CSV teks. Simpan ulang sebagai CSV UTF-8.")
    return text


def _norm_header(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\ufeff", "").strip().lower())


def sniff_delimiter(header_line: str, kind: str) -> str:
    """Comma or semicolon: whichever splits the header into known columns."""
    known = {c.name for c in COLUMNS[kind]} | {a for c in COLUMNS[kind] for a in c.aliases}

    def score(sep: str) -> int:
        cells = next(csv.reader([header_line], delimiter=sep), [])
        return sum(1 for cell in cells if _norm_header(cell) in known)

    comma, semi = score(","), score(";")
    if comma == semi == 0:
        return ";" if header_line.count(";") > header_line.count(",") else ","
    return ";" if semi > comma else ","


def _map_header(cells: list[str], kind: str, line: int) -> tuple[dict[str, int], list[str]]:
    columns = COLUMNS[kind]
    lookup: dict[str, str] = {}
    for col in columns:
        lookup[col.name] = col.name
        for alias in col.aliases:
            lookup[alias] = col.name
    index: dict[str, int] = {}
    extra: list[str] = []
    for i, cell in enumerate(cells):
        name = _norm_header(cell)
        target = lookup.get(name)
        if target is None:
            if name:
                extra.append(cell.strip())
            continue
        if target in index:
            raise _fail(f"Baris {line}: kolom '{target}' muncul dua kali di judul.")
        index[target] = i
    missing = [c.name for c in columns if c.required and c.name not in index]
    if missing:
        seen = ", ".join(c.strip() for c in cells if c.strip()) or "(kosong)"
        wanted = ", ".join(c.name for c in columns if c.required)
        hint = ""
        if len(cells) == 1 and any(s in cells[0] for s in "\t|"):
            hint = " Pemisah kolom harus koma (,) atau titik koma (;), bukan tab atau |."
        elif len(cells) == 1:
            hint = " Pemisah kolom tidak dikenali: gunakan koma (,) atau titik koma (;)."
        raise _fail(
            f"Baris {line}: kolom wajib tidak ada: {', '.join(missing)}. "
            f"Kolom yang terbaca: {seen}. Judul yang diperlukan: {wanted}.{hint}"
        )
    return index, extra


@dataclass
class Record:
    line: int
    values: dict[str, str]


def read_records(path: Path, kind: str, result: ImportResult) -> Iterator[Record | tuple[int, str]]:
    """The data rows of the file as ``Record``s, or ``(line, message)`` for a
    row that is bad before its fields are checked (formula cells)."""
    text = read_text(path)
    lines = text.splitlines()
    header_idx = next((i for i, ln in enumerate(lines) if ln.strip().strip(",;")), None)
    if header_idx is None:
        raise _fail("Berkas kosong: tidak ada baris judul kolom.")
    sep = sniff_delimiter(lines[header_idx], kind)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    index: dict[str, int] | None = None
    start = 1
    try:
        for cells in reader:
            line = start
            start = reader.line_num + 1
            if not any(c.strip() for c in cells):
                continue
            if index is None:
                index, extra = _map_header(cells, kind, line)
                if extra:
                    result.notes.append(f"Kolom tidak dikenal diabaikan: {', '.join(extra)}.")
                continue
            bad = [name for name, i in index.items() if i < len(cells) and is_formula(cells[i])]
            if bad:
                yield (line, f"Sel berisi rumus ({', '.join(bad)}); tulis nilainya saja.")
                continue
            values = {name: (cells[i] if i < len(cells) else "") for name, i in index.items()}
            yield Record(line, values)
    except csv.Error as exc:
        raise _fail(f"Baris {start}: CSV tidak dapat dibaca ({exc}).") from None
    if index is None:
        raise _fail("Berkas kosong: tidak ada baris judul kolom.")


# ---------------------------------------------------------------- checking


class RowErrors(Exception):
    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def _text(errors: list[str], label: str, value: str, max_len: int, required: bool = False) -> str:
    text = clean_text(value)
    if required and not text:
        errors.append(f"{label} kosong.")
    elif len(text) > max_len:
        errors.append(f"{label} terlalu panjang ({len(text)} karakter, maksimal {max_len}).")
    return text


def _number(errors: list[str], label: str, value: str, required: bool) -> int | None:
    text = clean_text(value).upper().removeprefix(label.upper()).strip().strip(".").strip()
    if not text:
        if required:
            errors.append(f"{label} kosong.")
        return None
    if not text.isdigit():
        errors.append(f"{label} '{clean_text(value)[:10]}' bukan angka.")
        return None
    number = int(text)
    if not 1 <= number <= MAX_AREA_NUMBER:
        errors.append(f"{label} harus antara 1 dan {MAX_AREA_NUMBER}.")
        return None
    return number


def _officer_values(v: dict[str, str]) -> dict[str, Any]:
    errors: list[str] = []
    nrp = clean_text(v["nrp"]).replace(" ", "").replace(".", "")
    problem = nrp_problem(nrp)
    if problem:
        errors.append(problem)
    name = _text(errors, "Nama", v["nama"], 120, required=True)
    rank_text = clean_text(v["pangkat"])
    rank = normalise_rank(rank_text)
    if not rank_text:
        errors.append("Pangkat kosong.")
    elif rank is None:
        errors.append(f"Pangkat '{rank_text[:20]}' tidak dikenal (pilihan: {', '.join(RANKS)}).")
    role_text = clean_text(v["jabatan"])
    role = normalise_role(role_text)
    if role is None:
        errors.append(f"Jabatan '{role_text[:20]}' tidak dikenal (pilihan: {', '.join(ROLES)}).")
    phone = _text(errors, "Telepon", v.get("telepon", ""), 32)
    login = _text(errors, "Login", v.get("login", ""), 64)
    if login and any(ch.isspace() for ch in login):
        errors.append("Login tidak boleh berisi spasi.")
    if errors:
        raise RowErrors(errors)
    return {
        "nrp": nrp,
        "name": name,
        "rank": rank,
        "role": role,
        "phone": phone,
        "os_user": login or None,
    }


def _area_values(v: dict[str, str]) -> dict[str, Any]:
    errors: list[str] = []
    name = _text(errors, "Kelurahan", v["kelurahan"], 80, required=True)
    kind = clean_text(v["jenis"]).lower() or "kelurahan"
    if kind not in AREA_KINDS:
        errors.append(f"Jenis '{kind[:20]}' harus 'kelurahan' atau 'desa'.")
    kecamatan = _text(errors, "Kecamatan", v["kecamatan"], 80)
    city = _text(errors, "Kota", v["kota"], 80)
    rw = _number(errors, "RW", v["rw"], required=True)
    rt = _number(errors, "RT", v["rt"], required=True)
    if errors:
        raise RowErrors(errors)
    return {"name": name, "kind": kind, "kecamatan": kecamatan, "city": city, "rw": rw, "rt": rt}


def _contact_values(v: dict[str, str]) -> dict[str, Any]:
    errors: list[str] = []
    name = _text(errors, "Nama", v["nama"], 120, required=True)
    cat_text = clean_text(v["kategori"])
    category = normalise_category(cat_text)
    if category is None:
        errors.append(
            f"Kategori '{cat_text[:30]}' tidak dikenal (pilihan: {', '.join(CONTACT_CATEGORIES)})."
        )
    kel = _text(errors, "Kelurahan", v["kelurahan"], 80, required=True)
    rw = _number(errors, "RW", v.get("rw", ""), required=False)
    rt = _number(errors, "RT", v.get("rt", ""), required=False)
    if rt is not None and rw is None and not errors:
        errors.append("RT diisi tanpa RW.")
    phone = _text(errors, "Telepon", v.get("telepon", ""), 32)
    notes = clean_text(v.get("catatan", ""), multiline=True)
    if len(notes) > 2000:
        errors.append(f"Catatan terlalu panjang ({len(notes)} karakter, maksimal 2000).")
    if errors:
        raise RowErrors(errors)
    return {
        "name": name,
        "category": category,
        "kelurahan": kel,
        "rw": rw,
        "rt": rt,
        "phone": phone,
        "notes": notes,
    }


# ---------------------------------------------------------------- planning


@dataclass
class Plan:
    """What an import will do, computed before anything is written."""

    creates: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    updates: list[tuple[int, int, dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def _collect(
    path: Path,
    kind: str,
    result: ImportResult,
    convert: Callable[[dict[str, str]], dict[str, Any]],
) -> list[tuple[int, dict[str, Any]]]:
    good: list[tuple[int, dict[str, Any]]] = []
    for item in read_records(path, kind, result):
        result.rows += 1
        if isinstance(item, tuple):
            result.errors.append(item)
            continue
        try:
            good.append((item.line, convert(item.values)))
        except RowErrors as exc:
            result.errors.append((item.line, " ".join(exc.messages)))
    return good


def _plan_officers(
    actor: Actor, rows: list[tuple[int, dict[str, Any]]], result: ImportResult
) -> Plan:
    plan = Plan()
    columns = ("id", "station", "nrp", "name", "rank", "role", "phone", "os_user")
    existing = {
        o["nrp"]: o for o in Officer.select(*[Officer._meta.fields[c] for c in columns]).dicts()
    }
    logins = {o["os_user"]: o["nrp"] for o in existing.values() if o["os_user"]}
    seen_nrp: dict[str, int] = {}
    seen_login: dict[str, int] = {}
    for line, values in rows:
        nrp = values["nrp"]
        problems = []
        if nrp in seen_nrp:
            problems.append(f"NRP {nrp} sudah ada di baris {seen_nrp[nrp]}.")
        login = values["os_user"]
        if login:
            if login in seen_login:
                problems.append(f"Login '{login}' sudah ada di baris {seen_login[login]}.")
            elif logins.get(login, nrp) != nrp:
                problems.append(f"Login '{login}' sudah dipakai personel NRP {logins[login]}.")
        current = existing.get(nrp)
        if current is not None and current["station"] != actor.station_id:
            problems.append(f"NRP {nrp} terdaftar di Polsek lain.")
        if problems:
            result.errors.append((line, " ".join(problems)))
            continue
        seen_nrp[nrp] = line
        if login:
            seen_login[login] = line
        if current is None:
            plan.creates.append((line, {**values, "station": actor.station_id}))
            continue
        old = {k: current[k] for k in values}
        if old == values:
            plan.unchanged += 1
        else:
            plan.updates.append((line, current["id"], old, values))
    return plan


def _plan_contacts(
    actor: Actor, rows: list[tuple[int, dict[str, Any]]], result: ImportResult
) -> Plan:
    plan = Plan()
    kels = {
        k.name.lower(): k for k in Kelurahan.select().where(Kelurahan.station == actor.station_id)
    }
    areas: dict[tuple[int, int, int | None], tuple[int, int | None]] = {}
    rws = (
        RW.select(RW.id, RW.kelurahan.alias("kel"), RW.number)
        .join(Kelurahan)
        .where(Kelurahan.station == actor.station_id)
        .namedtuples()
    )
    for rw in rws:
        areas[(rw.kel, rw.number, None)] = (rw.id, None)
    rts = (
        RT.select(
            RT.id.alias("rt_id"),
            RT.number.alias("rt"),
            RW.id.alias("rw_id"),
            RW.kelurahan.alias("kel"),
            RW.number.alias("rw"),
        )
        .join(RW)
        .join(Kelurahan)
        .where(Kelurahan.station == actor.station_id)
        .namedtuples()
    )
    for rt in rts:
        areas[(rt.kel, rt.rw, rt.rt)] = (rt.rw_id, rt.rt_id)
    existing = {
        (c.name.lower(), c.kelurahan_id): c
        for c in Contact.select().where(Contact.station == actor.station_id)
    }
    seen: dict[tuple[str, int], int] = {}
    for line, v in rows:
        kel = kels.get(v["kelurahan"].lower())
        if kel is None:
            result.errors.append(
                (line, f"Kelurahan '{v['kelurahan']}' tidak dikenal; impor wilayah dulu.")
            )
            continue
        rw_id = rt_id = None
        if v["rw"] is not None:
            found = areas.get((kel.id, v["rw"], v["rt"]))
            if found is None:
                what = f"RT {v['rt']:02d} RW {v['rw']:02d}" if v["rt"] else f"RW {v['rw']:02d}"
                result.errors.append((line, f"{what} tidak ada di {kel.name}."))
                continue
            rw_id, rt_id = found
        key = (v["name"].lower(), kel.id)
        if key in seen:
            result.errors.append(
                (line, f"Tokoh '{v['name']}' di {kel.name} sudah ada di baris {seen[key]}.")
            )
            continue
        seen[key] = line
        values = {
            "name": v["name"],
            "category": v["category"],
            "kelurahan": kel.id,
            "rw": rw_id,
            "rt": rt_id,
            "phone": v["phone"],
            "notes": v["notes"],
        }
        current = existing.get(key)
        if current is None:
            plan.creates.append((line, {**values, "station": actor.station_id, "active": True}))
            continue
        old = {
            "name": current.name,
            "category": current.category,
            "kelurahan": current.kelurahan_id,
            "rw": current.rw_id,
            "rt": current.rt_id,
            "phone": current.phone,
            "notes": current.notes,
        }
        if old == values:
            plan.unchanged += 1
        else:
            plan.updates.append((line, current.id, old, values))
    return plan


def _plan_areas(actor: Actor, rows: list[tuple[int, dict[str, Any]]], result: ImportResult) -> Plan:
    plan = Plan()
    kels = {
        k.name.lower(): k for k in Kelurahan.select().where(Kelurahan.station == actor.station_id)
    }
    rws: dict[tuple[str, int], int] = {}
    rts: set[tuple[str, int, int]] = set()
    for row in (
        RW.select(RW.id, RW.number, Kelurahan.name)
        .join(Kelurahan)
        .where(Kelurahan.station == actor.station_id)
        .namedtuples()
    ):
        rws[(row.name.lower(), row.number)] = row.id
    for row in (
        RT.select(RT.number.alias("rt"), RW.number.alias("rw"), Kelurahan.name)
        .join(RW)
        .join(Kelurahan)
        .where(Kelurahan.station == actor.station_id)
        .namedtuples()
    ):
        rts.add((row.name.lower(), row.rw, row.rt))
    new_kel: dict[str, dict[str, Any]] = {}
    kel_attrs: dict[str, tuple[int, dict[str, Any]]] = {}
    kel_updates: dict[str, tuple[int, int, dict[str, Any], dict[str, Any]]] = {}
    new_rw: dict[tuple[str, int], int] = {}
    seen: dict[tuple[str, int, int], int] = {}
    for line, v in rows:
        key = v["name"].lower()
        attrs = {"kind": v["kind"], "kecamatan": v["kecamatan"], "city": v["city"]}
        if key in kel_attrs and kel_attrs[key][1] != attrs:
            first = kel_attrs[key][0]
            result.errors.append(
                (line, f"Jenis/kecamatan/kota {v['name']} berbeda dengan baris {first}.")
            )
            continue
        triple = (key, v["rw"], v["rt"])
        if triple in seen:
            result.errors.append(
                (
                    line,
                    f"RT {v['rt']:02d} RW {v['rw']:02d} {v['name']} sudah ada di baris {seen[triple]}.",
                )
            )
            continue
        seen[triple] = line
        kel_attrs.setdefault(key, (line, attrs))
        changed = False
        current = kels.get(key)
        if current is None:
            if key not in new_kel:
                new_kel[key] = {"name": v["name"], **attrs, "station": actor.station_id}
                changed = True
        else:
            old = {"kind": current.kind, "kecamatan": current.kecamatan, "city": current.city}
            if old != attrs and key not in kel_updates:
                kel_updates[key] = (line, current.id, old, attrs)
                changed = True
        if (key, v["rw"]) not in rws and (key, v["rw"]) not in new_rw:
            new_rw[(key, v["rw"])] = line
        if triple in rts:
            if changed:
                plan.updates.append((line, 0, {}, {}))
            else:
                plan.unchanged += 1
        else:
            plan.creates.append((line, {"kel": key, "rw": v["rw"], "rt": v["rt"]}))
    plan.extra = {
        "new_kel": new_kel,
        "kel_updates": list(kel_updates.values()),
        "new_rw": new_rw,
        "kels": kels,
        "rws": rws,
    }
    return plan


# ---------------------------------------------------------------- writing


def _audit_rows(
    actor: Actor,
    table: str,
    items: list[tuple[int, dict[str, Any] | None, dict[str, Any] | None]],
    action: str,
) -> None:
    at = dt.datetime.now().replace(microsecond=0)
    rows = [
        {
            "at": at,
            "os_user": actor.os_user,
            "station": actor.station_id,
            "action": action,
            "table": table,
            "row_id": row_id,
            "old": audit.dumps(old),
            "new": audit.dumps(new),
        }
        for row_id, old, new in items
    ]
    _insert(AuditEvent, rows)


def _insert(model: type, rows: list[dict[str, Any]]) -> None:
    """``INSERT`` many rows with one prepared statement (``executemany``):
    peewee's ``insert_many`` spends most of its time building SQL text."""
    if not rows:
        return
    fields = [f for f in model._meta.sorted_fields if not f.primary_key]
    db = database_proxy.obj
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    marks = ", ".join([db.param] * len(fields))
    sql = f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({marks})'
    defaults = {f.name: f.default() if callable(f.default) else f.default for f in fields}
    for i in range(0, len(rows), BATCH * 10):
        params = [
            tuple(f.db_value(row.get(f.name, defaults[f.name])) for f in fields)
            for row in rows[i : i + BATCH * 10]
        ]
        with __exception_wrapper__:
            db.cursor().executemany(sql, params)


def _defaults(model: type) -> dict[str, Any]:
    return {
        f.name: f.default() if callable(f.default) else f.default
        for f in model._meta.sorted_fields
        if not f.primary_key
    }


def _apply_updates(
    actor: Actor, model: type, updates: list[tuple[int, int, dict[str, Any], dict[str, Any]]]
) -> None:
    items = []
    for _line, row_id, old, new in updates:
        model.update(**new, version=model.version + 1).where(model.id == row_id).execute()
        changed = [k for k in new if old.get(k) != new[k]]
        items.append((row_id, {k: old[k] for k in changed}, {k: new[k] for k in changed}))
    _audit_rows(actor, store.table_of(model), items, "update")


def _write_officers(actor: Actor, plan: Plan) -> None:
    _insert(Officer, [values for _, values in plan.creates])
    if plan.creates:
        ids = dict(
            Officer.select(Officer.nrp, Officer.id)
            .where(Officer.station == actor.station_id)
            .tuples()
        )
        base = _defaults(Officer)
        items = [(ids[v["nrp"]], None, {**base, **v, "id": ids[v["nrp"]]}) for _, v in plan.creates]
        _audit_rows(actor, "officer", items, "create")
    _apply_updates(actor, Officer, plan.updates)


def _write_contacts(actor: Actor, plan: Plan) -> None:
    before = Contact.select(fn.MAX(Contact.id)).scalar() or 0
    _insert(Contact, [values for _, values in plan.creates])
    if plan.creates:
        created = (
            Contact.select()
            .where((Contact.station == actor.station_id) & (Contact.id > before))
            .dicts()
        )
        _audit_rows(actor, "contact", [(c["id"], None, c) for c in created], "create")
    _apply_updates(actor, Contact, plan.updates)


def _write_areas(actor: Actor, plan: Plan) -> None:
    extra = plan.extra
    kels: dict[str, Kelurahan] = extra["kels"]
    if extra["new_kel"]:
        _insert(Kelurahan, list(extra["new_kel"].values()))
        for k in Kelurahan.select().where(Kelurahan.station == actor.station_id):
            if k.name.lower() in extra["new_kel"]:
                kels[k.name.lower()] = k
        _audit_rows(
            actor,
            "kelurahan",
            [(kels[key].id, None, audit.snapshot(kels[key])) for key in extra["new_kel"]],
            "create",
        )
    _apply_updates(actor, Kelurahan, extra["kel_updates"])
    rws: dict[tuple[str, int], int] = extra["rws"]
    if extra["new_rw"]:
        _insert(RW, [{"kelurahan": kels[key].id, "number": n} for key, n in extra["new_rw"]])
        ids = {k.id: key for key, k in kels.items()}
        for rw in RW.select().join(Kelurahan).where(Kelurahan.station == actor.station_id):
            rws[(ids[rw.kelurahan_id], rw.number)] = rw.id
        _audit_rows(
            actor,
            "rw",
            [(rws[k], None, {"kelurahan": kels[k[0]].id, "number": k[1]}) for k in extra["new_rw"]],
            "create",
        )
    new_rts = [{"rw": rws[(v["kel"], v["rw"])], "number": v["rt"]} for _, v in plan.creates]
    before = RT.select(fn.MAX(RT.id)).scalar() or 0
    _insert(RT, new_rts)
    if new_rts:
        created = RT.select(RT.id, RT.rw, RT.number).where(RT.id > before).tuples()
        _audit_rows(
            actor,
            "rt",
            [(rt_id, None, {"rw": rw_id, "number": number}) for rt_id, rw_id, number in created],
            "create",
        )


_CONVERT = {"officers": _officer_values, "areas": _area_values, "contacts": _contact_values}
_PLAN = {"officers": _plan_officers, "areas": _plan_areas, "contacts": _plan_contacts}
_WRITE = {"officers": _write_officers, "areas": _write_areas, "contacts": _write_contacts}


def import_csv(
    actor: Actor, kind: str, path: Path, skip_bad: bool = False, dry_run: bool = False
) -> ImportResult:
    """Import ``path`` as ``kind`` (officers, areas, contacts)."""
    actor.require_admin()
    if kind not in KINDS:
        raise ValidationError("kind", f"Jenis impor harus salah satu dari: {', '.join(KINDS)}.")
    result = ImportResult(kind=kind, dry_run=dry_run)
    good = _collect(Path(path), kind, result, _CONVERT[kind])

    def run() -> None:
        plan = _PLAN[kind](actor, good, result)
        result.errors.sort(key=lambda e: e[0])
        result.created = len(plan.creates)
        result.updated = len(plan.updates)
        result.unchanged = plan.unchanged
        if kind == "areas":
            extra = plan.extra
            if extra["new_kel"] or extra["new_rw"]:
                result.notes.append(
                    f"{len(extra['new_kel'])} kelurahan baru, {len(extra['new_rw'])} RW baru."
                )
        if result.errors:
            if not skip_bad:  # nothing is written, so nothing was skipped either
                result.created = result.updated = 0
                result.unchanged = 0
                return
            result.skipped = len(result.errors)
        if dry_run or not (
            plan.creates or plan.updates or (kind == "areas" and plan.extra["kel_updates"])
        ):
            return
        _WRITE[kind](actor, plan)
        result.written = True

    store.write(run)
    return result
