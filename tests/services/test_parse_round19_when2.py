"""The chat-message parser, round 19 (second wave, lane when2): the date, the
clock, the officer and the kelurahan after the first wave. Every message is
invented; each rule has cases where it must apply and where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import numerals, parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday
YESTERDAY = dt.date(2026, 2, 10)


# --- chat's spellings of the relative day words ---------------------------------------------
# (heldout6 "semalem", heldout8 "barusan", heldout19 "mlm ini")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("semalem ane ronda bareng linmas di pos rw 03 jl melati, aman ndan", YESTERDAY),
        ("smlm patroli dialogis di jl anggrek, sepi, aman. bripka rahmat", YESTERDAY),
        ("barusan ngopi sama bapak2 ojol di pangkalan jl cempaka, 6 org. aman", TODAY),
        ("pam pengajian masjid jl dahlia mlm ini, jamaah ramai, aman. rahmat", TODAY),
        ("sambang pos ronda jl melati malem ini sama 4 warga, aman", TODAY),
    ],
)
def test_chat_spellings_of_relative_days_date_the_report(text: str, date: dt.date) -> None:
    assert parse_message(text, today=TODAY).date == date


def test_an_evening_word_alone_is_no_date() -> None:
    # "mlm" with no "ini"/"tadi" says no day
    assert parse_message("patroli mlm di jl melati, aman", today=TODAY).date is None


# --- "Sabtu kmrn": the word qualifies the weekday ------------------------------------------
# (heldout4 "hari Sabtu kemarin", heldout5 "sabtu kmrn", heldout8 "jumat kmrn")


@pytest.mark.parametrize(
    "text",
    [
        "sabtu kmrn binluh narkoba di sekre karang taruna rw 04, 20 pemuda. aman",
        "Sabtu kemarin sambang ke pos rw 02 jl anggrek, ketemu 3 warga. aman",
    ],
)
def test_a_weekday_then_kemarin_is_that_weekday(text: str) -> None:
    assert parse_message(text, today=TODAY).date == dt.date(2026, 2, 7)


def test_kemarin_alone_is_still_yesterday() -> None:
    assert parse_message("kmrn sambang pos rw 02, aman", today=TODAY).date == YESTERDAY


# --- a weekday written bare, with the clock after it or right after the first word ----------
# (heldout10 "Sambang sabtu pkl 0800", heldout19 "dds sabtu rw 04 …"; the clock form as in
# heldout3, 6, 13, 17, 18 "kemarin rabu jam dua siang")


@pytest.mark.parametrize(
    "text",
    [
        "Pagi ndan\nSambang sabtu pkl 08.00 di lap. voli Jl Anggrek, ketemu pemuda 6. aman",
        "dds sabtu rw 05 kel melati 12 kk. aman. rahmat",
        "patroli dialogis di pasar, dimulai sabtu jam 7 pagi, aman",
    ],
)
def test_a_bare_weekday_at_the_clock_or_after_the_first_word_dates_the_report(text: str) -> None:
    assert parse_message(text, today=TODAY).date == dt.date(2026, 2, 7)


@pytest.mark.parametrize(
    "text",
    [
        # a weekday inside the report, with no clock and not heading it: another day's
        "sambang ke masjid jl melati, pengurus minta patroli usai sholat jumat. aman",
        "sambang gereja jl melati, jemaat siapkan ibadah rabu abu. aman",
    ],
)
def test_a_weekday_named_in_passing_dates_nothing(text: str) -> None:
    assert parse_message(text, today=TODAY).date is None


# --- a day that was agreed on or is planned is still to come --------------------------------
# (heldout3 "sepakat nunggu musyawarah … hari sabtu", heldout5 "ada rencana pengumpulan
# massa … hari sabtu", heldout11 "disepakati kerja bakti … pada hari Minggu")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "tadi problem solving soal parkir di gang kedua pihak sepakat nunggu rapat di rumah "
            "pak rw hari jumat situasi aman",
            TODAY,
        ),
        (
            "Bhabinkamtibmas menengahi sengketa pagar antar warga di Balai RW 02, disepakati "
            "pengukuran ulang bersama petugas kelurahan pada hari Senin.",
            None,
        ),
        (
            "laporan deteksi dini dapat info dari ketua rw ada rencana pengumpulan massa suporter "
            "di lapangan jalan cempaka hari sabtu jam dua siang situasi waspada",
            None,
        ),
    ],
)
def test_a_weekday_agreed_on_or_planned_is_no_date_of_the_report(
    text: str, date: dt.date | None
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.date == date
    assert parsed.start_time is None


def test_a_weekday_the_report_was_done_on_still_dates_it() -> None:
    text = "Pada hari Senin Bhabin sambang ke pos rw 02 jl anggrek, warga sepakat ronda bergilir."
    assert parse_message(text, today=TODAY).date == dt.date(2026, 2, 9)


# --- a clock in a request, a deadline or a plan is not the activity's -----------------------
# (heldout5 "meminta bantuan patroli saat jam pulang sekolah pukul 13.00", heldout14
# "bongkar tenda paling lambat jam 23.00", heldout19 "minta ada petugas … jam 10 s/d 14")


@pytest.mark.parametrize(
    "text",
    [
        "Hari ini sambang ke SD Melati. Kepala sekolah meminta patroli saat bubaran pukul 12.00.",
        "hr ini pam hajatan di jl anggrek, tuan rumah sanggup bongkar tenda paling lambat jam 22.00",
        "sambang pasar, pedagang minta ada petugas jaga di pintu utara jam 9 s/d 12. aman",
        "ada rencana konvoi motor di jl cempaka jam 1 dini hari, sdh koord piket. waspada",
    ],
)
def test_a_clock_asked_for_or_planned_is_no_start(text: str) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.start_time is None
    assert parsed.end_time is None


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("pkl 10.00 sambang pasar, pedagang minta patroli pagi. aman", dt.time(10)),
        ("Jam 19.30 ronda bersama warga, diminta hadir lagi besok. aman", dt.time(19, 30)),
    ],
)
def test_the_activity_s_own_clock_before_a_request_is_kept(text: str, start: dt.time) -> None:
    assert parse_message(text, today=TODAY).start_time == start


# --- a superior named in the sentence or line before the signature ---------------------------
# (heldout2 "… sdh koord piket & babinsa\nBripka Dwi Hartono", heldout21 "ktm pak lurah n 2
# staf. aman. Bripka Agus")


@pytest.mark.parametrize(
    ("text", "officer"),
    [
        ("DD ndan, ada info balap liar mlm ini. sdh koord babinsa\nBripka Dwi Hartono",
         "Bripka Dwi Hartono"),
        ("sambang kantor kel kwitang, ktm pak lurah n 3 staf. aman. Aipda Joko", "Aipda Joko"),
    ],
)  # fmt: skip
def test_a_signature_after_a_superior_s_sentence_is_the_officer(
    demo_actor, text: str, officer: str
) -> None:
    parsed = parse_message(text, today=TODAY, actor=demo_actor)
    assert parsed.officer == officer
    assert parsed.officer_id is not None


@pytest.mark.parametrize(
    "text",
    [
        "Sambang bersama Babinsa Serka Budi di pos rw 02. aman",
        "Kapolsek Senen AKP Bambang memberi arahan kepada warga jl melati. aman",
    ],
)
def test_a_superior_or_the_babinsa_is_still_no_officer(text: str) -> None:
    assert parse_message(text, today=TODAY).officer == ""


# --- a street's closing number said or typed is its Roman numeral ---------------------------
# (heldout9, 20, 21: "jalan kenari dua", kept by the station as "Kenari II")


@pytest.mark.parametrize(
    ("name", "roman"),
    [
        ("melati dua", "melati ii"),
        ("anggrek 3", "anggrek iii"),
        ("cempaka sepuluh", "cempaka x"),
        ("dahlia raya", "dahlia raya"),  # no number: as written
        ("melati 25", "melati 25"),  # a house number, no street's numeral
    ],
)
def test_a_street_s_closing_number_reads_as_a_roman_numeral(name: str, roman: str) -> None:
    assert numerals.roman_last(name) == roman


@pytest.mark.parametrize(
    "text",
    [
        "lapor ndan tadi sambang ke warung di jalan kenari dua rt tujuh ketemu bapak2 aman",
        "hr ini sbg ke rmh pak darto jl kenari 2 rt 4, aman",
    ],
)
def test_a_street_said_with_its_number_tells_the_kelurahan(demo_actor, text: str) -> None:
    assert parse_message(text, today=TODAY, actor=demo_actor).kelurahan == "Kenari"
