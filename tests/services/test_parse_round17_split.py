"""The chat-message parser, round 17 of issue #15: messages telling several
activities, where a pattern recurs in three or more independently written
corpora. Every example is invented; each rule has cases where it must apply
and at least one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_reports

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- one reporter for every part ----------------------------------------------------------
# (five corpora: "Giat 2 – Membantu Bhabin Senen (Aiptu Sutrisno sedang cuti) …", "bantu Bhabin
# Kramat patroli …", "bantu wilayah Paseban krn Aiptu Heri cuti: DDS …")


@pytest.mark.parametrize(
    "text",
    [
        "Lapor giat Selasa 10/2 Aipda Yusuf Maulana:\n"
        "- pkl 09.00 sambang Pos RW 03 Jl. Kepu Selatan, ketemu 2 ketua RT, aman\n"
        "- pkl 14.00 bantu Bhabin Senen (Aiptu Sutrisno cuti) DDS di Jl. Kalilio RT 04 RW 02, "
        "5 KK, aman",
        "Ijin lapor ndan, Selasa 10 Februari 2026:\n"
        "Giat 1 - pkl 08.30 Sambang tomas Bpk. Darto di Jl. Bungur Besar RT 02 RW 01, aman.\n"
        "Giat 2 - Membantu wilayah Kramat krn Bripka Dwi Hartono dinas luar: patroli dialogis "
        "di Jl. Kramat Raya pkl 19.30, pemuda 5 org, aman.\n"
        "Aipda Yusuf Maulana",
        # worded unlike any corpus message: the helped Bhabin named in the first part
        "Aipda Yusuf Maulana lapor 2 giat hr ini\n"
        "1) jam 10 back up Aiptu Sutrisno pengamanan bazar di Lapangan Kalilio, aman\n"
        "2) jam 16 sambang ketua RW 05 di Jl. Bungur Besar, aman",
    ],
)
def test_every_part_takes_the_writer_not_the_bhabin_he_helped(
    text: str, demo_actor: object
) -> None:
    reports = parse_reports(text, today=TODAY, actor=demo_actor)
    assert len(reports) == 2
    assert {r.officer_id for r in reports} == {reports[0].officer_id}
    assert reports[0].officer_id is not None
    assert all("yusuf" in r.officer_label.casefold() for r in reports)


def test_the_writer_signing_below_wins_over_the_bhabin_the_first_part_helped(
    demo_actor: object,
) -> None:
    text = (
        "Lapor ndan giat hr ini:\n"
        "- pkl 09.00 bantu Bhabin Senen (Aiptu Sutrisno cuti) sambang Pos RW 02 Jl. Kalilio, aman\n"
        "- pkl 15.00 DDS di Jl. Bungur Besar RT 04 RW 01, 6 KK, aman\n"
        "Aipda Yusuf Maulana"
    )
    reports = parse_reports(text, today=TODAY, actor=demo_actor)
    assert len(reports) == 2
    assert all("yusuf" in r.officer_label.casefold() for r in reports)


# --- a later paragraph opens an activity only with a mark of its own ----------------------
# (the paragraph splits of three corpora each open with a heading or their own clock time;
# two corpora's single releases were split at a paragraph going on with the same visit)


@pytest.mark.parametrize(
    "text",
    [
        "Senin pagi (9/2/2026) Aipda Rahmat, Bhabinkamtibmas Kelurahan Melati, memberikan "
        "penyuluhan di SMP Harapan Jl. Melati Raya.\n\n"
        "Di depan 200 siswa, Aipda Rahmat melanjutkan penyuluhan tentang bahaya narkoba dan "
        "tawuran di Jl. Melati Raya.\n\nKegiatan berjalan aman.",
        "Jakarta – Bhabinkamtibmas Kelurahan Anggrek, Bripka Sandi, Jumat 6 Februari 2026 pukul "
        "09.30 WIB melaksanakan Sambang ke Masjid Al Ikhlas, Jl. Anggrek Raya.\n\n"
        "Menurut pengurus, kegiatan tabligh akbar bulan lalu berjalan lancar berkat pengamanan "
        "warga RW 04.\n\nSituasi aman terkendali.",
    ],
)
def test_a_paragraph_going_on_with_the_same_visit_is_no_second_activity(text: str) -> None:
    assert len(parse_reports(text, today=TODAY)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Dilaporkan kegiatan Bhabinkamtibmas Kel. Melati hari Senin, 9 Februari 2026:\n\n"
        "I. Sambang\n   Pukul 09.00 WIB di kediaman Ketua RW 03, Jl. Melati Raya. Situasi aman.\n\n"
        "II. Problem Solving\n   Di Kantor Kelurahan Melati, mediasi sengketa parkir antara "
        "dua warga RT 05. Situasi aman.\n\nAipda Rahmat",
        "Lapor ndan, rekap giat:\n\nI. Senin, 9 Februari 2026\nGiat: Sambang pos ronda Jl. "
        "Anggrek RW 02\nSituasi: aman\n\nII. Selasa, 10 Februari 2026\nGiat: DDS Jl. Mawar "
        "RT 03 RW 05, 6 KK\nSituasi: aman\n\nBripka Sandi",
    ],
)
def test_paragraphs_with_their_own_heading_or_time_are_still_split(text: str) -> None:
    assert len(parse_reports(text, today=TODAY)) == 2


# --- a list item opening with its part of the day says when -------------------------------
# (dev, heldout3, heldout6, heldout9, heldout13: "- pagi sambang …", "- ba'da maghrib patroli …")


@pytest.mark.parametrize(
    "text",
    [
        "Lapor ndan tgl 9/2\n- pagi sambang pedagang pasar melati 6 org, aman\n"
        "- malam patroli dialogis pos ronda rw 03 jl anggrek, pemuda 4, aman\nAipda Rahmat",
        "Giat hr ini:\n1. siang hari dds warga gg mawar 5 kk, aman\n"
        "2. ba'da isya sambang ketua rt 04 jl kenanga, aman\nBripka Sandi",
    ],
)
def test_items_opening_with_their_part_of_the_day_are_split(text: str) -> None:
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert reports[0].types != reports[1].types


def test_a_part_of_the_day_inside_an_item_is_no_when_of_its_own() -> None:
    # the second line tells no activity at a time or place of its own: one report
    text = (
        "Lapor ndan tgl 9/2\n- sambang pedagang pasar melati 6 org, aman\n"
        "- sambang lagi ke pedagang yg buka malam, aman\nAipda Rahmat"
    )
    assert len(parse_reports(text, today=TODAY)) == 1


# --- "Secara umum situasi …" closes for every activity --------------------------------------
# (heldout2, heldout14, heldout16)


@pytest.mark.parametrize("overall", ["Secara umum", "Secara keseluruhan,"])
def test_an_overall_closing_sentence_is_every_activity_s_situation(overall: str) -> None:
    text = (
        "Senin 9 Februari 2026 Aipda Rahmat melaksanakan dua kegiatan. Pagi hari pukul 09.00 WIB "
        "melakukan DDS di Jl. Melati RT 02 RW 04 ke 6 rumah warga. Sore harinya pukul 16.00 WIB "
        f"sambang ke pangkalan ojek Jl. Anggrek. {overall} situasi wilayah aman dan kondusif."
    )
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert [r.situation for r in reports] == ["aman_kondusif", "aman_kondusif"]


def test_a_situation_inside_the_last_activity_stays_its_own() -> None:
    text = (
        "Senin 9 Februari 2026 pukul 09.00 WIB DDS di Jl. Melati RT 02 RW 04 ke 6 rumah warga. "
        "Sore harinya pukul 16.00 WIB sambang ke pangkalan ojek Jl. Anggrek, situasi rawan "
        "karena sering ada keributan."
    )
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert reports[0].situation is None


# --- the closing after the last item: a titled signature, a situation cut from its line -------
# (heldout, heldout7, heldout10: "Aiptu Sutrisno – Bhabinkamtibmas Kel. Senen" under the list;
# heldout4 and others: "… . Sit: aman, tetap waspada" ending the last item's line)


def test_a_signature_with_the_bhabin_s_title_is_every_item_s(demo_actor: object) -> None:
    text = (
        "Izin melaporkan kegiatan kemarin:\n"
        "Pertama, pukul 08.30 WIB sambang ke tomas Bpk. Darto di Jl. Kalilio No. 12. Situasi aman.\n"
        "Kedua, pukul 15.00 WIB pengamanan bazar di Jl. Kwitang Raya, Kel. Kwitang. Situasi aman.\n"
        "Aiptu Sutrisno – Bhabinkamtibmas Kel. Senen"
    )
    reports = parse_reports(text, today=TODAY, actor=demo_actor)
    assert len(reports) == 2
    assert reports[0].kelurahan == "Senen"  # from the title: the first names no kelurahan
    assert reports[1].kelurahan == "Kwitang"


def test_a_situation_at_the_end_of_the_last_item_s_line_is_that_item_s() -> None:
    text = (
        "Ijin lapor\n- Kemarin sore DDS di RT 03/RW 01 Jl. Melati, 9 rumah, keluhan: jalan rusak\n"
        "- Hari ini jam 9 pagi DD di lapangan Jl. Anggrek, ketemu panitia 3 org. Sit: rawan\n"
        "Aipda Rahmat"
    )
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert reports[0].situation is None
    assert reports[1].situation == "rawan"


def test_a_closing_situation_line_of_its_own_under_the_list_is_every_item_s() -> None:
    text = (
        "Ijin lapor\n- pkl 09.00 DDS di RT 03/RW 01 Jl. Melati, 9 rumah\n"
        "- pkl 14.00 sambang lapangan Jl. Anggrek, ketemu panitia 3 org\nSituasi: aman\n"
        "Aipda Rahmat"
    )
    reports = parse_reports(text, today=TODAY)
    assert [r.situation for r in reports] == ["aman_kondusif", "aman_kondusif"]


# --- "melaksanakan dua kegiatan": lines may begin the parts announced --------------------------
# (the announced count matches the activities in 13 prose messages of 12 corpora)


def test_an_announced_count_lets_each_line_tell_its_activity() -> None:
    text = (
        "Pada hari Senin, 9 Februari 2026, Bhabinkamtibmas Kelurahan Melati Aipda Rahmat "
        "melaksanakan dua kegiatan. Pukul 09.00 WIB Aipda Rahmat melakukan DDS di Jl. Melati II "
        "RT 06 RW 05 dan mengunjungi 7 rumah warga.\n"
        "Selepas sholat dzuhur, Aipda Rahmat melaksanakan sambang ke Gereja Bethel, Jl. Anggrek "
        "Tengah, bertemu pengurus gereja.\nKedua kegiatan berjalan aman dan kondusif."
    )
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert reports[0].types == ["DDS"] and reports[1].types == ["SB"]


@pytest.mark.parametrize("count", ["tiga kegiatan", "kegiatan"])
def test_lines_are_no_parts_unless_their_number_was_announced(count: str) -> None:
    text = (
        f"Pada hari Senin, 9 Februari 2026, Aipda Rahmat melaksanakan {count}. Pukul 09.00 WIB "
        "Aipda Rahmat melakukan DDS di Jl. Melati II RT 06 RW 05.\n"
        "Selepas sholat dzuhur, Aipda Rahmat melaksanakan sambang ke Gereja Bethel, Jl. Anggrek."
    )
    assert len(parse_reports(text, today=TODAY)) == 1
