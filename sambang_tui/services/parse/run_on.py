"""Reports run together: a terse writer logs a day's visits one after the
other on a line (or on plain lines, or in paragraphs without a mark),
each a sentence or two of its own —

    "Sambang pos ronda RW 03, 6 warga, aman. DDS Jl. Kenari II 8 rumah, himbau kunci pintu."

and a release writer pastes two releases, each opening with the Bhabin
telling what he did, when ("Bhabinkamtibmas Kel. X … pada Senin … pukul
10.00 melaksanakan …").

A sentence opens another activity only with evidence of its own: an
activity type at its head (after what a chat report puts before it —
"Lapor Dan,", "Izin,", "td pagi jam 8", "Bhabin Senen lapor,"), or, in a
release, the Bhabin as the subject of an activity with its own date or
clock time. And the part it opens must tell an activity with its own time
or place that the part before does not already tell: a sentence going on
about the same visit, a recap line or a headline stays with it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sambang_tui.services.parse import activity, dates, numerals, places, times
from sambang_tui.services.parse.area import find_area
from sambang_tui.services.parse.dates import MONTH_WORD, WEEKDAY_WORD
from sambang_tui.services.parse.framing import headline
from sambang_tui.services.parse.sentences import EMOJI
from sambang_tui.services.parse.vocabulary import POLICE_RANKS
from sambang_tui.services.parse.wrapping import ABBREVIATIONS

_GO_ON = r"(?:kemudian|lalu|selanjutnya|setelah\s+itu|sesudah\s+itu|terus|lanjut|dilanjutkan)\b"
# a sentence ends at a stop, "!", "?", ";" or "|" before a space, at an emoji after a word
# ("… aman 👍 DDS …"), before ", kemudian …", or at the end of a line
_END = re.compile(
    rf"[.!?]+(?=\s)|\s+[;|]\s+|;(?=\s)|\n+|(?<=\w)\s*(?:{EMOJI})+[.,]?(?=\s)|,(?=\s*{_GO_ON})",
    re.I,
)
# a report run on without a stop ends at how it went or at the writer's name: "… aman Sambang
# RT 05 …", "… Bripka Agus Sambang …" (cut only where a capital opens the next)
_UNSTOPPED = re.compile(
    r"\b(?:aman|kondusif|terkendali|lancar|tertib|waspada)(?:\s+(?:ndan|dan|komandan|pak))?"
    r"(?=\s+[A-Z])"
)
_NUMBERED = frozenset(["rt", "rw", "no", "blok", "tgl", "pkl", "rt.", "rw."])

# what a chat report puts before its activity: the report's own words, whom it is told to,
# who tells it, when
_LEAD_WORD = (
    r"(?:(?:mohon\s+)?(?:izin|ijin|ijn)(?:\s+(?:lapor\w*|melaporkan|mlpr|laporan))?"
    r"|lapor\w*|melaporkan|mlpr|lpr"
    r"|ndan|dan|komandan|kanit|pak|bapak|dnd"
    r"|selamat\s+(?:pagi|siang|sore|malam)"
    r"|(?:[A-Za-z.']+\s+){1,4}?(?:lapor|melaporkan)\w*"
    r"|td|tadi|kmrn|kemarin|kemaren|barusan"
    # "Setelah itu,", "Terus malamnya": the writer goes on to the next
    r"|(?:setelah|sesudah|habis|abis|usai)\s+(?:itu|ini)|selanjutnya|kemudian|lalu|lanjut|terus"
    r"|berikutnya|(?:pagi|siang|sore|malam|malem)nya"
    r"|(?:hr|hari)\s+ini|(?:pagi|siang|sore|malam|subuh)(?:\s+(?:ini|tadi|hari(?:nya)?))?"
    r"|ba'?da\s+\w+"
    r"|(?:pada\s+)?(?:pkl|pukul|jam|jm)\.?\s*\d{1,2}(?:[.:]\d{2})?(?:an)?(?:\s*wib)?"
    rf"|{WEEKDAY_WORD}|(?:tgl|tanggal)\.?\s*\d{{1,2}}(?:[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?)?"
    rf"|\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{2,4}})?|\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}})?"
    r"|sy|saya|kami|ane|aku|giat|kegiatan|melaksanakan|melakukan|laksanakan|mengadakan)"
)
_LEAD = re.compile(rf"^[^\w']*(?:{_LEAD_WORD}(?:\s*[,.!]\s*|\s+))*", re.I)
# "Sambang tersebut dihadiri …", "Patroli dialogis ini …", "Sambang berjalan aman": the same
# visit told on, not another
_GOES_ON = re.compile(
    r"\s*(?:tersebut|tsb|ini|itu|berjalan|berlangsung|dihadiri|diikuti|selesai|telah|sudah|sdh"
    r"|dilanjutkan|juga|ditutup|dimulai|dilaksanakan|dilakukan|diadakan|digelar|mulai|aman|lancar|kondusif|terkendali|kali\s+ini)\b|\s*[.!,]?\s*$",
    re.I,
)
_LOWER_CODE = re.compile(r"(?i:(cs|ps|dd))\b(?=\s+[a-z])")
# a release: the Bhabin does an activity ("Bhabinkamtibmas Kel. X … melaksanakan sambang"),
# or it was done by him ("Telah dilaksanakan kegiatan … oleh Bhabinkamtibmas")
_RELEASE = re.compile(
    r"\bbhabin\w*\b[^;|]{0,140}?\b(?:melaksanakan|melakukan|menggelar|mengadakan|menyambangi"
    r"|mengisi|memberikan|mengunjungi)\b"
    r"|\b(?:telah\s+)?dilaksanakan\b[^;|]{0,120}?\boleh\s+bhabin\w*\b",
    re.I,
)
_DATE = re.compile(
    rf"\b\d{{1,2}}[/-]\d{{1,2}}(?:[/-]\d{{2,4}})?\b|\b\d{{1,2}}\s+{MONTH_WORD}(?:\s+\d{{4}})?\b"
    rf"|\b(?:tgl|tanggal)\.?\s*\d{{1,2}}\b",
    re.I,
)


# the writer's name closing a report with no stop after it: "… aman. Bripka Agus Setiawan DDS …"
_SIGNED = re.compile(rf"(?:^|(?<=[.!?])\s+)(?:{POLICE_RANKS})\b\.?", re.I)
_NAME_WORD = re.compile(r"\s+[A-Za-z][\w'.-]*")


def _ends(text: str) -> list[tuple[int, int, bool]]:
    """Where sentences may end: (start, end, at a stop)."""
    ends = [(m.start(), m.end(), m.group(0)[:1] in ".!?") for m in _END.finditer(text)]
    for m in _UNSTOPPED.finditer(text):
        if _opens(text[m.end() : m.end() + 200]):
            ends.append((m.end(), m.end(), False))
    for m in _SIGNED.finditer(text):
        at = m.end()
        for _ in range(3):  # a name of up to three words
            word = _NAME_WORD.match(text, at)
            if word is None:
                break
            at = word.end()
            if _opens(text[at : at + 200]):
                ends.append((at, at, False))
                break
    return sorted(ends)


def _sentences(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s sentences, not cut at an abbreviation's stop ("Jl.", "Kel. X")."""
    spans, start = [], 0
    for a, b, stop in _ends(text):
        if a < start:
            continue
        if stop:
            word = re.search(r"([\w.]*)$", text[max(start, a - 24) : a])
            before = word.group(1).casefold() if word else ""
            if before in ABBREVIATIONS or len(before) == 1:
                continue
            if before in _NUMBERED and re.match(r"\s*\d", text[b:]):
                continue
        if text[start:a].strip():
            spans.append((start, b))
            start = b
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def _type_at_head(text: str) -> bool:
    fixed = activity.classified(text)
    for _, pattern in activity.PATTERNS:
        m = pattern.match(fixed)
        if m:
            return not _GOES_ON.match(fixed, m.end())
    m = _LOWER_CODE.match(fixed)  # "ps masalah sampah …", as chat writes a type's code
    return bool(m and m.group(1).upper() in activity.find_types(m.group(1).lower() + fixed[2:40]))


def _opens(sentence: str) -> bool:
    """The sentence begins another activity: its type at its head, or a release's opening."""
    sentence = sentence.strip()
    lead = _LEAD.match(sentence)
    rest = sentence[lead.end() :] if lead else sentence
    if _type_at_head(rest):
        return True
    return bool(
        _RELEASE.search(sentence)
        and activity.find_types(activity.classified(sentence))
        and (_DATE.search(sentence) or times.find_time(activity.classified(sentence)))
    )


@dataclass(frozen=True)
class _Told:
    """What a part tells of its activity: the types and what says when and where."""

    types: frozenset[str]
    said: dict[str, object]


def _told(text: str) -> _Told:
    fixed = activity.classified(text)
    area = find_area(numerals.as_digits(text))
    time = times.find_time(fixed) or times.find_time(fixed, bare=True, strict_bare=True)
    date = _DATE.search(fixed)
    said: dict[str, object] = {
        "time": time[0] if time else None,
        "date": re.sub(r"\W+", "", date.group(0).casefold()) if date else None,
        "rw": area.rw,
        "rt": area.rt,
        "place": _place_words(places.place_from_prose(text)) or None,
    }
    return _Told(
        frozenset(activity.find_types(fixed)), {k: v for k, v in said.items() if v is not None}
    )


# words of a place that name no place of their own
_GENERIC = frozenset(
    [
        "jl",
        "jln",
        "jalan",
        "gg",
        "gang",
        "di",
        "ke",
        "rt",
        "rw",
        "kel",
        "kelurahan",
        "depan",
        "sekitar",
        "kawasan",
        "wilayah",
        "wil",
        "lingkungan",
        "rumah",
        "warga",
        "raya",
        "dalam",
    ]
)


def _place_words(place: str) -> frozenset[str]:
    """The words that name a place: "Jl. Kenari Raya" and "jl kenari" name the same street."""
    words = re.findall(r"[a-z0-9]+", place.casefold())
    return frozenset(w for w in words if w not in _GENERIC and not w.isdigit())


# a report says more than a title does: how it went, how many were met, or a sentence's worth
_MORE = re.compile(
    r"\b(?:aman|kondusif|terkendali|lancar|waspada|rawan)\b|\b\d+\s*(?:org|orang|warga|rumah|kk)\b",
    re.I,
)


def _tells(told: _Told) -> bool:
    return bool(told.types) and any(k != "date" for k in told.said)


def _report(text: str) -> bool:
    """``text`` tells an activity as a report does, not as a title ("Sambang di Jl. Salemba")."""
    told = _told(text)
    return _tells(told) and bool(
        "time" in told.said or _MORE.search(activity.classified(text)) or len(text.split()) >= 8
    )


def _another(before: _Told, after: _Told) -> bool:
    """``after`` tells another activity than ``before``: it says another time or place, or
    opens with another type; what only says again when and where the one before was (a
    recap, "Sambang RW 03 aman") is that one."""
    shared = [k for k in after.said if k in before.said]
    if any(before.said[k] != after.said[k] for k in shared if k != "place"):
        return True
    if "place" in shared:
        one, other = before.said["place"], after.said["place"]
        assert isinstance(one, frozenset) and isinstance(other, frozenset)
        if not (one <= other or other <= one):  # "Jl. Kenari Raya" is "jl kenari"
            return True
    return not shared or not (before.types & after.types)


def _day(text: str, today: dt.date) -> dt.date | None:
    """The day a part is dated: a date written in it, else "hari ini", "tadi", "kemarin"."""
    found = [f for f in dates.find_dates(text, today) if f.value is not None and not f.event]
    if found:
        return found[0].value
    return dates.relative_date(text, today)


def _new_day(before: str, after: str, today: dt.date | None) -> bool:
    """``after`` opens with an activity of a day of its own, not the day ``before`` tells
    ("Senin 2/12 sambang … aman. Sambang pagi ini aman, …" read on Wednesday): another report,
    though it names no time or place. Both days must be written; a day the same as before's
    is the visit told on."""
    if today is None:
        return False
    head = after[: _sentences(after)[0][1]] if after.strip() else after
    if not activity.find_types(activity.classified(head)) or not _MORE.search(after):
        return False
    own, earlier = dates.relative_date(head, today), _day(before, today)
    return own is not None and earlier is not None and own != earlier


def run_together(text: str, today: dt.date | None = None) -> list[str] | None:
    """Each activity's own text when ``text`` runs several reports
    together; None when it tells one. ``today``: the day relative days
    ("hari ini", "kemarin") count from."""
    spans = _sentences(text)
    if len(spans) < 2:
        return None
    starts = [a for i, (a, b) in enumerate(spans) if i and _opens(text[a:b])]
    if not starts:
        return None
    bounds = [0, *starts, len(text)]
    parts: list[tuple[int, int]] = []
    dated: set[int] = set()  # parts opened by a day of their own alone
    for a, b in zip(bounds, bounds[1:], strict=False):
        seen = _told(text[a:b])
        if not parts or (_tells(seen) and _another(_told(text[slice(*parts[-1])]), seen)):
            parts.append((a, b))
        elif _new_day(text[slice(*parts[-1])], text[a:b], today):
            dated.add(len(parts))
            parts.append((a, b))
        else:
            parts[-1] = (parts[-1][0], b)  # the same visit told on, a recap: the part before's
    first = text[slice(*parts[0])]
    if len(parts) > 1 and (not _report(first) or headline(f"{first.strip()}\n\n")):
        # "Izin lapor Dan." before the first, a release's headline: the first's
        parts[:2] = [(parts[0][0], parts[1][1])]
        dated = {i - 1 for i in dated if i > 1}
    if len(parts) < 2 or not all(
        i in dated or _report(text[a:b]) for i, (a, b) in enumerate(parts)
    ):
        return None
    return [text[a:b].strip() for a, b in parts]


def dated_ahead(first: str) -> bool:
    """Whether the first report's date stands before its activity ("Senin 2/12 sambang …"):
    the day of every report run on after it. A date written after ("Sambang … 29/11, aman")
    is the first's own, and a report after it without one tells none."""
    fixed = activity.classified(first)
    date = _DATE.search(fixed) or re.search(rf"\b{WEEKDAY_WORD}\b", fixed, re.I)
    heads = [m.start() for _, p in activity.PATTERNS if (m := p.search(fixed))]
    return bool(date and heads and date.start() < min(heads))


# what opens a message of its own: a greeting, the writer asking leave to report
_OPENING = re.compile(
    r"^\W*(?:(?:[IVX]{1,4}|\d{1,2}|[a-h])[.)]\s+)?(?:assalamu|asalamu|selamat\s+(?:pagi|siang|sore|malam)"
    r"|(?:mohon\s+)?(?:izin|ijin|ijn)\b|lapor(?:an)?\s+(?:kegiatan|giat|dan|ndan|komandan)\b"
    r"|(?:kepada\s+)?yth\b)",
    re.I,
)
_RULE = re.compile(r"^\s*[-=_*~.•]{3,}\s*$")  # "----------": one message ends here
# "Kegiatan kedua:", "II.", "*Giat 2*": a heading over the message below it
_HEADING = re.compile(
    r"^\W*(?:(?:giat|kegiatan|kgt|laporan)\s*(?:ke\s*-?\s*)?(?:\d{1,2}|[ivx]{1,4}|pertama|kedua"
    r"|ketiga|satu|dua|tiga)|[IVX]{1,4}|\d{1,2})\W*$",
    re.I,
)


def pasted_starts(text: str) -> list[int]:
    """The lines where messages pasted one after another begin: after a
    blank line or a rule, a greeting or the writer asking leave to report
    (under its heading, if any). Empty when there is but one."""
    lines = text.split("\n")
    starts = []
    for i, line in enumerate(lines):
        after_break = i == 0 or not lines[i - 1].strip() or _RULE.match(lines[i - 1])
        if not after_break or not line.strip() or _RULE.match(line):
            continue
        if (
            _OPENING.match(line)
            or _HEADING.match(line)
            and i + 1 < len(lines)
            and _OPENING.match(lines[i + 1])
        ):
            starts.append(i)
    if len(starts) < 2 and not any(_RULE.match(line) for line in lines):
        return []
    # a rule parts the messages even where the next opens with no greeting
    ruled = [i + 1 for i, line in enumerate(lines[:-1]) if _RULE.match(line)]
    found = sorted({0, *starts, *ruled} if ruled else set(starts))
    return found if len(found) >= 2 else []
