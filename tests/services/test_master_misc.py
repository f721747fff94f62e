from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ConflictError, PermissionDenied, ValidationError
from sambang_tui.services.master import (
    activity_types,
    areas,
    assignments,
    lookup,
    officers,
    operations,
    problems,
    station,
)
from sambang_tui.services.master.activity_types import ActivityTypeInput
from sambang_tui.services.master.areas import KelurahanInput
from sambang_tui.services.master.assignments import AssignmentInput
from sambang_tui.services.master.officers import OfficerInput
from sambang_tui.services.master.operations import OperationInput
from sambang_tui.services.master.problems import ProblemInput
from sambang_tui.services.master.station import StationInput

D = dt.date


@pytest.fixture
def base(db, actor):
    kel = areas.create_kelurahan(actor, KelurahanInput(name="Paseban"))
    areas.add_rw(actor, kel.id, 6, 2)
    off = officers.create_officer(actor, OfficerInput("78050123", "Sutrisno", "Aiptu"))
    return kel, off


def test_station_update(base, actor) -> None:
    _, off = base
    info = station.get_station(actor)
    data = StationInput(
        name="Polsek Senen",
        polres="Polres Metro Jakarta Pusat",
        polda="Polda Metro Jaya",
        city="Jakarta Pusat",
        kapolsek_id=off.id,
        humas_signoff="Humas Polsek Senen",
    )
    saved = station.update_station(actor, info.version, data)
    assert saved.kapolsek_label == "Aiptu Sutrisno · 78050123" and saved.version == 2
    with pytest.raises(ConflictError):
        station.update_station(actor, info.version, data)
    with pytest.raises(ValidationError) as exc:
        station.update_station(actor, saved.version, StationInput(name="", kapolsek_id=9999))
    assert {e.field for e in exc.value.errors} == {"name", "kapolsek_id"}
    with pytest.raises(PermissionDenied):
        station.update_station(Actor("x", actor.station_id), saved.version, data)


def test_assignment_dates(base, actor) -> None:
    kel, off = base
    row = assignments.create_assignment(actor, AssignmentInput(off.id, kel.id, "01/07/2024"))
    assert row.start == D(2024, 7, 1) and row.end is None and row.kelurahan == "Paseban"
    assert lookup.assigned_kelurahan(off.id, D(2024, 12, 2)) == kel.id
    with pytest.raises(ValidationError) as exc:
        assignments.update_assignment(
            actor, row.id, row.version, AssignmentInput(off.id, kel.id, "2024-07-01", "2024-06-30")
        )
    assert exc.value.field == "end" and "sebelum" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        assignments.create_assignment(actor, AssignmentInput(None, None, "31/02/2024"))
    fields = {e.field: e.message for e in exc.value.errors}
    assert set(fields) == {"officer_id", "kelurahan_id", "start"}
    assert "tidak ada di kalender" in fields["start"]
    done = assignments.update_assignment(
        actor, row.id, row.version, AssignmentInput(off.id, kel.id, D(2024, 7, 1), D(2024, 12, 31))
    )
    assert done.end == D(2024, 12, 31)
    assert [a.id for a in assignments.list_assignments(actor, officer_id=off.id)] == [row.id]
    assignments.delete_assignment(actor, row.id)
    assert assignments.list_assignments(actor) == []


def test_operation(base, actor) -> None:
    row = operations.create_operation(
        actor, OperationInput("Operasi Mantap Praja Jaya 2024", "14/08/2024", "31/12/2024")
    )
    assert lookup.operation_on(actor, D(2024, 12, 2)).id == row.id
    with pytest.raises(ValidationError) as exc:
        operations.create_operation(actor, OperationInput("X", "2024-12-31", "2024-08-14"))
    assert exc.value.field == "end"
    with pytest.raises(ValidationError) as exc:
        operations.create_operation(actor, OperationInput("", "", ""))
    assert {e.field for e in exc.value.errors} == {"name", "start", "end"}
    renamed = operations.update_operation(
        actor, row.id, row.version, OperationInput("Op", D(2024, 8, 14), D(2024, 12, 31))
    )
    assert renamed.name == "Op" and operations.list_operations(actor)[0].name == "Op"
    assert operations.delete_operation(actor, row.id) == 0
    assert operations.list_operations(actor) == []


def test_activity_types(base, actor) -> None:
    new = activity_types.create_type(actor, ActivityTypeInput("sp", "Sosialisasi Pilkada"))
    assert new.code == "SP" and new.sort > 7
    assert lookup.activity_types("SP")[0].name == "Sosialisasi Pilkada"
    with pytest.raises(ValidationError, match="sudah dipakai"):
        activity_types.create_type(actor, ActivityTypeInput("SB", "Sambang lagi"))
    with pytest.raises(ValidationError) as exc:
        activity_types.create_type(actor, ActivityTypeInput("", "", "tarian", sort="x"))
    assert {e.field for e in exc.value.errors} == {"code", "name", "form_kind", "sort"}
    assert activity_types.delete_type(actor, new.id) == "deleted"
    sb = next(t for t in activity_types.list_types() if t.code == "SB")
    from sambang_tui.db.models import Kelurahan, Plan

    Plan.create(
        station=actor.station_id,
        date=D(2024, 12, 2),
        officer=base[1].id,
        activity_type=sb.id,
        kelurahan=Kelurahan.get().id,
    )
    assert activity_types.delete_type(actor, sb.id) == "deactivated"
    assert "SB" not in [t.code for t in activity_types.list_types(include_inactive=False)]


def test_problem_open_and_settle(base, actor) -> None:
    kel, off = base
    writer = Actor("bhabin", actor.station_id, officer_id=off.id, role="bhabinkamtibmas")
    row = problems.open_problem(
        writer, ProblemInput("Sengketa parkir", kel.id, "06", "kamtibmas", opened="2024-11-01")
    )
    assert row.status == "terbuka" and row.rw == 6
    assert [c.id for c in lookup.open_problems(actor, kel.id)] == [row.id]
    with pytest.raises(ValidationError) as exc:
        problems.settle_problem(writer, row.id, row.version, "", "2024-10-01")
    assert {e.field for e in exc.value.errors} == {"resolution", "closed"}
    done = problems.settle_problem(writer, row.id, row.version, "Musyawarah warga", "2024-12-02")
    assert (done.status, done.closed, done.resolution) == (
        "selesai",
        D(2024, 12, 2),
        "Musyawarah warga",
    )
    assert lookup.open_problems(actor) == []
    with pytest.raises(ConflictError):
        problems.settle_problem(writer, row.id, row.version, "again")
    again = problems.reopen_problem(writer, done.id, done.version)
    assert again.status == "terbuka" and again.closed is None
    with pytest.raises(ValidationError) as exc:
        problems.open_problem(writer, ProblemInput("", None, "6"))
    assert {e.field for e in exc.value.errors} == {"title", "kelurahan_id"}
    with pytest.raises(PermissionDenied):
        problems.open_problem(Actor("tamu", actor.station_id), ProblemInput("x", kel.id))
    with pytest.raises(PermissionDenied):
        problems.delete_problem(writer, row.id)
    problems.delete_problem(actor, row.id)
    assert problems.list_problems(actor) == []


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Pak Haji 🙏 Rahmat", "Pak Haji 🙏 Rahmat"),
        ("عبد الله", "عبد الله"),
        ("Bu\x00di\x07", "Budi"),
        ("[bold]x[/] [link=http://e.vil]y[/link] [@click=app.quit]z", None),
        ("\x1b[31mMerah\x1b[0m", "[31mMerah[0m"),
        ("  Ani  ", "Ani"),
    ],
)
def test_text_fields_are_cleaned_not_interpreted(
    base, actor, typed: str, stored: str | None
) -> None:
    from sambang_tui.services.master import contacts
    from sambang_tui.services.master.contacts import ContactInput

    kel, _ = base
    row = contacts.create_contact(
        actor, ContactInput(typed, "warga", kel.id, notes=typed + "\nbaris 2")
    )
    assert row.name == (stored if stored is not None else typed)
    assert row.notes.endswith("\nbaris 2")


def test_ten_thousand_characters_refused_everywhere(base, actor) -> None:
    kel, off = base
    long = "x" * 10_000
    cases = [
        lambda: officers.create_officer(actor, OfficerInput("11111111", long, "Bripda")),
        lambda: areas.create_kelurahan(actor, KelurahanInput(name=long)),
        lambda: operations.create_operation(actor, OperationInput(long, "1/1/2024", "2/1/2024")),
        lambda: activity_types.create_type(actor, ActivityTypeInput("ZZ", long)),
        lambda: problems.open_problem(actor, ProblemInput(long, kel.id)),
        lambda: station.update_station(actor, 1, StationInput(name=long)),
    ]
    for case in cases:
        with pytest.raises(ValidationError, match="terlalu panjang"):
            case()
