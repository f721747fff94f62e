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
from sambang_tui.services.parse.sections import label_kind, split

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
