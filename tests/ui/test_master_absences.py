"""Data induk key 0, Cuti: an officer's absence typed in, refused when bad,
and the station's planning target on tab Polsek (issue 18), at 80×24."""

from __future__ import annotations

from textual.widgets import DataTable, Static
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.db.models import Absence, Officer, Station
from sambang_tui.ui.modals.master_form import MasterFormModal


def field_message(app, name: str) -> str:
    return str(app.screen.query_one(f"#mf-{name}-msg", Static).render())


async def open_tab(pilot, key: str) -> None:
    await wait(pilot)
    await pilot.press("f7")
    await wait(pilot)
    await pilot.press(key)
    await wait(pilot)


async def test_absence_typed_in_bad_then_good(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_tab(pilot, "0")
        assert "Cuti" in "\n".join(screen_lines(app))
        await pilot.press("n")
        await wait(pilot)
        assert isinstance(app.screen, MasterFormModal)
        await pilot.press(*"Heri", "tab", *"DL", "tab", *"12/12", "tab", *"10/12", "ctrl+s")
        await wait(pilot)
        assert isinstance(app.screen, MasterFormModal)
        assert "sebelum tanggal mulai" in field_message(app, "end")
        await pilot.press(*["backspace"] * 5, *"14/12", "tab", *"Pam Natal", "ctrl+s")
        await wait(pilot)
        await wait(pilot)
        assert not isinstance(app.screen, MasterFormModal)
        table = app.screen.query_one("#tbl-absences", DataTable)
        assert table.row_count == 1
        shown = "\n".join(screen_lines(app))
        assert "Heri Kurniawan" in shown and "Dinas luar" in shown and "12/12/2024" in shown
    row = Absence.get()
    assert row.officer_id == Officer.get(Officer.os_user == "bhabin.paseban").id
    assert (row.kind, str(row.start), str(row.end), row.note) == (
        "dinas_luar",
        "2024-12-12",
        "2024-12-14",
        "Pam Natal",
    )


async def test_station_planning_target_checked_and_saved(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_tab(pilot, "8")
        assert "Target RW/minggu" in "\n".join(screen_lines(app))
        await pilot.press("e")
        await wait(pilot)
        form = app.screen
        assert isinstance(form, MasterFormModal)
        form.query_one("#mf-rw_visits_per_week").value = "0"
        form.query_one("#mf-plans_per_day").value = "4"
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert "angka 1–7" in field_message(app, "rw_visits_per_week")
        form.query_one("#mf-rw_visits_per_week").value = "2"
        await pilot.press("ctrl+s")
        await wait(pilot)
        await wait(pilot)
        assert not isinstance(app.screen, MasterFormModal)
    station = Station.get(Station.name == "Polsek Senen")
    assert (station.rw_visits_per_week, station.plans_per_day) == (2, 4)
