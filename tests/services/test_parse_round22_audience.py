"""The chat-message parser, round 22: whom the officer met, where a miss
recurs in three or more independently written corpora and in at least two of
the three writer pools. Every example is invented (each rule with cases
where it must apply and ones where it must not)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- residents named beside one count of residents are among them ---------------------------
# (heldout17/24/29/32/33: "Masalahnya dua tetangga, Pak Udin sama Pak Bonar, ribut …", "Sebanyak
# sembilan rumah warga dikunjungi. Ibu Aminah mengeluh …": the README counts one named person
# as 1 and a counted group as its number; a name telling who one of the counted is adds no one)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Izin lapor, Senin 9/2/2026 jam 16.00 problem solving di Jl. Melati RT 02 RW 04. "
            "Masalahnya dua tetangga, Pak Darmo sama Bu Sinta, ribut soal saluran air. "
            "Sudah dimediasi di rumah Pak Darmo, mereka salaman. Aman. Aipda Rahmat",
            {"warga": 2},
        ),
        (
            "Senin 9 Februari 2026 pukul 09.00 WIB Aipda Rahmat melaksanakan DDS di Jl. Anggrek "
            "RT 03 RW 05. Sebanyak tujuh rumah warga dikunjungi.\n\n"
            'Ibu Narti mengeluh, "Lampu gang mati sudah seminggu." Situasi aman.',
            {"warga": 7},
        ),
        (
            # worded unlike any corpus message
            "ijin ndan senin jam tiga sore sambang di jalan cempaka ngobrol sama empat warga "
            "yang lagi kerja bakti pak Kardi bilang got mampet dari kemarin aman aipda rahmat",
            {"warga": 4},
        ),
    ],
)
def test_a_resident_named_beside_a_count_is_one_of_them(
    text: str, audience: dict[str, int]
) -> None:
    assert parse_message(text, today=TODAY).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            # a name listed before the count in the same sentence is one more
            "Senin 9/2/2026 sore problem solving di rumah Ketua RT 04 Jl. Melati. Yg hadir "
            "Ketua RT, Pak Darmo dan 3 warga pelapor. Aman. Aipda Rahmat",
            {"perangkat_rt_rw": 1, "warga": 4},
        ),
        (
            "hr ini sbg ke rmh pak karno jl anggrek, ngobrol sm pak karno & 2 tetangga. "
            "dr jam 9 smp 10. aman. aipda rahmat",
            {"warga": 3},
        ),
    ],
)
def test_a_resident_listed_with_a_count_is_one_more(text: str, audience: dict[str, int]) -> None:
    assert parse_message(text, today=TODAY).audience == audience


# --- a group's workplace, then a bare number closing its item -----------------------------
# (heldout18/31/34: "pedagang ± 15 org, satpam pasar 2", "ktm pedagang 10, satpam pasar 2.": the
# market the guards serve is no market's number, the number closing the item is theirs)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Senin 9/2/2026 jam 09.00 sambang Pasar Anggrek, ktm pedagang 8, satpam pasar 3. "
            "Aman. Aipda Rahmat",
            {"other": 11},
        ),
        (
            "LAPORAN SAMBANG\nWaktu : Senin 9/2/2026 pkl 07.00\nLokasi : Pasar Melati\n"
            "Yang ditemui : pedagang sayur ± 12 org, jukir pasar 2\nSituasi : aman\nAipda Rahmat",
            {"other": 14},
        ),
    ],
)
def test_a_number_closing_a_market_groups_item_is_its_count(
    text: str, audience: dict[str, int]
) -> None:
    assert parse_message(text, today=TODAY).audience == audience


def test_a_block_of_a_market_is_no_count() -> None:
    # the market's block and floor still name where, not how many
    text = (
        "Senin 9/2/2026 jam 09.00 sambang pedagang di Pasar Anggrek blok 2, ktm pedagang "
        "± 10 org. Aman. Aipda Rahmat"
    )
    assert parse_message(text, today=TODAY).audience == {"other": 10}


# --- "sama" joins the next group: its count is that group's ----------------------------------
# (heldout17/18/30/32: "ketemu dengan ketua RW Pak Amin sama tiga orang tokoh masyarakat", "pak
# lurah sama tiga orang staf kelurahan": the count before a group is its own; "sama" is "and",
# as "dan" is, so it ends the head's words)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "ijin ndan senin jam sepuluh sambang di pos RW empat jalan melati ketemu dengan ketua "
            "RW Pak Darto sama dua orang tokoh masyarakat situasi aman aipda rahmat",
            {"perangkat_rt_rw": 1, "tokoh_masyarakat": 2},
        ),
        (
            # worded unlike any corpus message
            "Senin 9/2/2026 pkl 10.00 sambang pangkalan Jl. Anggrek, ngopi bareng korlap Bang "
            "Udin sm 4 org linmas. Aman. Aipda Rahmat",
            {"other": 5},
        ),
    ],
)
def test_a_count_after_sama_is_the_next_groups(text: str, audience: dict[str, int]) -> None:
    assert parse_message(text, today=TODAY).audience == audience


def test_a_count_after_the_groups_own_words_stays_its() -> None:
    # no "sama" between: the guards' own number, after the words saying whose guards they are
    text = (
        "Senin 9/2/2026 pkl 10.00 sambang ruko Jl. Anggrek, ktm satpam ruko Melati 3 org. "
        "Aman. Aipda Rahmat"
    )
    assert parse_message(text, today=TODAY).audience == {"other": 3}


# --- one person with two roles -------------------------------------------------------------
# ("ngobrol sama Ketua RW 03 Pak Jamal selaku ketua panitia sama 3 orang satpam": the README
# counts one named person as 1, of the role he is named by first)


def test_a_named_person_selaku_another_role_is_one() -> None:
    text = (
        "Senin 9/2/2026 pagi pengamanan jalan sehat di Lapangan Jl. Melati, koordinasi dengan "
        "Ketua RW 04 Bpk. Salim selaku ketua panitia dan 2 orang linmas. Aman. Aipda Rahmat"
    )
    assert parse_message(text, today=TODAY).audience == {"perangkat_rt_rw": 1, "other": 2}


def test_two_people_with_their_roles_are_two() -> None:
    text = (
        "Senin 9/2/2026 pagi pengamanan jalan sehat di Lapangan Jl. Melati, koordinasi dengan "
        "Ketua RW 04 Bpk. Salim dan ketua panitia Bpk. Joni. Aman. Aipda Rahmat"
    )
    assert parse_message(text, today=TODAY).audience == {"perangkat_rt_rw": 1, "other": 1}


# --- the classes pupils are in, then their count ---------------------------------------------
# (heldout17/21/23/24/33: "siswa kls 5 & 6 ± 60 anak", "siswa kelas 8 dan 9 kurleb 240 anak",
# "Peserta: siswa kls 8 & 9 ± 120 org": "kls 5 & 6" says who they are, as "kls 5-6" does)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Rabu 11/2/2026 jam 08.00 Binluh di SDN Melati 02, siswa kls 4 & 5 ± 70 anak. "
            "Aman. Aipda Rahmat",
            {"kelompok_pemuda": 70},
        ),
        (
            "LAPORAN BINLUH\nWaktu : Rabu 11/2/2026 pkl 08.00\nTempat : SMP Anggrek\n"
            "Peserta : siswa kelas 7 dan 8 kurleb 90 org, guru 2 org\nSituasi : aman\nAipda Rahmat",
            {"kelompok_pemuda": 90, "other": 2},
        ),
    ],
)
def test_pupils_of_two_classes_are_counted(text: str, audience: dict[str, int]) -> None:
    assert parse_message(text, today=TODAY).audience == audience


def test_a_class_and_a_count_of_others_stay_apart() -> None:
    # "kelas 6 dan 3 guru": the class, then a count of the teachers, no range of classes
    text = (
        "Rabu 11/2/2026 jam 08.00 Binluh di SDN Melati 02 kepada ± 40 siswa kelas 6 dan 3 guru "
        "dan kepala sekolah. Aman. Aipda Rahmat"
    )
    assert parse_message(text, today=TODAY).audience == {"kelompok_pemuda": 40, "other": 4}


def test_two_classes_counted_leave_no_doubt() -> None:
    # round 21's doubt blanked these while the count stood apart from the pupils; now theirs
    text = (
        "Selasa 10/2/26 pkl 09.00 Binluh di SDN Melati 02 Jl. Anggrek, siswa kls 4 & 5 ± 70 anak. "
        "Pesan: jgn jajan sembarangan. aman"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.audience == {"kelompok_pemuda": 70}
    assert "audience" not in parsed.doubtful
