"""Two desks on one database: a draft restored over a report saved since
shows the conflict (never overwrites it unseen); realising a plan another
desk changed meanwhile saves the report but never marks the plan done in a
contradictory state; numbers, never ids; conflicts name a person."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from report_fixtures import SEED_DAY, World, make_world

from sambang_tui.db.models import Plan, Report
from sambang_tui.services import reports
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ConflictError
from sambang_tui.services.desk import drafts
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.schedule import grid, plans
from sambang_tui.services.schedule.plans import PlanInput
from sambang_tui.ui.modals.plan_list import plan_line


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


# -- a draft remembers the version it was typed against ---------------------------


def test_restored_draft_over_a_later_save_is_a_conflict(world: World) -> None:
    desk, desk2 = world.actors["desk"], world.actors["desk2"]
    saved = reports.create_report(desk, world.input())
    # desk2's draft (Tempat changed) was typed against version 1 ...
    draft = world.input(place="Balai RW 06")
    # ... and desk saved version 2 meanwhile (tokoh masyarakat 7)
    audience = {"warga": 15, "tokoh_masyarakat": 7, "kelompok_pemuda": 8}
    reports.update_report(desk, saved.id, saved.version, world.input(audience=audience))
    error = reports.stale_conflict(desk2, saved.id, saved.version, draft)
    assert error is not None and error.current_version == 2
    fields = {c.field for c in error.changes}
    assert fields == {"place", "audience"}
    # nothing saved since the draft's version: nothing to show
    assert reports.stale_conflict(desk2, saved.id, 2, draft) is None


def test_draft_without_a_version_is_never_put_over_a_later_save(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    draft = world.input(place="Balai RW 06")
    # never saved again: an old draft can only have been typed on it
    assert reports.stale_conflict(desk, saved.id, None, draft) is None
    reports.update_report(desk, saved.id, 1, world.input(rt=2))
    error = reports.stale_conflict(desk, saved.id, None, draft)
    assert error is not None and {c.field for c in error.changes} == {"place", "rt"}
    # what the draft holds is what is stored: nothing could be lost
    assert reports.stale_conflict(desk, saved.id, None, world.input(rt=2)) is None


# -- realising a plan another desk changed meanwhile ------------------------------


def _plan(world: World, day: dt.date = SEED_DAY) -> int:
    return plans.create_plan(
        world.actors["desk"],
        PlanInput(
            date=day,
            officer_id=world.sutrisno,
            type_id=world.types["SB"],
            kelurahan_id=world.paseban,
            rw=6,
            target="Jl. Salemba Raya",
        ),
    ).id


def _realise(world: World, plan_id: int) -> ReportInput:
    """The form as `r` fills it, typed to the end."""
    filled = plans.report_input(world.actors["desk"], plan_id)
    return replace(world.input(), plan_id=plan_id, plan_version=filled.plan_version)


def test_plan_unchanged_is_realised(world: World) -> None:
    pid = _plan(world)
    saved = reports.create_report(world.actors["desk"], _realise(world, pid))
    plan = Plan.get_by_id(pid)
    assert (plan.status, plan.report_id) == ("terlaksana", saved.id)
    assert not saved.plan_left


def test_plan_moved_meanwhile_keeps_the_report_not_the_contradiction(world: World) -> None:
    desk, desk2 = world.actors["desk"], world.actors["desk2"]
    pid = _plan(world)
    typed = _realise(world, pid)
    # desk2 moves the plan to the next day while desk types its report
    plans.move_plan(desk2, pid, 1, SEED_DAY + dt.timedelta(days=1))
    saved = reports.create_report(desk, typed)
    assert Report.get_by_id(saved.id).date == SEED_DAY  # the report is kept
    plan = Plan.get_by_id(pid)
    assert (plan.status, plan.report_id, plan.date) == (
        "rencana",
        None,
        SEED_DAY + dt.timedelta(days=1),
    )
    assert saved.plan_left
    assert "dipindah ke 03/12/2024 (Aiptu Sutrisno)" in saved.warnings[0]


def test_plan_cancelled_or_done_meanwhile_is_left_as_it_is(world: World) -> None:
    desk, desk2 = world.actors["desk"], world.actors["desk2"]
    cancelled, done = _plan(world), _plan(world)
    typed_c, typed_d = _realise(world, cancelled), _realise(world, done)
    plans.cancel_plan(desk2, cancelled, 1, "Hujan")
    other = reports.create_report(desk2, replace(typed_d, narrative="Laporan meja lain."))
    saved = reports.create_report(desk, typed_c)
    assert Plan.get_by_id(cancelled).status == "batal" and saved.plan_left
    assert "dibatalkan" in saved.warnings[0]
    saved = reports.create_report(desk, typed_d)  # saved, never refused
    assert Plan.get_by_id(done).report_id == other.id and saved.plan_left
    assert other.number in saved.warnings[0]


def test_plan_edited_meanwhile_but_still_fitting_is_realised(world: World) -> None:
    desk, desk2 = world.actors["desk"], world.actors["desk2"]
    pid = _plan(world)
    typed = _realise(world, pid)
    editable = plans.load_plan(desk2, pid)
    plans.update_plan(desk2, pid, editable.version, replace(editable.data, note="Bawa brosur"))
    saved = reports.create_report(desk, typed)
    assert Plan.get_by_id(pid).report_id == saved.id and not saved.plan_left


# -- reports and plans by number and day, never by database id --------------------


def test_drafts_left_behind_name_the_report_number_and_the_plan(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    pid = _plan(world)
    for form in (f"entry.report.{saved.id}", f"entry.plan.{pid}", "entry.report.999"):
        drafts.save_draft("desk", form, {"narrative": "x"}, session=f"{drafts.LATER}{form}")
    labels = {d.form: d.label for d in drafts.orphaned_drafts("desk")}
    assert labels == {
        f"entry.report.{saved.id}": saved.number,
        f"entry.plan.{pid}": "02/12/2024 Aiptu Sutrisno",
        "entry.report.999": "",  # gone: the form says so
    }


def test_a_realised_plan_names_its_report_by_number(world: World) -> None:
    desk = world.actors["desk"]
    pid = _plan(world)
    saved = reports.create_report(desk, _realise(world, pid))
    data = grid.load_grid(desk, SEED_DAY, SEED_DAY)
    cell = data.plan(pid)
    assert cell is not None and cell.report_number == saved.number
    line = str(plan_line(cell))
    assert f"laporan {saved.number}" in line and "#" not in line


# -- a conflict names a person, and is right when it was oneself -------------------


def test_conflict_names_the_officer_not_the_login(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input())
    reports.update_report(kanit, saved.id, 1, world.input(rt=2))
    with pytest.raises(ConflictError) as exc:
        reports.update_report(desk, saved.id, 1, world.input(rt=3))
    assert (exc.value.by, exc.value.by_login) == ("Iptu Harjono", "kanit")
    assert "Iptu Harjono" in exc.value.message


def test_plan_conflict_names_the_officer_and_a_bare_login_as_it_is(world: World) -> None:
    desk2 = world.actors["desk2"]
    pid = _plan(world)
    plans.move_plan(desk2, pid, 1, SEED_DAY + dt.timedelta(days=1))
    with pytest.raises(ConflictError) as exc:
        plans.move_plan(world.actors["desk"], pid, 1, SEED_DAY + dt.timedelta(days=2))
    assert (exc.value.by, exc.value.by_login) == ("Briptu Dewi Lestari", "desk2")
    stranger = Actor(os_user="tamu.admin", station_id=world.station_id, is_admin=True)
    plans.move_plan(stranger, pid, 2, SEED_DAY)
    with pytest.raises(ConflictError) as exc:
        plans.move_plan(desk2, pid, 2, SEED_DAY + dt.timedelta(days=2))
    assert exc.value.by == "tamu.admin"  # no officer has that login
