"""Master data for the multi-process tests, written straight through the
models: one station, two kelurahan with RW/RT, eight desk officers with
logins ``w0``…``w7``, a Kanit (``kanit``), and a few seed reports."""

from __future__ import annotations

import datetime as dt

from sambang_tui.db.models import RT, RW, Assignment, Kelurahan, Officer, Station
from sambang_tui.services.admin import runtime

WORKERS = 8


def prepare(target: str) -> None:
    runtime.connect(target)
    station = Station.get()
    station.name = "Polsek Uji"
    station.save()
    for k, name in enumerate(("Paseban", "Kramat")):
        kel = Kelurahan.create(station=station, name=name, kecamatan="Senen", city="Jakarta Pusat")
        for rw_no in range(1, 4):
            rw = RW.create(kelurahan=kel, number=rw_no)
            for rt_no in range(1, 4):
                RT.create(rw=rw, number=rt_no)
        if k == 0:
            first = kel
    for i in range(WORKERS):
        officer = Officer.create(
            station=station,
            nrp=f"{80000000 + i:08d}",
            name=f"Petugas {i}",
            rank="Bripka",
            role="bhabinkamtibmas",
            os_user=f"w{i}",
        )
        Assignment.create(officer=officer, kelurahan=first, start=dt.date(2024, 1, 1))
    Officer.create(
        station=station,
        nrp="79000001",
        name="Kanit Uji",
        rank="Iptu",
        role="kanit_binmas",
        os_user="kanit",
    )
    runtime.close()
