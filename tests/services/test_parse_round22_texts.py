"""The chat-message parser, round 22 of issue #15: where a finding ends when
the officer goes on, in the same sentence, to record or pass on what he heard
("…, sdh sy catat dan akan sy pantau", "…, sudah saya sampaikan ke Kanit
Reskrim utk ditindaklanjuti"), and the appeal when it opens with his passing
on what he heard ("Sudah saya sampaikan ke piket reskrim."). Each pattern
recurs in writers of two or three of the writer pools. Every example is
invented, each with a case where the rule must not apply."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 3, 4)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "Assalamualaikum ndan, hari ini Selasa 3/3/2026 pkl 10.00 sy Aipda Rahmat sambang ke "
            "warung Bu Tuti Jl. Melati RT 02 RW 04. Bu Tuti bilang sering ada pemuda luar nongkrong "
            "sampe subuh di pos, sdh sy catat dan akan sy pantau. Sy himbau warga aktif ronda. Aman.",
            "Bu Tuti bilang sering ada pemuda luar nongkrong sampe subuh di pos",
        ),
        (
            "Siang ndan, hari ini jam 11 ane Aiptu Yanto sambang ke bengkel Jl. Dahlia. Pemilik "
            "bengkel cerita ada motor titipan tanpa surat, udah ane catet buat dicek. Aman ndan.",
            "Pemilik bengkel cerita ada motor titipan tanpa surat",
        ),
    ],
)
def test_the_officer_recording_what_he_heard_ends_the_finding(text: str, findings: str) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.findings == findings


def test_passing_it_on_to_a_unit_ends_the_finding_and_is_no_appeal() -> None:
    parsed = parse_message(
        "Selamat siang, hari ini Selasa 3 Maret 2026 jam 13.00 Bripka Doni sambang ke pangkalan "
        "ojol Jl. Anggrek. Para driver mengeluhkan ada oknum yg minta setoran tiap hari, sudah "
        "saya sampaikan ke Kanit Reskrim utk ditindaklanjuti. Situasi aman.",
        today=TODAY,
    )
    assert parsed.findings == "Para driver mengeluhkan ada oknum yg minta setoran tiap hari"
    assert not parsed.message  # "utk ditindaklanjuti" asks nothing of the people met


def test_passing_on_a_direction_to_the_people_met_is_the_appeal() -> None:
    parsed = parse_message(
        "Selamat siang, hari ini Selasa 3 Maret 2026 jam 13.00 Bripka Doni sambang ke pangkalan "
        "ojol Jl. Anggrek. Para driver mengeluhkan sering ada balap liar malam hari, sy sampaikan "
        "ke mereka agar tdk ikut2an dan segera lapor. Situasi aman.",
        today=TODAY,
    )
    assert parsed.findings == "Para driver mengeluhkan sering ada balap liar malam hari"
    assert parsed.message.startswith("sy sampaikan ke mereka agar")


def test_a_record_made_without_the_officer_as_subject_stays_in_the_finding() -> None:
    # passive, nobody's own follow-up: what was done about it is part of what was found
    parsed = parse_message(
        "Siang ndan, hari ini jam 11 Aiptu Yanto sambang ke pos RW. Ketua RW cerita ada 3 rumah "
        "kosong dibobol, sdh dicatat & diteruskan ke piket. Aman.",
        today=TODAY,
    )
    assert parsed.findings == (
        "Ketua RW cerita ada 3 rumah kosong dibobol, sdh dicatat & diteruskan ke piket."
    )


def test_a_record_told_without_a_break_stays_in_the_finding() -> None:
    # no comma or stop before it: the writer tells it as one piece, and it stays whole
    parsed = parse_message(
        "Lapor ndan hari ini jam 9 Bripka Agus sambang pasar Jl. Kenanga. Pedagang mengeluhkan "
        "ada preman minta jatah tiap pagi udah ane sampein ke satpol pp. Aman.",
        today=TODAY,
    )
    assert parsed.findings == (
        "Pedagang mengeluhkan ada preman minta jatah tiap pagi udah ane sampein ke satpol pp."
    )


# --- the officer passing on what he heard is no appeal --------------------------------------
# (heldout23, heldout29, heldout32: "Sudah saya sampaikan ke piket reskrim.", "ane udah sampein
# ke pak lurah terus ane himbau …")


def test_passing_it_on_in_a_sentence_of_its_own_is_no_appeal() -> None:
    parsed = parse_message(
        "Kemarin sore sekitar jam 4 saya Aipda Rudi sambang ke lapak pedagang di Jl. Anggrek, "
        "ketemu Pak Ucok sama pedagang lain kira2 6 orang. Mereka cerita ada dua kali kejadian "
        "jambret. Sudah saya sampaikan ke piket reskrim. Saya pesan ke pedagang supaya saling "
        "jaga. Aman.",
        today=TODAY,
    )
    assert parsed.message == "Saya pesan ke pedagang supaya saling jaga."


def test_the_appeal_told_after_passing_it_on_is_the_appeal() -> None:
    parsed = parse_message(
        "izin ndan ane bripka agus tadi jam sembilan sambang ke pasar anggrek ketemu pedagang "
        "sepuluh orang terus pedagang ngeluh ada preman maksa minta duit ane udah sampein ke pak "
        "lurah terus ane himbau pedagang jangan kasih uang langsung lapor aja situasi aman ndan",
        today=TODAY,
    )
    assert parsed.message == "ane himbau pedagang jangan kasih uang langsung lapor aja"


def test_passing_a_direction_on_to_the_people_stays_the_appeal() -> None:
    parsed = parse_message(
        "Kemarin sore jam 4 saya Aipda Rudi sambang ke lapak pedagang di Jl. Anggrek, ketemu "
        "pedagang 6 orang. Mereka cerita ada jambret. Sudah saya sampaikan ke pedagang agar "
        "saling jaga. Aman.",
        today=TODAY,
    )
    assert parsed.message == "Sudah saya sampaikan ke pedagang agar saling jaga."


# --- a numbered template's next item ends the appeal and the findings -----------------------
# (heldout29, heldout33, heldout34: "5) Pesan : …" then "6) Kamtibmas aman kondusif", "6. Pesan:
# …" then "7. Alhamdulillah aman lancar", "5️⃣ Temuan: …" then "6️⃣ Himbau …")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Ijin lapor ndan\n1) Giat : sambang tomas\n2) Waktu : Senin, 2 Maret 2026 pukul 10.00\n"
            "3) Tempat : rumah Bpk. Darto, Jl. Anggrek RT 02 RW 05\n"
            "4) Pesan : warga aktifkan ronda & pasang kunci ganda\n5) Kamtibmas aman kondusif\n"
            "Bripka Doni",
            "warga aktifkan ronda & pasang kunci ganda",
        ),
        (
            "Ijin lapor ndan\n1. Senin 2 Maret 2026 jam 10.00\n2. Sambang pos ronda Jl. Anggrek\n"
            "3. Pesan: jaga anak agar tdk ikut tawuran, pulang sekolah langsung ke rumah\n"
            "4. Alhamdulillah aman lancar\nBripka Doni",
            "jaga anak agar tdk ikut tawuran, pulang sekolah langsung ke rumah",
        ),
    ],
)
def test_the_templates_next_item_ends_the_appeal(text: str, message: str) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.message == message
    assert parsed.situation == "aman_kondusif"


def test_a_list_inside_the_appeal_numbered_from_one_stays_with_it() -> None:
    parsed = parse_message(
        "Ijin lapor ndan\n1. Senin 2 Maret 2026 jam 10.00\n2. Sambang pos ronda Jl. Anggrek\n"
        "3. Pesan:\n1. jaga anak agar tdk ikut tawuran\n2. pasang kunci ganda\n4. Aman\nBripka Doni",
        today=TODAY,
    )
    assert parsed.message == "1. jaga anak agar tdk ikut tawuran\n2. pasang kunci ganda"


def test_an_unlabelled_item_after_the_findings_is_read_on_its_own() -> None:
    # "5. Himbau …" is no more of "4. Temuan"; read as prose, it is the appeal, without the
    # template's number
    parsed = parse_message(
        "Ijin Ndan\n1. Sambang kos2an\n2. Senin 2 Maret 2026, 16.00-17.00\n"
        "3. Kos Bu Tini Jl. Melati RT 03 RW 02\n4. Temuan: ada 3 penghuni baru blm lapor RT\n"
        "5. Himbau penghuni kos wajib lapor 1x24 jam ke RT\n6. Aman\nAipda Joko",
        today=TODAY,
    )
    assert parsed.findings == "ada 3 penghuni baru blm lapor RT"
    assert parsed.message == "Himbau penghuni kos wajib lapor 1x24 jam ke RT"
    assert parsed.situation == "aman_kondusif"


def test_a_wrapped_number_that_is_no_item_stays_with_its_line() -> None:
    # "6 kosong" is a wrapped line ("kamar no. 5 dan / 6 kosong"), not the template's next item
    parsed = parse_message(
        "Ijin Ndan\n1. Sambang kos2an\n2. Senin 2 Maret 2026, 16.00-17.00\n"
        "3. Kos Bu Tini Jl. Melati RT 03 RW 02\n"
        "4. Temuan: ada 3 penghuni baru blm lapor RT, kamar no. 5 dan\n6 kosong\n"
        "5. Himbau penghuni kos wajib lapor 1x24 jam ke RT\nAipda Joko",
        today=TODAY,
    )
    assert parsed.findings == "ada 3 penghuni baru blm lapor RT, kamar no. 5 dan 6 kosong"


# --- a purpose phrase ends with its line -------------------------------------------------------


def test_a_situation_on_its_own_line_after_a_purpose_is_stated() -> None:
    parsed = parse_message(
        "Lapor giat Binluh Selasa 3 Maret 2026 jam 08.30 di SDN Anggrek 01\n"
        "1. Memberikan materi bahaya narkoba kepada siswa kelas 6\n"
        "2. Berkoordinasi dgn satpam sekolah utk pengawasan\nAman terkendali\nAipda Yusuf",
        today=TODAY,
    )
    assert parsed.situation == "aman_kondusif"
    assert parsed.types == ["BL"]  # "utk pengamanan": a purpose, no activity of its own


def test_a_purpose_phrase_on_the_same_line_is_no_situation() -> None:
    parsed = parse_message(
        "Lapor giat sambang Selasa 3 Maret 2026 jam 08.30 di pos ronda Jl. Anggrek dalam rangka "
        "menjaga situasi kamtibmas yang kondusif. Bripka Doni",
        today=TODAY,
    )
    assert parsed.situation is None


# --- terse chat's item separators end an item -----------------------------------------------
# (heldout23 " | ", heldout27 and heldout29 " // ", heldout33 " - " and " → ")


def test_a_dash_between_a_dispute_and_its_outcome_separates_them() -> None:
    parsed = parse_message(
        "PS Jl. Anggrek rt 4/2 ribut parkir motor antar tetangga - sdh damai, motor dipindah. "
        "Doni 3/3",
        today=TODAY,
    )
    assert parsed.findings == "ribut parkir motor antar tetangga\nsdh damai, motor dipindah."


def test_double_slashes_end_the_complaint_and_open_the_appeal() -> None:
    parsed = parse_message(
        "DDS // Selasa 3/3 // 09.00-11.00 // Jl. Melati RT 02 RW 04 // 8 rmh // keluhan: lampu "
        "jalan mati, gelap // himbau kunci ganda motor // aman // Bripka Doni",
        today=TODAY,
    )
    assert parsed.findings == "lampu jalan mati, gelap"
    assert parsed.message == "himbau kunci ganda motor"


def test_a_dash_in_a_time_range_is_no_item_of_a_finding() -> None:
    parsed = parse_message(
        "sambang pos ronda Jl. Mawar rw 05 jam 20.00 - 22.00, ktm 6 warga, aman. Doni",
        today=TODAY,
    )
    assert not parsed.findings
    assert (parsed.start_time, parsed.end_time) == (dt.time(20), dt.time(22))
