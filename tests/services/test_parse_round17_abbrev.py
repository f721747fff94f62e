"""The chat-message parser, round 17's invariance lane for chat's
abbreviations ("yg", "dgn", "sdh", "tdk", "utk", "kpd", "dr", "pd", "tsb",
"wrg", "agr", "&", "giat" …): a message parsed as written and abbreviated
gives the same fields (its texts abbreviated alike), and look-alikes ("dr."
before a name, a "PD" that is no "pada", "&" in a name) stay as written.
Every example is invented."""

from __future__ import annotations

import datetime as dt

import pytest
from parse_perturb import abbreviated

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.label_words import LABELS
from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.vocabulary import chat

TODAY = dt.date(2026, 3, 12)  # a Thursday

FIELDS = ("date", "start_time", "rw", "rt", "audience", "situation")
TEXTS = ("place", "message", "findings")


def _same_reading(written: ParsedMessage, short: ParsedMessage) -> None:
    for name in FIELDS:
        assert getattr(short, name) == getattr(written, name), name
    for name in TEXTS:
        assert getattr(short, name) == abbreviated(getattr(written, name)), name


# --- what was told, its source and its speaker written short --------------------------------
# ("dr obrolan dgn …", "Dalam pertemuan tsb …", "wrg mengeluhkan …", "Keluhan wrg: …")

TOLD = [
    (
        "Bhabinkamtibmas Kel. Cempaka Aipda Rudi pada Rabu 11 Maret 2026 pukul 19.30 WIB "
        "melaksanakan deteksi dini di warung kopi Jl. Anggrek Raya (depan apotek). Dari obrolan "
        "dengan pemilik warung dan dua orang juru parkir, diperoleh informasi adanya rencana "
        "balap liar pada malam Minggu. Situasi aman terkendali.",
        "Dari obrolan dengan pemilik warung dan dua orang juru parkir, diperoleh informasi",
    ),
    (
        "Pada hari Selasa 10 Maret 2026 pukul 10.00 WIB Bripka Joni melaksanakan sambang di Balai "
        "Warga RW 03 Jl. Kemuning. Dalam pertemuan tersebut pengurus RW menyampaikan bahwa lampu "
        "jalan di mulut gang sudah mati seminggu. Bripka Joni menghimbau warga agar tidak "
        "meninggalkan rumah kosong tanpa pesan kepada tetangga. Kegiatan berjalan aman dan "
        "kondusif.",
        "Dalam pertemuan tersebut pengurus RW menyampaikan",
    ),
    (
        "Rabu 11/03/2026 pkl 16.00 Aiptu Sarman DDS ke rumah warga di Jl. Flamboyan II RT 04 RW 02. "
        "Warga mengeluhkan sampah yang menumpuk di pinggir kali karena gerobak datang terlambat. "
        "Warga juga berharap kerja bakti diadakan sebulan sekali. Aiptu Sarman mengajak warga "
        "untuk menjaga kebersihan lingkungan. Kegiatan berjalan aman.",
        "Warga mengeluhkan sampah",
    ),
]


@pytest.mark.parametrize(("text", "told"), TOLD)
def test_what_was_told_reads_alike_written_short(text: str, told: str) -> None:
    written = parse_message(text, today=TODAY)
    assert told in written.findings
    _same_reading(written, parse_message(abbreviated(text), today=TODAY))


def test_a_terse_template_with_short_labels_reads_alike() -> None:
    text = (
        "Laporan Sambang\nHari/tgl : Rabu, 11 Maret 2026\nWaktu : 09.00 WIB\n"
        "Tempat kegiatan : Pos Kamling Jl. Seruni RT 05 RW 01\n"
        "Yang hadir : Ketua RT dan 8 orang warga\n"
        "Keluhan warga : sering ada orang tidak dikenal menawarkan pinjaman dari rumah ke rumah\n"
        "Pesan kamtibmas : agar warga tidak mudah percaya tawaran pinjaman online\n"
        "Situasi : aman dan kondusif"
    )
    written = parse_message(text, today=TODAY)
    assert written.place == "Pos Kamling Jl. Seruni"
    assert written.findings.startswith("sering ada orang")
    _same_reading(written, parse_message(abbreviated(text), today=TODAY))


# --- the appeal and the situation written short -------------------------------------------


def test_an_appeal_and_the_closing_sentence_read_alike_written_short() -> None:
    text = (
        "Kamis 12 Maret 2026 pukul 08.00 WIB Aipda Wawan melaksanakan binluh di SD Negeri 07 "
        "Jl. Teratai kepada para siswa. Aipda Wawan mengajak para siswa untuk tidak ikut tawuran "
        "dan segera melapor kepada guru bila diganggu. Kegiatan berjalan aman dan tertib."
    )
    written = parse_message(text, today=TODAY)
    assert written.message.endswith("bila diganggu.")
    assert written.situation == "aman_kondusif"
    short = parse_message(abbreviated(text), today=TODAY)
    assert short.place == "SD Negeri 07 Jl. Teratai"  # not "… Jl. Teratai kpd"
    _same_reading(written, short)


def test_a_lower_case_short_opening_after_a_stop_starts_a_sentence() -> None:
    text = (
        "Rabu 11 Maret 2026 pkl 15.00 Bripka Heru sambang di Pos Ronda Jl. Mawar. Bripka Heru "
        "menghimbau wrg agr mengunci ganda kendaraan. wrg menyambut baik kehadiran Bhabinkamtibmas. "
        "giat berjalan aman & kondusif."
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.message == "Bripka Heru menghimbau wrg agr mengunci ganda kendaraan."
    assert parsed.situation == "aman_kondusif"


# --- look-alikes that stay as written -----------------------------------------------------


def test_dr_before_a_name_is_a_title_not_dari() -> None:
    # "dr. Sinta" is a doctor: no source of a finding, and the sentence goes on after it
    text = (
        "Rabu 11 Maret 2026 pukul 09.00 WIB Aiptu Bagus melaksanakan sambang di Puskesmas "
        "Kelurahan Melati Jl. Kenanga bersama dr. Sinta. Aiptu Bagus menghimbau warga agar "
        "menjaga kebersihan lingkungan. Situasi aman."
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.findings == ""
    assert parsed.message.startswith("Aiptu Bagus menghimbau")


def test_pd_in_capitals_is_a_name_not_pada() -> None:
    # "PD Pasar Jaya" is an enterprise's name: the place keeps it
    text = (
        "Rabu 11 Maret 2026 pukul 10.00 WIB Aipda Rudi melaksanakan sambang di Kantor PD Pasar "
        "Jaya Jl. Anggrek. Aipda Rudi menghimbau pedagang agar waspada copet. Situasi aman."
    )
    assert parse_message(text, today=TODAY).place == "Kantor PD Pasar Jaya Jl. Anggrek"


def test_a_lower_case_pd_ends_the_place() -> None:
    text = (
        "Rabu 11 Maret 2026 Aipda Rudi sambang di Pos Kamling Jl. Anggrek pd pukul 10.00 WIB. "
        "Aipda Rudi menghimbau warga agar waspada. Situasi aman."
    )
    assert parse_message(text, today=TODAY).place == "Pos Kamling Jl. Anggrek"


def test_an_ampersand_in_a_name_stays_in_the_place() -> None:
    text = (
        "Rabu 11 Maret 2026 pukul 13.00 WIB Bripka Joni melaksanakan sambang di Bengkel Jaya & "
        "Sons Jl. Kemuning. Bripka Joni menghimbau pemilik bengkel agar mencatat motor titipan. "
        "Situasi aman."
    )
    assert parse_message(text, today=TODAY).place == "Bengkel Jaya & Sons Jl. Kemuning"


def test_a_label_written_short_that_is_another_label_is_not_added() -> None:
    every = [label for labels in LABELS.values() for label in labels]
    assert len(every) == len(set(every))  # no short form reads as two kinds
    assert "tempat giat" in LABELS["place"] and "keluhan wrg" in LABELS["findings"]


def test_chat_widens_only_whole_cue_words() -> None:
    assert chat(r"\bdari\s+hasil") == r"\b(?:dari|dr)\s+hasil"
    assert chat(r"padahal|tersebutlah|(?<=\bbpk)\.") == r"padahal|tersebutlah|(?<=\bbpk)\."
