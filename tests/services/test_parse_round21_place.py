"""The chat-message parser, round 21, the place: rules about where a place
sits in a message and what ends it, each seen in three or more corpora.
Every message is invented; each rule has cases where it must apply and
cases where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- an item or a column that is only a place ---------------------------------------------
# (a numbered list or a dash strip with the place as an unlabelled item, the prose naming a
# place noun without a street first: "1. Sambang kantor … 2. Kantor PT X, Jl. Y")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Izin ndan\n1️⃣ Sambang kontrakan\n2️⃣ Selasa 10/2/2026 pkl 15.00\n"
            "3️⃣ Kontrakan Pak Darmo Jl. Anggrek Dalam RT 04 RW 02\n4️⃣ Aman\nBripka Sandi",
            "Kontrakan Pak Darmo Jl. Anggrek Dalam",
        ),
        (
            "Lapor giat kemarin\n1. Sambang kantor & sosialisasi uang palsu\n"
            "2. Kantor CV Maju Terus, Jl. Cempaka Putih No. 12 Kel. Cempaka\n"
            "3. Jam 10.00 - 11.00\n4. Aman\nAipda Rahmat",
            "Kantor CV Maju Terus, Jl. Cempaka Putih No. 12",
        ),
        (
            # worded unlike any corpus message
            "CEMPAKA RW 02 – SELASA 10/2 – SAMPING MUSHOLLA AN-NUR JL. MAWAR IV – DDS – WARGA "
            "CERITA MALING DI MUSHOLLA 2 KALI – AMAN – AIPTU BUDI",
            "SAMPING MUSHOLLA AN-NUR JL. MAWAR IV",
        ),
    ],
)
def test_an_item_that_is_only_a_place_is_the_place(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the prose names the place with its street: the other line is not read
        (
            "Sambang ke warung Bu Ani Jl. Melati, ngobrol dgn pemilik.\nPos Kamling Jl. Anggrek\n"
            "Aman. Aipda Rahmat",
            "warung Bu Ani Jl. Melati",
        ),
        # an item that goes on past its place is no place item: the place stays in doubt
        (
            "Lapor giat\n1. Sambang kantor\n2. Kantor lama di Jl. Mawar sudah kosong\n3. Aman\n"
            "Aipda Rahmat",
            "",
        ),
    ],
)
def test_an_item_is_not_read_when_the_prose_or_the_item_says_otherwise(
    text: str, place: str
) -> None:
    assert parse_message(text, today=TODAY).place == place


# --- the words between "di"/"ke" and a street are the venue in it ---------------------------
# ("siaga banjir di pintu air Jl. X", "sambang ke GKI X di Jl. Y", "di tenda jalan Gg. Z")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Selasa 10/2 pkl 21.00 siaga banjir di pintu air Jl. Kali Baru RW 02, air naik 30 cm. "
            "Aman. Aiptu Budi",
            "pintu air Jl. Kali Baru",
        ),
        (
            "Senin 9/2 pkl 19.00 sambang ke GPdI Imanuel di Jl. Cempaka, ktm pendeta. Aman. "
            "Aipda Rahmat",
            "GPdI Imanuel di Jl. Cempaka",
        ),
        (
            # worded unlike any corpus message
            "Minggu 8/2 pkl 08.00 PKM lomba di panggung utama Jl. Anggrek RT 3, ktm panitia 4. Aman.",
            "panggung utama Jl. Anggrek",
        ),
    ],
)
def test_the_words_before_a_street_are_its_venue(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # whom, not where
        ("Senin 9/2 pkl 10.00 sambang ke warga di Jl. Melati, ktm 5 org. Aman.", "Jl. Melati"),
        # "wilayah" is read apart
        ("Senin 9/2 pkl 16.00 patroli di wilayah Jl. Kenanga, aman.", "Jl. Kenanga"),
        # an area is no venue
        (
            "Senin 9/2 pkl 10.00 DDS di perbatasan kedua kelurahan di Jl. Melati. Aman.",
            "Jl. Melati",
        ),
    ],
)
def test_people_and_areas_before_a_street_are_no_venue(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


# --- a list's next item number ends a place read from joined lines ---------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Sambang Melati 9/2\n1. sambangi pedagang di pangkalan Jl. Raya Bogor\n"
            "2. himbau jgn parkir di trotoar\nAipda Rahmat",
            "pangkalan Jl. Raya Bogor",
        ),
        (
            "Binluh Selasa 10 Feb 2026 jam 09.00\nLokasi SMPN 9, Jl. Cempaka\n"
            "1. Ketemu kepala sekolah\n2. Materi bahaya narkoba",
            "SMPN 9, Jl. Cempaka",
        ),
    ],
)
def test_the_next_item_number_ends_the_place(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a house's, a block's number stays
        ("Senin 9/2 pkl 10.00 sambang ke Pasar Melati Blok 3. Aman.", "Pasar Melati Blok 3"),
        (
            "Senin 9/2 pkl 10.00 sambang ke rumah Bu Ani Jl. Mawar No. 7. Aman.",
            "rumah Bu Ani Jl. Mawar No. 7",
        ),
        # an aside's closing number is no item
        (
            "Senin 9/2 pkl 10.00 DDS di Jl. Anggrek (samping SDN 01) ktm 6 KK. Aman.",
            "Jl. Anggrek (samping SDN 01)",
        ),
    ],
)
def test_a_number_of_the_place_does_not_end_it(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place
