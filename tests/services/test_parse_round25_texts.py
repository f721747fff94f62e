"""The chat-message parser, round 25, lane texts: where the appeal and the
findings end. Every example is invented (one worded unlike any corpus
message, and cases where the rule must not apply)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.doubt import _PLACEHOLDER
from sambang_tui.services.parse.sections import split

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a line or a last sentence that only says the situation ends a labelled value -----------
# (heldout38 "… jgn ditinggal. Situasi ramai, aman.", heldout41 "• pesan: …" then "aman smua",
# heldout43 "Pesan: …. Selesai aman. 📷 Foto terlampir")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Sambang pos ronda Jl. Anggrek RT 03 RW 02\n• pesan: jaga rumah kosong, kunci pagar\n"
            "aman smua\nAipda Rahmat",
            "jaga rumah kosong, kunci pagar",
        ),
        (
            "Sambang pangkalan ojek Jl. Melati, 6 pengemudi. Himbauan: jangan parkir di trotoar. "
            "Situasi ramai, aman.",
            "jangan parkir di trotoar.",
        ),
        (
            "Pengamanan lomba 17an di lapangan Jl. Dahlia. Pesan: pulang tertib, jangan ngebut. "
            "Selesai aman. 📷 Foto terlampir",
            "pulang tertib, jangan ngebut.",
        ),
        (
            # worded unlike any corpus message: the address after the calm word
            "DDS Jl. Cempaka RT 01 RW 05, 8 rumah\nHimbauan : kunci motor ganda\naman komandan",
            "kunci motor ganda",
        ),
    ],
)
def test_a_situation_said_after_a_labelled_value_is_no_part_of_it(text: str, message: str) -> None:
    assert parse_message(text, today=TODAY).message == message


def test_a_value_that_only_mentions_a_calm_word_keeps_it() -> None:
    # the calm word inside the appeal's own sentence stays in it
    text = "Sambang warga Jl. Anggrek. Pesan: jaga lingkungan tetap aman dan tertib."
    assert parse_message(text, today=TODAY).message == "jaga lingkungan tetap aman dan tertib."


def test_a_line_that_says_more_than_the_situation_goes_on_with_the_value() -> None:
    layout = split("Himbauan : kunci pagar\naman tapi perlu dipantau malam minggu")
    appeal = layout.first("message")
    assert appeal is not None
    assert appeal.value.endswith("aman tapi perlu dipantau malam minggu")


def test_a_situation_line_ends_the_findings_too() -> None:
    layout = split("Keluhan warga : lampu gang mati\namaan ndan\nAiptu Budi")
    findings = layout.first("findings")
    assert findings is not None and findings.value == "lampu gang mati"


# --- the form's prompt, one definition for the layout and the doubt check ------------------


@pytest.mark.parametrize("value", ["(isi)", "(isi pesan kamtibmas)", "Pesan: (isi pesan)"])
def test_the_forms_prompt_is_a_blank_both_ways(value: str) -> None:
    assert _PLACEHOLDER.search(value)
    layout = split(f"Pesan kamtibmas : {value}\nTempat : Jl. Anggrek")
    message = layout.first("message")
    assert message is not None and message.value == ""


def test_a_bracketed_remark_is_no_prompt() -> None:
    assert not _PLACEHOLDER.search("(isinya warga minta ronda)")


# --- a finding that only says nothing happened is no finding ------------------------------
# (heldout26 "…, tdk ada kejadian menonjol", heldout36 "Temuan: nihil, tdk ada keluhan",
# heldout43 "… situasi aman, tidak ada kejadian menonjol.")


@pytest.mark.parametrize(
    "text",
    [
        "Sambang pos ronda Jl. Anggrek RT 03 RW 02, 5 warga ronda, tdk ada kejadian menonjol. Aman",
        "Laporan DDS\nTempat : Jl. Melati RT 01 RW 04\nTemuan : nihil, tidak ada keluhan\n"
        "Himbauan : kunci pagar",
        # worded unlike any corpus message
        "Pengamanan jalan sehat warga di Jl. Dahlia. Sampai selesai aman, tak ada gangguan berarti.",
    ],
)
def test_nothing_happened_is_no_finding(text: str) -> None:
    assert parse_message(text, today=TODAY).findings == ""


@pytest.mark.parametrize(
    ("text", "findings"),
    [
        # what the people said stays, nothing-to-complain included (the first writers kept it)
        ("DDS Jl. Anggrek RT 02 RW 03, 8 rmh wrg, tdk ada keluhan. Aman", "tdk ada keluhan"),
        # more than nothing: the finding is kept whole
        (
            "Laporan DDS\nTempat : Jl. Melati RT 01 RW 04\n"
            "Temuan : tidak ada kejadian menonjol, warga minta lampu gang diganti",
            "tidak ada kejadian menonjol, warga minta lampu gang diganti",
        ),
    ],
)
def test_a_finding_that_says_more_keeps_its_words(text: str, findings: str) -> None:
    assert parse_message(text, today=TODAY).findings.rstrip(".") == findings
