"""Editing a stored report in the same form, concurrent-edit conflicts (each
choice of the dialog), plan realisation, read-only actors, and user text
that looks like markup."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from textual import events
from ui.helpers import make_app, screen_lines, wait
from ui.test_entry_support import seed_world

from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.ui.modals.conflict import ConflictModal
from sambang_tui.ui.screens.entry import EntryScreen


@pytest.fixture
def world(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    found = seed_world()
    runtime.close()
    return found


def story(world) -> ReportInput:
    return ReportInput(
        date=dt.date(2024, 12, 2),
        start_time=dt.time(10, 0),
        officer_ids=[world.sutrisno],
        type_ids=[world.types["SB"]],
        kelurahan_id=world.paseban,
        rw=6,
        rt=1,
        place="Jalan Salemba Raya",
        audience={"warga": 15},
        narrative="Sambang warga RW 06.",
    )


def stored(report_id: int) -> ReportInput:
    with runtime.session():
        return reports.load_input(report_id).data


def change_elsewhere(report_id: int, **values: object) -> None:
    """Another desk (the Kanit) saves the report meanwhile."""
    with runtime.session():
        kanit = runtime.actor_for("kanit")
        editable = reports.load_input(report_id)
        reports.update_report(kanit, report_id, editable.version, replace(editable.data, **values))


async def open_edit(app, pilot, report_id: int, results: list) -> EntryScreen:
    await wait(pilot)
    screen = EntryScreen(report_id=report_id)
    app.push_screen(screen, results.append)
    await wait(pilot)
    assert app.screen is screen
    return screen


async def retype_narrative(pilot, screen: EntryScreen, text: str) -> None:
    area = screen.form.area("narrative")
    area.focus()
    await pilot.press("ctrl+a")  # select all (TextArea) so typing replaces
    area.text = ""
    await pilot.press(*text)


@pytest.fixture
def report_id(db_target: str, world) -> int:
    runtime.connect(db_target)
    with runtime.session():
        saved = reports.create_report(runtime.actor_for("desk"), story(world))
    return saved.id


async def test_edit_loads_and_saves_with_version(db_target: str, world, report_id: int) -> None:
    app = make_app(db_target)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, results)
        form = screen.form
        assert form.input("date").value == "02/12/2024"
        assert form.input("place").value == "Jalan Salemba Raya"
        assert form.picker("officer_ids").values == [world.sutrisno]
        assert form.input("audience.warga").value == "15"
        assert "Mengubah LK/1/XII/2024" in str(screen.query_one("#entry-status").render())
        await retype_narrative(pilot, screen, "Diubah.")
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert len(results) == 1 and results[0].id == report_id
        assert results[0].version == 2
    assert stored(report_id).narrative == "Diubah."


async def test_conflict_back_then_keep_mine(db_target: str, world, report_id: int) -> None:
    app = make_app(db_target)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, results)
        change_elsewhere(report_id, narrative="Versi Kanit.", rw=5)
        await retype_narrative(pilot, screen, "Versi saya.")
        await pilot.press("ctrl+s")
        await wait(pilot)
        modal = app.screen
        assert isinstance(modal, ConflictModal)
        text = "\n".join(screen_lines(app))
        assert "Versi saya." in text and "Versi Kanit." in text
        assert "Aipda Dedi Kurnia" in text  # who saved meanwhile: a person, not a login
        assert "login Anda sendiri" not in text
        assert {c.field for c in modal.error.changes} >= {"narrative", "rw"}
        await pilot.press("b")  # back to editing: nothing is saved
        await wait(pilot)
        assert app.screen is screen
        assert stored(report_id).narrative == "Versi Kanit."
        assert screen.form.area("narrative").text == "Versi saya."
        await pilot.press("ctrl+s")  # still stale: asked again, never silent
        await wait(pilot)
        assert isinstance(app.screen, ConflictModal)
        await pilot.press("m")  # keep mine
        await wait(pilot)
        assert results and results[0].version == 3
    data = stored(report_id)
    assert data.narrative == "Versi saya."
    assert data.rw == 6  # the whole of my version, as I saw it


async def test_conflict_take_theirs(db_target: str, world, report_id: int) -> None:
    app = make_app(db_target)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, results)
        change_elsewhere(report_id, narrative="Versi Kanit.")
        await retype_narrative(pilot, screen, "Versi saya.")
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert isinstance(app.screen, ConflictModal)
        await pilot.press("t")
        await wait(pilot)
        assert app.screen is screen
        assert screen.form.area("narrative").text == "Versi Kanit."
        assert screen.version == 2
        await pilot.press("ctrl+s")  # saving now works without a conflict
        await wait(pilot)
        assert results and results[0].version == 3
    assert stored(report_id).narrative == "Versi Kanit."


async def test_plan_realisation_prefills_and_links(db_target: str, world) -> None:
    from sambang_tui.db.models import Plan

    runtime.connect(db_target)
    plan = Plan.create(
        station=world.station_id,
        date=dt.date(2024, 12, 3),
        officer=world.sutrisno,
        activity_type=world.types["CS"],
        kelurahan=world.paseban,
    )
    app = make_app(db_target)
    results: list = []
    initial = ReportInput(
        date=dt.date(2024, 12, 3),
        officer_ids=[world.sutrisno],
        type_ids=[world.types["CS"]],
        kelurahan_id=world.paseban,
        plan_id=plan.id,
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        screen = EntryScreen(initial=initial)
        app.push_screen(screen, results.append)
        await wait(pilot)
        form = screen.form
        assert form.input("date").value == "03/12/2024"
        assert form.picker("type_ids").values == [world.types["CS"]]
        assert form.picker("operation_id").values == [world.operation]
        # the plan by its day, never its database id
        assert "Realisasi rencana 03/12/2024" in str(screen.query_one("#entry-status").render())
        assert screen.focused is form.input("start_time")
        form.area("narrative").focus()
        await pilot.press(*"Cooling system di RW 02.")
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert results and results[0] is not None
    with runtime.session():
        assert Plan.get_by_id(plan.id).report_id == results[0].id
        assert Plan.get_by_id(plan.id).status == "terlaksana"


async def test_escape_on_pushed_form_returns_none(db_target: str, world) -> None:
    app = make_app(db_target)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        app.push_screen(EntryScreen(initial=ReportInput(officer_ids=[world.budi])), results.append)
        await wait(pilot)
        await pilot.press("escape")
        await wait(pilot)
        assert results == [None]


async def test_read_only_actor_sees_disabled_form(db_target: str, world, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_USER", "tamu")
    app = make_app(db_target, user="tamu")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        screen = app.screen
        assert screen.form.disabled
        assert any("hanya dapat dilihat" in line for line in screen_lines(app))
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert screen.last_saved is None


async def test_markup_and_escapes_stay_literal(db_target: str, world) -> None:
    app = make_app(db_target)
    narrative = "Warga [bold]x[/] dan [red]merah[/red] \\[bukan]"
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        screen = app.screen
        screen.query_one("#f-officer-ids-input").focus()
        await pilot.press(*"sut", "enter")
        await wait(pilot)
        await pilot.press(*"sb", "enter", "6", "enter", "1", "enter", *"[i]Pos[/i]")
        area = screen.form.area("narrative")
        area.focus()
        await pilot.press(*narrative)
        area.post_message(events.Paste(" \x1b[31mESC"))
        await wait(pilot)
        lines = "\n".join(screen_lines(app))
        assert "[i]Pos[/i]" in lines
        assert "[bold]x[/]" in lines
        assert "\x1b" not in lines
        await pilot.press("ctrl+s")
        await wait(pilot)
        saved = screen.last_saved
        assert saved is not None
    data = stored(saved.id)
    assert data.place == "[i]Pos[/i]"
    assert data.narrative.startswith(narrative)
    assert data.narrative.endswith(" [31mESC")


async def test_same_text_warns_but_saves(db_target: str, world, report_id: int) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        screen = app.screen
        await pilot.press("2", "/", "1", "2", "enter")
        screen.query_one("#f-officer-ids-input").focus()
        await pilot.press(*"sut", "enter")
        await wait(pilot)
        await pilot.press(*"sb", "enter", "6", "enter", "1", "enter")
        screen.form.area("narrative").focus()
        await pilot.press(*"Sambang warga RW 06.", "tab")
        await wait(pilot)
        # shown at the field on leaving it, before saving
        lines = "\n".join(screen_lines(app))
        assert "Uraian sama persis dengan laporan LK/1/XII/2024" in lines
        await pilot.press("ctrl+s")
        await wait(pilot)
        # the same visit: named before saving, saved by the same key again
        assert screen.last_saved is None
        warning = str(screen.query_one("#entry-warning").render())
        assert "Mirip laporan LK/1/XII/2024" in warning
        await pilot.press("ctrl+s")
        await wait(pilot)
        saved = screen.last_saved
        assert saved is not None and saved.warnings
        warnings = [n.message for n in app._notifications if n.severity == "warning"]
        assert any("LK/1/XII/2024" in message for message in warnings)
        assert "⚠" in str(screen.query_one("#entry-status").render())


async def test_a_conflict_comes_before_the_duplicate_warning(
    db_target: str, world, report_id: int
) -> None:
    """Someone saved the report meanwhile and another report looks like it:
    the first Ctrl+S shows the conflict (the duplicate question was asked of
    stale data), not the duplicate warning."""
    runtime.connect(db_target)
    with runtime.session():
        twin = reports.create_report(
            runtime.actor_for("desk"), replace(story(world), narrative="Kunjungan yang sama.")
        )
    app = make_app(db_target)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, results)
        change_elsewhere(report_id, narrative="Versi Kanit.")
        await retype_narrative(pilot, screen, "Versi saya.")
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert isinstance(app.screen, ConflictModal)
        assert twin.number not in "\n".join(screen_lines(app))
        await pilot.press("m")  # keep mine: now asked of what is stored
        await wait(pilot)
        assert app.screen is screen and not results
        assert twin.number in "\n".join(screen_lines(app))
        await pilot.press("ctrl+s")  # the same key again: saved over theirs
        await wait(pilot)
        assert results and results[0].version == 3
    assert stored(report_id).narrative == "Versi saya."


async def test_f9_keep_mine_still_submits(db_target: str, world, report_id: int) -> None:
    """F9 (save and submit) meets a conflict; keeping mine saves and submits
    it, as the desk asked — not a draft left for the Kanit never to see."""
    app = make_app(db_target)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, results)
        change_elsewhere(report_id, narrative="Versi Kanit.")
        await retype_narrative(pilot, screen, "Versi saya.")
        await pilot.press("f9")
        await wait(pilot)
        assert isinstance(app.screen, ConflictModal)
        await pilot.press("m")
        await wait(pilot)
        assert results and results[0].status == "diajukan"
    assert stored(report_id).narrative == "Versi saya."


async def test_conflict_shows_times_and_dates_as_the_form_does(
    db_target: str, world, report_id: int
) -> None:
    app = make_app(db_target)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, results)
        change_elsewhere(report_id, start_time=dt.time(13, 0), date=dt.date(2024, 12, 3))
        await retype_narrative(pilot, screen, "Versi saya.")
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert isinstance(app.screen, ConflictModal)
        text = "\n".join(screen_lines(app))
        assert "13.00" in text and "10.00" in text and "03/12/2024" in text
        assert "13:00:00" not in text and "2024-12-03" not in text
