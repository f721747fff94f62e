"""Hostile and unusual text: stored and returned literally, control
characters removed, never interpreted."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from report_fixtures import World, make_world

from sambang_tui.db.models import Report
from sambang_tui.services import reports
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.validate import clean_text
from sambang_tui.services.reports.listing import ReportFilter, count_reports, list_reports


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
    assert [r.id for r in list_reports(desk, ReportFilter(text=text))] == [saved.id]


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
    with pytest.raises(ValidationError, match="Tempat terlalu panjang"):
        reports.check_input(world.actors["desk"], world.input(place=long))


def test_search_with_syntax_characters_never_fails(world: World) -> None:
    desk = world.actors["desk"]
    reports.create_report(desk, world.input())
    for text in ['"', "'", "*", "(", ")", "AND", "-", ":", "^", "\\", "&|!", "sal*", '"salemba']:
        list_reports(desk, ReportFilter(text=text))
    assert len(list_reports(desk, ReportFilter(text='"salemba'))) == 1


_SETTINGS = settings(
    max_examples=60,
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


def _field_strategies(world: World) -> dict[str, tuple[st.SearchStrategy, st.SearchStrategy]]:
    """Per form field: (valid values, values that may be invalid)."""
    ids = st.integers(min_value=-3, max_value=40)
    return {
        "date": (
            st.dates(min_value=dt.date(2024, 8, 14), max_value=dt.date(2024, 12, 4)),
            st.none() | st.dates(max_value=dt.date(2030, 12, 31)),
        ),
        "start_time": (st.none() | st.times(), st.times()),
        "officer_ids": (
            st.lists(st.sampled_from([world.sutrisno, world.budi]), min_size=1, max_size=3),
            st.lists(ids | st.text(max_size=3), max_size=2),
        ),
        "type_ids": (
            st.lists(st.sampled_from([world.types[c] for c in ("SB", "CS", "BL")]), min_size=1),
            st.lists(ids, max_size=2),
        ),
        "kelurahan_id": (st.just(world.paseban), st.none() | ids),
        "rw": (st.none() | st.integers(min_value=1, max_value=8), st.integers(-1, 12)),
        "place": (st.text(max_size=250), st.text(min_size=240, max_size=300)),
        "audience": (
            st.dictionaries(
                st.sampled_from(["warga", "tokoh_agama"]),
                st.none() | st.integers(0, 500),
                max_size=2,
            ),
            st.dictionaries(st.text(max_size=8), st.integers(-5, 200_000), max_size=2),
        ),
        "narrative": (
            st.text(alphabet="abc xyz\n", max_size=40).map(lambda t: "x" + t),
            st.text(max_size=5),
        ),
        "threat_level": (st.sampled_from(["nihil", "tinggi", ""]), st.text(max_size=6)),
        "situation": (st.sampled_from(["aman_kondusif", "rawan", ""]), st.text(max_size=6)),
        "operation_id": (st.none() | st.just(world.operation), ids),
        "quote_text": (st.just(""), st.text(max_size=20)),
    }


@_SETTINGS
@given(data=st.data())
def test_any_form_is_saved_or_refused_with_field_messages(world: World, data) -> None:
    from sambang_tui.services.reports.input import ReportInput

    fields = _field_strategies(world)
    broken = data.draw(st.sets(st.sampled_from(sorted(fields)), max_size=2), label="broken")
    form = ReportInput(
        **{
            name: data.draw(bad if name in broken else good, label=name)
            for name, (good, bad) in fields.items()
        }
    )
    desk = world.actors["desk"]
    before = Report.select().count()
    try:
        saved = reports.create_report(desk, form)
    except ValidationError as exc:
        assert broken, exc.errors  # a form of valid values is never refused
        assert exc.errors and all(e.field and e.message for e in exc.errors)
        allowed = broken | {"quote_by"}  # plus what a broken field's neighbours then say:
        if "date" in broken:
            allowed |= {"operation_id"}
        if "type_ids" in broken:  # a random type may be one that needs its own part
            allowed |= {"information", "households", "problem_id"}
        assert {e.field.split(".")[0] for e in exc.errors} <= allowed
        assert Report.select().count() == before
        event("refused")
        return
    event("saved")
    loaded = reports.load_input(saved.id).data
    assert loaded.date == form.date and loaded.rw == form.rw
    given_ids = [int(v) for v in form.officer_ids if v not in (None, "")]
    assert loaded.officer_ids == list(dict.fromkeys(given_ids))
    # a count left empty (None, "") is a group met without a count, and kept
    assert loaded.audience == {k: (None if v == "" else v) for k, v in form.audience.items()}
    assert loaded.narrative == clean_text(form.narrative, multiline=True)


@_SETTINGS
@given(query=st.text(max_size=60))
def test_any_search_text_runs_and_finds_its_own_words(world: World, query: str) -> None:
    desk = world.actors["desk"]
    if not Report.select().exists():
        reports.create_report(desk, world.input())
    list_reports(desk, ReportFilter(text=query))  # never a syntax error
    count_reports(desk, ReportFilter(text=query))
    assert len(list_reports(desk, ReportFilter(text=query + " salemba"))) <= 1


def test_nested_parts_are_cleaned_and_kept_literally(world: World) -> None:
    from sambang_tui.services.reports.input import (
        HouseholdInput,
        InformationInput,
        OpinionInput,
        ProblemInput,
    )

    nasty = "[b]x[/]\x00\x1b[2J 👮 שלום"
    kept = "[b]x[/][2J 👮 שלום"
    desk = world.actors["desk"]
    dd = reports.create_report(
        desk,
        world.input(
            type_ids=[world.types["DD"], world.types["DDS"], world.types["PS"]],
            information=InformationInput(
                source=nasty, how_obtained=nasty, facts=nasty, reliability=" b ", accuracy="3"
            ),
            households=[HouseholdInput(nasty, nasty, [OpinionInput("harapan", nasty, nasty)])],
            new_problem=ProblemInput(title=nasty, parties=nasty),
        ),
    )
    data = reports.load_input(dd.id).data
    assert data.information is not None
    assert (data.information.source, data.information.facts) == (kept, kept)
    assert data.information.reliability == "B"
    assert data.households[0].head_name == kept
    assert data.households[0].opinions[0].text == kept
    detail = reports.get_detail(dd.id)
    assert detail.problem is not None and detail.problem.title == kept
