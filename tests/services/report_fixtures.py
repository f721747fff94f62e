"""Master data and helpers for the report service tests: kelurahan Paseban
(RW 01–08, RT 01–05 each) and Kenari (RW 01–03), two Bhabins, a desk officer,
a Kanit Binmas, a Kapolsek, contacts, an operation, and actors for each role."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Assignment,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Station,
)
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.reports.input import ReportInput

SEED_DAY = dt.date(2024, 12, 2)
TODAY = "2024-12-04"


@dataclass
class World:
    station_id: int
    paseban: int
    kenari: int
    sutrisno: int
    budi: int
    desk_officer: int
    desk2_officer: int
    kanit: int
    kapolsek: int
    types: dict[str, int]
    contacts: dict[str, int]
    operation: int
    actors: dict[str, Actor] = field(default_factory=dict)

    def input(self, **changes: object) -> ReportInput:
        """The seed story as a form; ``changes`` override fields."""
        values: dict[str, object] = {
            "date": SEED_DAY,
            "start_time": dt.time(10, 0),
            "end_time": dt.time(11, 30),
            "officer_ids": [self.sutrisno],
            "type_ids": [self.types["SB"], self.types["CS"]],
            "kelurahan_id": self.paseban,
            "rw": 6,
            "rt": 1,
            "place": "Jl. Salemba Raya",
            "audience": {"warga": 15, "tokoh_masyarakat": 3, "kelompok_pemuda": 8},
            "contact_ids": [self.contacts["Haji Mahmud"]],
            "narrative": "Sambang dan cooling system bersama warga dan tokoh masyarakat.",
            "message": "Jangan terprovokasi perbedaan pilihan Pilkada sambil menunggu "
            "rekapitulasi KPU DKI Jakarta.",
            "findings": "Tidak ada potensi konflik.",
            "situation": "aman_kondusif",
            "operation_id": self.operation,
            "quote_by": "Kapolsek Senen AKP Bambang Santoso, SH., MH",
            "quote_text": "Mari jaga persatuan.",
        }
        values.update(changes)
        return ReportInput(**values)  # type: ignore[arg-type]


def _actor(station_id: int, officer: Officer, os_user: str, is_admin: bool = False) -> Actor:
    return Actor(
        os_user=os_user,
        station_id=station_id,
        officer_id=officer.id,
        officer_name=f"{officer.rank} {officer.name}",
        role=officer.role,
        is_admin=is_admin,
    )


def build_world(station_id: int | None = None) -> World:
    station = Station.get_by_id(station_id) if station_id else Station.select().first()
    station.name = "Polsek Senen"
    station.polres = "Polres Metro Jakarta Pusat"
    station.city = "Jakarta Pusat"
    station.save()
    sid = station.id
    kels: dict[str, Kelurahan] = {}
    for name, rws, rts in (("Paseban", 8, 5), ("Kenari", 3, 3)):
        kel = Kelurahan.create(station=sid, name=name, kecamatan="Senen", city="Jakarta Pusat")
        kels[name] = kel
        for n in range(1, rws + 1):
            rw = RW.create(kelurahan=kel, number=n)
            for m in range(1, rts + 1):
                RT.create(rw=rw, number=m)

    def officer(nrp: str, name: str, rank: str, role: str, login: str | None) -> Officer:
        return Officer.create(station=sid, nrp=nrp, name=name, rank=rank, role=role, os_user=login)

    sutrisno = officer("78050123", "Sutrisno", "Aiptu", "bhabinkamtibmas", "bhabin.paseban")
    budi = officer("85010001", "Budi Santoso", "Bripka", "bhabinkamtibmas", "bhabin.kenari")
    desk = officer("90010003", "Rina Marlina", "Brigpol", "desk", "desk1")
    desk2 = officer("90010004", "Dewi Lestari", "Briptu", "desk", "desk2")
    kanit = officer("70010002", "Harjono", "Iptu", "kanit_binmas", "kanit")
    kapolsek = officer("68010001", "Bambang Santoso", "AKP", "kapolsek", "kapolsek")
    station.kapolsek = kapolsek.id
    station.save()
    start = dt.date(2024, 1, 1)
    Assignment.create(officer=sutrisno, kelurahan=kels["Paseban"], start=start)
    Assignment.create(officer=budi, kelurahan=kels["Kenari"], start=start)
    contacts = {}
    for name, category, kel in (
        ("Haji Mahmud", "tokoh_masyarakat", "Paseban"),
        ("Ustadz Hasan", "tokoh_agama", "Paseban"),
        ("Rudi Karang Taruna", "tokoh_pemuda", "Kenari"),
    ):
        contacts[name] = Contact.create(
            station=sid, name=name, category=category, kelurahan=kels[kel]
        ).id
    op = Operation.create(
        station=sid,
        name="Operasi Mantap Praja Jaya 2024",
        start=dt.date(2024, 8, 14),
        end=dt.date(2024, 12, 31),
    )
    world = World(
        station_id=sid,
        paseban=kels["Paseban"].id,
        kenari=kels["Kenari"].id,
        sutrisno=sutrisno.id,
        budi=budi.id,
        desk_officer=desk.id,
        desk2_officer=desk2.id,
        kanit=kanit.id,
        kapolsek=kapolsek.id,
        types={t.code: t.id for t in ActivityType.select()},
        contacts=contacts,
        operation=op.id,
    )
    world.actors = {
        "desk": _actor(sid, desk, "desk1"),
        "desk2": _actor(sid, desk2, "desk2"),
        "bhabin": _actor(sid, sutrisno, "bhabin.paseban"),
        "kanit": _actor(sid, kanit, "kanit"),
        "kapolsek": _actor(sid, kapolsek, "kapolsek"),
        "readonly": Actor(os_user="tamu", station_id=sid),
    }
    return world


def make_world(monkeypatch) -> World:
    """Fix today at 4 Dec 2024 and build the master data (call from a
    ``world`` fixture that depends on ``db``)."""
    monkeypatch.setenv("SAMBANG_TODAY", TODAY)
    return build_world()
