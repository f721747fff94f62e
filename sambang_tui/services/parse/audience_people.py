"""Whom a message names as people, beside its groups: named persons (one
each, of the group their role names), the parties to a dispute, households
visited and a head's members; read by ``audience``."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_words import (
    ABOUT,
    AS_ROLE,
    HOUSEHOLDS_COUNT,
    NAMED_FOR,
    NOT_COUNT_BEFORE,
    NOT_PERSON,
    OFFICIAL_BEFORE,
    PARTIES,
    PERSON,
    PERSON_AS_PLACE,
    ROLE_BETWEEN_COMMAS,
    ROLE_CLOSED,
    UNIT,
    Mention,
    group_at,
    overlaps,
)
from sambang_tui.services.parse.vocabulary import HOUSEHOLDS

# "antara pemilik kontrakan Bpk. Darmo dengan penghuninya Sdr. Ilham"
# (a title's stop goes on with the name: "antara dua tetangga, Bpk. Heru dan Bpk. Samsul")
_TITLE_STOP = (
    r"(?:(?<=\bBpk)|(?<=\bBp)|(?<=\bSdr)|(?<=\bSdri)|(?<=\bHj)|(?<=\bH)|(?<=\bKH)|(?<=\bDr))\."
)
_DISPUTE = re.compile(
    rf"\b(?:antara|antar)\s+(?P<parties>(?:[^.;\n]|{_TITLE_STOP}){{3,120}}?)(?=\s+(?:soal|terkait|tentang|karena"
    r"|krn|mengenai|perihal|yang|di|pada|masalah|disaksikan|dimediasi|didamaikan)\b"
    r"|(?<!\bBpk)(?<!\bBp)(?<!\bSdr)(?<!\bSdri)(?<!\bHj)(?<!\bH)(?<!\bKH)(?<!\bDr)\.|[;\n]|$"
    # "…, udh damai dimediasi ketua rt": the outcome, not more parties
    r"|,\s*(?:udh|sdh|sudah|udah|telah|tlh|lalu|kemudian|akhirnya)\b)",
    re.I,
)
# a group counted as a dispute's parties: "cekcok 2 tetangga", "antara dua warga", "ribut 2 org"
_QUARREL_BEFORE = re.compile(
    r"\b(?:antara|antar|cekcok|ribut|perselisihan|sengketa|keributan|konflik|percekcokan|masalah"
    r"|permasalahan)"
    r"(?:\s+(?:mulut|paham|antar|antara))?\s*$",
    re.I,
)
_DISPUTE_WORDS = re.compile(
    r"\b(?:problem\s+solving|mediasi|dimediasi|perselisihan|sengketa|keributan|cekcok|konflik|"
    r"permasalahan|masalah|pertikaian|percekcokan|perkelahian)\b",
    re.I,
)


# "Para pihak : Sdr. Hendra (pemilik motor) dan Sdr. Rudi": a template's list of the parties
_PARTIES_LIST = re.compile(
    # (not those present: "Pihak hadir : kedua belah pihak, Ketua RT 03, Ketua RW 06")
    r"^[ \t]*(?:para\s+)?pihak(?:\s+(?!hadir\b|yg\b|yang\b)\w+)?[ \t]*:[ \t]*(?P<parties>.+?)"
    r"(?=[,;]?\s*\b(?:disaksikan|didampingi|dihadiri)\b|$)",  # "…, disaksikan Ketua RT 09": no party
    re.I | re.M,
)


# "cooling system … pasca keributan antar pemuda RW 09 dan RW 05": the occasion, a quarrel
# over before the visit; its sides are no parties brought before the officer
_PAST_QUARREL = re.compile(
    r"\b(?:pasca|paska|usai|setelah|sesudah)\s+(?:terjadi(?:nya)?\s+)?[a-z]+\s*$", re.I
)


def disputes(text: str) -> list[tuple[int, int]]:
    """Where the parties to a dispute are named."""
    listed = [m.span("parties") for m in _PARTIES_LIST.finditer(text)]
    if not _DISPUTE_WORDS.search(text):
        return listed
    return listed + [
        m.span("parties")
        for m in _DISPUTE.finditer(text)
        if not _PAST_QUARREL.search(text[max(0, m.start() - 40) : m.start()])
    ]


# a count, then an open parenthesis that names its members
_LISTED_MEMBERS = re.compile(
    rf"\d{{1,4}}\s*(?:{UNIT}|{HOUSEHOLDS})?\s*(?:\w+\s+){{0,2}}\((?:[^()\n]*,)?\s*$", re.I
)


# a business a person owns, as a place names it: "rumah kos milik", "warung milik"
_BUSINESS_OWNED = re.compile(
    r"\b(?:kos|kost|kosan|kos-kosan|kontrakan|warung|warkop|toko|bengkel|kios|lapak|usaha|ruko)\w*"
    r"(?:\s+\w+)?\s+milik\s*$",
    re.I,
)


_HOST = re.compile(
    r"\b(?:tuan\s+rumah|s[h]?o[h]?ibul\s+hajat|(?:yang|yg)\s+punya\s+(?:hajat|acara|gawe)|pemilik\s+hajat)"
    r"\s*(?:yaitu\s+|,\s*)?$",
    re.I,
)


# the clause says whom he met: "koordinasi dgn tuan rumah …", "Yang ditemui : Sohibul hajat …"
_MET_IN = re.compile(
    r"\b(?:dengan|dgn|bertemu|ketemu|ktm|menemui|bersama|sama|ditemui|hadir|dihadiri)\b|:", re.I
)


# a business named for its owner, as a place names it: "bengkel motor Pak Slamet", "warung Bu Ida"
_BUSINESS_NAMED = re.compile(
    r"\b(?:warung|warkop|bengkel|toko|kios|salon|kedai|lapak|depot|konter|kantin|laundry|pangkalan)"
    r"(?:\s+[a-z]\w*){0,2}\s*$",
    re.I,
)


# between a one-person role and the name of the one it is: a few words, then a comma or a bracket
_NAMED_AFTER = re.compile(r"(?P<words>(?:[ \t]+[a-z]\w*){0,4})[ \t]*(?:,|\()[ \t]*")
_NAME_CLOSED = re.compile(r"\s*(?:[,).;]|$)(?!\s*(?:dan|serta|&)\b)", re.M)


def _placed_role(place: str, person: str) -> tuple[str, str] | None:
    """The role the place gives the person it names: "Kediaman Bpk. H.
    Soleh (Tokoh Masyarakat)" → a tomas."""
    at = place.find(person) + len(person)
    role = AS_ROLE.match(place, at)
    group = group_at(place, role.end()) if role else None
    return (group[0], group[1]) if group else None


def people(
    text: str, spans: list[tuple[int, int]], mentions: list[Mention], place: str = ""
) -> None:
    """Named people are residents met, one each ("(tomas)" after a name
    makes them a tokoh); "kedua belah pihak" are two."""
    roled: set[str] = set()
    owners: set[str] = set()
    for m in PERSON.finditer(text):
        name = m.group("name").split()[0].casefold()
        if name in NOT_PERSON or overlaps(spans, m.start(), m.end()):
            continue
        if NAMED_FOR.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # "Jl. Kramat Sentiong Gg. H. Ali": a street's name
        if _LISTED_MEMBERS.search(text[max(0, m.start() - 200) : m.start()]):
            continue  # "5 rumah (Bpk. Joko, Bpk. Hari, …)": the ones counted, named
        clause = text[max(text.rfind(c, 0, m.start()) for c in ".;\n") + 1 : m.start()]
        if _HOST.search(clause) and not _MET_IN.search(clause):
            continue  # "…, tuan rumah Bpk. Anwar.": the host, met only when said to be
        if PERSON_AS_PLACE.search(text[max(0, m.start() - 12) : m.start()]):
            before = text[max(0, m.start() - 30) : m.start()]
            if _BUSINESS_OWNED.search(before) or _BUSINESS_NAMED.search(before):
                owners.add(name)  # "rumah kos milik Ibu Sumarni": met again, the owner is other
            continue
        if OFFICIAL_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "Lurah Kenari Bpk. Sugeng": an official beside the officer, not a resident
        if place and m.group(0) in place:
            # "Warung Kopi Pak Udin" is a place; the host named again as met is met, unless
            # his role is already counted ("kediaman Bpk. Darto (Ketua RT 02) … Bpk. Darto")
            first = text.find(m.group(0)) == m.start()
            if first and place not in text and (placed := _placed_role(place, m.group(0))):
                # "Tempat : Kediaman Bpk. H. Soleh (tomas)" … "Bertemu : Bpk. H. Soleh": the
                # place is not written here, so this is the man met, his role the place's
                category, role_group = placed
                spans.append(m.span())
                mentions.append(Mention(m.start(), m.end(), category, f"{role_group}:{name}", 1))
                continue
            if first and _BUSINESS_NAMED.search(text[max(0, m.start() - 30) : m.start()]):
                owners.add(name)  # "bengkel motor Pak Slamet": met again, the owner is other
            if first and (role := AS_ROLE.match(text, m.end())) and group_at(text, role.end()):
                roled.add(name)
            if first or name in roled:
                continue
        earlier = [
            i
            for i, other in enumerate(mentions)
            if other.group.split(":")[-1].split()[:1] == [name]
        ]
        if earlier:
            # named again: "Ketua DKM H. Abdul Karim … H. Abdul Karim menyampaikan"; his role
            # told now is his ("… ke rumah Bapak H. Sulaiman. Pak H. Sulaiman merupakan tokoh …")
            role = AS_ROLE.match(text, m.end())
            group = group_at(text, role.end()) if role else None
            named = mentions[earlier[0]]
            if role and group is not None and named.group.startswith("person:"):
                category, role_group, end = group
                mentions[:] = [
                    other
                    for other in mentions
                    if not (other.start == role.end() and not other.written)
                ]
                at = mentions.index(named)
                mentions[at] = Mention(named.start, named.end, category, f"{role_group}:{name}", 1)
                spans.append((m.start(), end))
            continue
        role_before = next(
            (
                i
                for i, other in enumerate(mentions)
                if other.count == 1
                and ":" not in other.group
                and other.end <= m.start()
                and (between := _NAMED_AFTER.fullmatch(text, other.end, m.start()))
                # set off on both sides, not a list's next item: "Ketua RT, Pak A dan 3 warga"
                and ("(" in between.group(0) or between.group("words"))
                and _NAME_CLOSED.match(text, m.end())
            ),
            None,
        )
        if role_before is not None:
            # "korlap parkir di situ, Bang Ucok", "owner warkop (Mas Bayu)": the one the role is
            other = mentions[role_before]
            mentions[role_before] = Mention(
                other.start, m.end(), other.category, f"{other.group}:{name}", 1
            )
            spans.append(m.span())
            continue
        # "KH. Abdullah": a kyai is a religious leader
        category = "tokoh_agama" if re.match(r"(?:\w+\.?\s+)?KH\b", m.group(0)) else "warga"
        if name in owners:
            category = "other"
        role = AS_ROLE.match(text, m.end())
        group = group_at(text, role.end()) if role else None
        if group is None and (role := ROLE_BETWEEN_COMMAS.match(text, m.end())):
            group = group_at(text, role.end())
            if group is not None and not ROLE_CLOSED.match(text, group[2]):
                group = None
        if group is None and (role := re.compile(r"[ \t]+").match(text, m.end())):
            # "bang Oji ketua RT ama bocah2 ronda": a one-person role right after the name is his
            group = group_at(text, role.end())
            if group is None or not any(
                o.start == role.end() and o.count == 1 and not o.written and ":" not in o.group
                for o in mentions
            ):
                group = None
        if role and group is not None:
            category, role_group, end = group
            # the role is this person's: one of that group, not a group of its own
            for i, other in enumerate(mentions):
                if other.start == role.end() and not other.written:
                    del mentions[i]
                    break
            spans.append((m.start(), end))
            mentions.append(Mention(m.start(), end, category, f"{role_group}:{name}", 1))
            continue
        spans.append(m.span())
        mentions.append(Mention(m.start(), m.end(), category, f"person:{name}", 1))
    for m in PARTIES.finditer(text):
        if not overlaps(spans, m.start(), m.end()):
            count = 2 if m.group(0).casefold().startswith(("kedua", "kdua")) else None
            spans.append(m.span())
            mentions.append(Mention(m.start(), m.end(), "warga", "parties", count))


def households(text: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """ "12 rumah warga", "9 KK": the households visited stand for the residents."""
    for m in HOUSEHOLDS_COUNT.finditer(text):
        if overlaps(spans, m.start(1), m.end()):
            continue
        if NOT_COUNT_BEFORE.search(text[max(0, m.start(1) - 8) : m.start(1)]):
            continue
        if re.search(r"\(\s*$", text[max(0, m.start() - 3) : m.start(1)]) and any(
            0 <= m.start() - b <= 3 for _a, b in spans
        ):
            continue  # "12 rumah warga (12 KK)": the same households again
        spans.append((m.start(1), m.end()))
        mentions.append(Mention(m.start(1), m.end(), "warga", "households", int(m.group(1))))


# "ketua DKM + 3 pengurus": members of the group just named, of its kind
_MEMBERS = re.compile(
    rf"(?:\s+(?-i:[A-Z][a-z]+)){{0,3}}?\s*\)?\s*,?\s*(?:\+|dan|serta|beserta|&|,|sama|sm)\s*{ABOUT}(\d{{1,4}})\s*(?:{UNIT}\s*)?"
    # "dan 7 anggotanya yg …", "sama 2 anak buahnya": "-nya" ties them to the one just named
    r"(?:(?:pengurus|anggota)\b(?!\s+[A-Za-z])|(?:pengurus|anggota|anak\s+buah|karyawan|staf|staff|rekan|teman)nya\b)",
    re.I,
)


# "ketua pangkalan sama anggotanya kurang lebih 10 orang": the members' count after them
_MEMBERS_COUNTED_AFTER = re.compile(
    # (the head's name between, a title in lower case or a transcript's gap in it: "ketua
    # karang taruna mas [tidak jelas] sama anggotanya …")
    rf"(?:\s+(?:(?-i:[A-Z][a-z]+)|(?:mas|pak|bang|bu|mbak)\b|\[[^\]\n]{{1,20}}\])){{0,4}}?"
    # (a list's comma joins the board only: "ktm: DKM 1, pengurus 3, jamaah ±20")
    r"\s*\)?\s*,?\s*(?:\+|dan|serta|beserta|&|sama|sm|ama|,(?=[ \t]*pengurus\b))\s*"
    # ("ketua karang taruna + anggota ±15 org": the bare word, its count right after it)
    r"(?:para\s+)?(?:(?:pengurus|anggota|anak\s+buah|karyawan|staf|staff|rekan|teman)nya\b"
    rf"|anggota(?=[ \t]*{ABOUT}\d)"
    # ("Ketua DKM & pengurus 3 org", "Ustadz X dan pengurus majelis 3 org": the body's own
    # board, named by the body the head leads or by no body at all)
    rf"|pengurus(?:[ \t]+(?:majelis|masjid|musholl?a|mushall?a|dkm))?(?=[ \t]*{ABOUT}\d))"
    rf"[ \t]*(?:{ABOUT})(\d{{1,4}})(?:[ \t]*{UNIT})?(?![\d:/]|\.\d)",
    re.I,
)


def members_after(text: str, end: int) -> re.Match[str] | None:
    """The members a head brings, their count written after them ("sama
    anggotanya kira-kira 15 orang"): theirs, not the head's."""
    return _MEMBERS_COUNTED_AFTER.match(text, end)


def members(text: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    for mention in list(mentions):
        m = _MEMBERS.match(text, mention.end) or members_after(text, mention.end)
        if m is None or overlaps(spans, m.start(1), m.end()):
            continue
        spans.append((m.start(1), m.end()))
        group = f"members@{m.start(1)}"
        mentions.append(
            Mention(m.start(1), m.end(), mention.category, group, int(m.group(1)), True)
        )


# "… Sdr. Bimo beserta ± 30 pemuda anggotanya": the next group, told to be his members
_HEADS_MEMBERS = re.compile(
    rf"\s*,?\s*(?:\+|&|dan|serta|beserta|bersama|sama|sm|ama)\s*{ABOUT}$", re.I
)
_THEIR_MEMBERS = re.compile(r"\s*(?:anggota|anak\s+buah|pengurus)nya\b", re.I)


def heads_of_members(text: str, mentions: list[Mention]) -> None:
    """A head met with his members, written as a group of their own kind
    ("Korlap suporter Sdr. Bimo beserta ± 30 pemuda anggotanya"): he is of
    their kind, as a head named before his counted members is (``members``)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for head, group in zip(ordered, ordered[1:], strict=False):
        if (
            head.count == 1
            and not head.written
            and group.written
            and group.category != head.category
            and _HEADS_MEMBERS.search(text[head.end : group.start])
            and _THEIR_MEMBERS.match(text, group.end)
        ):
            at = mentions.index(head)
            mentions[at] = Mention(head.start, head.end, group.category, head.group, 1)


def as_parties(text: str, mentions: list[Mention]) -> None:
    """The parties to a dispute are residents, whatever else they are,
    wherever named again; "antara dua tetangga, Bapak Supri dan Bapak
    Anwar" are the two named."""
    quarrels = disputes(text)
    parties = {
        m.group.split(":")[0] for m in mentions if any(a <= m.start < b for a, b in quarrels)
    }
    for index, mention in enumerate(mentions):
        in_dispute = any(a <= mention.start < b for a, b in quarrels)
        if mention.category != "warga" and (in_dispute or mention.group.split(":")[0] in parties):
            mentions[index] = Mention(
                mention.start, mention.end, "warga", f"party:{mention.group}", mention.count
            )
    for a, b in quarrels:
        # "antara dua tetangga, Bapak Supri dan Bapak Anwar": the two are the ones named
        in_dispute_warga = [m for m in mentions if a <= m.start < b and m.category == "warga"]
        parties_named = [  # "Sdr. Beni (pemilik kos)" is a named party too
            m for m in in_dispute_warga if m.group.startswith("person:") or m.group.count(":") >= 2
        ]
        groups_counted = [
            m
            for m in in_dispute_warga
            if m not in parties_named and m.count is not None and m.written
        ]  # "dua warga, Sdr. A dan Sdr. B" (not "Ibu N (pemilik rumah)", one of the named)
        if parties_named and len(groups_counted) == 1:
            number = max(groups_counted[0].count or 0, len(parties_named))
            mentions[:] = [
                m for m in mentions if m not in parties_named and m is not groups_counted[0]
            ]
            mentions.append(Mention(a, b, "warga", f"parties@{a}", number, True))
    counted = [
        m
        for m in mentions
        if m.category == "warga"
        and m.written
        and m.count is not None
        and (
            m.group.startswith("parties@")
            or _QUARREL_BEFORE.search(text[max(0, m.start - 30) : m.start])
        )
    ]
    if counted:
        # "PS cekcok 2 tetangga …, kedua pihak sdh damai": the two counted are the two parties,
        # no crowd of an event ("cekcok 2 warga soal suara musik hajatan")
        mentions[:] = [
            Mention(m.start, m.end, m.category, f"parties@{m.start}", m.count, True)
            if m in counted and not m.group.startswith("parties@")
            else m
            for m in mentions
            if m.group != "parties"
        ]


def named_among_counted(text: str, mentions: list[Mention]) -> list[Mention]:
    """Residents named beside one count of residents are among those
    counted, not more of them: "dua tetangga, Pak Udin sama Pak Bonar" are
    two, "Sebanyak sembilan rumah warga dikunjungi. Ibu Aminah mengeluh …"
    nine. Not a name listed before the count in the same sentence: "Pak
    Sarmin dan 3 warga pelapor" are four."""
    counted = [
        m
        for m in mentions
        if m.category == "warga"
        and m.written
        and m.count
        and not m.group.startswith(("person:", "party:"))
    ]
    named = [
        m
        for m in mentions
        if m.category == "warga" and m.count == 1 and m.group.startswith("person:")
    ]
    if len(counted) != 1 or not named or (counted[0].count or 0) < len(named):
        return mentions
    listed = [
        m
        for m in named
        if m.end <= counted[0].start and not re.search(r"[.!?\n]", text[m.end : counted[0].start])
    ]
    return [m for m in mentions if m not in named or m in listed]
