"""The chat-message parser, round 18, invariance lane (no space after a
mark): a writer who leaves out the space after a comma, a colon, a
semicolon or a full stop ("Tempat:Jl.Anggrek Raya", "aman.Demikian",
"warga,tokoh") is read as one who puts it; numbers, clock times, initials,
degrees, abbreviations written joined and web or mail addresses keep their
marks as written. Every message is invented."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from parse_scoring import FIELDS  # every field the corpora score

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.normalise import normalise
from sambang_tui.services.parse.spacing import spaced_after_marks

TODAY = dt.date(2026, 2, 11)  # a Wednesday

TEMPLATE = """LAPORAN GIAT BHABINKAMTIBMAS KEL. KENARI

1. Hari/Tgl : Senin, 09 Februari 2026
2. Waktu : 09.30 s.d. 11.00 WIB
3. Tempat : Jl. Anggrek Raya No. 12 RT 004 RW 006 Kel. Kenari
4. Kegiatan : Sambang ke kediaman tokoh masyarakat Bpk. H. Rohim
5. Sasaran : tokoh masyarakat, ketua RT dan 5 orang warga
6. Hasil : Warga mengeluhkan lampu gang mati. Ketua RT sudah melapor ke kelurahan.
7. Pesan : Agar warga mengaktifkan ronda malam; kunci ganda kendaraan.
8. Situasi : Aman terkendali.

Aipda Rahmat Hidayat"""

TERSE = """sambang senin 9/2 pkl 19.30 di pos ronda rw 03 jl melati, ktemu pak rt n 6 warga. keluhan: parkir liar di mulut gang. pesan: jgn parkir di bahu jalan. aman
Bripka Fajar"""

PROSE = """Pada hari Selasa 10 Februari 2026 pukul 15.00 WIB, Bhabinkamtibmas Kelurahan Kenari Aipda Wahyu melaksanakan sambang ke Musholla Al Ikhlas Jl. Cempaka Putih RT 02 RW 05 dan bertemu Ustadz H. Mahmud serta 4 orang jamaah.

Pengurus musholla menyampaikan kotak amal pernah dibobol bulan lalu. Pelaku belum diketahui.

Aipda Wahyu menghimbau pengurus agar memasang gembok ganda dan mengaktifkan CCTV. Situasi aman terkendali."""

LISTED = """Laporan Informasi
I. Waktu : Kamis 12 Februari 2026 pukul 20.00 WIB
II. Tempat : Jl. Kramat Pulo Gg. V RT 01 RW 07
III. Fakta-fakta :
a. Beredar ajakan di grup WA remaja untuk balap liar selepas sahur.
b. Sdr. AB (17) diduga sebagai penggerak.
IV. Pendapat pelapor : situasi perlu diwaspadai.
Aiptu Sutrisno"""


def _fields(parsed: ParsedMessage) -> dict[str, object]:
    return {name: getattr(parsed, name) for name in FIELDS}


def _read(text: str) -> dict[str, object]:
    return _fields(parse_message(text, today=TODAY))


def _no_space(text: str) -> str:
    """The habit: no space after ``,`` ``.`` ``;`` ``:`` before a letter."""
    return re.sub(r"([,.;:]) +(?=[A-Za-z])", r"\1", text)


@pytest.mark.parametrize(
    "message", [TEMPLATE, TERSE, PROSE, LISTED], ids=["template", "terse", "prose", "listed"]
)
def test_no_space_after_the_marks_leaves_every_field_as_written(message: str) -> None:
    written = _read(message)
    assert written["date"] is not None  # the message is read at all
    assert _no_space(message) != message
    assert _read(_no_space(message)) == written


@pytest.mark.parametrize("case", [str.lower, str.upper], ids=["lower", "upper"])
@pytest.mark.parametrize("message", [TEMPLATE, TERSE, PROSE], ids=["template", "terse", "prose"])
def test_no_space_in_a_message_all_in_one_case_reads_as_with_spaces(message, case) -> None:  # type: ignore[no-untyped-def]
    assert _read(_no_space(case(message))) == _read(case(message))


def _no_space_at_all(text: str) -> str:
    """No space after any mark, before a number too, and after "!" and "?"."""
    return re.sub(r"([,.;:!?]) +(?=\w)", r"\1", text)


@pytest.mark.parametrize("message", [TEMPLATE, TERSE], ids=["template", "terse"])
def test_no_space_before_a_number_either_reads_as_written(message: str) -> None:
    changed, written = _read(_no_space_at_all(message)), _read(message)
    # "No.12" stays as the writer joined it: a number after an abbreviation is no sentence's start
    assert str(changed.pop("place")).replace(" ", "") == str(written.pop("place")).replace(" ", "")
    assert changed == written


def test_the_texts_read_with_their_spaces_back() -> None:
    parsed = parse_message(_no_space(PROSE), today=TODAY)
    assert parsed.message == parse_message(PROSE, today=TODAY).message
    assert "CCTV. Situasi" not in (parsed.message or "")
    assert normalise("Tempat :Jl.Anggrek Raya") == "Tempat: Jl. Anggrek Raya"
    assert normalise("ktemu warga,tokoh agama;situasi aman.Demikian") == (
        "ktemu warga, tokoh agama; situasi aman. Demikian"
    )


@pytest.mark.parametrize(
    ("joined", "spaced"),
    [
        ("sholat Jumat.H.Abdul Karim", "sholat Jumat. H. Abdul Karim"),  # an initial after a stop
        ("rumah Bpk.H.Rohim", "rumah Bpk. H. Rohim"),
        ("Pendeta Markus L.dan 2 majelis", "Pendeta Markus L. dan 2 majelis"),
        ("AKP Bambang, S.H., M.H.agar", "AKP Bambang, S.H., M.H. agar"),  # a run of initials ends
        ("a.Beredar ajakan", "a. Beredar ajakan"),  # a list's letter
        ("V.Pendapat pelapor", "V. Pendapat pelapor"),
        ("Jl. Kramat Pulo Gg.V RT 01", "Jl. Kramat Pulo Gg. V RT 01"),
        ("pukul 09.30 WIB.Kemudian", "pukul 09.30 WIB. Kemudian"),
        ("di parkiran 😤.Sy pesen", "di parkiran 😤. Sy pesen"),
        ("korlap.pesan jgn ngetem", "korlap. pesan jgn ngetem"),
        ("rumah bpk.h.rohim rt 3", "rumah bpk. h. rohim rt 3"),  # in lower case
        ("RUMAH BPK.H.ROHIM RT 3", "RUMAH BPK. H. ROHIM RT 3"),  # in capitals
        ("aman!Demikian ndan", "aman! Demikian ndan"),
        (
            "ketemu pak rt,8 warga.aman.22/5 pkl 20.00",
            "ketemu pak rt, 8 warga. aman. 22/5 pkl 20.00",
        ),
        ("Sasaran:Ketua RW 04,3 Ketua RT", "Sasaran: Ketua RW 04, 3 Ketua RT"),  # not a decimal
        (
            "03/12/2024,07.15 - Bripka Dwi:Selamat pagi",
            "03/12/2024, 07.15 - Bripka Dwi: Selamat pagi",
        ),
    ],
)
def test_a_stop_run_into_the_next_word_is_spaced(joined: str, spaced: str) -> None:
    assert spaced_after_marks(joined) == spaced


@pytest.mark.parametrize(
    "text",
    [
        "pukul 09.30 s.d. 11.00 WIB",  # clock times, "s.d."
        "s/d selesai, Rt/Rw 04/06",
        "Jl. Anggrek No.12 Blok C",
        "sekitar 1,5 jam, Rp.50.000",
        "AKP Hendra, S.H., M.H.",  # degrees and initials
        "Bripka Dani, S.Sos, Aiptu Rudi, S.Pd.I",
        "BRIPKA DANI, S.SOS, S.KOM.",
        "jarak 2,5 km, waktu 09:30",  # a decimal, a clock time
        "rt.04/rw.03 No.7, pukul.19.00, Lt.2",  # a number after an abbreviation
        "a.n. Kapolsek, dll.",
        "info di www.polri.go.id atau humas.polri@gmail.com",
        "lihat https://wa.me/6281234 dan bit.ly/lapor",
    ],
)
def test_numbers_initials_degrees_and_addresses_keep_their_marks(text: str) -> None:
    assert spaced_after_marks(text) == text
    assert normalise(text) == text
