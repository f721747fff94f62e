"""The chat-message parser, round 7 of issue #15: whom the officer met, as a
model of the sentence rather than a list of phrases, and time ranges in the
shapes chats write them. Every example is invented (several phrasings per
rule, none copied from any corpus):

* the head of a group is one person of its kind (``Ketua panitia``,
  ``Ketua PKK``), a count after a clause telling who the group is
  (``ibu-ibu yg menggendong bayi ± 12 org``) is that group's;
* a head count written for a kind is the number of the same people named
  without one; a bare uncounted ``warga`` beside counted groups is the
  visit's general word;
* what was said or talked about (``bahwa``, ``soal``, ``tentang``,
  ``membahas``) names no one met, up to whom it was told to;
* at an event the officer secured, the attending crowd is not met when he
  is written to have met others (a meeting clause, a template's list);
* a dispute's parties end where a witness is named;
* time ranges: four digits joined by a range, a bare end hour after an
  evening start, ``sampai selesai`` with no end."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message
from sambang_tui.services.parse.audience import find_audience
from sambang_tui.services.parse.labels import label_kind

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


# --- the head of a group; a count after a clause ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Ketua panitia Bpk. Harun dan Ketua RW 02", {"other": 1, "perangkat_rt_rw": 1}),
        ("bertemu ketua paguyuban pedagang", {"other": 1}),
        ("Ketua kader Ibu Lastri dan kader jumantik 4 org", {"other": 5}),
        ("Ibu Rina (Ketua PKK RW 07)", {"other": 1}),
        ("ketua panitia Sdr. Bayu (Ketua PKK)", {"other": 1}),
    ],
)
def test_the_head_of_a_group_is_one_of_its_kind(text: str, want: dict) -> None:
    found = find_audience(text)
    assert {k: v for k, v in found.items() if k != "warga"} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ibu-ibu yg menggendong bayi ± 12 org", {"warga": 12}),
        ("bapak2 yang sedang ronda sekitar 6 orang", {"warga": 6}),
        ("pemuda yang biasa nongkrong di pos kurleb 9", {"kelompok_pemuda": 9}),
        ("warga yang antre sembako 40 org", {"warga": 40}),
    ],
)
def test_a_count_after_a_clause_telling_who_they_are(text: str, want: dict) -> None:
    assert find_audience(f"sambang, ketemu {text}") == want


def test_a_number_in_the_clause_without_a_unit_or_about_is_no_count() -> None:
    assert find_audience("ketemu ibu-ibu yang punya anak 3") == {"warga": None}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ngobrol dgn pelanggan warkop ±7 org", {"warga": 7}),
        ("ktm petugas ronda 4 org", {"warga": 4}),
        ("koordinasi dengan damkar 3 personel", {"other": 3}),
        ("ketemu kader 5 org", {"other": 5}),
        ("25 pmuda hadir", {"kelompok_pemuda": 25}),
    ],
)
def test_more_kinds_of_people_met(text: str, want: dict) -> None:
    assert find_audience(text) == want


# --- one crowd named twice; the general word ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Cooling system bersama kelompok pemuda dan remaja masjid. Sebanyak 22 pemuda hadir.",
            {"kelompok_pemuda": 22},
        ),
        ("sambang pengajian ibu2 komplek, jamaah ± 40 org", {"warga": 40}),
        ("silaturahmi dengan para pedagang pasar, pedagang 15 orang", {"other": 15}),
    ],
)
def test_a_head_count_is_the_number_of_the_same_people_named_without_one(
    text: str, want: dict
) -> None:
    assert find_audience(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "sambang ke warga gang mawar, ketemu pedagang sayur 6 org",
        "DDS ke warga, bertemu 4 ojol dan 2 satpam",
    ],
)
def test_uncounted_warga_beside_counted_groups_is_the_visits_general_word(text: str) -> None:
    assert "warga" not in find_audience(text)


def test_warga_listed_among_those_met_stays() -> None:
    found = find_audience("", said="Yang ditemui: 3 orang ojol dan warga sekitar")
    assert found == {"other": 3, "warga": None}


# --- what was said or talked about ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "berbincang dengan Ketua RT 03 yang menyampaikan bahwa anak-anak muda sering mabuk di pos",
        "ketemu Ketua RT 03, ngobrol soal pemuda yang balap liar",
        "bertemu Ketua RT 03 membahas keluhan pedagang kaki lima",
        "diskusi dengan Ketua RT 03 tentang parkir liar juru parkir",
    ],
)
def test_people_only_talked_about_are_not_met(text: str) -> None:
    assert find_audience(text) == {"perangkat_rt_rw": 1}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("penyuluhan tentang bahaya narkoba kepada ± 45 pelajar", {"kelompok_pemuda": 45}),
        ("sosialisasi soal judi online dengan 12 ibu-ibu", {"warga": 12}),
    ],
)
def test_the_topic_ends_where_whom_it_was_told_to_begins(text: str, want: dict) -> None:
    assert find_audience(text) == want


# --- a crowd at a secured event ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Acara dihadiri ± 250 jamaah. Aipda Rudi berkoordinasi dengan Ketua DKM dan 3 linmas "
        "untuk mengatur parkir jamaah.",
        "Peserta gerak jalan ±400 org. Berdialog dgn panitia 2 org dan Ketua DKM.",
        "Lomba diikuti sekitar 150 penonton, ktm Ketua DKM & panitia 2 org.",
    ],
)
def test_a_secured_events_crowd_is_not_met_when_others_are(text: str) -> None:
    found = find_audience(text, secured=True)
    assert "warga" not in found
    assert found["tokoh_agama"] == 1


def test_a_secured_events_crowd_alone_is_the_audience() -> None:
    assert find_audience("resepsi dihadiri ± 200 tamu undangan", secured=True) == {"warga": 200}


def test_a_crowd_met_outside_a_secured_event_counts() -> None:
    text = "Acara dihadiri ± 250 jamaah. Aipda Rudi berkoordinasi dengan Ketua DKM."
    assert find_audience(text) == {"warga": 250, "tokoh_agama": 1}


def test_a_crowd_in_the_templates_list_counts_even_when_secured() -> None:
    found = find_audience(
        "Pengamanan ibadah", said="Yang hadir: jemaat ± 90 org, 2 linmas", secured=True
    )
    assert found == {"warga": 90, "other": 2}


# --- the parties to a dispute and a witness ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Para pihak: Sdr. Anto dan Ibu Wati (pemilik rumah), disaksikan Ketua RT 04",
        "Pihak: Bpk. Roni (penyewa) dan Sdr. Dodi; disaksikan Ketua RT 04",
        "Para pihak : Sdr. Anto dan Sdr. Budi didampingi Ketua RT 04",
    ],
)
def test_a_witness_is_no_party(text: str) -> None:
    assert find_audience(text) == {"warga": 2, "perangkat_rt_rw": 1}


# --- labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Pesan ke panitia", "message"),
        ("Himbauan kepada warga", "message"),
        ("Pesan utk para pedagang", "message"),
        ("Kapan", "date"),
        ("Dimana", "place"),
        ("Keramaian", "other"),
    ],
)
def test_more_labels(label: str, kind: str) -> None:
    assert label_kind(label) == kind


def test_a_bullet_beside_a_labelled_bullet_ends_its_value() -> None:
    report = parse(
        "• Tempat : Balai RW 03 Jl. Anggrek\n"
        "• Pesan : jaga barang bawaan\n"
        "• Kegiatan berjalan aman\n"
        "Bripka Tono"
    )
    assert report.message == "jaga barang bawaan"
    assert report.situation == "aman_kondusif"


def test_a_list_under_a_bulleted_label_stays_its_value() -> None:
    report = parse(
        "- Giat : sambang\n- Peserta : - Ibu-ibu PKK : 9 org\n- Ketua RW : 1 org\nBripka Tono"
    )
    assert report.audience == {"other": 9, "perangkat_rt_rw": 1}


# --- time ranges ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("sambang pos ronda 1930 s/d 2130 wib", "19:30", "21:30"),
        ("Senin 9/2/2026 | 0800-1000 | sambang warga", "08:00", "10:00"),
        ("sambang jam 9 sd 11 di balai warga", "09:00", "11:00"),
        ("sambang pkl 19.30 s.d. 21.00 wib", "19:30", "21:00"),
        ("sambang mulai 20.00 hingga 22.00", "20:00", "22:00"),
        ("ronda jam 8 malam sampai 11", "20:00", "23:00"),
        ("sambang pkl 7 malam - 9 di pos", "19:00", "21:00"),
        ("sambang jam 3 sore sampai 5", "15:00", "17:00"),
        ("Kapan : tadi, 13:30-15:00\nGiat : sambang", "13:30", "15:00"),
    ],
)
def test_time_ranges_as_chats_write_them(text: str, start: str, end: str) -> None:
    report = parse(text)
    assert report.start_time == dt.time.fromisoformat(start)
    assert report.end_time == dt.time.fromisoformat(end)


@pytest.mark.parametrize(
    "text",
    [
        "sambang dari jam 8 sampai selesai",
        "sambang mulai pukul 09.00 WIB s.d selesai",
        "sambang pkl 10.00 hingga selesai",
    ],
)
def test_until_done_has_no_end(text: str) -> None:
    report = parse(text)
    assert report.start_time is not None
    assert report.end_time is None


@pytest.mark.parametrize(
    "text",
    [
        "anggaran tahun 2025-2026 dibahas saat sambang",
        "hubungi 0812-3456 bila ada kejadian",
        "sambang rumah no 1204-1206",
    ],
)
def test_four_digits_that_are_no_clock(text: str) -> None:
    assert parse(text).start_time is None
