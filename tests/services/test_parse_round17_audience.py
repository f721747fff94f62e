"""The chat-message parser, round 17 of issue #15: whom the officer met
(the audience), where a wrong fill recurs in several independently written
corpora; precision first, a doubtful group is left out rather than guessed.
Every example is invented (a case where each rule applies and one where it
must not)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def audience(text: str) -> dict[str, int | None]:
    return dict(parse_message(text, today=TODAY).audience)


# --- a template's list item left blank names no one met -------------------------------------
# (the rulings: a field left "-", "nihil" or blank is null)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "LAPORAN SAMBANG\nTempat : Pos RW 03 Jl. Anggrek\nYang ditemui : - Tomas : -\n"
            "- Toga : 2 org\n- Pemuda : -\n- Warga : 12 org\nSituasi : aman",
            {"tokoh_agama": 2, "warga": 12},
        ),
        (
            "Format giat\nLokasi : warung kopi Jl. Cempaka\nDitemui :\n- Tomas :\n- Pedagang : 4 org\n"
            "- Ketua RT/RW : nihil\nSituasi : aman",
            {"other": 4},
        ),
    ],
)
def test_a_blank_item_of_the_template_list_is_no_group(
    text: str, want: dict[str, int | None]
) -> None:
    assert audience(text) == want


def test_a_filled_item_of_the_template_list_stays() -> None:
    text = (
        "LAPORAN SAMBANG\nTempat : Pos RW 03 Jl. Anggrek\nYang ditemui :\n- Tomas : 1 org\n"
        "- Pemuda : 6 org\nSituasi : aman"
    )
    assert audience(text) == {"tokoh_masyarakat": 1, "kelompok_pemuda": 6}


# --- a group only talked about, in a sentence of its own -----------------------------------
# (three corpora: "Para penghuni tersebut sering keluar masuk …", "… tokoh masyarakat yang
# disegani warga RW 04", "mobil2 itu kebanyakan punya penghuni kos …")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Senin 9/2/2026 pkl 10.00 Aipda Rahmat melaksanakan deteksi dini dengan menggali "
            "informasi dari pemilik kontrakan dan Ketua RT 04 di Jl. Dahlia. Para penyewa tersebut "
            "jarang melapor ke RT. Situasi aman.",
            {"other": 1, "perangkat_rt_rw": 1},
        ),
        (
            "Senin 9/2/2026 pkl 16.00 Bripka Sandi sambang ke rumah Bapak Haji Karim di Jl. Melati. "
            "Pak Haji Karim merupakan tokoh masyarakat yang dihormati warga RW 02. Situasi aman.",
            {"tokoh_masyarakat": 1},
        ),
    ],
)
def test_an_uncounted_group_only_talked_about_is_not_met(
    text: str, want: dict[str, int | None]
) -> None:
    assert audience(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            # listed beside a counted group: met, however many
            "Senin 9/2/2026 pkl 10.00 sambang pos RW Jl. Dahlia, ngobrol dgn Ketua RW 03 serta "
            "warga sekitar. aman. Aipda Rahmat",
            {"perangkat_rt_rw": 1, "warga": None},
        ),
        (
            # the parties to a dispute he settled, in the sentence of the settling
            "Lapor, PS ribut tetangga soal got di RT 02 RW 03 Jl. Kenanga sdh dimediasi Ketua RT, "
            "damai. Senin 9/2/2026 pkl 19.00. Aipda Rahmat",
            {"perangkat_rt_rw": 1, "warga": None},
        ),
    ],
)
def test_an_uncounted_group_met_stays(text: str, want: dict[str, int | None]) -> None:
    assert audience(text) == want


# --- the parties to a dispute, counted once -------------------------------------------------
# ("PS cekcok 2 tetangga …, kedua pihak sdh damai": the two counted are the two parties;
# "antara dua tetangga, Bpk. Heru dan Bpk. Samsul": the names go on past a title's stop)


@pytest.mark.parametrize(
    "text",
    [
        "PS ribut 2 tetangga soal got mampet di rt 03 rw 02 jl kenanga, kedua pihak sdh damai, "
        "disaksikan pak rt. Senin 9/2/2026 pkl 19.00. aipda rahmat",
        "Senin 9/2/2026 pkl 19.00 Aipda Rahmat melaksanakan Problem Solving perselisihan antara "
        "dua tetangga, Bpk. Joni dan Bpk. Tarno, di Jl. Kenanga RT 03 RW 02, disaksikan Ketua RT 03.",
    ],
)
def test_the_parties_counted_in_the_dispute_are_the_two(text: str) -> None:
    assert audience(text) == {"warga": 2, "perangkat_rt_rw": 1}


def test_the_parties_beside_others_met_are_summed() -> None:
    # not parties to the dispute: residents met beside them
    text = (
        "Senin 9/2/2026 pkl 19.00 PS parkir di Jl. Kenanga RT 03 RW 02, dihadiri kedua pihak, "
        "Ketua RT 03 dan 4 warga sekitar. aman. Aipda Rahmat"
    )
    assert audience(text) == {"warga": 6, "perangkat_rt_rw": 1}


# --- a venue's manager is one person -------------------------------------------------------
# (three corpora: "bertemu pengelola rusun dan 6 warga penghuni", "didampingi pengelola rusun
# dan seorang satpam")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Senin 9/2/2026 pkl 10.00 sambang ke Rusun Melati blok C, bertemu pengelola rusun dan "
            "4 warga penghuni. aman. Aipda Rahmat",
            {"other": 1, "warga": 4},
        ),
        (
            "Senin 9/2/2026 pkl 19.00 Aipda Rahmat sambang pasar malam Jl. Dahlia, ngobrol dgn "
            "pengelola pasar malam serta seorang juru parkir. Situasi aman.",
            {"other": 2},
        ),
        (
            # one count closing the list: its total
            "Senin 9/2/2026 sambang Rusun Jl. Dahlia, bertemu pengelola rusun & satpam 3 org. aman",
            {"other": 3},
        ),
    ],
)
def test_a_venues_manager_is_one(text: str, want: dict[str, int | None]) -> None:
    assert audience(text) == want


def test_managers_of_no_venue_are_not_counted() -> None:
    text = (
        "Senin 9/2/2026 pkl 10.00 sambang lahan parkir Jl. Dahlia, ngobrol dgn pengelola parkir "
        "dan 4 warga. aman. Aipda Rahmat"
    )
    assert audience(text) == {"other": None, "warga": 4}


# --- a pengajian the officer visited: its counted jamaah are met ----------------------------
# (three corpora: "sambang pengajian ibu2 majelis taklim …, jamaah kurleb 35, ktm ustadzah X",
# "Sambang dengan menghadiri pengajian rutin …", "sambang menghadiri pengajian rutin majelis
# taklim … jamaah sekitar enam puluh orang"; an event he secured keeps the ruling)


def test_the_counted_jamaah_of_a_pengajian_visited_are_met() -> None:
    text = (
        "sambang pengajian bapak2 majelis taklim rw 04 jl dahlia ba'da isya, jamaah kurleb 30, "
        "ktm ustadz Salim. pesan: waspada pinjol. aipda rahmat"
    )
    assert audience(text) == {"warga": 30, "tokoh_agama": 1}


def test_the_jamaah_of_a_pengajian_secured_are_not_met_beside_others() -> None:
    text = (
        "pengamanan pengajian akbar majelis taklim di lap. rw 04 jl dahlia, jamaah kurleb 300, "
        "ktm ustadz Salim & ketua panitia. aman. aipda rahmat"
    )
    assert audience(text).get("warga") is None


# --- a lower-case message's person met is a person ------------------------------------------
# (three corpora: "sambang ke bengkel las pak karto … ketemu pak karto sama dua anak buahnya",
# "ketemu bu tini kalih pelanggan tiga orang", "ngobrol sm pak darsono & 3 tetangga")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "lapor ndan senin tgl 9 februari jam 3 sore sambang ke bengkel motor pak tarno jalan "
            "dahlia ketemu pak tarno sama tiga montirnya situasi aman aipda rahmat",
            {"other": 4},
        ),
        (
            "hr ini sbg ke rmh pak juned jl dahlia, ngobrol sm pak juned & 2 tetangga. aman. "
            "aipda rahmat",
            {"warga": 3},
        ),
    ],
)
def test_a_lower_case_name_met_is_a_person(text: str, want: dict[str, int | None]) -> None:
    assert audience(text) == want


def test_a_lower_case_title_before_a_role_is_no_second_person() -> None:
    text = (
        "izin lapor senin tgl 9 februari jam 7 malam sambang pos ronda jalan dahlia ketemu pak rt "
        "pak haji salim sama pemuda sekitar sepuluh orang situasi aman aipda rahmat"
    )
    assert audience(text) == {"perangkat_rt_rw": 1, "kelompok_pemuda": 10}


# --- "17an" is the August feast, no count --------------------------------------------------
# ("Sambang lomba 17-an warga RT 04", "Hadir : ratusan warga, panitia 17an, Ketua RW 06")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Senin 9/2/2026 pkl 15.00 Sambang lomba 17-an warga RT 04 RW 05 Jl. Dahlia, ditemui "
            "Ketua RT 04 dan panitia 3 orang. Aipda Rahmat",
            {"perangkat_rt_rw": 1, "other": 3},
        ),
        (
            "Senin 9/2/2026 pkl 08.00 pam lomba di lap. RW 06 Jl. Dahlia, ktm panitia 17an & "
            "Ketua RW 06. aman. Aipda Rahmat",
            {"other": None, "perangkat_rt_rw": 1},
        ),
        (
            # a count in tens still is one: "20an orang"
            "Senin 9/2/2026 pkl 08.00 sambang pangkalan ojek Jl. Dahlia, ojol 20an orang. aman. "
            "Aipda Rahmat",
            {"other": 20},
        ),
    ],
)
def test_the_feast_of_the_seventeenth_is_no_count(text: str, want: dict[str, int | None]) -> None:
    assert audience(text) == want


# --- words that only look like a person's name ---------------------------------------------
# (a street named for someone, "Gg. H. Ali"; a full title closing a sentence, "… arahan Bapak.
# Terima kasih")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "GIAT DDS SENIN 9/2/2026 PUKUL 10.00 DI JL. DAHLIA GG. H. SAMAN RT 02 RW 04\n"
            "DIKUNJUNGI 12 RUMAH WARGA\nSITUASI AMAN\nAIPDA RAHMAT",
            {"warga": 12},
        ),
        (
            "Senin 9/2/2026 pkl 16.00 sambang Pos Kamling RW 04 Jl. Dahlia, bertemu Ketua RW 04 dan "
            "5 warga. Mohon petunjuk Bapak. Terima kasih. Aipda Rahmat",
            {"perangkat_rt_rw": 1, "warga": 5},
        ),
        (
            # an abbreviated title keeps its stop: "Bpk. Salim"
            "Senin 9/2/2026 pkl 16.00 sambang Jl. Dahlia, bertemu Bpk. Salim dan 5 warga. Aipda Rahmat",
            {"warga": 6},
        ),
    ],
)
def test_a_street_or_a_sentences_close_is_no_person(text: str, want: dict[str, int | None]) -> None:
    assert audience(text) == want


# --- "masing-masing N" is N each, as "@N" is -----------------------------------------------
# ("tomas dan toga masing-masing 2 orang", "pengurus RT 01 sampai RT 04 masing-masing 2 orang")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Senin 9/2/2026 pkl 19.30 sambang warung kopi Jl. Dahlia\nYg ditemui : tomas dan toga "
            "masing-masing 3 orang, pemuda 5 org\nAipda Rahmat",
            {"tokoh_masyarakat": 3, "tokoh_agama": 3, "kelompok_pemuda": 5},
        ),
        (
            "Senin 9/2/2026 pkl 16.00 sambang Balai RW 02 Jl. Dahlia dengan pengurus RT 01 s.d. RT 03 "
            "masing-masing 2 orang serta Ketua RW 02. Aipda Rahmat",
            {"perangkat_rt_rw": 7},
        ),
        (
            # after a group already counted: its own number stays
            "Senin 9/2/2026 DDS Jl. Dahlia, dikunjungi 9 rumah warga serta ketua RT dan ketua RW "
            "masing-masing 1 orang. Aipda Rahmat",
            {"warga": 9, "perangkat_rt_rw": 2},
        ),
    ],
)
def test_each_of_a_list_is_counted(text: str, want: dict[str, int | None]) -> None:
    assert audience(text) == want


# --- those present are no parties; a companion's unit, rank and name end no list -----------


def test_those_present_at_a_mediation_keep_their_roles() -> None:
    text = (
        "Lap. Giat Problem Solving\n1) Hari/Tgl : Senin 9/2/2026\n2) Tempat : rumah Bpk. Salim, "
        "Jl. Dahlia RT 03 RW 06\n3) Pihak hadir : kedua belah pihak, Ketua RT 03, Ketua RW 06\n"
        "4) Situasi : aman\nAipda Rahmat"
    )
    assert audience(text) == {"warga": 2, "perangkat_rt_rw": 2}


def test_the_parties_listed_are_residents() -> None:
    text = (
        "Lap. Giat Problem Solving\n1) Hari/Tgl : Senin 9/2/2026\n2) Para pihak : Sdr. Joni "
        "(pemilik kios) dan Sdr. Tarno (tetangga)\n3) Situasi : aman\nAipda Rahmat"
    )
    assert audience(text) == {"warga": 2}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Senin 9/2/2026 pkl 20.00 Aipda Rahmat didampingi Babinsa Koramil Senen Serka Joko dan 2 "
            "anggota Linmas melaksanakan Patroli Dialogis di Pasar Dahlia. Petugas menyapa para "
            "pedagang dan juru parkir, sekitar 12 orang. Situasi aman.",
            {"other": 12},
        ),
        (
            # the linmas he talked to are met
            "Senin 9/2/2026 pkl 20.00 Aipda Rahmat patroli dialogis di Pos Kamling Jl. Dahlia, "
            "berbincang dengan 3 anggota linmas yang berjaga. Situasi aman.",
            {"other": 3},
        ),
    ],
)
def test_the_officers_companions_are_not_met(text: str, want: dict[str, int | None]) -> None:
    assert audience(text) == want


# --- the residents counted as a dispute's parties are met -----------------------------------
# ("problem solving … atas perselisihan dua warga soal saluran air, disaksikan Ketua RT"; the
# README: the private parties to a dispute count as warga)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Senin 9/2/2026 pkl 16.00 Aipda Rahmat melaksanakan problem solving di Jl. Dahlia RT 03 "
            "RW 02 atas perselisihan dua warga soal got, disaksikan Ketua RT 03. Keduanya sepakat.",
            {"warga": 2, "perangkat_rt_rw": 1},
        ),
        (
            "- Sabtu 7/2 pkl 20.00 : PS cekcok 2 warga soal musik hajatan di RW 06, dimediasi Ketua "
            "RT 01, kedua pihak saling memaafkan",
            {"warga": 2, "perangkat_rt_rw": 1},
        ),
    ],
)
def test_the_residents_counted_in_a_dispute_are_its_parties(
    text: str, want: dict[str, int | None]
) -> None:
    assert audience(text) == want


def test_a_dispute_among_residents_uncounted_names_no_one() -> None:
    text = "PS masalah sampah antar warga RT 01 RW 03 Jl. Dahlia sdh selesai. Senin 9/2/2026. Aipda Rahmat"
    assert audience(text) == {}


# --- names: an initial closing a line, the role a place gives the man met -------------------


def test_an_initial_closing_a_line_is_no_title() -> None:
    text = (
        "Mohon izin melaporkan kegiatan Bhabinkamtibmas:\n1. Giat: Sambang tokoh masyarakat\n"
        "2. Hari/Tgl: Senin, 9 Februari 2026\n3. Tempat: Kediaman Bpk. H. Salim (tomas), Jl. Dahlia "
        "No. 4\n4. Hasil: Bpk. H. Salim menyampaikan warga akan kerja bakti.\nDokumentasi terlampir\n"
        "Aipda Rahmat H.\nSambang aman"
    )
    assert audience(text) == {"tokoh_masyarakat": 1}


def test_the_man_met_has_the_role_his_place_gives() -> None:
    text = (
        "LAPORAN SAMBANG\nHARI/TGL : SENIN, 9 FEBRUARI 2026\nTEMPAT : KEDIAMAN BPK. H. SALIM "
        "(TOKOH MASYARAKAT) JL. DAHLIA NO. 4\nBERTEMU : BPK. H. SALIM, 3 ORANG TOKOH PEMUDA\n"
        "SITUASI : AMAN\nAIPDA RAHMAT"
    )
    assert audience(text) == {"tokoh_masyarakat": 1, "kelompok_pemuda": 3}


# --- a bare number after a word or two of what the group is or does ------------------------
# (three corpora: "anak muda nongkrong 7,", "anak muda nongkrong (8)", "satpam ruko 1.")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "sambang malming di gang buntu jl dahlia, anak muda nongkrong 6, diingatkan pulang "
            "sblm jam 12. aipda rahmat",
            {"kelompok_pemuda": 6},
        ),
        (
            "Sambang malam 9/2 @ warkop Jl. Dahlia. Ngobrol bareng 1 tomas dan anak muda nongkrong "
            "(5). Aman. Aipda Rahmat",
            {"tokoh_masyarakat": 1, "kelompok_pemuda": 5},
        ),
        (
            "semalam patroli dialogis di pos ojol Jl. Dahlia, ketemu ojol 4 orang sama satpam ruko 1. "
            "aman. aipda rahmat",
            {"other": 5},
        ),
    ],
)
def test_a_bare_number_closing_the_item_is_its_count(
    text: str, want: dict[str, int | None]
) -> None:
    assert audience(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "sambang pemuda gang 3 jl dahlia, aman. aipda rahmat",
        "binluh siswa kelas 6, sdn dahlia. aman. aipda rahmat",
    ],
)
def test_a_place_or_a_class_number_is_no_count(text: str) -> None:
    assert None in audience(text).values()
