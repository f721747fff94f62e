"""Shared set-up of the quick-entry tests (no tests here): a small Polsek
with the Paseban Bhabin of the seed story, and typing helpers that count
the keys that are not free text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

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


@dataclass
class World:
    station_id: int
    paseban: int
    kenari: int
    sutrisno: int
    budi: int
    desk: int
    kapolsek: int
    operation: int
    types: dict[str, int]


def seed_world() -> World:
    """Polsek Senen in miniature; call with the database bound."""
    station = Station.select().first()
    station.name = "Polsek Senen"
    station.save()
    kels: dict[str, int] = {}
    for name, rws in (("Paseban", 8), ("Kenari", 4)):
        kel = Kelurahan.create(station=station, name=name, kecamatan="Senen", city="Jakarta Pusat")
        kels[name] = kel.id
        for n in range(1, rws + 1):
            rw = RW.create(kelurahan=kel, number=n)
            for m in range(1, 6):
                RT.create(rw=rw, number=m)
    sutrisno = Officer.create(
        station=station, nrp="78050123", name="Sutrisno", rank="Aiptu", role="bhabinkamtibmas"
    )
    budi = Officer.create(
        station=station, nrp="80010234", name="Budi Hartono", rank="Bripka", role="bhabinkamtibmas"
    )
    desk = Officer.create(
        station=station,
        nrp="90020345",
        name="Rina Wulandari",
        rank="Brigpol",
        role="desk",
        os_user="desk",
        is_admin=True,
    )
    kapolsek = Officer.create(
        station=station,
        nrp="72030456",
        name="Bambang Santoso",
        rank="AKP",
        role="kapolsek",
        os_user="kapolsek",
    )
    Officer.create(
        station=station,
        nrp="85040567",
        name="Dedi Kurnia",
        rank="Aipda",
        role="kanit_binmas",
        os_user="kanit",
    )
    Assignment.create(officer=sutrisno, kelurahan=kels["Paseban"], start=dt.date(2024, 1, 1))
    Assignment.create(officer=budi, kelurahan=kels["Kenari"], start=dt.date(2024, 1, 1))
    operation = Operation.create(
        station=station,
        name="Operasi Mantap Praja Jaya 2024",
        start=dt.date(2024, 8, 14),
        end=dt.date(2024, 12, 31),
    )
    Contact.create(
        station=station, name="H. Mahmud", category="tokoh_masyarakat", kelurahan=kels["Paseban"]
    )
    types = {t.code: t.id for t in ActivityType.select()}
    return World(
        station.id,
        kels["Paseban"],
        kels["Kenari"],
        sutrisno.id,
        budi.id,
        desk.id,
        kapolsek.id,
        operation.id,
        types,
    )


class KeyCounter:
    """Presses keys through the pilot, counting those that are not
    characters of free text."""

    def __init__(self, pilot: Any) -> None:
        self.pilot = pilot
        self.keys = 0
        self.free_text = 0

    async def key(self, *keys: str) -> None:
        """Control keys and structured input (dates, codes, numbers)."""
        for key in keys:
            self.keys += 1
            await self.pilot.press(key)

    async def type(self, text: str) -> None:
        """Structured characters typed one by one (each counts)."""
        for ch in text:
            self.keys += 1
            await self.pilot.press(ch)

    async def free(self, text: str) -> None:
        """Characters of free text (place, narrative, message, quote): typed
        key by key like the rest, but not counted."""
        self.free_text += len(text)
        await self.pilot.press(*text)
