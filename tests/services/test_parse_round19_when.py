"""The chat-message parser, round 19, lane "when": the date, the times, the
situation, the officer, the kelurahan and the types, only where a miss
pattern recurs in three or more independently written corpora. Every
example is invented, in the styles Bhabins write; each rule has cases where
it must apply and at least one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 3, 11)  # a Wednesday


# --- "aman" closing the message just before the sender signs off -----------------------------
# (seven corpora: "… aman - Aipda X", "… got mampet aman Aipda X", "… kondusif 🙏 Aipda X",
# "… aman 👍 - nama", "… aman alhamdulillah. Aipda X", "… aman ndan wassalam")


@pytest.mark.parametrize(
    "text",
    [
        "sambang pos ronda rw 07 jl mawar 6 org, lampu jalan mati. aman - Bripka Rudi",
        "dds rt 3 rw 2 jl melati 8 rmh keluhan sampah numpuk aman Aipda Sigit",
        "tadi sore ketemu pak rt di pos, bahas parkir liar. kondusif 🙏 Aiptu Bambang S",
        "sbg warung kopi jl anggrek pagi td, 7 bapak2. aman 👍 - sigit",
        "Izin lapor, sambang ke musholla Al Ikhlas jl cempaka, ketemu pengurus 3 org, aman "
        "alhamdulillah. Bripka Rudi 🙏",
        "ane sambang pos ojek jalan dahlia ketemu tukang ojek delapan orang. aman ndan wassalam",
        "patroli sambang gang kelinci ketemu warga 5 org aman2 sj. aipda sigit",
    ],
)
def test_calm_word_before_the_sign_off_is_the_situation(text: str) -> None:
    assert parse_message(text, today=TODAY).situation == "aman_kondusif"


@pytest.mark.parametrize(
    "text",
    [
        # wished in the appeal, not reported
        "sambang pos ronda jl mawar 6 org, himbau warga agar tetap aman Bripka Rudi",
        # denied
        "dds jl melati 8 rmh, warga merasa tidak aman Aipda Sigit",
        # no situation at all
        "sambang pos ronda jl mawar 6 org, bahas jadwal ronda. Bripka Rudi",
    ],
)
def test_calm_word_wished_or_denied_before_the_sign_off_is_no_situation(text: str) -> None:
    assert parse_message(text, today=TODAY).situation is None


# --- the situation's label followed by English or an abbreviation ----------------------------
# ("Situation: safe & under control", "Overall situation safe & kondusif", "aman trkndl")


@pytest.mark.parametrize(
    "text",
    [
        "Update giat Bhabin\nVenue: Pos RW 03 Jl. Mawar\nSituation: safe & under control 👍\nBripka Rudi",
        "Sambang ke sekolah Jl. Melati\nOverall situation safe & kondusif\nAipda Sigit",
        "pd mlm jl anggrek s/d jl mawar aman trkndl",
        "sbg tomas jl cempaka, sit aman trkendali. aipda sigit",
    ],
)
def test_labelled_english_or_abbreviated_calm_is_the_situation(text: str) -> None:
    assert parse_message(text, today=TODAY).situation == "aman_kondusif"


def test_safe_in_an_appeal_is_no_situation() -> None:
    text = "Sambang ke kos-kosan Jl. Melati, 6 org.\nPesan: stay safe, kunci pagar.\nBripka Rudi"
    assert parse_message(text, today=TODAY).situation is None


# --- a day/month with no "tgl" before it --------------------------------------------------------
# (five corpora: "13/4 sbg pos kamling …", "problem solving 20/2 cekcok …", "sambang Bungur 9/6",
# "… sel 3/3 di musholla", "28/8 giat paseban:")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("9/3 sbg pos ronda rw 05 jl mawar ktm linmas 2 org aman", dt.date(2026, 3, 9)),
        ("problem solving 6/3 ribut parkir 2 tetangga gg melati, sdh damai. aman", dt.date(2026, 3, 6)),
        ("sambang Cempaka 10/3\n1. ketemu ojol di pangkalan\n2. himbau tertib\nAipda Sigit",
         dt.date(2026, 3, 10)),
    ],
)  # fmt: skip
def test_a_bare_day_and_month_is_the_date(text: str, date: dt.date) -> None:
    assert parse_message(text, today=TODAY).date == date


@pytest.mark.parametrize(
    "text",
    [
        "dds jl mawar, 3/4 warga keluhkan sampah. aman",
        "sambang pos ronda rt 06/09 jl melati, ketemu linmas. aipda sigit",
        "patroli jl anggrek 1/2 jam, aman",
    ],
)
def test_a_count_or_an_rt_rw_is_no_date(text: str) -> None:
    assert parse_message(text, today=TODAY).date is None


# --- a day and month still to come is another event's ------------------------------------------
# (fifteen corpora write one: "rencana turnamen tgl 21 Februari", "acara haul tgl 20 September")


def test_a_coming_date_without_year_is_not_the_activitys() -> None:
    text = (
        "Hari ini pkl 10.00 sambang ke Masjid Al Ikhlas Jl. Mawar, ketemu pengurus 3 org. "
        "Pengurus minta pengamanan acara maulid tgl 25 Maret. aman"
    )
    assert parse_message(text, today=TODAY).date == TODAY


def test_a_coming_date_alone_is_last_years() -> None:
    # nothing else dates it: the ruling's most recent such day on or before today
    text = "Sambang tgl 25/3 ke pos ronda Jl. Mawar, ketemu linmas 2 org. aman"
    assert parse_message(text, today=TODAY).date == dt.date(2025, 3, 25)


def test_a_past_date_without_year_is_still_read() -> None:
    text = "Sambang tgl 2 Maret ke pos ronda Jl. Mawar, ketemu linmas 2 org. aman"
    assert parse_message(text, today=TODAY).date == dt.date(2026, 3, 2)


def test_a_weekday_beside_a_date_still_decides_its_year() -> None:
    # 25 March 2025 is a Tuesday: the weekday says it was last year's
    text = "Selasa tgl 25 Maret sambang ke pos ronda Jl. Mawar, aman"
    assert parse_message(text, today=TODAY).date == dt.date(2025, 3, 25)


# --- the minutes written after the hour with a space ----------------------------------------
# (three corpora: "jam 9 30 di pos kamling", "jam tujuh tiga puluh", "pukul empat belas tiga puluh")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("tadi pagi sambang pos ronda jl mawar jam 8 30 ktm linmas 2 org. aman", dt.time(8, 30)),
        ("lapor ndan tadi jam sembilan empat puluh lima ane sambang ke warung jalan melati",
         dt.time(9, 45)),
        ("izin lapor hari ini pukul lima belas tiga puluh dds di rt dua rw tiga", dt.time(15, 30)),
    ],
)  # fmt: skip
def test_minutes_after_a_space_are_read(text: str, start: dt.time) -> None:
    assert parse_message(text, today=TODAY).start_time == start


def test_a_count_after_the_hour_is_no_minutes() -> None:
    text = "tadi jam 8 12 orang ikut kerja bakti di jl mawar, aman"
    assert parse_message(text, today=TODAY).start_time == dt.time(8)


# --- a report passed on by someone else names its officer --------------------------------------
# (three corpora: "Fwd dari Aiptu X:", "Terusan dr Bhabin Y: … (Aiptu X)", "neruskan laporan Aipda X")


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        (
            "[10/03/26 13.05.22] Bripka Rina: Fwd dari Aiptu Sarmin: hari ini pkl 09.00 sambang "
            "ke pos ronda Jl. Mawar, ketemu linmas 3 org. aman",
            "Aiptu Sarmin",
        ),
        (
            "10/03/26 14.02 - Bripka Rina: Terusan dr Bhabin Melati: kemarin dds 8 rumah Jl. Melati "
            "RT 02 RW 04, aman. (Aipda Gunawan Saputra)",
            "Aipda Gunawan Saputra",
        ),
        (
            "10/03/26 05.45 - Bripka Rina: Izin ndan, meneruskan laporan Aipda Gunawan, HP beliau "
            "mati\nSambang semalam di Pos Kamling Jl. Anggrek. Situasi aman.\nAipda Gunawan",
            "Aipda Gunawan",
        ),
    ],
)
def test_the_officer_of_a_passed_on_report_is_its_writer(text: str, officer: str) -> None:
    assert parse_message(text, today=TODAY).officer == officer


def test_the_sender_of_his_own_report_is_its_officer() -> None:
    text = "10/03/26 09.15 - Bripka Rina: dari pagi tadi sambang pos ronda Jl. Mawar, aman"
    assert parse_message(text, today=TODAY).officer == "Bripka Rina"


# --- the situation run on at the end of the appeal or the findings -----------------------------
# (four corpora: "… jgn rebutan penumpang. 👍 Aman", "… grup wa. 1/12 pkl 19.00 aman.",
# "… himbau jauhi narkoba aman terkendali aiptu X", "… di area parkir, selama kegiatan
# berlangsung situasi aman dan kondusif, …", "… situasinya kondusif njih")


@pytest.mark.parametrize(
    ("text", "situation"),
    [
        ("sambang pangkalan ojek jl mawar, 7 driver. Himbau: jgn ngetem di trotoar. 👍 Aman",
         "aman_kondusif"),
        ("sbg pos ronda jl melati. pesan: jaga motor masing2. 9/3 pkl 20.00 aman.", "aman_kondusif"),
        ("Aipda Sigit menghimbau warga agar mengunci pagar, selama kegiatan berlangsung situasinya "
         "aman dan kondusif, kegiatan dilaksanakan hari ini pukul 10.00", "aman_kondusif"),
        ("ane sambang warkop jl anggrek pesan ane jangan ikut tawuran situasi masih aman tapi perlu "
         "dipantau", "waspada"),
    ],
)  # fmt: skip
def test_the_situation_run_on_in_the_appeal_is_read(text: str, situation: str) -> None:
    assert parse_message(text, today=TODAY).situation == situation


@pytest.mark.parametrize(
    "text",
    [
        "sambang pos ronda jl mawar. Himbau: mari jaga situasi tetap aman",
        "dds jl melati 6 rmh. keluhan: warga merasa situasi kurang aman krn lampu mati",
    ],
)
def test_a_situation_wished_or_denied_in_the_appeal_is_none(text: str) -> None:
    assert parse_message(text, today=TODAY).situation is None
