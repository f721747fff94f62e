"""Whom the officer met, by AUDIENCE_CATEGORIES: one model of how
Indonesian reports say it (the held-out README's Audience spec and rulings).

Where: a template's label (Sasaran, Yang ditemui, Dihadiri, Peserta,
Hadir, a 5W1H SIAPA naming more than the officer, Para pihak, a source; the
parser passes it as ``said`` and it decides, even at a secured event); in
prose, the clause of meeting (bertemu / ketemu / ktm / dengan / bersama /
menyambangi / kepada / di hadapan …) with its list, and in what was found
only the witnesses and the parties brought together (``disaksikan Ketua
RT``, ``kedua pihak dipertemukan``). Not met: the officer's companions
(Babinsa; linmas or satpam who assisted him), people only talked about
(the appeal, the findings, a quote, after ``bahwa``/``soal``), those acted
upon (``2 remaja diamankan``), a secured event's crowd when others are
named and he did not address it (crowd.py), a host or a business's owner
only named in the place (``tuan rumah Bpk. X``, ``warung Bu Ida``).

Who: the role lexicon is data (vocabulary.AUDIENCE: category, group,
pattern, singular), ``other`` the catch-all. A one-person role (ketua,
kepala, korlap, pemilik/owner, lurah, seklur, marbot, a manager, a coach,
the head of a body with its name) is one; a named person is one, of the
group his role names: in brackets, after ``selaku``/``merupakan``/``|``/a
colon, or a role then the name set off (``korlap … di situ, Bang Ucok``);
a business's owner met again is ``other`` (audience_people.py).

How many: a count before the group (``± 15 orang warga``, ``12 rumah``,
``9 KK``, ``11 unit``) or after it with words between (``tomas 2``, ``siswa
kls 5-6 kurleb 70``, ``pedagang 20 lapak``, ``(15 org)``), spelt out or
with ``-an``; ``@N`` after a list is N each; a head's members (``beserta 11
anggotanya``) are of his kind; a total closes a list (``(total ±15 org)``,
``ojol dan pedagang ± 12 orang``); one count after two kinds is neither's
(audience_joins.py). One group named twice is counted once, but counted on
two lines of a list it is summed; different groups of one category are
summed; the sum is ``None`` when any has no number, except a generic kind
(warga, tomas, toga) absorbed by a counted one."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_items import counts_labelled, unfilled, unknown_counted
from sambang_tui.services.parse.audience_joins import (
    described,
    each_counted,
    merge_adjacent,
    shared_count,
    totalled,
)
from sambang_tui.services.parse.audience_people import (
    as_parties,
    heads_of_members,
    households,
    members,
    members_after,
    named_among_counted,
    people,
)
from sambang_tui.services.parse.audience_surface import (
    in_capitals,
    in_full,
    names_recased,
)
from sambang_tui.services.parse.audience_words import (
    APPOSITION,
    AS_ROLE,
    DESIGNATION,
    GENERIC,
    GROUPS,
    HEAD_BEFORE,
    LONE_COUNT,
    NOT_AUDIENCE,
    NOT_COUNT_BEFORE,
    PERSON,
    PERSON_LOWER,
    PLURAL_BEFORE,
    ROLE_AREA,
    ROLE_DESCRIBED,
    TOKOH,
    UNIT,
    Mention,
    count_after,
    count_before,
    counts_as_digits,
    group_at,
    heads_expanded,
    overlaps,
)
from sambang_tui.services.parse.crowd import crowd_only_met, told_apart


def find_audience(
    text: str, place: str = "", said: str = "", secured: bool = False, appeal: str = ""
) -> dict[str, int | None]:
    """The groups met, with their numbers; ``place`` is where it happened,
    whose name may hold a person's ("Warung Kopi Pak Udin"). ``said`` is
    the template's own list of whom they met (Sasaran, Dihadiri): when it
    names a group, it alone says who was met, and ``text`` (the activity
    line) only tells which of them were the parties to a dispute. At an
    event the officer ``secured`` the crowd is met only when no one else is
    written to have been met (``crowd.crowd_only_met``), or when the officer's
    ``appeal`` is made to it ("mengingatkan jamaah agar …")."""
    if in_capitals(f"{text} {said} {place}"):
        # "BERTEMU BPK. DARTO": read as a message without capitals is, where a name is known by
        # its title and its place, not by a capital every word has
        text, said, place = text.lower(), said.lower(), place.lower()
    text, said, place, appeal = in_full(text), in_full(said), in_full(place), in_full(appeal)
    lower = not re.search(r"[A-Z]", f"{text} {said}")
    text, said, place = names_recased(text, said, place)
    text = each_counted(heads_expanded(counts_as_digits(text)))
    focus = None
    if said:
        focus = len(text) + 1 if text else 0
        said = each_counted(
            unknown_counted(counts_labelled(heads_expanded(counts_as_digits(unfilled(said)))))
        )
        text = f"{text}\n{said}" if text else said
    scrubbed = NOT_AUDIENCE.sub(lambda m: " " * len(m.group(0)), text)
    mentions: list[Mention] = []
    spans: list[tuple[int, int]] = []
    hits = []
    for index, (cat, group, pattern, singular) in enumerate(GROUPS):
        for m in pattern.finditer(scrubbed):
            hits.append((m.start(), -(m.end() - m.start()), index, m, cat, group, singular))
    hits.sort(key=lambda h: h[:3])
    in_place = (
        [(m.start(), m.end()) for m in re.finditer(re.escape(place), scrubbed)]
        if len(place) > 3
        else []
    )
    for start, _, _, m, cat, group, singular in hits:
        # part of the place's name, wholly ("Balai Warga"), not a role whose body's name it
        # holds ("Ketua Asosiasi Pedagang Pasar Baru") nor its owner's role in brackets
        # ("kediaman Bpk. X (tokoh masyarakat), Jl. …")
        inside = any(a <= m.start() and m.end() <= b for a, b in in_place) and not re.search(
            r"(?:\b(?:rumah|rmh|kediaman)\s+|\(\s*)$",
            scrubbed[max(0, m.start() - 10) : m.start()],
            re.I,
        )
        if overlaps(spans, m.start(), m.end()) or inside:
            continue  # taken, or part of the place's name ("Balai Warga", "Sekretariat Karang Taruna")
        end = m.end()
        key, count = (m.group(0).casefold() if group == "lainnya" else group), None
        plural = bool(PLURAL_BEFORE.search(scrubbed[max(0, start - 20) : start]))
        head = HEAD_BEFORE.search(scrubbed[max(0, start - 12) : start])
        if head and not singular and not plural:  # "Ketua panitia Ibu Wartini": one, who heads them
            start -= len(head.group(0))
            key, singular = f"head of {group}", True
        d = DESIGNATION.match(scrubbed, end) if cat == "perangkat_rt_rw" else None
        heads, both = 0, False
        if d and d.group("range"):  # "Ketua RT 001 s.d. 005": a group, its number not written
            end, singular, heads = d.end(), False, _range_heads(d) if singular else 0
        elif d:  # "Pengurus RW 04" is no four people either
            end = d.end()
            if singular:
                key = f"{group} {int(d.group('first'))}"
                if numbered := _more_numbered(scrubbed, end):
                    heads, end = numbered  # "Ketua RT 01, 02 dan 05": three heads
        before = count_before(scrubbed, start)
        if before is not None and overlaps(spans, before[1], start):
            before = None  # "tomas 3 org toga 2 org": the 3 is the tomas'
        if before is not None:
            start = before[1]
        after = None if members_after(scrubbed, end) else count_after(scrubbed, end)
        if after and ":" in after.group(0) and re.match(r"[.)][ \t]", scrubbed[after.end() :]):
            after = None  # "Peserta : 1. Pemuda RW 03 …": a list's first number
        apposition = re.match(APPOSITION, scrubbed[end:])
        person = PERSON.match(scrubbed, end + apposition.end()) if apposition else None
        if person is None and apposition and lower and not singular:
            person = PERSON_LOWER.match(scrubbed, end + apposition.end())
        if person is None and singular and (comma := re.match(r",\s*", scrubbed[end:])):
            # "pemilik warung, Ibu Sumarni, serta …": the one the role is, between commas
            person = PERSON.match(scrubbed, end + comma.end())
            closing = (
                re.match(r"\s*(?:[,.;]\s*|\n|\Z)", scrubbed[person.end() :]) if person else None
            )
            if (
                person is None
                or closing is None
                or PERSON.match(scrubbed, person.end() + closing.end())
            ):
                person = None  # "Ketua RW 03, Sdr. Mulyadi dan Sdr. Anton": a list
        if person is None:
            person = _described_person(scrubbed, end, singular and not plural)
        if before is not None:
            count = before[0]
        elif after is not None and not re.match(r"\s*,", scrubbed[end:]):
            count, end = int(after.group(1)), after.end()
        elif heads:
            count = heads
        elif both := group in ("parties", "calon") and bool(
            re.match(r"k(?:e|)dua\b", m.group(0), re.I)
        ):
            count = 2  # "kedua pihak yang berselisih", "kedua calon": a number written
        elif singular and not plural:
            count = 1
        if group == "ulama" and person is None:
            # "Ustadz Jaelani (toga)": the title's name goes with it
            named = re.match(
                r"\s+(?:(?:H|Hj|KH)\.\s*)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", scrubbed[end:]
            )
            if named:
                end += named.end()
        if person:
            # "tokoh masyarakat Bpk. H. Rohim": the named one is the group's
            end = person.end()
            key = f"{key}:{person.group('name').casefold()}"
            count = 1 if count is None and not plural else count
            role = AS_ROLE.match(scrubbed, end)
            same = group_at(scrubbed, role.end()) if role else None
            if same is not None:
                # "Ustadz H. Mahfud selaku imam masjid": one person; of the first role named
                # when the second is of another kind ("Ketua RW 03 Pak Jamal selaku ketua
                # panitia"): still one
                end = same[2]
        spans.append((start, end))
        written = (
            before is not None
            or (after is not None and count == int(after.group(1)))
            or (group == "calon" and both)
        )
        mentions.append(Mention(start, end, cat, key, count, written, plural))
    mentions = shared_count(
        scrubbed,
        totalled(
            scrubbed,
            described(scrubbed, merge_adjacent(scrubbed, sorted(mentions, key=lambda m: m.start))),
        ),
    )
    people(scrubbed, spans, mentions, place)
    as_parties(scrubbed, mentions)
    households(scrubbed, spans, mentions)
    members(scrubbed, spans, mentions)
    heads_of_members(scrubbed, mentions)
    if focus is not None:
        # a kind of people the list names is as it says: "Sambang tokoh masyarakat" over
        # "Sasaran : Bpk. H. Rohman (tomas)"; the kinds only the activity names stay
        listed = {m.category for m in mentions if m.start >= focus}
        mentions = [m for m in mentions if m.start >= focus or m.category not in listed]
    if any(scrubbed[m.start : m.end].casefold() != "peserta" for m in mentions):
        # "Peserta : ± 80 siswa": the word only heads whom it names
        mentions = [
            m
            for m in mentions
            if m.count is not None or scrubbed[m.start : m.end].casefold() != "peserta"
        ]
    if secured:
        mentions = crowd_only_met(scrubbed, mentions, focus, appeal)
    _host_is_the_tokoh(place, mentions)
    mentions = told_apart(scrubbed, mentions, focus)
    residents = [m for m in mentions if m.category == "warga"]
    if (
        residents
        and all(m.group == "warga" and m.count is None for m in residents)
        and any(m.written for m in mentions)
        and not any(focus is not None and m.start >= focus for m in residents)
    ):
        # "sambang ke warga … ketemu ibu-ibu PKK 15 orang": the residents are those counted
        mentions = [m for m in mentions if m not in residents]
    mentions = named_among_counted(scrubbed, mentions)
    found = _total([_apart(scrubbed, m) for m in mentions])
    _lone_count(scrubbed, spans, found)
    return found


# the next number of a list of RTs or RWs after the first ("Ketua RT 01, 02 dan 05", "Ketua RW
# 03, RW 04"): written as a number of an area is, with its leading zero or its RT/RW, and no
# count of people ("Ketua RT 3, 6 warga", "Ketua RT 04 dan 3 org")
_NEXT_NUMBERED = re.compile(
    rf"(?:[ \t]*,[ \t]*|[ \t]+(?:dan|serta)[ \t]+)(?:(?:RT|RW)\b\.?[ \t]*\d{{1,3}}|0\d{{1,2}})(?!\d)"
    rf"(?![ \t]*(?:/|(?:{UNIT})\b))",
    re.I,
)


def _range_heads(d: re.Match[str]) -> int:
    """How many heads a role's range names when both its ends are written
    as areas ("Ketua RT 01 s/d RT 06": one for each of the six RTs); none
    for a run of bare numbers ("Ketua RT 001 s.d. 005", "Ketua RT 01-05"),
    read as the areas they head, their number not written."""
    ends = re.fullmatch(
        r"\s*(?:s\.?\s*/?\s*d\.?|sd|sampai)\s*(?:RT|RW)\b\.?\s*(\d{1,3})\s*",
        d.group("range"),
        re.I,
    )
    if ends is None or d.end() > d.end("range"):
        return 0
    heads = int(ends.group(1)) - int(d.group("first")) + 1
    return heads if 2 <= heads <= 30 else 0


def _more_numbered(text: str, end: int) -> tuple[int, int] | None:
    """How many heads a numbered role's list of numbers names, and where it
    ends; None when the role has one number."""
    heads = 1
    while m := _NEXT_NUMBERED.match(text, end):
        gap = re.compile(r"[ \t]*").match(text, m.end())
        if gap is None or group_at(text, gap.end()) is not None:
            break  # "Ketua RT 01, 02 warga": a number of the people after
        heads, end = heads + 1, m.end()
    return (heads, end) if heads > 1 else None


# "rmh bpk H. Syarif", "Kediaman Bpk. H. X (tomas)": a residence named by its one owner
_OWNED_HOME = re.compile(
    rf"(?:rumah|rmh|kediaman)\s+(?:(?:tomas|toga|tokoh\s+(?:masyarakat|agama))\s+)?{PERSON.pattern}",
    re.I,
)


def _host_is_the_tokoh(place: str, mentions: list[Mention]) -> None:
    """A tokoh visited, no number said, where the place is one person's
    house ("sambang tomas … di rmh bpk H. Syarif"): that person is the one
    tokoh, not a resident besides."""
    home = _OWNED_HOME.match(place)
    tokoh = [m for m in mentions if m.group in TOKOH]
    if home is None or len(tokoh) != 1 or tokoh[0].count is not None or tokoh[0].plural:
        return
    name = home.group("name").split()[0].casefold()
    if any(
        m.group.split(":")[-1].split()[:1] == [name] and m.category != "warga" for m in mentions
    ):
        return  # "rumah Bpk. X … Bpk. X selaku Ketua RW": his role is another
    mentions[:] = [m for m in mentions if m.group != f"person:{name}"]
    at = mentions.index(tokoh[0])
    mentions[at] = Mention(
        tokoh[0].start, tokoh[0].end, tokoh[0].category, f"{tokoh[0].group}:{name}", 1
    )


def _described_person(text: str, end: int, singular: bool) -> re.Match[str] | None:
    """The one person a role is, after the words telling whose or of what
    it is ("koordinator parkir Sdr. Bonar", "pemilik bengkel motor Bpk.
    Darto", "tomas RW 06 bpk Haris"); set off by a comma, the name must be
    closed, or it is a list's next item ("Ketua RT, Pak A dan 3 warga")."""
    between = (ROLE_DESCRIBED if singular else ROLE_AREA).match(text, end)
    if between is None:
        return None
    person = PERSON.match(text, between.end())
    if person is None or (singular and between.group("comma") and not _closed(text, person.end())):
        return None
    return person


def _closed(text: str, end: int) -> bool:
    """A name set off between commas, or heading its members ("Bapak H.
    Syamsudin beserta 3 orang pengurus")."""
    closing = re.match(r"\s*(?:[,.;]\s*|\n|\Z|(?=(?:beserta|bersama)\b))", text[end:], re.I)
    return closing is not None and not PERSON.match(text, end + closing.end())


def _total(mentions: list[Mention]) -> dict[str, int | None]:
    plural = {m.group for m in mentions if m.plural}
    written = {m.group for m in mentions if m.written}
    by_category: dict[str, dict[str, int | None]] = {}
    for mention in mentions:
        groups = by_category.setdefault(mention.category, {})
        old = groups.get(mention.group)
        if mention.count is not None and (old is None or mention.count > old):
            groups[mention.group] = mention.count
        else:
            groups.setdefault(mention.group, None)
    found: dict[str, int | None] = {}
    for category, groups in by_category.items():
        for group in [g for g in groups if f"{g} " in " ".join(groups)]:
            if any(
                other.startswith(f"{group} ") and other[len(group) + 1 :].split(":")[0].isdigit()
                for other in groups
            ):
                del groups[group]  # "Ketua RW" again after "Ketua RW 04": the same one
        for group in [g for g in groups if ":" in g and groups[g] == 1]:
            role = group.split(":")[0]
            numbered = [
                g for g in groups if g.startswith(f"{role} ") and g[len(role) + 1 :].isdigit()
            ]
            named = [g for g in groups if g.startswith(f"{role}:")]
            if len(numbered) == 1 and len(named) == 1 and groups[numbered[0]] == 1:
                # "rumah pak RT 02 … ketemu pak RT pak haji Ahmad": the one head, named
                del groups[numbered[0]]
        named = [g for g in groups if ":" in g and groups[g] is not None]
        for group in [g for g, n in groups.items() if n in (None, 1) and ":" not in g]:
            if group in plural:
                continue
            if any(other.startswith(f"{group}:") for other in groups) or (
                group in TOKOH and groups[group] is None and named
            ):
                # "sambang ke rumah tokoh masyarakat … Bpk. H. Maksum selaku tokoh masyarakat"
                del groups[group]
        if "parties" in groups:
            named = [
                g
                for g in groups
                if g.startswith("person:") or (g.startswith("party:") and groups[g] == 1)
            ]
            if named:  # "Para pihak : Sdr. Hendra … dan Sdr. Rudi …": the two named
                groups["parties"] = max(groups["parties"] or 0, len(named))
                for g in named:
                    del groups[g]
        counted = {g: n for g, n in groups.items() if n is not None}
        # a head count written for the kind ("Sebanyak 18 pemuda hadir") is the number of the
        # same people named without one ("cooling system dengan kelompok pemuda")
        headcount = any(g in written for g in counted)
        unknown = [
            g
            for g, n in groups.items()
            if n is None and not (counted and (g in GENERIC or headcount))
        ]
        found[category] = None if unknown or not counted else sum(counted.values())
    return found


# a line of a list: "- Perwakilan pemuda Gg. A 12 orang", "2) Ketua RT 04"
_LIST_LINE = re.compile(r"[ \t]*(?:[-•*▪►>]|\d{1,2}[.)]|[a-hA-H][.)])[ \t]*")


def _apart(text: str, mention: Mention) -> Mention:
    """A group counted on a list's line of its own is people apart from the
    same group counted on another line: they are summed, not merged."""
    line = text.rfind("\n", 0, mention.start) + 1
    if not (mention.written and mention.count and _LIST_LINE.match(text, line)):
        return mention
    group = f"{mention.group}@{line}"
    return Mention(mention.start, mention.end, mention.category, group, mention.count, True)


def _lone_count(text: str, spans: list[tuple[int, int]], found: dict[str, int | None]) -> None:
    """One group without a number and one count of people that belongs to
    no group ("sambang warga RT 03, 10 org"): that group's number."""
    lone = [
        m
        for m in LONE_COUNT.finditer(text)
        if not overlaps(spans, m.start(1), m.end())
        and not NOT_COUNT_BEFORE.search(text[max(0, m.start(1) - 8) : m.start(1)])
    ]
    if len(found) == 1 and len(lone) == 1:
        (category,) = found
        if found[category] is None:
            found[category] = int(lone[0].group(1))


def names_anyone(text: str) -> bool:
    """Whether ``text`` names a group or a person ("Siapa : Aiptu X" names
    only the officer)."""
    return names_group(text) or bool(PERSON.search(text)) or bool(LONE_COUNT.search(text))


# "disaksikan Ketua RT", "Kedua pihak dipertemukan bersama Ketua RT 01": met, though told as
# an outcome
_BROUGHT_TOGETHER = re.compile(
    r"\b(?:disaksikan|dipertemukan|dimediasi|didamaikan)(?:\s+(?:oleh|dengan|dgn|bersama))?\s+[^.;\n]*"
    # (the parties only when brought together: "kedua pihak damai" tells no meeting)
    # (or agreeing on terms, which they did before him: "kedua belah pihak sudah sepakat anjing
    # dikandangkan"; only made peace, "sepakat berdamai", tells no meeting either)
    r"|\bk(?:e|)dua\s+(?:belah\s+)?pihak\b(?=[^.;\n]{0,40}?\b(?:dipertemukan|hadir|dimediasi|disaksikan"
    r"|(?:sepakat|bersepakat|setuju|bersedia)(?!\s+(?:untuk\s+)?(?:ber)?damai\b)|menyepakati)\b)",
    re.I,
)


def brought_together(told: str) -> str:
    """The clauses of what was found that name people met: the witnesses
    of an agreement and the parties brought together."""
    return "\n".join(m.group(0) for m in _BROUGHT_TOGETHER.finditer(told))


def names_group(text: str) -> bool:
    """Whether ``text`` names a group of people met."""
    return any(pattern.search(text) for _cat, _group, pattern, _singular in GROUPS)


def residents(section: str) -> dict[str, int | None]:
    """An audience section that names no group ("Jumlah hadir : ± 35
    orang"): people met with no group said are residents."""
    counts = list(LONE_COUNT.finditer(section))
    return {"warga": int(counts[0].group(1))} if len(counts) == 1 else {}
