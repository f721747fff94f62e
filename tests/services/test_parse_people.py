"""The chat-message parser on whom the Bhabin met (issue #15, second round):
the template's own list over the activity line, counts after a qualifying
word, heads and holders of a role, the parties to a dispute, the people
only spoken of; and the findings, types and several activities the same
messages hold."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message, parse_reports

TODAY = dt.date(2024, 12, 4)


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        # the list says who was met, over the activity line's words for the same kind
        (
            "Kegiatan : Sambang tokoh masyarakat\nSasaran : Bpk. H. Rohman (tomas)",
            {"tokoh_masyarakat": 1},
        ),
        (
            "Kegiatan : Mediasi antara pemilik kos dan penghuni kos\n"
            "Dihadiri : Ketua RW 03, Ketua RT 07, pemilik kos Ibu Lilis, penghuni kos Sdr. Rian",
            {"perangkat_rt_rw": 2, "warga": 2},
        ),
        (
            "Dihadiri oleh :\na. Ketua RT 004 Bpk. Suparman\nb. Warga ± 20 orang",
            {"perangkat_rt_rw": 1, "warga": 20},
        ),
        # numbers
        ("Sasaran : pedagang ± 15 org, juru parkir 3 org, satpam pasar 2 org", {"other": 20}),
        (
            "Sasaran : Ketua RW 03, ketua RT 3 orang, linmas 2 orang",
            {"perangkat_rt_rw": 4, "other": 2},
        ),
        ("Warga binaan yang ditemui berjumlah ± 15 orang.", {"warga": 15}),
        ("bertemu Kepala Satpam Bpk. Rudi beserta 4 anggota satpam", {"other": 5}),
        (
            "Kegiatan dihadiri oleh Ketua RW 03, 5 (lima) orang Ketua RT dan 12 (dua belas) orang warga.",
            {"perangkat_rt_rw": 6, "warga": 12},
        ),
        ("Pedagang kaki lima ± 15 orang dan juru parkir 2 orang", {"other": 17}),
        ("Sasaran : Pengurus RW 04", {"perangkat_rt_rw": None}),
        ("tomas 3 org toga 2 org", {"tokoh_masyarakat": 3, "tokoh_agama": 2}),
        ("binluh peserta ± 80 siswa", {"kelompok_pemuda": 80}),
        (
            "Peserta :\n- Siswa/siswi kelas X ± 120 orang\n- Guru BK 3 orang",
            {"kelompok_pemuda": 120, "other": 3},
        ),
        ("± 120 siswa dan guru", {"kelompok_pemuda": 120}),
        # a role and who holds it are one person
        ("sambang Ketua RT 03 RW 02 Bpk. Haryono", {"perangkat_rt_rw": 1}),
        (
            "bertemu dengan Ketua DKM H. Abdul Karim. H. Abdul Karim menyampaikan terima kasih.",
            {"tokoh_agama": 1},
        ),
        (
            "bertemu dengan pemilik warung, Ibu Sumarni, serta beberapa warga",
            {"other": 1, "warga": None},
        ),
        ("Dihadiri : Ketua RW 03, Sdr. Mulyadi dan Sdr. Anton", {"perangkat_rt_rw": 1, "warga": 2}),
        (
            "Toga (Ustadz Hasan), tomas (Bpk. Karim), warga ± 25 orang",
            {"tokoh_agama": 1, "tokoh_masyarakat": 1, "warga": 25},
        ),
        ("Sdr. Budi (pemilik warung)", {"other": 1}),
        (
            "bertemu Bapak Haji Sulaiman, tokoh masyarakat setempat, di rumahnya",
            {"tokoh_masyarakat": 1},
        ),
        (
            "sambang kepada tokoh agama. Bripka Agus diterima Ustadz H. Mahfud selaku imam masjid.",
            {"tokoh_agama": 1},
        ),
        (
            "Acara dihadiri sekitar 150 jamaah dengan penceramah KH. Abdullah Syafii.",
            {"warga": 150, "tokoh_agama": 1},
        ),
        ("bertemu Ketua RT dan RW setempat", {"perangkat_rt_rw": 2}),
        ("Sasaran : Sekretaris RW 03 dan Ketua RT/RW 02/03", {"perangkat_rt_rw": 3}),
        ("BERTEMU BPK. DARTO DAN IBU SITI DI POS RONDA. SITUASI AMAN.", {"warga": 2}),
        # the parties to a dispute named one by one
        (
            "problem solving perselisihan antara dua tetangga, Bapak Supri dan Bapak Anwar, soal pagar",
            {"warga": 2},
        ),
        # people only spoken of
        (
            "berdialog dengan 15 pedagang yang mengeluhkan keberadaan juru parkir liar",
            {"other": 15},
        ),
        (
            "menyambangi sejumlah pemuda. Kegiatan ini menjaga sinergitas TNI-Polri dengan masyarakat.",
            {"kelompok_pemuda": None},
        ),
        ('"Lingkungan kami aman," ujar Ibu Rina, salah seorang warga.', {}),
    ],
)
def test_audience(text: str, audience: dict[str, int | None]) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "Sambang tomas. H. Abdul Karim menyampaikan bahwa warga siap menjaga keamanan.",
            "H. Abdul Karim menyampaikan bahwa warga siap menjaga keamanan.",
        ),
        (
            "CS di rumah tomas jam 8 malam. Sepakat menjaga kondusifitas wilayah.",
            "Sepakat menjaga kondusifitas wilayah.",
        ),
        (
            'Sambang warga. "Kami minta patroli malam ditambah," ujar Ibu Rina, salah seorang warga.',
            '"Kami minta patroli malam ditambah," ujar Ibu Rina, salah seorang warga.',
        ),
        (
            "Sambang warga RT 02. Adapun permasalahan yang disampaikan adalah pemuda sering mabuk.",
            "Adapun permasalahan yang disampaikan adalah pemuda sering mabuk.",
        ),
        (
            "DDS 8 KK RT 02/06 jam 9, warga mengeluhkan lampu PJU mati, himbau kunci ganda. Aman.",
            "warga mengeluhkan lampu PJU mati",
        ),
        (
            "Deteksi dini RW 07 19.30, ada kumpulan pemuda di gang, aman.",
            "ada kumpulan pemuda di gang",
        ),
    ],
)
def test_findings(text: str, findings: str) -> None:
    assert parse(text).findings == findings


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Sambang warga RW 02 membahas rencana pengamanan malam Tahun Baru", ["SB"]),
        ("Sambang ke petugas pengamanan gedung", ["SB"]),
        ("Sambang tomas guna deteksi dini gangguan kamtibmas", ["SB"]),
        ("Giat CS pasca pilkada di musholla", ["CS"]),
        ("Kegiatan : Pengamanan jalan sehat", ["PKM"]),
    ],
)
def test_activity_types(text: str, codes: list[str]) -> None:
    assert parse(text).types == codes


@pytest.mark.parametrize(
    "text",
    [
        "Lapor Ndan, pagi jam 9 sambang warga RT 02 RW 05, 8 org, aman. Lanjut jam 13.00 DDS ke "
        "rumah warga RT 04 RW 05, 6 KK.",
        "Binluh di SDN 03 Jl. Paseban Raya pukul 08.00 WIB. Siangnya, sekitar pukul 13.30 WIB, "
        "menyambangi tokoh agama di Musholla Al Barkah.",
        "Lapor Dan, kemarin sore jam 16.00 sambang pangkalan bajaj Jl. Kramat Raya, aman. Hari ini "
        "jam 09.00 DDS RT 02 RW 07, 6 KK, aman.",
        "Sambang Ketua RW 07 di Jl. Kramat Sentiong pkl 10.00; kemudian pkl 14.00 binluh siswa "
        "SMPN 79 Jl. Kramat Raya.",
        "Pertama, pukul 08.00 WIB pengamanan posyandu di RW 05. Kedua, pukul 19.30 WIB sambang ke "
        "Pos Kamling RT 03 RW 07.",
        "Kegiatan :\n✅ Sambang pangkalan ojol Jl. Kwitang Raya pkl 10.00\n"
        "✅ Cooling system di Masjid Al Makmur pkl 19.30\nSituasi : Aman",
    ],
)
def test_two_activities(text: str) -> None:
    assert len(parse_reports(text, today=TODAY)) == 2


def test_a_headline_is_no_activity_of_its_own() -> None:
    text = (
        "Bhabinkamtibmas Kwitang Sambangi Warga Binaan di Gang Kenanga\n\n"
        "Bhabinkamtibmas Aipda Joko Prasetyo menyambangi warga binaan di Gang Kenanga RT 10 RW 01 "
        "pukul 16.00 WIB. Warga binaan yang ditemui berjumlah ± 15 orang."
    )
    (report,) = parse_reports(text, today=TODAY)
    assert report.audience == {"warga": 15}
    assert (report.rw, report.rt) == (1, 10)


def test_a_closing_situation_under_the_last_template_is_every_activitys() -> None:
    text = (
        "A. SAMBANG\nPukul : 09.00 WIB\nLokasi : Pos RW 03 Jl. Kramat Bunder\n\n"
        "B. BINLUH\nPukul : 13.00 WIB\nLokasi : SDN Senen 05 Jl. Kalilio\n\n"
        "Situasi : Aman terkendali"
    )
    reports = parse_reports(text, today=TODAY)
    assert [r.situation for r in reports] == ["aman_kondusif", "aman_kondusif"]


def test_a_one_line_message_signed_after_its_last_sentence() -> None:
    parsed = parse("Giat CS di Musholla Al Ikhlas jam 19.30, tomas 2. Sit aman kondusif. Yusuf")
    assert parsed.officer == "Yusuf"


def test_an_appeal_further_on_is_the_message_and_names_no_one_met() -> None:
    parsed = parse(
        "Bripka Agus bertemu 8 warga yang sedang ronda. Bripka Agus menghimbau warga agar tidak "
        "mudah terprovokasi. Warga menyambut baik kehadiran Bhabinkamtibmas.\n\n"
        "Bripka Agus juga mengingatkan agar ketua RT dan pengurus masjid rutin menyampaikan pesan "
        "kamtibmas. Situasi aman."
    )
    assert parsed.audience == {"warga": 8}
    assert parsed.message.endswith("rutin menyampaikan pesan kamtibmas.")
    assert parsed.findings == "Warga menyambut baik kehadiran Bhabinkamtibmas."
