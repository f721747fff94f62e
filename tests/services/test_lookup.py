from __future__ import annotations

import datetime as dt

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Assignment,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Problem,
    Station,
)
from sambang_tui.services.master import lookup

D = dt.date


def _seed(actor):
    st = actor.station_id
    paseban = Kelurahan.create(station=st, name="Paseban", kecamatan="Senen", city="Jakarta Pusat")
    kenari = Kelurahan.create(station=st, name="Kenari", kecamatan="Senen")
    rw6 = RW.create(kelurahan=paseban, number=6)
    rw1 = RW.create(kelurahan=paseban, number=1)
    RT.create(rw=rw6, number=2)
    RT.create(rw=rw6, number=1)
    RT.create(rw=rw1, number=5)
    sut = Officer.create(station=st, nrp="78050123", name="Sutrisno", rank="Aiptu")
    budi = Officer.create(station=st, nrp="85010001", name="Budi Santoso", rank="Bripka")
    Officer.create(station=st, nrp="85010002", name="Budi Hartono", rank="Brigpol")
    Officer.create(station=st, nrp="90000001", name="Sutrisno Lama", rank="Bripda", active=False)
    other = Station.create(name="Polsek Lain")
    Officer.create(station=other, nrp="78059999", name="Sutrisno Lain", rank="Aiptu")
    Kelurahan.create(station=other, name="Pasebanan")
    return paseban, kenari, sut, budi


def test_officers_by_nrp_prefix_and_name(db, actor) -> None:
    _, _, sut, _ = _seed(actor)
    found = lookup.officers(actor, "7805")
    assert [c.id for c in found] == [sut.id]
    assert found[0].label == "Aiptu Sutrisno · 78050123"
    names = [c.label for c in lookup.officers(actor, "budi")]
    assert names == ["Brigpol Budi Hartono · 85010002", "Bripka Budi Santoso · 85010001"]
    assert len(lookup.officers(actor, "SUTRISNO")) == 1
    assert len(lookup.officers(actor, "sutrisno", active_only=False)) == 2
    assert len(lookup.officers(actor, "", limit=2)) == 2
    assert lookup.officers(actor, "%") == []


def test_resolve_officer(db, actor) -> None:
    _, _, sut, budi = _seed(actor)
    assert lookup.resolve_officer(actor, "78050123").id == sut.id
    assert lookup.resolve_officer(actor, "sutrisno").id == sut.id
    assert lookup.resolve_officer(actor, "Budi Santoso").id == budi.id
    assert lookup.resolve_officer(actor, "santoso").id == budi.id
    assert lookup.resolve_officer(actor, "Aiptu Sutrisno · 78050123").id == sut.id
    assert lookup.resolve_officer(actor, "budi") is None  # two match
    assert lookup.resolve_officer(actor, "78059999") is None  # other station
    assert lookup.resolve_officer(actor, "") is None


def test_activity_types(db) -> None:
    codes = [t.code for t in lookup.activity_types("d")]
    assert codes[:2] == ["DDS", "DD"]
    assert "PD" in codes  # "Patroli Dialogis" contains d
    cs = lookup.activity_types("cool")
    assert [t.code for t in cs] == ["CS"]
    ActivityType.update(active=False).where(ActivityType.code == "CS").execute()
    assert lookup.activity_types("cool") == []
    assert len(lookup.activity_types()) == 7
    assert lookup.activity_types("dd")[0].form_kind == "dds"


def test_kelurahan_rw_rt(db, actor) -> None:
    paseban, kenari, _, _ = _seed(actor)
    assert [c.label for c in lookup.kelurahan(actor)] == ["Kenari", "Paseban"]
    assert [c.id for c in lookup.kelurahan(actor, "seb")] == [paseban.id]
    assert lookup.kelurahan(actor, "seb")[0].detail == "Senen"
    assert lookup.rw_numbers(paseban.id) == [1, 6]
    assert lookup.rw_numbers(kenari.id) == []
    assert lookup.rt_numbers(paseban.id, 6) == [1, 2]
    assert lookup.rt_numbers(paseban.id, 9) == []


def test_contacts(db, actor) -> None:
    paseban, kenari, _, _ = _seed(actor)
    st = actor.station_id
    a = Contact.create(station=st, name="H. Rahmat", category="tokoh_agama", kelurahan=paseban)
    b = Contact.create(station=st, name="Rahma Dewi", category="warga", kelurahan=kenari)
    Contact.create(station=st, name="Rahmadi", category="warga", kelurahan=kenari, active=False)
    assert [c.id for c in lookup.contacts(actor, "rahm")] == [a.id, b.id]
    assert [c.id for c in lookup.contacts(actor, "rahm", kelurahan_id=kenari.id)] == [b.id]
    assert lookup.contacts(actor, "rahmat")[0].detail == "tokoh_agama · Paseban"


def test_assignments(db, actor) -> None:
    paseban, kenari, sut, budi = _seed(actor)
    Assignment.create(officer=sut, kelurahan=kenari, start=D(2024, 1, 1), end=D(2024, 6, 30))
    Assignment.create(officer=sut, kelurahan=paseban, start=D(2024, 7, 1))
    Assignment.create(officer=budi, kelurahan=paseban, start=D(2024, 11, 1), end=D(2024, 12, 31))
    assert lookup.assigned_kelurahan(sut.id, D(2024, 3, 1)) == kenari.id
    assert lookup.assigned_kelurahan(sut.id, D(2024, 12, 2)) == paseban.id
    assert lookup.assigned_kelurahan(sut.id, D(2023, 12, 31)) is None
    assert lookup.assigned_officers(paseban.id, D(2024, 12, 2)) == [sut.id, budi.id]
    assert lookup.assigned_officers(paseban.id, D(2025, 1, 1)) == [sut.id]
    assert lookup.assigned_officers(kenari.id, D(2024, 12, 2)) == []


def test_operation_on(db, actor) -> None:
    op = Operation.create(
        station=actor.station_id,
        name="Operasi Mantap Praja Jaya 2024",
        start=D(2024, 8, 14),
        end=D(2024, 12, 31),
    )
    found = lookup.operation_on(actor, D(2024, 12, 2))
    assert found is not None and found.id == op.id and found.label.startswith("Operasi")
    assert lookup.operation_on(actor, D(2024, 8, 14)).id == op.id
    assert lookup.operation_on(actor, D(2025, 1, 1)) is None


def test_open_problems(db, actor) -> None:
    paseban, kenari, _, _ = _seed(actor)
    st = actor.station_id
    p1 = Problem.create(
        station=st, title="Sengketa parkir", kelurahan=paseban, opened=D(2024, 11, 1)
    )
    p2 = Problem.create(station=st, title="Tawuran", kelurahan=kenari, opened=D(2024, 11, 20))
    Problem.create(
        station=st, title="Selesai", kelurahan=kenari, opened=D(2024, 10, 1), status="selesai"
    )
    assert [c.id for c in lookup.open_problems(actor)] == [p2.id, p1.id]
    assert [c.id for c in lookup.open_problems(actor, paseban.id)] == [p1.id]
    assert lookup.open_problems(actor, paseban.id)[0].detail == "Paseban · 2024-11-01"


def test_area_numbers_of_the_station_in_one_query(db, actor, monkeypatch) -> None:
    """What the entry form completes RW/RT from: every kelurahan's RWs and
    RTs read in one query, not one per RW at each opening of the form."""
    _seed(actor)
    other = Station.get(Station.name == "Polsek Lain")
    elsewhere = Kelurahan.create(station=other, name="Jauh")
    RT.create(rw=RW.create(kelurahan=elsewhere, number=9), number=9)
    ours = Kelurahan.select().where(Kelurahan.station == actor.station_id)
    expected = {
        k.id: {rw: lookup.rt_numbers(k.id, rw) for rw in lookup.rw_numbers(k.id)}
        for k in ours
        if lookup.rw_numbers(k.id)
    }
    from sambang_tui.db.models import database_proxy

    real = database_proxy.obj.execute_sql
    statements: list[str] = []

    def counted(sql, *args, **kwargs):  # noqa: ANN001, ANN202
        statements.append(sql)
        return real(sql, *args, **kwargs)

    monkeypatch.setattr(database_proxy.obj, "execute_sql", counted)
    found = lookup.area_numbers(actor)
    assert len(statements) == 1, statements
    assert found == expected
    assert elsewhere.id not in found
