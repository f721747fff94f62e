"""Resolving what a message names against the demo database of Polsek
Senen: officers by name, NRP or as the Bhabinkamtibmas of a kelurahan on
that day; kelurahan with misspellings; activity types to ids."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.admin import runtime
from sambang_tui.services.master import lookup
from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.resolve import match_kelurahan

TODAY = dt.date(2024, 12, 4)


@pytest.fixture
def actor(demo_target: str):
    runtime.connect(demo_target)
    return runtime.actor_for("desk")


def officer_id(actor, name: str) -> int:
    choice = lookup.resolve_officer(actor, name)
    assert choice is not None
    return choice.id


def kelurahan_id(actor, name: str) -> int:
    return next(c.id for c in lookup.kelurahan(actor) if c.label == name)


@pytest.mark.parametrize(
    "text",
    [
        "Pelapor : Aiptu Heri Kurniawan",
        "AIPTU HERI KURNIAWAN",
        "NRP 79100586 lapor sambang",
        "Nama : Heri Kurniawan",
        "Bhabinkamtibmas Kel. Paseban melaksanakan sambang",
        "Bhabinkamtibmas Kelurahan Paseban melaksanakan sambang",
        "Bhabinkamtibmas Paseban melaksanakan sambang",
    ],
)
def test_officer_by_name_nrp_or_assignment(actor, text: str) -> None:
    parsed = parse_message(text, today=TODAY, actor=actor)
    assert parsed.officer_id == officer_id(actor, "Heri Kurniawan")
    assert parsed.officer_label == "Aiptu Heri Kurniawan · 79100586"
    assert "officer_ids" in parsed.filled


def test_assignment_is_taken_on_the_report_date(actor) -> None:
    """Kramat had another Bhabin (now retired) until 2022."""
    now = parse_message("Bhabinkamtibmas Kel. Kramat, Senin 02/12/2024", today=TODAY, actor=actor)
    assert now.officer_id == officer_id(actor, "Dwi Hartono")
    then = parse_message("Bhabinkamtibmas Kel. Kramat, Senin 06/06/2022", today=TODAY, actor=actor)
    assert then.officer_id is None  # the officer of that day is no longer active
    assert then.kelurahan == "Kramat"


def test_unknown_officer_is_left_empty(actor) -> None:
    """A name or NRP the station does not know is not replaced by the
    kelurahan's Bhabin: the message says someone else reported."""
    for text in ("Pelapor : Aiptu Budiman Sitompul", "NRP 12345678 lapor"):
        parsed = parse_message(text + " Kel. Kenari", today=TODAY, actor=actor)
        assert parsed.officer_id is None, text
        assert "officer_ids" not in parsed.filled
        assert parsed.kelurahan == "Kenari"


def test_quoted_kapolsek_is_not_the_reporting_officer(actor) -> None:
    quote = "Kapolsek Senen AKP Bambang Santoso, SH., MH mengatakan kegiatan berjalan aman."
    parsed = parse_message(
        "Bhabinkamtibmas Kel. Kwitang melaksanakan sambang. " + quote, today=TODAY, actor=actor
    )
    assert parsed.officer_id == officer_id(actor, "Joko Prasetyo")  # Kwitang's Bhabin
    # naming only someone else, the message does not say who did it
    parsed = parse_message("Sambang di Kel. Kwitang. " + quote, today=TODAY, actor=actor)
    assert parsed.officer_id is None
    assert parsed.kelurahan == "Kwitang"


def test_a_message_naming_nobody_leaves_the_officer_empty(actor) -> None:
    """The kelurahan's Bhabin is only a guess when the message names no
    one (issue #15: precision first); with "Bhabinkamtibmas Kel. X" it is
    the one named."""
    parsed = parse_message(
        "DDS tgl 2/12 jam 10 di Rt.01 Rw.06 Paseban, aman", today=TODAY, actor=actor
    )
    assert parsed.officer_id is None and parsed.kelurahan == "Paseban"
    parsed = parse_message("Bhabin Paseban DDS tgl 2/12 jam 10, aman", today=TODAY, actor=actor)
    assert parsed.officer_id == officer_id(actor, "Heri Kurniawan")


@pytest.mark.parametrize(
    ("text", "officer", "name"),
    [
        ("Aiptu Sutrisno Senen lapor, sambang RT 03", "Sutrisno", "Senen"),
        ("lapor ndan sambang RT 02\nAipda Joko P.", "Joko Prasetyo", None),
        ("sambng warga\nBripka Agus", "Agus Setiawan", None),
    ],
)
def test_short_names_and_the_kelurahan_in_a_title(
    actor, text: str, officer: str, name: str | None
) -> None:
    parsed = parse_message(text, today=TODAY, actor=actor)
    assert parsed.officer_id == officer_id(actor, officer)
    assert parsed.kelurahan == (name or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sambang warga Jl. Kramat Pulo Dalam RT 05", "Kramat"),
        ("sambang warga Jl. Kramat Bunder RT 03 RW 07", "Senen"),  # not Kramat
        ("patroli di pangkalan ojek Jl. Gunung Sahari", "Bungur"),
        ("sambang pos kamling rw 05 jl kramat sentiong", "Kramat"),
        ("Binluh jamaah Masjid Al Makmur Kwitang ba'da Jumat", "Kwitang"),
        ("patroli dialogis di Pasar Kenari jam 07.30", "Kenari"),
    ],
)
def test_kelurahan_from_streets_and_names_alone(actor, text: str, name: str) -> None:
    """A street the station's reports always place in one kelurahan tells
    it; so does a kelurahan's name written alone or in a venue's name."""
    parsed = parse_message(text, today=TODAY, actor=actor)
    assert parsed.kelurahan == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kel. Paseban", "Paseban"),
        ("Kel. Pasebaan", "Paseban"),
        ("kel kwitng", "Kwitang"),
        ("Kelurahan Kramaat", "Kramat"),
        ("Kel. Kenary", "Kenari"),
        ("KEL. BUNGUR", "Bungur"),
        ("sambang RT 03/05 Kwitang", "Kwitang"),
        ("Kramat RT 06/RW 09 sambang", "Kramat"),
    ],
)
def test_kelurahan_with_misspellings(actor, text: str, name: str) -> None:
    parsed = parse_message(text, today=TODAY, actor=actor)
    assert parsed.kelurahan == name
    assert parsed.kelurahan_id == kelurahan_id(actor, name)


@pytest.mark.parametrize(
    "text",
    [
        "Kel. Menteng",  # another kecamatan
        "Kel. Kemayoran",
        "Kel. Kebon Kosong",
        "Kel. Sen",  # too short to guess
        "patroli Jl. Kramat, Polsek Senen",  # a street no report places, and the Polsek's name
        "sambang Kecamatan Senen",
    ],
)
def test_no_kelurahan_guessed(actor, text: str) -> None:
    parsed = parse_message(text, today=TODAY, actor=actor)
    assert parsed.kelurahan_id is None, parsed.kelurahan


def test_fuzzy_threshold_is_strict() -> None:
    names = {
        n.casefold(): lookup.Choice(i, n) for i, n in enumerate(("Kenari", "Kenanga", "Senen"), 1)
    }
    assert match_kelurahan(("Kenari",), names).label == "Kenari"
    assert match_kelurahan(("Kenary",), names).label == "Kenari"
    assert match_kelurahan(("Kenani",), names) is None  # about as close to two names
    assert match_kelurahan(("Sentul",), names) is None


def test_kelurahan_is_not_guessed_from_the_officer(actor) -> None:
    parsed = parse_message("NRP 78050123 patroli dialogis 04/12/2024", today=TODAY, actor=actor)
    assert parsed.officer_id == officer_id(actor, "Sutrisno")
    assert parsed.kelurahan_id is None
    parsed = parse_message(
        "NRP 78050123 patroli dialogis Pasar Senen 04/12/2024", today=TODAY, actor=actor
    )
    assert parsed.kelurahan_id == kelurahan_id(actor, "Senen")  # the venue's name


def test_types_resolve_to_ids_and_input(actor) -> None:
    parsed = parse_message(
        "Bhabinkamtibmas Kel. Paseban sambang dan cooling system RT 01 RW 06 Senin 02/12/2024 "
        "pukul 10.00, aman",
        today=TODAY,
        actor=actor,
    )
    codes = {t.id: t.code for t in lookup.activity_types()}
    assert [codes[i] for i in parsed.type_ids] == ["SB", "CS"]
    data = parsed.to_input()
    assert data.type_ids == parsed.type_ids
    assert data.kelurahan_id == kelurahan_id(actor, "Paseban")
    assert data.officer_ids == [officer_id(actor, "Heri Kurniawan")]
    assert {
        "type_ids",
        "kelurahan_id",
        "officer_ids",
        "rw",
        "rt",
        "date",
        "start_time",
    } <= parsed.filled
    assert parsed.to_json()["officer"] == "Aiptu Heri Kurniawan · 79100586"


def test_parsed_input_passes_the_report_checks(actor) -> None:
    from sambang_tui.services import reports

    text = (_tests_dir() / "data" / "messages" / "01_numbered_paseban_cs.txt").read_text(
        encoding="utf-8"
    )
    data = parse_message(text, today=TODAY, actor=actor).to_input()
    reports.check_input(actor, data)  # raises ValidationError on any bad field


def _tests_dir():
    from pathlib import Path

    return Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tempat : kediaman Ketua RT 03 Jl. Kramat Pulo, Kramat\nKegiatan : sambang", "kediaman Ketua RT Jl. Kramat Pulo"),
        ("Lokasi : warung Bu Ani, Jl. Kenari II, Kenari\nKegiatan : DDS", "warung Bu Ani, Jl. Kenari II"),
        ("Lokasi : Kramat\nKegiatan : sambang warga", ""),
        ("Lokasi : Pasar Kenari\nKegiatan : patroli dialogis", "Pasar Kenari"),
    ],
)  # fmt: skip
def test_a_kelurahan_is_no_place_nor_a_places_tail(actor, text: str, place: str) -> None:
    # the rulings of the held-out README (round 9)
    assert parse_message(text, today=TODAY, actor=actor).place == place


def test_a_kelurahan_after_the_rw_it_names_is_no_part_of_the_place(actor) -> None:
    parsed = parse_message("sambang ke pos RW 03 kramat tadi pagi, aman", today=TODAY, actor=actor)
    assert parsed.place == "pos RW"
