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
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

_NAMED = re.compile(rf"\b(\d{{1,2}})\s*(?:-\s*)?({_MONTH})(?:\s*(?:-\s*)?(\d{{4}}))?\b", re.I)
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-])")
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SHORT = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
_MARKER_BEFORE = re.compile(
    rf"(?:\b(?:tgl|tanggal|tang|hari|hr)\.?|\b{_WEEKDAY}|\()\s*[,/]?\s*$", re.I
)
_NOT_DATE_BEFORE = re.compile(r"\b(?:rt|rw|no|nomor|blok|tps)\.?\s*$", re.I)
_RELATIVE = re.compile(
    r"\b(hari ini|hr ini|hri ini|(?:tadi|td|tdi)\s+(?:pagi|siang|sore|malam)|(?:pagi|siang|sore|malam)\s+ini|kemarin|kmrn|kemaren)\b",
    re.I,
)


@dataclass(frozen=True)
class Found:
    value: dt.date
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
    rf"\b({_WEEKDAY})\b\W{{0,4}}(?:(?:tgl|tanggal|tang)\b\.?\W{{0,3}})?$", re.I
)
_LOOKBACK_YEARS = 8  # far enough back to reach a 29 February


def resolve_year(
    day: int, month: int, today: dt.date, weekday: int | None = None
) -> dt.date | None:
    """The date of a day and month written without a year: the latest one
    not after ``today`` (a chat report tells what was done, never what will
    be). A weekday written with it chooses among the candidates of the last
    twelve months; one that fits none of them is a slip and is ignored
    rather than pushing the date into the future or years back."""
    candidates: list[dt.date] = []
    for year in range(today.year, today.year - _LOOKBACK_YEARS, -1):
        try:
            value = dt.date(year, month, day)
        except ValueError:
            continue
        if value <= today:
            candidates.append(value)
    if not candidates:
        return None
    if weekday is not None:
        try:
            year_ago = today.replace(year=today.year - 1)
        except ValueError:  # today is 29 February
            year_ago = today.replace(year=today.year - 1, day=28)
        for value in candidates:
            if value < year_ago:
                break
            if value.weekday() == weekday:
                return value
    return candidates[0]


def _weekday_before(text: str, start: int) -> int | None:
    m = _WEEKDAY_BEFORE.search(text[max(0, start - 16) : start])
    return _WEEKDAY_NUMBER.get(m.group(1).casefold()) if m else None


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, if it exists and falls in this century (what a report can mean)."""
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return value if 2000 <= value.year <= 2099 else None


def _marked(text: str, start: int) -> bool:
    return bool(_MARKER_BEFORE.search(text[max(0, start - 24) : start]))


def _found(text: str, value: dt.date, start: int) -> Found:
    before = text[max(0, start - 40) : start]
    return Found(value, start, _marked(text, start), bool(_EVENT_BEFORE.search(before)))


def find_dates(text: str, today: dt.date, *, short_needs_marker: bool = True) -> list[Found]:
    """Every explicit date in ``text``, in order of position."""
    found: list[Found] = []
    mask = bytearray(len(text))  # characters already read as part of a date

    def take(span: tuple[int, int]) -> None:
        mask[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    def free(a: int, b: int) -> bool:
        return not any(mask[a:b])

    for m in _ISO.finditer(text):
        value = make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if value:
            found.append(_found(text, value, m.start()))
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
            found.append(_found(text, value, m.start()))
            take(m.span())
    for m in _NAMED.finditer(text):
        if not free(*m.span()):
            continue
        month = MONTHS[m.group(2).rstrip(".").casefold()]
        day = int(m.group(1))
        if m.group(3):
            value = make_date(int(m.group(3)), month, day)
        else:
            value = resolve_year(day, month, today, _weekday_before(text, m.start()))
        if value:
            found.append(_found(text, value, m.start()))
            take(m.span())
    for m in _SHORT.finditer(text):
        if not free(*m.span()):
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        if _NOT_DATE_BEFORE.search(before):
            continue
        marked = _marked(text, m.start())
        if short_needs_marker and not marked:
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12):
            continue
        value = resolve_year(day, month, today, _weekday_before(text, m.start()))
        if value:
            found.append(_found(text, value, m.start()))
            take(m.span())
    found.sort(key=lambda f: f.start)
    return found


def relative_date(text: str, today: dt.date) -> dt.date | None:
    m = _RELATIVE.search(text)
    if m is None:
        return None
    word = m.group(1).casefold()
    if word in ("kemarin", "kmrn", "kemaren"):
        return today - dt.timedelta(days=1)
    return today


def pick_date(section: str | None, free: str, today: dt.date) -> dt.date | None:
    """The activity's date: the date section's, else the one the prose
    states (preferring one after a weekday or "tgl"), else "hari ini"."""
    if section:
        dates = find_dates(section, today, short_needs_marker=False)
        if dates:
            return dates[0].value
        rel = relative_date(section, today)
        if rel:
            return rel
    dates = [d for d in find_dates(free, today) if not d.event]
    if dates:
        marked = [d for d in dates if d.marked]
        pool = marked or dates
        distinct = {d.value for d in pool}
        if len(distinct) == 1 or marked:
            return pool[0].value
        return None
    return relative_date(free, today)


# --- times -----------------------------------------------------------------

_T = r"(\d{1,2})(?:[.:](\d{2}))?"
_MARKED_TIME = re.compile(
    rf"\b(?:pukul|pkl|jam|jm)\.?\s*{_T}(?!\d)(?!\s*(?:orang|org|rumah|kk|hari|menit)\b)", re.I
)
_ZONE_TIME = re.compile(r"(?<![\d./:])(\d{1,2})[.:](\d{2})\s*(?:wib|wita|wit)\b", re.I)
_BARE_TIME = re.compile(r"(?<![\d./:])(\d{1,2})[.:](\d{2})(?![\d./:])")
_RANGE = re.compile(
    rf"^\s*(?:wib\s*)?(?P<sep>s\.?\s*/?\s*d\.?|sd|sampai(?:\s+dengan)?|hingga|-|–|—)\s*"
    rf"(?:pukul|pkl|jam)?\.?\s*{_T}(?![\d.:/])",
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


def _with_end(text: str, end_at: int, start: dt.time) -> tuple[dt.time, dt.time | None]:
    """``start`` and the end of a range written after it. After a dash the
    end needs its minutes (``10.00 - 5 orang`` is no range)."""
    m = _RANGE.match(text[end_at:])
    if m is None:
        return start, None
    if m.group("sep") in ("-", "–", "—") and m.group(3) is None:
        return start, None
    end = _time(m.group(2), m.group(3))
    return (start, end) if end is not None and end > start else (start, None)


def find_time(text: str, *, bare: bool = False) -> tuple[dt.time, dt.time | None] | None:
    """The first time in ``text`` with the end of its range if one is given.
    Without ``bare`` a time needs "pukul"/"jam" before it or "WIB" after."""
    candidates = []
    for pattern in (_MARKED_TIME, _ZONE_TIME, *((_BARE_TIME,) if bare else ())):
        m = pattern.search(text)
        if m:
            candidates.append(m)
    for m in sorted(candidates, key=lambda m: m.start()):
        start = _time(m.group(1), m.group(2))
        if start is None:
            continue
        before = _RANGE_START.search(text[: m.start()])
        if before:  # "21.00 - 23.00 WIB": the zone is written after the end
            first = _time(before.group(1), before.group(2))
            if first is not None and first < start:
                return first, start
        return _with_end(text, m.end(), start)
    return None


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
