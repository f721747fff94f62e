"""The chat-message parser, round 18, labels lane: a template read the same
whatever words its labels are in, when an emoji or nothing known stands for
a label, and whatever order its fields are in. Every message is invented;
each rule has a case where it must apply (the message as written and with
the habit give the same fields) and a look-alike where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports
from sambang_tui.services.parse.labels import label_kind
from sambang_tui.services.parse.sections import split
from sambang_tui.services.parse.shapes import value_kind

TODAY = dt.date(2026, 2, 11)  # a Wednesday
FIELDS = (
    "date", "start_time", "end_time", "place", "rw", "rt", "message", "findings", "situation",
    "audience",
)  # fmt: skip


def _fields(text: str) -> dict[str, object]:
    parsed = parse_message(text, TODAY)
    return {name: getattr(parsed, name) for name in FIELDS}


WRITTEN = (
    "Lapor giat sambang\n"
    "1. Hari/Tgl : Senin, 9 Februari 2026\n"
    "2. Waktu : 09.00 - 11.00 WIB\n"
    "3. Tempat : Balai warga Jl. Mawar Raya RT 03 RW 04\n"
    "4. Kegiatan : Sambang warga dan pengurus RT\n"
    "5. Pesan : agar warga mengaktifkan ronda malam\n"
    "6. Hasil : Warga mengeluhkan lampu jalan mati di ujung gang\n"
    "7. Situasi : aman terkendali\n"
    "Aipda Rahmat"
)


# --- a label read by the family of its words ----------------------------------------------


@pytest.mark.parametrize(
    "labels",
    [
        ("Hari kegiatan", "Jam pelaksanaan", "Tempat sambang", "Himbauan yg diberikan",
         "Temuan di lapangan", "Keadaan lingkungan"),
        ("Tanggal pelaksanaan", "Pukul giat", "Lokasi kegiatan", "Yg disampaikan",
         "Hasil yang diperoleh", "Kondisi wilayah"),
    ],
)  # fmt: skip
def test_a_label_in_other_words_reads_as_the_one_of_its_family(
    labels: tuple[str, ...],
) -> None:
    renamed = WRITTEN
    for old, new in zip(
        ("Hari/Tgl", "Waktu", "Tempat", "Pesan", "Hasil", "Situasi"), labels, strict=True
    ):
        renamed = renamed.replace(f" {old} :", f" {new} :")
    assert _fields(renamed) == _fields(WRITTEN)
    assert _fields(WRITTEN)["message"] == "agar warga mengaktifkan ronda malam"


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Tgl sambang", "date"),
        ("Kondisi lingkungan", "situation"),
        ("Yang diperoleh", "findings"),
        ("Penyampaian", "message"),
        # a word of no family: the label stays unknown
        ("Kondisi jalan", None),
        ("Yang disampaikan warga", None),
        # "today" heads what follows, it is no date's label
        ("Giat hari ini", None),
    ],
)
def test_a_label_s_family_needs_every_word_to_belong(label: str, kind: str | None) -> None:
    assert label_kind(label) == kind


def test_a_situation_field_that_tells_an_agreement_is_what_was_found() -> None:
    text = (
        "Tempat : rumah Ketua RT 05 Jl. Kenanga\n"
        "Permasalahan : batas pagar dua rumah\n"
        "Kondisi wilayah : kedua pihak sepakat pagar diukur ulang hari Sabtu\n"
        "Situasi : kondusif"
    )
    parsed = parse_message(text, TODAY)
    assert parsed.findings == (
        "batas pagar dua rumah\nkedua pihak sepakat pagar diukur ulang hari Sabtu"
    )
    assert parsed.situation == "aman_kondusif"


def test_a_situation_or_a_judgement_stays_as_it_is() -> None:
    text = (
        "Tempat : Pos ronda Jl. Kenanga\n"
        "Hasil : pemuda sering nongkrong sampai subuh\n"
        "Analisa : potensi balap liar apabila tidak ditertibkan\n"
        "Kondisi wilayah : aman terkendali"
    )
    parsed = parse_message(text, TODAY)
    assert parsed.findings == "pemuda sering nongkrong sampai subuh"
    assert parsed.situation == "aman_kondusif"


# --- a field read from what its value looks like ---------------------------------------------


@pytest.mark.parametrize("marks", [("▶️",) * 5, ("📆", "⌛", "🏘️", "📣", "🟢")])
def test_an_emoji_for_a_label_reads_its_field_from_the_value(marks: tuple[str, ...]) -> None:
    swapped = WRITTEN
    for old, mark in zip(("Hari/Tgl", "Waktu", "Tempat", "Pesan", "Situasi"), marks, strict=True):
        swapped = swapped.replace(f" {old} : ", f" {mark} ")
    assert _fields(swapped) == _fields(WRITTEN)


def test_a_label_the_parser_does_not_know_is_read_from_its_value() -> None:
    text = WRITTEN.replace("Hari/Tgl :", "Pelaksanaan :").replace("Waktu :", "Dimulai :")
    assert _fields(text) == _fields(WRITTEN)


@pytest.mark.parametrize(
    "value",
    [
        "Warga mengeluh banyak parkir liar",  # what was found: any label's
        "Rumah warga kebanjiran setinggi 30 cm",  # a venue's word, no venue named
        "Minggu depan ada kerja bakti",  # a weekday, no date
        "10 orang warga",
    ],
)
def test_a_value_that_could_be_more_than_one_field_is_not_read(value: str) -> None:
    assert value_kind(value) is None


def test_an_emoji_item_that_is_no_field_ends_the_item_above_it() -> None:
    text = (
        "1. Tempat : Pos ronda Jl. Kenanga RT 02\n"
        "2. Hasil : warga minta patroli malam ditambah\n"
        "3. 🔎 ada pemuda mabuk tiap malam minggu\n"
        "4. 🟢 aman terkendali"
    )
    layout = split(text)
    assert [s.value for s in layout.sections if s.kind == "findings"] == [
        "warga minta patroli malam ditambah"
    ]
    assert parse_message(text, TODAY).situation == "aman_kondusif"


def test_a_bullet_before_a_label_alone_keeps_it_a_heading() -> None:
    text = (
        "▪️ Tempat : Musholla Al Ikhlas\n"
        "▪️ Pesan kamtibmas\n"
        "Jaga kebersihan lingkungan dan aktifkan ronda\n"
        "▪️ Situasi : aman"
    )
    assert parse_message(text, TODAY).message == "Jaga kebersihan lingkungan dan aktifkan ronda"


# --- nothing depends on the fields' order -----------------------------------------------------


def _reversed_fields(text: str) -> str:
    lines = text.split("\n")
    fields = [line.split(". ", 1) for line in lines[1:-1]]
    bodies = [body for _, body in fields][::-1]
    return "\n".join(
        [lines[0], *(f"{n}. {b}" for (n, _), b in zip(fields, bodies, strict=True)), lines[-1]]
    )


def test_what_was_found_is_told_matter_first_whatever_the_order() -> None:
    text = WRITTEN.replace("6. Hasil :", "6. Permasalahan :").replace(
        "7. Situasi : aman terkendali",
        "7. Harapan : Ketua RT minta lampu segera diganti\n8. Situasi : aman terkendali",
    )
    assert _fields(text)["findings"] == (
        "Warga mengeluhkan lampu jalan mati di ujung gang\nKetua RT minta lampu segera diganti"
    )
    assert _fields(_reversed_fields(text)) == _fields(text)
    # fields of no such order stay as written: "Hasil" then "Keluhan"
    both = WRITTEN.replace(
        "7. Situasi : aman terkendali", "7. Keluhan : parkir liar\n8. Situasi : aman terkendali"
    )
    assert _fields(both)["findings"] == (
        "Warga mengeluhkan lampu jalan mati di ujung gang\nparkir liar"
    )


def test_the_people_listed_apart_from_their_heading_are_still_whom_was_met() -> None:
    written = (
        "Tempat : Balai RW 02 Jl. Dahlia\n"
        "Sasaran :\n"
        "Ketua RT : 3 org\n"
        "Warga : 15 org\n"
        "Pesan : agar ronda diaktifkan\n"
        "Situasi : aman"
    )
    apart = (
        "Tempat : Balai RW 02 Jl. Dahlia\n"
        "Ketua RT : 3 org\n"
        "Sasaran :\n"
        "Pesan : agar ronda diaktifkan\n"
        "Situasi : aman\n"
        "Warga : 15 org"
    )
    assert _fields(apart)["audience"] == _fields(written)["audience"]
    # no heading to put them under: a line of counts stays where it is
    alone = "Tempat : Balai RW 02 Jl. Dahlia\nPesan : agar ronda diaktifkan\nWarga : 15 org"
    assert split(alone).first("audience") is None


def test_a_template_written_twice_splits_where_the_second_begins_whatever_its_order() -> None:
    text = (
        "Lapor 2 giat\n\n"
        "Kegiatan 1\n"
        "Hari/Tgl : Senin, 9 Februari 2026\n"
        "Tempat : Pos ronda Jl. Kenanga\n"
        "Kegiatan : Sambang peronda\n\n"
        "Kegiatan 2\n"
        "Situasi : waspada\n"
        "Hasil : ada tantangan tawuran lewat medsos\n"
        "Kegiatan : Deteksi dini remaja\n"
        "Tempat : Lapangan voli Jl. Melati\n"
        "Hari/Tgl : Senin, 9 Februari 2026\n"
    )
    first, second = parse_reports(text, TODAY)
    assert first.findings == "" and first.situation is None
    assert second.findings == "ada tantangan tawuran lewat medsos"
    assert second.situation == "waspada"
