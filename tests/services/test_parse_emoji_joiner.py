"""A pasted message keeps its emoji as sent: a zero-width joiner that makes
two emoji one (👮‍♂️, a family 👨‍👩‍👧) stays in the appeal and the findings
the form is filled with — a tester found 👮‍♂️ stored and exported as 👮♂️ —
while a joiner anywhere else is an invisible character and goes, as
zero-width spaces do, so that words still match."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.normalise import normalise

TODAY = dt.date(2026, 12, 7)  # a Monday


@pytest.mark.parametrize(
    "emoji",
    ["👮\u200d♂️", "👨\u200d👩\u200d👧", "🧑🏽\u200d🚒", "🏳️\u200d🌈"],
    ids=["officer", "family", "tone", "flag"],
)
def test_a_joined_emoji_is_kept_whole(emoji: str) -> None:
    text = (
        "Senin 7/12 pkl 19.30 sambang pos ronda RT 03 RW 05 Kel. Kenari. "
        f"Himbau warga agar tidak mudah terprovokasi {emoji}. Aman. Bripka Agus"
    )
    parsed = parse_message(text, today=TODAY)
    assert parsed.message == f"Himbau warga agar tidak mudah terprovokasi {emoji}."


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("wa\u200drga", "warga"),  # inside a word
        ("ronda \u200d.", "ronda."),  # after a space
        ("aman\u200d 👍", "aman 👍"),  # before a space, after a letter
        ("\u200d👍", "👍"),  # before an emoji with nothing to join
    ],
)
def test_a_joiner_joining_no_emoji_goes(written: str, read: str) -> None:
    assert normalise(written) == read
