"""The chat-message parser, round 19, align lane: how many reports a message
holds and which of them each field lands in — type codes written as codes, a
day of its own opening a report run on, headings that count activities over
their numbered steps, a message's heading, a label naming two fields, and the
closing situation every activity shares. Every message is invented, each rule
with a case where it must apply and one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports
from sambang_tui.services.parse.activity import find_types
from sambang_tui.services.parse.labels import unpaired

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a type written as its code in capitals --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("PKM khitanan massal di aula masjid jl anggrek, tamu 150an. aman", ["PKM"]),
        ("Selasa giat PKM lomba mewarnai anak di RPTRA Melati, aman", ["PKM"]),
        ("- SB ke rumah Ketua RT 03 di Jl. Cempaka, pkl 09.00, aman.", ["SB"]),
        ("SB + DDS gg. mawar 6 rumah, aman", ["SB", "DDS"]),
        # a puskesmas, named by the place after it; a plate's letters; the code in lower case
        ("sambang ke PKM Kec. Melati, ktm kepala puskesmas", ["SB"]),
        ("sambang ke PKM Cempaka Putih, ktm 2 satpam", ["SB"]),
        ("patroli dialogis, motor B 4521 SB parkir di trotoar ditegur", ["PD"]),
        ("ngobrol sama pkm kelurahan soal posyandu", []),
        ("DDS 5 rumah, 1 warga diantar ke PKM utk berobat", ["DDS"]),
        ("DD: info pelaku jambret inisial SB dan AR sering nongkrong di gang", ["DD"]),
    ],
)
def test_a_type_written_as_its_code_in_capitals_is_read(text: str, types: list[str]) -> None:
    assert find_types(text) == types


def test_a_code_opening_a_list_item_opens_its_report() -> None:
    text = (
        "Aipda Rahmat 10/2/26:\n"
        "- SB ke Ketua RW 04 di Jl. Anggrek Raya, pkl 09.30, aman.\n"
        "- Patroli dialogis pasar Melati pkl 16.00, ktm 5 pedagang. aman.\n"
    )
    reports = parse_reports(text, TODAY)
    assert [r.types for r in reports] == [["SB"], ["PD"]]


# --- a sentence with its own activity and its own day, run on ---------------------------------


def test_an_activity_on_a_day_of_its_own_run_on_opens_a_report() -> None:
    text = (
        "izin ndan. senin 9 feb jam 10 pagi sambang ke rumah ketua rw 03 jl cempaka, bahas "
        "ronda. aman ndan. DDS hari ini aman, warga tertib"
    )
    reports = parse_reports(text, TODAY)
    assert len(reports) == 2
    assert reports[0].date == dt.date(2026, 2, 9)
    assert reports[1].date == TODAY
    assert reports[1].types == ["DDS"]


def test_the_same_day_told_again_is_the_same_report() -> None:
    # read on the Monday itself: "hari ini" is the day already written, the visit told on
    text = (
        "izin ndan. senin 9 feb jam 10 pagi sambang ke rumah ketua rw 03 jl cempaka, bahas "
        "ronda. aman ndan. Sambang hari ini aman, warga tertib"
    )
    assert len(parse_reports(text, dt.date(2026, 2, 9))) == 1


# --- headings counting the activities, numbered steps under each --------------------------------


def test_numbered_steps_under_counted_headings_belong_to_their_heading() -> None:
    text = (
        "Giat 1 Sambang — Selasa 10/2/2026 pkl 09.00\n"
        "1. Menyambangi Pos RW 05 Jl. Melati\n"
        "2. Bertemu Ketua RW 05 dan 3 linmas\n"
        "Giat 2 DDS — pkl 14.00\n"
        "1. Mendatangi 7 rumah warga Gg. Anggrek RT 02 RW 05\n"
        "2. Menampung keluhan lampu jalan mati\n"
        "Aman terkendali. Aipda Rahmat, Bhabin Melati"
    )
    reports = parse_reports(text, TODAY)
    assert [r.types for r in reports] == [["SB"], ["DDS"]]
    assert [r.start_time for r in reports] == [dt.time(9), dt.time(14)]
    assert [r.situation for r in reports] == ["aman_kondusif", "aman_kondusif"]


def test_numbered_items_without_headings_are_each_an_activity() -> None:
    text = (
        "Selasa 10/2/2026\n"
        "1. 09.00 sambang pos rw 05 jl melati, ktm 3 linmas, aman\n"
        "2. 14.00 dds 7 rumah gg anggrek rt 02 rw 05, aman\n"
        "aipda rahmat"
    )
    assert len(parse_reports(text, TODAY)) == 2


# --- a message's heading: a title with the writer under it ------------------------------------


def test_a_title_with_the_writer_under_it_is_no_report_of_its_own() -> None:
    text = (
        "📣 LAPORAN SAMBANG WARUNG KOPI 📣\n"
        "👮 Aipda Rahmat – Bhabinkamtibmas Kel. Melati\n\n"
        "📅 Senin, 09-02-2026\n"
        "⏰ Pkl 20.00 WIB\n"
        "📍 Warkop Bu Sri Jl. Anggrek Raya No. 4, RT 003/RW 05\n"
        "👥 Sasaran : pemilik warung dan pengunjung ± 9 orang\n"
        "📝 Kegiatan : Sambang, pendataan pengunjung\n"
        "✅ Situasi : aman kondusif\n"
    )
    reports = parse_reports(text, TODAY)
    assert len(reports) == 1
    assert reports[0].start_time == dt.time(20)
    assert reports[0].rw == 5


def test_two_paragraphs_each_telling_a_visit_stay_two() -> None:
    text = (
        "Senin 9/2/2026 pkl 09.00 sambang ke pos ronda RW 05 Jl. Melati, ktm 4 warga. Aman.\n\n"
        "Pkl 15.00 DDS ke 6 rumah di Gg. Anggrek RT 02 RW 07, warga minta patroli. Aman."
    )
    assert len(parse_reports(text, TODAY)) == 2


# --- numbered steps of one visit under the paragraph that dates it -----------------------------


def test_numbered_steps_of_one_visit_are_one_report() -> None:
    text = (
        "Lap giat DDS Bhabinkamtibmas Kel. Melati\n"
        "Senin, 9 Februari 2026 pkl 19.30 WIB\n"
        "Pos ronda Jl. Anggrek RT 02 RW 05\n\n"
        "1. Menyambangi warga yg ronda +/- 5 orang\n"
        "2. Memberikan himbauan agar portal ditutup jam 23.00\n"
        "3. Menampung keluhan soal motor hilang di jembatan penyeberangan\n\n"
        "Situasi aman.\nAipda Rahmat"
    )
    reports = parse_reports(text, TODAY)
    assert len(reports) == 1
    assert reports[0].start_time == dt.time(19, 30)


def test_a_numbered_list_of_another_activity_is_no_step_of_the_first() -> None:
    text = (
        "Lap giat DDS Bhabinkamtibmas Kel. Melati\n"
        "Senin, 9 Februari 2026 pkl 09.00 WIB\n"
        "Gg. Anggrek RT 02 RW 05, 6 rumah\n\n"
        "1. Patroli dialogis di pangkalan ojek Jl. Cempaka Raya\n"
        "2. Ketemu 4 driver, himbau kunci ganda\n\n"
        "Situasi aman.\nAipda Rahmat"
    )
    assert [r.types for r in parse_reports(text, TODAY)] == [["DDS"], ["PD"]]


def test_numbered_items_each_with_an_activity_and_a_time_stay_apart() -> None:
    text = (
        "Lap giat Bhabinkamtibmas Kel. Melati, Senin 9 Februari 2026\n\n"
        "1. Pkl 09.00 sambang ke Pos RW 05 Jl. Melati, ktm 3 linmas\n"
        "2. Pkl 14.00 DDS ke 6 rumah Gg. Anggrek RT 02 RW 07\n\n"
        "Aman.\nAipda Rahmat"
    )
    assert len(parse_reports(text, TODAY)) == 2


# --- an activity named back ("Dari hasil sambang …") ------------------------------------------


def test_a_line_naming_the_activity_back_opens_no_report() -> None:
    text = (
        "Dengan hormat,\n"
        "Dilaporkan bahwa pada hari Senin tanggal 9 Februari 2026 pukul 10.00 WIB saya Aipda "
        "Rahmat telah melaksanakan Sambang ke Pasar Melati, Jl. Anggrek Raya.\n"
        "Dari hasil sambang diketahui bahwa sering terjadi copet pada pukul 16.00 s.d. 17.00.\n"
        "Situasi aman dan kondusif.\n"
        "Hormat saya,\nAipda Rahmat"
    )
    reports = parse_reports(text, TODAY)
    assert len(reports) == 1
    assert reports[0].start_time == dt.time(10)


def test_a_line_with_an_activity_and_a_time_of_its_own_opens_one() -> None:
    text = (
        "Senin 9/2/2026\n"
        "Pukul 10.00 sambang ke Pasar Melati, Jl. Anggrek Raya, ktm 5 pedagang.\n"
        "Pukul 16.00 patroli dialogis di Jl. Cempaka RT 01 RW 03, ktm 4 pemuda.\n"
        "Aipda Rahmat"
    )
    assert len(parse_reports(text, TODAY)) == 2


# --- a label naming two fields -------------------------------------------------------------------


def test_a_label_naming_two_fields_is_read_as_both() -> None:
    text = (
        "LAPORAN GIAT BHABINKAMTIBMAS MELATI\n"
        "Tempat/Waktu : Warkop Bu Sri, Jl. Anggrek Raya / Senin 9 Februari 2026 pkl 20.00\n"
        "Giat : Sambang\n"
        "Sasaran : pengunjung warkop 6 org\n"
        "Sit : aman\nAipda Rahmat"
    )
    report = parse_message(text, TODAY)
    assert report.date == dt.date(2026, 2, 9)
    assert report.start_time == dt.time(20)
    assert report.place == "Warkop Bu Sri, Jl. Anggrek Raya"


@pytest.mark.parametrize(
    "line",
    [
        "Hari/Tanggal : Senin / 9 Februari 2026",  # one field under two words
        "Waktu/Tempat : 20.00 di pos ronda Jl. Melati",  # no slash parting the values
        "Tempat/Waktu : Jl. Melati RT 02/05",  # an RT/RW's slash, no spaces
        "Hasil/Temuan : warga minta lampu / CCTV dipasang",
    ],
)
def test_a_label_of_one_field_or_values_not_parted_is_left(line: str) -> None:
    assert unpaired(line) == line


def test_two_templates_each_under_its_dated_line_keep_their_days() -> None:
    text = (
        "LAPORAN GIAT BHABINKAMTIBMAS MELATI\n"
        "1. Senin 9 Februari 2026\n"
        "   Waktu/Tempat : 19.30 / Pos Ronda RT 01 RW 05 Jl. Melati\n"
        "   Giat : Sambang\n"
        "   Pesan : jaga kampung\n"
        "2. Selasa 10 Februari 2026\n"
        "   Tempat/Waktu : Aula Masjid Jl. Anggrek / 08.00 s/d 10.00\n"
        "   Giat : Binluh\n"
        "Sit. aman\nAipda Rahmat"
    )
    reports = parse_reports(text, TODAY)
    assert [r.date for r in reports] == [dt.date(2026, 2, 9), dt.date(2026, 2, 10)]
    assert [r.start_time for r in reports] == [dt.time(19, 30), dt.time(8)]
    assert reports[1].place == "Aula Masjid Jl. Anggrek"


# --- the closing situation every activity shares ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        (
            "Ijin lapor. Senin, 9 Februari 2026:\n"
            "Pertama, pukul 09.00 WIB melaksanakan sambang ke Kantor RW 05, Jl. Melati No. 3, "
            "bertemu Ketua RW.\n"
            "Kedua, ba'da sholat Ashar melaksanakan binluh di Masjid Al Huda RT 002/RW 007 "
            'Jl. Anggrek kepada jamaah ± 30 orang, dengan pesan: "Waspada penipuan online."\n'
            "Situasi aman dan kondusif.\nAipda Rahmat"
        ),
        (
            "1) sbg tomas H. Darto rw 5 melati pkl 10\n"
            "2) dds rt 02 rw 07 melati 6 kk, keluhan: got mampet\n"
            "aman. aipda rahmat"
        ),
        (
            "Ijin lapor giat Senin 9 Februari 2026\n\n"
            "Giat 1 – Sambang\n⏰ 09.00-10.00\n📍 Pos RW 05, Jl. Melati\n"
            "💬 Pesan: jaga kampung\n\n"
            "Giat 2 – DDS\n⏰ 15.00\n📍 Gg. Anggrek RT 02 RW 07\n"
            "💬 Pesan: kunci ganda motor\nSit: aman semua 👍\nAipda Rahmat"
        ),
    ],
)
def test_the_closing_situation_is_every_activitys(text: str) -> None:
    reports = parse_reports(text, TODAY)
    assert len(reports) == 2
    assert [r.situation for r in reports] == ["aman_kondusif", "aman_kondusif"]


def test_a_situation_told_inside_the_last_item_is_its_own() -> None:
    text = (
        "Senin 9/2/2026\n"
        "1. 09.00 sambang pos rw 05 jl melati, ktm 3 linmas\n"
        "2. 20.00 patroli dialogis jl anggrek rt 02 rw 07, pemuda nongkrong. situasi rawan\n"
        "aipda rahmat"
    )
    reports = parse_reports(text, TODAY)
    assert len(reports) == 2
    assert reports[0].situation is None
    assert reports[1].situation == "rawan"


# --- the kelurahan a part names of its own, before the message's head ----------------------------


def test_a_part_helping_another_bhabin_takes_that_bhabins_kelurahan() -> None:
    text = (
        "Laporan kegiatan Aipda Rahmat, Bhabinkamtibmas Kenari, Senin 9 Februari 2026.\n"
        "Pagi pukul 08.00 melaksanakan Binluh di aula SD Melati, diikuti 30 siswa, pesan agar "
        "menjauhi tawuran.\n"
        "Siang pukul 13.00 membantu Bhabin Paseban melakukan Sambang ke Pos RW 04 Jl. Melati, "
        "bertemu Ketua RW 04.\n"
        "Situasi di kedua lokasi aman."
    )
    reports = parse_reports(text, TODAY)
    assert [r.kelurahan for r in reports] == ["Kenari", "Paseban"]


def test_a_part_naming_no_kelurahan_takes_the_messages() -> None:
    text = (
        "Lapor ndan, pagi jam 9 sambang warga RT 02 RW 05 Kel. Kenari, 8 org, aman. Lanjut jam "
        "14.00 DDS ke rumah warga RT 04 RW 05, 6 KK. Bripka Agus"
    )
    reports = parse_reports(text, TODAY)
    assert [r.kelurahan for r in reports] == ["Kenari", "Kenari"]


# --- a 5W1H template's "what" ---------------------------------------------------------------------


def test_a_5w1h_templates_what_is_the_activity() -> None:
    text = (
        "1. SIAPA : Aipda Rahmat bertemu 5 warga\n"
        "2. APA : Sambang dan DDS ke rumah warga\n"
        "3. DIMANA : Gg. Melati RT 02 RW 05\n"
        "4. KAPAN : Senin, 9 Februari 2026 pukul 10.00 WIB\n"
        "5. BAGAIMANA : Bhabinkamtibmas mendatangi rumah warga dan mendengarkan keluhan."
    )
    assert parse_message(text, TODAY).types == ["SB", "DDS"]


def test_apa_in_a_sentence_is_no_label() -> None:
    text = "Senin 9/2/2026 pkl 10.00 warga tanya apa: boleh ronda pakai kentongan? Binluh ke warga RT 02"
    assert parse_message(text, TODAY).types == ["BL"]


# --- a template written in English words -------------------------------------------------------


def test_a_template_in_english_words_is_read_by_its_labels() -> None:
    text = (
        "Update giat, Senin 9-2-2026\n"
        "Time : 1930 - 2100\n"
        "Venue : Pos Ronda RW 05, Jl. Melati\n"
        "Activity : Sambang ronda malam\n"
        "Met : 6 warga ronda\n"
        'Key message : "Jangan tinggalkan pos sebelum jam 03.00"\n'
        "Overall situation safe & kondusif 👍\n"
        "Aipda Rahmat"
    )
    report = parse_message(text, TODAY)
    assert report.start_time == dt.time(19, 30)
    assert report.place == "Pos Ronda, Jl. Melati"
    assert report.message == '"Jangan tinggalkan pos sebelum jam 03.00"'
    assert report.situation == "aman_kondusif"


def test_a_message_word_inside_a_sentence_is_no_label() -> None:
    text = (
        "Senin 9/2/2026 pkl 10.00 sambang ke Jl. Melati, warga titip message: tolong patroli "
        "malam. Aman."
    )
    assert parse_message(text, TODAY).message != "tolong patroli malam."
