"""The chat-message parser, round 20 (third wave, place): where the place is
written without the usual marks. Every example is invented; each rule has
cases where it must apply and one where it must not.

* An RW's or RT's own post or hall written bare, with no "di"/"ke" before it
  ("…, 12an org, pos RW 03.", "tiba 08.30 balai rw 02 kramat") is the place
  when nothing else is; the rulings keep its "RW" (four corpora).
* A street of the station written without "Jl." and told as where it was
  ("di kramat pulo depan alfamart", "sambang Kalilio, RW 2", a line that
  opens with it) is the place, in a report naming no street with its noun;
  a street mentioned as whose ("satpam ruko Gunung Sahari") is not (five
  corpora)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports

TODAY = dt.date(2026, 3, 12)


# --- an RW's post written bare ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sambang bapak2 ronda, 12an org, pos RW 03. aman. Bripka Dedi", "pos RW"),
        ("dds, tiba 08.30 balai rw 02 kramat, ngobrol 3 warga, pamit 09.15. aman", "balai rw"),
        # worded unlike any corpus message
        (
            "1. Giat: sambang\n2. Posko RW 11\n3. Yg ditemui: ketua RT 2 org\n4. kondusif",
            "Posko RW",
        ),
    ],
)
def test_a_bare_rw_post_is_the_place(demo_actor, text: str, place: str) -> None:
    parsed = parse_message(text, today=TODAY, actor=demo_actor)  # the kelurahan after it goes
    assert parsed.place.casefold() == place.casefold()


def test_a_run_together_list_item_ends_the_post() -> None:
    text = "1. sbg 2. pos rw 04 3. warga 6 4. aman"
    assert parse_message(text, today=TODAY).place.casefold() == "pos rw"


@pytest.mark.parametrize(
    "text",
    [
        # the RW named as whose people, not a post
        "Sambang warga RW 03, 12an org. aman. Bripka Dedi",
        # the post told as what was heard about
        "DDS, info dr warga bahwa pos RW 05 sering kosong malam hari. aman",
    ],
)
def test_no_post_no_place(text: str) -> None:
    assert parse_message(text, today=TODAY).place == ""


# --- a station street written without "Jl." ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "patroli dialogis di kramat pulo depan alfamart ngobrol sama tukang parkir dua orang aman",
            "kramat pulo depan alfamart",
        ),
        ("Ndan, barusan sambang Kramat Raya, RW dua. Aman.", "Kramat Raya"),
        # a line of its own that opens with the street
        (
            "Kramat Sentiong ujung, dekat warung\nSelasa pagi\nngopi bapak2 5 org\naman",
            "Kramat Sentiong ujung, dekat warung",
        ),
        # speech after the place is no part of it
        (
            "eee ndan mau lapor, problem solving di Kramat Bunder itu ya, sudah damai",
            "Kramat Bunder",
        ),
    ],
)
def test_a_bare_station_street_told_as_where_is_the_place(
    demo_actor, text: str, place: str
) -> None:
    assert parse_message(text, today=TODAY, actor=demo_actor).place == place


def test_a_bare_street_gives_its_kelurahan(demo_actor) -> None:
    parsed = parse_message(
        "Ndan, barusan sambang Kramat Pulo, RW dua. Aman.", today=TODAY, actor=demo_actor
    )
    assert parsed.place == "Kramat Pulo"
    assert parsed.kelurahan == "Kramat"


@pytest.mark.parametrize(
    "text",
    [
        # whose guards, not where: no "di"/"ke"/activity before the street
        "Jenis Giat : Patroli Dialogis\nLokasi : -\nYang ditemui : satpam ruko Kramat Raya 2 org",
        # a street with its noun elsewhere decides
        "sambang di pos ronda, ktm warga Kramat Pulo 4 org, keluhan lampu mati di Jl. Kramat Raya",
    ],
)
def test_a_bare_street_not_told_as_where_is_no_place(demo_actor, text: str) -> None:
    parsed = parse_reports(text, today=TODAY, actor=demo_actor)[0]
    assert parsed.place.casefold() not in ("kramat raya", "kramat pulo")
