"""The demo's master data: areas, officers, contacts, the operation and the
problems; ``History`` adds the plans and reports."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from peewee import Model

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Assignment,
    AuditEvent,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Problem,
    Station,
)
from sambang_tui.demo.history import History
from sambang_tui.demo.rows import bulk, stamp
from sambang_tui.demo.story import (
    BHABINS,
    CONTACT_ROLES,
    CURRENT_PROBLEM,
    EXTRA_DESK,
    FIRST_NAMES,
    HISTORY_END,
    KELURAHAN,
    LAST_NAMES,
    OPERATION,
    OPERATION_WARRANT,
    PROBLEMS,
    RETIRED,
    SETTLED_LATER,
    STAFF,
    STATION,
    Area,
    DemoSummary,
    ProblemSpec,
    seeded,
)


class Builder(History):
    def __init__(self, today: dt.date, os_user: str) -> None:
        self.today = today
        self.os_user = os_user
        self.written: list[type[Model]] = []
        self.types = {t.code: t for t in ActivityType.select()}
        self.areas: dict[str, Area] = {}
        self.officers: list[dict[str, Any]] = []
        self.bhabin_of: dict[str, int] = {}
        self.contacts: list[dict[str, Any]] = []
        self.contacts_by_kel: dict[int, list[dict[str, Any]]] = {}
        self.logins: list[str] = []

    # --- master data -------------------------------------------------------

    def build(self, target: str) -> DemoSummary:
        station = Station.select().order_by(Station.id).first()
        self.station_id = station.id
        self._areas()
        self._officers()
        Station.update(**STATION, kapolsek=self.kapolsek_id).where(
            Station.id == self.station_id
        ).execute()
        self._contacts()
        self.operation_id = 1
        bulk(
            Operation,
            [
                {
                    "id": 1,
                    "station": self.station_id,
                    "name": OPERATION[0],
                    "start": OPERATION[1],
                    "end": OPERATION[2],
                    "warrant": OPERATION_WARRANT,
                }
            ],
            self.written,
        )
        self._problems()
        visits = self._visits()
        seed_number, plans, reports = self._plans_and_reports(visits)
        AuditEvent.create(
            at=stamp(self.today, dt.time(7, 0)),
            os_user=self.os_user,
            station=self.station_id,
            action="demo",
            table="station",
            row_id=self.station_id,
            new=f'{{"demo": true, "reports": {reports}, "plans": {plans}}}',
        )
        return DemoSummary(
            target=target,
            today=self.today,
            station_id=self.station_id,
            officers=len(self.officers),
            kelurahan=len(self.areas),
            contacts=len(self.contacts),
            plans=plans,
            reports=reports,
            problems=len(PROBLEMS),
            seed_report_number=seed_number,
            logins=tuple(self.logins),
        )

    def _areas(self) -> None:
        rng = seeded("areas")
        kel_rows, rw_rows, rt_rows = [], [], []
        rw_id = rt_id = 0
        for kel_id, (name, rw_count, streets) in enumerate(KELURAHAN, start=1):
            area = Area(kel_id, name, streets)
            kel_rows.append(
                {
                    "id": kel_id,
                    "station": self.station_id,
                    "name": name,
                    "kind": "kelurahan",
                    "kecamatan": "Senen",
                    "city": "Jakarta Pusat",
                }
            )
            for rw in range(1, rw_count + 1):
                rw_id += 1
                rw_rows.append({"id": rw_id, "kelurahan": kel_id, "number": rw})
                rts = []
                for rt in range(1, rng.randint(5, 15) + 1):
                    rt_id += 1
                    rt_rows.append({"id": rt_id, "rw": rw_id, "number": rt})
                    rts.append((rt, rt_id))
                area.rws[rw] = (rw_id, rts)
            self.areas[name] = area
        bulk(Kelurahan, kel_rows, self.written)
        bulk(RW, rw_rows, self.written)
        bulk(RT, rt_rows, self.written)

    def _officers(self) -> None:
        rows = self.officers

        def add(nrp: str, rank: str, name: str, role: str, phone: str, **kw: Any) -> int:
            rows.append(
                {
                    "id": len(rows) + 1,
                    "station": self.station_id,
                    "nrp": nrp,
                    "rank": rank,
                    "name": name,
                    "role": role,
                    "phone": phone,
                    "os_user": kw.get("os_user"),
                    "is_admin": kw.get("is_admin", False),
                    "active": kw.get("active", True),
                }
            )
            if kw.get("os_user"):
                self.logins.append(kw["os_user"])
            return len(rows)

        for login, nrp, rank, name, role, phone, admin in STAFF:
            officer_id = add(nrp, rank, name, role, phone, os_user=login, is_admin=admin)
            if role == "kapolsek":
                self.kapolsek_id = officer_id
            if role == "kanit_binmas":
                self.kanit_id = officer_id
        for kel, (nrp, rank, name, phone) in BHABINS.items():
            login = f"bhabin.{kel.lower()}"
            self.bhabin_of[kel] = add(nrp, rank, name, "bhabinkamtibmas", phone, os_user=login)
        if self.os_user and self.os_user not in self.logins:
            add(*EXTRA_DESK[:3], "desk", EXTRA_DESK[3], os_user=self.os_user, is_admin=True)
        add(*RETIRED[:3], "bhabinkamtibmas", RETIRED[3], active=False)
        bulk(Officer, rows, self.written)
        assignments = [
            {
                "id": i,
                "officer": self.bhabin_of[kel],
                "kelurahan": self.areas[kel].id,
                "start": dt.date(2023, 1, 2),
                "end": None,
            }
            for i, kel in enumerate(BHABINS, start=1)
        ]
        assignments.append(
            {
                "id": len(assignments) + 1,
                "officer": len(rows),
                "kelurahan": self.areas["Kramat"].id,
                "start": dt.date(2019, 3, 1),
                "end": dt.date(2022, 12, 31),
            }
        )
        bulk(Assignment, assignments, self.written)

    def _contacts(self) -> None:
        rng = seeded("contacts")
        used: set[str] = set()

        def person() -> str:
            while True:
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                if name not in used:
                    used.add(name)
                    return name

        rows = self.contacts
        for area in self.areas.values():
            specs: list[tuple[str, str, int, str]] = []
            for category, prefix, note in CONTACT_ROLES:
                rw = rng.choice(list(area.rws))
                specs.append((category, prefix + person(), rw, note))
            if area.name == "Paseban":
                specs[1] = ("tokoh_masyarakat", "H. Ahmad Fauzi", 6, "Tokoh masyarakat RW 06")
                specs[3] = ("tokoh_pemuda", "Rizky Pratama", 6, "Ketua Karang Taruna RW 06")
                used.update({"Ahmad Fauzi", "Rizky Pratama"})
            for category, name, rw, note in specs:
                rw_id, rts = area.rws[rw]
                rt_number, rt_id = rts[0] if category != "ketua_rt" else rng.choice(rts)
                if category == "ketua_rw":
                    note = f"Ketua RW {rw:02d}"
                elif category == "ketua_rt":
                    note = f"Ketua RT {rt_number:02d} RW {rw:02d}"
                row = {
                    "id": len(rows) + 1,
                    "station": self.station_id,
                    "name": name,
                    "category": category,
                    "kelurahan": area.id,
                    "rw": rw_id,
                    "rt": rt_id if category in ("ketua_rt", "warga") else None,
                    "phone": f"0812{rng.randint(10_000_000, 99_999_999)}",
                    "notes": note,
                }
                rows.append(row)
                self.contacts_by_kel.setdefault(area.id, []).append(row)
        bulk(Contact, rows, self.written)

    def _problems(self) -> None:
        rows = []
        self.problem_ids: dict[int, ProblemSpec] = {}
        for pid, spec in enumerate(self._problem_specs(), start=1):
            area = self.areas[spec.kelurahan]
            last = spec.visits[-1]
            settled = bool(spec.resolution) and last < self.today
            rows.append(
                {
                    "id": pid,
                    "station": self.station_id,
                    "title": spec.title,
                    "kelurahan": area.id,
                    "rw": area.rws[spec.rw][0],
                    "field": spec.field,
                    "parties": spec.parties,
                    "description": spec.description,
                    "opened": spec.visits[0],
                    "status": "selesai" if settled else "terbuka",
                    "resolution": spec.resolution if settled else "",
                    "closed": last if settled else None,
                }
            )
            self.problem_ids[pid] = spec
        bulk(Problem, rows, self.written)

    def _problem_specs(self) -> list[ProblemSpec]:
        """The 2024 problems; when today is long after them, those still open
        are settled and a fresh one opens around this week, so the open
        problems shown are recent on any day."""
        if self.today <= HISTORY_END + dt.timedelta(days=14):
            return list(PROBLEMS)
        specs = [
            spec if spec.resolution else replace(spec, resolution=SETTLED_LATER)
            for spec in PROBLEMS
        ]
        monday = self.today - dt.timedelta(days=self.today.weekday())
        visits = (monday - dt.timedelta(days=5), monday + dt.timedelta(days=1))
        specs.append(replace(CURRENT_PROBLEM, visits=(*visits, monday + dt.timedelta(days=8))))
        return specs

    # --- plans -------------------------------------------------------------
