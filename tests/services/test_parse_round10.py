"""The chat-message parser, round 10 of issue #15: whom the officer met.
Every example is invented (several phrasings per rule, none copied from
any corpus):

* a list of whom was met, one ``group : count`` a line under a label
  (``Peserta :``, ``Yg hadir``, ``Dihadiri :``), lettered, bulleted or
  bare, each line its own group and number, a role's number (``Ketua RT
  007``) no count; the list ends at the first line that is no item of it,
  and a label's own word for people (``Warga yang ditemui``) names no one
  when its list does;
* the parties to a dispute (``pihak berselisih``, ``pihak yg bersengketa``)
  are residents."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


# --- a list of whom was met, a group and its count a line ---------------------------------


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "LAPORAN SAMBANG\nTanggal : Senin, 9 Februari 2026\nTempat : Pos RW 03 Jl. Kenari Raya\n"
            "Peserta :\na. Ketua RW 03 : 1 org\nb. Remaja masjid : 9 org\nc. Tokoh agama : 2 org\n"
            "Pesan : jaga kebersihan lingkungan\nSituasi : aman",
            {"perangkat_rt_rw": 1, "kelompok_pemuda": 9, "tokoh_agama": 2},
        ),
        (
            "Giat sambang Selasa 10/2/2026 jam 10.00\nTempat : Balai warga Jl. Bungur Besar\n"
            "Yg hadir\nKetua RT : 3\nKetua RW : 1\nIbu2 PKK : 12\nWarga : 20\nAman kondusif",
            {"perangkat_rt_rw": 4, "other": 12, "warga": 20},
        ),
        (
            "PROBLEM SOLVING\n1. Hari/tgl : Senin, 9 Februari 2026\n2. Tempat : rumah Ketua RT 004\n"
            "3. Dihadiri :\n   Ketua RT 004 : 1\n   Ketua RW 011 : 1\n   Pihak berselisih : 2\n"
            "4. Hasil : sepakat damai\n5. Situasi : aman",
            {"perangkat_rt_rw": 2, "warga": 2},
        ),
        (
            "Sambang Senin 9/2/2026 pkl 16.00 di Lapangan Jl. Paseban Raya\nYang hadir:\n"
            "- Bapak2 : 15 org\n- Ketua RW 07 : 1 org\n- Hansip : 3 org\nSituasi aman.",
            {"warga": 15, "perangkat_rt_rw": 1, "other": 3},
        ),
    ],
)
def test_a_list_of_whom_was_met_counts_each_line(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


def test_a_list_ends_at_the_first_sentence_that_is_no_item_of_it() -> None:
    text = (
        "Senin 9 Februari 2026 sore Bhabinkamtibmas Aipda Joko melaksanakan sambang di "
        "Jl. Kembang Raya. Warga yang ditemui:\n- Ketua RT 02 : 1 org\n- Pemuda : 7 org\n"
        "Ketua RT menyampaikan bahwa lampu jalan di gang mati sejak sepekan. Aipda Joko "
        "menghimbau agar pemuda tidak nongkrong sampai larut malam. Situasi aman kondusif."
    )
    got = parse(text)
    assert got.audience == {"perangkat_rt_rw": 1, "kelompok_pemuda": 7}
    assert got.findings and got.findings.startswith("Ketua RT menyampaikan")
    assert got.message and got.message.startswith("Aipda Joko menghimbau")


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Sambang 9/2/2026 di Jl. Kramat Pulo\nWarga yang ditemui :\n- Ketua RW 05 : 1\n"
            "- Linmas : 2\nSituasi aman",
            {"perangkat_rt_rw": 1, "other": 2},
        ),
        (
            "DDS 9/2/2026 Jl. Kalilio\nMasyarakat yg dikunjungi:\n- Pedagang : 6 org\n"
            "- Tukang parkir : 2 org\nAman",
            {"other": 8},
        ),
    ],
)
def test_a_label_naming_people_counts_no_one_when_its_list_does(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Problem solving Senin 9/2/2026 di Jl. Bungur, dihadiri pihak berselisih 2 org dan "
            "Ketua RT 01. Hasil damai. Aman.",
            {"warga": 2, "perangkat_rt_rw": 1},
        ),
        (
            "PS 9/2/2026 jam 19.00\nTempat : rumah Pak RW\nPihak yg bersengketa : 2 org\n"
            "Hasil : sepakat pagar dibongkar\nSituasi : aman",
            {"warga": 2},
        ),
    ],
)
def test_the_parties_to_a_dispute_are_residents(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


# --- a role then a name, the host met, the lurah attending ---------------------------------


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        # a name, then the role with its number between commas: one person of that role
        (
            "DD 9/2/2026 pkl 21.00\nTempat : Jl. Kramat Pulo\nNarsum : Bpk. Sarip, Ketua RT 012\n"
            "Info : ada rencana balap liar\nSituasi : waspada",
            {"perangkat_rt_rw": 1},
        ),
        (
            "Sambang 9/2/2026\nTempat : Pasar Kenari\nYgditemui : pedagang 5 org, Ibu Ratna (tomas)\n"
            "Situasi : aman",
            {"other": 5, "tokoh_masyarakat": 1},
        ),
        (
            "Sambang 9/2/2026 jam 10.00 di Jl. Paseban Raya, ktm Sdr. Anto, Ketua RW 03. Aman.",
            {"perangkat_rt_rw": 1},
        ),
    ],
)
def test_labels_and_roles_of_whom_was_met(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        # the host named again as one who took part is met
        (
            "Senin 9 Februari 2026 pukul 19.30 WIB Aipda Joko melaksanakan sambang di rumah Bpk. "
            "Sutarjo, Jl. Kenari II. Hadir Bpk. Sutarjo selaku tuan rumah dan ketua RT 04. "
            "Situasi aman.",
            {"warga": 1, "perangkat_rt_rw": 1},
        ),
        # the host only named in the place is not
        (
            "Senin 9 Februari 2026 pukul 19.30 WIB Aipda Joko melaksanakan sambang di rumah Bpk. "
            "Sutarjo, Jl. Kenari II, bertemu ketua RT 04. Situasi aman.",
            {"perangkat_rt_rw": 1},
        ),
        # a host whose role is written with the place is counted by that role only
        (
            "Senin 9/2/2026 pkl 10.00 sambang di kediaman Bapak Ir. Hadi (Ketua RW 02), Jl. Bungur "
            "Besar. Bertemu Bapak Ir. Hadi dan 3 orang pengurus RW. Aman.",
            {"perangkat_rt_rw": 4},
        ),
    ],
)
def test_the_host_is_met_when_named_again_as_met(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Senin 9/2/2026 pkl 10.00 di Aula Kelurahan Kenari, rapat dihadiri Lurah Kenari, "
            "Ketua RW 01 dan 4 ketua RT. Aman.",
            {"other": 1, "perangkat_rt_rw": 5},
        ),
        (
            "Senin 9/2/2026 pkl 20.00 sambang di Musholla Al Ikhlas Jl. Kalilio, bertemu "
            "pengurus majelis taklim 4 orang. Aman.",
            {"tokoh_agama": 4},
        ),
        # whose news it was is no one met
        (
            "Menindaklanjuti info warga, Senin 9/2/2026 pkl 15.00 DD di Jl. Kramat Sawah, bertemu "
            "penjaga kos. Aman.",
            {"other": 1},
        ),
        (
            "Berdasarkan laporan masyarakat, Senin 9/2/2026 pkl 15.00 DD di Jl. Kramat Sawah, "
            "ketemu 2 pedagang. Aman.",
            {"other": 2},
        ),
    ],
)
def test_who_attended_and_whose_news_it_was(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


# --- counts joined in a terse list, heads of two RTs, companions on a round ---------------


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        # a number between two groups is the first's when the second has its own
        (
            "sambang pagi ini Jl Kalilio ketemu toga 3 pedagang 5. aman",
            {"tokoh_agama": 3, "other": 5},
        ),
        ("dds jl kenari ktm tomas 1 warga 9. aman", {"tokoh_masyarakat": 1, "warga": 9}),
        # and the second's when it has none ("peserta 40 pelajar")
        ("binluh di SMP 12 Jl. Kramat, peserta 40 pelajar. aman", {"kelompok_pemuda": 40}),
        # the heads of two RTs
        (
            "sambang jl bungur ketemu ketua rt 03 & rt 07 serta warga 6. aman",
            {"perangkat_rt_rw": 2, "warga": 6},
        ),
        ("Sambang Jl. Paseban, bertemu Ketua RT 01 dan RT 02. Aman.", {"perangkat_rt_rw": 2}),
        ("Sasaran : pedagang 6 org, kuli angkut 3 org", {"other": 9}),
    ],
)
def test_counts_in_a_terse_list(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "patroli malam sama linmas 2 org keliling jl kalilio, ngobrol sm pemuda 6 org. aman",
            {"kelompok_pemuda": 6},
        ),
        ("keliling bareng satpam komplek, ketemu warga ronda 3. aman", {"warga": 3}),
        # "sama" joining a list is no companion
        ("sambang pasar, ngobrol sama 4 pedagang sama 2 satpam pasar. aman", {"other": 6}),
    ],
)
def test_companions_on_the_officers_round_are_not_met(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


def test_a_crowd_the_officer_addressed_counts_beside_others_named() -> None:
    """The ruling as amended: a crowd the officer spoke to himself is met."""
    text = (
        "Senin 9/2/2026 pkl 19.30 Aipda Joko menghadiri maulid di Masjid Al Huda Jl. Kwitang "
        "yang dihadiri sekitar 200 jamaah. Aipda Joko mengajak jamaah menjaga kebersihan. "
        "Hadir pula Ketua DKM H. Salim. Situasi aman."
    )
    assert parse(text).audience == {"warga": 200, "tokoh_agama": 1}
    unaddressed = text.replace("mengajak jamaah menjaga", "mengajak panitia menjaga")
    assert parse(unaddressed).audience == {"tokoh_agama": 1}


# --- who is only talked about or only described -------------------------------------------


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        # a thing of theirs talked about
        (
            "SAMBANG KE MUSHOLA AL IKHLAS, TEMU USTADZ ROHMAT. ADA HELM JAMAAH HILANG. AMAN.",
            {"tokoh_agama": 1},
        ),
        ("sambang ktm ketua rt 05, motor warga sering dicuri. aman", {"perangkat_rt_rw": 1}),
        # many of them written of, not met
        (
            "dds 6 rumah jl kramat, keluhan: banyak anak muda nongkrong sampai pagi. aman",
            {"warga": 6},
        ),
        # the owner of the business the place names, met again
        (
            "Senin 9/2/2026 pkl 10.00 DD di warung milik Ibu Tarsih, Jl. Kalilio. Bertemu dengan "
            "Ibu Tarsih dan 2 karyawan. Aman.",
            {"other": 3},
        ),
    ],
)
def test_who_is_only_talked_about_is_not_met(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "Pengamanan lomba 17-an di Jl. Kenari, Bhabin berbincang dengan panitia dari karang "
            "taruna (5 org). Aman.",
            {"kelompok_pemuda": 5},
        ),
        (
            "Sambang Jl. Kramat, ngobrol dengan 3 orang pemuda yang menjadi panitia. Aman.",
            {"kelompok_pemuda": 3},
        ),
        (
            "Sambang kos Jl. Salemba, meet dgn 9 mahasiswa penghuni dan ibu kos. Aman.",
            {"kelompok_pemuda": 9, "other": 1},
        ),
        # at an event, the crowd of any kind is not met beside the others named
        (
            "Pengamanan jalan sehat di Jl. Bungur diikuti ratusan anak-anak dan lansia, bertemu "
            "ketua panitia Sdr. Beni. Aman.",
            {"other": 1},
        ),
    ],
)
def test_a_group_that_only_says_what_others_are(text: str, audience: dict) -> None:
    assert parse(text).audience == audience


# --- where the appeal ends ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # the sender signing off after the appeal
        (
            "Sambang Pos RW 02 Jl. Kenari, 9/2/2026 jam 10.\nPesan: kunci motor dua kali. Bripka Agus S",
            "kunci motor dua kali.",
        ),
        (
            "dds jl kalilio 5 rumah, pesan: jgn buang sampah ke kali. aipda joko p",
            "jgn buang sampah ke kali.",
        ),
        # the closing situation after it
        (
            "DDS Jl. Kramat 9/2/2026, 6 rumah. Pesan ke warga: cek kompor sebelum tidur. Overall aman. "
            "Bripka Dwi",
            "cek kompor sebelum tidur.",
        ),
        # a dictated appeal ends at the officer's next step or a greeting
        (
            "lapor ndan tadi jam sembilan sampai sepuluh saya sambang di jalan kenari ketemu tiga "
            "pedagang saya himbau jangan jualan di trotoar nanti saya koordinasi dengan kelurahan "
            "situasi aman",
            "saya himbau jangan jualan di trotoar",
        ),
        (
            "izin lapor hari ini jam delapan pagi saya patroli dialogis di pasar paseban bertemu "
            "pedagang sekitar sepuluh orang menyampaikan pesan agar waspada uang palsu kemudian "
            "dilanjutkan patroli ke terminal situasi aman",
            "menyampaikan pesan agar waspada uang palsu",
        ),
    ],
)
def test_the_appeal_ends_before_what_closes_the_message(text: str, message: str) -> None:
    assert parse(text).message == message


def test_what_the_officer_did_next_is_no_more_of_his_appeal() -> None:
    text = (
        "Senin 9 Februari 2026 pukul 09.00 WIB Aipda Joko melaksanakan sambang di pangkalan ojek "
        "Jl. Kwitang. Aipda Joko mengajak para pengemudi menjaga ketertiban. Beliau juga "
        "memastikan bahwa pangkalan akan dipantau. Situasi aman."
    )
    assert parse(text).message == "Aipda Joko mengajak para pengemudi menjaga ketertiban."


@pytest.mark.parametrize(
    ("text", "message", "findings"),
    [
        # a field left "-" is blank, the next line its own; "A/B" of one kind is that kind
        (
            "Jenis Kegiatan : Sambang\nTanggal : 9/2/2026\nPesan Kamtibmas : -\n"
            "Hasil/Temuan : warga minta lampu jalan\nSituasi : aman",
            None,
            "warga minta lampu jalan",
        ),
        (
            "Kegiatan : DDS\nTanggal : 9/2/2026\nHimbauan : -\nKeluhan/Harapan : nihil\n"
            "Situasi : aman",
            None,
            None,
        ),
    ],
)
def test_a_blank_field_and_a_label_of_two_names(text: str, message: str, findings: str) -> None:
    got = parse(text)
    assert (got.message or None, got.findings or None) == (message, findings)


# --- findings: a dispute and its outcome, what was heard with its source ---------------------


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "ps jl bungur gg 3: cekcok soal got mampet antar 2 tetangga, udh damai disaksikan pak rt. aman",
            "cekcok soal got mampet antar 2 tetangga\nudh damai disaksikan pak rt",
        ),
        (
            "giat ps jl kenari rt 2/5, 2 kk ribut soal parkir mobil. sdh didamaikan, sepakat gantian. "
            "aman",
            "2 kk ribut soal parkir mobil\nsdh didamaikan, sepakat gantian",
        ),
    ],
)
def test_a_dispute_and_its_outcome_are_both_findings(text: str, findings: str) -> None:
    got = parse(text)
    assert got.findings == findings
    assert got.audience.get("warga") == 2


def test_an_activity_line_with_a_dispute_gives_the_outcome_its_dispute() -> None:
    # the later ruling: a problem and its outcome told without labels are both findings, the
    # dispute named in the activity's line too (round 20, test_parse_round20_disputes.py)
    text = "PS ribut parkir di jl kramat jam 10.00, sdh didamaikan. aman"
    assert parse(text).findings == "ribut parkir\nsdh didamaikan"


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        # the source kept, past a title's stop
        (
            "sambang jl kalilio ktm H. Rojali (tomas). info dr H. Rojali ada bengkel baru sering "
            "berisik malam. aman",
            "info dr H. Rojali ada bengkel baru sering berisik malam",
        ),
        # and past a comma
        (
            "dd wil. kenari: info dr pak RT 03, ada rencana balap liar malam minggu. aman",
            "info dr pak RT 03, ada rencana balap liar malam minggu",
        ),
    ],
)
def test_what_was_heard_keeps_its_source(text: str, findings: str) -> None:
    assert parse(text).findings == findings


# --- a place's description of where in it ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Senin 9/2/2026 pkl 10.00 Aipda Joko melaksanakan sambang di Pos Ronda, Jl. Kembang Raya, "
            "tepatnya di samping warung Bu Tini, dengan tujuan silaturahmi. Aman.",
            "Pos Ronda, Jl. Kembang Raya, tepatnya di samping warung Bu Tini",
        ),
        (
            "Senin 9/2/2026 pkl 10.00 DDS di rumah warga Jl. Kramat Pulo Gg. 5, dekat musholla "
            "Al Ikhlas. Bertemu 4 KK. Aman.",
            "Jl. Kramat Pulo Gg. 5, dekat musholla Al Ikhlas",
        ),
        # the description ends where a clause about it starts
        (
            "Senin 9/2/2026 pkl 10.00 sambang di Jl. Bungur Besar, depan pasar yang sering macet karena "
            "parkir liar di bahu jalan setiap sore. Aman.",
            "Jl. Bungur Besar, depan pasar",
        ),
    ],
)
def test_a_place_keeps_its_description_of_where(text: str, place: str) -> None:
    assert parse(text).place == place


# --- a terse appeal starts at its verb, after whom the officer met ---------------------------


@pytest.mark.parametrize(
    ("text", "message", "audience"),
    [
        (
            "patroli jl kramat, ngobrol sm pemuda nongkrong ±8 org hmbau jgn balap liar. aman",
            "hmbau jgn balap liar",
            {"kelompok_pemuda": 8},
        ),
        (
            "sambang pagi, ketemu tomas 2 pedagang 4 himbau jaga kebersihan pasar. aman",
            "himbau jaga kebersihan pasar",
            {"tokoh_masyarakat": 2, "other": 4},
        ),
    ],
)
def test_a_terse_appeal_starts_at_its_verb(text: str, message: str, audience: dict) -> None:
    got = parse(text)
    assert (got.message, got.audience) == (message, audience)


def test_a_terse_finding_heard_after_a_detection_line_keeps_its_source() -> None:
    text = "deteksi dini kel kenari: info dr pak RT 05, ada rencana tawuran malam ini. aman"
    assert parse(text).findings == "info dr pak RT 05, ada rencana tawuran malam ini"


# --- more of what the people met told ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "Senin 9/2/2026 pkl 19.30 Aiptu Heri menghadiri rapat warga di Balai RW 02 Jl. Paseban. "
            "Dalam rapat disepakati iuran keamanan dinaikkan mulai Maret. Situasi aman.",
            "Dalam rapat disepakati iuran keamanan dinaikkan mulai Maret.",
        ),
        (
            "Senin 9/2/2026 pkl 10.00 Aipda Joko sambang di Pos RW 04 Jl. Kenari. Dibahas jadwal "
            "ronda yang sering kosong. Situasi aman.",
            "Dibahas jadwal ronda yang sering kosong.",
        ),
        (
            "Senin 9/2/2026 pkl 10.00 Aipda Joko sambang di Jl. Kenari. Menurut Bpk. Darto, pencurian "
            "helm terjadi dua kali pekan ini. Situasi aman.",
            "Menurut Bpk. Darto, pencurian helm terjadi dua kali pekan ini.",
        ),
        (
            "Senin 9/2/2026 pkl 10.00 Aipda Joko sambang di Pasar Kenari. Perwakilan pedagang "
            "bersedia menertibkan gerobak. Situasi aman.",
            "Perwakilan pedagang bersedia menertibkan gerobak.",
        ),
        (
            "Senin 9/2/2026 pkl 10.00 Aipda Joko sambang di Jl. Kenari. Ketua RT 03 menyanggupi "
            "mengaktifkan ronda. Situasi aman.",
            "Ketua RT 03 menyanggupi mengaktifkan ronda.",
        ),
    ],
)
def test_what_the_people_met_told_or_agreed(text: str, finding: str) -> None:
    assert parse(text).findings == finding


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Senin 9/2/2026 pkl 14.00 Bripka Dwi melakukan DD di rumah kos Jl. Kramat Raya. Bripka "
            "Dwi meminta pemilik kos mencatat tamu yang menginap. Situasi aman.",
            "Bripka Dwi meminta pemilik kos mencatat tamu yang menginap.",
        ),
        (
            "Senin 9/2/2026 pkl 14.00 Aipda Joko sambang di Jl. Kwitang. Aipda Joko meminta panitia "
            "menyiapkan petugas parkir. Situasi aman.",
            "Aipda Joko meminta panitia menyiapkan petugas parkir.",
        ),
    ],
)
def test_asking_whom_he_met_is_an_appeal(text: str, message: str) -> None:
    assert parse(text).message == message
