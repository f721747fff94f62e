"""The chat-message parser, round 12 of issue #15. Every example is
invented (three or more phrasings per rule, none copied from any corpus):

* chat's ``td`` alone is ``tadi`` (today) beside a clock time, and
  ``malming``/``malsab`` are ``malam minggu``/``malam sabtu``;
* a day's list whose lines open with their part of the day (``Malam ba'da
  isya sambang …``, ``Sore patroli …``) is one activity a line, a clock
  time or not;
* chat's shortenings of a finding's words: ``ktnya`` (katanya), ``ud`` /
  ``dah`` (sudah) before ``damai``;
* a part of a group telling something (``Sebagian warga mengeluhkan …``,
  ``Salah seorang pedagang menyampaikan …``) is a finding, as the group's;
* what the people just named complain of in a clause of their own (``…,
  yang mengeluhkan …``) is a finding from its verb;
* the appeal in any first person of chat (``ane``, ``aku``, ``kami``), and
  before whom it was done (``di depan jamaah``) is no part of the place;
read on heldout14 too: whom it was heard from in chat (``kata mereka``,
``kt warga``), ``info``/``kasih tau`` as a speaker's verb, ``kel:`` before
a clause as keluhan, a quarrel over something (``rebutan``) as the
problem, ``air PAM`` as water, a bare ``agar …`` (or a dictated
``himbauan agar …``) as the appeal."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message, parse_reports

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


# --- dates in chat's shortenings ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "sambang warung kopi jl kenari raya pkl 15.30 td, 6 org. aman",
        "td jam 7 pagi patroli seputar pasar senen, aman",
        "DDS gg melati rt 4 TD pukul 10, 8 kk dikunjungi",
        "giat binluh di pos ronda jam 20.00 td. kondusif",
    ],
)
def test_td_beside_a_clock_time_is_today(text: str) -> None:
    assert parse(text).date == TODAY


@pytest.mark.parametrize(
    "text",
    [
        "patroli td aman",  # no clock time: "td" is not read
        "sambang pos ronda, td ada warga lapor",
    ],
)
def test_td_without_a_clock_time_sets_no_date(text: str) -> None:
    assert parse(text).date is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("patroli malming di lapangan jl kenari, pemuda 5 org dibubarkan", dt.date(2026, 2, 7)),
        ("Malming kemarin sambang pos kamling rw 3, aman", dt.date(2026, 2, 7)),
        ("dds malsab ke gg mawar, 4 kk", dt.date(2026, 2, 6)),
        ("cooling system MALMINGGU di warkop jl paseban, 8 pemuda", dt.date(2026, 2, 7)),
    ],
)
def test_malming_is_saturday_evening(text: str, date: dt.date) -> None:
    assert parse(text).date == date


def test_malming_as_a_habit_dates_nothing() -> None:
    assert parse("sambang pos ronda jl kenari, rawan balap liar tiap malming").date is None


# --- a day's list by part of the day -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "Giat hari ini:\nPagi sambang pasar kenari, ketemu 4 pedagang.\n"
            "Sore patroli dialogis di Jl. Paseban Raya, aman.\n"
            "Malam ba'da isya DDS gg melati RT 05, 6 kk.",
            [["SB"], ["PD"], ["DDS"]],
        ),
        (
            "lapor ndan\nsiang problem solving rt 03 rw 02 soal parkir, sdh damai\n"
            "malam sambang pos kamling rw 04, 5 warga ronda",
            [["PS"], ["SB"]],
        ),
        (
            "Subuh patroli dialogis sekitar masjid jl kramat pulo\nBada ashar binluh di balai rw 07",
            [["PD"], ["BL"]],
        ),
    ],
)
def test_lines_opening_with_their_part_of_the_day_are_a_day_s_list(
    text: str, types: list[list[str]]
) -> None:
    reports = parse_reports(text, today=TODAY)
    assert [list(r.types) for r in reports] == types


def test_a_paragraph_opening_with_a_part_of_the_day_is_one_report() -> None:
    text = "Malam ini sambang pos ronda rw 03 jl kenari, ketemu 4 warga. Situasi aman."
    assert len(parse_reports(text, today=TODAY)) == 1


# --- findings in chat's shortenings ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "sambang pangkalan ojek jl kenari pkl 9, 5 org, ktnya sering ada jambret di halte. aman",
            "ktnya sering ada jambret di halte",
        ),
        (
            "dds gg mawar rt 2, 7 kk, KTANYA lampu jalan mati seminggu",
            "KTANYA lampu jalan mati seminggu",
        ),
        (
            "patroli jl paseban jam 22, ngobrol sm jukir, katnya ada balap liar tiap subuh",
            "katnya ada balap liar tiap subuh",
        ),
    ],
)
def test_ktnya_tells_what_was_heard(text: str, findings: str) -> None:
    assert parse(text).findings == findings


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "PS rt 4 rw 2 jl kenari, cekcok batas pagar antar tetangga, ud damai. aman",
            "cekcok batas pagar antar tetangga\nud damai",
        ),
        (
            "problem solving gg melati jam 16, ribut soal jemuran, dah didamaikan",
            "ribut soal jemuran\ndah didamaikan",
        ),
        (
            "ps di warung jl paseban 3, salah paham utang piutang, ud damai slg memaafkan",
            "salah paham utang piutang\nud damai slg memaafkan",
        ),
    ],
)
def test_ud_and_dah_before_damai_tell_the_outcome(text: str, findings: str) -> None:
    assert parse(text).findings == findings


# --- a part of a group telling ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "Bripka Agus melaksanakan sambang ke RW 03 Kenari. Sebagian warga mengeluhkan sampah "
            "menumpuk di bantaran kali.",
            "Sebagian warga mengeluhkan sampah menumpuk di bantaran kali.",
        ),
        (
            "Aiptu Heri melaksanakan DDS di Jl. Paseban Raya. Salah seorang pedagang menyampaikan "
            "bahwa parkir liar makin banyak.",
            "Salah seorang pedagang menyampaikan bahwa parkir liar makin banyak.",
        ),
        (
            "Bripka Dwi sambang ke pos RW 07. Sebagian besar pengurus berharap ronda diaktifkan "
            "lagi.",
            "Sebagian besar pengurus berharap ronda diaktifkan lagi.",
        ),
    ],
)
def test_part_of_a_group_telling_is_a_finding(text: str, findings: str) -> None:
    assert parse(text).findings == findings


# --- a complaint in a clause of its own --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "Pukul 10.00 Bripka Agus sambang ke Pasar Kenari dan bertemu 5 pedagang, yang "
            "mengeluhkan pungli di pintu masuk.",
            "mengeluhkan pungli di pintu masuk.",
        ),
        (
            "sambang pos ojek jl kramat raya jam 8, ktm 6 driver, yg mengeluh sering kena "
            "tilang liar",
            "mengeluh sering kena tilang liar",
        ),
        (
            "Aiptu Heri melaksanakan DDS ke 9 rumah warga RT 02, yang mengadukan saluran "
            "air mampet sejak pekan lalu.",
            "mengadukan saluran air mampet sejak pekan lalu.",
        ),
        (
            "Sore pukul 16.00 patroli di Jl. Paseban Raya, berbincang dengan 3 juru parkir, yang "
            "resah dengan balap liar tiap malam.",
            "resah dengan balap liar tiap malam.",
        ),
    ],
)
def test_a_complaint_clause_after_the_people_met_is_a_finding(text: str, findings: str) -> None:
    assert parse(text).findings == findings


# --- the appeal in any first person of chat, and before whom it was made ---------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "sambang pos ronda rw 04 jam 9 malam, 5 warga. Ane ingatkan warga supaya ronda rutin.",
            "Ane ingatkan warga supaya ronda rutin.",
        ),
        (
            "binluh di musholla jl kenari, 20 jamaah. aku minta jamaah jgn percaya pinjol",
            "aku minta jamaah jgn percaya pinjol",
        ),
        (
            "dds gg mawar rt 3, 6 kk. Kami himbau warga kunci pintu dobel.",
            "Kami himbau warga kunci pintu dobel.",
        ),
    ],
)
def test_any_first_person_of_chat_makes_the_appeal(text: str, message: str) -> None:
    assert parse(text).message == message


@pytest.mark.parametrize(
    ("text", "place", "audience"),
    [
        (
            "Binluh di Masjid Al Ikhlas, Jl. Kenari Raya, di depan jamaah sekitar 30 orang. "
            "Saya ingatkan jamaah agar waspada pinjol.",
            "Masjid Al Ikhlas, Jl. Kenari Raya",
            {"warga": 30},
        ),
        (
            "penyuluhan di SMPN 5 jl paseban di hadapan 40 siswa, aman",
            "SMPN 5 jl paseban",
            {"kelompok_pemuda": 40},
        ),
        (
            "Aiptu Heri berceramah kamtibmas di Balai Warga RW 02 di depan para peserta pengajian.",
            "Balai Warga",
            None,
        ),
    ],
)
def test_before_whom_it_was_done_is_no_part_of_the_place(
    text: str, place: str, audience: dict[str, int | None] | None
) -> None:
    parsed = parse(text)
    assert parsed.place == place
    if audience is not None:
        assert dict(parsed.audience) == audience


# --- chat's sources and labels of a finding; a bare purpose as the appeal ----------------------


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "sbg warkop jl kenari jam 9, ngobrol sm 4 ojol. kata mereka ada yg suka jambret hp "
            "di halte.",
            "kata mereka ada yg suka jambret hp di halte.",
        ),
        (
            "dds gg mawar rt 2 pkl 10, 6 kk, kt warga sering ada maling jemuran",
            "kt warga sering ada maling jemuran",
        ),
        (
            "sambang pos rw 3 jam 20, 3 org. kata pak rt ronda sdh jalan lagi.",
            "kata pak rt ronda sdh jalan lagi.",
        ),
    ],
)
def test_kata_mereka_tells_what_was_heard(text: str, findings: str) -> None:
    assert parse(text).findings == findings


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "Sambang ke rumah Ketua RW Bpk. Darto pkl 10.00. Beliau info ada kos-kosan baru yang "
            "penghuninya belum lapor.",
            "Beliau info ada kos-kosan baru yang penghuninya belum lapor.",
        ),
        (
            "Sambang ke Pos Ojek Jl. Kenari Raya pkl 9. Para driver kasih tau sering ada "
            "jambret di halte.",
            "Para driver kasih tau sering ada jambret di halte.",
        ),
        (
            "DDS ke rumah warga RT 04 pkl 15.00. Pak Amir info lampu gang mati seminggu.",
            "Pak Amir info lampu gang mati seminggu.",
        ),
    ],
)
def test_info_as_chat_s_verb_tells_a_finding(text: str, findings: str) -> None:
    assert parse(text).findings == findings


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("DDS rt 03 rw 02 pkl 10, 8 kk, kel: sampah blm diangkut seminggu. aman", None),
        (
            "sbg pos rw 5 pkl 20.00, 4 warga, kel: lampu jalan banyak mati",
            "lampu jalan banyak mati",
        ),
        ("dds gg melati jam 16, 5 kk, Kel : got mampet kalau hujan", "got mampet kalau hujan"),
    ],
)
def test_kel_before_a_clause_is_keluhan(text: str, findings: str | None) -> None:
    found = parse(text).findings
    assert found == (findings or "sampah blm diangkut seminggu")


@pytest.mark.parametrize(
    "text",
    [
        "DDS rt 05 pkl 10, kel: Paseban, 6 kk",
        "sambang pos ronda, Kel: Kenari Baru. aman",
    ],
)
def test_kel_before_a_name_is_no_finding(text: str) -> None:
    assert parse(text).findings == ""


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("DDS gg mawar pkl 10, 7 kk, keluhan air PAM sering mati", ["DDS"]),
        ("sambang warga rt 3, air pam keruh", ["SB"]),
        ("PAM hajatan warga rt 4 jl kenari pkl 19.00", ["PKM"]),
    ],
)
def test_air_pam_is_the_water_not_a_security_duty(text: str, types: list[str]) -> None:
    assert list(parse(text).types) == types


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "PS rt 4 jl paseban pkl 15, rebutan lahan parkir antar tetangga, sdh damai",
            "rebutan lahan parkir antar tetangga\nsdh damai",
        ),
        (
            "ps gg melati jam 10, berebut jalur air antar 2 kk, sudah didamaikan",
            "berebut jalur air antar 2 kk\nsudah didamaikan",
        ),
        (
            "problem solving rw 2 pkl 19, perebutan lapak dagang, udah damai",
            "perebutan lapak dagang\nudah damai",
        ),
    ],
)
def test_a_quarrel_over_something_is_the_problem(text: str, findings: str) -> None:
    assert parse(text).findings == findings


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Binluh di balai RW 03 pkl 10.00, 25 ibu-ibu. Materi penipuan online. Agar jangan "
            "mudah percaya hadiah via WA.",
            "Agar jangan mudah percaya hadiah via WA.",
        ),
        (
            "sambang warung kopi jl kenari pkl 21, 6 pemuda.\nSupaya tdk balap liar di jalan raya",
            "Supaya tdk balap liar di jalan raya",
        ),
        (
            "lapor komandan hari ini saya melaksanakan dds di rt nol dua mengunjungi sepuluh rumah "
            "harapan warga lampu gang diperbaiki himbauan agar warga kunci pintu ganda situasi aman",
            "agar warga kunci pintu ganda",
        ),
    ],
)
def test_a_bare_purpose_is_the_appeal(text: str, message: str) -> None:
    assert parse(text).message == message
