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
        # the area is whose, not where ("warga RT 4 RW 3"): no "di" before it (round 24: the
        # kelurahan's office needs no street, as heldout24, 33 and 35 keep it, so it stays)
        (
            "Binluh di aula kantor kelurahan, hadir warga RT 4 RW 3 Jl. Anggrek ± 20 org. Aman. "
            "Aipda Rahmat",
            "aula kantor kelurahan",
        ),
    ],
)
def test_a_street_not_told_as_where_does_not_replace_the_place(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


# --- a range of RTs in a place ------------------------------------------------------------
# (a place written with the RTs it spans: "posyandu X RT 01-03 RW 08 Jl. Y", "sepanjang Jl. Y,
# RW 08 (RT 001 s/d RT 006)" — removed whole, as a single RT is)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Selasa 10/2 sambang ibu2 posyandu Anggrek RT 01-04 RW 03 Jl. Mawar dlm, kader 4, "
            "ibu2 ± 20. aman. Bripka Sandi",
            "posyandu Anggrek Jl. Mawar dlm",
        ),
        (
            "Lapor giat\n1. Hari/tgl: Selasa, 10 Februari 2026\n2. Giat: kerja bakti\n"
            "3. Lokasi: sepanjang Jl. Cempaka Putih, RW 05 (RT 001 s/d RT 007), Kel. Cempaka\n"
            "4. Aman\nAipda Rahmat",
            "sepanjang Jl. Cempaka Putih",
        ),
        (
            # worded unlike any corpus message
            "Tempat : Lapangan voli RT.02 sampai RT.05 / RW.01 Jl. Dahlia\nKegiatan : PKM\n"
            "Aiptu Budi",
            "Lapangan voli Jl. Dahlia",
        ),
    ],
)
def test_a_range_of_rts_is_removed_from_the_place(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a count after a dash is no range of RTs: the place keeps its words
        (
            "Tempat : Pos Kamling Jl. Melati 2-3\nKegiatan : sambang\nAiptu Budi",
            "Pos Kamling Jl. Melati 2-3",
        ),
        # a single RT and RW are removed as before
        (
            "Tempat : Pos Kamling RT 02 RW 05 Jl. Melati\nKegiatan : sambang\nAiptu Budi",
            "Pos Kamling Jl. Melati",
        ),
    ],
)
def test_what_is_no_range_of_rts_stays(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


# --- a correction sent after the report gives the RT/RW ------------------------------------
# (a line of its own opened by "Ralat", "Koreksi", "*edit:*": "RW 08 bukan 05", "tempatnya RT 05
# RW 02 bukan RT 04" — what it names instead replaces what the report wrote, nothing else)


@pytest.mark.parametrize(
    ("text", "rw", "rt"),
    [
        (
            "Sambang RW 04 Cempaka, ktm tomas 2. aman. 09.00-10.00 Bripka Sandi\n"
            "*edit:* RW 07 bukan 04, salah ketik 🙏",
            7,
            None,
        ),
        (
            "Lapor DDS Selasa 10/2/2026 jam 09.00 di Jl. Mawar Gg. Buntu RT 03 RW 02, 8 KK. "
            "Aman.\nRALAT ndan, tempatnya RT 06 RW 02 bukan RT 03 🙏",
            2,
            6,
        ),
        (
            # worded unlike any corpus message
            "PD malam di Jl. Anggrek RT 01 RW 09, aman. Aiptu Budi\nKoreksi: yg benar RW 10, RT "
            "tetap",
            10,
            1,
        ),
    ],
)
def test_a_correction_line_gives_the_rt_and_rw(text: str, rw: int, rt: int | None) -> None:
    report = parse_message(text, today=TODAY)
    assert (report.rw, report.rt) == (rw, rt)


@pytest.mark.parametrize(
    ("text", "rw", "rt"),
    [
        # a correction of the date alone keeps the RT/RW as written
        (
            "PS di Jl. Melati RT 02 RW 05, sdh damai. Senin 9/2/2026. Aiptu Budi\n"
            "Ralat ndan, harusnya Selasa 10/2 bukan Senin",
            5,
            2,
        ),
        # whom the correction adds ("ketua RW 03 juga hadir") is no place
        (
            "Sambang pos kamling Jl. Melati RT 02 RW 05, aman. Aiptu Budi\n"
            "Ralat: yg hadir jg ketua RW 03",
            5,
            2,
        ),
    ],
)
def test_a_correction_that_names_no_rt_or_rw_keeps_them(text: str, rw: int, rt: int) -> None:
    report = parse_message(text, today=TODAY)
    assert (report.rw, report.rt) == (rw, rt)


# --- a speaker mending what he said --------------------------------------------------------
# (dictated or typed as said: "rt dua eh ralat rt tiga", "RT sepuluh... eh RT satu", "eh ralat
# rw 8", "jalan X eh maksudnya jalan Y" — what follows the mend replaces the same kind before it)


@pytest.mark.parametrize(
    ("text", "rw", "rt", "place"),
    [
        (
            "ijin ndan sandi cempaka tadi pagi jam sembilan sambang di jalan melati rt empat eh "
            "ralat rt lima rw dua ketemu ketua rt situasi aman",
            2,
            5,
            "jalan melati",
        ),
        (
            "Lapor, door to door di Jalan Anggrek gang Mawar, RT tujuh... eh RT satu, RW tiga. "
            "Delapan kepala keluarga. Aman. Aipda Rahmat",
            3,
            1,
            "Jalan Anggrek gang Mawar",
        ),
        (
            # worded unlike any corpus message
            "lapor ndan aiptu budi cempaka tadi siang binluh di musholla an nur jalan dahlia eh "
            "maksud saya jalan kenanga nomor lima. ketemu pengurus. aman",
            None,
            None,
            "musholla an nur jalan kenanga nomor lima",
        ),
    ],
)
def test_what_the_speaker_mends_replaces_what_he_said(
    text: str, rw: int | None, rt: int | None, place: str
) -> None:
    report = parse_message(text, today=TODAY)
    assert (report.rw, report.rt, report.place) == (rw, rt, place)


@pytest.mark.parametrize(
    ("text", "rw", "rt", "place"),
    [
        # "eh" that mends nothing of the place: the RT/RW and the street stay as said
        (
            "ijin ndan tadi sore sambang di jalan melati rt empat rw dua eh ketemu ketua rt lima "
            "situasi aman",
            2,
            4,
            "jalan melati",
        ),
        # a mend of the RW leaves the RT said
        (
            "sambang rt 03 rw 07 jl anggrek, aman. eh ralat rw 8 ndan. Rahmat",
            8,
            3,
            "jl anggrek",
        ),
    ],
)
def test_a_mend_changes_only_what_it_says_again(text: str, rw: int, rt: int, place: str) -> None:
    report = parse_message(text, today=TODAY)
    assert (report.rw, report.rt, report.place) == (rw, rt, place)
