"""The chat-message parser, round 19, the texts lane: the appeal (message)
and the findings, only where a miss pattern recurs in three or more
independently written corpora. Every example is invented, each rule with a
case where it applies and one where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 3, 11)  # a Wednesday


# --- the officer's appeal quoted over several sentences, closed by "pesan Aipda X" ----------
# (six corpora: '"Jangan … rumah. Ronda jangan …," pesan Aipda Yusuf.', '…," pesannya.')


@pytest.mark.parametrize(
    "quote",
    [
        '"Simpan motor di dalam pagar. Kalau ada orang asing mondar-mandir, kabari RT," '
        "pesan Bripka Hendra kepada warga.",
        '"Anak-anak jangan keluar lewat jam sepuluh malam. Orang tua tolong awasi," pesan Aiptu Rahmat.',
        '"Cek dulu sebelum transfer. Telepon keluarga yang bersangkutan," pesannya.',
    ],
)
def test_an_appeal_quoted_over_sentences_is_the_message_whole(quote: str) -> None:
    text = (
        "Senin (9/3/2026) pukul 19.30 WIB Bhabinkamtibmas Kelurahan Melati Aiptu Rahmat "
        "melaksanakan sambang ke pos ronda Jl. Anggrek RT 02 RW 04 dan bertemu 6 warga.\n\n"
        f"{quote}\n\nSituasi aman dan kondusif."
    )
    assert parse_message(text, today=TODAY).message == quote


def test_a_quotation_by_someone_met_is_no_appeal() -> None:
    text = (
        "Senin (9/3/2026) Aiptu Rahmat sambang ke warung Jl. Anggrek RT 02 RW 04 bertemu "
        "pemilik warung Bpk. Darto. "
        '"Sudah dua kali tabung gas hilang. Kami minta ada patroli malam," ujar Bpk. Darto. '
        "Situasi aman."
    )
    parsed = parse_message(text, today=TODAY)
    assert not parsed.message
    assert "tabung gas hilang" in (parsed.findings or "")


# --- "pesan saya …": the officer's own words, kept with the appeal -------------------------
# (five corpora of the later ruling: "… ketemu pemuda pesan saya jangan ikut …")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "izin lapor tadi sore sambang ke pos ronda jalan anggrek ketemu bapak bapak ronda "
            "tujuh orang pesan saya jangan tinggalkan pos kosong situasi aman aiptu rahmat",
            "pesan saya jangan tinggalkan pos kosong",
        ),
        (
            "sambang warung kopi jl melati, ktm pemuda 9 org, pesan sy kpd pemuda jgn nongkrong "
            "lewat tengah malam. aman. Bripka Hendra",
            "pesan sy kpd pemuda jgn nongkrong lewat tengah malam",
        ),
    ],
)
def test_pesan_saya_is_kept_with_the_appeal(text: str, message: str) -> None:
    assert parse_message(text, today=TODAY).message == message


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            # "pesan saya agar …", "pesan dari kami …": heading the appeal as a label
            "sambang pos rw 04 jl anggrek ketemu 5 warga pesan saya agar portal ditutup jam 23 "
            "situasi aman aiptu rahmat",
            "agar portal ditutup jam 23",
        ),
        (
            "sambang ke masjid jalan kenanga ketemu pengurus dkm tiga orang himbauan kami "
            "waspada pencurian kotak amal situasi aman bripka hendra",
            "waspada pencurian kotak amal",
        ),
    ],
)
def test_a_label_naming_who_appeals_is_dropped(text: str, message: str) -> None:
    assert parse_message(text, today=TODAY).message == message


@pytest.mark.parametrize(
    "label", ["Pesan ane", "Pesan sy ke warga", "Pesan abang Bhabin", "Himbauan dari kami"]
)
def test_an_appeal_label_with_its_speaker_is_a_label(label: str) -> None:
    text = (
        "Sambang pos ronda Jl. Anggrek RT 02 RW 04 jam 20.00\n"
        f"{label}: kunci ganda motor, jangan parkir di mulut gang.\n"
        "#polrihadir #salamkamtibmas\nAiptu Rahmat"
    )
    assert (
        parse_message(text, today=TODAY).message
        == "kunci ganda motor, jangan parkir di mulut gang."
    )


def test_a_label_line_naming_no_speaker_stays_unknown() -> None:
    text = (
        "Sambang pos ronda Jl. Anggrek RT 02 RW 04 jam 20.00\n"
        "Pesan warga tetangga: minta lampu jalan diganti.\nAiptu Rahmat"
    )
    assert parse_message(text, today=TODAY).message != "minta lampu jalan diganti."


# --- a dictated stop ("titik") opening the clause after it -----------------------------------
# (corpora 3, 5, 8, 10, 15, 18, 20, 21 dictate stops; "… orang titik mereka mengeluh …")


def test_a_dictated_stop_does_not_hide_what_was_told() -> None:
    text = (
        "lapor komandan hari ini jam sepuluh pagi saya aiptu rahmat sambang ke pos ronda jalan "
        "anggrek rt dua rw empat ketemu bapak bapak enam orang titik mereka mengeluh lampu gang "
        "mati sudah seminggu titik pesan saya jangan tinggalkan pos kosong titik situasi aman"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.findings == "mereka mengeluh lampu gang mati sudah seminggu"
    assert parsed.message == "pesan saya jangan tinggalkan pos kosong"


def test_titik_as_a_word_of_a_written_sentence_stays() -> None:
    text = (
        "Senin 9/3/2026 Aiptu Rahmat sambang ke Jl. Anggrek RT 02 RW 04. "
        "Titik rawan banjir ada di ujung gang, kata warga. Situasi aman."
    )
    # after a written stop "Titik" is a word of the sentence, not a stop dictated
    assert "Titik rawan banjir" in parse_message(text, today=TODAY).narrative


# --- English label words for what was found ("Result:", "Point penting:") -------------------


@pytest.mark.parametrize("label", ["Result", "Outcome", "Point penting"])
def test_english_findings_labels(label: str) -> None:
    text = (
        "Update giat Bhabin Melati\nSenin, 9-3-2026 | 0930-1100\nVenue: Pos RW 04 Jl. Anggrek\n"
        f"{label}: warga setuju ronda dua shift mulai minggu depan.\nSituation: safe 👍\nAiptu Rahmat"
    )
    assert (
        parse_message(text, today=TODAY).findings
        == "warga setuju ronda dua shift mulai minggu depan."
    )


# --- "info ada …": what was heard keeps its "info" -----------------------------------------
# (heldout14, 17, 20: "…, ketemu 5 pedagang, info ada peredaran uang palsu", "INFO ADA RENCANA …")


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "sambang pangkalan ojek Jl. Anggrek rt 2 rw 4, ktm 6 driver, info ada rencana "
            "balap liar malam minggu di Jl. Anggrek Raya. aman. Aiptu Rahmat",
            "info ada rencana balap liar malam minggu di Jl. Anggrek Raya",
        ),
        (
            "IJIN LAPOR DD KEL. MELATI SENIN 9 MARET 2026 DI JL. ANGGREK, KETEMU KETUA RT 02. "
            "INFO AKAN ADA PENGAJIAN AKBAR HARI MINGGU, PESERTA +/- 300 ORANG. SITUASI AMAN. "
            "AIPTU RAHMAT",
            "INFO AKAN ADA PENGAJIAN AKBAR HARI MINGGU, PESERTA +/- 300 ORANG.",
        ),
    ],
)
def test_info_ada_is_a_finding_with_its_info(text: str, findings: str) -> None:
    assert parse_message(text, today=TODAY).findings == findings


def test_an_info_label_is_still_a_label() -> None:
    text = "sambang pos ronda jl anggrek rt 2 rw 4, ktm 5 warga, info: lampu gang mati. aman. Aiptu Rahmat"
    assert parse_message(text, today=TODAY).findings.rstrip(".") == "lampu gang mati"


# --- the passive appeal: "Disampaikan himbauan kepada … agar …" ------------------------------
# (heldout8, 18, 21; and after a topic's field: "Materi: … .\nDisampaikan agar …")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Senin 9 Maret 2026 pukul 09.00 WIB telah dilaksanakan sambang oleh Aiptu Rahmat di "
            "Pos RW 04 Jl. Anggrek. Telah ditemui Ketua RW 04 Bpk. Darto. Disampaikan himbauan "
            "kepada pengurus RW agar portal ditutup pukul 23.00. Kegiatan berjalan aman.",
            "Disampaikan himbauan kepada pengurus RW agar portal ditutup pukul 23.00.",
        ),
        (
            "Binluh di Aula RW 04 Jl. Anggrek, Senin 9/3/2026 pkl 19.30\n"
            "Materi: bahaya pinjol ilegal.\n"
            "Disampaikan agar warga tidak menyerahkan KTP kepada orang lain.\nAiptu Rahmat",
            "Disampaikan agar warga tidak menyerahkan KTP kepada orang lain.",
        ),
    ],
)
def test_a_passive_appeal_is_the_message(text: str, message: str) -> None:
    assert parse_message(text, today=TODAY).message == message


def test_a_passive_telling_is_no_appeal() -> None:
    text = (
        "Senin 9/3/2026 Aiptu Rahmat sambang ke Pos RW 04 Jl. Anggrek bertemu Ketua RW. "
        "Disampaikan bahwa lampu gang mati sejak seminggu. Situasi aman."
    )
    parsed = parse_message(text, today=TODAY)
    assert not parsed.message
    assert parsed.findings


# --- what those met told, as prose goes on with it ---------------------------------------
# ("Dari/Dalam kunjungan tersebut Bpk. X menyampaikan …", "Mahasiswa … menyatakan …", "Sudah
# disepakati …", "Sdr. X, juru parkir, membenarkan …", '"Kami minta …," ujarnya' after a finding)


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        (
            "Dari kunjungan tersebut Bpk. Darto menyampaikan bahwa lampu gang mati sejak seminggu.",
            "Bpk. Darto menyampaikan bahwa lampu gang mati sejak seminggu.",
        ),
        (
            "Dalam sambang itu warga mengeluhkan parkir liar di mulut gang.",
            "Dalam sambang itu warga mengeluhkan parkir liar di mulut gang.",
        ),
        (
            "Para siswa yang ditemui menyatakan sering dipalak di halte.",
            "Para siswa yang ditemui menyatakan sering dipalak di halte.",
        ),
    ],
)
def test_what_those_met_told_is_a_finding(sentence: str, told: str) -> None:
    text = (
        f"Senin (9/3/2026) Aiptu Rahmat sambang ke Jl. Anggrek RT 02 RW 04. {sentence} "
        "Situasi aman."
    )
    assert told in parse_message(text, today=TODAY).findings


def test_a_finding_goes_on_with_its_confirmation_and_agreement() -> None:
    text = (
        "Senin (9/3/2026) Aiptu Rahmat melaksanakan DD di pangkalan ojek Jl. Anggrek RT 02 RW 04. "
        "Para driver menyampaikan ada orang asing menawarkan obat keras kepada pelajar. "
        "Sdr. Udin, koordinator pangkalan, membenarkan hal tersebut. "
        "Sudah disepakati para driver akan melapor bila melihat lagi. Situasi aman."
    )
    findings = parse_message(text, today=TODAY).findings
    assert "membenarkan hal tersebut" in findings
    assert "Sudah disepakati para driver" in findings


def test_a_quotation_of_whoever_just_told_is_no_appeal() -> None:
    text = (
        "Senin (9/3/2026) Aiptu Rahmat patroli dialogis di Terminal Anggrek.\n\n"
        "Ia mengingatkan para sopir agar tidak ngetem sembarangan.\n\n"
        "Koordinator sopir, Bang Jali, mengatakan sering ada pengamen memaksa penumpang. "
        '"Kami minta ada patroli rutin, Pak," ujarnya.\n\nSituasi aman.'
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.message == "Ia mengingatkan para sopir agar tidak ngetem sembarangan."
    assert parsed.findings.endswith('"Kami minta ada patroli rutin, Pak," ujarnya.')


def test_the_officers_own_quotation_after_his_appeal_stays_the_appeal() -> None:
    text = (
        "Senin (9/3/2026) Aiptu Rahmat sambang ke Pos RW 04 Jl. Anggrek. "
        'Aiptu Rahmat mengingatkan warga agar mengunci motor. "Pakai kunci ganda, ya," ujarnya. '
        "Situasi aman."
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.message.endswith('"Pakai kunci ganda, ya," ujarnya.')
    assert not parsed.findings


# --- the closing situation with the sender's rank and name after it ---------------------------
# (found trying the paste dialog in tmux: "… barang bawaan. aman Bripka Agus" kept its close)


@pytest.mark.parametrize(
    ("text", "appeal"),
    [
        (
            "Sambang pos ronda Jl. Melati, ktm 3 warga. Himbau warga agar kunci motor ganda. "
            "aman Bripka Hendra",
            "Himbau warga agar kunci motor ganda.",
        ),
        (
            "sambang pos ronda jl melati, ktm 3 warga. himbau warga agar kunci motor ganda. "
            "aman terkendali aiptu rahmat s",
            "himbau warga agar kunci motor ganda",
        ),
    ],
)
def test_a_closing_situation_signed_with_rank_and_name_ends_the_appeal(
    text: str, appeal: str
) -> None:
    parsed = parse_message(text, today=TODAY)
    assert parsed.message.rstrip(".") == appeal.rstrip(".")
    assert parsed.situation == "aman_kondusif"


def test_a_wish_for_safety_before_the_name_stays_in_the_appeal() -> None:
    parsed = parse_message(
        "Sambang pos ronda Jl. Melati, ktm 3 warga. Himbau warga agar tetap aman Bripka Hendra",
        today=TODAY,
    )
    assert parsed.message.startswith("Himbau warga agar tetap aman")
