"""The chat-message parser, round 19 of issue #15: whom the officer met
(the audience), where a wrong count recurs in three or more independently
written corpora. Every example is invented; each rule has a case where it
applies and one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def audience(text: str) -> dict[str, int | None]:
    return dict(parse_message(text, today=TODAY).audience)


# --- an amount in words made approximate by "-an" is that amount ------------------------------
# ("sekitar dua puluhan orang", "lima ratusan warga", "lima belasan orang", as "20an" is)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "lapor ndan tadi sore patroli dialogis di taman jalan melati ngobrol sama anak muda sekitar "
            "tiga puluhan orang saya himbau jangan balap liar situasi aman",
            {"kelompok_pemuda": 30},
        ),
        (
            "izin lapor sambang ke pasar pagi jalan cempaka ketemu pedagang kurang lebih empat "
            "puluhan orang sama tiga tukang parkir aman",
            {"other": 43},
        ),
        (
            "Sambang pos ronda Jl. Anggrek, ketemu warga ronda enam belasan org. Aman. Aipda Rahmat",
            {"warga": 16},
        ),
    ],
)
def test_an_amount_in_words_about_so_many_is_that_many(
    text: str, want: dict[str, int | None]
) -> None:
    assert audience(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a bare "puluhan" says no number
        (
            "patroli dialogis di jalan melati ngobrol sama pedagang puluhan orang situasi aman",
            {"other": None},
        ),
        # the seventeenth of August's feast is no count
        (
            "pam lomba tujuh belasan warga RW 04 Jl. Dahlia, ketemu ketua RW 04. Aman",
            {"perangkat_rt_rw": 1},
        ),
    ],
)
def test_an_amount_without_its_number_stays_no_count(
    text: str, want: dict[str, int | None]
) -> None:
    assert audience(text) == want


# --- staff met beside their head are other ----------------------------------------------------
# ("ktm lurah & staf 4 org", "pak lurah n 2 staf", "Lurah + 2 staf", "staf trantib 2 org")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Sambang kantor kelurahan Melati, ktm pak lurah + 3 staf. Aman. Bripka Joko",
            {"other": 4},
        ),
        (
            "Sambang ke kantor kecamatan, bertemu Pak Camat dan staf umum 2 orang. Aman.",
            {"other": 3},
        ),
        ("sbg kantor PDAM cabang jl dahlia ktm pegawai 5 org, aman", {"other": 5}),
    ],
)
def test_staff_met_are_other(text: str, want: dict[str, int | None]) -> None:
    assert audience(text) == want


def test_staff_only_talked_about_are_not_met() -> None:
    text = (
        "Sambang ke rumah Ketua RT 04 Jl. Anggrek. Pak RT bilang staf kelurahan belum datang "
        "mendata warga baru. Aman."
    )
    assert "other" not in audience(text)


# --- "kedua pihak yang berselisih" are two -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Problem solving di Pos RW 02 Jl. Dahlia, hadir Ketua RW 02 dan kedua pihak yang berselisih. Aman",
        "PS soal parkir, disaksikan pak RW, kedua belah pihak yg bersengketa sepakat damai. aman",
    ],
)
def test_both_parties_to_a_dispute_are_two(text: str) -> None:
    got = audience(text)
    assert got["warga"] == 2
    assert got["perangkat_rt_rw"] == 1


def test_parties_without_their_number_stay_uncounted() -> None:
    text = (
        "Problem solving di Pos RW 02 Jl. Dahlia, hadir Ketua RW 02 dan pihak yang berselisih. Aman"
    )
    assert audience(text) == {"perangkat_rt_rw": 1, "warga": None}


# --- a head's role with a list of area numbers is that many heads -----------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "LAPORAN SAMBANG\nTempat : Pos RW 02 Jl. Anggrek\nYang ditemui :\n- Ketua RW 02\n"
            "- Ketua RT 03, 04 dan 07\n- Warga ± 10 orang\nSituasi : aman",
            {"perangkat_rt_rw": 4, "warga": 10},
        ),
        (
            "Sambang kantor RW 05, bertemu Ketua RT 01, 02, 06 dan 08. Aman. Aipda Rahmat",
            {"perangkat_rt_rw": 4},
        ),
        ("rapat di balai RW 1, hadir ketua RW 01, RW 02. aman", {"perangkat_rt_rw": 2}),
    ],
)
def test_a_list_of_area_numbers_names_that_many_heads(
    text: str, want: dict[str, int | None]
) -> None:
    assert audience(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the number after the comma counts the people after it
        ("sambang jl melati ktm ketua RT 4, 6 warga. aman", {"perangkat_rt_rw": 1, "warga": 6}),
        (
            "sambang jl melati ktm Ketua RT 04 dan 05 warga. aman",
            {"perangkat_rt_rw": 1, "warga": 5},
        ),
        ("sambang pos ronda, ketemu Ketua RT 04, 03 org. aman", {"perangkat_rt_rw": 1}),
    ],
)
def test_a_count_after_a_numbered_head_is_no_more_heads(
    text: str, want: dict[str, int | None]
) -> None:
    assert audience(text) == want


# --- a deputy head of school is one of other ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sambang ke SMP Harapan Jl. Anggrek, ketemu Wakasek Kesiswaan Bpk. Joni dan 3 guru BK. Aman",
        "binluh di SMA 9, diterima wakil kepala sekolah Ibu Rina serta 3 orang guru. aman",
    ],
)
def test_a_deputy_head_of_school_is_other(text: str) -> None:
    assert audience(text) == {"other": 4}


def test_a_named_resident_is_still_a_resident() -> None:
    text = "Sambang ke rumah Bpk. Joni di Jl. Anggrek, ngobrol dengan Bpk. Joni. Aman"
    assert audience(text) == {"warga": 1}
