"""The officer speaking on in dictated text: a clause after a meeting that
goes on to his appeal ("… bertemu ketua rw dan warga menyampaikan himbauan
agar …"), read in ``texts``."""

from __future__ import annotations

import re

# a dictated clause going on from a meeting: "[ketua rw dan warga] menyampaikan himbauan agar …"
SERIAL_APPEAL = re.compile(
    r"(?P<who>(?:\w+\s+){0,6}?)(?:menyampaikan|sampaikan|memberikan|memberi)\s+"
    r"(?:(?:himbauan|imbauan|pesan)(?:\s+kamtibmas)?\s+)?(?=(?:agar|supaya|biar)\b)",
    re.I,
)
# the same, dictated in one run: "… ketemu tiga pedagang sampaikan agar … situasi aman"
MET_THEN_APPEAL = re.compile(
    r"\b(?:bertemu|ketemu|menemui|berdialog|bertatap\s+muka|ngobrol)\b[^.!?]{0,80}?\s"
    r"(?P<verb>(?:(?:kami|saya|sy|ane|aku)\s+)?(?:menyampaikan|sampaikan|memberikan|memberi)\s+"
    r"(?:(?:himbauan|imbauan|pesan)(?:\s+kamtibmas)?\s+)?)(?=(?:agar|supaya|biar)\b)",
    re.I,
)
SITUATION_AFTER = re.compile(
    r"\s(?=(?:situasi|sit|kondisi)\s+(?:aman|kondusif|terkendali|rawan|waspada))", re.I
)
MET = re.compile(r"\b(?:bertemu|ketemu|menemui|berdialog|bertatap\s+muka|ngobrol)\b", re.I)


def met_run_on(before: tuple[int, str], paragraph: int) -> bool:
    """Whether the clause ``before`` is a dictated meeting run on into the next
    one (the same paragraph, no full stop)."""
    where, text = before
    return (
        where == paragraph
        and bool(MET.search(text))
        and not text.rstrip().endswith((".", "!", "?"))
    )
