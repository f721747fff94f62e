"""The chat-message parser, round 16 of issue #15: the date, the times, the
officer, the kelurahan, RW/RT and the activity types, only where a miss
pattern recurs in three or more independently written corpora (H14). Every
example is invented (three or more phrasings per rule, at least one worded
unlike any corpus message, and at least one where the rule must not apply)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a template's time field that holds the date too --------------------------------------
# (nine corpora: "I. Waktu : Senin, 2 Juni 2025 pkl 10.15 WIB", "WAKTU : SENIN 19 JAN 2026 JAM 20.00")


@pytest.mark.parametrize(
    ("text", "date", "start"),
    [
        (
            "LAPORAN DDS\nI. Waktu : Senin, 9 Februari 2026 pkl 10.15 WIB\n"
            "II. Tempat : Jl. Melati RT 02 RW 04\nAipda Rahmat",
            dt.date(2026, 2, 9),
            dt.time(10, 15),
        ),
        (
            "a. Waktu : Sabtu, 7 Februari 2026, pukul 19.00 s.d. 21.00\nb. Lokasi : Pos ronda Jl. Anggrek",
            dt.date(2026, 2, 7),
            dt.time(19),
        ),
        (
            # worded unlike any corpus message
            "Jam pelaksanaan : Selasa 10-02-2026 jam 08.30\nKegiatan : sambang warga Jl. Cempaka",
            dt.date(2026, 2, 10),
            dt.time(8, 30),
        ),
        (
            # the time field holds no date: the date is read where it is written
            "Senin 9/2/2026 sambang ke Jl. Dahlia, aman.\nWaktu : pkl 09.00 WIB",
            dt.date(2026, 2, 9),
            dt.time(9),
        ),
    ],
)
def test_the_date_written_in_the_time_field_is_read(
    text: str, date: dt.date, start: dt.time
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.date == date
    assert parsed.start_time == start


def test_a_time_field_whose_weekday_disagrees_leaves_the_date_empty() -> None:
    # 9 February 2026 is a Monday, not a Friday: in doubt, left empty
    parsed = parse_message(
        "Waktu : Jumat, 9 Februari 2026 pkl 10.00\nSambang Jl. Melati", today=TODAY
    )
    assert parsed.date is None
    assert "date" in parsed.doubtful
