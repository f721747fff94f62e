"""The chat-message parser, round 8 of issue #15: findings told without a
label, appeals in dictated text and places told in prose. Every example is
invented (several phrasings per rule, none copied from any corpus):

* a terse item telling how a problem ended (``sdh damai``, ``sudah
  didamaikan, ...``) is a finding; the parties it goes on to name stay met;
* what was heard from someone (``info dr pak rw ada ...``) is a finding
  with its source (the first corpus's convention), and the source stays
  met; a clause telling what the officer did about it (``sdh koordinasi
  ...``) ends it;
* an appeal dictated on from a meeting (``... bertemu ketua rw dan warga
  menyampaikan himbauan agar ...``) is the officer's, from its verb (round
  9: the ruling "appeals with their verb"; round 8 began at ``agar``) up
  to the situation, and whom he met stays met;
* a residence named by its owner after ``di`` (``di kediaman Hj. X, Jl.
  ...``, ``di rmh pak rt``) is the place with the street after it; a
  residence one visits (``menyambangi kediaman ...``) or where a dispute was
  mediated is not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message

TODAY = dt.date(2026, 2, 11)  # a Wednesday


def parse(text: str) -> ParsedMessage:
    return parse_message(text, today=TODAY)


# --- a problem's outcome (round 20: with the dispute before it, as the README's ruling has it)


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("lap PS cekcok batas pagar antar warga rt 03 rw 02 kel kenari, sdh damai. bripka agus",
         "cekcok batas pagar antar warga\nsdh damai"),
        ("ps salah paham soal jemuran rt 5 rw 1 paseban, sudah berdamai. aman. aipda yusuf",
         "salah paham soal jemuran\nsudah berdamai"),
        ("PS ribut anak main bola kena kaca rt 7 rw 3, sdh didamaikan, ortu siap ganti kaca. "
         "aiptu heri", "ribut anak main bola kena kaca\nsdh didamaikan, ortu siap ganti kaca"),
    ],
)  # fmt: skip
def test_a_problems_outcome_is_a_finding(text: str, findings: str) -> None:
    assert parse(text).findings == findings


def test_the_parties_named_after_the_outcome_stay_met() -> None:
    parsed = parse(
        "PS sengketa selokan antar tetangga rt 2 rw 9 kenari, sdh didamaikan, kedua pihak "
        "sepakat bagi biaya. aman. bripka agus"
    )
    # the dispute first, as the later corpora's ruling has it (round 20)
    assert (
        parsed.findings
        == "sengketa selokan antar tetangga\nsdh didamaikan, kedua pihak sepakat bagi biaya"
    )
    assert parsed.audience == {"warga": 2}


def test_mediation_itself_is_no_outcome() -> None:
    parsed = parse("ps batas tanah rt 1 rw 4, sdh mediasi di rmh pak rw. bripka agus")
    assert "sdh mediasi" not in parsed.findings


# --- what was heard, from whom ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("dd di pos ronda gg. mawar: info dr pak rw 04 ada rencana balap liar mlm minggu, "
         "sdh koordinasi piket. rawan. bripka agus", "info dr pak rw 04 ada rencana balap liar mlm minggu"),
        ("DD kel kenari tgl 3/2: info dari 2 pedagang sering ada pengamen mabuk sore hari. "
         "aipda yusuf", "info dari 2 pedagang sering ada pengamen mabuk sore hari"),
        ("cs 11/2 warkop jl kenari: kabar dr ketua rt banyak motor parkir liar di trotoar, "
         "sudah dilaporkan ke dishub. aiptu heri", "kabar dr ketua rt banyak motor parkir liar di trotoar"),
    ],
)  # fmt: skip
def test_what_was_heard_is_a_finding_with_its_source(text: str, findings: str) -> None:
    assert parse(text).findings == findings


def test_the_source_heard_from_stays_met() -> None:
    parsed = parse(
        "dd di kolong flyover: info dr ketua rt 06 ada rencana tawuran pelajar, sdh "
        "koordinasi piket. rawan. bripka agus"
    )
    assert parsed.audience == {"perangkat_rt_rw": 1}


# --- an appeal dictated on from a meeting ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("lapor komandan hari ini saya bripka agus sambang ke pos kamling rw tiga bertemu dengan "
         "ketua rt dan empat orang warga menyampaikan himbauan agar warga mengunci pagar di malam "
         "hari situasi aman terkendali",
         "menyampaikan himbauan agar warga mengunci pagar di malam hari"),
        ("ijin lapor saya aipda yusuf dds di gang melati bertemu tujuh orang pemuda menyampaikan "
         "pesan kamtibmas supaya tidak balap liar situasi kondusif",
         "menyampaikan pesan kamtibmas supaya tidak balap liar"),
        ("siap lapor saya aiptu heri sambang warung kopi ketemu tiga pedagang sampaikan agar "
         "waspada uang palsu situasi aman", "sampaikan agar waspada uang palsu"),
    ],
)  # fmt: skip
def test_a_dictated_appeal_after_a_meeting_is_the_officers(text: str, message: str) -> None:
    parsed = parse(text)
    assert parsed.message == message
    assert parsed.findings == ""


def test_whom_he_met_stays_met_when_he_goes_on_to_appeal() -> None:
    parsed = parse(
        "lapor komandan saya bripka agus sambang di pos rw dua bertemu ketua rw dan enam orang "
        "warga menyampaikan himbauan agar warga aktif ronda situasi aman"
    )
    assert parsed.audience == {"perangkat_rt_rw": 1, "warga": 6}


def test_in_prose_the_people_met_asking_stay_a_finding() -> None:
    parsed = parse(
        "Bripka Agus bertemu dengan pengurus masjid. Ketua DKM menyampaikan agar patroli "
        "ditambah saat tarawih."
    )
    assert "patroli ditambah" in parsed.findings


# --- a residence named by its owner ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bripka Agus menghadiri arisan RW di kediaman Hj. Sumarni, Jalan Kenari II RT 03 RW 02, "
         "pada Minggu pagi.", "kediaman Hj. Sumarni, Jalan Kenari II"),
        ("sambang toga di kediaman KH. Mahfud jl salemba tengah rt 4 rw 6, aman. aipda yusuf",
         "kediaman KH. Mahfud jl salemba tengah"),
        ("DDS di kediaman Ketua RT 02 (Bpk. Darto) rt02 rw05 Jl. Paseban Raya. Aman.",
         "kediaman Ketua RT (Bpk. Darto) Jl. Paseban Raya"),
        ("silaturahmi tomas di rmh bu Hj. Aminah gg. mawar, aman. bripka agus",
         "rmh bu Hj. Aminah gg. mawar"),
    ],
)  # fmt: skip
def test_a_residence_after_di_is_the_place(text: str, place: str) -> None:
    assert parse(text).place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Aiptu Heri menyambangi kediaman Bapak H. Rojali, tokoh agama, di Jl. Kramat Sawah, "
         "Kelurahan Paseban.", "Jl. Kramat Sawah"),
        ("PS cekcok pagar rt 3 rw 2 kenari sdh dimediasi di rmh Ketua RW, kedua pihak damai. "
         "bripka agus", ""),
    ],
)  # fmt: skip
def test_a_residence_visited_or_mediated_in_is_not(text: str, place: str) -> None:
    assert parse(text).place == place


# --- a quotation of several sentences -----------------------------------------------------------


@pytest.mark.parametrize(
    "quote",
    [
        '"Jangan mudah terpancing ajakan tawuran di grup. Kalau ada yang mengajak, laporkan ke '
        'ketua RT," ujar Aipda Yusuf.',
        '"Kunci motor dua kali. Jangan tinggalkan kunci di motor, walau sebentar saja," kata '
        "Bripka Agus kepada para pedagang.",
        "“Hoaks itu memecah warga. Cek dulu sebelum membagikan,” tutur Aiptu Heri.",
    ],
)
def test_an_officers_quotation_of_several_sentences_is_one_appeal(quote: str) -> None:
    text = (
        "Bhabinkamtibmas Kelurahan Kenari melaksanakan sambang ke warga di Jl. Kenari Raya. "
        + quote
        + " Situasi aman dan kondusif."
    )
    assert parse(text).message == quote


def test_a_forwarded_message_in_quotes_is_read_sentence_by_sentence() -> None:
    parsed = parse(
        'Diteruskan dari Bripka Agus: "Izin ndan, tadi giat PS di rmh Pak RT 02 RW 05 Kenari. '
        'Masalah jemuran menutup jalan. Disaksikan Pak RT, kedua pihak sepakat damai. Aman."'
    )
    assert "kedua pihak sepakat damai" in parsed.findings
    assert "jemuran" not in parsed.findings and "Aman" not in parsed.findings


# --- where a prose appeal starts; someone met joining it -------------------------------------


@pytest.mark.parametrize(
    "appeal",
    [
        "Di hadapan sekitar 40 jamaah, Bripka Agus mengingatkan agar rumah tidak ditinggal "
        "kosong tanpa pesan ke tetangga.",
        "Kepada 9 pengemudi ojol dan 3 juru parkir, Aipda Yusuf menghimbau agar tidak ngetem "
        "di bahu jalan.",
        "Di sela acara yang dihadiri 25 warga, Aiptu Heri mengajak warga aktif ronda malam.",
    ],
)
def test_a_fronted_phrase_with_a_count_belongs_to_the_appeal(appeal: str) -> None:
    text = (
        "Bhabinkamtibmas Kelurahan Kenari melaksanakan sambang di Jl. Kenari Raya. "
        + appeal
        + " Situasi aman."
    )
    assert parse(text).message == appeal


@pytest.mark.parametrize(
    "joined",
    [
        "Ustadz Hasan selaku penceramah turut mengajak jamaah menjaga kerukunan.",
        "Pendeta Markus juga mengajak jemaat tidak mudah percaya kabar bohong.",
    ],
)
def test_someone_met_joining_the_appeal_is_a_finding(joined: str) -> None:
    parsed = parse(
        "Bripka Agus menghadiri kegiatan di Jl. Kenari Raya. Bripka Agus menghimbau agar warga "
        "menjaga keamanan lingkungan. " + joined
    )
    assert joined not in parsed.message
    assert parsed.findings == joined
    assert parsed.audience.get("tokoh_agama") == 1


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        ("PS ribut parkir rt 2 rw 4 kenari jam 15.00, sdh didamaikan, msh dipantau (waspada)",
         "ribut parkir\nsdh didamaikan, msh dipantau"),
        ("ps cekcok tetangga rt 1 rw 6, sudah berdamai (aman). bripka agus", "cekcok tetangga\nsudah berdamai"),
    ],
)  # fmt: skip
def test_a_situation_in_brackets_ends_the_item(text: str, findings: str) -> None:
    assert parse(text).findings == findings


# --- where a place ends ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("lapor saya bripka agus sambang di rumah pak rt jalan kenari dua kurang lebih sepuluh "
         "orang warga hadir situasi aman", "rumah pak rt jalan kenari dua"),
        ("Sambang di Pos Ronda Gg. Mawar kurang lebih 12 warga, aman. Bripka Agus",
         "Pos Ronda Gg. Mawar"),
    ],
)  # fmt: skip
def test_a_hedged_count_ends_the_place(text: str, place: str) -> None:
    assert parse(text).place == place
