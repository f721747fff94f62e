"""The desk's inbox on Beranda (issue 13, item 8), checked against plain
Python counts over the demo: returned reports with the Kanit's note, own
drafts, missed plans of the last two weeks, today's plans; a reviewer's
queue first."""

from __future__ import annotations

import datetime as dt

from sambang_tui.db.models import Plan, Report
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.desk import home

TODAY = dt.date(2024, 12, 4)


def test_desk_work_in_the_order_it_is_done(demo_target: str) -> None:
    runtime.connect(demo_target)
    desk = runtime.actor_for("desk")
    summary = home.home_summary(desk, TODAY)
    live = [r for r in Report.select() if r.deleted_at is None and r.created_by == "desk"]
    returned = [r for r in live if r.status == "dikembalikan"]
    drafts = [r for r in live if r.status == "draft"]
    plans = [p for p in Plan.select() if p.report_id is None and p.status == "rencana"]
    missed = [p for p in plans if TODAY - dt.timedelta(days=14) <= p.date < TODAY]
    today = [p for p in plans if p.date == TODAY]
    expected = {
        home.RETURNED: len(returned),
        home.DRAFT: len(drafts),
        home.MISSED: len(missed),
        home.TODAY: len(today),
    }
    assert summary.todo_counts == {k: n for k, n in expected.items() if n}
    assert drafts and missed, "the demo has drafts and missed plans"
    kinds = [item.kind for item in summary.todo]
    order = [home.RETURNED, home.DRAFT, home.MISSED, home.TODAY]
    assert kinds == sorted(kinds, key=order.index)
    first_draft = next(i for i in summary.todo if i.kind == home.DRAFT)
    assert first_draft.report_id == min(drafts, key=lambda r: (r.date, r.id)).id
    missed_items = [i for i in summary.todo if i.kind == home.MISSED]
    assert [i.date for i in missed_items] == sorted((i.date for i in missed_items), reverse=True)
    assert all(i.plan_id and i.label for i in missed_items)
    assert home.WAITING not in summary.todo_counts  # the desk is no reviewer


def test_returned_reports_carry_the_note_and_reviewers_queue_comes_first(
    demo_target: str,
) -> None:
    runtime.connect(demo_target)
    kanit = runtime.actor_for("kanit")
    report = Report.get((Report.status == "dikembalikan") & (Report.created_by == "desk"))
    desk_items = home.home_summary(runtime.actor_for("desk"), TODAY).todo
    item = next(i for i in desk_items if i.report_id == report.id)
    assert item.kind == home.RETURNED and item.note == " ".join(report.review_note.split())
    summary = home.home_summary(kanit, TODAY)
    waiting = (
        Report.select().where((Report.status == "diajukan") & Report.deleted_at.is_null()).count()
    )
    assert summary.todo_counts[home.WAITING] == waiting
    assert summary.todo[0].kind == home.WAITING


def test_nothing_to_do_for_a_read_only_login(demo_target: str) -> None:
    runtime.connect(demo_target)
    station = runtime.station_for()
    summary = home.home_summary(Actor(os_user="tamu", station_id=station.id), TODAY)
    assert summary.todo == [] and summary.todo_total == 0
