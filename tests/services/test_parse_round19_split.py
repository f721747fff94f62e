"""The chat-message parser, round 19, split lane: how many activities a
message tells and where one ends. Every example is invented (none copied
from a corpus); each rule has cases where it applies and where it must not.

* a part of the day with its clock ("Siang pukul 13.00 …") opens the next
  activity of a prose report, as "Siang harinya pukul …" did (three corpora
  write it);
* a day's work after another's, each opening with its own date on a line of
  its own, is one report a day — also without a clock time on the line, or
  with the day's fields indented under a numbered date (the day-by-day recap
  of eight corpora);
* the round-18 regression of heldout18: "Pak izin lapor …", the writer
  asking his superior's leave, is no one telling a finding."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a part of the day with its clock opens the next activity --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Izin melaporkan kegiatan Bhabinkamtibmas Kel. Melati, Aipda Rahmat, Selasa 10 Februari "
        "2026. Pagi pukul 08.30 melaksanakan Sambang ke rumah Ketua RT 03 di Jl. Anggrek II. "
        "Sore pukul 15.00 s.d. 17.00 membantu Pengamanan Kegiatan Masyarakat berupa lomba "
        "tujuhbelasan di lapangan Jl. Cempaka Raya. Semua kegiatan aman.",
        # worded otherwise: "jam", a range, "Malam"
        "Senin 9/2/2026 Bripka Santoso. Siang jam 13.00 s.d. 14.00 DDS ke warga RT 05 RW 02 "
        "Jl. Mawar. Malam jam 20.00 ikut memantau pengamanan pengajian di Masjid Al Huda RW 04 "
        "Jl. Kenanga. Situasi kondusif.",
    ],
)
def test_a_part_of_the_day_with_its_clock_opens_the_next_activity(text: str) -> None:
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert reports[0].start_time is not None and reports[1].start_time is not None
    assert reports[0].start_time < reports[1].start_time


def test_a_part_of_the_day_telling_no_other_activity_stays_with_the_visit() -> None:
    # "Siang pukul 11.00" tells only when the same visit ended: no type of its own
    text = (
        "Selasa 10 Februari 2026 pagi pukul 09.00 sambang ke Pos RW 06 Jl. Flamboyan, bertemu "
        "Ketua RW. Siang pukul 11.00 selesai, situasi aman. Aipda Rahmat"
    )
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 1
    assert reports[0].start_time == dt.time(9)


# --- each day on a line of its own -------------------------------------------------------------


def test_lines_opening_with_their_own_days_are_a_report_each() -> None:
    # the first day's line has no clock, and a label's value seems to run into the second
    text = (
        "Izin lapor susulan ndan\n"
        "Senin 9/2/26 ba'da maghrib: sambang tokoh agama di Musholla Al Ikhlas RW 05, ketemu "
        "ustadz Salim.\nHimbauan: jaga kerukunan warga.\n"
        "Selasa 10/2/26 jam 8 pagi: penyuluhan bahaya judi online ke 15 pemuda di aula RW 05.\n"
        "Aman. Bripka Santoso"
    )
    reports = parse_reports(text, today=TODAY)
    assert [r.date for r in reports] == [dt.date(2026, 2, 9), dt.date(2026, 2, 10)]
    assert [r.types for r in reports] == [["SB"], ["BL"]]
    assert reports[1].start_time == dt.time(8)


def test_numbered_days_over_their_own_fields_are_a_report_each() -> None:
    text = (
        "LAPORAN GIAT BHABIN KEL. MELATI\n"
        "1. Minggu 8 Februari 2026\n"
        "   Jam/Lokasi : 19.30 / Pos Ronda RT 04 RW 07 Jl. Anggrek Raya\n"
        "   Giat : Sambang\n"
        "   Sasaran : warga ronda 6 org\n"
        "2. Senin 9 Februari 2026\n"
        "   Lokasi/Jam : Balai Warga Jl. Kamboja / 10.00 s/d 12.00\n"
        "   Giat : Problem Solving sengketa parkir\n"
        "Sit. aman\n"
        "Aipda Rahmat"
    )
    reports = parse_reports(text, today=TODAY)
    assert [r.date for r in reports] == [dt.date(2026, 2, 8), dt.date(2026, 2, 9)]
    assert [r.types for r in reports] == [["SB"], ["PS"]]


@pytest.mark.parametrize(
    "text",
    [
        # the same day written twice: one day's work
        "Senin 9/2/26 pkl 09.00 sambang ke Pos RW 02 Jl. Teratai, ketemu ketua RW.\n"
        "Senin 9/2/26 dilanjutkan sambang ke warga RT 03 di tempat yg sama.\nAman. Aipda Rahmat",
        # a day still to come is a plan, not another day's report
        "Selasa 10/2/26 pkl 10.00 sambang ke rumah Ketua RT 01 RW 06 Jl. Dahlia.\n"
        "Minggu 15/2/26 akan ada pengamanan kerja bakti di Jl. Dahlia.\nAman. Bripka Santoso",
    ],
)
def test_lines_of_one_day_or_a_plan_are_one_report(text: str) -> None:
    assert len(parse_reports(text, today=TODAY)) == 1


# --- the writer asking his superior's leave is no one telling ---------------------------------


def test_a_dictated_report_opening_with_pak_izin_lapor_keeps_its_visit() -> None:
    # the round-18 regression: the run-on was cut before "Pak izin lapor" and read as told
    text = (
        "selamat pagi Pak izin lapor DDS tadi jam sembilan sampai jam sebelas di RT nol tiga RW "
        "nol empat Kelurahan Melati ada dua belas rumah yang didatangi keluhan warga lampu jalan "
        "mati aman Bripka Santoso"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.date == TODAY
    assert (parsed.start_time, parsed.end_time) == (dt.time(9), dt.time(11))
    assert (parsed.rw, parsed.rt) == (4, 3)
    assert parsed.types == ["DDS"]
    assert parsed.audience == {"warga": 12}
    assert "Pak izin" not in parsed.findings


@pytest.mark.parametrize(
    "text",
    [
        "Pak izin lapor, tadi pagi jam 9 sambang ke RW 03 Kel. Melati bertemu 6 warga. Aman.",
        "Pak Kapolsek izin melaporkan, hari ini pkl 09.00 sambang ke RW 03 Kel. Melati, 6 warga. "
        "Situasi aman.",
    ],
)
def test_a_report_opening_with_the_writers_leave_is_no_finding(text: str) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.start_time == dt.time(9)
    assert parsed.rw == 3
    assert parsed.types == ["SB"]
    assert parsed.findings == ""


def test_someone_met_who_reports_is_still_a_finding() -> None:
    text = (
        "Hari ini pkl 10.00 DDS ke RT 02 RW 05 Jl. Mawar. Pak Darto melaporkan ada motor "
        "hilang semalam. Aman."
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.findings == "Pak Darto melaporkan ada motor hilang semalam."
