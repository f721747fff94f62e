"""The chat-message parser, round 24, lane "when": what a writer crossed out,
and how a date is written. Every example is invented (not copied from any
corpus), each rule with a case where it must apply and one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports
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


# --- the code BL in capitals, and a code after the activity's clock ----------------------
# (heldout33, 36, 37: "1. 08.30 BL di SDN …", "09.00-10.00 BL di SMP …", "BL di SMP …")


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("BL di SMPN 12 Jl. Anggrek, siswa kls 8 ± 40, materi narkoba. aman. Aipda Rahmat", ["BL"]),
        (
            "Senin 9/3 13.00-14.00 BL ke karang taruna RW 04 ttg balap liar. aman. Bripka Sugeng",
            ["BL"],
        ),
        (
            "Jam 10.15 SB ke rumah Ketua RT 03 Jl. Mawar, ngobrol soal ronda. aman. Aipda Rahmat",
            ["SB"],
        ),
        # a number plate's letters, not the code
        (
            "DDS Gg. Mawar RT 02, ada motor B 4512 BL parkir liar 3 hari. aman. Aipda Rahmat",
            ["DDS"],
        ),
        ("Sambang pos ojol, mobil B 1234 SB sering ngetem. aman. Bripka Sugeng", ["SB"]),
    ],
)
def test_the_code_bl_and_a_code_after_a_clock_are_types(text: str, types: list[str]) -> None:
    assert parse_message(text, today=TODAY).types == types


def test_numbered_items_opened_by_a_clock_and_a_code_are_reports_of_their_own() -> None:
    text = (
        "Lap 2 giat hr ini (Rabu 11/3/26):\n"
        "1. 09.00 BL di SDN Anggrek 03, siswa ± 50, materi bullying. aman\n"
        "2. 13.30 SB ke Ketua RW 04 Jl. Cempaka, bahas ronda. aman\nAipda Rahmat"
    )
    reports = parse_reports(text, today=TODAY)
    assert [(r.start_time, r.types) for r in reports] == [
        (dt.time(9), ["BL"]),
        (dt.time(13, 30), ["SB"]),
    ]


# --- an activity named in a hashtag ------------------------------------------------------
# (heldout24, 31, 33, 36, 39: "#laporan #sambang #paseban", "🚓 #SambangPaseban #DDS",
# "Izin lapor giat #DDS #Sambang", "… | #DeteksiDini | …")


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "#laporan #sambang #cempaka\nSenin 9/3/26 | 10.00\nLokasi: Pos RW 04 Jl. Anggrek\n"
            "Sit: aman\nAipda Rahmat",
            ["SB"],
        ),
        (
            "Izin lapor giat #DDS #Sambang\n1. Sel, 10.03.26\n2. 09.00\n3. Gg. Mawar RT 02 RW 03\n"
            "4. Dikunjungi 8 KK\nAipda Rahmat",
            ["DDS", "SB"],
        ),
        (
            # worded unlike any corpus message: tags run together in capitals, after the report
            "Jl. Cempaka RT 01 RW 05 jam 20.00, ngobrol dgn pemuda 6 org. aman. Bripka Sugeng\n"
            "#PatroliDialogis #CoolingSystem #PolriPresisi",
            ["PD", "CS"],
        ),
    ],
)
def test_a_hashtag_naming_an_activity_gives_the_type(text: str, types: list[str]) -> None:
    assert parse_message(text, today=TODAY).types == types


def test_hashtags_naming_no_activity_give_no_type() -> None:
    text = (
        "#polrihadir #MingguCurhat\nJl. Cempaka RT 01 jam 07.00, gowes bareng 20 org. Bripka Sugeng"
    )
    assert parse_message(text, today=TODAY).types == []


def test_the_words_in_the_message_come_before_its_hashtags() -> None:
    # the message names its activity: the caption's tags add nothing
    text = "DDS Gg. Mawar RT 02 jam 09.00, 10 KK. aman. Aipda Rahmat\n#sambang #polrihadir"
    assert parse_message(text, today=TODAY).types == ["DDS"]


# --- four digits right after a day and month: the clock ----------------------------------
# (heldout35-37 and 38-40: "Kramat 14/1 1930-2030 PD …", "- Sen 11/8 1900 sambang …",
# "Sambang Kms 19/2 0800 Psr …")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Cempaka 9/3 1930-2100 PD Jl. Anggrek RW 04, pemuda 5. aman. Bripka Sugeng",
            dt.time(19, 30),
            dt.time(21),
        ),
        (
            "Sambang Sen 9/3 0815 pos ojol Jl. Mawar, driver 4. aman. Aipda Rahmat",
            dt.time(8, 15),
            None,
        ),
        # worded unlike any corpus message: the range written with "s/d"
        (
            "DDS Gg. Melati tgl 10/3 1300 s/d 1430, 9 KK. aman. Aipda Rahmat",
            dt.time(13),
            dt.time(14, 30),
        ),
    ],
)
def test_four_digits_after_a_day_and_month_are_the_clock(
    text: str, start: dt.time, end: dt.time | None
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert (parsed.start_time, parsed.end_time) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Sambang Senin 9/3 2026 pos ojol Jl. Mawar, driver 4. aman. Aipda Rahmat",  # a year
        "Pengamanan bazar 8/3 1200 orang hadir di lapangan RW 02. aman. Aipda Rahmat",  # a count
    ],
)
def test_four_digits_that_are_a_year_or_a_count_are_no_clock(text: str) -> None:
    assert parse_message(text, today=TODAY).start_time is None
