"""The chat-message parser, round 5 of issue #15: general rules drawn from
the kinds of misses a third corpus showed, each tried on invented examples
(several phrasings per rule, none copied from any corpus): labels however a
template combines or numbers them, whom a visit reached by the families of
people a Bhabin meets, the place as a sentence bounds it, appeals and
findings as terse and dictated chat marks them."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message
from sambang_tui.services.parse.labels import label_kind
from sambang_tui.services.parse.sections import split

TODAY = dt.date(2025, 3, 10)  # a Monday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


# --- labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Hari, tgl", "date"),
        ("Hari , Tanggal", "date"),
        ("Tgl / Jam", "date"),
        ("Hari dan jam", "date"),
        ("Hari & Waktu", "date"),
        ("Jam / Pukul", "time"),
        ("Situasi saat ini", "situation"),
        ("Kondisi terkini", "situation"),
        ("Situasi akhir", "situation"),
        ("Pihak yang hadir", "audience"),
        ("Tokoh yg hadir", "audience"),
        ("Jumlah KK dikunjungi", "audience"),
        ("Warga yang ditemui", "audience"),
        ("Sumber info", "audience"),
        ("Narasumber", "audience"),
    ],
)
def test_labels_as_templates_combine_and_qualify_them(label: str, kind: str) -> None:
    assert label_kind(label) == kind


@pytest.mark.parametrize("label", ["Hari raya", "Jam malam warga", "Sumber air", "Pihak ketiga"])
def test_words_near_a_label_are_no_label(label: str) -> None:
    assert label_kind(label) in (None, "other")


def test_roman_numbered_items_are_labels() -> None:
    text = (
        "I. Hari/Tgl : Kamis, 06-03-2025\n"
        "II. Waktu : 10.00 WIB\n"
        "III. Lokasi : Jl. Kenari II RT 03 RW 04\n"
        "IV. Kegiatan : Sambang\n"
        "IX. Situasi : aman\n"
    )
    kinds = [(s.kind, s.value) for s in split(text).sections]
    assert kinds == [
        ("date", "Kamis, 06-03-2025"),
        ("time", "10.00 WIB"),
        ("place", "Jl. Kenari II RT 03 RW 04"),
        ("activity", "Sambang"),
        ("situation", "aman"),
    ]
    parsed = parse(text)
    assert parsed.place == "Jl. Kenari II"
    assert parsed.date == dt.date(2025, 3, 6)


def test_a_comma_joined_date_label_gives_the_date() -> None:
    parsed = parse("1) Hari, tgl : Jumat, 7 Maret 2025\n2) Tempat : Pos RW 02\n3) Kegiatan : DDS")
    assert parsed.date == dt.date(2025, 3, 7)


# --- whom the visit reached -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        # PKK is an organisation, whoever its members are
        ("binluh ke ibu-ibu PKK RW 03 sebanyak 20 orang", {"other": 20}),
        ("penyuluhan kpd emak2 anggota PKK ±18 org", {"other": 18}),
        ("Sasaran : kader PKK 9 orang", {"other": 9}),
        # staff of an agency met at work
        ("sambang ke pos, ketemu 3 petugas Dishub", {"other": 3}),
        ("bertemu 2 staf kelurahan dan 4 warga", {"other": 2, "warga": 4}),
        ("didampingi Ibu Lurah, 20 warga hadir", {"other": 1, "warga": 20}),
        # a religious teacher by the abbreviated title
        ("ktm Ust. Salim dan 2 pengurus masjid", {"tokoh_agama": 3}),
        ("bertemu ust Hamid", {"tokoh_agama": 1}),
        # pupils of a pesantren are the young
        ("binluh ke santri ±40 org", {"kelompok_pemuda": 40}),
        ("Peserta : 25 santriwati", {"kelompok_pemuda": 25}),
    ],
)
def test_families_of_people_met(text: str, audience: dict[str, int | None]) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("1. Kegiatan : DD\n2. Sumber info : 2 pedagang dan 1 juru parkir", {"other": 3}),
        ("1. Kegiatan : PS\n2. Pihak yang hadir : Ketua RT 04, 1 orang tomas", {
            "perangkat_rt_rw": 1, "tokoh_masyarakat": 1}),
        ("Kegiatan : DDS\nJumlah KK dikunjungi : 12", {"warga": 12}),
    ],
)  # fmt: skip
def test_a_label_naming_whom_was_met_heads_the_audience(
    text: str, audience: dict[str, int | None]
) -> None:
    assert parse(text).audience == audience


# --- blank template values, appeals and findings as terse chat marks them ------------------


@pytest.mark.parametrize("blank", ["nihil", "Nihil.", "-", "...", "…", "kosong", "NIL", "n/a"])
def test_a_blank_template_value_fills_nothing(blank: str) -> None:
    parsed = parse(f"Kegiatan : Sambang\nKeluhan : {blank}\nPesan : {blank}\nSituasi : aman")
    assert parsed.findings == ""
    assert parsed.message == ""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sambang pos rw 03, pesan dari kami jaga kebersihan. aman", "jaga kebersihan"),
        (
            "DDS rt 02\nHIMBAUAN AGAR WARGA MENGUNCI MOTOR\nSITUASI AMAN",
            "AGAR WARGA MENGUNCI MOTOR",
        ),
        (
            "PD jl kenari\nPesan kamtibmas jangan parkir di bahu jalan",
            "jangan parkir di bahu jalan",
        ),
    ],
)
def test_a_leading_appeal_noun_is_the_label(text: str, message: str) -> None:
    assert parse(text).message == message


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("DDS rt 05, 8 rmh, tdk ada keluhan. aman", "tdk ada keluhan"),
        ("sambang pos ronda jam 21.00, tidak ada masalah, kondusif", "tidak ada masalah"),
        ("PD pasar pkl 10, blm ada laporan gangguan, aman", "blm ada laporan gangguan"),
    ],
)
def test_a_terse_report_of_nothing_found_is_the_finding(text: str, findings: str) -> None:
    assert parse(text).findings == findings


# --- activity types -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("sbg ke pos ronda rw 02", ["SB"]),
        ("smbg warga rt 3", ["SB"]),
        ("kmrn cs di pos rw 04 dgn pemuda", ["CS"]),
        ("tadi ps ke rumah pak rt soal parkir", ["PS"]),
        ("dd pkl 20.00 di gang mawar", ["DD"]),
        ("lapor ndan, ak cs sama teman", []),  # "cs" that tells no activity
        ("Jumat Curhat bersama warga di aula", ["SB"]),
    ],
)
def test_abbreviations_as_terse_chat_writes_them(text: str, types: list[str]) -> None:
    assert parse(text).types == types


@pytest.mark.parametrize(
    "text",
    [
        "Kapolsek AKP Bambang Santoso menyampaikan kegiatan cooling system",
        "Cooling system bersama Pak Saban, selama kegiatan aman",
        "Cooling system, kami sampaikan agar tidak terprovokasi",
    ],
)
def test_names_and_everyday_words_are_no_typos_of_a_keyword(text: str) -> None:
    parsed = parse(text)
    assert parsed.types == ["CS"]
    assert parsed.date is None


# --- when -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("binluh di sekolah pagi td, murid 30", TODAY),
        ("sambang pos ronda malam tadi", TODAY),
        ("PD pasar siang tadi, aman", TODAY),
    ],
)
def test_a_part_of_the_day_then_tadi_is_today(text: str, date: dt.date) -> None:
    assert parse(text).date == date


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Giat hari ini\n1. 0730 sambang pos ronda\n2. 1400 DDS rt 03", dt.time(7, 30)),
        ("- 1930 patroli dialogis jl kenari", dt.time(19, 30)),
        ("0900 binluh di SDN 01", dt.time(9, 0)),
    ],
)
def test_four_digits_heading_an_item_are_its_clock(text: str, start: dt.time) -> None:
    assert parse(text).start_time == start


@pytest.mark.parametrize("text", ["2024 warga ikut", "1. 1200 orang hadir", "1500 Desember"])
def test_four_digits_that_count_are_no_clock(text: str) -> None:
    assert parse(text).start_time is None


# --- where a value ends ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Kegiatan : Sambang\nPesan: kunci motor dan lapor RT. Situasi aman 👍", "kunci motor dan lapor RT."),
        ("Kegiatan : DDS\nPesan : jaga kampung. Kondisi kondusif", "jaga kampung."),
    ],
)  # fmt: skip
def test_a_last_sentence_stating_the_situation_ends_the_appeal(text: str, message: str) -> None:
    parsed = parse(text)
    assert parsed.message == message
    assert parsed.situation == "aman_kondusif"


@pytest.mark.parametrize(
    "signature",
    ["Aipda Budi 📞 081234567890", "Bripka Dwi HP. 0813-1234-5678", "Aiptu Heri 0812 3456 7890"],
)
def test_a_signature_with_a_phone_number_ends_the_value(signature: str) -> None:
    parsed = parse(f"Kegiatan : DDS\nPesan : kunci pintu saat mudik\n{signature}")
    assert parsed.message == "kunci pintu saat mudik"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "PD di pos kamling Jl. Kenari Raya selepas sholat isya, aman",
            "pos kamling Jl. Kenari Raya",
        ),
        ("sambang ke pos ronda jl paseban ba'da maghrib", "pos ronda jl paseban"),
        ("sbg di pos rw 03 jl kramat raya dgn linmas 2 org", "pos rw jl kramat raya"),
        ("PD di warung kopi jl bungur bareng ojol", "warung kopi jl bungur"),
        ("DDS Jl Kenari II\n8 rmh wrg, aman", "Jl Kenari II"),
        ("Lokasi : Jl. Salemba Tengah RT ... RW ...", "Jl. Salemba Tengah"),
        ("Lokasi : Gg. Mawar RT - / RW -", "Gg. Mawar"),
    ],
)
def test_a_place_ends_where_a_time_a_companion_or_a_count_begins(text: str, place: str) -> None:
    assert parse(text).place == place
