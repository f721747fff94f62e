"""Type-specific parts of the form (DDS households, Problem Solving, Deteksi
Dini) saved by keys, and ``load_input`` marking filled fields for review."""

from __future__ import annotations

import datetime as dt

import pytest
from ui.helpers import make_app, screen_lines, wait
from ui.test_entry_support import seed_world

from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.input import ReportInput


@pytest.fixture
def world(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    found = seed_world()
    runtime.close()
    return found


async def start(pilot, types: str) -> None:
    await wait(pilot)
    await pilot.press("f4")
    await wait(pilot)
    screen = pilot.app.screen
    screen.query_one("#f-officer-ids-input").focus()
    await pilot.press(*"sut", "enter")
    await wait(pilot)
    await pilot.press(*types, "enter", "2", "enter", "3", "enter", *"Gang Mawar", "enter")
    screen.form.area("narrative").focus()
    await pilot.press(*"Kunjungan.")


async def test_dds_households_and_problem_link(db_target: str, world) -> None:
    from sambang_tui.db.models import Problem

    runtime.connect(db_target)
    problem = Problem.create(
        station=world.station_id,
        title="Sengketa parkir Gang Mawar",
        kelurahan=world.paseban,
        opened=dt.date(2024, 11, 20),
    )
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "dds,ps")
        form = app.screen.form
        assert form.households_panel.has_class("-shown")
        assert form.problem_panel.has_class("-shown")
        assert not form.info_panel.has_class("-shown")
        head = form.households_panel.rows()[0].inputs()[0]
        head.focus()
        await pilot.press(*"Pak Slamet", "tab", *"RT 03", "tab", *"Parkir liar", "tab")
        await pilot.press(*"Ronda aktif")
        await wait(pilot)
        assert len(form.households_panel.rows()) == 2  # a fresh row is ready
        form.problem_panel.picker.focus()
        await pilot.press(*"parkir", "enter")
        assert form.problem_panel.picker.values == [problem.id]
        await pilot.press("ctrl+s")
        await wait(pilot)
        saved = app.screen.last_saved
        assert saved is not None, [n.message for n in app._notifications]
    with runtime.session():
        data = reports.load_input(saved.id).data
    assert data.problem_id == problem.id
    assert len(data.households) == 1
    house = data.households[0]
    assert (house.head_name, house.address) == ("Pak Slamet", "RT 03")
    assert [(o.kind, o.text) for o in house.opinions] == [
        ("keluhan", "Parkir liar"),
        ("harapan", "Ronda aktif"),
    ]


async def test_problem_solving_opens_new_problem_and_li(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "ps,dd")
        form = app.screen.form
        await pilot.press("ctrl+s")
        await wait(pilot)
        text = "\n".join(screen_lines(app))
        assert app.screen.last_saved is None
        # what the services require is shown at the fields of the panels
        assert form.row_for("problem_id").errors
        assert form.row_for("information.source").errors
        form.input("new_problem.title").focus()
        await pilot.press(*"Cekcok tetangga")
        form.input("information.source").focus()
        await pilot.press(*"Ketua RT", "tab", "tab", *"Ditemui langsung", "tab")
        await pilot.press(*"03/12/2024 20.00", "tab", "b", "enter", "2", "enter")
        await pilot.press(*"Rencana aksi damai.")
        await pilot.press("ctrl+s")
        await wait(pilot)
        saved = app.screen.last_saved
        assert saved is not None, [n.message for n in app._notifications] + [text]
    with runtime.session():
        detail = reports.load_input(saved.id).data
    assert detail.problem_id is not None
    info = detail.information
    assert info is not None
    assert (info.source, info.how_obtained) == ("Ketua RT", "Ditemui langsung")
    assert info.obtained_at == dt.datetime(2024, 12, 3, 20, 0)
    assert (info.reliability, info.accuracy, info.facts) == ("B", "2", "Rencana aksi damai.")


async def test_load_input_marks_filled_fields_until_edited(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        screen = app.screen
        data = ReportInput(
            date=dt.date(2024, 12, 2),
            start_time=dt.time(10, 0),
            officer_ids=[world.sutrisno],
            type_ids=[world.types["SB"], world.types["CS"]],
            kelurahan_id=world.paseban,
            rw=6,
            rt=1,
            place="Jl. Salemba Raya",
            audience={"warga": 15, "tokoh_masyarakat": None},
            narrative="Dari pesan WA.",
        )
        screen.load_input(data, {"rw", "place", "officer_ids"})
        await wait(pilot)
        form = screen.form
        assert form.input("place").value == "Jl. Salemba Raya"
        assert form.input("audience.tokoh_masyarakat").value == "?"
        assert form.picker("type_ids").values == [world.types["SB"], world.types["CS"]]
        assert form.row_for("place").has_class("-filled")
        assert form.row_for("officer_ids").has_class("-filled")
        assert not form.row_for("narrative").has_class("-filled")
        assert any("periksa" in line for line in screen_lines(app))
        assert form.input("rw").has_class("-filled") and form.input("place").has_class("-filled")
        assert not form.input("rt").has_class("-filled")  # not in the filled set
        form.input("place").focus()
        await pilot.press("end", *" 12")
        await wait(pilot)
        assert not form.input("place").has_class("-filled")
        assert form.input("rw").has_class("-filled")  # same line, not edited
        assert form.row_for("place").has_class("-filled")
        form.input("rw").focus()
        await pilot.press("end", "backspace", "6")  # back to the filled value: still edited
        await wait(pilot)
        assert not form.row_for("place").has_class("-filled")
        assert form.row_for("officer_ids").has_class("-filled")
        # a picker is unmarked when its choice changes, not before
        form.picker("officer_ids").set_values([world.sutrisno])
        await wait(pilot)
        assert form.row_for("officer_ids").has_class("-filled")
        form.picker("officer_ids").set_values([])
        await wait(pilot)
        assert not form.row_for("officer_ids").has_class("-filled")
        form.picker("officer_ids").set_values([world.sutrisno])
        await wait(pilot)
        assert not form.row_for("officer_ids").has_class("-filled")  # edited stays unmarked
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert screen.last_saved is not None


async def test_panels_are_made_on_first_use_and_keep_what_was_put(db_target: str, world) -> None:
    """A form with no LI, households or problem makes none of their fields; a
    report loaded with them has them filled and marked "periksa" once they
    are made, and what it holds is the same before and after."""
    from sambang_tui.services.reports.input import HouseholdInput, InformationInput
    from sambang_tui.ui.widgets.entry_fields import FieldInput

    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        screen = app.screen
        form = screen.form
        panels = (form.info_panel, form.households_panel, form.problem_panel)
        assert not any(p.built for p in panels)
        assert not any(p.query(FieldInput) for p in panels)
        data = ReportInput(
            date=dt.date(2024, 12, 2),
            officer_ids=[world.sutrisno],
            type_ids=[world.types["DD"], world.types["DDS"]],
            kelurahan_id=world.paseban,
            narrative="Dari pesan WA.",
            information=InformationInput(source="Ketua RT", facts="Ada rencana aksi."),
            households=[HouseholdInput(head_name="Pak Darto", address="RT 2")],
        )
        screen.load_input(data, {"information.source", "households"})
        held = form.collect()[0]  # before the fields are there
        assert held.information.source == "Ketua RT"
        assert held.households[0].head_name == "Pak Darto"
        await wait(pilot)
        assert form.info_panel.built and form.households_panel.built
        assert not form.problem_panel.built  # no Problem Solving: not made
        assert form.input("information.source").value == "Ketua RT"
        assert form.area("information.facts").text == "Ada rencana aksi."
        assert form.households_panel.rows()[0].inputs()[0].value == "Pak Darto"
        assert form.input("information.source").has_class("-filled")
        assert not form.input("information.subject").has_class("-filled")
        assert form.row_for("households.0.head_name").has_class("-filled")
        after = form.collect()[0]
        assert after.information == held.information and after.households == held.households


async def test_ctrl_s_while_a_panel_is_being_made_saves_once_it_is(db_target: str, world) -> None:
    """Ctrl+S pressed while a just-chosen type's panel is still being made
    waits for it, then checks the panel's fields and says what they need."""
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await start(pilot, "sb")
        screen = app.screen
        form = screen.form
        assert not form.info_panel.built
        form.picker("type_ids").set_values([world.types["SB"], world.types["DD"]])
        form.update_panels()
        assert form.building
        screen.action_save()
        assert screen._save_when_loaded is False  # held, not dropped
        await wait(pilot)
        assert form.info_panel.built and screen._save_when_loaded is None
        assert screen.last_saved is None
        assert form.row_for("information.source").errors
