"""The chat-message parser, round 20 (second wave), lane counts: where the
number of the people met is written. Each rule recurs in three or more
independently written corpora; every example is invented, with cases where
the rule must apply and cases where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.audience import find_audience

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a head's range said in words: one head for each number ---------------------------------
# (heldout2, heldout14, heldout22: "Ketua RT 01 s/d RT 06", both ends written as RTs)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("sambang dgn ketua rt 02 sd rt 04 di pos rw 05, aman", {"perangkat_rt_rw": 3}),
        ("Ditemui : Ketua RW 03, Ketua RT 01 s/d RT 07", {"perangkat_rt_rw": 8}),
        (
            "rapat di kelurahan, hadir Lurah dan Ketua RW 01 sampai RW 06.",
            {"other": 1, "perangkat_rt_rw": 6},
        ),
        ("Dihadiri : Ketua RW 01 s.d. 06", {"perangkat_rt_rw": None}),  # bare numbers: areas
        ("ktm KETUA RT 001 S.D. 003 RW 02 di balai", {"perangkat_rt_rw": None}),  # a list of areas
        ("Dihadiri : Ketua RT 01-04", {"perangkat_rt_rw": None}),  # a hyphen: no run said in words
        # the count written for them still decides
        ("Sasaran : Ketua RT 01 s/d RT 05 (4 org)", {"perangkat_rt_rw": 4}),
    ],
)
def test_range_of_heads_counts_each(text: str, want: dict[str, int | None]) -> None:
    assert find_audience(text) == want


def test_range_of_heads_in_a_template() -> None:
    text = (
        "Laporan giat Bhabin Kel. Melati\n1. Hari/tgl : Senin, 9 Februari 2026\n"
        "2. Tempat : Balai RW 04 Jl. Anggrek\n3. Kegiatan : Sambang\n"
        "4. Yang ditemui : Ketua RW 04 dan Ketua RT 01 s.d. RT 05\n5. Situasi : aman\nAipda Rahmat"
    )
    assert parse_message(text, today=TODAY).audience == {"perangkat_rt_rw": 6}


# --- a head with his members, their number written after them ---------------------------------
# (heldout19, heldout25, heldout27: "ketua pangkalan sama anggotanya kurang lebih sepuluh orang")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "ane ketemu ama ketua pangkalan ojek sama anggotanya kurang lebih 8 orang",
            {"other": 9},
        ),
        (
            "sambang ke sekretariat karang taruna ketemu ketua karang taruna sama anggotanya kira kira dua belas orang",
            {"kelompok_pemuda": 13},
        ),
        ("bertemu Ketua DKM beserta pengurusnya sekitar 4 org", {"tokoh_agama": 5}),
        # no members: the count after the group is the group's own
        ("ketemu pemuda karang taruna kira-kira 12 orang", {"kelompok_pemuda": 12}),
        ("ketemu ketua RW, warga kira kira 20 orang", {"perangkat_rt_rw": 1, "warga": 20}),
    ],
)
def test_members_counted_after_them(text: str, want: dict[str, int | None]) -> None:
    assert find_audience(text) == want
