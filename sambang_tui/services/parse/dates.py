"""Dates and times as Bhabins write them: ``Senin, 02 Desember 2024``,
``Senin (02/12/2024)``, ``2-12-2024``, ``02 Des 2024``, ``tgl 2/12``,
``hari ini``; ``10.00 WIB``, ``pukul 10:00``, ``jam 10``, ``10.00 s.d. 11.30``."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("januari", "jan"),
        ("februari", "pebruari", "feb", "peb"),
        ("maret", "mar", "mrt"),
        ("april", "apr"),
        ("mei",),
        ("juni", "jun"),
        ("juli", "jul"),
        ("agustus", "agu", "agt", "ags", "agst", "aug"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "oct"),
        ("november", "nopember", "nov", "nop"),
        ("desember", "des", "dec"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad")
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
# chat abbreviations of a weekday, read only right before a date ("jmt 10/1", "mg 1/12")
_WEEKDAY_SHORT = {"mg": "minggu", "jmt": "jumat", "jm'at": "jumat", "sbt": "sabtu", "snn": "senin",
                  "sls": "selasa", "rb": "rabu", "kms": "kamis"}  # fmt: skip
_WEEKDAY_MARK = rf"(?:{_WEEKDAY}|{'|'.join(map(re.escape, _WEEKDAY_SHORT))})"
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

_NAMED = re.compile(rf"\b(\d{{1,2}})\s*(?:-\s*)?({_MONTH})(?:\s*(?:-\s*)?(\d{{4}}))?\b", re.I)
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SHORT = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
_MARKER_BEFORE = re.compile(
    rf"(?:\b(?:tgl|tanggal|tang|hari|hr)\.?|\b{_WEEKDAY_MARK}|\()\s*[,/]?\s*$", re.I
)
_NOT_DATE_BEFORE = re.compile(r"\b(?:rt|rw|no|nomor|blok|tps)\.?\s*$", re.I)


@dataclass(frozen=True)
class Found:
    value: dt.date | None  # None: a date is written here, but its weekday says otherwise
    start: int
    marked: bool  # a weekday, "tgl" or "(" stands before it
    event: bool = False  # the date of something else: "Pilkada 27 November", "sejak 14 Agustus"


# a date right after these words is another event's, not the activity's
_EVENT_BEFORE = re.compile(
    r"\b(?:pilkada|pemilu|pilpres|pileg|pencoblosan|pemungutan\s+suara|hari\s+h|jelang|menjelang|"
    r"pasca|usai|sejak|hingga|sampai|s\.?d\.?|batas|hut|peringatan|rencana|direncanakan|akan)"
    r"(?:\s+(?:tanggal|tgl|tgl\.|hari))?\s*,?\s*$",
    re.I,
)


_WEEKDAY_NUMBER = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}  # fmt: skip
_WEEKDAY_BEFORE = re.compile(
    rf"\b({_WEEKDAY_MARK})\b\W{{0,4}}(?:(?:tgl|tanggal|tang)\b\.?\W{{0,3}})?$", re.I
)
_LOOKBACK_YEARS = 8  # far enough back to reach a 29 February
# how far back a weekday may move a date without a year: "Jumat (20/12)" written
# in December 2025 is 20 December 2024, the Friday; "Senin tgl 2 desember" written
# in December 2026 is 2 December 2024
WEEKDAY_LOOKBACK = dt.timedelta(days=3 * 366)


def resolve_year(
    day: int, month: int, today: dt.date, weekday: int | None = None
) -> dt.date | None:
    """The date of a day and month written without a year: the latest one
    not after ``today`` (a chat report tells what was done, never what will
    be). With a weekday written beside it, the latest such date that falls
    on that weekday, within three years; none (the date is in doubt) when
    no date that near agrees with it."""
    candidates: list[dt.date] = []
    for year in range(today.year, today.year - _LOOKBACK_YEARS, -1):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        if value <= today:
            candidates.append(value)
    if weekday is None:
        return candidates[0] if candidates else None
    for value in candidates:
        if today - value > WEEKDAY_LOOKBACK:
            break
        if value.weekday() == weekday:
            return value
    return None


def _weekday_before(text: str, start: int) -> int | None:
    """The weekday written right before a date; "malam Minggu" is the
    evening of the day before (Saturday)."""
    window = text[max(0, start - 24) : start]
    m = _WEEKDAY_BEFORE.search(window)
    if m is None:
        return None
    word = m.group(1).casefold()
    weekday = _WEEKDAY_NUMBER.get(_WEEKDAY_SHORT.get(word, word))
    if weekday is not None and re.search(r"\bmalam\s*$", window[: m.start()], re.I):
        weekday = (weekday - 1) % 7
    return weekday


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, if it exists and falls in this century (what a report can mean)."""
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value if 2000 <= value.year <= 2099 else None


def _marked(text: str, start: int) -> bool:
    return bool(_MARKER_BEFORE.search(text[max(0, start - 24) : start]))


def _found(text: str, value: dt.date | None, start: int) -> Found:
    before = text[max(0, start - 40) : start]
    return Found(value, start, _marked(text, start), bool(_EVENT_BEFORE.search(before)))


def _agrees(text: str, start: int, value: dt.date) -> dt.date | None:
    """``value`` if the weekday written before it (if any) is its own."""
    weekday = _weekday_before(text, start)
    return value if weekday is None or value.weekday() == weekday else None


def find_dates(text: str, today: dt.date, *, short_needs_marker: bool = True) -> list[Found]:
    """Every explicit date in ``text``, in order of position; a date its
    written weekday disagrees with is found with no value (in doubt)."""
    found: list[Found] = []
    mask = bytearray(len(text))  # characters already read as part of a date

    def take(span: tuple[int, int]) -> None:
        mask[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    def free(a: int, b: int) -> bool:
        return not any(mask[a:b])

    for m in _ISO.finditer(text):
        value = make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if value:
            found.append(_found(text, _agrees(text, m.start(), value), m.start()))
            take(m.span())
    for m in _NUMERIC.finditer(text):
        if not free(*m.span()) or _NOT_DATE_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if m.group(2) == "." and not _marked(text, m.start()):
            continue  # 10.00.2024-like numbers without a weekday are too risky
        year = int(m.group(4))
        year = year + 2000 if year < 100 else year
        value = make_date(year, int(m.group(3)), int(m.group(1)))
        if value:
            found.append(_found(text, _agrees(text, m.start(), value), m.start()))
            take(m.span())
    for m in _NAMED.finditer(text):
        if not free(*m.span()):
            continue
        month = MONTHS[m.group(2).rstrip(".").casefold()]
        day = int(m.group(1))
        if m.group(3):
            value = make_date(int(m.group(3)), month, day)
            value = value and _agrees(text, m.start(), value)
        else:
            value = resolve_year(day, month, today, _weekday_before(text, m.start()))
        if value or (1 <= day <= 31 and _weekday_before(text, m.start()) is not None):
            found.append(_found(text, value, m.start()))
            take(m.span())
    for m in _SHORT.finditer(text):
        if not free(*m.span()):
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        if _NOT_DATE_BEFORE.search(before):
            continue
        marked = _marked(text, m.start())
        if short_needs_marker and not marked and not _SHORT_ALONE.match(text, m.end()):
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        weekday = _weekday_before(text, m.start())
        value = resolve_year(day, month, today, weekday)
        if value or weekday is not None:
            found.append(_found(text, value, m.start()))
            take(m.span())
    for m in _DAY_ONLY.finditer(text):
        if not free(*m.span()):
            continue
        value = _day_of_month(int(m.group(1)), today)
        if value:
            found.append(_found(text, _agrees(text, m.start(), value), m.start()))
            take(m.span())
    found.sort(key=lambda f: f.start)
    return found


# "tgl 8": the day of this month (or of the last, when it is still to come)
_DAY_ONLY = re.compile(r"\b(?:tgl|tanggal)\.?\s*(\d{1,2})\b(?![/.-]?\d|\s*[/.-])", re.I)


def _day_of_month(day: int, today: dt.date) -> dt.date | None:
    month_start = today.replace(day=1)
    for first in (month_start, (month_start - dt.timedelta(days=1)).replace(day=1)):
        value = make_date(first.year, first.month, day)
        if value is not None and value <= today:
            return value
    return None


# "29/11" with no "tgl" before it is a date when nothing count-like follows
# ("29/11 pkl 17.00", "29/11, ± 70 jamaah"), not "3/4 warga" or "1/2 jam"
_SHORT_ALONE = re.compile(r"(?=\s*(?:[,.;)]|$|\n|pkl|pukul|jam|\d{1,2}[.:]\d{2}))", re.I)

# "hari Senin", "pada Selasa", "Hari : Senin": a weekday with no date beside it
_WEEKDAY_ONLY = re.compile(
    rf"(?:\b(?:hari|hr|pada)\s+|^\s*|\b(?={_WEEKDAY}\s+(?:pagi|siang|sore|malam)\b))"
    rf"(?P<day>{_WEEKDAY})\b(?!\s*(?:,\s*)?(?:\(|tgl|tanggal|\d))"
    r"(?!\s+(?:depan|lalu|ini|besok|yad|mendatang))",
    re.I,
)
_AHEAD_BEFORE = re.compile(r"\b(?:akan|besok|rencana\w*|nanti|mendatang)\b[^.\n]{0,30}$", re.I)


def weekday_date(text: str, today: dt.date) -> dt.date | None:
    """The latest date on or before ``today`` of the one weekday written
    alone ("pada hari Senin"); none when several weekdays are."""
    days = set()
    for m in _WEEKDAY_ONLY.finditer(text):
        if _AHEAD_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        days.add(_WEEKDAY_NUMBER[m.group("day").casefold().replace("jum'at", "jumat")])
    if len(days) != 1:
        return None
    (weekday,) = days
    return today - dt.timedelta(days=(today.weekday() - weekday) % 7)


_RELATIVE = re.compile(
    r"\b(?P<word>hari\s+ini|hr\s+ini|today|hri\s+ini|(?:pagi|siang|sore|malam)\s+ini"
    r"|(?:td|tdi)\s+(?P<part>pagi|siang|sore|malam)|tadi(?:\s+(?P<part2>pagi|siang|sore|malam))?"
    r"|(?P<part3>pagi|siang|sore|malam)\s+(?:tadi|td|tdi)"
    r"|semalam|kemarin\s+lusa|kemarin|kmrn|kemaren|kmarin)\b(?!nya)",
    re.I,
)


def relative_date(text: str, today: dt.date, sent_at: dt.time | None = None) -> dt.date | None:
    """ "hari ini", "tadi", "kemarin" as a date counted from ``today`` (the
    day the message was sent). "tadi malam" and "semalam" are the evening
    before when the message was sent in the morning."""
    m = _RELATIVE.search(text)
    if m is None:
        return None
    word = m.group("word").casefold()
    if m.group("part3"):  # "pagi tadi", "malam td": as "tadi pagi", "tadi malam"
        word = f"tadi {m.group('part3').casefold()}"
    if word.startswith(("kemarin", "kmrn", "kemaren", "kmarin")):
        return today - dt.timedelta(days=2 if "lusa" in word else 1)
    part = (m.group("part") or m.group("part2") or m.group("part3") or "").casefold()
    night = word == "semalam" or part == "malam"
    if night and word.startswith(("tadi", "td", "tdi", "semalam")):
        if sent_at is not None and sent_at < dt.time(12):
            return today - dt.timedelta(days=1)
        if word == "semalam":
            return today - dt.timedelta(days=1)
    return today


@dataclass
class DatePick:
    value: dt.date | None = None
    doubt: bool = False  # a date is written but could not be read with confidence


def pick_date(
    section: str | None, free: str, today: dt.date, sent_at: dt.time | None = None
) -> DatePick:
    """The activity's date: the date section's, else the one the prose
    states (preferring one after a weekday or "tgl"), else a weekday
    written alone, else "hari ini"/"tadi"/"kemarin"."""
    if section:
        dates = find_dates(section, today, short_needs_marker=False)
        if dates:
            return DatePick(dates[0].value, dates[0].value is None)
        day = weekday_date(section, today) or relative_date(section, today, sent_at)
        if day:
            return DatePick(day)
    # a date still to come is another event's: a report tells what was done
    dates = [
        d for d in find_dates(free, today) if not d.event and not (d.value and d.value > today)
    ]
    if dates:
        marked = [d for d in dates if d.marked]
        pool = marked or dates
        distinct = {d.value for d in pool}
        if (len(distinct) == 1 or marked) and pool[0].value is not None:
            return DatePick(pool[0].value)
        return DatePick(None, True)
    day = weekday_date(free, today)
    rel = relative_date(free, today, sent_at)
    if day and rel and day != rel:
        return DatePick(None, True)
    return DatePick(day or rel)


# --- times -----------------------------------------------------------------

_T = r"(\d{1,2})(?:[.:]?(\d{2}))?"  # "10", "10.00", "10:00", and "1000" after a marker
_MARKED_TIME = re.compile(
    rf"\b(?:pukul|pkl|jam|jm|start)\.?\s*{_T}(?!\d)(?!\s*(?:orang|org|rumah|kk|hari|menit)\b)", re.I
)
_ZONE_TIME = re.compile(r"(?<![\d./:])(\d{1,2})[.:](\d{2})\s*(?:wib|wita|wit)\b", re.I)
_BARE_TIME = re.compile(r"(?<![\d./:])(\d{1,2})[.:](\d{2})(?![\d./:])")
_RANGE = re.compile(
    rf"^\s*(?:wib\s*)?(?:(?:pagi|siang|sore|petang|malam)\s*)?(?P<sep>s\.?\s*/?\s*d\.?|sd|sampai(?:\s+dengan)?|hingga|finish|-|–|—)\s*"
    rf"(?:pukul|pkl|jam)?\.?\s*{_T}(?![\d:/]|\.\d)",
    re.I,
)


_RANGE_START = re.compile(
    r"(?<![\d./:])(\d{1,2})[.:](\d{2})\s*(?:wib\s*)?(?:s\.?\s*/?\s*d\.?|sd|sampai(?:\s+dengan)?|hingga|-|–|—)\s*$",
    re.I,
)


def _time(hour: str, minute: str | None) -> dt.time | None:
    h, mnt = int(hour), int(minute or 0)
    if h < 24 and mnt < 60:
        return dt.time(h, mnt)
    return None


# "jam 8 malam" is 20:00, "jam 3 sore" 15:00, "jam 1 siang" 13:00; "pkl 7 pagi" 07:00
_PART_AFTER = re.compile(r"\s*(?:wib\s*)?(?:an\s+)?(pagi|siang|sore|petang|malam)\b", re.I)
_PART_BEFORE = re.compile(r"\b(pagi|siang|sore|petang|malam)(?:\s+hari)?\s*,?\s*$", re.I)


def _day_part(value: dt.time, part: str | None) -> dt.time:
    """``value`` on the 24-hour clock, as the part of the day written with it says."""
    if part is None or value.hour >= 12 or value.hour == 0:
        return value
    part = part.casefold()
    if part == "siang" and value.hour <= 5:
        return value.replace(hour=value.hour + 12)
    if part in ("sore", "petang") and 1 <= value.hour <= 8:
        return value.replace(hour=value.hour + 12)
    if part == "malam" and 6 <= value.hour <= 11:
        return value.replace(hour=value.hour + 12)
    return value


def _part_near(text: str, start: int, end: int) -> str | None:
    after = _PART_AFTER.match(text, end)
    if after:
        return after.group(1)
    before = _PART_BEFORE.search(text[max(0, start - 16) : start])
    return before.group(1) if before else None


def _with_end(text: str, end_at: int, start: dt.time) -> tuple[dt.time, dt.time | None]:
    """``start`` and the end of a range written after it. After a dash the
    end needs its minutes (``10.00 - 5 orang`` is no range)."""
    m = _RANGE.match(text[end_at:])
    if m is None:
        return start, None
    if (
        m.group("sep") in ("-", "–", "—")
        and m.group(3) is None
        and (start.minute or _COUNT_AFTER.match(text, end_at + m.end()))
    ):
        return start, None  # "jm 10-12" is a range of hours; "10.00 - 5 orang" no range
    end = _time(m.group(2), m.group(3))
    if end is not None:
        end = _day_part(end, _part_near(text, end_at + m.start(2), end_at + m.end()))
    if end is None:
        return start, None
    if end < start and start.hour >= 12 and end.hour < 12 and m.group(3) is None:
        later = end.replace(hour=end.hour + 12)  # "jam 7 malam sampai 9": 21.00, not 09.00
        end = later if later > start else end
    overnight = start.hour >= 18 and end.hour < 6  # "22.30 sd 00.30"
    return (start, end) if end > start or overnight else (start, None)


_COUNT_AFTER = re.compile(
    r"\s*(?:orang|org|kk|rumah|warga|peserta|jiwa|personil|menit|hari)\b", re.I
)


# a bare "19.30" in a terse message: not a count, an RT, a number or a date
_NOT_TIME_BEFORE = re.compile(
    r"(?:\b(?:rt|rw|no|nomor|blok|tps|rp|nrp|tgl|tanggal|hp|telp|wa)\.?\s*|[±+-]\s*)$", re.I
)


# "1. 0800 DDS …", "- 1930 patroli …": four digits heading a list item or a line are its clock
_ITEM_TIME = re.compile(
    r"(?:(?:^|(?<=\n))[ \t]*(?:[-•*][ \t]*)?|(?<![\w.,/])\d{1,2}[.)][ \t]+)"
    r"([01]\d|2[0-3])([0-5]\d)(?=[ \t]+[A-Za-z])"
    rf"(?![ \t]+(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}|orang|org|warga|kk|rumah|jiwa)\b)",
    re.I,
)
_BULLET_BEFORE = re.compile(r"(?:^|\n)[ \t]*[-•*][ \t]*$")  # "- 10.00 sambang …": a list item
# "0930 s/d 1100", "1930-2100": four digits are a clock where a range of two joins them
_FOUR_RANGE = re.compile(
    r"(?<![\w./:-])(?!(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d)([01]\d|2[0-3])([0-5]\d)"
    r"(?=\s*(?:s\.?\s*/?\s*d\.?|sd|sampai|hingga|-|–)\s*(?:[01]\d|2[0-3])[0-5]\d(?![\w./:-]))",
    re.I,
)


def find_time(
    text: str, *, bare: bool = False, strict_bare: bool = False
) -> tuple[dt.time, dt.time | None] | None:
    """The first time in ``text`` with the end of its range if one is given.
    Without ``bare`` a time needs "pukul"/"jam" before it or "WIB" after;
    ``strict_bare`` takes a bare ``19.30`` only where nothing says it is
    something else. A part of the day beside the hour counts ("jam 8
    malam" is 20:00)."""
    candidates = []
    for pattern in (_MARKED_TIME, _ZONE_TIME, _ITEM_TIME, _FOUR_RANGE, *((_BARE_TIME,) if bare else ())):
        for m in pattern.finditer(text):
            if _ENDS_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
                continue  # "Kegiatan berakhir pukul 21.00": the end, not the start
            if pattern is _BARE_TIME and strict_bare:
                lead = text[max(0, m.start() - 8) : m.start()]
                if _NOT_TIME_BEFORE.search(lead) and not _BULLET_BEFORE.search(lead):
                    continue
                if re.match(r"\s*(?:orang|org|kk|rumah|%|cm|m\b|km|kg)", text[m.end() :], re.I):
                    continue
            candidates.append(m)
            break
    for m in sorted(candidates, key=lambda m: m.start()):
        start = _time(m.group(1), m.group(2))
        if start is None:
            continue
        start = _day_part(start, _part_near(text, m.start(), m.end()))
        before = _RANGE_START.search(text[: m.start()])
        if before:  # "21.00 - 23.00 WIB": the zone is written after the end
            first = _time(before.group(1), before.group(2))
            if first is not None and first < start:
                return first, start
        return _with_end(text, m.end(), start)
    return None


_ENDS_BEFORE = re.compile(
    r"\b(?:berakhir|selesai|usai|ditutup|bubar)\s+(?:pada\s+)?(?:pukul|pkl|jam)?\.?\s*$", re.I
)
_END_WORDS = re.compile(
    rf"\b(?:berakhir|selesai|usai|ditutup|bubar)\s+(?:pada\s+)?(?:pukul|pkl|jam)\.?\s*{_T}(?![\d.:/])",
    re.I,
)


def end_time(text: str, start: dt.time | None) -> dt.time | None:
    """The end told on its own: "Kegiatan berakhir pukul 22.00 WIB"."""
    m = _END_WORDS.search(text)
    if m is None:
        return None
    end = _time(m.group(1), m.group(2))
    if end is None:
        return None
    end = _day_part(end, _part_near(text, m.start(1), m.end()))
    return end if start is None or end > start else None


def time_after_date(text: str, today: dt.date) -> tuple[dt.time, dt.time | None] | None:
    """A bare ``10.00`` right after a date (``Jumat 29/11/2024 10.00``)."""
    for found in find_dates(text, today):
        tail = text[found.start :]
        m = re.match(r"\S+(?:\s+\S+){0,2}?\s*,?\s+(\d{1,2})[.:](\d{2})(?![\d./:])", tail)
        if m:
            start = _time(m.group(1), m.group(2))
            if start:
                return _with_end(tail, m.end(), start)
    return None
