"""``sambang import station``: a Polsek's export (``station_export``) carried
into the Polres database. Rows are matched by the keys both databases share
(``station_rows``), never by id.

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
from collections import Counter
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
)
from sambang_tui.db.pg import session as pg_session
from sambang_tui.services.core import audit, identity, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import PermissionDenied, ValidationError
from sambang_tui.services.reports import attachments
from sambang_tui.services.transfer.rows import (
    BATCH,
    FORMAT,
    KIND_WORDS,
    REPORT_FIELDS,
    STATION_FIELDS,
    UID_MODELS,
    VERSION,
    Refs,
    absence_data,
    assignment_data,
    contact_data,
    digest,
    kelurahan_data,
    officer_data,
    operation_data,
    plan_data,
    problem_data,
    report_key,
    reports_data,
    rw_layout,
    station_data,
    to_date,
    to_datetime,
    to_time,
    type_data,
)


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
            return (
                sum(counter.values())
                and ", ".join(f"{n} {KIND_WORDS.get(k, k)}" for k, n in counter.items() if n)
                or "0"
            )

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
            layout = rw_layout([r.id for r in rows]) if kind == "kelurahan" else {}
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
                data["kelurahan"]), "start": to_date(data["start"]), "end": to_date(data["end"]),
                "uid": key}  # fmt: skip
        if kind == "contact":
            kel = self.kelurahan(data["kelurahan"])
            rw = self.rw(kel, data["rw"])
            return {"station": sid, "name": data["name"], "category": data["category"],
                    "kelurahan": kel, "rw": rw, "rt": self.rt(rw, data["rt"]),
                    "phone": data["phone"], "notes": data["notes"], "active": data["active"],
                    "uid": key}  # fmt: skip
        if kind == "operation":
            return {"station": sid, "name": data["name"], "start": to_date(data["start"]),
                    "end": to_date(data["end"]), "warrant": data["warrant"], "uid": key}  # fmt: skip
        if kind == "problem":
            kel = self.kelurahan(data["kelurahan"])
            return {"station": sid, "title": data["title"], "kelurahan": kel,
                    "rw": self.rw(kel, data["rw"]), "field": data["field"],
                    "parties": data["parties"], "description": data["description"],
                    "opened": to_date(data["opened"]), "status": data["status"],
                    "resolution": data["resolution"], "closed": to_date(data["closed"]),
                    "uid": key}  # fmt: skip
        if kind == "absence":
            return {"station": sid, "officer": self.officer(data["officer"]),
                    "kind": data["kind"], "start": to_date(data["start"]),
                    "end": to_date(data["end"]), "note": data["note"], "uid": key}  # fmt: skip
        if kind == "plan":
            kel = self.kelurahan(data["kelurahan"])
            rw = self.rw(kel, data["rw"])
            report = None
            if data["report"] is not None:
                report = self.refs.report_id(sid or 0, data["report"])
                if report is None:
                    raise Missing(f"laporan {data['report']} belum ada")
            return {"station": sid, "date": to_date(data["date"]),
                    "start_time": to_time(data["start_time"]),
                    "officer": self.officer(data["officer"]), "activity_type": self.type(
                    data["type"]), "kelurahan": kel, "rw": rw, "rt": self.rt(rw, data["rt"]),
                    "target": data["target"], "note": data["note"], "status": data["status"],
                    "cancel_reason": data["cancel_reason"], "report": report,
                    "created_by": data["created_by"],
                    "created_at": to_datetime(data["created_at"]),
                    "updated_at": to_datetime(data["updated_at"]), "uid": key}  # fmt: skip
        if kind == "report":
            kel = self.kelurahan(data["kelurahan"])
            rw = self.rw(kel, data["rw"])
            out = {f: data[f] for f in REPORT_FIELDS}
            for name in ("reviewed_at", "created_at", "updated_at", "deleted_at"):
                out[name] = to_datetime(out[name])
            out["date"] = to_date(out["date"])
            out["start_time"] = to_time(out["start_time"])
            out["end_time"] = to_time(out["end_time"])
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
            values["obtained_at"] = to_datetime(values["obtained_at"])
            InformationReport.create(report=report_id, **values)
        for home in data["households"]:
            h = Household.create(report=report_id, head_name=home["head_name"],
                                 address=home["address"], position=home["position"])  # fmt: skip
            for kind, fld, text in home["opinions"]:
                Opinion.create(household=h.id, kind=kind, field=fld, text=text)
        for a in data["attachments"]:
            Attachment.create(report=report_id, path=a["path"], original_name=a["original_name"],
                              sha256=a["sha256"], size=a["size"], caption=a["caption"],
                              created_at=to_datetime(a["created_at"]))  # fmt: skip

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
                at=to_datetime(data["at"]), os_user=data["os_user"], station=self.station_id,
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
        raise ValidationError(
            "file", f"{path} bukan berkas ekspor Polsek (sambang export station)."
        )
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
