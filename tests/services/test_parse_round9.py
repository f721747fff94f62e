"""The chat-message parser, round 9 of issue #15: the rulings added to the
held-out README for later corpora. Every example is invented (several
phrasings per rule, none copied from any corpus):

* the officer's appeal in the first person, as chat and voice notes say it
  (``ane pesen ...``, ``sy udah bilangin ...``, ``kami sampaikan agar ...``),
  is the message, copied with its verb (the ruling "appeals with their
  verb"); in a dictated run it ends where someone met speaks or where the
  closing situation (``aman ndan``) starts;
* a terse appeal after a full stop of lower-case chat (``... 2 ketua rt.
  himbau jaga ...``) is its own item, the verb kept;
* an emoji ends a chat sentence as a stop would (``... 😡 sy udah pesen
  ...``)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message, parse_reports

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


# --- the officer's appeal in the first person --------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Lapor ndan, tadi sore sy sambang ke warung Mpok Ida Jl. Kenari Raya, ngobrol sama 4 "
         "pedagang. Sy titip pesan ke mereka biar gerobak ga ditinggal di trotoar semalaman. "
         "Situasi aman. Bripka Agus",
         "Sy titip pesan ke mereka biar gerobak ga ditinggal di trotoar semalaman."),
        ("Ijin ndan, pagi ini ane sambang pos ronda Jl. Bungur Besar ketemu 3 bapak2. Ane "
         "ingetin jangan tidur pas jaga & lampu pos dinyalain terus. Aman. Yusuf",
         "Ane ingetin jangan tidur pas jaga & lampu pos dinyalain terus."),
        ("Selamat malam ndan, kami sambang ke rumah makan Padang Jl. Kramat Raya ketemu "
         "pemiliknya. Kami juga minta kasir jangan nyimpen uang banyak di laci. Aman. Aiptu Heri",
         "Kami juga minta kasir jangan nyimpen uang banyak di laci."),
        ("Lapor, td siang gue sambang bengkel Jl. Paseban Raya, ngobrol sm 2 montir. Gue "
         "bilangin kalo ada motor titipan aneh langsung kabarin. Aman ndan. Bripka Dwi",
         "Gue bilangin kalo ada motor titipan aneh langsung kabarin."),
    ],
)  # fmt: skip
def test_a_first_person_appeal_is_the_message_with_its_verb(text: str, message: str) -> None:
    assert parse(text).message == message


@pytest.mark.parametrize(
    ("text", "message", "findings"),
    [
        ("izin lapor ndan ane sambang ke pangkalan ojek jalan kramat raya ketemu ojek enam orang "
         "ane pesen kalo ada penumpang mabuk jangan diangkut langsung lapor ke ane "
         "para ojek bilang semalam ada yang ribut aman ndan",
         "ane pesen kalo ada penumpang mabuk jangan diangkut langsung lapor ke ane",
         "para ojek bilang semalam ada yang ribut"),
        ("lapor komandan siang ini saya sambang ke bengkel las jalan kenari dua bertemu pemilik "
         "bengkel bapak darto dan dua karyawan saya minta tabung gas disimpan jauh dari api "
         "pak darto bilang bulan lalu sempat ada percikan kena terpal aman terkendali",
         "saya minta tabung gas disimpan jauh dari api",
         "pak darto bilang bulan lalu sempat ada percikan kena terpal"),
    ],
)  # fmt: skip
def test_a_dictated_first_person_appeal_ends_where_someone_else_speaks(
    text: str, message: str, findings: str
) -> None:
    parsed = parse(text)
    assert parsed.message == message
    assert parsed.findings == findings
    assert parsed.situation == "aman_kondusif"


def test_a_dictated_appeal_ends_before_the_closing_situation() -> None:
    parsed = parse(
        "ndan ini dwi kramat barusan sambang ke warung kopi jalan kramat pulo ketemu lima anak "
        "muda ane ingetin jangan bawa sajam kalo nongkrong aman ndan"
    )
    assert parsed.message == "ane ingetin jangan bawa sajam kalo nongkrong"
    assert parsed.situation == "aman_kondusif"


def test_a_dictated_appeal_after_a_meeting_keeps_whoever_speaks_it() -> None:
    parsed = parse(
        "selamat siang komandan izin melaporkan jam sepuluh sampai jam sebelas aipda yusuf "
        "sambang ke gudang ekspedisi di jalan bungur besar bertemu kepala gudang dan dua satpam "
        "kami sampaikan agar pagar belakang dikunci dan cctv dicek tiap malam situasi aman"
    )
    assert parsed.message == "kami sampaikan agar pagar belakang dikunci dan cctv dicek tiap malam"


# --- a terse appeal after a stop of lower-case chat --------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sbg tgl 5/2 pkl 10.00 pos rw 04 jl kenari raya. ktmu ketua rw + 2 ketua rt. "
         "himbau jaga parkiran & kunci motor. aman",
         "himbau jaga parkiran & kunci motor"),
        ("dds rt 3 rw 7 kramat jm 15.00. 9 kk. himbau warga tutup pintu kalo pergi. kondusif",
         "himbau warga tutup pintu kalo pergi"),
        ("pd jl paseban raya pkl 21.00. ketemu 4 ojol. himbau jgn mangkal di tikungan. aman",
         "himbau jgn mangkal di tikungan"),
    ],
)  # fmt: skip
def test_a_terse_appeal_after_a_stop_is_its_own_item(text: str, message: str) -> None:
    parsed = parse(text)
    assert parsed.message == message
    assert parsed.situation == "aman_kondusif"


# --- an emoji ends a chat sentence --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Malam ndan 🙏 td sy sambang ke kontrakan Jl. Kenari II, ketemu 5 penghuni. Ada "
         "keluhan jemuran sering ilang 😤 sy udah pesen pasang lampu teras tiap malam. Aman",
         "sy udah pesen pasang lampu teras tiap malam."),
        ("Siang ndan, ane sambang lapak buah Jl. Kramat Raya ketemu 3 pedagang. Katanya "
         "sering ada pungli 😡 ane bilangin jangan kasih & lapor ane. Aman 👍",
         "ane bilangin jangan kasih & lapor ane."),
    ],
)  # fmt: skip
def test_an_emoji_ends_a_chat_sentence(text: str, message: str) -> None:
    assert parse(text).message == message


# --- a secured or attended event's crowd -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("Minggu pagi Bripka Agus mengikuti kerja bakti membersihkan got di Jl. Kenari II. "
         "Kegiatan diikuti sekitar 45 warga. Bripka Agus berbincang dengan Ketua RT 04 Bpk. "
         "Harun dan 3 orang pemuda karang taruna. Kegiatan selesai dalam keadaan aman.",
         {"perangkat_rt_rw": 1, "kelompok_pemuda": 3}),
        ("Aipda Yusuf hadir dalam acara jalan sehat warga di Jl. Bungur Besar yang diikuti "
         "ratusan peserta. Ia menemui ketua panitia Sdr. Rudi dan 2 orang linmas yang bertugas. "
         "Situasi aman.",
         {"other": 3}),
        ("Lapor ndan, pengamanan bazar UMKM di halaman masjid Jl. Kramat Raya, pengunjung ± 300 "
         "org, ketemu ketua DKM + 2 panitia. Aman.",
         {"tokoh_agama": 1, "other": 2}),
    ],
)  # fmt: skip
def test_an_events_crowd_is_not_met_when_others_are_named(
    text: str, audience: dict[str, int | None]
) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("Bripka Dwi melaksanakan pengamanan lomba 17-an di Jl. Kramat Pulo yang diikuti sekitar "
         "120 warga. Kegiatan berjalan aman dan lancar.",
         {"warga": 120}),
        ("Aiptu Heri menghadiri pengajian rutin di Musholla Al Amin Jl. Paseban Raya yang "
         "diikuti kurang lebih 50 jamaah. Aiptu Heri mengingatkan jamaah agar mengunci rumah "
         "saat pergi. Ustadz Mahmud selaku pengisi kajian berterima kasih. Situasi aman.",
         {"warga": 50, "tokoh_agama": 1}),
    ],
)  # fmt: skip
def test_an_events_crowd_counts_when_no_one_else_is_named_or_the_appeal_is_made_to_it(
    text: str, audience: dict[str, int | None]
) -> None:
    assert parse(text).audience == audience


def test_a_crowd_named_only_by_what_the_appeal_asks_is_not_met() -> None:
    parsed = parse(
        "Bripka Agus melaksanakan pengamanan pasar malam di Jl. Salemba Tengah yang ramai "
        "dikunjungi sekitar 200 warga. Bripka Agus menemui 3 orang panitia. Ia menyampaikan "
        "agar pengunjung diingatkan menjaga dompet. Situasi aman."
    )
    assert parsed.audience == {"other": 3}


# --- what the people met told, without a label ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("Lapor ndan, sore tadi sy sambang ke pangkalan ojek Jl. Kramat Raya ketemu 5 ojek. "
         "Kata mereka tiap malam ada yang nyolong spion di situ. Aman.",
         "Kata mereka tiap malam ada yang nyolong spion di situ."),
        ("Ijin ndan, ane sambang ke warung Bu Tati Jl. Kenari II. Kata beliau anak2 sering "
         "nongkrong sampe subuh depan warung. Aman ndan.",
         "Kata beliau anak2 sering nongkrong sampe subuh depan warung."),
        ("Siang ndan, DDS Jl. Paseban Raya 7 rumah. Ada keluhan got mampet tiap hujan deras. "
         "Aman. Bripka Dwi",
         "Ada keluhan got mampet tiap hujan deras."),
        ("Aiptu Heri menghadiri rapat pengurus RW 03 di Jl. Kramat Sawah. Disampaikan bahwa "
         "iuran keamanan naik mulai bulan depan. Kegiatan berjalan aman.",
         "Disampaikan bahwa iuran keamanan naik mulai bulan depan."),
    ],
)  # fmt: skip
def test_what_was_told_without_a_label_is_a_finding(text: str, findings: str) -> None:
    assert parse(text).findings == findings


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("lapor ndan saya sambang ke bengkel jalan kramat raya ngobrol sama dua montir katanya "
         "sering ada yang nawarin onderdil curian situasi aman",
         "katanya sering ada yang nawarin onderdil curian"),
        ("izin lapor komandan jam sembilan saya sambang ke kontrakan jalan kenari dua ditemui "
         "pemilik kontrakan ibu sari informasi yang didapat ada dua penghuni yang sering pulang "
         "pagi situasi aman",
         "ada dua penghuni yang sering pulang pagi"),
        ("lapor komandan saya sambang ke musholla jalan paseban raya bertemu pengurus musholla "
         "ketua dkm bapak haji dahlan menyampaikan terima kasih atas kunjungan polri situasi aman",
         "ketua dkm bapak haji dahlan menyampaikan terima kasih atas kunjungan polri"),
    ],
)  # fmt: skip
def test_a_dictated_finding_is_cut_where_it_is_told(text: str, findings: str) -> None:
    assert parse(text).findings == findings


# --- companions, lodging keepers, pupils -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("Sambang ke pos kamling Jl. Kenari II dibantu 2 linmas, ketemu ketua RT + 3 warga. Aman",
         {"perangkat_rt_rw": 1, "warga": 3}),
        ("Patroli dialogis bersama satpam komplek di Jl. Kramat Pulo, ngobrol dengan 5 pemuda "
         "nongkrong. Aman",
         {"kelompok_pemuda": 5}),
        ("DD pagi di jembatan Jl. Salemba Raya didampingi Babinsa, ketemu 4 pedagang. Aman",
         {"other": 4}),
    ],
)  # fmt: skip
def test_the_officers_companions_are_not_met(text: str, audience: dict[str, int | None]) -> None:
    assert parse(text).audience == audience


def test_a_satpam_he_talked_with_is_met() -> None:
    assert parse(
        "Sambang ke ruko Jl. Kramat Raya, ngobrol bersama 2 satpam ruko. Aman"
    ).audience == {"other": 2}


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("Sambang ke kos2an Jl. Paseban Raya, ketemu bapak kos + 4 mhs. Aman",
         {"other": 1, "kelompok_pemuda": 4}),
        ("Binluh di SMP 3 Jl. Kramat Raya, siswa 30 org + kepsek. Aman",
         {"kelompok_pemuda": 30, "other": 1}),
        ("Sambang ke kontrakan Jl. Kenari Raya, ditemui penjaga kontrakan dan 3 penghuni. Aman",
         {"other": 1, "warga": 3}),
    ],
)  # fmt: skip
def test_lodging_keepers_and_pupils(text: str, audience: dict[str, int | None]) -> None:
    assert parse(text).audience == audience


# --- where a template's item ends, and a closing shared by every activity -------------------


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("📅 Senin, 9 Feb 2026\n📍 Jl. Paseban Raya RT 02 RW 04\n📝 Giat : DDS\n"
         "🔎 Temuan : lampu gang mati sejak minggu lalu\n🟢 Situasi aman\nBripka Dwi 👍",
         "lampu gang mati sejak minggu lalu"),
        ("📅 Selasa, 10 Feb 2026\n📝 Giat : sambang\n📍 pos RW 01 Jl. Kenari Raya\n"
         "🗣️ Keluhan : parkir liar di mulut gang\n✅ Kondusif\n— Aipda Yusuf",
         "parkir liar di mulut gang"),
    ],
)  # fmt: skip
def test_a_line_an_emoji_heads_is_an_item_of_its_own(text: str, findings: str) -> None:
    parsed = parse(text)
    assert parsed.findings == findings
    assert parsed.situation == "aman_kondusif"


def test_a_closing_situation_after_numbered_activities_is_every_ones() -> None:
    reports = parse_reports(
        "Lap giat Selasa 10/2/2026 Aipda Yusuf:\n"
        "1. 08.00-09.00 DDS RT 01 RW 03 Jl. Bungur Besar, 6 rumah, keluhan: got mampet\n"
        "2. 15.00-16.00 sambang pos RW 03 Jl. Bungur Besar, tomas 2\n"
        "Semuanya aman kondusif",
        today=TODAY,
    )
    assert [r.situation for r in reports] == ["aman_kondusif", "aman_kondusif"]
    assert reports[0].findings == "got mampet"


# --- keycap numbers, closings, a dictated subject before its verb -------------------------


def test_a_keycap_digit_numbers_a_templates_line() -> None:
    parsed = parse(
        "1️⃣ Hari/Tgl : Senin, 9 Februari 2026\n2️⃣ Tempat : Aula Jl. Kramat Raya\n"
        "3️⃣ Kegiatan : Sambang\n4️⃣ Pesan : menghimbau warga menjaga kebersihan.\nAiptu Heri"
    )
    assert parsed.place == "Aula Jl. Kramat Raya"
    assert parsed.message == "menghimbau warga menjaga kebersihan."


@pytest.mark.parametrize("closing", ["Hormat kami, Aiptu Heri", "Hormat saya,"])
def test_a_letters_closing_ends_the_message(closing: str) -> None:
    parsed = parse(
        f"Kegiatan : Sambang ke pos RW 02 Jl. Paseban Raya\nPesan : agar pos ronda dijaga "
        f"bergantian\n{closing}"
    )
    assert parsed.message == "agar pos ronda dijaga bergantian"


@pytest.mark.parametrize(
    ("text", "message", "findings"),
    [
        ("lapor ndan jam sepuluh saya sambang ke pasar kenari ketemu lima pedagang mereka bilang "
         "ada copet di lorong sayur saya sudah himbau supaya dompet ditaruh depan aman ndan",
         "saya sudah himbau supaya dompet ditaruh depan",
         "mereka bilang ada copet di lorong sayur"),
        ("ijin lapor ane sambang pos ronda jalan bungur besar ketemu pak rw sama empat warga "
         "pak rw bilang lampu pos mati ane juga ingetin jangan tidur pas jaga aman terkendali "
         "aipda yusuf",
         "ane juga ingetin jangan tidur pas jaga",
         "pak rw bilang lampu pos mati"),
    ],
)  # fmt: skip
def test_a_dictated_subject_stays_with_its_appeal_and_the_signature_ends_it(
    text: str, message: str, findings: str
) -> None:
    parsed = parse(text)
    assert parsed.message == message
    assert parsed.findings == findings
    assert parsed.situation == "aman_kondusif"


# --- a venue before a comma and its street ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sambang malam jam 20.00 @ warung sate Pak Kumis, RT 3 RW 4 Jl. Kenari II. Ngobrol "
         "bareng 3 warga. Aman",
         "warung sate Pak Kumis, Jl. Kenari II"),
        ("Bripka Dwi melaksanakan pengamanan bazar di lahan parkir eks Bioskop Rivoli, Jl. "
         "Kramat Raya. Situasi aman.",
         "lahan parkir eks Bioskop Rivoli, Jl. Kramat Raya"),
        ("Aiptu Heri melakukan deteksi dini di lingkungan Stasiun Kramat, Jl. Kramat Pulo. "
         "Situasi aman.",
         "lingkungan Stasiun Kramat, Jl. Kramat Pulo"),
        ("td siang sy sambang ke kontrakan Haji Dul Jl. Paseban Raya gang 3, ketemu 5 penghuni. "
         "Aman",
         "kontrakan Haji Dul Jl. Paseban Raya gang 3"),
    ],
)  # fmt: skip
def test_a_venue_before_its_street_is_part_of_the_place(text: str, place: str) -> None:
    assert parse(text).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("PS ribut soal got, rt 2 rw 4 kenari. mediasi di rumah pak RW hasil: sepakat gotong "
         "royong. aman", "rumah pak RW"),
        ("binluh ke pelajar SMP Taruna jl kramat pulo 80an siswa materi narkoba. aman",
         "SMP Taruna jl kramat pulo"),
        ("Sambang tomas di musholla Al Amin Jl Kenari II\nmalam sabtu kmrn. aman",
         "musholla Al Amin Jl Kenari II"),
        ("sambang di pos ronda Jl. Bungur Besar tadi sore, aman", "pos ronda Jl. Bungur Besar"),
    ],
)  # fmt: skip
def test_a_terse_place_ends_at_a_label_a_count_or_when_it_was(text: str, place: str) -> None:
    assert parse(text).place == place


# --- "malam <day>" is the evening before that day ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("lapor malam minggu kemarin patroli jl kenari raya ketemu 5 pemuda. aman",
         dt.date(2026, 2, 7)),
        ("Sambang toga di mushola Jl Kramat Sawah malam jumat kmrn. aman", dt.date(2026, 2, 5)),
        ("patroli dialogis mlm sabtu di taman Jl. Salemba Tengah, 6 pemuda. aman",
         dt.date(2026, 2, 6)),
    ],
)  # fmt: skip
def test_malam_and_a_weekday_is_the_evening_before_it(text: str, date: dt.date) -> None:
    assert parse(text).date == date


def test_a_habit_on_malam_minggu_dates_nothing() -> None:
    assert parse("dd di gang kenari, pemuda sering mabuk tiap malam minggu. aman").date is None


# --- Kesimpulan, Hasil rapat, Analisa ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "findings", "situation"),
    [
        ("Hari/Tgl : Senin, 9 Februari 2026\nKegiatan : Rapat warga RW 03\nKesimpulan : warga "
         "sepakat ronda digilir tiap malam\nAnalisa : wilayah rawan pencurian motor",
         "warga sepakat ronda digilir tiap malam", "rawan"),
        ("Hari/Tgl : Selasa, 10 Februari 2026\nKegiatan : Sambang\nHasil Rapat : iuran keamanan "
         "naik mulai Maret\nPenilaian : aman terkendali",
         "iuran keamanan naik mulai Maret", "aman_kondusif"),
        ("Hari/Tgl : Selasa, 10 Februari 2026\nKegiatan : Sambang pos RW 02\nKesimpulan : "
         "situasi wilayah aman dan kondusif",
         "", "aman_kondusif"),
        ("Hari/Tgl : Selasa, 10 Februari 2026\nKegiatan : Patroli\nKesimpulan : perlu patroli "
         "tambahan di gang buntu\nSituasi : aman",
         "", "aman_kondusif"),
    ],
)  # fmt: skip
def test_what_was_agreed_is_a_finding_and_a_judgement_only_the_situation(
    text: str, findings: str, situation: str
) -> None:
    parsed = parse(text)
    assert parsed.findings == findings
    assert parsed.situation == situation


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("Sambang ke kantor kelurahan Jl. Kenari Raya, ketemu Lurah Kenari dan 2 staf kelurahan. "
         "Aman", {"other": 3}),
        ("Kegiatan : Sambang\nDitemui : Lurah Paseban dan Ketua RW 05",
         {"other": 1, "perangkat_rt_rw": 1}),
        ("Pam turnamen voli memperebutkan piala Lurah Bungur di lapangan Jl. Bungur Besar, "
         "penonton ± 100 org. Aman", {"warga": 100}),
    ],
)  # fmt: skip
def test_the_lurah_met_is_other(text: str, audience: dict[str, int | None]) -> None:
    assert parse(text).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("lapor ndan ane sambang ke pos ronda jalan kenari dua ketemu pak rt sama bapak bapak "
         "kira kira sembilan orang aman", {"perangkat_rt_rw": 1, "warga": 9}),
        ("izin lapor tadi sambang ke posyandu jalan paseban raya ketemu ibu ibu pkk enam orang "
         "aman", {"other": 6}),
    ],
)  # fmt: skip
def test_a_doubled_group_spoken_with_a_space(text: str, audience: dict[str, int | None]) -> None:
    assert parse(text).audience == audience
