"""Wording of the report's documents as Indonesian official text (round 21
audit): an audience or contact label keeps its acronyms inside a sentence
("perangkat RT/RW", "ketua RT"), the time reads "08.30 WIB s.d. selesai" /
"08.30 s.d. 10.00 WIB", and a section's text opens with a capital though the
stored text is as typed."""

from __future__ import annotations

import datetime as dt

import pytest
from recap_fixture import Fixture, seed_story, setup_station

from sambang_tui.db.models import Report, ReportAudience
from sambang_tui.services.documents import kegiatan, release
from sambang_tui.services.documents.render_text import render_text


@pytest.fixture
def seed(db, actor, monkeypatch: pytest.MonkeyPatch) -> Fixture:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    fx = setup_station(actor)
    seed_story(fx)
    return fx


def squash(text: str) -> str:
    return " ".join(text.split())


def _typed(seed: Fixture) -> int:
    report = seed.reports["SEED"]
    ReportAudience.create(report=report, category="perangkat_rt_rw", count=2)
    Report.update(
        message="menghimbau agar tidak terprovokasi hasil Pilkada.",
        start_time=dt.time(8, 30),
        end_time=None,
    ).where(Report.id == report.id).execute()
    return report.id


def test_kegiatan_reads_as_official_text(seed: Fixture) -> None:
    rid = _typed(seed)
    text = squash(render_text(kegiatan.build(seed.actor, rid)))
    assert "perangkat RT/RW (2 orang)" in text and "perangkat rt/rw" not in text
    assert "Waktu: 08.30 WIB s.d. selesai" in text
    assert "Menghimbau agar tidak terprovokasi hasil Pilkada." in text
    # stored as typed
    assert Report.get_by_id(rid).message.startswith("menghimbau")


def test_kegiatan_time_with_both_ends(seed: Fixture) -> None:
    rid = seed.reports["SEED"].id
    Report.update(start_time=dt.time(8, 30), end_time=dt.time(10)).where(Report.id == rid).execute()
    assert "Waktu: 08.30 s.d. 10.00 WIB" in squash(render_text(kegiatan.build(seed.actor, rid)))


def test_release_names_the_group_with_its_acronym(seed: Fixture) -> None:
    rid = _typed(seed)
    text = squash(release.draft_text(seed.actor, [rid]))
    assert "perangkat RT/RW" in text and "perangkat rt/rw" not in text
