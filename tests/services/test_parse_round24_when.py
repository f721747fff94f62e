"""The chat-message parser, round 24, lane "when": what a writer crossed out,
and how a date is written. Every example is invented (not copied from any
corpus), each rule with a case where it must apply and one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.struck import struck_out

TODAY = dt.date(2026, 3, 11)  # a Wednesday


# --- a form's options "to be struck out" -------------------------------------------------
# (heldout7, 36, 38: "… (coret yg tdk perlu) → DDS"; heldout23, 39: "Sambang / ~DDS~ / ~CS~";
# heldout40: the options left as printed, the activity told below)


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "LAP GIAT\nJam : 09.00\nGiat : Sambang / DDS / CS / PS (coret yg tdk perlu) -> CS\n"
            "Lokasi : Jl. Cempaka RW 03\nSikon : aman\nAipda Rahmat",
            ["CS"],
        ),
        (
            "LAP GIAT\nKegiatan : Sambang / DDS / PS / DD (coret yang tidak perlu) → PS\n"
            "Lokasi : Gg. Mawar\nAipda Rahmat",
            ["PS"],
        ),
        (
            "LAP GIAT\nJenis kegiatan : ~Sambang~ / DDS / ~Cooling System~ / ~PS~\n"
            "Lokasi : Gg. Mawar RT 02\nBripka Sugeng",
            ["DDS"],
        ),
        (
            # worded unlike any corpus message: the note before the label's answer, struck options
            "Bentuk giat : ~Sambang~ / ~DDS~ / Deteksi Dini (coret yg tdk perlu)\nSikon aman\nBripka Sugeng",
            ["DD"],
        ),
        (
            # the options left as printed: the activity told in the message is the answer
            "Kegiatan : Sambang / DDS / Cooling System (coret yg tdk perlu)\nLokasi : ....\n\n"
            "Izin ndan, td pagi sy sambang ke pos RW 05 Jl. Anggrek, aman. Bripka Sugeng",
            ["SB"],
        ),
    ],
)
def test_a_forms_options_give_only_what_is_left_standing(text: str, types: list[str]) -> None:
    assert parse_message(text, today=TODAY).types == types


def test_options_none_struck_and_nothing_told_give_no_type() -> None:
    text = "Kegiatan : Sambang / DDS / CS (coret yg tdk perlu)\nLokasi : Jl. Anggrek\nAipda Rahmat"
    assert parse_message(text, today=TODAY).types == []


def test_one_option_left_under_the_note_is_the_answer() -> None:
    text = "Kegiatan : DDS (coret yg tdk perlu)\nLokasi : Jl. Anggrek RT 02\nAipda Rahmat"
    assert parse_message(text, today=TODAY).types == ["DDS"]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Tgl: Selasa ~9/3~ 10/3/2026", "Tgl: Selasa  10/3/2026"),
        ("Lokasi: RT 02 RW ~05~ 07", "Lokasi: RT 02 RW  07"),
        # no strike: a tilde for "about", a signature's dash, a tilde left open
        ("warga ~10 org, pemuda ~ 5", "warga ~10 org, pemuda ~ 5"),
        ("~Aipda Rahmat", "~Aipda Rahmat"),
        ("jam 9~10 pagi", "jam 9~10 pagi"),
    ],
)
def test_struck_text_is_dropped_and_a_loose_tilde_kept(text: str, kept: str) -> None:
    assert struck_out(text) == kept


def test_a_struck_date_gives_way_to_the_one_after_it() -> None:
    text = "RALAT\nHari/tgl: Senin ~2/3~ 9/3/2026\nJam: 08.00\nGiat: DDS RT 02 RW ~04~ 06\nAipda Rahmat"
    parsed = parse_message(text, today=TODAY)
    assert (parsed.date, parsed.rw, parsed.types) == (dt.date(2026, 3, 9), 6, ["DDS"])
