"""The chat-message parser, round 17, invariance lane "case": a message
written all in lower case (or capitals) says what it says in capitals, and
the desk fills in the same fields. Every example is invented; each rule has
messages parsed as written and changed, and look-alike text where it must
not apply."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message, parse_reports
from sambang_tui.services.parse.activity import find_types
from sambang_tui.services.parse.framing import headline
from sambang_tui.services.parse.sentences import sentences
from sambang_tui.services.parse.vocabulary import caseless

TODAY = dt.date(2026, 2, 11)  # a Wednesday

_FIELDS = ("date", "start_time", "end_time", "rw", "rt", "types", "situation", "audience")
_TEXTS = ("place", "message", "findings")


def _plain(value: str) -> str:
    """As the desk compares a copied text: case and a closing stop aside."""
    return value.casefold().rstrip(" .")


def _same(text: str, change: str, fields: tuple[str, ...] = _FIELDS) -> None:
    written = parse_reports(text, today=TODAY)
    changed = parse_reports(getattr(text, change)(), today=TODAY)
    assert len(written) == len(changed)
    for a, b in zip(written, changed, strict=True):
        for name in fields:
            assert getattr(a, name) == getattr(b, name), name
        for name in _TEXTS:
            assert _plain(getattr(a, name)) == _plain(getattr(b, name)), name


# --- caseless text ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("sambang warga rt 03. aman", True),
        ("SAMBANG WARGA RT 03. AMAN", True),
        ("sambang di gg melati, PS selesai", True),  # an acronym tells nothing
        ("Sambang warga RT 03. Aman", False),
        ("sambang ke rumah Pak Darto", False),
    ],
)
def test_caseless_is_text_without_capitalised_words(text: str, flat: bool) -> None:
    assert caseless(text) is flat


# --- a sentence ends at a stop whatever the case of the next word -------------------------

_RELEASE = (
    "Bripka Sandi menyambangi warga Jl. Cempaka Putih RT 04 RW 02, Rabu (11/2/2026) pukul 15.30 WIB. "
    "Ia mengingatkan warga agar mengunci pagar dan tidak menaruh helm di atas motor. "
    "Warga menyampaikan bahwa lampu gang sudah dua minggu padam. Situasi aman dan kondusif."
)
_DICTATED = (
    "dds ke warga gg kenanga rt 07 pkl 10.00, bertemu 5 warga. sy himbau agar warga jaga rumah "
    "saat mudik. warga mengeluhkan parkir liar di mulut gang. situasi aman. bripka sandi"
)


@pytest.mark.parametrize("text", [_RELEASE, _DICTATED])
@pytest.mark.parametrize("change", ["lower", "upper"])
def test_sentences_of_lower_case_text_are_read_as_written(text: str, change: str) -> None:
    _same(text, change)


def test_a_lower_case_release_keeps_its_appeal_and_findings_apart() -> None:
    parsed = parse_message(_RELEASE.lower(), today=TODAY)
    assert parsed.message.startswith("ia mengingatkan warga agar")
    assert parsed.message.endswith("di atas motor")
    assert parsed.findings.startswith("warga menyampaikan bahwa lampu gang")
    assert parsed.situation == "aman_kondusif"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a stop before a lower-case word ends a sentence in caseless text
        ("sambang warga. sy himbau jaga rumah. aman", 3),
        ("kegiatan selesai pukul 03.30. situasi aman", 2),
        # ... but not an abbreviation's stops
        ("pesan kapolsek akp darmono, s.h., m.h. agar warga waspada", 1),
        ("sambang ke jl. mawar no. 5 bersama bpk. rahmat", 1),
        # in text with capitals a lower-case word after a stop goes on as before
        ("Sambang ke rumah Bpk. Rahmat. dan warga sekitar", 1),
    ],
)
def test_where_a_caseless_sentence_ends(text: str, count: int) -> None:
    assert len(sentences(text)) == count


# --- a release's headline in lower case ---------------------------------------------------

_HEADLINED = (
    "Bhabinkamtibmas Cempaka Sambangi Pedagang Pasar Pagi\n\n"
    "Jakarta – Bhabinkamtibmas Kelurahan Cempaka Aipda Rudi Hartono menyambangi pedagang di "
    "Pasar Pagi Jl. Kenanga RT 05 RW 03, Selasa (10/2/2026) sekitar pukul 07.00 WIB. Pedagang "
    "yang ditemui berjumlah ± 12 orang. Aipda Rudi mengajak pedagang untuk waspada copet. "
    "Pedagang berharap patroli pagi rutin dilakukan.\n"
)


@pytest.mark.parametrize("change", ["lower", "upper"])
def test_a_headline_in_lower_case_tells_no_activity_of_its_own(change: str) -> None:
    _same(_HEADLINED, change)
    assert len(parse_reports(_HEADLINED.lower(), today=TODAY)) == 1


@pytest.mark.parametrize(
    ("text", "is_headline"),
    [
        ("bhabinkamtibmas cempaka sambangi pedagang pasar pagi\n\nisi", True),
        ("laporan giat bhabin cempaka, senin 9 februari 2026\n\nisi", True),
        # an opening line with a clock time, a count or a list mark tells a visit
        ("sambang pos ronda jl mawar pkl 20.00\n\nisi", False),
        ("2) dds rt 01 rw 05 cempaka 8 kk,\n\nisi", False),
        ("- patroli ke pasar pagi\n\nisi", False),
    ],
)
def test_which_lower_case_opening_line_is_a_headline(text: str, is_headline: bool) -> None:
    assert bool(headline(text)) is is_headline


# --- a type's abbreviation in lower case where the activity is named ----------------------


@pytest.mark.parametrize(
    ("text", "types"),
    [
        ("giat 2: ps cekcok parkir antara 2 warga di jl melati", ["PS"]),
        ("- 16.30 pd ngabuburit di jl kenanga, pemuda ±10 org", ["PD"]),
        ("lapor ndan, ps semalam sekitar jam 11 malam, ribut tetangga", ["PS"]),
        ("td siang ps ribut tetangga soal pagar", ["PS"]),
        ("bripka sandi giat pd sktr jl cempaka raya 13.00-14.00", ["PD"]),
        ("lapor ndan, giat pd + sambang minggu malam", ["PD", "SB"]),
        ("dd pagi ini sktr 0530 di jembatan jl mawar: ada coretan", ["DD"]),
        # chat's "pd" for "pada", "ps" for "pasar": no activity
        ("waktu: pd hari senin sore", []),
        ("- pd saat itu warga sedang kerja bakti", []),
        ("lapor, pd malam hari ada keributan", []),
        ("belanja ke ps senen bersama warga", []),
    ],
)
def test_a_lower_case_code_in_the_activity_slot(text: str, types: list[str]) -> None:
    assert find_types(text) == types


def test_a_day_of_lower_case_items_is_two_activities() -> None:
    text = (
        "Lapor ndan giat hr ini\n"
        "Giat 1: sambang tomas bpk Haji Usman jl mawar rt 1 rw 3 jam 09.00, aman\n"
        "Giat 2: PS cekcok jemuran antara 2 wrg di jl kenanga rt 4 rw 2 jam 15.00, sdh damai\n"
        "Bripka Sandi"
    )
    written = parse_reports(text, today=TODAY)
    changed = parse_reports(text.lower(), today=TODAY)
    assert [r.types for r in written] == [["SB"], ["PS"]]
    assert [r.types for r in changed] == [["SB"], ["PS"]]
    assert [r.start_time for r in changed] == [dt.time(9), dt.time(15)]


# --- a lone "waspada" left after a label's colon ------------------------------------------


@pytest.mark.parametrize("change", ["lower", "upper", "strip"])
def test_a_lone_warning_after_a_taken_out_finding(change: str) -> None:
    text = (
        "DD pagi ini sktr 0600 pos jl mawar: ada coretan provokatif di tembok, "
        "sdh dihapus bersama linmas. waspada. aipda rudi"
    )
    assert parse_message(getattr(text, change)(), today=TODAY).situation == "waspada"


def test_a_warning_word_inside_a_sentence_is_no_situation() -> None:
    text = "sambang ke pos jl mawar: warga diminta waspada pencurian motor. aipda rudi"
    assert parse_message(text, today=TODAY).situation is None


# --- a place in lower case: an owner's name after its title, a venue's name like a verb ----

_RESIDENCE = (
    "Bripka Sandi pada Selasa 10 Februari 2026 pukul 09.00 WIB melaksanakan sambang ke rumah "
    "Bapak Haji Darmo di Jl. Cempaka Baru Gg. Dahlia RT 03 RW 01. Pak Darmo menyampaikan "
    "terima kasih. Situasi aman."
)
_VENUE = (
    "Aipda Rudi melaksanakan penyuluhan di Posyandu Merpati, Jl. Anggrek Raya RT 02 RW 05, "
    "Selasa 10 Februari 2026 pukul 10.00 WIB, diikuti ± 20 ibu-ibu. Situasi aman."
)


@pytest.mark.parametrize("text", [_RESIDENCE, _VENUE])
@pytest.mark.parametrize("change", ["lower", "upper"])
def test_a_place_in_lower_case_reads_as_written(text: str, change: str) -> None:
    _same(text, change, tuple(f for f in _FIELDS if f != "audience"))  # whom: another lane


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (_RESIDENCE.lower(), "rumah bapak haji darmo di jl. cempaka baru gg. dahlia"),
        (_VENUE.lower(), "posyandu merpati, jl. anggrek raya"),
        ("giat binluh di posyandu merpati rw 07 jl. anggrek, aman", "posyandu merpati jl. anggrek"),
        # a verb after the venue ends it
        ("sambang di masjid menyampaikan himbauan kamtibmas, aman", "masjid"),
        ("sambang di pos ronda memantau warga yang ronda, aman", "pos ronda"),
    ],
)
def test_where_a_lower_case_place_ends(text: str, place: str) -> None:
    assert parse_message(text, today=TODAY).place == place


def test_findings_of_several_lower_case_sentences_keep_their_stops_between() -> None:
    text = (
        "ps di gg dahlia rt 03 rw 01. keduanya ribut gara-gara mobil pak eko menutup pagar "
        "pak udin. setelah dimusyawarahkan bersama ketua rt, keduanya sepakat saling memaafkan. aman"
    )
    found = parse_message(text, today=TODAY).findings
    assert "pak udin. setelah" in found
    assert found.endswith("saling memaafkan")


@pytest.mark.parametrize(
    "text",
    [
        "Sutrisno lapor, sambang pos ronda RT 02 RW 05 jl kalilio pkl 20.00, aman",
        "SUTRISNO LAPOR, SAMBANG POS RONDA RT 02 RW 05 JL KALILIO PKL 20.00, AMAN",
        "sutrisno izin lapor sambang pos ronda rt 02 rw 05 jl kalilio pkl 20.00 aman",
    ],
)
def test_a_name_before_lapor_signs_in_any_case(text: str, demo_actor) -> None:
    found = parse_message(text, today=TODAY, actor=demo_actor)
    assert found.officer_id is not None and "sutrisno" in found.officer.casefold()


def test_a_word_before_lapor_that_is_no_name_stays_no_officer(demo_actor) -> None:
    text = "MOHON LAPOR SAMBANG POS RONDA RT 02 RW 05"
    assert parse_message(text, today=TODAY, actor=demo_actor).officer_id is None
