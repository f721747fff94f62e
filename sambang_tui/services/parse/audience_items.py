"""Items of a template's list of whom the officer met, read by ``audience``:
items left blank (no one met), counts written as a labelled value, and items
that name no known group. The rulings make a template's list decide who
was met and ``other`` the catch-all, so a counted item of that list whose
words name none of the groups ("relawan tagana 2 org", "petugas PPSU 4
org", "ormas 4 orang") is that many people of ``other``."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_words import ABOUT, GROUPS, PERSON, UNIT, group_at
from sambang_tui.services.parse.vocabulary import HOUSEHOLDS

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


# a template's item left unfilled: "- Tomas : -", "- Toga :", "• Pemuda : nihil", "- Warga : ...."
_UNFILLED_ITEM = re.compile(
    r"^(?P<label>[ \t]*(?:[A-Za-z][A-Za-z ]{0,30}:[ \t]*)?)"  # the list's label, on its first item's line
    r"(?:[-•*▪►]|\d{1,2}[.)]|[a-hA-H][.)])[ \t]*[A-Za-z][A-Za-z /.]{0,30}?[ \t]*:"
    r"[ \t]*(?:-+|\.+|…|nihil|tidak\s+ada|tdk\s+ada|0)?[ \t]*(?:org|orang)?[ \t]*$",
    re.I | re.M,
)


def unfilled(said: str) -> str:
    """A template's list without the items left blank (the rulings: a field
    left ``-``, ``nihil`` or blank is null): "- Tomas : -" names no one met."""
    return _UNFILLED_ITEM.sub(lambda m: m.group("label"), _witnesses_unlabelled(said))


# a dispute form's "Saksi : Ketua RT 05 …": the label heads whom it names and is no election
# witness (other) of its own
_WITNESS_LABEL = re.compile(r"^(?:para\s+)?saksi(?:-saksi|2)?[ \t]*:", re.I | re.M)


def _witnesses_unlabelled(said: str) -> str:
    """``said`` without a witnesses' label whose list names someone; over a
    bare count ("Saksi : 3 org") it stays, the only kind said."""

    def one(m: re.Match[str]) -> str:
        line = said[m.end() :].partition("\n")[0]
        # (its colon stays: the name above is no name of the role after, "Bpk. X\nKetua RT")
        return f"{' ' * (len(m.group(0)) - 1)}:" if _names_group(line, 0, len(line)) else m.group(0)

    return _WITNESS_LABEL.sub(one, said)


# "Jumlah KK dikunjungi : 10", "- Ketua RT : 1 org": a group as a label, its number the value
_LABELLED_COUNT = re.compile(
    r"^(?P<lead>[ \t]*(?:(?:[A-Za-z][A-Za-z ]{0,30})?:[ \t]*)?(?:[-•*][ \t]*|(?:\d{1,2}|[a-hA-H])[.)][ \t]*)?)"
    r"(?:jumlah\s+)?(?P<group>[A-Za-z][A-Za-z0-9 /.-]{0,40}?)"
    r"(?:\s+(?:yang\s+|yg\s+)?(?:dikunjungi|hadir|ditemui|disambangi))?\s*:\s*"
    rf"(?P<count>{ABOUT}\d{{1,4}})\s*(?:{UNIT})?\W*$",
    re.I | re.M,
)


# labels of a count that name no kind of people ("- Jumlah : 20", "- Total : 35 org")
_NO_GROUP = re.compile(
    r"(?:jumlah|total|hadir|yang\s+hadir|yg\s+hadir|peserta|orang|personil|personel|anggota|jam|pukul"
    r"|waktu|durasi|foto|dokumentasi|rt|rw|no|nomor|usia|umur)\b",
    re.I,
)


def counts_labelled(text: str) -> str:
    """A count written as a labelled value, as the count before its group."""

    def swap(m: re.Match[str]) -> str:
        group = m.group("group").strip()
        if not group_at(group, 0) and not re.fullmatch(HOUSEHOLDS, group, re.I):
            if not re.search(r"[-•*]", m.group("lead")) or _NO_GROUP.match(group):
                return m.group(0)
            # a listed line whose label is none of the groups: people met, of "other"
            slug = re.sub(r"\W+", "-", group.casefold())
            return f"{m.group('lead')}{m.group('count')} lainnya:{slug}"
        return f"{m.group('lead')}{m.group('count')} {m.group('group')}"

    return _LABELLED_COUNT.sub(swap, text)
