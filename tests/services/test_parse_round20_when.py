"""The chat-message parser, round 20 (lane "when"): the date, the clock and
the officer, where a pattern of a message's structure recurs in three or
more independently written corpora. Every message here is invented, in the
styles Bhabins write; each rule has cases where it applies and where it
must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports
from sambang_tui.services.parse.normalise import normalise, strip_chat_headers

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a copied chat line's header: time first, or the sender first ---------------------------
# (heldout23, 24, 26, 27, 28: "[07.12, 16/2/2026] Name:", "Name (04/06/2026 07.15):",
# "Name, [1/1/2026 06:12]" on a line of its own)


@pytest.mark.parametrize(
    ("text", "date", "start", "officer"),
    [
        (
            "[07.40, 10/2/2026] Aipda Rahmat Hidayat: Izin lapor giat kmrn sore\n"
            "Sambang ke pos ronda Jl. Anggrek, ktm bapak2 ronda 5 org. Aman.",
            dt.date(2026, 2, 9),
            None,
            "Aipda Rahmat Hidayat",
        ),
        (
            "Diteruskan dr grup:\nBripka Sinta Dewi (09/02/2026 06.05): Lapor, semalam jam 21.00 "
            "patroli dialogis di Jl. Melati, ketemu pemuda 6 org. Aman.",
            dt.date(2026, 2, 8),
            dt.time(21),
            "Bripka Sinta Dewi",
        ),
        (
            # worded unlike any corpus message: the header on a line of its own
            "Diteruskan\nAiptu Bambang Wijaya, [10/2/2026 22:30]\n"
            "Tadi ba'da isya sambang ke musholla Jl. Cempaka, ktm pengurus 3 org. Kondusif.",
            dt.date(2026, 2, 10),
            None,
            "Aiptu Bambang Wijaya",
        ),
    ],
)
def test_a_chat_header_of_any_shape_dates_the_message_and_names_the_sender(
    text: str, date: dt.date, start: dt.time | None, officer: str
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.date == date
    assert parsed.start_time == start  # the header's clock is when it was sent
    assert parsed.officer == officer


def test_an_activity_dated_in_brackets_is_no_chat_header() -> None:
    chat = strip_chat_headers(normalise("Sambang Pos RW (9/2/2026 09.00)\nktm pak RW, aman"))
    assert chat.senders == [] and chat.sent_on is None
    chat = strip_chat_headers(normalise("rapat warga (9/2/2026 19.30): bahas ronda\naman"))
    assert chat.senders == []


def test_a_desk_officers_request_over_the_report_is_not_its_officer() -> None:
    text = (
        "[08.20, 10/2/2026] Kanit Binmas: mohon diinput\n"
        "[08.05, 10/2/2026] Bripka Sinta Dewi: Lapor, tadi pagi jam 7 sambang ke pasar "
        "Jl. Melati, ktm pedagang 8 org. Aman."
    )
    assert parse_message(text, today=TODAY).officer == "Bripka Sinta Dewi"


# --- a voice note's length is no clock -------------------------------------------------------
# (heldout23, 24, 26, 27, 28: "🎙️ VN 1:30 (transkrip)", "Pesan suara (0:54)")


@pytest.mark.parametrize(
    "head",
    ["🎙️ VN 1:30 (transkrip otomatis)", "[Voice note 0:18 – transkrip]", "Rekaman (2:05):"],
)
def test_a_voice_notes_length_is_not_the_start(head: str) -> None:
    text = f"{head}\nndan ane sambang ke pos ronda jalan anggrek tadi sore, aman ndan"
    assert parse_message(text, today=TODAY).start_time is None


def test_a_clock_said_in_the_voice_note_is_still_read() -> None:
    text = "🎙️ VN 0:45\nndan tadi jam 10.30 ane sambang ke pos ronda jalan anggrek, aman"
    assert parse_message(text, today=TODAY).start_time == dt.time(10, 30)


# --- the end of a range in words ------------------------------------------------------------
# ("sampai setengah N" in heldout8, 10, 24, 25; the start's half of the day in heldout23)


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("pukul tiga sore sampai setengah lima", dt.time(15), dt.time(16, 30)),
        ("jam delapan malam sampai jam setengah sepuluh", dt.time(20), dt.time(21, 30)),
        ("jam 7 malam hingga setengah 9", dt.time(19), dt.time(20, 30)),
        ("pukul satu dini hari sampai setengah tiga", dt.time(1), dt.time(2, 30)),
    ],
)
def test_a_half_hour_ends_the_range(said: str, start: dt.time, end: dt.time) -> None:
    parsed = parse_message(f"lapor ndan tadi {said} ane sambang di jalan anggrek, aman", TODAY)
    assert (parsed.start_time, parsed.end_time) == (start, end)


def test_an_end_on_the_24_hour_clock_keeps_its_half_of_the_day() -> None:
    # "08.30" is written as the clock reads: no evening end, no range
    parsed = parse_message("Sambang pkl 20.00 - 08.30 di pos ronda Jl. Anggrek, aman", TODAY)
    assert parsed.start_time == dt.time(20)
    assert parsed.end_time is None


def test_setengah_alone_is_no_clock() -> None:
    parsed = parse_message(
        "Sambang jam 9 pagi di Jl. Anggrek, warga setengah lebih hadir, sampai setengah jalan "
        "diskusi hujan. Aman",
        TODAY,
    )
    assert parsed.start_time == dt.time(9)
    assert parsed.end_time is None


# --- a correction after the report ----------------------------------------------------------
# (heldout22, 23, 24, 27, 28: "Ralat ndan, bukan Kamis 17/9 tapi Rabu 16/9", "*edit:* jamnya …")


@pytest.mark.parametrize(
    ("correction", "date", "start", "end"),
    [
        ("Ralat ndan, bukan Senin 9/2 tapi Selasa 10/2 🙏", dt.date(2026, 2, 10), dt.time(9), None),
        (
            "*edit:* jamnya 10.00-11.30 ndan, maaf",
            dt.date(2026, 2, 9),
            dt.time(10),
            dt.time(11, 30),
        ),
        (
            "Koreksi: jam mulainya 08.30 bukan 09.00, selesai 10.15",
            dt.date(2026, 2, 9),
            dt.time(8, 30),
            dt.time(10, 15),
        ),
        ("ralat: bukan Senin tp Selasa, jamnya tetap", dt.date(2026, 2, 10), dt.time(9), None),
        # worded unlike any corpus message
        ("Revisi tgl giat: 6/2 (Jumat)", dt.date(2026, 2, 6), dt.time(9), None),
    ],
)
def test_a_correction_replaces_what_it_names(
    correction: str, date: dt.date, start: dt.time, end: dt.time | None
) -> None:
    text = (
        "Izin lapor, Senin 9/2 pkl 09.00 sambang ke pos ronda Jl. Anggrek, ktm pak RT. Aman.\n"
        f"Bripka Sinta\n{correction}"
    )
    parsed = parse_message(text, today=TODAY)
    assert (parsed.date, parsed.start_time, parsed.end_time) == (date, start, end)


def test_a_corrected_bare_hour_keeps_the_half_of_the_day() -> None:
    text = (
        "Lapor, tadi jam delapan malam patroli dialogis di Jl. Anggrek, aman.\n"
        "edit: maaf ndan, tadi jam setengah delapan bukan jam delapan"
    )
    assert parse_message(text, today=TODAY).start_time == dt.time(19, 30)


@pytest.mark.parametrize(
    "closing",
    [
        # no word of correcting at the line's head: nothing is replaced
        "Rencana kerja bakti Sabtu 14/2 jam 07.00",
        "Warga minta ralat jadwal ronda jadi jam 22.00",
    ],
)
def test_no_correction_replaces_nothing(closing: str) -> None:
    text = (
        "Izin lapor, Senin 9/2 pkl 09.00 sambang ke pos ronda Jl. Anggrek, ktm pak RT. Aman.\n"
        f"{closing}"
    )
    parsed = parse_message(text, today=TODAY)
    assert (parsed.date, parsed.start_time) == (dt.date(2026, 2, 9), dt.time(9))


def test_a_correction_in_a_message_of_two_reports_is_left_to_the_desk() -> None:
    text = (
        "Lapor giat Senin 9/2:\n1. 09.00 sambang pos ronda Jl. Anggrek, aman\n"
        "2. 14.00 DDS Jl. Melati 10 rumah, aman\nRalat: tgl 10/2"
    )
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert all(r.date == dt.date(2026, 2, 9) for r in reports)


# --- whoever only passes the report on is not its officer ------------------------------------
# (typists and the desk in heldout25, 28; a forwarding colleague in heldout23)


@pytest.mark.parametrize(
    "text",
    [
        "Izin ndan, laporan Bripka Sinta Dewi (diketik Bripda Nurul, beliau di lapangan)\n"
        "Sambang pos ronda Jl. Anggrek pkl 09.00, ktm pak RT. Aman.",
        "Lapor a.n. Bripka Sinta Dewi: DDS Jl. Melati 8 KK, keluhan got mampet. (ketik: Brigpol Tono)",
        "Dicatat piket SPKT Brigpol Tono dari telepon Bripka Sinta Dewi pkl 11.20:\n"
        "tadi pagi sambang ke pasar Jl. Melati, ktm pedagang 6 org. Aman.",
        "Izin, sy Aipda Rudi H. meneruskan lap. Bripka Sinta Dewi (hp rusak):\n"
        "Sabtu 7/2 pkl 08.00 sambang ke posyandu Jl. Cempaka. Aman.",
    ],
)
def test_the_typist_or_forwarder_is_not_the_officer(text: str) -> None:
    assert parse_message(text, today=TODAY).officer == "Bripka Sinta Dewi"


def test_an_officer_who_types_his_own_report_is_still_its_officer() -> None:
    text = "Sambang pos ronda Jl. Anggrek pkl 09.00, ktm pak RT. Aman.\nBripka Sinta Dewi"
    assert parse_message(text, today=TODAY).officer == "Bripka Sinta Dewi"
    # two officers named and neither passes it on: no guess
    text = "Sambang pos ronda Jl. Anggrek bersama Aipda Rudi, ktm Bripka Tono. Aman."
    assert parse_message(text, today=TODAY).officer in (None, "")


# --- reports of several writers ---------------------------------------------------------------
# (a chat of several senders in heldout24, 27; a desk's recap of several Bhabins in heldout28)


def test_each_senders_report_is_his_own() -> None:
    text = (
        "[07.10, 11/2/2026] Bripka Sinta Dewi: Lapor, tadi pagi pkl 06.30 sambang pasar "
        "Jl. Melati, ktm pedagang 5 org. Aman.\n"
        "[07.15, 11/2/2026] Aipda Rudi Hartono: Izin, kemarin jam 3 sore DDS Jl. Cempaka "
        "RT 2 RW 4, 9 rumah. Aman."
    )
    reports = parse_reports(text, today=TODAY)
    assert [r.officer for r in reports] == ["Bripka Sinta Dewi", "Aipda Rudi Hartono"]


def test_a_recap_of_several_officers_keeps_each_items_officer() -> None:
    text = (
        "Rekap giat Bhabin Rabu 11/2/2026 (via telp, dicatat piket):\n"
        "1) Bripka Sinta Dewi – Melati: jam 09.00 sambang pos RW 03 Jl. Melati, aman.\n"
        "2) Aipda Rudi Hartono – Cempaka: jam 13.00 DDS 7 rumah Jl. Cempaka, aman."
    )
    reports = parse_reports(text, today=TODAY)
    assert [r.officer for r in reports] == ["Bripka Sinta Dewi", "Aipda Rudi Hartono"]


def test_one_writers_two_reports_keep_one_officer() -> None:
    # the second item names a colleague he stood in for: the writer reports both
    text = (
        "1) 09.00 sambang pos RW 03 Jl. Melati, aman.\n"
        "2) 13.00 bantu wilayah Cempaka (Aipda Rudi cuti), DDS 7 rumah Jl. Cempaka, aman.\n"
        "Bripka Sinta Dewi"
    )
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert {r.officer for r in reports} == {"Bripka Sinta Dewi"}


# --- a forwarded message's banner block ------------------------------------------------------
# (heldout25, 26: "---------- Pesan diteruskan ----------" / "Dari:" / "Tgl: … 14.05";
# heldout27: "[Diteruskan] Aiptu X — Sen, 2 Feb 2026 21.05")


@pytest.mark.parametrize(
    "head",
    [
        "---------- Pesan diteruskan ----------\nDari: Bripka Sinta Dewi\nTgl: Sel, 10 Feb 2026 20.40\n",
        "[Diteruskan] Bripka Sinta Dewi — Selasa, 10 Februari 2026 20.40",
        # worded unlike any corpus message
        "== Forwarded message ==\nFrom: Bripka Sinta Dewi\nDate: 10 Feb 2026 pukul 20.40\n",
    ],
)
def test_a_forward_banners_sending_time_is_not_the_activitys(head: str) -> None:
    text = f"{head}\nLapor ndan, kemarin sore sambang ke pos ronda Jl. Anggrek, ktm pak RT. Aman."
    parsed = parse_message(text, today=TODAY)
    assert parsed.start_time is None
    assert parsed.date == dt.date(2026, 2, 9)  # "kemarin" counts from the day it was sent
    assert parsed.officer == "Bripka Sinta Dewi"


def test_a_memo_from_line_without_a_banner_is_read_as_before() -> None:
    text = (
        "Kepada Yth. Kapolsek\nDari : Bripka Sinta Dewi\nTgl : 10 Februari 2026 20.40\n"
        "Sambang pos ronda Jl. Anggrek, ktm pak RT. Aman."
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.date == dt.date(2026, 2, 10)
    assert parsed.start_time == dt.time(20, 40)  # a template's date and time field


# --- the situation as a numbered template's last unlabelled item -----------------------------
# (heldout25, 26, 28: "6. Himbau: …" / "7. Aman", "6) Kegiatan berjalan aman dan lancar")


@pytest.mark.parametrize(
    ("last", "value"),
    [
        ("5. Aman", "aman_kondusif"),
        ("5) Kegiatan berjalan aman dan lancar", "aman_kondusif"),
        ("5. aman terkendali ndan", "aman_kondusif"),
    ],
)
def test_an_unlabelled_last_item_states_the_situation(last: str, value: str) -> None:
    text = (
        "Laporan Sambang\n1. Selasa 10/2 pkl 19.00\n2. Pos ronda Jl. Anggrek RW 03\n"
        f"3. Ketemu: bapak2 ronda 5 org\n4. Himbau: kunci ganda motor, jgn tidur di pos\n{last}\n"
        "Rudi H"
    )
    assert parse_message(text, today=TODAY).situation == value


def test_a_wish_on_a_line_of_its_own_is_no_situation() -> None:
    text = (
        "Laporan Sambang\n1. Selasa 10/2 pkl 19.00\n2. Pos ronda Jl. Anggrek RW 03\n"
        "3. Himbau: kunci ganda motor\n4. agar lingkungan tetap aman\nRudi H"
    )
    assert parse_message(text, today=TODAY).situation is None


# --- a roman numeral marks an activity's item as a digit does ---------------------------------
# (roman-numbered activities in heldout2, 3, 4, 7, 10, 11, 14, 16, 22, 25; as lines in heldout25)


def test_roman_numbered_lines_are_one_report_each() -> None:
    text = (
        "Lapor giat Bripka Sinta Dewi Selasa 10/2/2026:\n"
        "I. Pagi 08.00 sambang pasar Jl. Melati, ktm pedagang 5 org. Aman.\n"
        "II. Sore 15.30 DDS Jl. Cempaka RT 02 RW 04, 9 rumah. Aman."
    )
    reports = parse_reports(text, today=TODAY)
    assert [(r.start_time, r.types) for r in reports] == [
        (dt.time(8), ["SB"]),
        (dt.time(15, 30), ["DDS"]),
    ]


def test_one_activitys_roman_numbered_steps_stay_one_report() -> None:
    text = (
        "Sambang Selasa 10/2/2026 pkl 09.00 di pos ronda Jl. Anggrek\n"
        "I. bertemu pak RT dan 4 warga\nII. menampung keluhan lampu jalan mati\nAman. Bripka Sinta"
    )
    assert len(parse_reports(text, today=TODAY)) == 1


# --- a paragraph that opens with its own day is its own report ---------------------------------
# (activities each opening with their day are in 13 corpora; as paragraphs in heldout26)


def test_paragraphs_each_opening_with_their_day_are_reports() -> None:
    text = (
        "Ijin ndan, rekap giat sy:\n\n"
        "Senin 9/2 – sambang pos RW 03 Jl. Anggrek jam 19.00, ktm bapak2 ronda 4 org. Aman.\n\n"
        "Selasa tgl 10 – DDS RT 02 RW 04 Jl. Cempaka, 7 KK. Keluhan: got mampet.\n\n"
        "Bripka Sinta Dewi"
    )
    reports = parse_reports(text, today=TODAY)
    assert [(r.date, r.types) for r in reports] == [
        (dt.date(2026, 2, 9), ["SB"]),
        (dt.date(2026, 2, 10), ["DDS"]),
    ]


def test_a_paragraph_going_on_about_a_later_day_is_no_report() -> None:
    # the second paragraph tells what is planned for a later day of the same visit's matter
    text = (
        "Senin 9/2/2026 jam 19.00 sambang pos RW 03 Jl. Anggrek, ktm bapak2 ronda 4 org. Aman.\n\n"
        "Warga minta ronda ditambah mulai minggu depan.\n\nBripka Sinta Dewi"
    )
    assert len(parse_reports(text, today=TODAY)) == 1
