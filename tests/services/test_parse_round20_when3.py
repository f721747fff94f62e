"""The chat-message parser, round 20 (third wave, lane when3): the officer
and the end time, only where a miss pattern recurs in three or more
independently written corpora, or where the parser cut short a rule it
already applies. Every example is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a terse message signed with a name of three letters ---------------------------------
# (three corpora: "… situasi aman. dwi", "…, Dwi", "… aman trkendali. dwi h", "Dwi H 🙏" on a
# line of its own) — still only as a whole name-word of exactly one of the station's officers


@pytest.mark.parametrize(
    "text",
    [
        "sambang warung kopi jl kramat sentiong, ngobrol sm pemilik. aman. dwi",
        "dds rw 07 kramat 9 kk, keluhan got mampet, Dwi",
        # worded unlike any corpus message
        "Patroli dialogis pos ronda Jl. Kramat Pulo, 4 wrg ronda\nkondusif\n\nDwi H. 👍",
    ],
)
def test_a_three_letter_signature_names_the_officer(demo_actor, text: str) -> None:
    parsed = parse_message(text, today=TODAY, actor=demo_actor)
    assert parsed.officer_id is not None
    assert "dwi" in parsed.officer_label.casefold()


@pytest.mark.parametrize(
    "text",
    [
        # the rule must not apply: a three-letter word that is no officer's name-word
        "sambang warung kopi jl kramat sentiong, ngobrol sm pemilik. aman. thx",
        "dds rw 07 kramat 9 kk, keluhan got mampet. Ada",
    ],
)
def test_a_three_letter_last_word_that_is_no_name_names_no_officer(demo_actor, text: str) -> None:
    assert parse_message(text, today=TODAY, actor=demo_actor).officer_id is None


# --- the date and clock written last keep the end of their range -------------------------
# (the close of a message read for its date and clock cut the clock 30 characters after
# the date: "… pada hari Kamis tanggal 22 Mei 2025 pukul 15.30 WIB sampai dengan 17.00 WIB.")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Bhabinkamtibmas melaksanakan sambang ke pos ronda Jl. Melati, dengan menemui 5 "
            "warga, dalam kesempatan tersebut warga mengeluhkan lampu jalan mati, menanggapi "
            "hal itu Bhabin menghimbau warga agar mengunci motor dengan kunci ganda, kegiatan "
            "dilaksanakan hari Senin tanggal 9 Februari 2026 pukul 19.30 WIB s.d. 21.00 WIB.",
            dt.time(19, 30),
            dt.time(21),
        ),
        # the rule must not apply: a clock with no range has no end
        (
            "Bhabinkamtibmas melaksanakan sambang ke pos ronda Jl. Melati, dengan menemui 5 "
            "warga, dalam kesempatan tersebut warga mengeluhkan lampu jalan mati, menanggapi "
            "hal itu Bhabin menghimbau warga agar mengunci motor dengan kunci ganda, kegiatan "
            "dilaksanakan hari Senin tanggal 9 Februari 2026 pukul 19.30 WIB, terima kasih.",
            dt.time(19, 30),
            None,
        ),
    ],
)
def test_the_closing_date_s_clock_keeps_its_range(
    text: str, start: dt.time, end: dt.time | None
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert (parsed.date, parsed.start_time, parsed.end_time) == (dt.date(2026, 2, 9), start, end)
