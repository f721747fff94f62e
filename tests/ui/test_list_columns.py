"""F5 at 80 columns keeps its key columns — number, date, every type code,
kelurahan, the officer, the status — and lets free text go first (issue 13,
item 10: the officer was dropped and an SB+CS report showed as SB)."""

from __future__ import annotations

import datetime as dt

import pytest
from ui.helpers import make_app, screen_lines, wait
from ui.test_entry_support import seed_world

from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.input import ReportInput


@pytest.fixture
def saved(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    world = seed_world()
    report = reports.create_report(
        runtime.actor_for("desk"),
        ReportInput(
            date=dt.date(2024, 12, 2),
            officer_ids=[world.sutrisno],
            type_ids=[world.types["SB"], world.types["CS"], world.types["PD"]],
            kelurahan_id=world.paseban,
            rw=6,
            rt=1,
            place="Jalan Salemba Raya depan Masjid Al-Ikhlas",
            narrative="Sambang.",
        ),
        submit=True,
    )
    runtime.close()
    return db_target, report


@pytest.mark.parametrize("size", [(80, 24), (120, 30)])
async def test_key_columns_fit(saved, size: tuple[int, int]) -> None:
    target, report = saved
    app = make_app(target)
    async with app.run_test(size=size) as pilot:
        await wait(pilot)
        await pilot.press("f5")
        await wait(pilot)
        lines = screen_lines(app)
        row = next(line for line in lines if report.number in line)
        for shown in ("02/12/24", report.number, "SB+CS+PD", "Paseban", "Sutrisno", "Diajukan"):
            assert shown in row, (shown, row)
        assert all(len(line) <= size[0] for line in lines)
        if size[0] >= 100:
            assert "01/06" in row and "Jalan Salemba" in row and "Aiptu Sutrisno" in row
        else:
            assert "Jalan" not in row  # the place gives way first
