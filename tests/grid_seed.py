"""Small master data for the schedule tests (imported by the grid's service,
UI and benchmark-smoke tests): two kelurahan with RWs and RTs, two Bhabins
assigned to them, a Kanit, and the default activity types."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sambang_tui.db.models import RT, RW, ActivityType, Assignment, Kelurahan, Officer


@dataclass
class Seed:
    station_id: int
    paseban: int
    kenari: int
    sutrisno: int
    budi: int
    kanit: int
    types: dict[str, int]


def seed_area(station_id: int) -> Seed:
    kels = {}
    for name, rws in (("Paseban", 6), ("Kenari", 3)):
        kel = Kelurahan.create(station=station_id, name=name, kecamatan="Senen")
        kels[name] = kel.id
        for n in range(1, rws + 1):
            rw = RW.create(kelurahan=kel, number=n)
            for m in range(1, 4):
                RT.create(rw=rw, number=m)
    sutrisno = Officer.create(
        station=station_id, nrp="78050123", name="Sutrisno", rank="Aiptu", role="bhabinkamtibmas"
    )
    budi = Officer.create(
        station=station_id,
        nrp="85010001",
        name="Budi Santoso",
        rank="Bripka",
        role="bhabinkamtibmas",
    )
    kanit = Officer.create(
        station=station_id, nrp="70010002", name="Harjono", rank="Iptu", role="kanit_binmas"
    )
    start = dt.date(2024, 1, 1)
    Assignment.create(officer=sutrisno, kelurahan=kels["Paseban"], start=start)
    Assignment.create(officer=budi, kelurahan=kels["Kenari"], start=start)
    types = {t.code: t.id for t in ActivityType.select()}
    return Seed(station_id, kels["Paseban"], kels["Kenari"], sutrisno.id, budi.id, kanit.id, types)
