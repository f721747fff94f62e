"""The chat-message parser, round 25, lane "when": the date, the clock and how many
reports a message holds, only where a form recurs in three or more corpora of two or
more writer pools. Every example is invented; each rule has cases where it must apply
and where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 3, 10)  # a Tuesday


# --- a month in Roman numerals: "08-XII-2025", "10/IV/2025", "24 I 2026" ------------------
# (heldout38, heldout39, heldout43: forms and letters write the month as a Roman numeral)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Lapor giat sambang\n1. Hari/Tgl : Senin, 02-III-2026\n2. Jam : 09.00 s.d. 10.00\n"
            "3. Lokasi : Pos RW 04 Jl. Melati\nAipda Rahmat",
            dt.date(2026, 3, 2),
        ),
        (
            "Sambang pos ronda Jl. Anggrek, 7/II/2026 jam 21.00, aman. Bripka Dedi",
            dt.date(2026, 2, 7),
        ),
        ("DDS Gg. Mawar RT 03 RW 02, Kamis 5.III.2026 pkl 10.00, 8 KK. Aman", dt.date(2026, 3, 5)),
        ("BINLUH DI SMPN 9, SENIN 23-II-26 PKL 08.00, SISWA 80. AMAN", dt.date(2026, 2, 23)),
        ("tgl 28 XI 2025 sambang ke ketua rw 05 jl. cempaka, aman", dt.date(2025, 11, 28)),
        ("Jumat 12/xii/2025 patroli dialogis di pasar, aman", dt.date(2025, 12, 12)),
    ],
)
def test_a_roman_numeral_month_is_read(text: str, date: dt.date) -> None:
    assert parse_message(text, today=TODAY).date == date


@pytest.mark.parametrize(
    "text",
    [
        # a street's Roman number with a year after it, no day before
        "Sambang warga Jl. Kenari Gg. V 2026 dibahas ronda, aman. Aipda Rahmat",
        # a block's number, an RT before it
        "Sambang ke RT 03-IV-2026 warga, aman",
        # no year: a Roman list number, not a month
        "Sambang ke 3 II warung, aman",
        # a month that does not exist
        "Sambang 31-II-2026 jam 09.00, aman",
    ],
)
def test_a_roman_numeral_that_is_no_month_gives_no_date(text: str) -> None:
    assert parse_message(text, today=TODAY).date is None


def test_a_weekday_that_disagrees_leaves_the_roman_date_in_doubt() -> None:
    parsed = parse_message("Hari/Tgl : Rabu, 02-III-2026\nKegiatan : sambang", today=TODAY)
    assert parsed.date is None


# --- a forwarded e-mail's "Tgl kirim:" with a numeric or Roman date -----------------------
# (the sending day, not the activity's: without it the Roman-month rule would read it)


@pytest.mark.parametrize(
    "sent", ["Jumat 06-III-2026 07.05", "06/03/2026 07.05", "6 Mar 2026 07.05"]
)
def test_a_forward_header_date_is_the_sending_day(sent: str) -> None:
    text = (
        "---------- Forwarded message ----------\n"
        f"Dari: Aipda Rahmat\nTgl kirim: {sent}\n"
        "Lapor, giat sambang Kamis 05-III-2026 pkl. 15.00 s.d. 16.00 di Pos RW 02 Jl. Melati. Aman"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.date == dt.date(2026, 3, 5)
    assert parsed.start_time == dt.time(15)


def test_a_labelled_date_without_a_banner_is_no_forward_header() -> None:
    text = "Tgl kirim: 06/03/2026 07.05\nSambang Pos RW 02 Jl. Melati, aman"
    assert parse_message(text, today=TODAY).date == dt.date(2026, 3, 6)


# --- a weekday's three letters and a dashed day-month after a weekday ----------------------
# (heldout36 "Sab 05.07.2025", heldout39 "Sen, 02.06.25", heldout41 "Sen 10-3", "Sabtu 19-7")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("1. Hr/tgl: Sab 07.03.2026\n2. Jam: 20.00\n3. Sambang pos ronda", dt.date(2026, 3, 7)),
        ("Rab, 04.03.26 | 09.00 | DDS Gg. Mawar | 10 KK | aman", dt.date(2026, 3, 4)),
        ("Sen 9-3 | 19.30 | patroli dialogis | Jl. Anggrek | aman", dt.date(2026, 3, 9)),
        ("1. Sabtu 7-3 malem jam 21.00\n2. Pos Kamling RW 02\n3. Aman", dt.date(2026, 3, 7)),
        ("kam, 5-3 sambang ke ketua rt 04 jl. melati, aman", dt.date(2026, 3, 5)),
    ],
)
def test_a_short_weekday_or_a_dashed_day_after_a_weekday_is_a_date(
    text: str, date: dt.date
) -> None:
    assert parse_message(text, today=TODAY).date == date


@pytest.mark.parametrize(
    "text",
    [
        # a dashed day-month without a weekday: a count or a range
        "Sambang ronda, warga 10-12 orang, aman",
        # the weekday disagrees (10 March 2026 is a Tuesday)
        "Sen 10-3 | 19.30 | patroli dialogis | aman",
        # a dotted day-month without a year is a clock
        "Sab 05.07 sambang pos ronda, aman",
    ],
)
def test_a_dashed_or_dotted_pair_without_an_agreeing_weekday_is_no_date(text: str) -> None:
    assert parse_message(text, today=TODAY).date is None


# --- "Senin kemarin", "Sabtu lalu": the last such weekday before today ---------------------
# (heldout26 "Sabtu lalu", heldout34 "sabtu kmrn", heldout41 "Senin kemarin", "SENIN LALU")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Izin lapor kegiatan Senin kemarin, sambang pos RW 04 Jl. Melati, aman",
            dt.date(2026, 3, 9),
        ),
        ("Giat PD sabtu kmrn jam 14.30 di pangkalan ojol jl anggrek, aman", dt.date(2026, 3, 7)),
        ("KAMIS LALU JAM 8 MALAM SY CEK POS RW 02, AMAN", dt.date(2026, 3, 5)),
        # today's own weekday said "kemaren": a week back, never today
        ("selasa kemaren ane sambang warung jl cempaka, aman", dt.date(2026, 3, 3)),
    ],
)
def test_a_past_weekday_is_the_last_one_before_today(text: str, date: dt.date) -> None:
    assert parse_message(text, today=TODAY).date == date


@pytest.mark.parametrize(
    "text",
    [
        # "Minggu lalu" is last week
        "Sambang pos ronda, warga bilang minggu lalu ada maling helm. Aman",
    ],
)
def test_last_week_gives_no_date(text: str) -> None:
    assert parse_message(text, today=TODAY).date is None


def test_the_eve_of_a_past_weekday_is_left_to_the_eve_rule() -> None:
    parsed = parse_message("malam sabtu kmrn patroli dialogis jl anggrek, aman", today=TODAY)
    assert parsed.date == dt.date(2026, 3, 6)
