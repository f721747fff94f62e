"""How groups written side by side join: one group named twice or in two
words ("pemuda karang taruna 6 orang"), a count that closes a list, and a
group that only says what the people before it are ("… yang menjadi
panitia"); read by ``audience``."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_words import Mention


def merge_adjacent(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "pemuda karang taruna 6 orang", "ibu-ibu jamaah": groups of one
    category written side by side are one group of people."""
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        between = text[last.end : mention.start] if last is not None else ""
        # "Toga (Ustadz Hasan)"; not a list's lines, each with its own count
        side_by_side = re.fullmatch(r"[\s/(]*", between) and not (
            "\n" in between and mention.written and last is not None and last.written
        )
        # "± 30 orang pelajar dan anggota karang taruna": one count for both
        listed = (
            re.fullmatch(r"\s*(?:,|dan|serta|&|\+)\s*", between)
            and last is not None
            and last.written
            and mention.count is None
            and not mention.group.startswith("person:")
        )
        # "para pengemudi ojol dan pedagang sebanyak ± 12 orang": the count closes the list
        closed = (
            re.fullmatch(r"\s*(?:,|dan|serta|&)\s*", between)
            and last is not None
            and last.plural
            and last.count is None
            and mention.written
            and mention.start >= last.end
            and not re.match(r"\d", text[mention.start : mention.end])
        )
        if last is not None and last.category == mention.category and (side_by_side or listed):
            count = mention.count if mention.count is not None else last.count
            written = last.written or mention.written
            out[-1] = Mention(last.start, mention.end, last.category, last.group, count, written)
            continue
        if last is not None and last.category == mention.category and closed:
            out[-1] = Mention(
                last.start, mention.end, last.category, last.group, mention.count, True
            )
            continue
        out.append(mention)
    return out


# "… yang menjadi panitia", "… selaku panitia": what the people just named are
_AS_WHAT = re.compile(
    r"(?:\b(?:yang|yg)\s+(?:menjadi|jadi|bertugas\s+sebagai)|\bselaku|\bsebagai)\s+$", re.I
)


def described(text: str, mentions: list[Mention]) -> list[Mention]:
    """A group that only says what others are is no group of its own: "4
    pemuda yang menjadi panitia" are four pemuda; "panitia dari karang
    taruna (6 org)" are six of the karang taruna; "12 mahasiswa penghuni"
    are twelve."""
    out: list[Mention] = []
    for index, mention in enumerate(mentions):
        later = mentions[index + 1] if index + 1 < len(mentions) else None
        described = mention.count is None and not mention.group.startswith("person:")
        if described and out and _AS_WHAT.search(text[out[-1].end : mention.start]):
            continue
        if (
            described
            and mention.category == "warga"
            and out
            and out[-1].written
            and re.fullmatch(r"[ \t]+", text[out[-1].end : mention.start])
        ):
            continue  # "12 mahasiswa penghuni"
        if (
            described
            and ":" not in mention.group
            and later is not None
            and re.fullmatch(r"\s+(?:dari|dr)\s+", text[mention.end : later.start])
        ):
            continue  # "panitia dari karang taruna": the karang taruna
        out.append(mention)
    return out
