"""The chat-message parser, round 16 of issue #15: the date, the times, the
officer, the kelurahan, RW/RT and the activity types, only where a miss
pattern recurs in three or more independently written corpora (H14). Every
example is invented (three or more phrasings per rule, at least one worded
unlike any corpus message, and at least one where the rule must not apply)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a template's time field that holds the date too --------------------------------------
# (nine corpora: "I. Waktu : Senin, 2 Juni 2025 pkl 10.15 WIB", "WAKTU : SENIN 19 JAN 2026 JAM 20.00")


@pytest.mark.parametrize(
    ("text", "date", "start"),
    [
        (
            "LAPORAN DDS\nI. Waktu : Senin, 9 Februari 2026 pkl 10.15 WIB\n"
            "II. Tempat : Jl. Melati RT 02 RW 04\nAipda Rahmat",
            dt.date(2026, 2, 9),
            dt.time(10, 15),
        ),
        (
            "a. Waktu : Sabtu, 7 Februari 2026, pukul 19.00 s.d. 21.00\nb. Lokasi : Pos ronda Jl. Anggrek",
            dt.date(2026, 2, 7),
            dt.time(19),
        ),
        (
            # worded unlike any corpus message
            "Jam pelaksanaan : Selasa 10-02-2026 jam 08.30\nKegiatan : sambang warga Jl. Cempaka",
            dt.date(2026, 2, 10),
            dt.time(8, 30),
        ),
        (
            # the time field holds no date: the date is read where it is written
            "Senin 9/2/2026 sambang ke Jl. Dahlia, aman.\nWaktu : pkl 09.00 WIB",
            dt.date(2026, 2, 9),
            dt.time(9),
        ),
    ],
)
def test_the_date_written_in_the_time_field_is_read(
    text: str, date: dt.date, start: dt.time
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.date == date
    assert parsed.start_time == start


def test_a_time_field_whose_weekday_disagrees_leaves_the_date_empty() -> None:
    # 9 February 2026 is a Monday, not a Friday: in doubt, left empty
    parsed = parse_message(
        "Waktu : Jumat, 9 Februari 2026 pkl 10.00\nSambang Jl. Melati", today=TODAY
    )
    assert parsed.date is None
    assert "date" in parsed.doubtful


# --- the part of the day before the hour, with chat's spellings and words between --------
# (five corpora: "malam ini jam delapan", "kmrn mlm jam 9an", "semalam jam 10an",
# "kemarin sore sekitar jam empat", "malem sekitar jam 8an")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Lapor ndan, malam ini jam 8 patroli dialogis di Jl. Melati. aman", dt.time(20)),
        ("kmrn mlm jam 9an sambang pos ronda Jl. Anggrek, aman", dt.time(21)),
        # worded unlike any corpus message
        ("Semalam kira-kira pkl 10 ngopi bareng warga Jl. Cempaka, kondusif", dt.time(22)),
        ("Tadi sore sktr jam 4 DDS ke rumah warga Jl. Dahlia", dt.time(16)),
        ("ronda jam 9an malem di pos Jl. Kenanga", dt.time(21)),
        # the rule must not apply: the morning stays the morning, a greeting is no part of the day
        ("Tadi pagi sekitar jam 9 sambang warung Jl. Melati", dt.time(9)),
        ("Selamat malam ndan. Jam 9 tadi sambang ke Jl. Anggrek", dt.time(9)),
    ],
)
def test_the_part_of_the_day_before_the_hour_sets_the_clock(text: str, start: dt.time) -> None:
    assert parse_message(text, today=TODAY).start_time == start


# --- chat's "sampe"/"smp" join a range (three corpora: "jam 7 sampe jam 9", "06.30 sampe
# 08.00", "dr jam 9 smp …") ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("pagi jam 7 sampe jam 9 ane jaga jalan sehat di Jl. Melati", dt.time(7), dt.time(9)),
        ("dr jam 9 smp 11 ngobrol sm warga Jl. Anggrek", dt.time(9), dt.time(11)),
        # worded unlike any corpus message
        ("Binluh di aula RW pukul 13.00 sampe 14.30, aman", dt.time(13), dt.time(14, 30)),
        # the rule must not apply: a count after it is no end
        ("sambang jam 9 smp 5 org ngumpul di pos Jl. Cempaka", dt.time(9), None),
    ],
)
def test_chat_range_words_join_a_range(text: str, start: dt.time, end: dt.time | None) -> None:
    parsed = parse_message(text, today=TODAY)
    assert (parsed.start_time, parsed.end_time) == (start, end)


# --- an end is never the start (three corpora: "ba'da Jumat s/d 15.30", "ba'da Isya s/d
# 22.00", "selepas isya … Acara selesai sekitar jam 22.30") -----------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Waktu : ba'da Isya s/d 22.00\nKegiatan : pengamanan pengajian", None, dt.time(22)),
        (
            "Selepas isya pengamanan pengajian di Masjid Jl. Melati. Acara selesai sekitar "
            "jam 22.30, aman",
            None,
            dt.time(22, 30),
        ),
        # worded unlike any corpus message
        ("Jam : habis maghrib sampai pukul 20.30\nGiat : sambang pos ronda", None, dt.time(20, 30)),
        # the rule must not apply: a range with its start keeps both
        ("Waktu : 19.30 s/d 21.00\nKegiatan : patroli dialogis", dt.time(19, 30), dt.time(21)),
        ("Sambang Jl. Anggrek 08.00 s/d 11.00 WIB, aman", dt.time(8), dt.time(11)),
    ],
)
def test_an_end_is_never_the_start(text: str, start: dt.time | None, end: dt.time | None) -> None:
    parsed = parse_message(text, today=TODAY)
    assert (parsed.start_time, parsed.end_time) == (start, end)


# --- the end told in a sentence after the activity's (three corpora: "… selesai pkl 12.15.",
# "Kegiatan berlangsung hingga pukul 15.10 WIB …", "… dan kegiatan selesai jam 20.30") --------


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "Hari ini pkl 10.00 pengamanan karnaval di Jl. Kwitang. Berjalan aman lancar, "
            "selesai pkl 12.15.",
            dt.time(12, 15),
        ),
        (
            "Pukul 14.00 WIB patroli dialogis di Jl. Melati. Bhabin mengingatkan pedagang agar "
            "tertib.\nKegiatan berlangsung hingga pukul 15.10 WIB dalam keadaan aman.",
            dt.time(15, 10),
        ),
        # worded unlike any corpus message
        (
            "Tadi jam 9 ane ngopi sama warga Jl. Anggrek. Aman ndan. Sambang ditutup jam 10.45.",
            dt.time(10, 45),
        ),
        # the rule must not apply: what those met told, a wish
        (
            "Pukul 01.00 patroli di Jl. Cempaka. Para pemuda menyampaikan bahwa ronda "
            "berlangsung hingga pukul 03.30.",
            None,
        ),
        ("Jam 20.00 sambang hajatan Jl. Dahlia, himbau agar acara selesai jam 22.00.", None),
    ],
)
def test_the_end_told_after_the_activity_is_read(text: str, end: dt.time | None) -> None:
    assert parse_message(text, today=TODAY).end_time == end


# --- the sender without a rank: a name beside the kelurahan its Bhabin serves, or after a dash
# (six corpora: "heri paseban", "yusuf bungur", "ane yusuf maulana bungur lapor", "ini agus
# kenari barusan", "joko prasetyo kwitang"; "… aman - sutrisno", "\n- sutrisno", "- Agus")


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("giat sbg pos ronda jl salemba raya, wrg 5 org, sikon aman. heri paseban", "heri"),
        ("lapor ndan ini yusuf bungur tadi jam 9 sambang warkop jl kepu selatan, aman", "yusuf"),
        # worded unlike any corpus message
        ("Dari Joko Prasetyo Kwitang: DDS ke 8 KK Jl. Kwitang Raya, kondusif", "Joko Prasetyo"),
        ("pd terminal senen jam 23.30, sopir bajaj 6 org, sit aman - sutrisno", "sutrisno"),
        ("sambang musholla jl kenari raya, 6 org, aman ndan. 18/3 jm 16.00 - Agus", "Agus"),
        ("patroli pasar pkl 10, pedagang 4 org, kondusif\n— yusuf", "yusuf"),
    ],
)
def test_a_rankless_sender_beside_his_kelurahan_or_after_a_dash_is_the_officer(
    demo_actor, text: str, signed: str
) -> None:
    parsed = parse_message(text, today=TODAY, actor=demo_actor)
    assert parsed.officer_id is not None
    assert parsed.officer.casefold() == signed.casefold()
    assert parsed.officer_label.casefold().find(signed.split()[0].casefold()) >= 0


@pytest.mark.parametrize(
    "text",
    [
        # the name is not that kelurahan's Bhabin: a resident, not the sender
        "sambang ke warung pak agus paseban jl paseban raya, aman",
        "ngobrol dgn warga kenari di pos ronda, aman",
        "patroli jl paseban raya jam 9, aman - lancar",
    ],
)
def test_a_name_that_is_not_the_kelurahan_s_bhabin_names_no_officer(demo_actor, text: str) -> None:
    assert parse_message(text, today=TODAY, actor=demo_actor).officer_id is None


# --- a report passed on: the officer it is from, not the one who forwards it ----------------
# (five corpora: "Diteruskan dari Bripka Dwi:", "Diteruskan laporan Aiptu Sutrisno (Bhabin
# Senen)", "Diteruskan dr japri Aiptu Heri", "Diteruskan dari Bhabin Kenari 👇")


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        (
            "[10/02/26 20.41.05] Bripka Rina Marlina: Diteruskan dari Aiptu Sutrisno:\n"
            "Hari ini ba'da maghrib sambang ke Jl. Senen Raya, aman.",
            "Aiptu Sutrisno",
        ),
        (
            "10/02/26 19.20 - Iptu Wahyu Kanit Binmas: Diteruskan laporan Bripka Dwi Hartono "
            '(Bhabin Kramat):\n"kemarin jam 10 PS di rumah Pak RT, aman."',
            "Bripka Dwi Hartono",
        ),
        # worded unlike any corpus message
        (
            "[10/02/26 08.15.00] Aipda Joko Prasetyo: diteruskan dr lap. Aipda Yusuf Maulana, "
            "sinyal beliau jelek\nDDS Jl. Kepu Selatan 9 KK, kondusif",
            "Aipda Yusuf Maulana",
        ),
    ],
)
def test_a_forwarded_report_is_the_officer_s_it_comes_from(text: str, officer: str) -> None:
    assert parse_message(text, today=TODAY).officer == officer


def test_a_sender_who_reports_himself_stays_the_officer() -> None:
    # the rule must not apply: nothing is passed on ("teruskan ke" is no forwarding)
    text = (
        "[10/02/26 20.41.05] Aiptu Sutrisno: Ijin ndan, mohon diteruskan ke Kanit. Sambang "
        "Jl. Senen Raya bersama Bripka Dwi, aman."
    )
    assert parse_message(text, today=TODAY).officer == "Aiptu Sutrisno"


# --- a known street written without "Jl." tells the kelurahan (five corpora: "gg kenari II",
# "gang kramat pulo", "gg.kancil kramat sentiong", "pemuda kepu selatan", "di gunung sahari") ---


@pytest.mark.parametrize(
    ("text", "kelurahan"),
    [
        ("PS di gg kramat pulo rt 3, ribut parkir antar tetangga, sdh damai. aman", "Kramat"),
        ("patroli dialogis di gunung sahari depan minimarket jam 9 mlm, aman", "Bungur"),
        # worded unlike any corpus message
        ("Cek lokasi: ujung gang Kepu Selatan, 5 pemuda nongkrong, dibubarkan", "Bungur"),
        # the rule must not apply: two streets of two kelurahan say neither
        ("sambang gang kramat pulo lalu ke kepu selatan, aman", ""),
    ],
)
def test_a_known_street_without_jl_tells_the_kelurahan(
    demo_actor, text: str, kelurahan: str
) -> None:
    assert parse_message(text, today=TODAY, actor=demo_actor).kelurahan == kelurahan


# --- the date (and its clock) written in a terse message's close (four corpora: "… grup wa.
# 1/12 pkl 19.00 aman. aipda yusuf", "… aiptu heri minggu 28/6/26", "… aman ndan. 18/3 jm
# 16.00 - Agus", "… aman. Senin 8/6") -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date", "start"),
    [
        (
            "cooling system jl melati rt 8/4, wrg 20an. pesan: jgn terprovokasi. 9/2 pkl 19.00 "
            "aman. aipda rahmat",
            dt.date(2026, 2, 9),
            dt.time(19),
        ),
        (
            "giat sambang sekret karang taruna ketemu pemuda 12 org himbau jauhi narkoba aman "
            "aiptu rahmat senin 9/2/26",
            dt.date(2026, 2, 9),
            None,
        ),
        # worded unlike any corpus message
        (
            "Sambang toga 4 org di musholla Jl. Anggrek, kondusif. 7/2 jm 16.00 - Lukman",
            dt.date(2026, 2, 7),
            dt.time(16),
        ),
        # the rule must not apply: a date still to come in the close is another event's
        (
            "DD lapangan Jl. Cempaka, info ada turnamen antar RW. rencana 20/2, aman. aipda rahmat",
            None,
            None,
        ),
    ],
)
def test_the_date_in_the_close_of_a_terse_message_is_read(
    text: str, date: dt.date | None, start: dt.time | None
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert (parsed.date, parsed.start_time) == (date, start)


# --- a type's code in lower case opening the message or joined to another (three corpora:
# "kmrn ps batas tanah …", "ps sengketa batas tanah …", "sambang + dd malming …") ------------


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("kmrn ps batas tanah antar wrg rt 04 rw 09, sdh damai. aipda rahmat", ["PS"]),
        ("ps sengketa tembok dua warga gg melati, sepakat ukur ulang. kondusif", ["PS"]),
        # worded unlike any corpus message
        ("sambang & cs pemuda gg anggrek pasca ribut antar RW, aman", ["SB", "CS"]),
        # the rule must not apply: "pd" opening a message is "pada", "ps senen" a market
        ("pd hari senin ane ngopi di warung gg melati, aman", []),
        ("ps senen ramai pedagang, aman. aiptu sutrisno", []),
    ],
)
def test_a_lower_case_code_opening_an_activity_is_its_type(text: str, types: list[str]) -> None:
    assert parse_message(text, today=TODAY).types == types
