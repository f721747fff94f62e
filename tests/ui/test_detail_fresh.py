"""The report detail acts on the report as it is now, not as it was read
(issue 21): it reads it again when shown again and on Ctrl+R; `e` on a
report the Kanit returned meanwhile opens the form (it answered "sudah
diajukan … minta dikembalikan"); a step refused because the report changed
reads it again and says what changed, as the detail labels it — never
"status, updated_at"."""

from __future__ import annotations

from dataclasses import replace

from ui.helpers import make_app, screen_lines, wait, wait_until

from sambang_tui.db.models import Report
from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.ui.screens.report_detail import ReportDetailScreen


def shown(app) -> str:
    return "\n".join(screen_lines(app))


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def first(status: str, created_by: str = "desk") -> Report:
    return (
        Report.select()
        .where(
            (Report.status == status)
            & (Report.created_by == created_by)
            & Report.deleted_at.is_null()
        )
        .order_by(Report.id)
        .first()
    )


async def open_detail(pilot, report_id: int) -> ReportDetailScreen:
    await wait(pilot)
    screen = ReportDetailScreen(report_id)
    pilot.app.push_screen(screen)
    await wait_until(pilot, lambda: screen.detail is not None)
    return screen


def kanit_returns(row: Report) -> None:
    current = Report.get_by_id(row.id)
    reports.return_report(runtime.actor_for("kanit"), row.id, current.version, "Lengkapi.")


def another_desk_changes_audience(report_id: int) -> None:
    editable = reports.load_input(report_id)
    audience = {**editable.data.audience, "warga": (editable.data.audience.get("warga") or 0) + 5}
    reports.update_report(
        runtime.actor_for("kanit"),
        report_id,
        editable.version,
        replace(editable.data, audience=audience),
    )


async def test_ctrl_r_reads_the_report_again(demo_target: str) -> None:
    runtime.connect(demo_target)
    row = first("diajukan")
    app = make_app(demo_target, user="desk")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_detail(pilot, row.id)
        assert "Diajukan" in shown(app)
        kanit_returns(row)
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: screen.detail.status == "dikembalikan")
        await wait(pilot)
        assert "Dikembalikan" in shown(app) and "Lengkapi." in shown(app)


async def test_shown_again_it_is_read_again(demo_target: str) -> None:
    runtime.connect(demo_target)
    row = first("diajukan")
    app = make_app(demo_target, user="desk")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_detail(pilot, row.id)
        kanit_returns(row)
        await pilot.press("f5")  # the detail was opened over Beranda: another section
        await wait(pilot)
        await pilot.press("f2")  # and back
        await wait_until(
            pilot, lambda: app.screen is screen and screen.detail.status == "dikembalikan"
        )
        assert app.screen is screen
        assert screen.detail.status == "dikembalikan"


async def test_e_on_a_report_returned_meanwhile_opens_the_form(demo_target: str) -> None:
    """(On a station server a submitted report is refused to the desk the
    same way; on SQLite a verified one is.)"""
    runtime.connect(demo_target)
    row = first("diverifikasi")
    app = make_app(demo_target, user="desk")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_detail(pilot, row.id)
        assert "terkunci" in screen.detail.edit_refusal  # verified: locked for the desk
        kanit_returns(row)
        await pilot.press("e")
        await wait_until(pilot, lambda: type(app.screen).__name__ == "EntryScreen")
        assert type(app.screen).__name__ == "EntryScreen"
        assert not any("terkunci" in m for m in messages(app)), messages(app)


async def test_submit_on_a_changed_report_says_what_changed(demo_target: str) -> None:
    runtime.connect(demo_target)
    row = first("draft")
    app = make_app(demo_target, user="desk")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_detail(pilot, row.id)
        shown_version = screen.detail.version
        another_desk_changes_audience(row.id)
        await pilot.press("a")
        await wait_until(pilot, lambda: screen.detail.version != shown_version)
        await wait(pilot)
        said = messages(app)
        changed = [m for m in said if "sudah diubah oleh" in m]
        assert changed, said
        assert "Peserta" in changed[0] and "dimuat ulang" in changed[0]
        for word in ("updated_at", "status", "Status", "Berbeda"):
            assert not any(word in m for m in said), said
        assert screen.detail.version == Report.get_by_id(row.id).version  # shown as it is now
    assert Report.get_by_id(row.id).status == "draft"  # nothing submitted unseen


async def test_verify_on_a_report_returned_meanwhile_names_the_status(demo_target: str) -> None:
    runtime.connect(demo_target)
    row = first("diajukan")
    app = make_app(demo_target, user="kapolsek")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_detail(pilot, row.id)
        kanit_returns(row)
        await pilot.press("v")
        await wait(pilot)
        await pilot.press("y")
        await wait_until(pilot, lambda: any("sudah diubah oleh" in m for m in messages(app)))
        changed = [m for m in messages(app) if "sudah diubah oleh" in m]
        assert changed and "Status (Dikembalikan)" in changed[0], messages(app)
        assert "updated_at" not in " ".join(messages(app))
        assert screen.detail.status == "dikembalikan"
    assert Report.get_by_id(row.id).status == "dikembalikan"
