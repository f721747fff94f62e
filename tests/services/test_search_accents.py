"""Search folds accents on both databases (issue 18): SQLite's FTS5 with
``remove_diacritics``, PostgreSQL's ``sambang_simple`` configuration with
``unaccent`` (migration 0009) — typed with or without them, a word is found;
and on PostgreSQL the search still reads the index."""

from __future__ import annotations

import pytest
from report_fixtures import World, make_world

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import Report, database_proxy
from sambang_tui.services import reports
from sambang_tui.services.reports.listing import ReportFilter, list_reports, text_condition


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


@pytest.mark.parametrize(
    ("typed", "found"),
    [("kebone", True), ("Kéboné", True), ("KEBONÉ jéruk", True), ("jos", True), ("josé", True),
     ("cafe", True), ("kebun", False)],
)  # fmt: skip
def test_accents_are_folded_both_ways(world: World, typed: str, found: bool) -> None:
    desk = world.actors["desk"]
    accented = reports.create_report(
        desk, world.input(place="Jl. Kéboné Jéruk", narrative="Bertemu Pak José di Café Ñandú.")
    ).id
    reports.create_report(desk, world.input(place="Jl. Kenari", narrative="Sambang biasa."))
    ids = [r.id for r in list_reports(desk, ReportFilter(text=typed))]
    assert ids == ([accented] if found else [])


def test_postgresql_search_reads_the_accent_folding_index(world: World) -> None:
    desk = world.actors["desk"]
    reports.create_report(desk, world.input(place="Jl. Kéboné Jéruk"))
    sql, params = Report.select(Report.id).where(text_condition("kébone")).sql()
    if is_sqlite():  # SQLite: the FTS5 table is the index the search reads
        assert "report_fts MATCH" in sql
        return
    database_proxy.execute_sql("SET enable_seqscan = off")
    try:
        plan = "\n".join(
            row[0] for row in database_proxy.execute_sql("EXPLAIN " + sql, params).fetchall()
        )
    finally:
        database_proxy.execute_sql("RESET enable_seqscan")
    assert "report_search_idx" in plan, plan
