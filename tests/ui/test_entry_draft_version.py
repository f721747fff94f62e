"""A draft of an edit remembers the version it was typed against: restored
over a report someone saved since, it shows the usual conflict dialog at
once and a save meets it again, never a silent overwrite (a tester: desk B's
draft, restored after desk A saved, took A's "tokoh masyarakat 7" away)."""

from __future__ import annotations

from dataclasses import replace

from ui.helpers import make_app, screen_lines, wait, wait_until
from ui.test_entry_edit import (  # noqa: F401  (fixtures)
    change_elsewhere,
    open_edit,
    report_id,
    stored,
    world,
)

from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.desk import drafts
from sambang_tui.ui.modals.confirm import ConfirmModal
from sambang_tui.ui.modals.conflict import ConflictModal
from sambang_tui.ui.screens.entry import EntryScreen


def kept_draft(rid: int):
    with runtime.session():
        return drafts.load_draft("desk", f"entry.report.{rid}")


async def open_with_draft(app, pilot, rid: int, results: list) -> EntryScreen:
    """The edit form, which offers the draft kept for it."""
    await wait(pilot)
    screen = EntryScreen(report_id=rid)
    app.push_screen(screen, results.append)
    await wait_until(pilot, lambda: isinstance(app.screen, ConfirmModal))
    return screen


async def type_place(pilot, screen: EntryScreen, text: str) -> None:
    field = screen.form.input("place")
    field.focus()
    field.value = ""
    await pilot.press(*text)
    await pilot.pause(1.3)  # the draft's debounce
    await wait(pilot)


async def test_draft_restored_over_a_later_save_shows_the_conflict(
    db_target: str,
    world,  # noqa: F811
    report_id: int,  # noqa: F811
) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, [])
        await type_place(pilot, screen, "Balai RW 06")
    found = kept_draft(report_id)
    assert found is not None and found[0]["_version"] == 1
    # meanwhile another desk saves version 2
    change_elsewhere(report_id, audience={"warga": 15, "tokoh_masyarakat": 7})

    results: list = []
    app2 = make_app(db_target)
    async with app2.run_test(size=(80, 24)) as pilot:
        screen = await open_with_draft(app2, pilot, report_id, results)
        await pilot.press("enter")  # restore the draft
        await wait_until(pilot, lambda: isinstance(app2.screen, ConflictModal))
        modal = app2.screen
        assert {c.field for c in modal.error.changes} == {"place", "audience"}
        text = "\n".join(screen_lines(app2))
        assert "Balai RW 06" in text
        await pilot.press("b")  # back to the draft: still the version it was typed on
        await wait(pilot)
        assert app2.screen is screen and screen.version == 1
        assert "(versi 1)" in str(screen.query_one("#entry-status").render())
        assert screen.form.input("place").value == "Balai RW 06"
        await pilot.press("ctrl+s")  # never a silent overwrite
        await wait_until(pilot, lambda: isinstance(app2.screen, ConflictModal))
        assert stored(report_id).audience["tokoh_masyarakat"] == 7
        await pilot.press("t")  # take what is stored: the draft goes
        await wait_until(pilot, lambda: screen.form.input("place").value == "Jalan Salemba Raya")
        assert screen.version == 2
        assert results == []
    assert kept_draft(report_id) is None
    assert stored(report_id).audience["tokoh_masyarakat"] == 7


async def test_old_draft_without_version_is_not_put_over_a_later_save(
    db_target: str,
    world,  # noqa: F811
    report_id: int,  # noqa: F811
) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, [])
        await type_place(pilot, screen, "Balai RW 06")
    data, _ = kept_draft(report_id)
    with runtime.session():  # as an older app kept it: no version recorded
        drafts.save_draft("desk", f"entry.report.{report_id}", {**data, "_version": None})
        drafts.save_draft(
            "desk", f"entry.report.{report_id}", {k: v for k, v in data.items() if k != "_version"}
        )
    change_elsewhere(report_id, audience={"warga": 15, "tokoh_masyarakat": 7})
    results: list = []
    app2 = make_app(db_target)
    async with app2.run_test(size=(80, 24)) as pilot:
        screen = await open_with_draft(app2, pilot, report_id, results)
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app2.screen, ConflictModal))
        await pilot.press("m")  # keep mine: said so, after seeing what differs
        await wait_until(pilot, lambda: bool(results))
        assert results[0].version == 3
    assert stored(report_id).place == "Balai RW 06"


async def test_draft_of_the_current_version_restores_quietly(
    db_target: str,
    world,  # noqa: F811
    report_id: int,  # noqa: F811
) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, [])
        await type_place(pilot, screen, "Balai RW 06")
    results: list = []
    app2 = make_app(db_target)
    async with app2.run_test(size=(80, 24)) as pilot:
        screen = await open_with_draft(app2, pilot, report_id, results)
        await pilot.press("enter")
        await wait(pilot)
        assert app2.screen is screen and screen.version == 1
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: bool(results))
        assert results[0].version == 2
    assert stored(report_id).place == "Balai RW 06"


async def test_conflict_with_oneself_in_another_window_says_so(
    db_target: str,
    world,  # noqa: F811
    report_id: int,  # noqa: F811
) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_edit(app, pilot, report_id, [])
        with runtime.session():  # the same login saves it in a second window
            desk = runtime.actor_for("desk")
            editable = reports.load_input(report_id)
            reports.update_report(desk, report_id, 1, replace(editable.data, rt=2))
        await type_place(pilot, screen, "Balai RW 06")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, ConflictModal))
        text = " ".join(" ".join(screen_lines(app)).split())
        assert "Brigpol Rina Wulandari (login Anda sendiri" in text
        assert "orang lain" not in text and "oleh desk " not in text
