"""Several desks creating and editing reports at once get distinct, gap-free
numbers and see conflicts, never lost edits (threads with their own
connections; the multi-process test of issue 6 lives elsewhere)."""

from __future__ import annotations

import threading

import pytest
from report_fixtures import World, make_world

from sambang_tui.db.models import InformationReport, Report, database_proxy
from sambang_tui.services import reports
from sambang_tui.services.core.errors import ConflictError
from sambang_tui.services.reports.input import InformationInput

WORKERS = 4
EACH = 5


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


def _run_threads(target, count: int) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(count)

    def body(index: int) -> None:
        try:
            with database_proxy.connection_context():
                start.wait()
                target(index)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=body, args=(i,)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return errors


def test_parallel_creates_take_distinct_consecutive_numbers(world: World) -> None:
    desk = world.actors["desk"]
    info = InformationInput(source="Warga", how_obtained="Wawancara", facts="Fakta.")

    def work(index: int) -> None:
        for i in range(EACH):
            deteksi = (index + i) % 2 == 0
            reports.create_report(
                desk,
                world.input(
                    place=f"Tempat {index}-{i}",
                    type_ids=[world.types["DD"] if deteksi else world.types["SB"]],
                    information=info if deteksi else None,
                ),
            )

    assert _run_threads(work, WORKERS) == []
    seqs = sorted(r.seq for r in Report.select(Report.seq))
    assert seqs == list(range(1, WORKERS * EACH + 1))
    assert len({r.number for r in Report.select(Report.number)}) == WORKERS * EACH
    li = sorted(r.seq for r in InformationReport.select(InformationReport.seq))
    assert li == list(range(1, len(li) + 1)) and li


def test_parallel_edits_of_one_version_let_exactly_one_win(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    outcomes: list[str] = []

    def work(index: int) -> None:
        try:
            reports.update_report(desk, saved.id, saved.version, world.input(place=f"Jl. {index}"))
            outcomes.append(f"Jl. {index}")
        except ConflictError:
            outcomes.append("conflict")

    assert _run_threads(work, WORKERS) == []
    winners = [o for o in outcomes if o != "conflict"]
    assert len(winners) == 1 and outcomes.count("conflict") == WORKERS - 1
    row = Report.get_by_id(saved.id)
    assert row.version == 2 and row.place == winners[0]
