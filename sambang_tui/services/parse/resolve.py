"""Turning the names a message states into database rows: the officer (by
NRP, name, or as the Bhabinkamtibmas assigned to the kelurahan named), the
kelurahan (misspellings forgiven within a strict similarity), and the
activity types. Needs a bound database."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from difflib import SequenceMatcher

from sambang_tui.db.models import Officer
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master import lookup
from sambang_tui.services.parse import fuzzy, numerals
from sambang_tui.services.parse.area import ROLE_BEFORE
from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.officers import OfficerText
from sambang_tui.services.parse.places import Mention, clean_place, place_at, venue_ending
from sambang_tui.services.parse.vocabulary import PLACE_NOUNS

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
        if len(key) < 4 or key in fuzzy.KNOWN:
            continue  # "Senin" is a weekday, not a misspelt Senen
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


def _street_from(text: str, start: int, streets: Iterable[str]) -> str:
    """The station street of two words or more starting at ``start`` ("RW 07
    kramat bunder", "RT 4/5 Kramat Sawah"), or "": the kelurahan's name
    there is the street's, written without "Jl." (Kramat Bunder lies in Senen)."""
    ahead = " ".join(re.findall(r"[\w'-]+", text[start : start + 60].casefold()))
    return next((s for s in streets if " " in s and re.match(rf"{re.escape(s)}\b", ahead)), "")


def _adjacent_to_area(
    text: str, names: dict[str, lookup.Choice], streets: Iterable[str] = ()
) -> lookup.Choice | None:
    """A kelurahan named right beside an RT/RW group (``RT 03/05 Kwitang``,
    ``Kramat RT 06/RW 09``), not as part of a street (``Jl. Kramat RT 01``,
    ``RW 07 Kramat Bunder``); only when every such mention names the same one."""
    if not names:
        return None
    found: dict[int, lookup.Choice] = {}
    for m in _AFTER_AREA.finditer(text):
        if _street_from(text, m.start(1), streets):
            continue
        if (choice := match_kelurahan((m.group(1),), names)) is not None:
            found[choice.id] = choice
    for m in _BEFORE_AREA.finditer(text):
        if (m.group(1) or "").casefold() in _NOT_BEFORE:
            continue
        if (choice := match_kelurahan((m.group(2),), names)) is not None:
            found[choice.id] = choice
    return next(iter(found.values())) if len(found) == 1 else None


# --- streets the station's own reports place in one kelurahan -----------------------

_STREET_NAME = re.compile(
    r"\b(?:jl|jln|jalan)\b\.?\s*(?P<name>[A-Za-z][\w'-]*(?:\s+(?:[A-Za-z][\w'-]*|[IVX]{1,4}|\d{1,2})){0,3})",
    re.I,
)
_NOT_STREET_WORD = re.compile(
    r"^(?:rt|rw|no|nomor|kel|kelurahan|kec|kecamatan|gg|gang|blok|dan|di|ke|pada|pukul|pkl|jam|sekitar|"
    r"bersama|dengan|yang|depan|samping|belakang|jakarta|kota)$",
    re.I,
)
_MIN_REPORTS = 2  # a street seen this often, always in the same kelurahan, tells it
_HISTORY = 5000  # the station's latest reports read for it
_street_cache: dict[tuple[object, ...], tuple[dict[str, int], frozenset[str]]] = {}


def street_names(text: str) -> list[str]:
    """The streets ``text`` names, lower case, without "Jl."/"Jalan"."""
    out = []
    for m in _STREET_NAME.finditer(text):
        words: list[str] = []
        for word in m.group("name").split():
            if _NOT_STREET_WORD.match(word.strip(".,")):
                break
            words.append(word.strip(".,").casefold())
        if words:
            out.append(" ".join(words))
    return out


def _station_streets(actor: Actor) -> tuple[dict[str, int], frozenset[str]]:
    """Street -> kelurahan id, from the places of the station's latest
    reports (a street every report placed in the same kelurahan), and every
    street those reports name as often, whichever kelurahan (lower case,
    without "Jl.")."""
    from collections import Counter, defaultdict

    from sambang_tui.db.models import Report

    db = Report._meta.database
    latest = (
        Report.select(Report.id)
        .where(Report.station == actor.station_id)
        .order_by(Report.id.desc())
        .limit(1)
        .scalar()
    )
    key = (getattr(db, "database", None), actor.station_id, latest)
    if key in _street_cache:
        return _street_cache[key]
    seen: dict[str, Counter[int]] = defaultdict(Counter)
    rows = tuple_rows(
        Report.select(Report.place, Report.kelurahan)
        .where((Report.station == actor.station_id) & (Report.place != ""))
        .order_by(Report.id.desc())
        .limit(_HISTORY)
    )
    for place, kelurahan_id in rows:
        for name in street_names(place or ""):
            seen[name][kelurahan_id] += 1
    found = {
        name: counts.most_common(1)[0][0]
        for name, counts in seen.items()
        if len(counts) == 1 and sum(counts.values()) >= _MIN_REPORTS
    }
    known = frozenset(n for n, counts in seen.items() if sum(counts.values()) >= _MIN_REPORTS)
    _street_cache.clear()  # one database and station at a time
    _street_cache[key] = (found, known)
    return found, known


def _name_words(names: Iterable[str]) -> tuple[str, ...]:
    """The words of five letters or more in ``names`` (a slip in them is forgiven)."""
    return tuple(sorted({w for w in re.findall(r"[a-z]{5,}", " ".join(names).casefold())}))


_street_words: dict[int, tuple[dict[str, int], tuple[str, ...]]] = {}


def kelurahan_of_street(streets: dict[str, int], text: str) -> int | None:
    """The one kelurahan the streets ``text`` names lie in, by the station's
    reports ("Jl. Kramat Pulo Dalam" is in Kramat, "Jl. Kramat Bunder" in
    Senen); None when they name none it knows, or several. ``streets``:
    ``_station_streets``' map."""
    cached = _street_words.get(id(streets))
    if cached is None or cached[0] is not streets:
        cached = _street_words[id(streets)] = (streets, _name_words(streets))
    text = fuzzy.mend(text, cached[1])  # "jl krmaat budner": a slip in a street's name
    found: set[int] = set()
    for name in street_names(text):
        words = numerals.roman_last(name).split()  # "jalan kenari dua" is Jl. Kenari II
        for size in range(len(words), 0, -1):
            prefix = " ".join(words[:size])
            if prefix in streets:
                found.add(streets[prefix])
                break
    if not found:
        # "gg kenari II", "gang kramat pulo", "pemuda kepu selatan": a known street of two
        # words or more written without "Jl."
        lowered = " ".join(re.findall(r"\w+", text.casefold()))
        for name, kelurahan_id in streets.items():
            if " " in name and re.search(rf"\b{re.escape(name)}\b", lowered):
                found.add(kelurahan_id)
    return found.pop() if len(found) == 1 else None


# --- kelurahan names written without "Kel." ------------------------------------------

_IN_STREET = re.compile(r"\b(?:jl|jln|jalan|gg|gang)\b\.?\s*(?:[\w'-]+\s+){0,2}$", re.I)
_NOT_AREA_BEFORE = re.compile(
    r"\b(?:polsek|polres|kecamatan|kec|kapolsek|kanit|unit|camat|kantor\s+kecamatan)\.?\s*$", re.I
)
_VENUE_BEFORE = re.compile(
    r"\b(?:pasar|rusun|terminal|stasiun|kantor\s+kelurahan|sdn?|smpn?|sman?|smkn?|masjid|musholl?a|"
    r"gereja|lapangan|taman|halte|pos|gor|puskesmas|blok|pangkalan)\b[^,.;\n]{0,25}$",
    re.I,
)


def _named_bare(
    text: str, names: dict[str, lookup.Choice], streets: dict[str, int] | None = None
) -> tuple[set[int], set[int]]:
    """Kelurahan named in ``text`` as a word of their own, not in a
    street's name nor after "Polsek"/"Kecamatan": those written as where it
    was, and those that are part of a venue's name ("Pasar Kenari")."""
    where: set[int] = set()
    venue: set[int] = set()
    streets = streets or {}
    by_word = {n: c for n, c in names.items() if " " not in n}
    for m in re.finditer(r"(?<![\w.-])([A-Za-z][a-z'-]{3,}|[A-Z]{4,})(?![\w-])", text):
        word = m.group(1).casefold()
        choice = by_word.get(word)
        if choice is None and len(word) >= 5:
            close = fuzzy.closest(word, tuple(by_word))
            choice = by_word.get(close) if close else None
        if choice is None:
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _IN_STREET.search(before) or _NOT_AREA_BEFORE.search(before):
            continue
        if street := _street_from(text, m.start(1), streets):
            where.add(streets[street])  # "pos rw 07 kramat bunder": the street's kelurahan
            continue
        (venue if _VENUE_BEFORE.search(before) else where).add(choice.id)
    return where, venue


def resolve(
    parsed: ParsedMessage,
    actor: Actor,
    today: dt.date,
    mentions: list[Mention],
    officer: OfficerText | None,
    visit_text: str,
    someone_named: bool = False,
    signed: str = "",
    whole: str = "",
) -> None:
    """Officer, kelurahan and types as rows. The kelurahan is the one
    written for the place (after "Kel.", beside the RT/RW, or by its name
    alone), else the one in the officer's title ("Bhabinkamtibmas Kel. X",
    "Aiptu Sutrisno Senen"), else the one the street lies in, else the one
    a venue is named after ("Pasar Kenari"); never guessed from who the
    officer is. The officer is the one named, else the Bhabin of the
    kelurahan in the title; a message that names no one leaves it empty."""
    day = parsed.date or today
    names = {c.label.casefold(): c for c in lookup.kelurahan(actor, "", limit=1000)}
    # "kel paesban", "heri paesban": a slip in the name of one of the station's kelurahan
    place_words = _name_words(names)
    visit_text, whole = fuzzy.mend(visit_text, place_words), fuzzy.mend(whole, place_words)
    by_id = {c.id: c for c in names.values()}
    # the station's streets and their kelurahan, read once (each read asks the database
    # whether a report was added since)
    street_kelurahan, streets = _station_streets(actor)

    located: lookup.Choice | None = None
    titled: lookup.Choice | None = None
    for mention in mentions:
        choice = match_kelurahan(mention.words, names)
        if choice is None:
            continue
        if mention.bhabin:
            titled = titled or choice
        else:
            located = located or choice
    if located is None:
        located = _adjacent_to_area(visit_text, names, streets)
    venue_named: set[int] = set()
    if located is None:
        where, venue_named = _named_bare(visit_text, names, street_kelurahan)
        if len(where) == 1:
            located = by_id[next(iter(where))]

    officer_choice: lookup.Choice | None = None
    if officer is not None:
        if officer.nrp:
            officer_choice = lookup.resolve_officer(actor, officer.nrp)
        words = officer.name.split()
        # "Dwi Hartono Sambang" is "Dwi Hartono", "Sutrisno Senen" is Sutrisno of Senen
        for size in range(len(words), 0, -1):
            if officer_choice is not None:
                break
            key = " ".join(words[:size])
            if len(key) >= 3 and (officer_choice := lookup.resolve_officer(actor, key)):
                rest = tuple(words[size:])
                if rest and titled is None:
                    titled = match_kelurahan(rest, names)
    elif titled is not None:
        # "Bhabinkamtibmas Kel. X" with no name: the Bhabin of X that day
        assigned = lookup.assigned_officers(titled.id, day)
        if len(assigned) == 1:
            found = Officer.get_or_none(Officer.id == assigned[0])
            if found is not None and found.station_id == actor.station_id:
                officer_choice = lookup.Choice(found.id, lookup.officer_label(found), found.role)
    if officer_choice is None and officer is None and titled is None and signed:
        # "… aman. yusuf", "heri k", "Sutrisno lapor 2 giat": a terse message signed with a
        # name alone — the sender, when it is a whole name-word of exactly one officer
        sender = lookup.resolve_officer(actor, signed)
        if sender is not None and signed.casefold() in re.findall(r"\w+", sender.label.casefold()):
            officer_choice = sender
            parsed.officer = signed
    if officer_choice is None and officer is None and titled is None and whole:
        named = _bhabin_beside_area(actor, whole, names, day)
        if named is not None:
            officer_choice, parsed.officer = named
    if officer_choice is not None:
        parsed.officer_id = officer_choice.id
        parsed.officer_label = officer_choice.label
    elif officer is not None or titled is not None:
        parsed.doubtful.add("officer_ids")  # someone is named, but not one the station knows

    kelurahan = located or titled
    if kelurahan is None:
        street = kelurahan_of_street(street_kelurahan, visit_text)
        kelurahan = by_id.get(street) if street else None
    if kelurahan is None and len(venue_named) == 1:
        kelurahan = by_id[next(iter(venue_named))]
    if kelurahan is not None:
        parsed.kelurahan = kelurahan.label
        parsed.kelurahan_id = kelurahan.id
    else:
        parsed.kelurahan = ""
        if mentions or len(venue_named) > 1:
            parsed.doubtful.add("kelurahan_id")  # a kelurahan is written, but none of the station's

    parsed.place = _without_kelurahan(parsed.place, names, place_words)
    if "place" not in parsed.doubtful:
        parsed.place = with_street_after_area(parsed.place, visit_text, streets)
    if not parsed.place and "place" not in parsed.doubtful:
        parsed.place, bare = bare_street(visit_text, streets)
        told = by_id.get(street_kelurahan.get(bare.casefold(), -1))
        if not parsed.kelurahan and "kelurahan_id" not in parsed.doubtful and told is not None:
            parsed.kelurahan, parsed.kelurahan_id = told.label, told.id  # where the street lies

    by_code = {t.code: t.id for t in lookup.activity_types("", limit=1000)}
    parsed.type_ids = [by_code[code] for code in parsed.types if code in by_code]
    parsed.types = [code for code in parsed.types if code in by_code]


# "heri paseban", "ane yusuf maulana bungur lapor", "ini agus kenari barusan": a name without
# its rank, written beside the kelurahan its Bhabin serves
_NAME_BESIDE = r"\b(?P<name>[A-Za-z]{3,}(?:\s+[A-Za-z]{3,})?)\s+(?P<area>AREA)\b"


def _bhabin_beside_area(
    actor: Actor, text: str, names: dict[str, lookup.Choice], day: dt.date
) -> tuple[lookup.Choice, str] | None:
    """The officer a rankless name beside a kelurahan's name is, when the
    name is a whole name-word of exactly one officer and that officer is
    the kelurahan's Bhabin on the day: the pair says who signs, never a
    guess from the place alone."""
    area = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    if not area:
        return None
    for m in re.finditer(_NAME_BESIDE.replace("AREA", area), text, re.I):
        words = m.group("name").split()
        for size in (len(words), 1):
            key = " ".join(words[-size:])
            choice = lookup.resolve_officer(actor, key)
            if choice is None or not set(key.casefold().split()) <= set(
                re.findall(r"\w+", choice.label.casefold())
            ):
                continue
            kelurahan = names[m.group("area").casefold()]
            if choice.id in lookup.assigned_officers(kelurahan.id, day):
                return choice, key
    return None


def _without_kelurahan(
    place: str, names: dict[str, lookup.Choice], words: tuple[str, ...] = ()
) -> str:
    """The place without a kelurahan written as its tail after a comma
    ("…, Jl. Kramat Sawah, Paseban"); a kelurahan alone is no place (the
    rulings of the held-out README). "Pasar Kenari" is a venue: kept.
    ``words``: the station's place words, a slip in which is forgiven."""

    def named(piece: str) -> bool:
        return fuzzy.mend(piece.casefold().strip(" ."), words) in names

    if named(place):
        return ""
    head, comma, tail = place.rpartition(",")
    if comma and head.strip() and named(tail):
        return head.rstrip(" ,")
    aside = re.match(r"(?P<head>.+?)\s*\(\s*(?P<name>[A-Za-z]+)\s*\)$", place)
    if aside and named(aside.group("name")):
        return aside.group("head")  # "Jl. X No. 101 (Kramat)": the kelurahan told in brackets
    bare = re.match(r"(?P<head>.*\b(?:RT|RW)\.?)\s+(?P<name>[A-Za-z]+)$", place, re.I)
    if bare and named(bare.group("name")):
        return bare.group("head")  # "pos RW paseban": the kelurahan after the RW it names
    return place


# --- a street written bare after the RT/RW -------------------------------------------

# "RW 08 ", "rt 03 rw 08 ", "RT 3/2, ": the RT/RW a bare street's name follows
_AREA_BEFORE_NAME = (
    r"(?:\b(?:RT|RW)(?:\b|(?=\d))\.?\s*(?:no\.?\s*)?\d{1,3}\b\s*(?:/\s*\d{1,3}\b\s*)?,?\s*)+"
)
# what the RT/RW told as where it was follows: "di", "ke", the activity itself
_WHERE_BEFORE = re.compile(
    r"\b(?:di|ke|lokasi|lok\.|sambang|sbg|smbg|dds|patroli(?:\s+dialogis)?|pd|ps|cs|binluh|giat"
    r"|menyambangi|mengunjungi|mendatangi)\s*:?\s*$",
    re.I,
)
# a street named with its noun: a place without one is only part of the report's place
_NAMED_STREET = re.compile(r"\b(?:jl|jln|jalan|gg|gang)\b\.?\s*[A-Za-z]{3,}", re.I)


def with_street_after_area(place: str, text: str, streets: Iterable[str]) -> str:
    """``place`` with the street written without "Jl." after its RT/RW ("pos
    kamling RW 08 Kramat Sentiong", "dds rt 03 rw 08 kramat sentiong"): one
    of ``streets``, the station's own, so a kelurahan or a word of the
    sentence is never taken for one. Only in a report that names no street
    with its noun (then the place is read from that one), and only where the
    place read is the one the RT/RW follows, or none was read."""
    if not streets or _NAMED_STREET.search(text):
        return place
    names = "|".join(
        r"\s+".join(map(re.escape, s.split())) for s in sorted(streets, key=len, reverse=True)
    )
    for m in re.finditer(rf"{_AREA_BEFORE_NAME}(?P<street>{names})(?![\w-])", text, re.I):
        before = text[: m.start()]
        if ROLE_BEFORE.search(before[-16:]):
            continue  # "Ketua RW 05 Kramat Pulo": whose role, not where
        street = m.group("street")
        if not place:
            venue = venue_ending(before)
            if venue:
                return clean_place(f"{venue} {street}")
            # "dds rt 03 rw 08 X", "di rt 3 rw 2 X": where it was; "warga rt 05 rw 03 X": whose
            return street if _WHERE_BEFORE.search(before) else place
        said = " ".join(before.split()).casefold()
        if said.endswith(" ".join(place.split()).casefold()):
            return f"{place} {street}"
        return place
    return place


# what tells a bare street's name as where it was: "di", "ke", the activity, or a line it opens
_BARE_WHERE = re.compile(
    r"(?:^|\b(?:di|ke|lokasi|lok\.|sambang|sbg|smbg|dds|patroli(?:\s+dialogis)?|pd|binluh|giat))"
    r"[ \t]*:?[ \t]*\Z",
    re.I | re.M,
)


def bare_street(text: str, streets: Iterable[str]) -> tuple[str, str]:
    """The place told as one of ``streets`` (the station's own) written
    without "Jl." ("di gunung sahari depan indomaret", "sambang Kalilio, RW
    tiga", a line "Kramat Sentiong ujung, depan musholla"), in a report that
    names no street with its noun, and the street as written; "" when none
    is told so."""
    if not streets or _NAMED_STREET.search(text):
        return "", ""
    names = "|".join(
        r"\s+".join(map(re.escape, s.split())) for s in sorted(streets, key=len, reverse=True)
    )
    for m in re.finditer(rf"(?<![\w-])(?:{names})(?![\w-])", text, re.I):
        if _BARE_WHERE.search(text, 0, m.start()):
            return _SPOKEN_TAIL.sub("", place_at(text, m.start())), " ".join(m.group(0).split())
    return "", ""


# what speech adds after a place: "di Kramat Sentiong itu ya"
_SPOKEN_TAIL = re.compile(r"(?:\s+(?:itu|ini|tuh|nih|ya|yah|tadi|td))+$", re.I)
