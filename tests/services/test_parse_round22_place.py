"""The chat-message parser, round 22, the place: rules about where a place
sits in a message, each seen in three or more corpora and in at least two
of the three writer pools. Every message is invented; each rule has cases
where it must apply and cases where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- the RT/RW and the street told after "di" ------------------------------------------
# (a venue with no street named first — "lagi di lapangan", "dimediasi di rumah Pak RT",
# "dari rumah ke rumah" — and the area told as where: "di RT 6 RW 2, Jalan X")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Izin ndan, kemarin sore sy problem solving di RT 4 RW 3, Jalan Anggrek Raya. "
            "Dua tetangga ribut soal parkir, sdh dimediasi di rumah Pak RT. Aman.\nAipda Rahmat",
            "Jalan Anggrek Raya",
        ),
        (
            "Selasa 10/2/2026 pkl 09.00 Bripka Sandi melaksanakan DDS (dari rumah ke rumah) di "
            "RT 002 s.d. RT 004 RW 06 Kel. Cempaka, Jl. Mawar Putih. Dikunjungi 12 KK. Aman.",
            "Jl. Mawar Putih",
        ),
        (
            # worded unlike any corpus message
            "ijin ndan ini lagi di lapangan, tadi pagi sambang di rw 5 jalan dahlia dua, warga "
            "minta lampu gang diganti. aman ndan. sandi cempaka",
            "jalan dahlia dua",
        ),
    ],
)
def test_the_street_after_the_area_told_as_where_is_the_place(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the venue is told with its own street: the area's street elsewhere does not replace it
        (
            "Sambang ke Masjid Al-Ikhlas Jl. Melati, ketemu pengurus. Info ada maling di RT 4 "
            "RW 3 Jl. Anggrek. Aman. Aipda Rahmat",
            "Masjid Al-Ikhlas Jl. Melati",
        ),
        # the area is whose, not where ("warga RT 4 RW 3"): no "di" before it
        (
            "Binluh di aula kantor kelurahan, hadir warga RT 4 RW 3 Jl. Anggrek ± 20 org. Aman. "
            "Aipda Rahmat",
            "",
        ),
    ],
)
def test_a_street_not_told_as_where_does_not_replace_the_place(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place
