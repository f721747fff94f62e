from __future__ import annotations

import pytest

from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.master import areas, contacts
from sambang_tui.services.master.areas import KelurahanInput
from sambang_tui.services.master.contacts import ContactInput


@pytest.fixture
def kel(db, actor):
    row = areas.create_kelurahan(actor, KelurahanInput(name="Paseban"))
    areas.add_rw(actor, row.id, 6, 3)
    return row


def test_create_with_area(kel, actor) -> None:
    row = contacts.create_contact(
        actor, ContactInput("H. Rahmat", "Tokoh Agama", kel.id, "06", "01", "0812", "imam\nmasjid")
    )
    assert (row.category, row.rw, row.rt, row.notes) == ("tokoh_agama", 6, 1, "imam\nmasjid")
    listed = contacts.list_contacts(actor)
    assert listed[0].rw == 6 and listed[0].rt == 1 and listed[0].kelurahan == "Paseban"


def test_validation(kel, actor) -> None:
    with pytest.raises(ValidationError) as exc:
        contacts.create_contact(actor, ContactInput("", "dukun", None))
    assert {e.field for e in exc.value.errors} == {"name", "category", "kelurahan_id"}
    with pytest.raises(ValidationError) as exc:
        contacts.create_contact(actor, ContactInput("A", "warga", kel.id, "7", "1"))
    assert exc.value.field == "rw" and "RW 07 tidak ada" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        contacts.create_contact(actor, ContactInput("A", "warga", kel.id, "6", "9"))
    assert exc.value.field == "rt"
    with pytest.raises(ValidationError) as exc:
        contacts.create_contact(actor, ContactInput("A", "warga", kel.id, "", "1"))
    assert exc.value.field == "rw"
    with pytest.raises(ValidationError, match="terlalu panjang"):
        contacts.create_contact(actor, ContactInput("A", "warga", kel.id, notes="x" * 10_000))


def test_update_delete_deactivate(kel, actor) -> None:
    from sambang_tui.db.models import ActivityType, Report, ReportContact

    a = contacts.create_contact(actor, ContactInput("Ani", "warga", kel.id))
    b = contacts.create_contact(actor, ContactInput("Budi", "ketua rw", kel.id, 6))
    assert b.category == "ketua_rw"
    a2 = contacts.update_contact(
        actor, a.id, a.version, ContactInput("Ani S", "warga", kel.id, 6, 2)
    )
    assert (a2.name, a2.rw, a2.rt, a2.version) == ("Ani S", 6, 2, 2)
    report = Report.create(
        station=actor.station_id,
        year=2024,
        seq=1,
        number="LK/1/XII/2024",
        activity_type=ActivityType.get(code="SB"),
        date="2024-12-02",
        kelurahan=kel.id,
    )
    ReportContact.create(report=report, contact=b.id)
    assert contacts.delete_contact(actor, a.id) == "deleted"
    assert contacts.delete_contact(actor, b.id) == "deactivated"
    assert [(c.name, c.active) for c in contacts.list_contacts(actor)] == [("Budi", False)]
    assert contacts.list_contacts(actor, include_inactive=False) == []
    assert contacts.list_contacts(actor, "bud")[0].name == "Budi"
