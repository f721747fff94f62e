"""The narrative (Uraian kegiatan) an activity is offered with: its own words,
without the greeting that opens the message, the item's list mark, the
closing situation or the signature (round 21 audit: a pasted message of
three activities gave each report the greeting and "1. …")."""

from __future__ import annotations

import datetime as dt

from sambang_tui.services.parse.parser import parse_message, parse_reports

TODAY = dt.date(2024, 12, 4)

THREE = (
    "Selamat siang Komandan, ijin melaporkan kegiatan Bhabinkamtibmas Kel. Kenari hari Rabu "
    "4 Desember 2024:\n"
    "1. Pukul 08.30 WIB sambang ke Pos RW 03 Jl. Kenari II RT 02 RW 03, bertemu Ketua RW 03 "
    "dan 6 orang warga, menghimbau agar tidak terprovokasi hasil Pilkada.\n"
    "2. Pukul 10.00 WIB DDS di RT 05 RW 07 Jl. Salemba Tengah, mengunjungi 12 rumah warga, "
    "keluhan warga soal parkir liar.\n"
    "3. Pukul 19.30 WIB cooling system bersama kelompok pemuda ± 15 orang di Pos Kamling "
    "RT 01 RW 09.\n"
    "Situasi aman dan kondusif.\n"
    "Bripka Agus Setiawan"
)


def test_each_activity_of_a_list_tells_only_its_own_item() -> None:
    reports = parse_reports(THREE, TODAY)
    assert [r.narrative for r in reports] == [
        "Pukul 08.30 WIB sambang ke Pos RW 03 Jl. Kenari II RT 02 RW 03, bertemu Ketua RW 03 "
        "dan 6 orang warga, menghimbau agar tidak terprovokasi hasil Pilkada.",
        "Pukul 10.00 WIB DDS di RT 05 RW 07 Jl. Salemba Tengah, mengunjungi 12 rumah warga, "
        "keluhan warga soal parkir liar.",
        "Pukul 19.30 WIB cooling system bersama kelompok pemuda ± 15 orang di Pos Kamling "
        "RT 01 RW 09.",
    ]
    assert all(r.situation == "aman_kondusif" for r in reports)  # the closing still read


def test_one_item_under_the_greeting_loses_greeting_mark_and_close() -> None:
    one = "\n".join(THREE.split("\n")[:2] + THREE.split("\n")[-2:])
    parsed = parse_message(one, today=TODAY)
    assert parsed.narrative == (
        "Pukul 08.30 WIB sambang ke Pos RW 03 Jl. Kenari II RT 02 RW 03, bertemu Ketua RW 03 "
        "dan 6 orang warga, menghimbau agar tidak terprovokasi hasil Pilkada."
    )
    assert parsed.date == TODAY and parsed.situation == "aman_kondusif"


def test_the_address_before_the_report_on_its_line_goes() -> None:
    parsed = parse_message(
        "Ijin Komandan, melaporkan pada hari Rabu 4 Desember 2024 pukul 08.30 WIB sambang ke "
        "Pos RW 03 Jl. Kenari II, bertemu Ketua RW 03. Aman. Bripka Agus Setiawan",
        today=TODAY,
    )
    assert parsed.narrative == (
        "pada hari Rabu 4 Desember 2024 pukul 08.30 WIB sambang ke Pos RW 03 Jl. Kenari II, "
        "bertemu Ketua RW 03."
    )


def test_steps_of_one_activity_keep_their_numbers() -> None:
    parsed = parse_message(
        "Kegiatan sambang RW 03 Kel. Kenari pukul 09.00:\n1. Bertemu Ketua RW 03\n"
        "2. Menghimbau warga ronda malam",
        today=TODAY,
    )
    assert "1. Bertemu Ketua RW 03\n2. Menghimbau warga ronda malam" in parsed.narrative


def test_a_greeting_that_tells_the_activity_stays() -> None:
    parsed = parse_message(
        "Ijin lapor kegiatan sambang di RT 02 RW 03 Kel. Kenari pukul 09.00 bertemu warga",
        today=TODAY,
    )
    assert parsed.narrative.startswith("kegiatan sambang di RT 02 RW 03")


ROMAN = (
    "Ijin lapor Ndan, Bhabin Kel. Kenari Aipda Agus Setiawan hari ini Rabu 4/12/2024:\n"
    "I{m} Pukul 08.30 WIB sambang ke Pos RW 05 RT 02 Kel. Kenari, bertemu warga 6 orang, "
    "menghimbau jaga kamtibmas.\n"
    "II{m} Pukul 13.00 WIB DDS di RT 04 RW 08 Kel. Kenari, 10 KK dikunjungi, keluhan warga "
    "soal penerangan jalan.\n"
    "Situasi aman kondusif."
)


def test_a_roman_numbered_item_loses_its_numeral_only() -> None:
    """ "I." / "II)" number the items as "1." does: the narrative starts with
    the item's own words; every other field read as before."""
    for mark in (".", ")"):
        reports = parse_reports(ROMAN.format(m=mark), TODAY)
        arabic = parse_reports(ROMAN.replace("II{m}", "2.").replace("I{m}", "1."), TODAY)
        assert [r.narrative for r in reports] == [
            "Pukul 08.30 WIB sambang ke Pos RW 05 RT 02 Kel. Kenari, bertemu warga 6 orang, "
            "menghimbau jaga kamtibmas.",
            "Pukul 13.00 WIB DDS di RT 04 RW 08 Kel. Kenari, 10 KK dikunjungi, keluhan warga "
            "soal penerangan jalan.",
        ]
        for roman, numbered in zip(reports, arabic, strict=True):
            assert (roman.start_time, roman.rw, roman.rt, roman.types) == (
                numbered.start_time,
                numbered.rw,
                numbered.rt,
                numbered.types,
            )


HEADED = """Selamat pagi Komandan, ijin melaporkan 2 kegiatan hari ini.

{first}
Pukul 09.00 WIB sambang tokoh masyarakat di Jl. Kenari Raya RT 03 RW 02 Kel. Kenari.

{second}
Pukul 14.00 WIB binluh remaja masjid di Jl. Salemba Tengah RW 05 Kel. Kenari.

Bripka Agus Setiawan
"""


def test_a_line_heading_its_item_stays_out() -> None:
    """ "Kegiatan I", "Giat ke-2:", "KEGIATAN PERTAMA" over an item head it, as
    its number would: the narrative is the item's own words."""
    for first, second in (
        ("Kegiatan I", "Kegiatan II"),
        ("Giat ke-1:", "Giat ke-2:"),
        ("KEGIATAN PERTAMA", "KEGIATAN KEDUA"),
    ):
        reports = parse_reports(HEADED.format(first=first, second=second), TODAY)
        assert [r.narrative for r in reports] == [
            "Pukul 09.00 WIB sambang tokoh masyarakat di Jl. Kenari Raya RT 03 RW 02 Kel. Kenari.",
            "Pukul 14.00 WIB binluh remaja masjid di Jl. Salemba Tengah RW 05 Kel. Kenari.",
        ]


def test_a_line_naming_the_activity_is_no_heading() -> None:
    text = "Kegiatan sambang\nPukul 09.00 WIB di Jl. Kenari Raya RT 03 RW 02 Kel. Kenari.\n"
    assert parse_reports(text, TODAY)[0].narrative.startswith("Kegiatan sambang")
