"""The report detail of a returned report says what to fix at the top, and
names the officers who wrote it, not their logins (issue 13, items 11, 12)."""

from __future__ import annotations

import datetime as dt

import pytest
from ui.helpers import make_app, screen_lines, wait
from ui.test_entry_support import seed_world

from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.input import ReportInput

NOTE = "Jumlah warga belum diisi; lengkapi tempatnya."


@pytest.fixture
def returned(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    world = seed_world()
    desk, kanit = runtime.actor_for("desk"), runtime.actor_for("kanit")
    data = ReportInput(
        date=dt.date(2024, 12, 2),
        officer_ids=[world.sutrisno],
        type_ids=[world.types["SB"]],
        kelurahan_id=world.paseban,
        rw=6,
        narrative="Sambang warga RW 06. " * 40,  # long enough to scroll
    )
    saved = reports.create_report(desk, data, submit=True)
    back = reports.return_report(kanit, saved.id, saved.version, NOTE)
    runtime.close()
    return db_target, back.id


async def test_return_note_on_the_first_screen_and_officer_names(returned) -> None:
    target, report_id = returned
    app = make_app(target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        from sambang_tui.ui.screens.report_detail import ReportDetailScreen

        await app.push_screen(ReportDetailScreen(report_id))
        await wait(pilot)
        first = "\n".join(screen_lines(app))
        assert NOTE in first
        assert "Dedi Kurnia" in first  # who returned it
        await pilot.press("end")
        await wait(pilot)
        last = "\n".join(screen_lines(app))
        assert "Rina Wulandari" in last  # "Dibuat": the officer, not the login
        assert "desk ·" not in last
