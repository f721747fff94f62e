"""The station (Polsek) the app works in: names for letterheads and releases."""

from __future__ import annotations

from dataclasses import dataclass

from sambang_tui.db.models import Officer, Station
from sambang_tui.services import store
from sambang_tui.services.actor import Actor
from sambang_tui.services.validate import Checker

WHAT = "Polsek"


@dataclass
class StationInput:
    name: str = ""
    polres: str = ""
    polda: str = ""
    address: str = ""
    city: str = ""
    kapolsek_id: int | None = None
    humas_signoff: str = ""
    unit_code: str = ""
    warrant: str = ""
    addressee: str = ""
    attention: str = ""
    copies: str = ""


@dataclass(frozen=True)
class StationInfo:
    id: int
    version: int
    name: str
    polres: str
    polda: str
    address: str
    city: str
    kapolsek_id: int | None
    kapolsek_label: str
    humas_signoff: str
    unit_code: str = ""
    warrant: str = ""
    addressee: str = ""
    attention: str = ""
    copies: str = ""

    def to_input(self) -> StationInput:
        return StationInput(
            name=self.name,
            polres=self.polres,
            polda=self.polda,
            address=self.address,
            city=self.city,
            kapolsek_id=self.kapolsek_id,
            humas_signoff=self.humas_signoff,
            unit_code=self.unit_code,
            warrant=self.warrant,
            addressee=self.addressee,
            attention=self.attention,
            copies=self.copies,
        )


def _info(s: Station) -> StationInfo:
    kapolsek = Officer.get_or_none(Officer.id == s.kapolsek_id) if s.kapolsek_id else None
    return StationInfo(
        id=s.id,
        version=s.version,
        name=s.name,
        polres=s.polres,
        polda=s.polda,
        address=s.address,
        city=s.city,
        kapolsek_id=s.kapolsek_id,
        kapolsek_label=f"{kapolsek.rank} {kapolsek.name} · {kapolsek.nrp}" if kapolsek else "",
        humas_signoff=s.humas_signoff,
        unit_code=s.unit_code,
        warrant=s.warrant,
        addressee=s.addressee,
        attention=s.attention,
        copies=s.copies,
    )


def get_station(actor: Actor) -> StationInfo:
    return _info(store.get(Station, actor.station_id, WHAT))


def update_station(actor: Actor, version: int, data: StationInput) -> StationInfo:
    actor.require_admin()

    def run() -> Station:
        c = Checker()
        name = c.text("name", "Nama Polsek", data.name, required=True, max_len=120)
        values = {
            "name": name,
            "polres": c.text("polres", "Polres", data.polres, max_len=120),
            "polda": c.text("polda", "Polda", data.polda, max_len=120),
            "address": c.text("address", "Alamat", data.address, max_len=250),
            "city": c.text("city", "Kota", data.city, max_len=80),
            "humas_signoff": c.text(
                "humas_signoff", "Penutup Humas", data.humas_signoff, max_len=160
            ),
            "kapolsek": data.kapolsek_id,
            # what official documents print (see services.documents)
            "unit_code": c.text("unit_code", "Kode satuan", data.unit_code, max_len=40),
            "warrant": c.text("warrant", "Surat Perintah", data.warrant, max_len=500),
            "addressee": c.text("addressee", "Kepada (rekap)", data.addressee, max_len=160),
            "attention": c.text("attention", "u.p. (rekap)", data.attention, max_len=160),
            "copies": c.text("copies", "Tembusan", data.copies, max_len=1000, multiline=True),
        }
        if (
            name
            and Station.select()
            .where((Station.name == name) & (Station.id != actor.station_id))
            .exists()
        ):
            c.fail("name", f"Polsek '{name}' sudah ada di basis data ini.")
        if data.kapolsek_id is not None:
            officer = Officer.get_or_none(Officer.id == data.kapolsek_id)
            if officer is None or officer.station_id != actor.station_id:
                c.fail("kapolsek_id", "Kapolsek harus personel Polsek ini.")
            elif not officer.active:
                c.fail("kapolsek_id", "Kapolsek harus personel yang aktif.")
        c.done()
        return store.update_versioned(actor, Station, actor.station_id, version, values, WHAT)

    return _info(store.write(run))
