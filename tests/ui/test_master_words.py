"""Data induk in words (issue 13, item 11): the Jabatan field shows and
takes role names, not codes (`kanit_binmas, desk, other`); the Audit tab
names the officer and the fields in Indonesian."""

from __future__ import annotations

from ui.helpers import make_app, screen_lines, wait
from ui.test_master_screen import admin, open_master

from sambang_tui.db.models import Officer
from sambang_tui.services.master import officers
from sambang_tui.services.master.officers import OfficerInput


async def test_roles_by_name_and_the_audit_in_words(db_target: str) -> None:
    actor = admin(db_target)
    officers.create_officer(
        actor, OfficerInput("90010003", "Rina Marlina", "Brigpol", "desk", "", "desk")
    )
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_master(pilot)
        await pilot.press("n")
        await wait(pilot)
        shown = "\n".join(screen_lines(app))
        assert "Kanit Binmas" in shown and "kanit_binmas" not in shown
        assert "Bhabinkamtibmas" in shown
        await pilot.press(*"78050123", "tab", *"Sutrisno", "tab", *"Aiptu", "tab")
        await pilot.press("ctrl+u", *"Kanit Binmas", "ctrl+s")
        await wait(pilot)
        assert Officer.get(Officer.nrp == "78050123").role == "kanit_binmas"
        await pilot.press("9")
        await wait(pilot)
        audit = "\n".join(screen_lines(app)[2:])
        assert "Rina Marlina  tambah  Personel" in audit  # the officer, not the login
        assert "nama=Sutrisno" in audit  # the name first, in Indonesian
