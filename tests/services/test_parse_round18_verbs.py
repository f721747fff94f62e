"""Round 18, verbs: the appeal and what was told read from the shape of the
sentence and the family of its verb, whichever verb of the family a writer
picks and in whichever voice — and a look-alike that must stay as it is
(invented messages)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.verbs import active, voices

TODAY = dt.date(2025, 3, 10)
PROSE = (
    "Sambang warga RT 03 RW 05 Kel. Kenari, Senin 10/3/2025 pukul 09.00. {} Situasi aman kondusif."
)
TERSE = "dds rt 3 rw 5 kenari 10/3 jam 9, ktm 6 warga{} aman"


def _read(template: str, body: str) -> tuple[str, str]:
    parsed = parse_message(template.format(body), TODAY)
    return parsed.message or "", parsed.findings or ""


@pytest.mark.parametrize(
    ("root", "expected"),
    [
        ("tekan", "menekan"),
        ("ingat", "mengingat"),
        ("saran", "menyaran"),
        ("lapor", "melapor"),
        ("adu", "mengadu"),
        ("cerita", "mencerita"),
        ("protes", "memprotes"),
        ("khawatir", "mengkhawatir"),
        ("beritahu", "memberitahu"),
    ],
)
def test_the_me_prefix_as_the_root_takes_it(root: str, expected: str) -> None:
    assert active(root) == expected
    assert voices(root)["passive"] == f"di{root}kan"


@pytest.mark.parametrize(
    "verb", ["menganjurkan", "menyarankan", "mengingatkan", "menyerukan", "menekankan"]
)
def test_any_verb_of_directing_is_the_appeal_as_menghimbau_is(verb: str) -> None:
    sentence = "Bripka Dwi Hartono {} warga agar mengunci pintu pagar setiap malam."
    assert _read(PROSE, sentence.format("menghimbau"))[0] == sentence.format("menghimbau")
    assert _read(PROSE, sentence.format(verb)) == (sentence.format(verb), "")


@pytest.mark.parametrize("verb", ["disarankan", "dianjurkan", "ditekankan", "diingatkan"])
def test_the_passive_appeal_whatever_its_verb(verb: str) -> None:
    sentence = "Para pedagang {} untuk tidak menaruh uang di laci."
    assert _read(PROSE, sentence.format("diimbau"))[0] == sentence.format("diimbau")
    assert _read(PROSE, sentence.format(verb))[0] == sentence.format(verb)


@pytest.mark.parametrize("verb", ["tekankan", "ingatkan", "anjurkan", "arahkan"])
def test_a_terse_item_opening_with_the_bare_verb(verb: str) -> None:
    assert _read(TERSE, ", himbau jaga kebersihan,")[0] == "himbau jaga kebersihan"
    assert _read(TERSE, f", {verb} jaga kebersihan,")[0] == f"{verb} jaga kebersihan"


@pytest.mark.parametrize("verb", ["Tekankan", "Ingatkan", "Arahkan"])
def test_the_bare_verb_written_as_a_label(verb: str) -> None:
    assert _read(TERSE, f". {verb}: jgn parkir di trotoar.")[0] == "jgn parkir di trotoar."


@pytest.mark.parametrize("verb", ["ingatkan", "tekankan", "arahkan"])
def test_the_officer_in_the_first_person(verb: str) -> None:
    sentence = f"Sy {verb} jgn tinggal kunci di motor."
    assert _read(TERSE, f". {sentence}")[0] == sentence


def test_a_verb_of_commanding_after_the_officer_needs_no_agar() -> None:
    sentence = "Bripka Dwi Hartono mengarahkan warga mengunci pintu pagar setiap malam."
    assert _read(PROSE, sentence)[0] == sentence
    assert _read(TERSE, ". Diarahkan pulang sblm jam 23.")[0] == "Diarahkan pulang sblm jam 23."


def test_a_steering_verb_with_a_direction_after_whom_it_is_made_to() -> None:
    sentence = (
        "Dalam kesempatan itu petugas menginstruksikan kepada para juru parkir agar memakai rompi."
    )
    assert _read(PROSE, sentence)[0] == sentence


@pytest.mark.parametrize(
    "body",
    [
        # the officer stating, not directing
        "Bripka Dwi Hartono menegaskan bahwa tidak ada pungutan resmi di pasar.",
        "Bripka Dwi memastikan bahwa patroli malam akan ditambah.",
    ],
)
def test_the_officer_stating_is_no_appeal_nor_a_finding(body: str) -> None:
    assert _read(PROSE, body) == ("", "")


def test_where_a_victim_was_sent_is_no_appeal() -> None:
    assert _read(TERSE, ". sdh diarahkan buat LP ke polsek.")[0] == ""


def test_a_resident_asking_is_a_wish_not_the_appeal() -> None:
    sentence = "Warga menyarankan agar pos ronda diaktifkan kembali."
    assert _read(PROSE, sentence) == ("", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Warga mengadukan lampu jalan di gang mati sejak seminggu.",
        "Warga mengadu parkir liar di mulut gang.",
        "Pemilik warung memprotes pungutan liar di depan kios.",
        "Ketua RT menuturkan bahwa ada dua motor hilang bulan ini.",
        "Ketua RT mengungkapkan bahwa ada dua motor hilang bulan ini.",
        # any verb before "bahwa", any before a complaint noun
        "Ketua RT berkisah bahwa ada dua motor hilang bulan ini.",
        "Para pedagang mengutarakan keluhan soal parkir liar di depan pasar.",
    ],
)
def test_what_the_people_met_told_whatever_the_verb(sentence: str) -> None:
    written = "Warga mengeluhkan lampu jalan di gang mati sejak seminggu."
    assert _read(PROSE, written) == ("", written)
    assert _read(PROSE, sentence) == ("", sentence)


def test_what_they_were_asked_is_no_speaker() -> None:
    # "melapor" is a verb of telling, but the people here were asked to report
    sentence = "Para jemaat diimbau untuk segera melapor bila melihat orang mencurigakan."
    assert _read(PROSE, sentence) == (sentence, "")


def test_a_told_verb_after_agar_is_what_the_appeal_asks() -> None:
    text = (
        "izin melaporkan hari senin tanggal sepuluh maret saya bripka dwi hartono melaksanakan "
        "sambang di rt nol tiga rw nol lima kelurahan kenari bertemu dua puluh warga keluhan "
        "warga banyak kabel menjuntai himbauan agar warga melapor bila ada kabel putus situasi aman"
    )
    assert parse_message(text, TODAY).message == "agar warga melapor bila ada kabel putus"


def test_an_everyday_word_one_slip_from_a_new_verb_stays() -> None:
    body = "Dibantu 4 linmas. Arak-arakan selesai jam 22.15, situasi aman kondusif."
    assert _read(PROSE, body)[0] == ""
