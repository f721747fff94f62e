"""Writing one imported row: its references (officer by NRP, kelurahan, RW, RT,
activity type, rows by uid) resolved to this database's ids, its values,
its child rows and files, and the audit events that came with it."""

from __future__ import annotations

import base64
import functools
import hashlib
from collections import Counter
from collections.abc import Callable
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
    BaseModel,
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
from sambang_tui.services.reports import attachments
from sambang_tui.services.transfer.rows import (
    KIND_WORDS,
    REPORT_FIELDS,
    STATION_FIELDS,
    UID_MODELS,
    Refs,
    to_date,
    to_datetime,
    to_time,
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


MODELS_BY_KIND: dict[str, type[BaseModel]] = {
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


class RowWriter:
    """Writes the rows ``Importer`` decided on; mixed into it."""

    refs: Refs
    result: ImportResult
    station_id: int | None

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

    def activity_type(self, code: str | None) -> int:
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
                    "officer": self.officer(data["officer"]), "activity_type": self.activity_type(
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
                station=sid, activity_type=self.activity_type(data["type"]),
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
        model.update(**values).where(model.id == row_id).execute()
        if kind == "kelurahan":
            self._rws(row_id, data["rws"])
        if kind == "report":
            for child in (ReportType, ReportOfficer, ReportAudience, ReportContact,
                          InformationReport, Household, Attachment):  # fmt: skip
                child.delete().where(child.report == row_id).execute()
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
            ReportType.create(
                report=report_id, activity_type=self.activity_type(code), position=position
            )
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
            u
            for (u,) in tuple_rows(
                AuditEvent.select(AuditEvent.uid).where(AuditEvent.uid.in_(keys))
            )
        }
        resolve: dict[str, Callable[[str], int | None]] = {
            "report": lambda k: self.refs.report_id(self.station_id or 0, k),
            "officer": self.refs.officer_id,
            "activity_type": self.refs.type_id,
            "station": lambda k: self.station_id,
            **{m._meta.table_name: functools.partial(self.refs.id_of, m) for m in UID_MODELS},
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
