"""The chat-message parser, round 6 of issue #15: general rules drawn from
the kinds of misses a fourth corpus showed, each tried on invented examples
(several phrasings per rule, none copied from any corpus): who speaks a
finding (a titled name, the families of people met, a stance verb), what a
meeting agreed after the clause naming it, a dictated message cut into its
items where a template would label them, and where a place phrase starts
and ends (a stretch or an area, a landmark, a street in a message written
all in lower case, what was there starting a clause of its own)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message
from sambang_tui.services.parse.texts import read_prose

TODAY = dt.date(2025, 9, 17)  # a Wednesday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


# --- findings: who tells them, and how -----------------------------------------------------


@pytest.mark.parametrize(
    "finding",
    [
        # a name behind a title with its stop
        "Ustadz H. Salim menyampaikan bahwa jamaah resah dengan parkir liar di depan masjid.",
        "Ibu Hj. Nur mengeluhkan lampu gang yang padam sejak sepekan.",
        "Sdr. Joni mengaku motornya hilang di depan kontrakan.",
        # the families of people a Bhabin meets
        "Kader posyandu menyampaikan ada balita yang belum diimunisasi.",
        "Panitia mengatakan tamu diperkirakan mencapai dua ratus orang.",
        "Guru BK melaporkan dua siswa sering bolos ke warnet.",
        "Anak muda setempat berjanji tidak lagi nongkrong lewat tengah malam.",
        # a stance told rather than said
        "Warga keberatan dengan bau asap dari pembakaran sampah.",
        "Para penghuni protes soal air yang sering mati.",
        "Kedua pihak sudah salaman dan saling memaafkan.",
    ],
)
def test_what_the_people_met_tell_is_a_finding(finding: str) -> None:
    text = f"Bripka Andi melaksanakan sambang ke Jl. Mawar. {finding} Situasi aman."
    spoken = read_prose(text)
    assert spoken.findings == finding
    assert finding not in spoken.message


def test_a_request_of_a_titled_speaker_is_hers_not_the_appeal() -> None:
    text = (
        "Aiptu Budi menghimbau warga agar mengunci pintu.\n"
        "Ibu Hj. Aminah meminta agar kegiatan serupa diadakan tiap bulan."
    )
    spoken = read_prose(text)
    assert spoken.message == "Aiptu Budi menghimbau warga agar mengunci pintu."
    assert spoken.findings == "Ibu Hj. Aminah meminta agar kegiatan serupa diadakan tiap bulan."


@pytest.mark.parametrize(
    "statement",
    [
        "Menurut Kapolsek Senen, patroli malam akan ditambah.",
        "Menurut Kanit Binmas, wilayah ini jarang ada laporan.",
        "Menurut Aiptu Budi, warga cukup antusias.",
    ],
)
def test_what_the_police_say_is_no_finding(statement: str) -> None:
    assert read_prose(f"Bripka Andi sambang ke pos RW. {statement}").findings == ""


@pytest.mark.parametrize(
    ("complaint", "outcome"),
    [
        (
            "Warga mengeluhkan suara musik dari kafe sampai dini hari.",
            "Setelah musyawarah yang dihadiri Ketua RT 02, disepakati musik berhenti pukul 22.00.",
        ),
        (
            "Pemilik kos keberatan dengan motor yang diparkir di depan pagarnya.",
            "Usai mediasi, kedua pihak sepakat parkir digeser ke lahan kosong.",
        ),
    ],
)
def test_what_a_meeting_agreed_goes_on_with_the_complaint(complaint: str, outcome: str) -> None:
    spoken = read_prose(f"{complaint} {outcome}")
    assert spoken.findings == f"{complaint} {outcome}"


def test_whom_the_meeting_clause_names_was_met() -> None:
    text = (
        "Bripka Andi melaksanakan problem solving di Jl. Melati. Warga keberatan dengan "
        "bau kandang ayam. Setelah musyawarah yang dihadiri Ketua RW 05, disepakati "
        "kandang dipindah."
    )
    assert parse(text).audience.get("perangkat_rt_rw") == 1


def test_a_meeting_outcome_alone_is_no_finding() -> None:
    """Without a complaint just before, the clause tells the activity."""
    text = "Setelah musyawarah dengan pengurus, disepakati jadwal ronda baru. Situasi aman."
    assert read_prose(text).findings == ""


def test_the_parties_speaking_a_finding_were_met() -> None:
    text = "ps cekcok parkir di Jl. Anggrek. Kedua pihak sepakat damai dan bersalaman. aman"
    assert parse(text).audience == {"warga": 2}


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        ("dds rt 4 8 rumah, kluhan got mampet. aman", "got mampet"),
        ("sambang pos rw, keluhan warga lampu jalan mati. aman", "lampu jalan mati"),
        ("giat PS, masalah batas pagar antar tetangga. aman", "batas pagar antar tetangga"),
    ],
)
def test_a_terse_label_without_colon_heads_the_finding(text: str, finding: str) -> None:
    assert parse(text).findings == finding


# --- dictated messages: items where a template would label them ----------------------------


def test_a_dictated_report_is_cut_at_complaint_hope_appeal_and_situation() -> None:
    text = (
        "lapor komandan hari ini jam sepuluh pagi saya bripka andi melaksanakan door to door "
        "system di jalan melati raya mengunjungi sepuluh rumah warga keluhan warga lampu gang "
        "mati harapan warga ada perbaikan dari kelurahan pesan saya agar warga mengunci motor "
        "situasi aman terima kasih"
    )
    parsed = parse(text)
    assert " ".join(parsed.findings.split()) == "lampu gang mati ada perbaikan dari kelurahan"
    assert parsed.message == "agar warga mengunci motor"
    assert parsed.situation == "aman_kondusif"
    assert parsed.place == "jalan melati raya"


def test_a_dictated_full_stop_and_a_closing_end_the_value() -> None:
    text = (
        "izin lapor kegiatan sambang di pos ronda jalan anggrek dua bertemu enam warga "
        "saya himbau agar menjaga kebersihan lingkungan titik terima kasih bripka andi"
    )
    assert parse(text).message == "saya himbau agar menjaga kebersihan lingkungan"


def test_a_dictated_activity_statement_is_no_part_of_the_appeal() -> None:
    text = (
        "lapor ndan hari ini penyuluhan di aula sekolah jalan kenanga pesertanya siswa kurang "
        "lebih tiga puluh orang pesan dari kami jangan ikut tawuran kegiatan aman lancar bripka andi"
    )
    parsed = parse(text)
    assert parsed.message == "jangan ikut tawuran"
    assert parsed.situation == "aman_kondusif"


def test_a_dictated_witness_is_met_not_found() -> None:
    text = (
        "ijin ndan tadi jam delapan malam problem solving di pos ronda jalan dahlia raya masalah "
        "dua warga ribut soal got sudah damai disaksikan pak rw dan pak rt situasi kondusif"
    )
    parsed = parse(text)
    assert parsed.findings == "dua warga ribut soal got sudah damai"
    assert parsed.audience.get("perangkat_rt_rw") == 2


# --- where a place phrase starts and ends ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a stretch or an area is part of the place
        ("Bripka Andi patroli di sepanjang Jl. Melati sampai pasar pada malam hari.", "sepanjang Jl. Melati sampai pasar"),
        ("DD di kawasan Jl. Anggrek Raya (depan minimarket) jam 10.00", "kawasan Jl. Anggrek Raya (depan minimarket)"),
        ("DDS di permukiman warga Jl. Kenanga Gg. 2 pada pukul 09.00", "permukiman warga Jl. Kenanga Gg. 2"),
        # a landmark
        ("dd di jembatan penyeberangan Jl. Melati depan sekolah, aman", "jembatan penyeberangan Jl. Melati depan sekolah"),
        ("pd di perempatan Jl. Dahlia, aman", "perempatan Jl. Dahlia"),
        # a venue as chat spells it, and "sbg" as the activity that leads to it
        ("cs di wrkop pak ali jl kenanga raya, aman", "wrkop pak ali jl kenanga raya"),
        ("Sbg pangkalan ojek dpn minimarket jl melati senin 15/9 jam 4 sore", "pangkalan ojek dpn minimarket jl melati"),
    ],
)  # fmt: skip
def test_a_stretch_an_area_or_a_landmark_starts_the_place(text: str, place: str) -> None:
    assert parse(text).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("DDS ke permukiman warga di Jl. Kenanga, 8 rumah", "Jl. Kenanga"),
        ("Bripka Andi DDS di sepanjang gang sehingga warga nyaman. Lokasi Jl. Dahlia.", "Jl. Dahlia"),
    ],
)  # fmt: skip
def test_a_generic_area_before_the_street_is_not_the_place(text: str, place: str) -> None:
    assert parse(text).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("lapor deteksi dini di gang mawar ada pemuda minum miras situasi aman", "gang mawar"),
        ("problem solving di pos ronda jalan anggrek masalah parkir situasi aman", "pos ronda jalan anggrek"),
        ("sambang ke warung jalan kenanga sudah ketemu pemilik situasi aman", "warung jalan kenanga"),
    ],
)  # fmt: skip
def test_in_lower_case_text_a_street_is_named_by_position(text: str, place: str) -> None:
    assert parse(text).place == place


@pytest.mark.parametrize(
    "text",
    [
        "problem solving masalah parkir di gang kagak ada titik temu situasi aman",
        "sambang ke pos ronda, jalan rusak belum diperbaiki, situasi aman",
    ],
)
def test_in_lower_case_text_a_road_state_is_no_street(text: str) -> None:
    assert "gang kagak" not in parse(text).place
    assert "jalan rusak" not in parse(text).place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("PS di rumah Pak RT 03 RW 05, kedua pihak damai", "rumah Pak RT"),
        ("mediasi di rumah Bu RT 01/02 Jl. Melati, aman", "rumah Bu RT Jl. Melati"),
        ("sambang di pos ojol rt02 rw05 Jl. Dahlia Raya. aman", "pos ojol Jl. Dahlia Raya"),
    ],
)
def test_rt_rw_numbers_leave_the_place_and_its_words_stay(text: str, place: str) -> None:
    assert parse(text).place == place


# --- the appeal ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "appeal",
    [
        "Bripka Andi menasehati para remaja agar segera pulang ke rumah.",
        "Petugas menasihati pemilik warung supaya tidak menjual miras.",
    ],
)
def test_advising_is_an_appeal(appeal: str) -> None:
    spoken = read_prose(f"Bripka Andi melaksanakan patroli di Jl. Melati. {appeal} Situasi aman.")
    assert spoken.message == appeal
