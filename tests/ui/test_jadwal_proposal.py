"""Jadwal ``p``: next week's plan proposed from RW coverage, shown in the
grid as ``~SB 03`` and saved only by the desk's keys — a cell (``a``), an
officer (``o``), all (``A``) — or edited first (``e``), dropped (``x``),
closed (Esc). Driven by keys on the demo at 80×24 (today 4 December 2024)."""

from __future__ import annotations

import datetime as dt

from ui.helpers import make_app, screen_lines, wait

from sambang_tui.db.models import Plan

NEXT = dt.date(2024, 12, 9)


def grid(app):
    from sambang_tui.ui.widgets.schedule_grid import ScheduleGrid

    return app.screen.query_one(ScheduleGrid)


def text(app) -> str:
    return "\n".join(screen_lines(app))


def plans_next_week() -> int:
    return Plan.select().where(Plan.date.between(NEXT, NEXT + dt.timedelta(days=6))).count()


async def propose(pilot) -> None:
    await pilot.press("f3")
    await wait(pilot)
    await pilot.press("right_square_bracket")
    await wait(pilot)
    await pilot.press("p")
    await wait(pilot)
    await wait(pilot)


async def go_to(pilot, officer_id: int, day: dt.date) -> None:
    g = grid(pilot.app)
    row = next(i for i, o in enumerate(g.data.officers) if o.id == officer_id)
    col = (day - g.data.start).days
    for _ in range(abs(row - g.cursor_row)):
        await pilot.press("down" if row > g.cursor_row else "up")
    for _ in range(abs(col - g.cursor_col)):
        await pilot.press("right" if col > g.cursor_col else "left")
    await pilot.pause()
    assert (g.cursor_officer.id, g.cursor_day) == (officer_id, day)


async def test_preview_marks_proposals_and_saves_nothing(demo_target) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        before = plans_next_week()
        await propose(pilot)
        proposal = app.screen.proposal
        assert proposal is not None and proposal.start == NEXT and len(proposal.plans) == 22
        shown = text(app)
        assert "~SB " in shown and "USULAN 22" in shown
        assert "a terima sel" in shown  # the keys of the preview, on the detail line
        assert plans_next_week() == before
        await pilot.press("escape")  # closes the proposal, stays in the grid
        await wait(pilot)
        assert app.screen.proposal is None and "~SB " not in text(app)
        assert type(app.screen).__name__ == "JadwalScreen"
        assert plans_next_week() == before


async def test_accept_a_cell_an_officer_then_all(demo_target) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        before = plans_next_week()
        await propose(pilot)
        proposal = app.screen.proposal
        first = proposal.plans[0]
        in_cell = len(proposal.at(first.officer_id, first.date))
        await go_to(pilot, first.officer_id, first.date)
        await pilot.press("a")
        await wait(pilot)
        assert plans_next_week() == before + in_cell
        assert len(app.screen.proposal.plans) == len(proposal.plans) - in_cell
        officer_left = len(app.screen.proposal.of_officer(first.officer_id))
        await pilot.press("o")
        await wait(pilot)
        assert plans_next_week() == before + in_cell + officer_left
        assert app.screen.proposal.of_officer(first.officer_id) == []
        rest = len(app.screen.proposal.plans)
        await pilot.press("A")
        await wait(pilot)
        await pilot.press("y")
        await wait(pilot)
        assert plans_next_week() == before + len(proposal.plans)
        assert app.screen.proposal is None and rest > 0
        assert "USULAN" not in text(app)


async def test_drop_then_edit_a_proposed_plan(demo_target) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        before = plans_next_week()
        await propose(pilot)
        proposal = app.screen.proposal
        dropped, edited = proposal.plans[0], proposal.plans[-1]
        await go_to(pilot, dropped.officer_id, dropped.date)
        await pilot.press("x")
        await wait(pilot)
        assert dropped.key not in {p.key for p in app.screen.proposal.plans}
        assert plans_next_week() == before  # dropping writes nothing
        await go_to(pilot, edited.officer_id, edited.date)
        await pilot.press("e")
        await wait(pilot)
        from sambang_tui.ui.modals.plan_form import PlanFormModal

        if not isinstance(app.screen, PlanFormModal):  # a cell with a plan too: pick ours
            await pilot.press("enter")
            await wait(pilot)
        form = app.screen
        assert isinstance(form, PlanFormModal) and form.plan_id is None
        assert form.initial.rw == edited.rw and form.initial.date == edited.date
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert plans_next_week() == before + 1
        assert edited.key not in {p.key for p in app.screen.proposal.plans}
        row = Plan.select().order_by(Plan.id.desc()).first()
        assert (row.officer_id, row.date, row.rw.number) == (
            edited.officer_id,
            edited.date,
            edited.rw,
        )


async def test_a_reader_sees_the_proposal_but_cannot_accept(demo_target) -> None:
    app = make_app(demo_target, user="tamu")
    async with app.run_test(size=(80, 24)) as pilot:
        before = plans_next_week()
        await propose(pilot)
        assert app.screen.proposal is not None
        first = app.screen.proposal.plans[0]
        await go_to(pilot, first.officer_id, first.date)
        await pilot.press("a")
        await wait(pilot)
        await pilot.press("A")
        await wait(pilot)
        assert plans_next_week() == before
        assert any("hanya" in str(n.message).lower() for n in app._notifications)


def test_snapshot_proposal_preview(demo_target, snap_compare) -> None:
    async def run_before(pilot) -> None:
        await propose(pilot)
        app = pilot.app
        app.clear_notifications()
        await pilot.pause()

    assert snap_compare(make_app(demo_target), run_before=run_before, terminal_size=(80, 24))
