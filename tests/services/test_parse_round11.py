"""The chat-message parser, round 11 of issue #15: whom the officer met.
Every example is invented (several phrasings per rule, none copied from
any corpus):

* whoever heads or runs a body none of the groups names (``korlap``,
  ``Kepala Terminal``, ``pengurus koperasi``, ``koordinator komunitas``) is
  one person of ``other``, beside the people of that body;
* a template list's line whose label names none of the groups (``- FKDM :
  4 org``) counts its people as ``other``, the catch-all; a label that
  names no kind of people (``- Jumlah : 20``) does not;
* members tied to the one just named by ``-nya`` (``dan 7 anggotanya``,
  ``sama 2 anak buahnya``) are of that one's kind, whatever follows;
* a youth figure followed by a name is one youth beside those counted;
* night-watch residents written ``anggota ronda`` are residents."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "sambang pangkalan ojek Jl. Kenari Raya, ktm 5 tukang ojek dan korlapnya. aman",
            {"other": 6},
        ),
        (
            "Selasa 10/2/2026 pkl 10.00 sambang ke Stasiun Senen, bertemu Kepala Stasiun serta "
            "kurang lebih 4 orang porter yang sedang istirahat. Situasi aman.",
            None,  # porters are no group: only the head is sure, so the count is doubtful
        ),
        (
            "Senin 9/2/2026 jam 8 pagi sambang ke pasar, ketemu pengurus koperasi pedagang 3 orang "
            "dan pedagang sayur 12 orang. aman terkendali",
            {"other": 15},
        ),
        (
            "Giat sambang komunitas sepeda, hadir koordinator komunitas dan 20 warga. Aman.",
            {"other": 1, "warga": 20},
        ),
    ],
)
def test_a_head_of_a_body_no_group_names_is_one_other(text: str, audience: dict | None) -> None:
    found = parse(text).audience
    if audience is None:
        assert found.get("other") in (1, None) and "warga" not in found
    else:
        assert found == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Sambang Selasa 10/2/2026 jam 09.00 di Kantor Kelurahan Paseban\nAttendees:\n"
            "- Seklur : 1 org\n- Relawan bencana : 5 org\n- Linmas : 2 org\nSituasi aman",
            {"other": 8},
        ),
        (
            "Giat sambang Senin 9/2/2026 pkl 15.00 di Balai RW 03\nYang hadir :\n"
            "- Tokoh masyarakat : 2 org\n- Pengurus bank sampah : 4 org\nAman kondusif",
            {"tokoh_masyarakat": 2, "other": 4},
        ),
        (
            "Sambang Senin 9/2/2026 pkl 15.00 di Pos Kamling RW 05\nYang hadir :\n"
            "- Ketua RT 02 : 1 org\n- Foto : 3\nAman",
            {"perangkat_rt_rw": 1},
        ),
    ],
)
def test_a_listed_line_no_group_names_is_other(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Sambang sekretariat remaja masjid, ngobrol dgn ketua karang taruna Mas Bayu dan "
            "9 anggotanya yg sedang rapat. Aman.",
            {"kelompok_pemuda": 10},
        ),
        (
            "sambang ke bengkel las Jl. Kwitang, ketemu korlap Bpk. Tono sama 2 anak buahnya "
            "lagi kerja. aman",
            {"other": 3},
        ),
        (
            "DDS ke rumah Ketua RT 04 Bpk. Sahrul dan 3 stafnya di sekretariat. Situasi kondusif.",
            {"perangkat_rt_rw": 4},
        ),
    ],
)
def test_members_tied_by_nya_are_of_the_head_s_kind(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "cooling system bertemu tokoh pemuda Bang Jali dan kurang lebih 20 pemuda. aman",
            {"kelompok_pemuda": 21},
        ),
        (
            "Sambang ke pos pemuda, ketemu tokoh pemuda Sdr. Rian serta 6 remaja. Aman",
            {"kelompok_pemuda": 7},
        ),
        (
            "Sambang bersama tokoh masyarakat dan tokoh pemuda membahas kebersihan. Aman.",
            {"tokoh_masyarakat": None, "kelompok_pemuda": None},
        ),
    ],
)
def test_a_named_youth_figure_is_one_beside_the_youths(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    "text",
    [
        "sambang pos kamling Jl. Kenari, ktm 4 anggota ronda. aman",
        "mampir pos ronda Jl. Kenari jam 1 malam, ngobrol sama bocah2 ronda ada 4 orng. aman ndan",
        "sambang pos kamling Jl. Kenari Raya jam 22.00, ngobrol dgn 4 anggota ronda. aman",
    ],
)
def test_night_watch_members_are_residents(text: str) -> None:
    assert parse(text).audience == {"warga": 4}


# --- findings: what the people met told --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "Sambang Senin 9/2/2026 jam 10.00 di pangkalan ojek Jl. Kenari Raya, ktm 5 ojek. "
            "Info dr pangkalan, maling helm sdh jarang sejak ada CCTV. Aman.",
            "maling helm sdh jarang",
        ),
        (
            "DDS Selasa 10/2/2026 pkl 09.00 di Gg. Mawar, ktm 8 warga. Keluhannya soal lampu "
            "jalan mati sejak seminggu. Dihimbau agar warga ronda. Aman.",
            "lampu jalan mati",
        ),
        (
            "Cooling system Senin 9/2/2026 pkl 16.00 di Jl. Paseban Raya dengan 2 kelompok pemuda "
            "yang sempat ribut. Kedua kelompok sepakat berdamai dan tidak saling membalas. Aman.",
            "Kedua kelompok sepakat",
        ),
        (
            "Sambang Senin 9/2/2026 jam 15.00 di Pasar Kenari, ktm 10 pedagang. Pedagang harap "
            "ada patroli tiap sore. Situasi aman.",
            "Pedagang harap ada patroli",
        ),
        (
            "Update giat\nDate: Senin, 9 Februari 2026\nVenue: Pos RW 03 Jl. Kenari Raya\n"
            "Attendees:\n- Warga : 10 org\nNotes: warga komplain sampah numpuk di ujung gang.\n"
            "Status: aman",
            "sampah numpuk",
        ),
        (
            "Update giat\nDate: Senin, 9 Februari 2026\nVenue: Balai RW 05 Jl. Bungur Besar\n"
            "Key points: pemuda minta lapangan dibuka sampai malam.\nStatus: kondusif",
            "lapangan dibuka",
        ),
    ],
)
def test_what_the_people_met_told_is_a_finding(text: str, finding: str) -> None:
    assert finding in (parse(text).findings or "")


# --- place: only a leading "di" goes ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Giat : Patroli\nTgl : Senin 9/2/2026\nLokasi : sekitar Pasar Kenari, Jl. Kenari Raya\n"
            "Situasi : aman",
            "sekitar Pasar Kenari, Jl. Kenari Raya",
        ),
        (
            "Patroli Senin 9/2/2026 jam 21.00\nTempat: sekitar Halte Salemba\naman",
            "sekitar Halte Salemba",
        ),
    ],
)
def test_a_place_label_keeps_its_hedge(text: str, place: str) -> None:
    assert parse(text).place == place


@pytest.mark.parametrize(
    "text",
    [
        "Bhabinkamtibmas bersama Babinsa Serda Joko dan dua anggota linmas kelurahan melaksanakan "
        "DDS di Gg. Melati, bertemu 12 warga. Aman.",
        "DDS di Jl. Kenari II didampingi Babinsa, 2 linmas serta satpam komplek, ketemu 12 warga. Aman",
    ],
)
def test_the_officer_s_companions_listed_on_are_not_met(text: str) -> None:
    assert parse(text).audience == {"warga": 12}


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "sbg toga pak haji somad jln kenari 2 jam 9 aman himbau jaga kebersihan",
            {"tokoh_agama": 1},
        ),
        (
            "lapor ndan tadi sore sambang ke pos ronda ketemu tomas nya pak darmin sama pemuda "
            "kurang lebih delapan orang situasi aman",
            {"tokoh_masyarakat": 1, "kelompok_pemuda": 8},
        ),
        (
            "sambang tokoh masyarakat bu hajah yati di gg mawar, aman",
            {"tokoh_masyarakat": 1},
        ),
    ],
)
def test_a_lower_case_message_names_whom_a_role_is(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    "label", ["Sasaran / yg ditemui", "Yg ditemui / dikunjungi", "Sasaran/peserta yg hadir"]
)
def test_labels_side_by_side_are_each_read_as_labels(label: str) -> None:
    text = (
        f"1. Hari/Tgl : Senin, 9 Februari 2026\n2. Tempat : Balai RW 02 Jl. Paseban Raya\n"
        f"3. {label} :\n   - Bpk. Sukri (Ketua RW 02) 0813 1111 2222\n"
        f"   - Sdr. Andi (Karang Taruna) 0821 3333 4444\n4. Situasi : aman"
    )
    assert parse(text).audience == {"perangkat_rt_rw": 1, "kelompok_pemuda": 1}


# --- the officer's appeal written last under a findings label ----------------------------


@pytest.mark.parametrize(
    ("text", "finding", "appeal"),
    [
        (
            "Giat : sambang Senin 9/2/2026 pkl 10.00 di Jl. Kenari Raya\n"
            "Hasil : Warga mengeluhkan parkir liar di depan ruko. Kami himbau agar warga tidak "
            "memberi uang ke jukir liar.\nSituasi : aman",
            "Warga mengeluhkan parkir liar di depan ruko.",
            "Kami himbau agar warga tidak memberi uang ke jukir liar.",
        ),
        (
            "DDS tadi jam 9 di Gg. Melati RT 02 RW 03.\nKeluhan: banyak kucing liar masuk rumah.\n"
            "Sudah dihimbau warga agar menutup pintu dapur.",
            "banyak kucing liar masuk rumah.",
            "Sudah dihimbau warga agar menutup pintu dapur.",
        ),
    ],
)
def test_the_officer_s_appeal_after_what_was_told_is_the_message(
    text: str, finding: str, appeal: str
) -> None:
    parsed = parse(text)
    assert parsed.findings == finding
    assert parsed.message == appeal


def test_a_findings_section_that_is_only_told_keeps_it_all() -> None:
    parsed = parse(
        "Sambang Senin 9/2/2026 pkl 10.00 di Jl. Kenari Raya\n"
        "Hasil : pedagang minta warga dihimbau tidak parkir di trotoar.\nSituasi : aman"
    )
    assert parsed.findings == "pedagang minta warga dihimbau tidak parkir di trotoar."


# --- a terse message signed with a name alone --------------------------------------------


@pytest.mark.parametrize(
    ("text", "signed"),
    [
        ("sambang warung kopi jl kenari raya jam 4 sore, ngobrol dgn 3 warga. aman. agus", "agus"),
        ("giat DDS gg melati, 10 KK dikunjungi, aman terkendali.\nheri k", "heri"),
        ("Sutrisno lapor giat patroli di halte Jl. Kramat Raya jam 20.00, aman", "Sutrisno"),
    ],
)
def test_a_name_alone_signing_a_terse_message_is_the_sender(
    demo_actor, text: str, signed: str
) -> None:
    parsed = parse_message(text, today=TODAY, actor=demo_actor)
    assert parsed.officer == signed
    assert parsed.officer_id is not None
    assert signed.casefold() in parsed.officer_label.casefold()


@pytest.mark.parametrize(
    "text",
    [
        "sambang pos ronda jl kenari raya jam 9 malam, ngobrol dgn 4 warga. situasi aman",
        "patroli sepanjang jl paseban raya, kondisi lancar.\nmantap",
    ],
)
def test_a_last_word_that_is_no_officer_s_name_names_no_one(demo_actor, text: str) -> None:
    assert parse_message(text, today=TODAY, actor=demo_actor).officer_id is None
