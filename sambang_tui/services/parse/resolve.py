"""Turning the names a message states into database rows: the officer (by
NRP, name, or as the Bhabinkamtibmas assigned to the kelurahan named), the
kelurahan (misspellings forgiven within a strict similarity), and the
activity types. Needs a bound database."""

from __future__ import annotations

import datetime as dt
import re
from difflib import SequenceMatcher

from sambang_tui.db.models import Officer
from sambang_tui.services import lookup
from sambang_tui.services.actor import Actor
from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.officers import OfficerText
from sambang_tui.services.parse.places import PLACE_NOUNS, Mention

# a misspelt kelurahan must be this similar to exactly one name, and clearly
# closer to it than to any other
FUZZY_MIN = 0.8
FUZZY_MARGIN = 0.08


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a, b).ratio()


def match_kelurahan(
    words: tuple[str, ...], names: dict[str, lookup.Choice]
) -> lookup.Choice | None:
    """The kelurahan ``words`` start with: exactly (longest first), else by
    a unique close spelling of the first words."""
    for size in range(len(words), 0, -1):
        key = " ".join(words[:size]).casefold()
        if key in names:
            return names[key]
    for size in range(len(words), 0, -1):
        key = " ".join(words[:size]).casefold()
        if len(key) < 4:
            continue
        scored = sorted(((_similarity(key, n), n) for n in names), reverse=True)
        if not scored or scored[0][0] < FUZZY_MIN:
            continue
        if len(scored) > 1 and scored[0][0] - scored[1][0] < FUZZY_MARGIN:
            return None
        return names[scored[0][1]]
    return None


_AREA = r"\b(?:RT|RW)\b\.?\s*\d{1,3}(?:\s*(?:/|\s)\s*(?:(?:RT|RW)\b\.?\s*)?\d{1,3}(?!\d))?"
_AFTER_AREA = re.compile(rf"(?:{_AREA})\s*,?\s*([A-Za-z][A-Za-z'-]{{3,}})", re.I)
_BEFORE_AREA = re.compile(
    rf"(?<![\w.])(?:(\w+)\.?\s+)?([A-Za-z][A-Za-z'-]{{3,}})\s*,?\s*(?={_AREA})", re.I
)
_NOT_BEFORE = frozenset(
    {*PLACE_NOUNS, "raya", "kel", "kelurahan", "kec", "kecamatan", "ketua", "pak", "bu"}
)


def _adjacent_to_area(text: str, names: dict[str, lookup.Choice]) -> lookup.Choice | None:
    """A kelurahan named right beside an RT/RW group (``RT 03/05 Kwitang``,
    ``Kramat RT 06/RW 09``), not as part of a street (``Jl. Kramat RT 01``);
    only when every such mention names the same one."""
    if not names:
        return None
    found: dict[int, lookup.Choice] = {}
    for m in _AFTER_AREA.finditer(text):
        if (choice := match_kelurahan((m.group(1),), names)) is not None:
            found[choice.id] = choice
    for m in _BEFORE_AREA.finditer(text):
        if (m.group(1) or "").casefold() in _NOT_BEFORE:
            continue
        if (choice := match_kelurahan((m.group(2),), names)) is not None:
            found[choice.id] = choice
    return next(iter(found.values())) if len(found) == 1 else None


def resolve(
    parsed: ParsedMessage,
    actor: Actor,
    today: dt.date,
    mentions: list[Mention],
    officer: OfficerText | None,
    visit_text: str,
    someone_named: bool = False,
) -> None:
    day = parsed.date or today
    names = {c.label.casefold(): c for c in lookup.kelurahan(actor, "", limit=1000)}

    kelurahan: lookup.Choice | None = None
    bhabin_kelurahan: lookup.Choice | None = None
    for mention in mentions:
        choice = match_kelurahan(mention.words, names)
        if choice is None:
            continue
        if mention.bhabin and bhabin_kelurahan is None:
            bhabin_kelurahan = choice
        if kelurahan is None:
            kelurahan = choice
    if kelurahan is None:
        kelurahan = _adjacent_to_area(visit_text, names)

    officer_choice: lookup.Choice | None = None
    if officer is not None:
        words = officer.name.split()
        # "Dwi Hartono Sambang" is "Dwi Hartono": shorter names after the full one
        tries = [" ".join(words[:size]) for size in range(len(words), 1, -1)] or words
        for key in (officer.nrp, *tries):
            if key and (officer_choice := lookup.resolve_officer(actor, key)):
                break
    elif bhabin_kelurahan is not None or (kelurahan is not None and not someone_named):
        # "Bhabinkamtibmas Kel. X", or a message naming nobody: the Bhabin of
        # the kelurahan; not when it names someone else (a quoted Kapolsek)
        area = bhabin_kelurahan or kelurahan
        assigned = lookup.assigned_officers(area.id, day)
        if len(assigned) == 1:
            found = Officer.get_or_none(Officer.id == assigned[0])
            if found is not None and found.station_id == actor.station_id:
                officer_choice = lookup.Choice(found.id, lookup.officer_label(found), found.role)
    if officer_choice is not None:
        parsed.officer_id = officer_choice.id
        parsed.officer_label = officer_choice.label
        if kelurahan is None:
            kel_id = lookup.assigned_kelurahan(officer_choice.id, day)
            kelurahan = next((c for c in names.values() if c.id == kel_id), None)

    if kelurahan is not None:
        parsed.kelurahan = kelurahan.label
        parsed.kelurahan_id = kelurahan.id

    by_code = {t.code: t.id for t in lookup.activity_types("", limit=1000)}
    parsed.type_ids = [by_code[code] for code in parsed.types if code in by_code]
    parsed.types = [code for code in parsed.types if code in by_code]
