"""The chat-message parser, round 17, invariance lane (case and layout): a
message written all in lower case (or capitals) reads as written — its
Roman item numbers ("iv.") still number items, a line starting in lower
case is not taken for a wrapped one when no word of the message is
capitalised — while a capitalised message's wrapped lines still join.
Every message is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.sections import split
from sambang_tui.services.parse.sign_off import split_sign_off
from sambang_tui.services.parse.wrapping import caseless, unwrap

TODAY = dt.date(2026, 2, 11)  # a Wednesday

FIELDS = ["date", "start_time", "place", "situation", "message", "findings", "audience"]

ROMAN = """LAPORAN INFORMASI
Bhabinkamtibmas Kel. Kenari

I. Waktu : Kamis, 5 Februari 2026 pkl 19.30 WIB
II. Tempat : Warung kopi Bu Tini Jl. Kenari II
III. Narasumber : pemilik warung dan 3 orang warga
IV. Fakta-fakta : Warga resah ada pemuda mabuk tiap malam di ujung gang
V. Pesan : Agar warga segera lapor Bhabin bila ada keributan
VI. Situasi : aman

Aipda Rudi Hartono
"""

LINES = """Sambang pos ronda RW 05 Kel. Kenari
Tempat : Pos ronda Jl. Kenari Raya
Hasil : Warga minta patroli malam ditambah
Warga juga mengeluhkan lampu jalan mati
Pesan kamtibmas
Agar warga aktif ronda dan lapor bila ada orang asing
Situasi aman
"""


def _fields(text: str) -> dict[str, object]:
    parsed = parse_message(text, TODAY)
    out: dict[str, object] = {}
    for name in FIELDS:
        value = getattr(parsed, name)
        out[name] = value.casefold() if isinstance(value, str) else value
    return out


@pytest.mark.parametrize("text", [ROMAN, LINES])
@pytest.mark.parametrize("change", [str.lower, str.upper])
def test_a_message_in_one_case_reads_as_written(text: str, change) -> None:
    assert _fields(change(text)) == _fields(text)


def test_lower_case_roman_numbers_number_items() -> None:
    layout = split(ROMAN.lower())
    assert [s.kind for s in layout.sections][:2] == ["time", "place"]
    assert layout.first("place").value == "warung kopi bu tini jl. kenari ii"


def test_a_street_ending_in_a_roman_number_keeps_it() -> None:
    text = "Tempat : Jl. Kramat Sawah VII\nKegiatan : Sambang warga\nSituasi : aman"
    assert parse_message(text, TODAY).place == "Jl. Kramat Sawah VII"
    assert parse_message(text.lower(), TODAY).place.casefold() == "jl. kramat sawah vii"


def test_caseless_is_a_message_without_a_capitalised_word() -> None:
    assert caseless("sambang rt 05\nwarga aman")
    assert caseless("SAMBANG RT 05\nWARGA AMAN")
    assert not caseless("Sambang RT 05\nwarga aman")


def test_a_capitalised_message_still_joins_its_wrapped_lines() -> None:
    text = "Ia menghimbau agar warga\nselalu mengunci pintu.\nSituasi aman"
    assert unwrap(text).split("\n")[0] == "Ia menghimbau agar warga selalu mengunci pintu."
    layout = split("Hasil : Warga menerima\nhimbauan\ndengan baik")
    assert layout.first("findings").value == "Warga menerima himbauan dengan baik"


def test_a_caseless_message_keeps_its_lines_apart() -> None:
    text = "sambang warga rw 05\nwarga minta patroli\nlampu jalan mati\nsituasi aman"
    assert unwrap(text) == text


def test_a_short_caseless_field_still_joins() -> None:
    # two lines of a field say nothing of the writer's habit: read as wrapped
    assert unwrap("warga minta patroli\nmalam ditambah") == "warga minta patroli malam ditambah"


@pytest.mark.parametrize(
    "text",
    [
        "Sambang ke Masjid Al Ikhlas Jl. Kenari Raya\nPesan: jaga parkir motor jamaah, aman. Rudi",
        "sambang ke masjid al ikhlas jl. kenari raya\npesan: jaga parkir motor jamaah, aman. rudi",
        "SAMBANG KE MASJID AL IKHLAS JL. KENARI RAYA\nPESAN: JAGA PARKIR MOTOR JAMAAH, AMAN. RUDI",
    ],
)
def test_a_closing_situation_and_a_name_in_any_case(text: str) -> None:
    parsed = parse_message(text, TODAY)
    assert parsed.message.casefold() == "jaga parkir motor jamaah"
    assert parsed.situation == "aman_kondusif"


def test_a_lower_case_word_after_aman_in_a_capitalised_text_is_no_name() -> None:
    assert split_sign_off("Jaga parkir, aman. Rudi") == ("Jaga parkir", ", aman. Rudi")
    assert split_sign_off("Jaga parkir, aman. lanjut")[0] == "Jaga parkir, aman. lanjut"
