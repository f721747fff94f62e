"""The Polres view in the app (issue 18): a reader of a database of several
Polsek sees them side by side (Rekap ``s``), opens one with Enter and moves
between them with Ctrl+P › Ganti Polsek; an officer stays in their own."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from textual.widgets import DataTable
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.services.admin import runtime

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def polres_db(db_target: str, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("SAMBANG_TODAY", "2026-11-25")
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    importlib.import_module("generate_polres").generate(
        db_target, stations=3, reports=300, officers=10, kelurahan=3
    )
    return db_target


def text(app) -> str:
    return "\n".join(screen_lines(app))


async def open_polres(pilot) -> None:
    await pilot.press("f6")
    await wait(pilot)
    await pilot.press("s")
    await wait(pilot)
    await wait(pilot)


async def test_side_by_side_then_open_one(polres_db: str) -> None:
    app = make_app(polres_db, user="polres.reader")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_polres(pilot)
        assert type(app.screen).__name__ == "PolresRecapScreen"
        await pilot.press("b")  # the month
        await wait(pilot)
        shown = text(app)
        assert "Bulan: November 2026 · 3 Polsek" in shown
        for name in ("Polsek Gambir", "Polsek Kemayoran", "Polsek Sawah Besar", "Jumlah"):
            assert name in shown
        table = app.screen.query_one(DataTable)
        assert table.row_count == 4
        data = app.screen.data
        await pilot.press("down", "enter")  # Polsek Kemayoran
        await wait(pilot)
        await wait(pilot)
        assert app.ctx.station_name == "Polsek Kemayoran"
        assert app.ctx.actor.station_id == data.rows[1].station_id
        assert type(app.screen).__name__ == "RekapScreen"
        assert app.screen.period == data.period
        assert app.screen.data.total_reports == data.rows[1].reports
        assert screen_lines(app)[0].startswith(" Polsek Kemayoran │")
        await pilot.press("f3")
        await wait(pilot)
        assert "Kelurahan 03-01" in text(app)  # the Jadwal of that Polsek


async def test_switch_through_the_palette(polres_db: str) -> None:
    app = make_app(polres_db, user="polres.reader")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        app.action_switch_station()
        await wait(pilot)
        assert type(app.screen).__name__ == "StationPickerModal"
        assert "Ganti Polsek" in text(app) and "● Polsek Gambir" in text(app)
        await pilot.press("down", "down", "enter")
        await wait(pilot)
        await wait(pilot)
        assert app.ctx.station_name == "Polsek Sawah Besar"
        assert type(app.screen).__name__ == "HomeScreen"
        assert app.ctx.actor.read_only


async def test_an_officer_has_no_polres_view(demo_target: str) -> None:
    from sambang_tui.ui.palette import commands_for

    app = make_app(demo_target)  # desk: an officer of Polsek Senen
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6")
        await wait(pilot)
        assert "Semua Polsek" not in text(app)
        await pilot.press("s")
        await wait(pilot)
        assert type(app.screen).__name__ == "RekapScreen"
        titles = [c.title for c in commands_for(app, app.screen)]
        assert not any("Polsek" in title for title in titles)
        app.action_polres_recap()
        await wait(pilot)
        assert type(app.screen).__name__ == "RekapScreen"
        assert any("Polsek-nya sendiri" in str(n.message) for n in app._notifications)
    runtime.close()


def test_snapshot_polres_month(polres_db: str, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await open_polres(pilot)
        await pilot.press("b")
        await wait(pilot)
        pilot.app.clear_notifications()
        await pilot.pause()

    app = make_app(polres_db, user="polres.reader")
    assert snap_compare(app, run_before=run_before, terminal_size=(80, 24))
