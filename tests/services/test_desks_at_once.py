"""Two desks on one database: a draft restored over a report saved since
shows the conflict (never overwrites it unseen); realising a plan another
desk changed meanwhile saves the report but never marks the plan done in a
contradictory state; numbers, never ids; conflicts name a person."""

from __future__ import annotations

import pytest
from report_fixtures import World, make_world

from sambang_tui.services import reports


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


# -- a draft remembers the version it was typed against ---------------------------


def test_restored_draft_over_a_later_save_is_a_conflict(world: World) -> None:
    desk, desk2 = world.actors["desk"], world.actors["desk2"]
    saved = reports.create_report(desk, world.input())
    # desk2's draft (Tempat changed) was typed against version 1 ...
    draft = world.input(place="Balai RW 06")
    # ... and desk saved version 2 meanwhile (tokoh masyarakat 7)
    audience = {"warga": 15, "tokoh_masyarakat": 7, "kelompok_pemuda": 8}
    reports.update_report(desk, saved.id, saved.version, world.input(audience=audience))
    error = reports.stale_conflict(desk2, saved.id, saved.version, draft)
    assert error is not None and error.current_version == 2
    fields = {c.field for c in error.changes}
    assert fields == {"place", "audience"}
    # nothing saved since the draft's version: nothing to show
    assert reports.stale_conflict(desk2, saved.id, 2, draft) is None


def test_draft_without_a_version_is_never_put_over_a_later_save(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    draft = world.input(place="Balai RW 06")
    # never saved again: an old draft can only have been typed on it
    assert reports.stale_conflict(desk, saved.id, None, draft) is None
    reports.update_report(desk, saved.id, 1, world.input(rt=2))
    error = reports.stale_conflict(desk, saved.id, None, draft)
    assert error is not None and {c.field for c in error.changes} == {"place", "rt"}
    # what the draft holds is what is stored: nothing could be lost
    assert reports.stale_conflict(desk, saved.id, None, world.input(rt=2)) is None
