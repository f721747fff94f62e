"""How groups written side by side join: one group named twice or in two
words ("pemuda karang taruna 6 orang"), a count that closes a list, and a
group that only says what the people before it are ("… yang menjadi
panitia"); read by ``audience``."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_words import ABOUT, UNIT, Mention, count_before, group_at

# "Tomas, Toga, Todat @2 org", "tomas dan toga masing-masing 2 orang": a number each
_EACH = re.compile(
    r"[ \t]*(?:@|,?[ \t]*(?P<words>masing-masing|masing2|masing[ \t]+masing)[ \t]+)[ \t]*(\d{1,4})"
    r"(?:[ \t]*(?:orang|org)\b)?",
    re.I,
)
# "pengurus RT 01 sampai RT 04": how many RTs a range holds
_RANGE = re.compile(
    r"\b(?:RT|RW)\.?[ \t]*0*(\d{1,3})[ \t]*(?:s\.?d\.?|s/d|sd|sampai|hingga|-)[ \t]*(?:(?:RT|RW)\.?[ \t]*)?0*(\d{1,3})\b",
    re.I,
)
_ITEM_SEPARATOR = re.compile(r"\s*(?:,|&|\+|\bdan\b|\bserta\b)\s*", re.I)


def _items(segment: str) -> list[tuple[str, str]]:
    """A list's items, each with the separator after it."""
    items, at = [], 0
    for sep in [*_ITEM_SEPARATOR.finditer(segment), None]:
        items.append(
            (segment[at : sep.start() if sep else len(segment)], sep.group(0) if sep else "")
        )
        at = sep.end() if sep else at
    return items


def each_counted(text: str) -> str:
    """ "Tomas, Toga @2 org, FKDM @4 org" → "2 Tomas, 2 Toga, 4 FKDM": the
    groups listed before "@N" (back to the last "@N" or the sentence's
    start) are N each."""
    out: list[str] = []
    last = 0
    # (a range's "s.d." ends no sentence: "pengurus RT 01 s.d. RT 03 masing-masing 2 orang")
    masked = re.sub(r"\bs\.d\.?", lambda d: "s" + "/" * (len(d.group(0)) - 1), text, flags=re.I)
    for m in _EACH.finditer(text):
        start = max(last, *(masked.rfind(c, 0, m.start()) + 1 for c in ".;:\n"))
        out.append(text[last:start])
        items = _items(text[start : m.start()])
        each, done = int(m.group(2)), len(items)
        for k in range(len(items) - 1, -1, -1):
            item, sep = items[k]
            words = [w.start() for w in re.finditer(r"\S+", item)]
            where = next((w for w in words if group_at(item, w)), None)
            own = where is not None and (
                count_before(item, where) is not None or re.search(r"\bk(?:e|)dua\b", item, re.I)
            )
            if m.group("words") and (where is None or own):
                # the list "masing-masing" follows ends here: "11 rumah warga serta ketua RT dan
                # ketua RW masing masing 1 orang", "kedua Ketua RT serta perwakilan warga …"
                break
            done = k
            # "pengurus RT 01 sampai RT 04 masing-masing 2 orang": two of each of the four
            span = _RANGE.search(item) if m.group("words") else None
            n = each * (int(span.group(2)) - int(span.group(1)) + 1) if span else each
            if where is not None and 0 < n <= 200:
                items[k] = (f"{item[:where]}{n} {item[where:]}", sep)
        out.append("".join(f"{item}{sep}" for item, sep in items))
        if done == len(items):
            out.append(m.group(0))  # no group before it: left as written
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def shared_count(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "tomas & pemuda sktr 10 org": one count after two groups of different
    kinds says how many of each nobody knows; both are unnumbered."""
    out = list(mentions)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if (
            first.count is None
            and first.category != second.category
            # (the residents' own count stays theirs: "Tomas + warga ± 8 org")
            and second.category != "warga"
            and second.written
            and not re.match(
                r"[\d±~]|sekitar|kurang|sebanyak|sktr|kurleb", text[second.start :], re.I
            )
            and re.fullmatch(r"\s*(?:&|dan|serta|\+)\s*", text[first.end : second.start])
        ):
            out[i] = Mention(second.start, second.end, second.category, second.group, None)
    return out


# "(total ±15 org)", ", jumlah 20 orang": one count for the groups listed before it
_TOTAL = re.compile(
    rf"\(?[ \t]*(?:total|jumlah|semuanya|seluruhnya)[ \t]*:?[ \t]*{ABOUT}(\d{{1,4}})[ \t]*(?:{UNIT})?\)?",
    re.I,
)


def totalled(text: str, mentions: list[Mention]) -> list[Mention]:
    """The groups of one category listed in a sentence that ends its list
    with a total ("6 juru parkir & pedagang kopi (total ±15 org)") are that
    many, not their sum."""
    for m in _TOTAL.finditer(text):
        listed = [
            x
            for x in mentions
            if x.start < m.start()
            and not re.search(r"[.;\n]", text[x.start : m.start()])
            and x.end <= m.end()
        ]
        if not listed or len({x.category for x in listed}) != 1:
            continue
        total = Mention(
            listed[0].start,
            m.end(),
            listed[0].category,
            f"total@{m.start()}",
            int(m.group(1)),
            True,
        )
        mentions = [x for x in mentions if x not in listed] + [total]
    return sorted(mentions, key=lambda x: x.start)


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
            # (or a venue's manager, one but not named: "pengelola rusun & satpam 2 org"; a head
            # of his own people is apart: "Ketua DKM dan pengurus masjid 3 org" are four)
            and (
                (last.plural and last.count is None)
                or (last.group == "pengelola" and last.count == 1 and not last.written)
            )
            and mention.written
            and mention.start >= last.end
            and not re.match(r"\d", text[mention.start : mention.end])
        )
        if last is not None and last.category == mention.category and (side_by_side or listed):
            count = mention.count if mention.count is not None else last.count
            written = last.written or mention.written
            # "Ketua DKM Ustadz Hasan": one person, known again by his title
            one = last.count == mention.count == 1 and not written and side_by_side
            group = mention.group if one else last.group
            out[-1] = Mention(last.start, mention.end, last.category, group, count, written)
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
