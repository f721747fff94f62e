"""A group typed as ``?`` (present, count unknown) is stored and shown as
met: the detail, the recap and the documents still say whom the officer
met (issue 13, item 1)."""

from __future__ import annotations

import pytest
from report_fixtures import SEED_DAY, World, make_world

from sambang_tui.db.models import ReportAudience
from sambang_tui.services import reports
from sambang_tui.services.core import periods
from sambang_tui.services.documents import source
from sambang_tui.services.documents.words import audience_phrase
from sambang_tui.services.recap import figures as recap

UNKNOWN = {"warga": None, "tokoh_masyarakat": None, "kelompok_pemuda": 8}


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


def test_unknown_counts_are_stored_as_present(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input(audience=dict(UNKNOWN)))
    stored = {
        a.category: a.count
        for a in ReportAudience.select().where(ReportAudience.report == saved.id)
    }
    assert stored == UNKNOWN
    assert reports.load_input(saved.id).data.audience == UNKNOWN
    detail = reports.get_detail(saved.id)
    assert [(a.category, a.count) for a in detail.audience] == list(UNKNOWN.items())
    assert detail.audience_total == 8


def test_recap_and_documents_name_the_groups_met(world: World) -> None:
    desk = world.actors["desk"]
    # submitted: a recap counts no draft
    saved = reports.create_report(desk, world.input(audience={"warga": None}), submit=True)
    rows = recap.audience(desk, periods.week(SEED_DAY))
    assert [(r.category, r.people, r.reports) for r in rows] == [("warga", 0, 1)]
    facts = source.load(desk, saved.id)
    assert audience_phrase(source.audience(facts)) == "warga"


def test_an_edit_keeps_unknown_counts_and_conflicts_see_them(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input(audience={"warga": 5}))
    edited = reports.update_report(
        desk, saved.id, saved.version, world.input(audience={"warga": 5, "tokoh_agama": None})
    )
    assert reports.load_input(saved.id).data.audience == {"warga": 5, "tokoh_agama": None}
    with pytest.raises(reports.ConflictError) as caught:
        reports.update_report(kanit, saved.id, saved.version, world.input(audience={"warga": 5}))
    assert [c.field for c in caught.value.changes] == ["audience"]
    assert edited.version == saved.version + 1
