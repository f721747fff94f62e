"""The schedule grid driven by keys at 80×24: create, edit errors, move,
copy/paste, cancel, week copy, navigation, filters, the uncovered-RW panel,
check marks and version conflicts."""

from __future__ import annotations

import datetime as dt

import pytest
from grid_seed import Seed, seed_area
from ui.helpers import make_app, poll_until, screen_lines, wait, wait_until

from sambang_tui.db.models import Plan
from sambang_tui.i18n import set_language
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.schedule import plans
from sambang_tui.services.schedule.plans import PlanInput

TODAY = dt.date(2024, 12, 4)  # a Wednesday


@pytest.fixture
def seeded(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", TODAY.isoformat())
    runtime.connect(db_target)
    station = runtime.station_for()
    actor = Actor(os_user="desk", station_id=station.id, is_admin=True, role="desk")
    seed = seed_area(station.id)
    yield db_target, actor, seed
    runtime.close()


def add(actor: Actor, seed: Seed, day: dt.date, **kw) -> int:
    values = dict(
        date=day,
        officer_id=seed.sutrisno,
        type_id=seed.types["CS"],
        kelurahan_id=seed.paseban,
        rw=6,
    )
    values.update(kw)
    return plans.create_plan(actor, PlanInput(**values)).id


async def open_grid(pilot) -> None:
    await pilot.press("f3")
    await wait(pilot)


def grid(app):
    from sambang_tui.ui.widgets.schedule_grid import ScheduleGrid

    return app.screen.query_one(ScheduleGrid)


def text(app) -> str:
    return "\n".join(screen_lines(app))


async def test_grid_shows_officers_plans_and_today(seeded):
    target, actor, seed = seeded
    add(actor, seed, TODAY)
    add(actor, seed, TODAY - dt.timedelta(days=2), rw=1)
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        shown = text(app)
        assert "Sen 02" in shown and "Min 08" in shown and "HARI INI" in shown
        assert "·CS 06" in shown and "!CS 01" in shown  # the past plan is terlewat
        assert shown.index("Kenari") < shown.index("Paseban") < shown.index("Lainnya")
        assert grid(app).cursor_day == TODAY


async def test_create_plan_with_form(seeded):
    target, actor, seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "n")  # Sutrisno, today
        await wait(pilot)
        from textual.widgets import Input

        assert app.screen.query_one("#plan-kelurahan", Input).value == "Paseban"
        assert app.screen.query_one("#plan-officer", Input).value.startswith("Aiptu Sutrisno")
        await pilot.press("c", "s", "tab", "tab", "0", "6")
        await wait(pilot)
        await pilot.press("tab", "tab", *"Balai RW", "ctrl+s")
        await wait(pilot)
        row = Plan.get(Plan.officer == seed.sutrisno)
        assert (row.date, row.activity_type_id, row.rw.number, row.target) == (
            TODAY,
            seed.types["CS"],
            6,
            "Balai RW",
        )
        assert "·CS 06" in text(app)


async def test_a_refresh_that_finds_nothing_new_leaves_the_grid_alone(seeded, monkeypatch):
    """The timer's reload redraws the grid only when another desk changed a
    plan: the same data every 30 s would repaint the screen over SSH."""
    from sambang_tui.ui.screens.jadwal import JadwalScreen
    from sambang_tui.ui.widgets.schedule_grid import ScheduleGrid

    monkeypatch.setattr(JadwalScreen, "REFRESH_SECONDS", 0.1)
    target, actor, seed = seeded
    add(actor, seed, TODAY)
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        screen = app.screen
        assert isinstance(screen, JadwalScreen)
        loads: list[int] = []
        reloaded = screen._reloaded
        monkeypatch.setattr(screen, "_reloaded", lambda data: (loads.append(1), reloaded(data)))
        drawn: list[int] = []
        set_data = ScheduleGrid.set_data
        monkeypatch.setattr(
            ScheduleGrid, "set_data", lambda grid, *a: (drawn.append(1), set_data(grid, *a))
        )
        await poll_until(pilot, lambda: len(loads) >= 3)
        assert drawn == []
        Plan.update(status="batal").execute()
        await poll_until(pilot, lambda: drawn != [])


async def test_enter_in_the_plan_form_skips_the_fields_filled_already(seeded):
    """As in Input cepat: Enter after the type went to the kelurahan the
    officer had filled, and '06' typed next made 'Paseban06' (unknown)."""
    target, actor, seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "n")  # Sutrisno, today: his kelurahan filled
        await wait(pilot)
        from textual.widgets import Input

        assert app.screen.query_one("#plan-kelurahan", Input).value == "Paseban"
        await pilot.press("c", "s", "enter", "0", "6", "enter")
        await pilot.pause()
        assert app.screen.query_one("#plan-kelurahan", Input).value == "Paseban"
        assert app.screen.query_one("#plan-rw", Input).value == "06"
        assert app.focused is app.screen.query_one("#plan-rt", Input)
        await pilot.press("enter", *"Balai RW", "enter", "enter")  # on Catatan: saves
        await wait(pilot)
        row = Plan.get(Plan.officer == seed.sutrisno)
        assert (row.activity_type_id, row.rw.number, row.target) == (
            seed.types["CS"],
            6,
            "Balai RW",
        )


async def test_form_shows_errors_at_the_field(seeded):
    target, _actor, _seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "n")
        await wait(pilot)
        await pilot.press("z", "z", "tab", "tab", "9", "9", "ctrl+s")
        await wait(pilot)
        from textual.widgets import Static

        type_msg = str(app.screen.query_one("#plan-type-msg", Static).render())
        rw_msg = str(app.screen.query_one("#plan-rw-msg", Static).render())
        assert "Jenis 'zz' tidak dikenal" in type_msg
        assert "RW 99 tidak ada di Paseban" in rw_msg
        assert Plan.select().count() == 0
        await pilot.press("escape", "y")  # typed, refused: Esc asks, y discards
        await wait(pilot)
        assert grid(app) is not None


async def test_move_plan_to_other_day_and_officer(seeded):
    target, actor, seed = seeded
    pid = add(actor, seed, TODAY)
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "M")
        assert "PINDAH" in text(app)
        await pilot.press("right", "up", "enter")
        await wait(pilot)
        row = Plan.get_by_id(pid)
        assert (row.date, row.officer_id) == (TODAY + dt.timedelta(days=1), seed.budi)
        assert "PINDAH" not in text(app)


async def test_copy_paste_and_cancel(seeded):
    target, actor, seed = seeded
    add(actor, seed, TODAY)
    add(actor, seed, TODAY, rw=2, start_time=dt.time(9))
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "c")
        assert "Disalin: 2 rencana" in text(app)
        await pilot.press("right", "v")
        await wait(pilot)
        tomorrow = TODAY + dt.timedelta(days=1)
        assert Plan.select().where(Plan.date == tomorrow).count() == 2
        await pilot.press("v")  # pasting again skips duplicates
        await wait(pilot)
        assert Plan.select().where(Plan.date == tomorrow).count() == 2
        # cancel one of the two: pick it from the list, give a reason
        await pilot.press("escape", "x")
        await wait(pilot)
        await pilot.press("down", "enter")
        await wait(pilot)
        await pilot.press(*"Hujan", "enter")
        await wait(pilot)
        cancelled = Plan.get(Plan.status == "batal")
        assert cancelled.cancel_reason == "Hujan" and cancelled.date == tomorrow
        assert "✗CS" in text(app)


async def test_cancel_needs_a_reason(seeded):
    target, actor, seed = seeded
    pid = add(actor, seed, TODAY)
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "x")
        await wait(pilot)
        await pilot.press("enter")
        await wait(pilot)
        assert "Alasan pembatalan wajib diisi." in "\n".join(screen_lines(app))
        await pilot.press("H")  # typing the reason: the refusal goes
        await wait(pilot)
        assert "wajib diisi" not in "\n".join(screen_lines(app))
        await pilot.press("backspace", "escape")
        await wait(pilot)
        assert Plan.get_by_id(pid).status == "rencana"


async def test_cancel_refusal_is_in_the_catalogue(seeded):
    """The refusal follows the language chosen (it was written out in Indonesian)."""
    target, actor, seed = seeded
    add(actor, seed, TODAY)
    set_language("en")
    try:
        app = make_app(target, lang="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await open_grid(pilot)
            await pilot.press("down", "x")
            await wait(pilot)
            await pilot.press("enter")
            await wait(pilot)
            shown = "\n".join(screen_lines(app))
            assert "A reason is required." in shown and "wajib" not in shown
    finally:
        set_language("id")


async def test_copy_week_to_next_week(seeded):
    target, actor, seed = seeded
    add(actor, seed, dt.date(2024, 12, 2))
    add(actor, seed, dt.date(2024, 12, 6), officer_id=seed.budi, kelurahan_id=seed.kenari, rw=1)
    add(actor, seed, dt.date(2024, 12, 9))  # already planned next week
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("C")
        await wait(pilot)
        await pilot.press("y")
        await wait(pilot)
        dates = sorted(p.date for p in Plan.select().where(Plan.date >= dt.date(2024, 12, 9)))
        assert dates == [dt.date(2024, 12, 9), dt.date(2024, 12, 13)]
        assert grid(app).data.start == dt.date(2024, 12, 9)  # the grid follows
        assert "Sen 09" in text(app)


async def test_navigation_across_month_and_year(seeded):
    target, actor, seed = seeded
    add(actor, seed, dt.date(2025, 1, 2), rw=3)
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("g")
        await wait(pilot)
        await pilot.press(*"30/12", "enter")
        await wait(pilot)
        g = grid(app)
        assert (g.data.start, g.cursor_day) == (dt.date(2024, 12, 30), dt.date(2024, 12, 30))
        await pilot.press("right", "right", "right")
        await wait(pilot)
        assert g.cursor_day == dt.date(2025, 1, 2)
        assert "CS 03" in text(app)
        await pilot.press("right", "right", "right", "right")  # past Sunday
        await wait(pilot)
        assert (g.data.start, g.cursor_day) == (dt.date(2025, 1, 6), dt.date(2025, 1, 6))
        await pilot.press("pageup", "left_square_bracket")
        await wait(pilot)
        assert g.data.start == dt.date(2024, 12, 23)
        await pilot.press("m")
        await wait(pilot)
        assert (g.data.start, g.data.end) == (dt.date(2024, 12, 1), dt.date(2024, 12, 31))
        await pilot.press("pagedown")
        await wait(pilot)
        assert (g.data.start, g.data.end) == (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
        assert "Januari 2025" in text(app)
        await pilot.press("end")
        assert g.cursor_day == dt.date(2025, 1, 31)
        await pilot.press("right")
        await wait(pilot)
        assert g.data.start == dt.date(2025, 2, 1) and g.cursor_day == dt.date(2025, 2, 1)
        await pilot.press("t", "w")
        await wait(pilot)
        assert (g.data.start, g.cursor_day) == (dt.date(2024, 12, 2), TODAY)


async def test_filter_by_kelurahan_and_name(seeded):
    target, _actor, _seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("slash")
        await wait(pilot)
        await pilot.press(*"pase", "enter")
        await wait(pilot)
        assert [o.name for o in grid(app).data.officers] == ["Sutrisno"]
        assert "Saringan: Paseban" in text(app)
        await pilot.press("slash")
        await wait(pilot)
        await pilot.press("ctrl+delete")
        await wait(pilot)
        await pilot.press("slash")
        await wait(pilot)
        await pilot.press("tab", *"harj", "enter")
        await wait(pilot)
        assert [o.name for o in grid(app).data.officers] == ["Harjono"]
        await pilot.press("slash")
        await wait(pilot)
        await pilot.press("tab", *"zzz", "enter")
        await wait(pilot)
        assert grid(app).data.officers == []
        assert "Belum ada personel" in text(app)
        await pilot.press("down", "right", "n", "enter")  # nothing to act on: no crash
        await wait(pilot)
        assert grid(app).cursor_officer is None


async def test_uncovered_rw_panel(seeded):
    target, actor, seed = seeded
    add(actor, seed, TODAY, rw=6)  # planned today: covered
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("u")
        await wait(pilot)
        shown = text(app)
        assert "RW tanpa kunjungan 14 hari" in shown and "8 RW" in shown
        assert "Kenari RW 01" in shown and "Paseban RW 06" not in shown
        await pilot.press("u")
        await wait(pilot)
        assert "RW tanpa kunjungan" not in text(app)


async def test_check_marks_and_detail_line(seeded):
    target, actor, seed = seeded
    add(actor, seed, TODAY, start_time=dt.time(9))
    add(actor, seed, TODAY, start_time=dt.time(9), rw=2)
    add(actor, seed, dt.date(2024, 12, 25), officer_id=seed.budi, kelurahan_id=seed.paseban)
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down")
        shown = text(app)
        assert "·CS 06*" in shown or "·CS 02*" in shown
        assert "* dobel jam" in shown
        await pilot.press("g")
        await wait(pilot)
        await pilot.press(*"25/12", "enter")
        await wait(pilot)
        shown = text(app)
        assert "LIBUR" in shown and "Natal" not in shown.split("\n")[2]
        await pilot.press("up")
        shown = text(app)
        assert "·CS 06*" in shown and "luar wilayah tugas" in shown and "Natal" in shown


async def test_version_conflict_is_told_and_reloaded(seeded):
    target, actor, seed = seeded
    pid = add(actor, seed, TODAY)
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        # another desk edits the plan after the grid was loaded
        plans.update_plan(
            actor, pid, 1, PlanInput(TODAY, seed.sutrisno, seed.types["SB"], seed.paseban, 6)
        )
        await pilot.press("down", "x")
        await wait(pilot)
        await pilot.press(*"Hujan", "enter")
        await wait(pilot)
        assert Plan.get_by_id(pid).status == "rencana"
        messages = [n.message for n in app._notifications]
        assert any("sudah diubah" in m and "dimuat ulang" in m for m in messages)
        assert "·SB 06" in text(app)  # the other desk's change now shows


async def test_reload_key_shows_other_desks_changes(seeded):
    target, actor, seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        assert "CS 06" not in text(app)
        add(actor, seed, TODAY)
        await pilot.press("ctrl+r")
        await wait(pilot)
        assert "·CS 06" in text(app)


async def test_user_text_is_not_markup(seeded):
    target, actor, seed = seeded
    add(actor, seed, TODAY, target="[bold]x[/]")
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down")
        assert "[bold]x[/]" in text(app)
        await pilot.press("enter")
        await wait(pilot)
        assert "[bold]x[/]" in text(app)


async def test_read_only_user_cannot_change(seeded, monkeypatch):
    target, actor, seed = seeded
    from sambang_tui.db.models import Officer

    Officer.update(is_admin=True, os_user="kanit").where(Officer.id == seed.kanit).execute()
    add(actor, seed, TODAY)
    app = make_app(target, user="tamu")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "x")
        await wait(pilot)
        assert any("hanya-baca" in n.message for n in app._notifications)
        assert Plan.select().where(Plan.status == "batal").count() == 0


async def test_help_lists_the_grid_keys(seeded):
    target, _actor, _seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("f1")
        await wait(pilot)
        from textual.widgets import Static

        keys = str(app.screen.query_one("#help-screen-keys", Static).render())
        for label in ("Salin minggu", "Pindah", "Realisasi", "RW kosong", "Ke tanggal"):
            assert label in keys
        para = str(app.screen.query_one("#help-para", Static).render())
        assert "Shift+M" in para


async def test_realise_plan_into_report_links_back(seeded):
    target, actor, seed = seeded
    pid = add(actor, seed, TODAY, start_time=dt.time(10), rt=1, target="Jl. Salemba Raya")
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "r")
        await wait(pilot)
        from sambang_tui.ui.screens.entry import EntryScreen

        assert isinstance(app.screen, EntryScreen)
        narrative = app.screen.query_one("#f-narrative")
        narrative.focus()
        await pilot.press(*"Sambang warga RW 06", "ctrl+s")
        await wait(pilot)
        await wait(pilot)
        from sambang_tui.db.models import Report

        plan = Plan.get_by_id(pid)
        report = Report.get_by_id(plan.report_id)
        assert plan.status == "terlaksana"
        assert (report.date, report.rw.number, report.place) == (TODAY, 6, "Jl. Salemba Raya")
        assert grid(app).cursor_plans[0].status == "terlaksana"
        assert "✓CS 06" in text(app)
        assert any(report.number in n.message for n in app._notifications)


async def test_realising_a_plan_of_tomorrow_says_why_not(seeded):
    """`r` on tomorrow's plan opens no form that could not be saved: it says
    the plan's day has not come, and the plan stays open."""
    target, actor, seed = seeded
    pid = add(actor, seed, TODAY + dt.timedelta(days=1), start_time=dt.time(10))
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "right", "r")
        await wait_until(
            pilot, lambda: any("belum tiba" in str(n.message) for n in app._notifications)
        )
        assert type(app.screen).__name__ == "JadwalScreen"
        assert any("Rencana 05/12/2024 belum tiba" in str(n.message) for n in app._notifications)
    assert Plan.get_by_id(pid).report_id is None


async def test_form_completes_officer_type_and_rw(seeded):
    target, _actor, seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("n")  # Budi's cell: kelurahan Kenari by assignment
        await wait(pilot)
        from textual.widgets import Input, Static

        officer = app.screen.query_one("#plan-officer", Input)
        officer.focus()
        officer.value = ""
        await pilot.press(*"sutri")
        await wait(pilot)
        choices = str(app.screen.query_one("#plan-officer-msg", Static).render())
        assert "Aiptu Sutrisno · 78050123" in choices
        await pilot.press("right")  # accept the inline suggestion
        assert officer.value == "Sutrisno · 78050123"
        app.screen.query_one("#plan-type", Input).focus()
        await pilot.press("d")
        await wait(pilot)
        assert "DDS DDS (Door to Door System)" in str(
            app.screen.query_one("#plan-type-msg", Static).render()
        )
        await pilot.press("right")
        await pilot.press("tab", "tab", "0")
        await wait(pilot)
        assert "01 | 02 | 03" in str(app.screen.query_one("#plan-rw-msg", Static).render())
        await pilot.press("right", "ctrl+s")
        await wait(pilot)
        row = Plan.get()
        assert (row.officer_id, row.activity_type_id, row.kelurahan_id) == (
            seed.sutrisno,
            seed.types["DDS"],
            seed.kenari,
        )


async def test_periodic_refresh_shows_other_desks_plans(seeded, monkeypatch):
    from sambang_tui.ui.screens.jadwal import JadwalScreen

    monkeypatch.setattr(JadwalScreen, "REFRESH_SECONDS", 0.2)
    target, actor, seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        add(actor, seed, TODAY)
        await pilot.pause(0.6)
        await wait(pilot)
        assert "·CS 06" in text(app)


async def test_demo_plan_next_week_realise_and_uncovered(demo_target):
    """The issue's 'done when' on the demo data, by keys at 80×24."""
    from sambang_tui.db.models import Officer

    app = make_app(demo_target)
    week = dt.date(2024, 12, 2)
    nxt = week + dt.timedelta(days=7)
    live = Plan.select().where(Plan.date.between(week, week + dt.timedelta(days=6)))
    live_count = live.where(Plan.status != "batal").count()
    before = Plan.select().where(Plan.date.between(nxt, nxt + dt.timedelta(days=6))).count()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("C")
        await wait(pilot)
        await pilot.press("y")
        await wait(pilot)
        g = grid(app)
        assert g.data.start == nxt
        after = Plan.select().where(Plan.date.between(nxt, nxt + dt.timedelta(days=6))).count()
        assert before < after <= before + live_count
        bhabins = [o for o in g.data.officers if o.is_bhabin]
        assert len(bhabins) == 6
        # adjust two cells: move the first Bhabin's Wednesday plan to Thursday,
        # cancel one of the second Bhabin's Wednesday plans
        await pilot.press("M")
        await wait(pilot)
        if app.screen.__class__.__name__ == "PlanListModal":
            await pilot.press("enter")
            await wait(pilot)
        moving = app.screen.moving
        assert moving is not None
        await pilot.press("right", "enter")
        await wait(pilot)
        assert Plan.get_by_id(moving.id).date == moving.date + dt.timedelta(days=1)
        await pilot.press("left", "down", "x")
        await wait(pilot)
        if app.screen.__class__.__name__ == "PlanListModal":
            await pilot.press("enter")
            await wait(pilot)
        await pilot.press(*"Rapat di Polsek", "enter")
        await wait(pilot)
        assert Plan.select().where(Plan.cancel_reason == "Rapat di Polsek").count() == 1
        # realise one of today's plans
        await pilot.press("t")
        await wait(pilot)
        first = g.cursor_officer
        await pilot.press("r")
        await wait(pilot)
        if app.screen.__class__.__name__ == "PlanListModal":
            await pilot.press("enter")
            await wait(pilot)
        narrative = app.screen.query_one("#f-narrative")
        narrative.focus()
        await pilot.press(*"Sambang warga, situasi aman.", "ctrl+s")
        await wait(pilot)
        await wait(pilot)
        done = [p for p in g.cursor_plans if p.status == "terlaksana"]
        assert done and Officer.get_by_id(first.id).id == done[0].officer_id
        await pilot.press("u")
        await wait(pilot)
        assert "RW tanpa kunjungan 14 hari" in text(app)


async def test_form_by_enter_alone(seeded):
    target, _actor, seed = seeded
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "right", "n")
        await wait(pilot)
        # Enter skips the kelurahan the officer filled: type, RW, RT, target, note
        await pilot.press("s", "b", "enter", "1", "enter", "enter")
        await pilot.press(*"Pos kamling", "enter", "enter")
        await wait(pilot)
        row = Plan.get()
        assert (row.date, row.officer_id, row.rw.number, row.target) == (
            TODAY + dt.timedelta(days=1),
            seed.sutrisno,
            1,
            "Pos kamling",
        )
        assert "·SB 01" in text(app)


async def test_edit_restore_delete_and_bad_date(seeded):
    target, actor, seed = seeded
    pid = add(actor, seed, TODAY)
    gone = add(actor, seed, TODAY, rw=2)
    plans.cancel_plan(actor, gone, 1, "hujan")
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_grid(pilot)
        await pilot.press("down", "e")  # one open plan: straight to the form
        await wait(pilot)
        from textual.widgets import Input

        rw = app.screen.query_one("#plan-rw", Input)
        assert rw.value == "06"
        rw.value = "03"
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert Plan.get_by_id(pid).rw.number == 3 and Plan.get_by_id(pid).version == 2
        await pilot.press("enter")  # the list: live plan first, cancelled last
        await wait(pilot)
        await pilot.press("down", "a")
        await wait(pilot)
        assert Plan.get_by_id(gone).status == "rencana"
        await pilot.press("enter")
        await wait(pilot)
        await pilot.press("d")
        await wait(pilot)
        await pilot.press("y")
        await wait(pilot)
        assert Plan.select().count() == 1
        await pilot.press("g")
        await wait(pilot)
        await pilot.press(*"31/02", "enter")
        await wait(pilot)
        assert "tidak ada di kalender" in text(app)
        await pilot.press("escape")
        await wait(pilot)
        assert grid(app).cursor_day == TODAY
