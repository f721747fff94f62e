"""The station (Polsek) the app works in: names for letterheads and releases."""

from __future__ import annotations

from dataclasses import dataclass

from sambang_tui.db.models import Officer, Station
from sambang_tui.services.core import store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg
from sambang_tui.services.core.validate import Checker
from sambang_tui.services.master.lookup import officer_label

WHAT = "master.what.station"


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
    # the plan proposal's target and limit (services.plan_proposal); None: unchanged
    rw_visits_per_week: int | str | None = None
    plans_per_day: int | str | None = None


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
    rw_visits_per_week: int = 1
    plans_per_day: int = 3

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
            rw_visits_per_week=self.rw_visits_per_week,
            plans_per_day=self.plans_per_day,
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
        kapolsek_label=officer_label(kapolsek) if kapolsek else "",
        humas_signoff=s.humas_signoff,
        unit_code=s.unit_code,
        warrant=s.warrant,
        addressee=s.addressee,
        attention=s.attention,
        copies=s.copies,
        rw_visits_per_week=s.rw_visits_per_week,
        plans_per_day=s.plans_per_day,
    )


def _count(c: Checker, field: str, label: str, value: int | str | None, top: int) -> int | None:
    """A whole number 1..top typed or given; None when not given."""
    if value is None:
        return None
    text = str(value).strip()
    if not text.isdigit() or not 1 <= int(text) <= top:
        c.fail(field, "master.err.count_range", label=Msg(label), top=top)
        return None
    return int(text)


def get_station(actor: Actor) -> StationInfo:
    return _info(store.get(Station, actor.station_id, WHAT))


def update_station(actor: Actor, version: int, data: StationInput) -> StationInfo:
    actor.require_admin()

    def run() -> Station:
        c = Checker()
        name = c.text("name", "master.label.station_name", data.name, required=True, max_len=120)
        values = {
            "name": name,
            "polres": c.text("polres", "master.label.polres", data.polres, max_len=120),
            "polda": c.text("polda", "master.label.polda", data.polda, max_len=120),
            "address": c.text("address", "master.label.address", data.address, max_len=250),
            "city": c.text("city", "master.label.city", data.city, max_len=80),
            "humas_signoff": c.text(
                "humas_signoff", "master.label.humas_signoff", data.humas_signoff, max_len=160
            ),
            "kapolsek": data.kapolsek_id,
            # what official documents print (see services.documents)
            "unit_code": c.text("unit_code", "master.label.unit_code", data.unit_code, max_len=40),
            "warrant": c.text("warrant", "master.label.warrant", data.warrant, max_len=500),
            "addressee": c.text("addressee", "master.label.addressee", data.addressee, max_len=160),
            "attention": c.text("attention", "master.label.attention", data.attention, max_len=160),
            "copies": c.text(
                "copies", "master.label.copies", data.copies, max_len=1000, multiline=True
            ),
        }
        for field, label, top in (
            ("rw_visits_per_week", "master.label.rw_visits_per_week", 7),
            ("plans_per_day", "master.label.plans_per_day", 10),
        ):
            number = _count(c, field, label, getattr(data, field), top)
            if number is not None:
                values[field] = number
        if (
            name
            and Station.select()
            .where((Station.name == name) & (Station.id != actor.station_id))
            .exists()
        ):
            c.fail("name", "master.err.station_exists", name=name)
        if data.kapolsek_id is not None:
            officer = Officer.get_or_none(Officer.id == data.kapolsek_id)
            if officer is None or officer.station_id != actor.station_id:
                c.fail("kapolsek_id", "master.err.kapolsek_here")
            elif not officer.active:
                c.fail("kapolsek_id", "master.err.kapolsek_active")
        c.done()
        return store.update_versioned(actor, Station, actor.station_id, version, values, WHAT)

    return _info(store.write(run))
