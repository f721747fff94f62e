from __future__ import annotations

import pytest

from sambang_tui.db.models import RT, RW, ActivityType, Kelurahan, Report, Station
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ConflictError, PermissionDenied, ValidationError
from sambang_tui.services.master import areas
from sambang_tui.services.master.areas import KelurahanInput


def _paseban(actor) -> areas.KelurahanRow:
    return areas.create_kelurahan(
        actor, KelurahanInput("Paseban", "kelurahan", "Senen", "Jakarta Pusat", "31.71.05.1004")
    )


def test_create_with_rw_and_rt(db, actor) -> None:
    kel = _paseban(actor)
    rw = areas.add_rw(actor, kel.id, "06", rt_count=3)
    assert rw.number == 6 and rw.rt_numbers == (1, 2, 3)
    areas.add_rt(actor, rw.id, 12)
    areas.add_rw(actor, kel.id, 1)
    listed = areas.list_rw(actor, kel.id)
    assert [(r.number, r.rt_numbers) for r in listed] == [(1, ()), (6, (1, 2, 3, 12))]
    row = areas.list_kelurahan(actor)[0]
    assert (row.name, row.rw_count, row.rt_count) == ("Paseban", 2, 4)


def test_kelurahan_unique_per_station_case_insensitive(db, actor) -> None:
    _paseban(actor)
    with pytest.raises(ValidationError) as exc:
        areas.create_kelurahan(actor, KelurahanInput(name="  paseban "))
    assert exc.value.field == "name" and "sudah ada" in exc.value.message
    other = Station.create(name="Polsek Lain")
    elsewhere = Actor(os_user="x", station_id=other.id, is_admin=True)
    assert areas.create_kelurahan(elsewhere, KelurahanInput(name="Paseban")).name == "Paseban"


def test_kelurahan_validation(db, actor) -> None:
    with pytest.raises(ValidationError) as exc:
        areas.create_kelurahan(actor, KelurahanInput(name="", kind="kota", code="ab"))
    assert {e.field for e in exc.value.errors} == {"name", "kind", "code"}


@pytest.mark.parametrize(
    ("number", "msg"),
    [("0", "minimal 1"), ("-2", "minimal 1"), ("x", "angka"), ("1000", "maksimal")],
)
def test_bad_rw_rt_numbers(db, actor, number: str, msg: str) -> None:
    kel = _paseban(actor)
    with pytest.raises(ValidationError, match=msg):
        areas.add_rw(actor, kel.id, number)
    rw = areas.add_rw(actor, kel.id, 1)
    with pytest.raises(ValidationError, match=msg) as exc:
        areas.add_rt(actor, rw.id, number)
    assert exc.value.field == "rt"


def test_duplicate_rw_rt(db, actor) -> None:
    kel = _paseban(actor)
    rw = areas.add_rw(actor, kel.id, 6, 2)
    with pytest.raises(ValidationError, match="RW 06 sudah ada di Paseban"):
        areas.add_rw(actor, kel.id, 6)
    with pytest.raises(ValidationError, match="RT 02 sudah ada di RW 06"):
        areas.add_rt(actor, rw.id, "2")


def test_area_ids_belong_to_kelurahan(db, actor) -> None:
    kel = _paseban(actor)
    kenari = areas.create_kelurahan(actor, KelurahanInput(name="Kenari"))
    areas.add_rw(actor, kel.id, 6, 1)
    rw_id, rt_id = areas.area_ids(kel.id, 6, 1)
    assert RT.get_by_id(rt_id).rw_id == rw_id
    with pytest.raises(ValidationError, match="RW 06 tidak ada di Kenari") as exc:
        areas.area_ids(kenari.id, 6, 1)
    assert exc.value.field == "rw"
    with pytest.raises(ValidationError, match="RT 09 tidak ada di RW 06") as exc:
        areas.area_ids(kel.id, 6, 9)
    assert exc.value.field == "rt"


def test_update_and_conflict(db, actor) -> None:
    kel = _paseban(actor)
    areas.update_kelurahan(actor, kel.id, kel.version, KelurahanInput(name="Paseban", kind="desa"))
    with pytest.raises(ConflictError):
        areas.update_kelurahan(actor, kel.id, kel.version, KelurahanInput(name="Paseban Baru"))
    assert areas.get_kelurahan(actor, kel.id).kind == "desa"


def test_delete_refused_when_used(db, actor) -> None:
    kel = _paseban(actor)
    rw = areas.add_rw(actor, kel.id, 6, 2)
    Report.create(
        station=actor.station_id,
        year=2024,
        seq=1,
        number="LK/1/XII/2024",
        activity_type=ActivityType.get(code="SB"),
        date="2024-12-02",
        kelurahan=kel.id,
        rw=rw.id,
        rt=areas.rt_id(rw.id, 1),
    )
    with pytest.raises(ValidationError, match="masih dipakai \\(1 laporan\\)"):
        areas.delete_kelurahan(actor, kel.id)
    with pytest.raises(ValidationError, match="RW 06 masih dipakai"):
        areas.delete_rw(actor, rw.id)
    with pytest.raises(ValidationError, match="RT 01 RW 06 masih dipakai"):
        areas.delete_rt(actor, areas.rt_id(rw.id, 1))
    areas.delete_rt(actor, areas.rt_id(rw.id, 2))
    assert areas.list_rw(actor, kel.id)[0].rt_numbers == (1,)


def test_delete_unused(db, actor) -> None:
    kel = _paseban(actor)
    areas.add_rw(actor, kel.id, 6, 2)
    areas.delete_kelurahan(actor, kel.id)
    assert Kelurahan.select().count() == 0 and RW.select().count() == 0 and RT.select().count() == 0


def test_read_only_cannot_edit(db, actor) -> None:
    reader = Actor(os_user="tamu", station_id=actor.station_id)
    with pytest.raises(PermissionDenied):
        areas.create_kelurahan(reader, KelurahanInput(name="X"))


def test_kelurahan_with_its_rws_in_one_call(db, actor) -> None:
    """A new kelurahan and the RWs typed with it are one transaction: all of
    it stored, or (a bad layout, too many RTs) none of it."""
    kel = areas.create_kelurahan(actor, KelurahanInput(name="Kramat"), "3x2")
    assert (kel.rw_count, kel.rt_count) == (3, 6)
    listed = areas.list_rw(actor, kel.id)
    assert [(r.number, r.rt_numbers) for r in listed] == [(1, (1, 2)), (2, (1, 2)), (3, (1, 2))]
    kel = areas.create_kelurahan(actor, KelurahanInput(name="Kenari"), "5,0,2")
    assert [(r.number, r.rt_numbers) for r in areas.list_rw(actor, kel.id)] == [
        (1, (1, 2, 3, 4, 5)),
        (2, ()),
        (3, (1, 2)),
    ]
    for bad in ("tiga", "2x1000"):
        with pytest.raises(ValidationError) as exc:
            areas.create_kelurahan(actor, KelurahanInput(name="Bungur"), bad)
        assert exc.value.field == "rw_count"
    assert not Kelurahan.select().where(Kelurahan.name == "Bungur").exists()


def test_find_kelurahan_hands_back_a_plain_choice(db, actor) -> None:
    kel = _paseban(actor)
    found = areas.find_kelurahan(actor, "  PASEBAN ")
    assert found == areas.Choice(kel.id, "Paseban")
    assert not isinstance(found, Kelurahan)
    assert areas.find_kelurahan(actor, "Atlantis") is None
    assert areas.find_kelurahan(actor, "") is None
