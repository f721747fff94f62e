"""The chat-message parser, round 18, invariance lane "order": a report's
fields read the same whatever order its lines are in and however its times
and counts are written — a spoken clock ("jam setengah delapan malam"), the
date on a line of its own under the signature, a template's fields in
another order, counts written out ("empat belas orang"). Every example is
invented; each rule has a message read as written and with the habit, and a
look-alike where the text must stay as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports
from sambang_tui.services.parse.date_pick import date_line_first
from sambang_tui.services.parse.numerals import as_digits
from sambang_tui.services.parse.times import find_time

TODAY = dt.date(2026, 3, 12)  # a Thursday


def _fields(text: str) -> dict[str, object]:
    r = parse_message(text, TODAY)
    return {
        "date": r.date,
        "start": r.start_time,
        "end": r.end_time,
        "place": r.place,
        "audience": r.audience,
        "message": r.message,
        "situation": r.situation,
    }


# --- a spoken clock --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "spoken"),
    [
        ("pkl 19.30 WIB", "jam setengah delapan malam"),
        ("pkl 19.15 WIB", "jam 7 seperempat malam"),
        ("pkl 14.10 WIB", "jam 2 lewat 10 siang"),
        ("pkl 18.45 WIB", "jam 7 kurang seperempat malam"),
        ("pkl 12.30 WIB", "jam setengah 1 siang"),
        ("pkl 20.00 WIB", "jam 8an malam"),
        ("pkl 01.00 WIB", "jam 1 dini hari"),
    ],
)
def test_a_spoken_clock_reads_as_the_written_one(written: str, spoken: str) -> None:
    text = "Ijin lapor, Rabu 11/3 {} sambang pos ronda Jl. Anggrek RT 04 RW 02, aman.\nAipda Budi"
    assert _fields(text.format(spoken)) == _fields(text.format(written))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # two parts of the day that disagree: the one written apart from the hour is chosen
        ("kemarin malam jam 8 pagi patroli ke pos ronda", dt.time(20)),
        ("dini hari sekitar jam 2.30 siang patroli sahur", dt.time(2, 30)),
        ("sambang warung jam 9 pagi malam", dt.time(21)),
        ("tadi sore jam 4 pagi DDS ke rumah warga", dt.time(16)),
        # look-alikes: one part, or parts that agree, stay as they are
        ("patroli jam 9 pagi ke pasar", dt.time(9)),
        ("pagi ini jam 7 pagi senam bersama", dt.time(7)),
        ("jam 12 siang sambang kantor RW", dt.time(12)),
        ("jam 12 malam patroli", dt.time(0)),
    ],
)
def test_parts_of_the_day_beside_an_hour(text: str, start: dt.time) -> None:
    found = find_time(as_digits(text))
    assert found is not None and found[0] == start


def test_a_range_after_a_rough_hour() -> None:
    assert find_time("Sabtu pagi jam 7an pagi sampe jam 9an ane pengamanan") == (
        dt.time(7),
        dt.time(9),
    )
    assert find_time("jam 7an, 5 orang hadir") == (dt.time(7), None)  # no range


def test_clock_words_with_the_hour_in_digits() -> None:
    assert as_digits("jam 9 seperempat malam") == "jam 9.15 malam"
    assert as_digits("jam 2 lewat 10 siang") == "jam 2.10 siang"
    assert as_digits("jam 8 kurang seperempat") == "jam 7.45"
    # "kurang lebih" is no clock: the text stays as it is
    assert as_digits("kurang lebih 20 orang") == "kurang lebih 20 orang"


# --- the date under the signature ------------------------------------------------------------

_TEMPLATE = (
    "LAPORAN GIAT BHABINKAMTIBMAS\n"
    "{date}"
    "Pukul : 09.00 s/d 10.30 WIB\n"
    "Tempat : Balai Warga RW 03, Jl. Flamboyan\n"
    "Kegiatan : Sambang\n"
    "Yang ditemui : Ketua RW 03 dan 6 orang warga\n"
    "Uraian : silaturahmi dengan pengurus RW\n"
    "Himbauan : agar warga mengaktifkan ronda malam\n"
    "Situasi : aman kondusif\n\n"
    "Aipda Budi Santoso\n"
    "{last}"
)


def test_the_date_written_last_is_the_reports() -> None:
    date = "Hari/Tanggal : Selasa, 10 Maret 2026\n"
    first = parse_reports(_TEMPLATE.format(date=date, last=""), TODAY)
    last = parse_reports(_TEMPLATE.format(date="", last=date), TODAY)
    assert len(first) == len(last) == 1
    assert _fields(_TEMPLATE.format(date="", last=date)) == _fields(
        _TEMPLATE.format(date=date, last="")
    )
    assert last[0].date == dt.date(2026, 3, 10)


def test_a_terse_message_signed_above_its_date() -> None:
    as_written = "DDS rw 04 rt 02 jl kenanga\n10 KK, aman\nSutrisno\nSelasa 10/3 jam 19.00"
    r = parse_message(as_written, TODAY)
    assert r.date == dt.date(2026, 3, 10) and r.start_time == dt.time(19)
    assert r.officer == "Sutrisno"


def test_a_last_line_with_more_than_a_date_stays_where_it_is() -> None:
    # "… 10/3 pkl 19.00 aman" holds the situation: it is the close, not a date line
    text = "Sambang pos RW 05\nketemu ketua RW\nhimbau jaga kebersihan\n10/3 pkl 19.00 aman"
    assert date_line_first(text, TODAY) == text
    r = parse_message(text, TODAY)
    assert r.date == dt.date(2026, 3, 10) and r.start_time == dt.time(19)
    # nor is a date line moved when another line dates the message
    dated = "Senin 9/3 sambang pos RW 05\nketemu ketua RW\nhimbau jaga kebersihan\nSelasa 10/3"
    assert date_line_first(dated, TODAY) == dated
    moved = "Sambang pos RW 05\nketemu ketua RW\nhimbau jaga kebersihan\nSelasa 10/3"
    assert date_line_first(moved, TODAY).startswith("Selasa 10/3\nSambang")


# --- counts written out ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("digits", "words"),
    [
        ("Peserta :\n- Ketua RT 05 : 1 org\n- Karang Taruna : 14 org", None),
        ("Narasumber : pedagang kaki lima 4 orang", None),
        ("DDS jl melati 9 rmh wrg, keluhan: got mampet. aman", None),
    ],
)
def test_a_count_in_words_reads_as_in_digits(digits: str, words: None) -> None:
    spelt = (
        digits.replace("14", "empat belas")
        .replace(" 1 org", " satu org")
        .replace("4 orang", "empat orang")
        .replace("9 rmh", "sembilan rmh")
    )
    a, b = _fields(digits), _fields(spelt)
    assert a["audience"] == b["audience"] and a["place"] == b["place"]


def test_idioms_with_a_number_stay_words() -> None:
    assert as_digits("pedagang kaki lima") == "pedagang kaki lima"
    assert as_digits("pedagang kaki lima empat orang") == "pedagang kaki lima 4 orang"
    assert as_digits("salah satu warga") == "salah satu warga"


def test_a_count_in_words_marks_whom_was_met_before_the_appeal() -> None:
    digits = "sbg musholla jl mawar ktm ketua dkm n 3 pengurus, pesan jaga parkir. aman. aipda budi"
    words = digits.replace(" 3 ", " tiga ")
    assert parse_message(words, TODAY).message == parse_message(digits, TODAY).message
    assert parse_message(words, TODAY).message == "jaga parkir"


# --- a template's lines in another order -----------------------------------------------------


def test_the_list_of_whom_was_met_wherever_its_items_are() -> None:
    in_order = (
        "Giat DDS\nTgl 10/3 jam 09.00\nLokasi : Jl. Dahlia RT 02 RW 05\nWarga dikunjungi :\n"
        "- Ketua RT : 1 org\n- KK : 8\nPesan : kunci pintu saat mudik\nAipda Budi"
    )
    moved = (
        "Giat DDS\nTgl 10/3 jam 09.00\nLokasi : Jl. Dahlia RT 02 RW 05\nWarga dikunjungi :\n"
        "- Pesan : kunci pintu saat mudik\nKetua RT : 1 org\nKK : 8\nAipda Budi"
    )
    assert (
        _fields(moved)["audience"]
        == _fields(in_order)["audience"]
        == {
            "perangkat_rt_rw": 1,
            "warga": 8,
        }
    )


def test_a_heading_alone_gathers_the_counts_below_other_fields() -> None:
    text = (
        "Update giat\nActivity: Sambang\nVenue: Pos RW 02, Jl. Kenari\nAttendees:\n"
        "- Pesan: jangan sebar hoax\n- Status: aman\nLinmas : 6 org\nFKDM : 4 org\nBripka Agus"
    )
    assert _fields(text)["audience"] == {"other": 10}


def test_counts_outside_a_list_stay_out_of_it() -> None:
    # no heading for whom was met: a labelled count is not gathered under anything
    text = "Sambang pos RW 02\nLinmas : 6 org\nPesan : jangan sebar hoax\nBripka Agus"
    r = parse_message(text, TODAY)
    assert r.message == "jangan sebar hoax"
