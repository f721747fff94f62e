"""One activity's part of a message and what makes a stretch of text one:
it names an activity type and a time or a place of its own, and the parts
of a message differ (``activities.py`` finds where they may begin)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sambang_tui.services.parse import activity, numerals, officers, places, times
from sambang_tui.services.parse.area import find_area
from sambang_tui.services.parse.model import ParsedMessage


@dataclass
class Part:
    """One activity's text, with what the whole message shares around it."""

    text: str
    own: str  # the activity's own lines, without the shared head and tail
    shares_date: bool = True  # a part without a date of its own takes the message's


def has_activity(text: str) -> bool:
    return bool(activity.find_types(activity.classified(text)))


def has_when_or_where(text: str) -> bool:
    fixed = activity.classified(text)
    area = find_area(numerals.as_digits(text))
    return bool(
        times.find_time(fixed)
        or times.find_time(fixed, bare=True)
        or area.rw is not None
        or area.rt is not None
        or places.place_from_prose(text)
    )


def distinct(parts: list[str]) -> bool:
    """Each part tells another activity: another type, time or place."""
    seen = set()
    for part in parts:
        fixed = activity.classified(part)
        area = find_area(numerals.as_digits(part))
        seen.add(
            (
                tuple(activity.find_types(fixed)),
                times.find_time(fixed, bare=True),
                places.place_from_prose(part),
                area.rw,
                area.rt,
            )
        )
    return len(seen) == len(parts)


# "- pagi sambang pedagang pasar …", "- ba'da maghrib patroli …": a list item opening with its
# part of the day says when, as its own clock time would
DAYPART_ITEM = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|[a-hA-H][.)]|[-•*▪·])?\s*(?:pagi|siang|sore|malam|mlm|subuh"
    r"|ba'?da\s+\w+|selepas\s+\w+)(?:\s+hari(?:nya)?)?\b",
    re.I,
)


def valid(parts: list[str], items: bool = False) -> bool:
    return (
        len(parts) >= 2
        and all(
            has_activity(p) and (has_when_or_where(p) or (items and DAYPART_ITEM.match(p)))
            for p in parts
        )
        and distinct(parts)
    )


def assemble(
    lines: list[str], bounds: list[tuple[int, int]], head_end: int, tail_start: int
) -> list[Part]:
    head = "\n".join(lines[:head_end]).strip()
    tail = "\n".join(lines[tail_start:]).strip()
    out = []
    for start, end in bounds:
        own = "\n".join(lines[start:end]).strip()
        # the shared tail after a blank line: no item's value goes on into it
        body = "\n".join(p for p in (head, own) if p)
        out.append(Part("\n\n".join(p for p in (body, tail) if p), own))
    return out


def one_reporter(reports: list[ParsedMessage], parts: list[Part]) -> None:
    """Every report of one message gets the same reporting officer: a
    part that says whom he helped ("bantu Bhabin Senen", "Aiptu Heri cuti")
    names another Bhabin, not the writer. The writer is the officer a
    report took from what the parts share (the greeting, the signature),
    else the first report's."""
    named = [r for r in reports if r.officer_id is not None] or [r for r in reports if r.officer]
    if not named or _each_headed_by_its_officer(parts):
        return
    lead = named[0]
    for report, part in zip(reports, parts, strict=True):
        shared = part.text.replace(part.own, "\n").casefold()
        if report in named and report.officer and report.officer.casefold() in shared:
            lead = report
            break
    for report in reports:
        report.officer, report.officer_id = lead.officer, lead.officer_id
        report.officer_label = lead.officer_label
        if "officer_ids" in lead.doubtful:
            report.doubtful.add("officer_ids")
        else:
            report.doubtful.discard("officer_ids")


# an item's marker before what heads it: "1) ", "b. ", "- "
_ITEM_MARK = re.compile(r"\s*(?:\(?\d{1,2}[.)]|[a-hA-H][.)]|[-•*])?\s*")


def _each_headed_by_its_officer(parts: list[Part]) -> bool:
    """Whether every part opens with an officer of its own, each another
    ("1) Aipda Joko – Kwitang: …" / "2) Bripka Dwi – Kramat: …"): the desk's
    recap of several Bhabins' reports, not one writer's."""
    heads = []
    for part in parts:
        own = part.own.strip()
        found = officers.find_officer([], own, [])
        lead = _ITEM_MARK.match(own)
        if found is None or lead is None or not own[lead.end() :].startswith(found.text):
            return False
        heads.append(found.name.casefold())
    return len(set(heads)) == len(heads) > 1
