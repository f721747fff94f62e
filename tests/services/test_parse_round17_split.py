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
