"""Save and submit on one key beside plain save, the state said after
saving, and the duplicate check before saving (issue 13, items 8 and 9)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from textual.widgets import Static
from ui.helpers import make_app, screen_lines, wait, wait_until
from ui.test_entry_support import seed_world

from sambang_tui.db.models import Report
from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.ui.screens import entry


@pytest.fixture
def world(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    found = seed_world()
    runtime.close()
    return found


async def type_report(
    pilot, start: str = "10", narrative: str = "Sambang warga RW 06 bersama ketua RW."
) -> None:
    """2 Dec, 10.00, Sutrisno (Paseban by assignment), Sambang, RW 06."""
    screen = pilot.app.screen
    screen.form.input("date").focus()
    await pilot.press("2", "enter", *start, "enter", "enter", *"sut", "enter")
    await pilot.press(*"sb", "enter", "6", "enter")
    screen.form.area("narrative").focus()
    await pilot.press(*narrative)
    await wait(pilot)


def status(app) -> str:
    return str(app.screen.query_one("#entry-status", Static).render())


def warning(app) -> str:
    shown = app.screen.query_one("#entry-warning", Static)
    return str(shown.render()) if shown.display else ""


async def test_f9_saves_and_submits_ctrl_s_says_draft(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        assert "f9 Simpan+ajukan" in screen_lines(app)[-1]  # in the footer at 80 columns
        await type_report(pilot)
        await pilot.press("f9")
        await wait(pilot)
        first = app.screen.last_saved
        assert first is not None and first.status == "diajukan"
        assert "DIAJUKAN" in status(app)
        await type_report(pilot, start="14", narrative="Patroli dialogis di pasar.")
        await pilot.press("ctrl+s")
        await wait(pilot)
        second = app.screen.last_saved
        assert second is not None and second.id != first.id and second.status == "draft"
        line = status(app)
        assert line.startswith(f"{second.number} tersimpan sebagai DRAF (F9: simpan+ajukan)")
        assert len(line) <= 78, line  # the whole line at 80 columns, "Laporan baru" too
        await pilot.pause(0.2)
        assert second.number in status(app)  # the form cleared for the next: still said
        # another report typed (or pasted) into the form: the saved one's line goes
        app.screen.form.area("narrative").focus()
        await pilot.press(*"Laporan berikut")
        await wait(pilot)
        assert second.number not in status(app)
        assert status(app).startswith("Laporan baru")
    runtime.connect(db_target)
    assert Report.get_by_id(first.id).status == "diajukan"
    assert Report.get_by_id(second.id).status == "draft"


async def test_the_same_visit_is_named_and_saved_by_a_second_key(db_target: str, world) -> None:
    runtime.connect(db_target)
    stored = reports.create_report(
        runtime.actor_for("desk"),
        ReportInput(
            date=dt.date(2024, 12, 2),
            start_time=dt.time(10, 30),
            officer_ids=[world.sutrisno],
            type_ids=[world.types["SB"]],
            kelurahan_id=world.paseban,
            rw=6,
            narrative="Laporan yang sudah ada.",
        ),
    )
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        await wait(pilot)
        await type_report(pilot)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert app.screen.last_saved is None
        assert f"Mirip laporan {stored.number}" in warning(app)
        assert f"Mirip laporan {stored.number}" in "\n".join(screen_lines(app))  # on screen
        # changed: the warning goes and the next save checks again
        app.screen.form.input("start_time").focus()
        await pilot.press("ctrl+u", *"13", "tab")
        await wait(pilot)
        assert warning(app) == ""
        app.screen.form.input("start_time").focus()
        await pilot.press("ctrl+u", *"10", "tab", "ctrl+s")
        await wait(pilot)
        assert app.screen.last_saved is None and stored.number in warning(app)
        await pilot.press("ctrl+s")  # the same key again: saved anyway
        await wait(pilot)
        assert app.screen.last_saved is not None and warning(app) == ""


async def test_no_save_and_submit_on_a_submitted_report(db_target: str, world) -> None:
    runtime.connect(db_target)
    saved = reports.create_report(
        runtime.actor_for("desk"),
        ReportInput(
            date=dt.date(2024, 12, 2),
            officer_ids=[world.sutrisno],
            type_ids=[world.types["SB"]],
            kelurahan_id=world.paseban,
            narrative="Sambang.",
        ),
        submit=True,
    )
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        from sambang_tui.ui.screens.entry import EntryScreen

        await app.push_screen(EntryScreen(report_id=saved.id))
        # the footer follows the loaded status a repaint later
        await wait_until(
            pilot,
            lambda: "Diajukan" in status(app) and "Simpan+ajukan" not in screen_lines(app)[-1],
        )
        assert "Diajukan" in status(app)
        assert "Simpan+ajukan" not in screen_lines(app)[-1]


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The entry form's look-ups wait for this event (a busy server)."""
    real = entry.read_lookups

    def slow(actor):
        opened.wait(10)
        return real(actor)

    opened = threading.Event()
    monkeypatch.setattr(entry, "read_lookups", slow)
    return opened


async def test_ctrl_s_while_the_form_loads_saves_once_loaded(
    db_target: str, world, gate: threading.Event
) -> None:
    """A fast desk presses Ctrl+S on a form still reading its look-ups (a
    busy server): the save is not dropped, it runs when the form is ready."""
    filled = ReportInput(
        date=dt.date(2024, 12, 2),
        start_time=dt.time(10, 0),
        officer_ids=[world.sutrisno],
        type_ids=[world.types["SB"]],
        kelurahan_id=world.paseban,
        rw=6,
        narrative="Sambang warga RW 06.",
    )
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        screen = entry.EntryScreen(initial=filled)
        app.push_screen(screen)
        await pilot.pause()
        assert not screen.loaded
        await pilot.press("ctrl+s")
        gate.set()
        await wait(pilot)
        await wait(pilot)
        assert screen.last_saved is not None
    runtime.connect(db_target)
    assert [r.narrative for r in Report.select()] == ["Sambang warga RW 06."]


async def test_keys_typed_while_the_form_loads_do_not_reach_it(
    db_target: str, world, gate: threading.Event
) -> None:
    """F4 and the date and start typed at once, before the form has its
    look-ups: nothing lands in a half-loaded form (no field has focus, Enter
    and Tab do not move into it); once loaded it starts at the date."""
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f4")
        screen = app.screen
        assert isinstance(screen, entry.EntryScreen) and not screen.loaded
        await pilot.press("2", "enter", "1", "0", "tab", "1", "1")
        assert screen.focused is None
        gate.set()
        await wait(pilot)
        await wait(pilot)
        assert screen.form.input("date").value == "04/12/2024"  # today's, not typed
        assert screen.form.input("start_time").value == ""
        assert screen.form.input("end_time").value == ""
        assert screen.focused is screen.form.input("date")
