"""The chat-message parser, round 17, invariance lane (sentences): a
message reads the same when its writer puts every sentence on a line of its
own — an item's number left alone on its line ("1." over "Senin … sambang"),
a street or a title cut from its name ("… di Jl." over "Kramat Raya"), a
situation that ends the last item's sentences — while a list's closing
situation, a signature's initial and real lines stay as written. Every
message is invented."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from parse_scoring import FIELDS  # every field the corpora score

from sambang_tui.services.parse import parse_message, parse_reports
from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.normalise import normalise

TODAY = dt.date(2026, 2, 11)  # a Wednesday

TEXTS = ("place", "message", "findings")


def _fields(parsed: ParsedMessage) -> dict[str, object]:
    out: dict[str, object] = {}
    for name in FIELDS:
        value = getattr(parsed, name)
        # a line break between two sentences of a text is a space
        out[name] = " ".join(value.split()) if name in TEXTS else value
    return out


def _sentences(text: str) -> str:
    """``text`` with every sentence on a line of its own."""
    return re.sub(r"(?<=[a-z0-9)])\. +(?=[A-Z])", ".\n", text)


def _reports(text: str) -> list[dict[str, object]]:
    return [_fields(p) for p in parse_reports(text, today=TODAY)]


# --- an item's number alone, a street cut from its name --------------------------------------

WEEK = """REKAP GIAT BHABIN KEL. MELATI (9–11 Februari 2026)
Aipda Rahmat Hidayat

1. Senin 9/2 – Sambang ke Musholla Al Huda, Jl. Anggrek Raya, pkl 09.00. Ketemu pengurus Bpk. Hj. Karim dan 3 jamaah. Pengurus minta patroli saat tarawih. Situasi aman.
2. Selasa 10/2 – DDS di RT 02 RW 05 Jl. Cempaka Putih, pkl 15.00–16.30, 7 rumah. Keluhan: lampu gang mati. Himbauan: kunci ganda kendaraan.
3. Rabu 11/2 – Patroli dialogis di pangkalan ojek Gg. Mawar, ngobrol dgn 4 tukang ojek. Situasi kondusif.
"""

LETTERED = """Laporan DDS Kel. Melati
a. Hari/Tgl : Senin, 9 Februari 2026
b. Tempat : Pos ronda Jl. Anggrek Raya RT 03 RW 02
c. Hasil : warga resah ada pencurian helm. Pelaku belum diketahui.
d. Situasi : aman
Bripka Fajar Nugroho"""

PROSE = """Pada hari Selasa 10 Februari 2026 pukul 15.00 WIB, Aipda Wahyu melaksanakan sambang ke warung kopi di Jl. Kenanga Raya RT 04 RW 01. Para pemuda menyampaikan bahwa marak balap liar di Jl. Kenanga Raya setiap malam minggu. Aipda Wahyu menghimbau agar pemuda tidak ikut balap liar dan melapor bila ada gangguan. Situasi aman terkendali."""


@pytest.mark.parametrize("text", [WEEK, LETTERED, PROSE])
def test_every_sentence_on_its_own_line_reads_as_written(text: str) -> None:
    assert _sentences(text) != text
    assert _reports(_sentences(text)) == _reports(text)


def test_an_items_number_alone_goes_with_its_line() -> None:
    assert (
        normalise("1.\nSenin 9/2 sambang\n2)\nSelasa DDS") == "1. Senin 9/2 sambang\n2) Selasa DDS"
    )
    assert normalise("c.\nSituasi: aman") == "c. Situasi: aman"


def test_a_street_or_title_cut_from_its_name_is_put_back() -> None:
    assert normalise("balap liar di Jl.\nKenanga Raya") == "balap liar di Jl. Kenanga Raya"
    assert normalise("ketemu Ibu Hj.\nSalamah") == "ketemu Ibu Hj. Salamah"
    assert normalise("rumah No.\n12 Gg. Mawar") == "rumah No. 12 Gg. Mawar"
    assert normalise("kediaman KH.\nAbdullah") == "kediaman KH. Abdullah"
    # "H." for Haji after a title or a lower-case word, not a name's initial
    assert normalise("info dr Bpk. H.\nSobari") == "info dr Bpk. H. Sobari"
    assert normalise("rmh H.\nMansur sebelah masjid") == "rmh H. Mansur sebelah masjid"


@pytest.mark.parametrize(
    "text",
    [
        # a signature's initial: "H." is no "Haji" going on to the next line
        "Situasi aman\nBripka Dwi H.\nKanit Binmas",
        # a list's line that ends in a number, the next a new line
        "Peserta: 12\nHasil: aman",
        # an abbreviation that ends a list ("dll.") ends its line
        "Sasaran: warga, pedagang, ojek dll.\nSituasi: aman",
        # a line ending in lower case "jl." before a lower-case line: left to the wrap rules
        "sambang ke jl.\nkenanga",
    ],
)
def test_real_lines_stay_as_written(text: str) -> None:
    assert normalise(text) == text


# --- a closing situation: the last item's or every item's --------------------------------------

PARAGRAPHS = """Izin lapor giat Bhabin Kel. Melati hari Senin 9/2/2026

Pukul 09.00 WIB sambang ke Ketua RW 05 di Jl. Anggrek Raya terkait ronda. Ketua RW menyampaikan warga siap ronda.

Pukul 19.30 WIB patroli dialogis di Jl. Mawar dan berdialog dengan 6 pemuda. Situasi aman dan kondusif.

Aipda Rahmat"""

LONG_LAST = """Laporan Bhabin Melati, Senin 9 Februari 2026
1. Pkl 08.00 Sambang ke SDN Melati 03, Jl. Anggrek, bertemu Kepala Sekolah dan 2 guru. Himbauan: awasi anak yg dijemput orang asing.
2. Pkl 19.30 pengamanan pengajian akbar di Lapangan Mawar. Hadir ± 300 jamaah. Situasi aman dan kondusif.
Aipda Rahmat"""


@pytest.mark.parametrize("text", [PARAGRAPHS, LONG_LAST])
def test_a_situation_ending_the_last_items_sentences_is_that_items(text: str) -> None:
    for written in (text, _sentences(text)):
        first, last = parse_reports(written, today=TODAY)
        assert first.situation is None
        assert last.situation == "aman_kondusif"


@pytest.mark.parametrize(
    "text",
    [
        # one-line items run together: the line after them closes every one
        "Senin 9 Februari 2026\n1. Pukul 10.00 WIB DDS ke warga RT 05 RW 03, 8 KK.\n"
        "2. Pukul 15.30 WIB binluh kepada siswa SMP Melati ± 40 siswa.\nSituasi aman kondusif.\n"
        "Bripka Fajar",
        # "di kedua lokasi", "secara umum": every activity's, however the item runs
        "Senin 9 Februari 2026\n1. Pukul 10.00 WIB DDS ke warga RT 05 RW 03.\nKeluhan: jalan rusak.\n"
        "2. Pukul 15.30 WIB sambang ke pos ronda Jl. Mawar.\nHadir 5 warga.\n"
        "Situasi di kedua lokasi aman kondusif.\nBripka Fajar",
        "Senin 9 Februari 2026\n1. Pukul 10.00 WIB DDS ke warga RT 05 RW 03.\nKeluhan: jalan rusak.\n"
        "2. Pukul 15.30 WIB sambang ke pos ronda Jl. Mawar.\nHadir 5 warga.\n"
        "Secara umum situasi aman kondusif.\nBripka Fajar",
    ],
)
def test_a_closing_situation_after_the_list_is_every_items(text: str) -> None:
    reports = parse_reports(text, today=TODAY)
    assert len(reports) == 2
    assert [r.situation for r in reports] == ["aman_kondusif", "aman_kondusif"]


def test_one_report_message_unchanged() -> None:
    text = "Senin 9/2/2026 pkl 10.00 sambang ke pos ronda Jl. Anggrek. Hadir 5 warga. Situasi aman."
    assert _fields(parse_message(_sentences(text), today=TODAY)) == _fields(
        parse_message(text, today=TODAY)
    )


# --- a quotation broken over lines --------------------------------------------------------------

QUOTED = """Pada hari Senin 9 Februari 2026 pukul 19.30 WIB, Bhabinkamtibmas Kelurahan Melati Aipda Wahyu memberikan penyuluhan kepada 15 anggota karang taruna di Balai Warga RW 04.

"Jauhi narkoba dan judi online. Kalau ada peredaran di lingkungan, segera lapor ke kami," ujar Aipda Wahyu.

Para pemuda meminta patroli malam ditambah. Situasi aman kondusif."""


def test_a_quotation_one_sentence_a_line_reads_as_written() -> None:
    assert _reports(_sentences(QUOTED)) == _reports(QUOTED)
    assert "Kalau ada peredaran" in parse_message(_sentences(QUOTED), today=TODAY).message


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        (
            '"Jauhi narkoba.\nKalau ada, lapor," ujar Bripka Dwi.',
            '"Jauhi narkoba. Kalau ada, lapor," ujar Bripka Dwi.',
        ),
        (
            "“Jauhi narkoba.\nJaga anak.\nKalau ada, lapor,” kata Aiptu Heri.",
            "“Jauhi narkoba. Jaga anak. Kalau ada, lapor,” kata Aiptu Heri.",
        ),
    ],
)
def test_a_quotes_lines_are_one(text: str, joined: str) -> None:
    assert normalise(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        # a quote left open: no closing line, the lines stay
        '"Jauhi narkoba.\nSituasi aman\nBripka Dwi',
        # a blank line between: two paragraphs, as written
        '"Jauhi narkoba.\n\nKalau ada, lapor," ujar Bripka Dwi.',
        # quotes closed on their own lines
        'Pesan: "jauhi narkoba"\nHasil: warga paham "siap"',
    ],
)
def test_lines_of_closed_or_open_quotes_stay(text: str) -> None:
    assert normalise(text) == text


# --- the close: a name alone after the closing situation, hashtags after a signature ---------

TERSE = "Sbg ke masjid jl melati rt 01/07, Jumat 6/2\nPesan: jaga kotak amal & sandal jamaah, aman. Yusuf"


def test_a_name_on_the_line_after_the_closing_situation_is_the_sender() -> None:
    for text in (TERSE, _sentences(TERSE)):
        parsed = parse_message(text, today=TODAY)
        assert parsed.message == "jaga kotak amal & sandal jamaah"
        assert parsed.situation == "aman_kondusif"


def test_a_wish_before_a_name_is_no_closing_situation() -> None:
    text = "Sbg ke masjid jl melati, Jumat 6/2\nPesan: jaga kotak amal agar tetap aman.\nYusuf"
    assert parse_message(text, today=TODAY).situation is None


def test_a_situation_cut_after_wil_is_one_line() -> None:
    assert (
        normalise("KESIMPULAN: situasi wil.\nRW 01 aman") == "KESIMPULAN: situasi wil. RW 01 aman"
    )


@pytest.mark.parametrize(
    ("text", "cleaned"),
    [
        ("Situasi aman\nAiptu Budi #polrihadir #presisi", "Situasi aman\nAiptu Budi"),
        # a number after "#" is no hashtag; a line of hashtags mid-message stays
        ("Rumah No #12 Jl. Melati\nSituasi aman", "Rumah No #12 Jl. Melati\nSituasi aman"),
        (
            "Sambang pos ronda\n#jagakampung #presisi\nSituasi aman",
            "Sambang pos ronda\n#jagakampung #presisi\nSituasi aman",
        ),
    ],
)
def test_hashtags_after_a_lines_words_are_dropped(text: str, cleaned: str) -> None:
    assert normalise(text) == cleaned
