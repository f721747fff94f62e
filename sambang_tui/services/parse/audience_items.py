"""Items of a template's list of whom the officer met that name no known
group: read by ``audience``. The rulings make a template's list decide who
was met and ``other`` the catch-all, so a counted item of that list whose
words name none of the groups ("relawan tagana 2 org", "petugas PPSU 4
org", "ormas 4 orang") is that many people of ``other``."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_words import ABOUT, GROUPS, PERSON

# a headcount's unit: people, not stalls or the households a resident count is written in
_PEOPLE = r"(?:orang|orng|org\.?|personil|personel)"

# one item of a list: a few words, then its count of people, closed by the list's next
# separator ("pak RT 09, bpk2 ronda 4 org, relawan tagana 2 org")
_COUNTED_ITEM = re.compile(
    r"(?:(?<=[:,;+&])|(?<=\bdan)|(?<=\bserta)|^)(?P<lead>[ \t]*)"
    r"(?P<words>[A-Za-z][\w./'-]*(?:[ \t]+[A-Za-z][\w./'-]*){0,4}?)"
    rf"[ \t]+(?P<count>{ABOUT}\d{{1,4}})[ \t]*{_PEOPLE}"
    r"(?=[ \t]*(?:[,;+&]|\b(?:dan|serta)\b|\n|$))",
    re.I | re.M,
)

# words that count no kind of people ("jumlah 20 org", "total 35 orang", "hadir 12 org") or say
# who they are without naming a group ("lainnya 3 org": someone else's)
_NO_KIND = re.compile(
    r"(?:jumlah|total|hadir|yang\s+hadir|yg\s+hadir|peserta|sebanyak|kurang|lebih|sekitar|lainnya"
    r"|dan|serta|lalu|dengan|dgn|ketemu|bertemu|ktm)\b",
    re.I,
)


def unknown_counted(said: str) -> str:
    """``said`` with each counted item naming no group written as a count of
    ``other`` ("relawan tagana 2 org" → "2 lainnya:relawan-tagana")."""

    def one(m: re.Match[str]) -> str:
        words = m.group("words")
        if _names_group(m.string, m.start("words"), m.end("words")) or _NO_KIND.match(words):
            return m.group(0)
        slug = re.sub(r"\W+", "-", words.casefold()).strip("-")
        return f"{m.group('lead')}{m.group('count')} lainnya:{slug}"

    return _COUNTED_ITEM.sub(one, said)


def _names_group(text: str, start: int, end: int) -> bool:
    """Whether a group or a person is named between ``start`` and ``end``,
    read in its place ("perwakilan PKL 3 org": no trader's word before a
    number, as the groups read it)."""
    if PERSON.match(text, start):
        return True
    for *_, pattern, _singular in GROUPS:
        found = pattern.search(text, start)
        if found is not None and found.start() < end:
            return True
    return False
