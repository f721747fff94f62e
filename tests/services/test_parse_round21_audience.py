"""The chat-message parser, round 21: whom the officer met, where a miss
recurs in three or more independently written corpora — a head met with his
members, and a quarrel named as the occasion of a visit. Every example is
invented (each rule with cases where it must apply and one where it must
not)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a head and his members ----------------------------------------------------------------
# (heldout27/28/29: "ketua karang taruna + anggota ±15 org", "ketua karang taruna mas
# [tidak jelas] sama anggotanya kurang lebih dua puluh orang", "Korlap … Sdr. Bimo beserta
# ± 30 pemuda anggotanya": the README sums a head and his members, "Ketua DKM + pengurus
# masjid 4 = 5")


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Senin 9/2/2026 jam 20.00 cooling system di pos ronda Jl. Melati RT 02 RW 04. "
            "Hadir ketua karang taruna + anggota ±12 org, ketua RW 04. Aman. Aipda Rahmat",
            {"kelompok_pemuda": 13, "perangkat_rt_rw": 1},
        ),
        (
            "ijin ndan senin sembilan februari jam delapan malam sambang ke pos ronda jalan melati "
            "ketemu ketua karang taruna mas [tidak jelas] sama anggotanya kurang lebih sepuluh "
            "orang situasi aman aipda rahmat",
            {"kelompok_pemuda": 11},
        ),
        (
            # worded unlike any corpus message
            "Senin 9/2/2026 pkl 16.00 sambang ke pangkalan ojek Jl. Anggrek, bertemu "
            "Koordinator pangkalan Bang Udin beserta ± 8 pemuda anggotanya. Aman. Aipda Rahmat",
            {"kelompok_pemuda": 9},
        ),
    ],
)
def test_a_head_and_his_members_are_one_group(text: str, audience: dict[str, int]) -> None:
    assert parse_message(text, today=TODAY).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            # members of another kind, not his: "anggota linmas" is no count of his members
            "Senin 9/2/2026 jam 20.00 sambang pos ronda Jl. Melati RT 02 RW 04, bertemu "
            "Ketua RW 04 Bpk. Darto beserta 3 anggota linmas. Aman. Aipda Rahmat",
            {"perangkat_rt_rw": 1, "other": 3},
        ),
        (
            # a group after the head that is not said to be his members keeps its own kind
            "Senin 9/2/2026 pkl 16.00 sambang ke pangkalan ojek Jl. Anggrek, bertemu "
            "Koordinator pangkalan Bang Udin dan ± 8 pemuda. Aman. Aipda Rahmat",
            {"other": 1, "kelompok_pemuda": 8},
        ),
    ],
)
def test_a_group_not_told_to_be_his_members_stays_apart(
    text: str, audience: dict[str, int]
) -> None:
    assert parse_message(text, today=TODAY).audience == audience


# --- a quarrel named as the occasion ------------------------------------------------------
# (heldout15/21/28: "cooling system … pasca keributan antar pemuda RW 09 dan RW 05": the
# quarrel is over, its sides are not the parties brought before the officer)


def test_a_quarrel_over_before_the_visit_names_no_parties() -> None:
    parsed = parse_message(
        "Senin 9/2/2026 jam 19.00 cooling system di Sekretariat RW 03 Jl. Melati, pasca "
        "keributan antar pemuda RW 03 dan RW 05 minggu lalu. Hadir ketua karang taruna "
        "+ anggota ±10 org. Aman. Aipda Rahmat",
        today=TODAY,
    )
    assert parsed.audience == {"kelompok_pemuda": 11}


def test_a_quarrel_settled_on_the_visit_still_names_its_parties() -> None:
    parsed = parse_message(
        "Senin 9/2/2026 jam 19.00 problem solving di rumah Ketua RT 03 Jl. Melati, "
        "keributan antar 2 warga soal parkir motor, sdh damai disaksikan Ketua RT 03. "
        "Aman. Aipda Rahmat",
        today=TODAY,
    )
    assert parsed.audience == {"warga": 2, "perangkat_rt_rw": 1}
