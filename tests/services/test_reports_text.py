"""Hostile and unusual text: stored and returned literally, control
characters removed, never interpreted."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from report_fixtures import World, make_world

from sambang_tui.db.models import Report
from sambang_tui.services import reports
from sambang_tui.services.report_list import ReportFilter, list_reports
from sambang_tui.services.validate import clean_text


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


HOSTILE = {
    "markup": "[bold]x[/] [link=https://evil.example]klik[/link] [@click=app.quit]q[/]",
    "emoji": "Warga 👮‍♂️🇮🇩 senang 😀",
    "rtl": "السلام عليكم — שלום",
    "sql": "'; DROP TABLE report; --",
    "fts": 'NEAR("a" OR b) AND NOT c* ^d :e',
    "tsquery": "a & b | !c <-> d:* 'e'",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_is_stored_and_returned_literally(world: World, name: str) -> None:
    text = HOSTILE[name]
    desk = world.actors["desk"]
    saved = reports.create_report(
        desk,
        world.input(place=text, narrative=text, message=text, findings=text, quote_text=text),
    )
    data = reports.load_input(saved.id).data
    assert (data.place, data.narrative, data.message, data.findings, data.quote_text) == (
        (text,) * 5
    )
    detail = reports.get_detail(saved.id)
    assert detail.place == text and detail.narrative == text
    [row] = list_reports(desk, ReportFilter())
    assert row.place == text
    assert list_reports(desk, ReportFilter(text=text)) != [] or name in ("sql", "markup")


def test_escape_sequences_and_nul_are_removed(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(
        desk,
        world.input(
            place="Jl.\x00 Salemba\x1b[31m Raya\x07",
            narrative="Baris satu\r\nBaris\x00 dua\x1b]0;judul\x07\n\tterakhir",
        ),
    )
    data = reports.load_input(saved.id).data
    assert data.place == "Jl. Salemba[31m Raya"
    assert data.narrative == "Baris satu\nBaris dua]0;judul\n\tterakhir"
    row = Report.get_by_id(saved.id)
    assert "\x00" not in row.search_text and "\x1b" not in row.search_text


def test_ten_thousand_characters_fit_a_long_field_not_a_short_one(world: World) -> None:
    long = "kata " * 2000
    saved = reports.create_report(world.actors["desk"], world.input(narrative=long))
    assert reports.load_input(saved.id).data.narrative == long.strip()
    with pytest.raises(reports.ValidationError, match="Tempat terlalu panjang"):
        reports.check_input(world.actors["desk"], world.input(place=long))


def test_search_with_syntax_characters_never_fails(world: World) -> None:
    desk = world.actors["desk"]
    reports.create_report(desk, world.input())
    for text in ['"', "'", "*", "(", ")", "AND", "-", ":", "^", "\\", "&|!", "sal*", '"salemba']:
        list_reports(desk, ReportFilter(text=text))
    assert len(list_reports(desk, ReportFilter(text='"salemba'))) == 1


_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@_SETTINGS
@given(place=st.text(max_size=120), narrative=st.text(min_size=1, max_size=400))
def test_any_text_survives_create_then_load(world: World, place: str, narrative: str) -> None:
    expected_place = clean_text(place)
    expected_narrative = clean_text(narrative, multiline=True)
    assume(expected_narrative)
    saved = reports.create_report(
        world.actors["desk"], world.input(place=place, narrative=narrative, message=narrative)
    )
    data = reports.load_input(saved.id).data
    assert data.place == expected_place
    assert data.narrative == expected_narrative == data.message
    for text in (data.place, data.narrative):
        assert not any(ord(ch) < 32 and ch not in "\n\t" for ch in text)
        assert "\x7f" not in text
    assert clean_text(data.narrative, multiline=True) == data.narrative
