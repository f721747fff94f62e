"""The chat-message parser, round 10 of issue #15: whom the officer met.
Every example is invented (several phrasings per rule, none copied from
any corpus):

* a list of whom was met, one ``group : count`` a line under a label
  (``Peserta :``, ``Yg hadir``, ``Dihadiri :``), lettered, bulleted or
  bare, each line its own group and number, a role's number (``Ketua RT
  007``) no count; the list ends at the first line that is no item of it,
  and a label's own word for people (``Warga yang ditemui``) names no one
  when its list does;
* the parties to a dispute (``pihak berselisih``, ``pihak yg bersengketa``)
  are residents."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


# --- a list of whom was met, a group and its count a line ---------------------------------


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "LAPORAN SAMBANG\nTanggal : Senin, 9 Februari 2026\nTempat : Pos RW 03 Jl. Kenari Raya\n"
            "Peserta :\na. Ketua RW 03 : 1 org\nb. Remaja masjid : 9 org\nc. Tokoh agama : 2 org\n"
            "Pesan : jaga kebersihan lingkungan\nSituasi : aman",
            {"perangkat_rt_rw": 1, "kelompok_pemuda": 9, "tokoh_agama": 2},
        ),
        (
            "Giat sambang Selasa 10/2/2026 jam 10.00\nTempat : Balai warga Jl. Bungur Besar\n"
            "Yg hadir\nKetua RT : 3\nKetua RW : 1\nIbu2 PKK : 12\nWarga : 20\nAman kondusif",
            {"perangkat_rt_rw": 4, "other": 12, "warga": 20},
        ),
        (
            "PROBLEM SOLVING\n1. Hari/tgl : Senin, 9 Februari 2026\n2. Tempat : rumah Ketua RT 004\n"
            "3. Dihadiri :\n   Ketua RT 004 : 1\n   Ketua RW 011 : 1\n   Pihak berselisih : 2\n"
            "4. Hasil : sepakat damai\n5. Situasi : aman",
            {"perangkat_rt_rw": 2, "warga": 2},
        ),
        (
            "Sambang Senin 9/2/2026 pkl 16.00 di Lapangan Jl. Paseban Raya\nYang hadir:\n"
            "- Bapak2 : 15 org\n- Ketua RW 07 : 1 org\n- Hansip : 3 org\nSituasi aman.",
            {"warga": 15, "perangkat_rt_rw": 1, "other": 3},
        ),
    ],
)
def test_a_list_of_whom_was_met_counts_each_line(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


def test_a_list_ends_at_the_first_sentence_that_is_no_item_of_it() -> None:
    text = (
        "Senin 9 Februari 2026 sore Bhabinkamtibmas Aipda Joko melaksanakan sambang di "
        "Jl. Kembang Raya. Warga yang ditemui:\n- Ketua RT 02 : 1 org\n- Pemuda : 7 org\n"
        "Ketua RT menyampaikan bahwa lampu jalan di gang mati sejak sepekan. Aipda Joko "
        "menghimbau agar pemuda tidak nongkrong sampai larut malam. Situasi aman kondusif."
    )
    got = parse(text)
    assert got.audience == {"perangkat_rt_rw": 1, "kelompok_pemuda": 7}
    assert got.findings and got.findings.startswith("Ketua RT menyampaikan")
    assert got.message and got.message.startswith("Aipda Joko menghimbau")


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Sambang 9/2/2026 di Jl. Kramat Pulo\nWarga yang ditemui :\n- Ketua RW 05 : 1\n"
            "- Linmas : 2\nSituasi aman",
            {"perangkat_rt_rw": 1, "other": 2},
        ),
        (
            "DDS 9/2/2026 Jl. Kalilio\nMasyarakat yg dikunjungi:\n- Pedagang : 6 org\n"
            "- Tukang parkir : 2 org\nAman",
            {"other": 8},
        ),
    ],
)
def test_a_label_naming_people_counts_no_one_when_its_list_does(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Problem solving Senin 9/2/2026 di Jl. Bungur, dihadiri pihak berselisih 2 org dan "
            "Ketua RT 01. Hasil damai. Aman.",
            {"warga": 2, "perangkat_rt_rw": 1},
        ),
        (
            "PS 9/2/2026 jam 19.00\nTempat : rumah Pak RW\nPihak yg bersengketa : 2 org\n"
            "Hasil : sepakat pagar dibongkar\nSituasi : aman",
            {"warga": 2},
        ),
    ],
)
def test_the_parties_to_a_dispute_are_residents(text: str, audience: dict) -> None:
    assert parse(text).audience == audience
