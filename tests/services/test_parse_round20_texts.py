"""The chat-message parser, round 20, the free texts (the appeal and the
findings): where each ends and which sentence is which, only where a miss
pattern recurs in three or more independently written corpora. Every example
is invented, with cases where the rule must apply and where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.texts import message_from_prose

TODAY = dt.date(2026, 3, 4)  # a Wednesday


# --- a template's next item stating the situation ends the item before it -------------------
# (three corpora: "6) Himbauan: …" then "7) Situasi aman kondusif", "5) Pesan: …" then
# "6) Kegiatan berjalan aman dan lancar", "6. Himbau: …" then "7. Aman")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Lap giat sambang\n1) Selasa 3/3/2026 pkl 09.00\n2) Warung kopi Jl. Anggrek RT 02/RW 04\n"
            "3) Himbauan: jaga motor, pasang kunci ganda\n4) Situasi aman terkendali\nBripka Dedi",
            "jaga motor, pasang kunci ganda",
        ),
        (
            "DDS\n1. Senin 2 Maret 2026 jam 10.00\n2. Jl. Melati Gg. 3\n"
            "3. Pesan: kalau ada tamu menginap lapor RT\n4. Giat berjalan aman dan lancar\nAipda Rudi",
            "kalau ada tamu menginap lapor RT",
        ),
        (
            "a) Selasa 3/3/2026 pkl 19.00\nb) Pos ronda Jl. Dahlia\nc) Himbau: ronda jangan kosong\n"
            "d) Aman\nBrigpol Sinta",
            "ronda jangan kosong",
        ),
    ],
)
def test_the_next_numbered_item_stating_the_situation_is_no_more_of_the_appeal(
    text: str, message: str
) -> None:
    parsed = parse_message(text, TODAY)
    assert parsed.message == message
    assert parsed.situation == "aman_kondusif"


def test_a_numbered_list_inside_the_appeal_stays_in_it() -> None:
    # an open item whose own list restarts its numbers: the list is the value
    text = (
        "1. Selasa 3/3/2026 pkl 09.00 sambang Jl. Kenanga\n2. Himbauan:\n"
        "1) kunci pintu saat keluar rumah\n2) jangan simpan uang banyak di rumah\n3. Situasi aman"
    )
    parsed = parse_message(text, TODAY)
    assert (
        parsed.message == "1) kunci pintu saat keluar rumah\n2) jangan simpan uang banyak di rumah"
    )


def test_an_unnumbered_line_after_the_appeal_keeps_its_old_reading() -> None:
    # the line's number does not follow the item's: no sibling, the value goes on as before —
    # and an appeal holding the situation is left in doubt (test_parse_round20_doubt.py)
    text = (
        "3) Senin 2/3/2026 pkl 10.00 sambang pos ronda Jl. Mawar\n"
        "5) Himbauan: warga agar waspada\n9) aman kondusif"
    )
    parsed = parse_message(text, TODAY)
    assert parsed.message == ""
    assert "message" in parsed.doubtful


# --- the officer's answer told on after what the people said is no finding -----------------
# (seven corpora: "…, ane jelasin …", "… terus saya kasih pengertian jangan …", '…." Sy himbau
# sopir …', "…, saya himbau ajukan surat …"); asking something of them, it is the appeal


@pytest.mark.parametrize(
    ("text", "findings", "message"),
    [
        (
            "Ijin ndan, Selasa 3/3/2026 jam 20.00 sambang pos ronda Jl. Flamboyan RT 04 RW 02. "
            "Warga nanya soal isu begal di jalan layang, sy jelasin itu kejadian lama di kota lain.",
            "Warga nanya soal isu begal di jalan layang",
            "",
        ),
        (
            "lapor ndan tadi jam sembilan pagi sambang ke pangkalan bajaj jalan cempaka ketemu "
            "sopir bajaj kurang lebih delapan orang mereka cerita ada yang suka narik setoran di "
            "perempatan terus saya kasih pengertian jangan mau kasih uang situasi aman ndan",
            "mereka cerita ada yang suka narik setoran di perempatan",
            "saya kasih pengertian jangan mau kasih uang",
        ),
        (
            "Selasa 3/3/2026 pkl 10.00 sambang ke Pasar Mawar, ketemu 5 pedagang. Pedagang bilang: "
            '"Kemarin ada yang ngutil di lapak sayur, Pak." Sy himbau pedagang pasang kaca cembung.',
            'Pedagang bilang: "Kemarin ada yang ngutil di lapak sayur, Pak."',
            "Sy himbau pedagang pasang kaca cembung.",
        ),
    ],
)
def test_the_officers_answer_is_cut_from_the_finding(
    text: str, findings: str, message: str
) -> None:
    parsed = parse_message(text, TODAY)
    assert parsed.findings == findings
    assert (parsed.message or "") == message


def test_no_answer_is_cut_from_the_peoples_own_quotation() -> None:
    # the people's own first person, inside their quotation: no answer of the officer's
    text = (
        'Senin 2/3/2026 jam 19.00 sambang Pos RW 03 Jl. Teratai. Pak RW bilang, "Pak, kami '
        'minta patroli tiap malam Minggu, sering ada yang mabuk di gang."'
    )
    assert "mabuk di gang" in parse_message(text, TODAY).findings


def test_no_answer_is_cut_from_too_short_a_finding() -> None:
    # too short a finding before it to be one told on: not cut, so the finding holding the
    # officer's answer is left in doubt (test_parse_round20_doubt.py), not cut to "Warga mengeluh"
    text = "Senin 2/3/2026 pkl 09.00 DDS Jl. Kamboja RT 01 RW 05. Warga mengeluh, sy jelasin."
    parsed = parse_message(text, TODAY)
    assert parsed.findings == ""
    assert "findings" in parsed.doubtful


# --- a voice note typed out in one run: the officer's appeal and the situation are turns -------
# (four corpora: "… itu ya ndan jadi saya himbau ke pak rw supaya … situasi aman terkendali
# komandan", "… saya himbau pemuda jangan … situasi saat ini aman tapi perlu waspada ndan")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "(pesan suara diketik otomatis)\nizin ndan saya bripka dedi melaporkan tadi sore jam "
            "empat saya sambang ke pos ronda rw lima di jalan anggrek ketemu pak rt sama bapak "
            "bapak yang jaga terus ada keluhan soal lampu jalan mati di ujung gang jadi saya "
            "himbau bapak bapak supaya ronda keliling tiap dua jam situasi aman terkendali ndan",
            "saya himbau bapak bapak supaya ronda keliling tiap dua jam",
        ),
        (
            "tadi pagi ane dds ke warga gang mawar. ane himbau warga kunci motor dobel situasi "
            "sekarang masih aman ndan",
            "ane himbau warga kunci motor dobel",
        ),
    ],
)
def test_a_voice_notes_appeal_is_its_own_turn(text: str, message: str) -> None:
    parsed = parse_message(text, TODAY)
    assert parsed.message == message
    assert parsed.situation == "aman_kondusif"


def test_a_release_sentence_is_no_voice_run() -> None:
    # capitalised prose with no comma: the appeal is read as before, the whole sentence
    text = (
        "Selasa 3 Maret 2026 pukul 09.00 WIB Bripka Dedi Kurnia menghimbau Ketua RW 05 Bapak "
        "Hasan dan warga Jl. Anggrek agar menjaga Siskamling sambil tetap memantau grup WA RW "
        "demi situasi aman bersama."
    )
    assert message_from_prose(text) == text


# --- asked to talk or to meet is how the officer met them, no appeal ---------------------------
# (three corpora: "Sy ajak ngobrol kurleb 15 pemuda, …", "Sy ajak ketemu di rumah pak RT …",
# "Sekitar 8 pedagang diajak bicara.")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Selasa 3/3/2026 jam 16.00 sambang lapangan Jl. Anggrek. Sy ajak ngobrol kurleb 10 "
            "pemuda yg main bola. Sy sampaikan jgn balap liar pas malam minggu.",
            "Sy sampaikan jgn balap liar pas malam minggu.",
        ),
        (
            "Pada hari Selasa 3 Maret 2026 pukul 10.00 WIB Bripka Dedi sambang Pasar Flamboyan. "
            "Sekitar 6 pedagang diajak berbincang. Bripka Dedi mengingatkan pedagang agar "
            "waspada uang palsu.",
            "Bripka Dedi mengingatkan pedagang agar waspada uang palsu.",
        ),
    ],
)
def test_an_invitation_to_talk_is_no_appeal(text: str, message: str) -> None:
    assert parse_message(text, TODAY).message == message


def test_asking_them_to_join_something_is_still_an_appeal() -> None:
    # "mengajak … menjaga": asked to do something, the appeal as before
    text = (
        "Selasa 3/3/2026 pkl 20.00 sambang pos ronda Jl. Dahlia. Bripka Dedi mengajak warga "
        "menghidupkan lagi ronda malam."
    )
    assert parse_message(text, TODAY).message == (
        "Bripka Dedi mengajak warga menghidupkan lagi ronda malam."
    )


# --- what was heard keeps its source wherever it is told ------------------------------------
# (four corpora: "Info dr pengelola ada 2 unit …, sdh sy minta …", a voice note's "… info dari
# abang ojol ada penjambretan … saya himbau …")


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        (
            "Ijin ndan, Selasa 3/3/2026 jam 15.00 sy sambang ke Rusun Anggrek, ktm pengelola. "
            "Info dr pengelola ada 3 unit dihuni org baru, sdh sy minta data penghuninya ke RT.",
            "Info dr pengelola ada 3 unit dihuni org baru",
        ),
        (
            "lapor ndan tadi jam delapan malam saya patroli dialogis di jalan dahlia rt tiga rw "
            "dua ketemu tukang parkir sama pemilik warung info dari tukang parkir ada yang coba "
            "congkel motor kemarin malam saya himbau warga pasang kunci ganda situasi aman ndan",
            "info dari tukang parkir ada yang coba congkel motor kemarin malam",
        ),
    ],
)
def test_what_was_heard_is_a_finding_with_its_source(text: str, findings: str) -> None:
    assert parse_message(text, TODAY).findings == findings


def test_a_source_told_after_what_was_heard_is_no_label() -> None:
    # "…, info dari X, …": no label "info" before a finding "dari X"
    text = (
        "Selasa 3/3/2026 jam 20.00 deteksi dini sekitar halte Jl. Anggrek, ada rencana konvoi "
        "motor malam minggu, info dari ketua karang taruna, sdh koordinasi dgn piket."
    )
    assert parse_message(text, TODAY).findings != "dari ketua karang taruna"


# --- someone met by the post he holds speaks as anyone met does -------------------------------
# (five corpora: "Kepsek menyampaikan …", "Kepala sekolah menyampaikan bahwa …", "Kepsek cerita
# …", "Keluarga menyampaikan …"); he stays among those met


def test_the_head_of_school_telling_something_is_a_finding() -> None:
    text = (
        "Selasa 3 Maret 2026 pkl 08.00 binluh di SMPN 9 Jl. Anggrek, peserta siswa ± 90 org. "
        "Kepsek menyampaikan ada siswa yg sering dipalak di halte depan sekolah."
    )
    parsed = parse_message(text, TODAY)
    assert (
        parsed.findings == "Kepsek menyampaikan ada siswa yg sering dipalak di halte depan sekolah."
    )


def test_the_family_telling_something_is_a_finding() -> None:
    text = (
        "Selasa 3/3/2026 jam 10.00 sambang ke rumah korban kebakaran Jl. Dahlia RT 02 RW 01. "
        "Keluarga menyampaikan semua selamat dan berharap ada bantuan dari kelurahan."
    )
    assert parse_message(text, TODAY).findings == (
        "Keluarga menyampaikan semua selamat dan berharap ada bantuan dari kelurahan."
    )


def test_the_post_not_speaking_tells_nothing() -> None:
    # the head of school only met: no finding is made of the visit
    text = "Selasa 3/3/2026 pkl 08.00 sambang SDN 4 Jl. Anggrek, ketemu kepsek dan 2 guru. Aman."
    assert not parse_message(text, TODAY).findings


def test_the_situation_the_people_tell_stays_what_they_said() -> None:
    # "warga menyampaikan situasi … aman": their words, not a turn of the officer's
    text = (
        "ijin lapor tadi malam jam delapan saya sambang pos ronda jalan anggrek rt satu rw dua "
        "ketemu ketua rt sama warga sepuluh orang warga menyampaikan situasi kampung aman saya "
        "himbau ronda jangan kosong"
    )
    assert parse_message(text, TODAY).findings == "warga menyampaikan situasi kampung aman"
