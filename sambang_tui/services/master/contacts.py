"""Community contacts (tokoh): name, category, kelurahan/RW/RT, phone, notes.
Contacts met in reports are deactivated, never deleted."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import JOIN, fn

from sambang_tui.db.models import RT, RW, Contact, Kelurahan, ReportContact
from sambang_tui.db.rows import aliased
from sambang_tui.db.vocab import CONTACT_CATEGORIES
from sambang_tui.services.core import store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, NotFound, ValidationError
from sambang_tui.services.core.validate import LONG_MAX, Checker, clean_text
from sambang_tui.services.master.areas import area_ids, area_number, own_kelurahan, rt_needs_rw
from sambang_tui.services.master.lookup import icontains

WHAT = "master.what.contact"
NOTES_MAX = 2000


@dataclass
class ContactInput:
    name: str = ""
    category: str = "tokoh_masyarakat"
    kelurahan_id: int | None = None
    rw: int | str | None = None
    rt: int | str | None = None
    phone: str = ""
    notes: str = ""
    active: bool = True


@dataclass(frozen=True)
class ContactRow:
    id: int
    version: int
    name: str
    category: str
    kelurahan_id: int
    kelurahan: str
    rw: int | None
    rt: int | None
    phone: str
    notes: str
    active: bool

    def to_input(self) -> ContactInput:
        return ContactInput(
            self.name,
            self.category,
            self.kelurahan_id,
            self.rw,
            self.rt,
            self.phone,
            self.notes,
            self.active,
        )


def normalise_category(text: str) -> str | None:
    low = (text or "").strip().lower().replace(" ", "_").replace("-", "_")
    aliases = {
        "lainnya": "other",
        "lain": "other",
        "lain_lain": "other",
        "rt": "ketua_rt",
        "rw": "ketua_rw",
    }
    low = aliases.get(low, low)
    return low if low in CONTACT_CATEGORIES else None


def contact_fields(c: Checker, data: ContactInput) -> dict[str, Any]:
    """A contact's own fields checked (errors collected in ``c``), RW and RT
    as numbers not yet looked up: the one rule for the form and the CSV
    import."""
    name = c.text("name", "master.label.name", data.name, required=True, max_len=120)
    category = normalise_category(data.category)
    if category is None:
        c.fail(
            "category",
            "master.err.category",
            text=clean_text(data.category)[:30],
            choices=", ".join(CONTACT_CATEGORIES),
        )
    rw = area_number(c, "rw", "master.label.rw", data.rw)
    rt = area_number(c, "rt", "master.label.rt", data.rt)
    rt_needs_rw(c, rw, rt)
    phone = c.text("phone", "master.label.phone", data.phone, max_len=32)
    notes = c.text(
        "notes", "master.label.notes", data.notes, max_len=min(NOTES_MAX, LONG_MAX), multiline=True
    )
    return {"name": name, "category": category, "rw": rw, "rt": rt, "phone": phone, "notes": notes}


def check(actor: Actor, data: ContactInput) -> dict[str, Any]:
    c = Checker()
    values = contact_fields(c, data)
    try:
        kel = own_kelurahan(actor, data.kelurahan_id)
    except ValidationError as exc:
        c.errors.extend(exc.errors)
    else:
        if not any(e.field in ("rw", "rt") for e in c.errors):
            values["rw"], values["rt"] = area_ids(kel.id, values["rw"], values["rt"], c)
    c.done()
    return {**values, "kelurahan": data.kelurahan_id, "active": bool(data.active)}


def _row(c: Contact) -> ContactRow:
    rw = RW.get_or_none(RW.id == c.rw_id) if c.rw_id else None
    rt = RT.get_or_none(RT.id == c.rt_id) if c.rt_id else None
    return ContactRow(
        id=c.id,
        version=c.version,
        name=c.name,
        category=c.category,
        kelurahan_id=c.kelurahan_id,
        kelurahan=c.kelurahan.name,
        rw=rw.number if rw else None,
        rt=rt.number if rt else None,
        phone=c.phone,
        notes=c.notes,
        active=c.active,
    )


def _own(actor: Actor, contact_id: int) -> Contact:
    row = store.get(Contact, contact_id, WHAT)
    if row.station_id != actor.station_id:
        raise NotFound("master.err.not_here", what=Msg(WHAT), id=contact_id)
    return row


def create_contact(actor: Actor, data: ContactInput) -> ContactRow:
    actor.require_admin()

    def run() -> Contact:
        return store.create(actor, Contact, {**check(actor, data), "station": actor.station_id})

    return _row(store.write(run))


def update_contact(actor: Actor, contact_id: int, version: int, data: ContactInput) -> ContactRow:
    actor.require_admin()

    def run() -> Contact:
        _own(actor, contact_id)
        return store.update_versioned(actor, Contact, contact_id, version, check(actor, data), WHAT)

    return _row(store.write(run))


def delete_contact(actor: Actor, contact_id: int) -> str:
    """Delete a contact no report mentions, else deactivate it; returns which."""
    actor.require_admin()

    def run() -> str:
        row = _own(actor, contact_id)
        if ReportContact.select().where(ReportContact.contact == contact_id).exists():
            if row.active:
                store.update_versioned(
                    actor, Contact, contact_id, row.version, {"active": False}, WHAT
                )
            return "deactivated"
        store.delete(actor, Contact, contact_id, WHAT)
        return "deleted"

    return store.write(run)


def get_contact(actor: Actor, contact_id: int) -> ContactRow:
    return _row(_own(actor, contact_id))


def list_contacts(
    actor: Actor,
    text: str = "",
    kelurahan_id: int | None = None,
    include_inactive: bool = True,
    offset: int = 0,
    limit: int = 500,
) -> list[ContactRow]:
    query = (
        Contact.select(Contact, Kelurahan, RW.number.alias("rw_no"), RT.number.alias("rt_no"))
        .join(Kelurahan)
        .switch(Contact)
        .join(RW, JOIN.LEFT_OUTER, on=(Contact.rw == RW.id))
        .switch(Contact)
        .join(RT, JOIN.LEFT_OUTER, on=(Contact.rt == RT.id))
        .where(Contact.station == actor.station_id)
    )
    if kelurahan_id is not None:
        query = query.where(Contact.kelurahan == kelurahan_id)
    if not include_inactive:
        query = query.where(Contact.active == True)  # noqa: E712
    if text.strip():
        query = query.where(icontains(Contact.name, text.strip()))
    query = (
        query.order_by(Kelurahan.name, fn.LOWER(Contact.name), Contact.id)
        .offset(offset)
        .limit(limit)
    )
    rows = []
    for c in query.objects():
        rows.append(
            ContactRow(
                id=c.id,
                version=c.version,
                name=c.name,
                category=c.category,
                kelurahan_id=c.kelurahan_id,
                kelurahan=c.kelurahan.name,
                rw=aliased(c, "rw_no"),
                rt=aliased(c, "rt_no"),
                phone=c.phone,
                notes=c.notes,
                active=c.active,
            )
        )
    return rows
