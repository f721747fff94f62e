"""The chat-message parser, round 21, lane "when": a report typed as a table
(a header row naming the columns, a row per activity) and a clock written
right after the date that ends its sentence. Every message is invented; each
rule has cases where it must apply and cases where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports
from sambang_tui.services.parse.tables import untabled

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a table: a header row naming the columns, a row per activity ------------------------


def test_pipe_table_rows_are_reports() -> None:
    text = (
        "REKAP GIAT BHABIN KEL. MAWAR\n"
        "Selasa 10 Februari 2026\n"
        "No | Jam | Kegiatan | Lokasi | Ket\n"
        "1 | 07.30-08.30 | Sambang | Pangkalan ojek Jl. Anggrek Raya | ojek 6 org, aman\n"
        "2 | 13.00-14.45 | DDS | Jl. Melati II RT 03 RW 05 | 9 KK, keluhan got mampet\n"
        "Aipda Rahmat Hidayat"
    )
    reports = parse_reports(text, today=TODAY)
    assert [(r.start_time, r.end_time) for r in reports] == [
        (dt.time(7, 30), dt.time(8, 30)),
        (dt.time(13), dt.time(14, 45)),
    ]
    assert all(r.date == dt.date(2026, 2, 10) for r in reports)
    assert [r.types for r in reports] == [["SB"], ["DDS"]]


def test_spreadsheet_tabs_one_row() -> None:
    # worded unlike any corpus message: a single row pasted from a spreadsheet
    text = (
        "Tgl\tWaktu\tGiat\tTempat\tSikon\n"
        "09/02/2026\t19.00-21.30\tPatroli dialogis\tPos kamling Jl. Dahlia\taman\n"
        "Bripka Sandi"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.date == dt.date(2026, 2, 9)
    assert (parsed.start_time, parsed.end_time) == (dt.time(19), dt.time(21, 30))
    assert parsed.types == ["PD"]


def test_rows_become_labelled_lines() -> None:
    text = "No | Jam | Giat\n1 | 08.00 | Sambang\n2 | 10.00 | DDS"
    assert untabled(text) == "1. Jam : 08.00\nGiat : Sambang\n2. Jam : 10.00\nGiat : DDS"


@pytest.mark.parametrize(
    "text",
    [
        # a line with pipes that names no columns is no table
        "sambang | pos ronda | aman | aipda rahmat",
        # values only, no header row
        "08.00 | Sambang | Jl. Melati\n10.00 | DDS | Jl. Anggrek",
        # a header alone, with no row under it
        "Jam | Kegiatan | Lokasi\nsambang pos ronda jam 8, aman",
        # one cell split off: prose with a slash-like bar
        "Sambang Jl. Melati | aman",
    ],
)
def test_no_table(text: str) -> None:
    assert untabled(text) == text


# --- a clock right after the date, ending its sentence -----------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "Sbg pos ronda Jl. Kenanga, Sen 9/2 19.45. Ktm 3 wrg ronda. Aman. Bripka Sandi",
            dt.time(19, 45),
        ),
        (
            "Giat DDS Jl. Melati RT 2 RW 4, 7 KK, keluhan lampu jalan. Senin 9 Feb 26, 10.15. "
            "Aman. Aipda Rahmat",
            dt.time(10, 15),
        ),
    ],
)
def test_clock_after_date_ending_sentence(text: str, start: dt.time) -> None:
    assert parse_message(text, today=TODAY).start_time == start


def test_decimal_after_date_is_no_clock() -> None:
    text = "Sambang warung Jl. Kenanga Sen 9/2 12.5.3 aman. Bripka Sandi"
    assert parse_message(text, today=TODAY).start_time is None
