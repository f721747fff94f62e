"""The chat-message parser, round 18's invariance lane for typing slips: a
cue word with two neighbouring letters swapped, a letter left out or one
doubled ("meynampaikan", "selsai", "sampaii") reads as the word, and the
texts copied into the form keep the writer's own spelling. Look-alikes stay
as written: everyday words a letter away from a cue ("sampah", "maling",
"tenang"), a slip in a first letter, names after a title. Every example is
invented."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from sambang_tui.services.parse import fuzzy, parse_message
from sambang_tui.services.parse.cue_words import cue_words
from sambang_tui.services.parse.model import ParsedMessage

TODAY = dt.date(2026, 3, 12)  # a Thursday

FIELDS = ("date", "start_time", "end_time", "rw", "rt", "types", "audience", "situation")
TEXTS = ("place", "message", "findings")


def _slipped(text: str, slips: dict[str, str]) -> str:
    return re.sub(r"[A-Za-z]+", lambda m: slips.get(m.group(0), m.group(0)), text)


def _same_reading(written: ParsedMessage, slipped: ParsedMessage, slips: dict[str, str]) -> None:
    for name in FIELDS:
        assert getattr(slipped, name) == getattr(written, name), name
    for name in TEXTS:
        assert getattr(slipped, name) == _slipped(getattr(written, name), slips), name


# --- slips in the words the readers look for -------------------------------------------------

SLIPPED = [
    (  # swapped: the appeal's verb, the range's end, the speaker's verb
        "Rabu 11/03/2026 pkl 09.00 s/d 10.30 Bripka Tono sambang ke warung kopi Jl. Anggrek Raya "
        "RT 02 RW 05, bertemu pemilik warung dan 6 orang pengemudi ojek. Warga menyampaikan ada "
        "pencurian helm di parkiran sepekan lalu. Bripka Tono menghimbau agar helm dibawa masuk. "
        "Situasi aman kondusif.",
        {"menyampaikan": "meynampaikan", "menghimbau": "mengihmbau", "kondusif": "kodnusif"},
    ),
    (  # left out: the end of the visit, the crowd's group word, the situation
        "Selasa 10 Maret 2026 pukul 19.30 Aiptu Darto melaksanakan penyuluhan di Balai Warga RW 04 "
        "kepada 30 orang warga. Aiptu Darto mengingatkan warga agar mengunci pintu dan jendela "
        "sebelum tidur. Kegiatan selesai pukul 21.00 dengan situasi aman terkendali.",
        {"selesai": "selsai", "mengingatkan": "mengigatkan", "terkendali": "terkndali"},
    ),
    (  # doubled: the place's noun and the people met
        "Kamis 12/3/2026 jam 16.00 Aipda Heru patroli dialogis di pangkalan ojek depan pasar "
        "Jl. Melati, ngobrol dengan 8 pengemudi ojek. Aipda Heru menghimbau agar tidak "
        "menerima penumpang mencurigakan. Situasi kondusif.",
        {"pangkalan": "pangkallan", "menghimbau": "menghimbauu", "mencurigakan": "mencurriigakan"},
    ),
]


@pytest.mark.parametrize(("text", "slips"), SLIPPED)
def test_a_slip_in_a_cue_word_reads_as_the_word(text: str, slips: dict[str, str]) -> None:
    written = parse_message(text, today=TODAY)
    assert written.message and written.situation
    _same_reading(written, parse_message(_slipped(text, slips), today=TODAY), slips)


def test_the_texts_keep_the_slip_where_the_word_is_also_written_right() -> None:
    text = (
        "Rabu 11/03/2026 pkl 10.00 Bripka Tono sambang ke rumah Ketua RT 03 RW 02. Beliau "
        "menyampaikan warga resah soal parkir liar. Bripka Tono meynampaikan agar warga tidak "
        "memarkir motor di badan jalan. Situasi aman."
    )
    parsed = parse_message(text, today=TODAY)
    assert "meynampaikan agar warga" in parsed.message
    assert "Beliau menyampaikan warga resah" in parsed.findings


# --- look-alikes: everyday words, first letters, names ------------------------------------


@pytest.mark.parametrize(
    ("word", "cue"),
    [
        ("meynampaikan", "menyampaikan"),  # swapped
        ("selsai", "selesai"),  # left out
        ("sampaii", "sampai"),  # doubled
        ("masjd", "masjid"),  # a vowel between consonants out of a short word
        ("kaatnya", "katanya"),  # swapped, and a doubled "katnya": the swap wins
    ],
)
def test_a_slip_is_read_as_its_cue(word: str, cue: str) -> None:
    assert fuzzy.slip_of(word) == cue


@pytest.mark.parametrize(
    "word",
    [
        "sampah",  # a letter typed for another: "sampai"
        "bencana",  # "rencana"
        "bambang",  # a first letter: "sambang"
        "operasi",  # "koperasi"
        "malam",  # a consonant out of a short word: "malkam"
        "tetap",  # a last vowel: "tetapi"
        "maling",  # an everyday word: "malming"
        "tenang",  # "tentang"
        "sesuai",  # "seusai"
    ],
)
def test_an_everyday_word_near_a_cue_stays(word: str) -> None:
    assert fuzzy.slip_of(word) is None


def test_maling_is_no_saturday_night() -> None:
    text = "ngobrol sama satpam pasar ttg maling helm. aman. tono"
    assert parse_message(text, today=TODAY).date is None


def test_a_name_after_a_title_stays() -> None:
    mended = fuzzy.correct_message("ketemu Pak Sambnag dan ustadz meynampaikan pesan")
    assert "Pak Sambnag" in mended.text
    assert "ustadz menyampaikan" in mended.text  # a long lower-case word is no name


def test_the_cue_words_include_those_a_function_builds_its_pattern_from() -> None:
    cues = set(cue_words())
    assert {"kesempatan", "menyampaikan", "selesai", "kelurahan", "kondusif"} <= cues


# --- the station's own names ---------------------------------------------------------------


def test_a_slip_in_a_street_name_finds_the_kelurahan(demo_actor) -> None:
    text = "sambang pos ronda jl {} sentiong rt 02 rw 07, ketemu 4 warga. aman. aipda yusuf"
    written = parse_message(text.format("kramat"), today=TODAY, actor=demo_actor)
    slipped = parse_message(text.format("krmaat"), today=TODAY, actor=demo_actor)
    assert written.kelurahan
    assert slipped.kelurahan == written.kelurahan
