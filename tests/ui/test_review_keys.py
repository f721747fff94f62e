"""The review keys of the report detail (issue 13, item 7): `v` asks first;
a returned report cannot be verified until it is submitted again; the desk
account (an admin) is no reviewer; nobody verifies their own report."""

from __future__ import annotations

import pytest
from ui.helpers import make_app, screen_lines, wait, wait_until

from sambang_tui.db.models import Report
from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports import access as report_access
from sambang_tui.ui.screens.report_detail import ReportDetailScreen


def waiting(target: str) -> Report:
    runtime.connect(target)
    return (
        Report.select()
        .where((Report.status == "diajukan") & Report.deleted_at.is_null())
        .order_by(Report.id)
        .first()
    )


def messages(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


async def open_detail(pilot, report_id: int) -> None:
    """Open the detail and wait until its report is read and its key bar
    redrawn: on a loaded machine one round of `wait` may come before the
    screen's worker has even started."""
    await wait(pilot)
    screen = ReportDetailScreen(report_id)
    pilot.app.push_screen(screen)
    await wait_until(pilot, lambda: screen.detail is not None)


async def test_desk_cannot_verify_a_report_the_kanit_returned(demo_target: str) -> None:
    row = waiting(demo_target)
    kanit = runtime.actor_for("kanit")
    returned = reports.return_report(kanit, row.id, row.version, "Lengkapi jumlah warga.")
    app = make_app(demo_target, user="desk")
    assert app.ctx.actor.is_admin and not app.ctx.actor.can_review
    async with app.run_test(size=(80, 24)) as pilot:
        await open_detail(pilot, row.id)
        footer = screen_lines(app)[-1]
        assert "Verifikasi" not in footer
        await pilot.press("v")
        await wait(pilot)
        assert any("Hanya Kanit Binmas, Kapolsek atau Wakapolsek" in m for m in messages(app))
    stored = Report.get_by_id(row.id)
    assert (stored.status, stored.review_note) == ("dikembalikan", "Lengkapi jumlah warga.")
    assert stored.version == returned.version


async def test_kanit_is_told_a_returned_report_must_be_submitted_again(demo_target: str) -> None:
    row = waiting(demo_target)
    kanit = runtime.actor_for("kanit")
    reports.return_report(kanit, row.id, row.version, "Lengkapi jumlah warga.")
    app = make_app(demo_target, user="kanit")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_detail(pilot, row.id)
        assert "Verifikasi" not in screen_lines(app)[-1]
        await pilot.press("v")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"  # no question: nothing to ask
        assert any("mengajukannya lagi" in m for m in messages(app)), messages(app)
    assert Report.get_by_id(row.id).status == "dikembalikan"


async def test_verify_asks_and_refuses_the_reviewers_own_report(demo_target: str) -> None:
    kanit = runtime.actor_for("kanit")
    row = waiting(demo_target)
    Report.update(created_by="kanit").where(Report.id == row.id).execute()
    app = make_app(demo_target, user="kanit")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_detail(pilot, row.id)
        await pilot.press("v")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmModal"
        await pilot.press("y")
        await wait(pilot)
        assert any("dibuat oleh Anda" in m for m in messages(app)), messages(app)
    assert Report.get_by_id(row.id).status == "diajukan"
    assert kanit.can_review


async def test_escape_on_the_question_verifies_nothing(demo_target: str) -> None:
    row = waiting(demo_target)
    app = make_app(demo_target, user="kanit")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_detail(pilot, row.id)
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("escape")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"
    assert Report.get_by_id(row.id).status == "diajukan"


async def test_e_is_offered_only_where_the_reader_may_change_the_report(demo_target: str) -> None:
    """A verified report is locked for the desk: no `e Ubah` in the footer,
    and `e` says why instead of opening a form that could not save."""
    runtime.connect(demo_target)
    verified = (
        Report.select()
        .where((Report.status == "diverifikasi") & Report.deleted_at.is_null())
        .order_by(Report.id)
        .first()
    )
    draft = waiting(demo_target)
    app = make_app(demo_target, user="desk")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_detail(pilot, verified.id)
        assert "Ubah" not in screen_lines(app)[-1]
        await pilot.press("e")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"
        assert any("sudah diverifikasi dan terkunci" in m for m in messages(app))
        await pilot.press("escape")
        await open_detail(pilot, draft.id)
        assert "Ubah" in screen_lines(app)[-1]
        await pilot.press("e")
        await wait(pilot)
        assert type(app.screen).__name__ == "EntryScreen"


@pytest.mark.parametrize("status", ["diverifikasi", "diajukan"])
async def test_e_while_the_report_is_read_acts_once_it_is(
    demo_target: str, monkeypatch, status: str
) -> None:
    """A fast desk presses Enter and `e` at once: the key is not lost, and
    it never opens the form of a report that turns out locked — once the
    report is read, `e` opens the form, or says why not."""
    import threading

    runtime.connect(demo_target)
    row = Report.select().where(Report.status == status).order_by(Report.id).first()
    gate = threading.Event()
    real = report_access.detail_for

    def slow(actor, report_id):
        gate.wait(10)
        return real(actor, report_id)

    monkeypatch.setattr(report_access, "detail_for", slow)
    app = make_app(demo_target, user="desk")
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        screen = ReportDetailScreen(row.id)
        app.push_screen(screen)
        await pilot.pause()
        assert screen.detail is None
        assert "Ubah" not in screen_lines(app)[-1]
        await pilot.press("e")
        await pilot.pause()
        assert app.screen is screen
        gate.set()
        await wait_until(pilot, lambda: screen.detail is not None)
        if status == "diverifikasi":
            assert app.screen is screen
            assert any("sudah diverifikasi dan terkunci" in m for m in messages(app))
        else:
            await wait_until(pilot, lambda: type(app.screen).__name__ == "EntryScreen")
            assert type(app.screen).__name__ == "EntryScreen"


async def test_the_kanit_who_returned_a_report_cannot_submit_it_himself(demo_target: str) -> None:
    """After `k`, the footer offers no `a` to the Kanit (the report is not
    his); pressing it says who submits it, and nothing changes."""
    row = waiting(demo_target)
    kanit = runtime.actor_for("kanit")
    assert not report_access.is_own(kanit, row)
    returned = reports.return_report(kanit, row.id, row.version, "Lengkapi jumlah warga.")
    app = make_app(demo_target, user="kanit")
    async with app.run_test(size=(80, 24)) as pilot:
        await open_detail(pilot, row.id)
        assert "Ajukan" not in screen_lines(app)[-1]
        await pilot.press("a")
        await wait_until(pilot, lambda: any("hanya dapat diajukan" in m for m in messages(app)))
    stored = Report.get_by_id(row.id)
    assert (stored.status, stored.version) == ("dikembalikan", returned.version)
