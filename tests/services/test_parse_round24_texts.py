"""The chat-message parser, round 24, the texts lane: where a finding's span
starts and ends. Every example is invented (not copied from any corpus), in
the styles Bhabins write; each rule has cases where it must apply and where
it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 3, 12)  # a Thursday


# --- a labelled outcome whose dispute a sentence of its own names before it -----------------
# (heldout15, 22, 35, 40: "Masalah … antara Bpk. X & Bpk. Y. Hasil: sepakat …", "MEDIASI: SDR. A
# & SDR. B RIBUT SOAL … / HASIL: …", "Mediasi cekcok … . Hasil: …")


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "Ijin Ndan, Selasa 10/3 jam 1400-1500 PS di pos RW 04 Jl. Melati. Masalah batas pagar "
            "antara Bpk. Darman & Bpk. Suli (sdh sebulan ribut). Hasil: sepakat ukur ulang dgn "
            "kelurahan tgl 20/3. Disaksikan Ketua RT 02 & Ketua RW 04. Aman. Aipda Rahmat",
            "Masalah batas pagar antara Bpk. Darman & Bpk. Suli (sdh sebulan ribut)\n"
            "sepakat ukur ulang dgn kelurahan tgl 20/3.",
        ),
        (
            "GIAT PROBLEM SOLVING KEL. MELATI\nRABU 11/3/2026 PKL 16.00 DI RUMAH KETUA RT 03\n"
            "MEDIASI: SDR. JONI & SDR. ANDRE CEKCOK SOAL PARKIR GEROBAK DI DEPAN RUMAH\n"
            "HASIL: KEDUA PIHAK SEPAKAT GEROBAK DIPARKIR DI LAHAN RT\nSITUASI AMAN\nBRIPKA TONO",
            "SDR. JONI & SDR. ANDRE CEKCOK SOAL PARKIR GEROBAK DI DEPAN RUMAH\n"
            "KEDUA PIHAK SEPAKAT GEROBAK DIPARKIR DI LAHAN RT",
        ),
    ],
)
def test_a_dispute_named_in_a_sentence_of_its_own_goes_before_the_outcome(
    text: str, findings: str
) -> None:
    assert parse_message(text, today=TODAY).findings == findings


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            # the dispute is the activity's object: writers keep it out as often as in
            "Rabu 11/3 pkl 10.00 problem solving sengketa batas tembok antara Pak Jaka & Pak "
            "Rudi di Jl. Mawar RT 02 RW 05. Hasil: sepakat ukur ulang hari Senin. Aipda Rahmat",
            "sepakat ukur ulang hari Senin.",
        ),
        (
            # the outcome is no dispute's end: nothing is put before it
            "Rabu 11/3 pkl 10.00 sambang pos RW 05. Masalah lampu PJU mati sdh 2 minggu. "
            "Hasil: warga minta diteruskan ke kelurahan. Aipda Rahmat",
            "warga minta diteruskan ke kelurahan.",
        ),
    ],
)
def test_no_dispute_is_put_before_an_outcome_where_none_is_told_apart(
    text: str, findings: str
) -> None:
    assert parse_message(text, today=TODAY).findings == findings


# --- a voice note's appeal ends where the speaker hands back to the commander ---------------
# (heldout19, 36, 39: "… konvoi malam monggo ndan", "… udah itu aja ndan", "… sudah ndan")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "izin ndan laporan tadi pagi jam sembilan saya sambang ke pos ronda rw tujuh jalan "
            "melati ketemu pak rw saya titip pesan motor jangan diparkir di mulut gang sudah ndan",
            "saya titip pesan motor jangan diparkir di mulut gang",
        ),
        (
            "lapor komandan hari ini jam sepuluh saya sambang ke warung jalan mawar ketemu ibu ibu "
            "pesan saya jangan gampang percaya telpon ngaku polisi udah itu aja komandan",
            "pesan saya jangan gampang percaya telpon ngaku polisi",
        ),
    ],
)
def test_a_voice_notes_handing_back_is_no_part_of_the_appeal(text: str, message: str) -> None:
    assert parse_message(text, today=TODAY).message == message


def test_the_commander_addressed_inside_the_appeal_stays() -> None:
    # "ndan" inside the appeal, with no closing word before it: the appeal is kept whole
    text = (
        "izin ndan tadi jam sembilan sambang pos ronda jalan melati saya himbau warga ronda "
        "jangan tidur ya ndan"
    )
    assert parse_message(text, today=TODAY).message.endswith("jangan tidur ya ndan")


# --- the activity's day and clock written after the last item end the appeal or finding -----
# (heldout24, 31: "… dgn ancaman. (09.00-10.30)", "…, keluhan air PAM kecil, Sel 24/2 09-11, aman",
# "… WAJIB LAPOR 1X24 JAM. KAMIS 16/4/26 13.00-15.00.")


def test_a_clock_in_brackets_after_the_appeal_is_no_part_of_it() -> None:
    text = (
        "Rabu 11/3/2026 ijin lapor: binluh ibu2 PKK di balai RW 03 Jl. Mawar. Himbauan: waspada "
        "penipuan arisan online, lapor bila ada yg mencurigakan. (13.00-14.30)\nAipda Rahmat"
    )
    assert (
        parse_message(text, today=TODAY).message
        == "waspada penipuan arisan online, lapor bila ada yg mencurigakan."
    )


def test_a_day_and_clock_after_a_finding_is_no_part_of_it() -> None:
    text = "Jl. Melati Gg. 2 RT 03/RW 04, dds 9 KK, keluhan got mampet, Rab 11/3 10-12, aman — Aipda Rahmat"
    assert parse_message(text, today=TODAY).findings == "got mampet"


def test_a_clock_the_appeal_tells_stays() -> None:
    # the clock is the appeal's own (no stop or comma before it)
    text = (
        "Rabu 11/3/2026 jam 20.00 sambang pos ronda RW 04 Jl. Melati, ktm 5 warga ronda. "
        "Himbauan: ronda jgn sampai kosong jam 01.00-03.00\nAipda Rahmat"
    )
    assert parse_message(text, today=TODAY).message == "ronda jgn sampai kosong jam 01.00-03.00"
