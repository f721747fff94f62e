"""The chat-message parser, round 23: whom the officer met, only where a
pattern recurs in three or more corpora and gains in two or more writer
pools. Every example is invented (styles Bhabins write, at least one case
per rule where it must not apply)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a religious head and his board, its count after it ---------------------------------
# ("Ketua DKM & pengurus 3 org", "Ustadz X dan pengurus majelis 3 org", "DKM 1, pengurus 3":
# the board of the body the head leads is of his kind and summed with him, as the README's
# "Ketua DKM + pengurus masjid 4 = tokoh_agama 5")


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Ijin ndan, ba'da Ashar sambang Masjid Al-Falah Jl. Cempaka Putih, ketemu Ketua DKM "
            "H. Sobri & pengurus 2 org. Sy himbau jaga kotak amal. Aman. Aipda Rahmat",
            {"tokoh_agama": 3},
        ),
        (
            "1. Senin 9/2/2026 ba'da Isya\n2. Sambang Musholla Al-Amin Jl. Anggrek\n"
            "3. Bertemu Ustadz Hasan dan pengurus musholla 4 orang\n4. Sit: aman\nBripka Dedi",
            {"tokoh_agama": 5},
        ),
        (
            "SB musholla Nurul Huda jl melati 9/2/2026 ba'da magrib\n"
            "ktm: DKM 1, pengurus 2, jamaah ±15\naman\nAipda Yusuf",
            {"tokoh_agama": 3, "warga": 15},
        ),
    ],
)
def test_a_religious_heads_board_counted_after_it_is_his_kind(
    text: str, audience: dict[str, int | None]
) -> None:
    assert parse_message(text, today=TODAY).audience == audience


def test_another_bodys_board_is_not_the_heads() -> None:
    # "pengurus PKK 6": a body of its own, not the imam's board
    text = (
        "Sambang Masjid Al-Falah Jl. Cempaka, 9/2/2026 pkl 10.00, ketemu Ustadz Hasan "
        "dan pengurus PKK 6 org. Situasi aman. Aipda Rahmat"
    )
    assert parse_message(text, today=TODAY).audience.get("tokoh_agama") == 1


def test_a_list_without_a_board_is_unchanged() -> None:
    # a comma before another group than the board joins nothing
    text = (
        "SB musholla Nurul Huda jl melati 9/2/2026 ba'da magrib\n"
        "ktm: DKM 1, jamaah ±15\naman\nAipda Yusuf"
    )
    assert parse_message(text, today=TODAY).audience == {"tokoh_agama": 1, "warga": 15}


# --- mothers with their small children, one count for the lot -----------------------------
# ("ibu2 + balita sktr 30", "ibu balita ± 20", "ibu-ibu yg membawa balita ± 25 org": at a
# posyandu the mothers and their toddlers are residents, counted together)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Sambang posyandu Mawar RW 03 — kader 5, ibu2 + balita sktr 25. Aman. 9/2 09.00. "
            "Bripka Andi",
            {"other": 5, "warga": 25},
        ),
        (
            "Melati, 9/2/26. Binluh di Posyandu Kenanga RW 01. Kader 4, ibu balita ± 15. "
            "Materi penculikan anak. Aman. Aipda Rudi",
            {"other": 4, "warga": 15},
        ),
        (
            # worded unlike any corpus message
            "9/2/2026 jam 10.00 sambang posyandu Dahlia, ngobrol dgn emak2 dan anak-anak kurleb "
            "12 org soal jajanan. Aman. Bripka Andi",
            {"warga": 12},
        ),
    ],
)
def test_mothers_and_their_children_are_counted_together(
    text: str, audience: dict[str, int | None]
) -> None:
    assert parse_message(text, today=TODAY).audience == audience


def test_a_number_of_visits_is_no_count_of_mothers() -> None:
    # "3 kali": no approximation, no unit of people: the mothers stay uncounted
    text = (
        "9/2/2026 sambang posyandu Dahlia RW 02, ibu2 bawa balita 3 kali sebulan ke posyandu. "
        "Kader 4. Aman. Bripka Andi"
    )
    assert parse_message(text, today=TODAY).audience.get("warga") is None
