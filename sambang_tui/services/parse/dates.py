"""Dates as Bhabins write them: ``Senin, 02 Desember 2024``,
``Senin (02/12/2024)``, ``2-12-2024``, ``02 Des 2024``, ``tgl 2/12``,
``hari ini``; the clock times are read in ``times``."""

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
WEEKDAY_WORD = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
# chat abbreviations of a weekday, read only right before a date ("jmt 10/1", "mg 1/12")
_WEEKDAY_SHORT = {"mg": "minggu", "jmt": "jumat", "jm'at": "jumat", "sbt": "sabtu", "snn": "senin",
                  "sls": "selasa", "rb": "rabu", "kms": "kamis",
                  # the calendar's three letters: "Sen, 02.06.25", "Sab 05.07.2025", "Rab 14-1"
                  "sen": "senin", "sel": "selasa", "rab": "rabu", "kam": "kamis", "jum": "jumat",
                  "sab": "sabtu", "min": "minggu"}  # fmt: skip
WEEKDAY_MARK = rf"(?:{WEEKDAY_WORD}|{'|'.join(map(re.escape, _WEEKDAY_SHORT))})"
# a month's name or its short form, "Desember", "des.", "agt"
MONTH_WORD = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"

_NAMED = re.compile(rf"\b(\d{{1,2}})\s*(?:-\s*)?({MONTH_WORD})(?:\s*(?:-\s*)?(\d{{4}}))?\b", re.I)
_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")
# a month in Roman numerals, as letters and forms write it: "08-XII-2025", "10/IV/2025",
# "24 I 2026" (spaced only with a four-digit year, which no street or list number carries)
_ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH_WORD = "(?:" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True)) + ")"
_ROMAN_DATE = re.compile(
    rf"(?<![\d/.-])(\d{{1,2}})(?:([/.-])\s?({_ROMAN_MONTH_WORD})\s?\2\s?(\d{{4}}|\d{{2}})"
    rf"|\s+({_ROMAN_MONTH_WORD})\s+(\d{{4}}))(?![\w/-]|\.\d)",
    re.I,
)


def month_number(word: str) -> int | None:
    """The month a name ("Des", "desember"), a number ("12") or a Roman numeral ("XII") is."""
    word = word.rstrip(".").casefold()
    if word.isdigit():
        return int(word) if 1 <= int(word) <= 12 else None
    if word.upper() in _ROMAN_MONTHS:
        return _ROMAN_MONTHS.index(word.upper()) + 1
    return MONTHS.get(word)


# "Sen 10-3", "Sabtu 19-7": a day and month joined by a dash, no year, right after a weekday
_WEEKDAY_DASHED = re.compile(
    rf"\b{WEEKDAY_MARK}\b\.?,?\s*(?P<day>\d{{1,2}})-(?P<month>\d{{1,2}})(?![\d/-]|[.,]\d)", re.I
)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_SHORT = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?![\d/])")
_MARKER_BEFORE = re.compile(
    rf"(?:\b(?:tgl|tanggal|tang|hari|hr)\.?|\b{WEEKDAY_MARK}|\()\s*[,/]?\s*$", re.I
)
_NOT_DATE_BEFORE = re.compile(r"\b(?:rt|rw|no|nomor|blok|tps)\.?\s*$", re.I)


@dataclass(frozen=True)
class Found:
    value: dt.date | None  # None: a date is written here, but its weekday says otherwise
    start: int
    marked: bool  # a weekday, "tgl" or "(" stands before it
    event: bool = False  # the date of something else: "Pilkada 27 November", "sejak 14 Agustus"
    ahead: bool = False  # no year, and this year's falls soon after today: likely still to come


# a date right after these words is another event's, not the activity's
_EVENT_BEFORE = re.compile(
    r"\b(?:pilkada|pemilu|pilpres|pileg|pencoblosan|pemungutan\s+suara|hari\s+h|jelang|menjelang|"
    r"pasca|usai|sejak|hingga|sampai|s\.?d\.?|batas|hut|peringatan|rencana|direncanakan|akan)"
    r"(?:\s+(?:tanggal|tgl|tgl\.|hari))?\s*,?\s*$",
    re.I,
)


WEEKDAY_NUMBER = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}  # fmt: skip
_WEEKDAY_BEFORE = re.compile(
    rf"\b({WEEKDAY_MARK})\b\W{{0,4}}(?:(?:tgl|tanggal|tang)\b\.?\W{{0,3}})?$", re.I
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
    weekday = WEEKDAY_NUMBER.get(_WEEKDAY_SHORT.get(word, word))
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


def _found(text: str, value: dt.date | None, start: int, ahead: bool = False) -> Found:
    before = text[max(0, start - 40) : start]
    return Found(value, start, _marked(text, start), bool(_EVENT_BEFORE.search(before)), ahead)


# a day and month with no year that falls within the coming half year is most likely an
# event still to come ("minta pengamanan acara haul tgl 20 September" written on 8 September),
# not an activity of nearly a year ago: every such date in the corpora read is one. It is
# last year's only when nothing else in the message dates the activity
_AHEAD = dt.timedelta(days=183)


def _still_to_come(day: int, month: int, today: dt.date) -> bool:
    this_year = make_date(today.year, month, day)
    return this_year is not None and today < this_year <= today + _AHEAD


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
    for m in _ROMAN_DATE.finditer(text):
        if not free(*m.span()) or _NOT_DATE_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        year = int(m.group(4) or m.group(6))
        month = _ROMAN_MONTHS.index((m.group(3) or m.group(5)).upper()) + 1
        value = make_date(year + 2000 if year < 100 else year, month, int(m.group(1)))
        if value:
            found.append(_found(text, _agrees(text, m.start(), value), m.start()))
            take(m.span())
    for m in _WEEKDAY_DASHED.finditer(text):
        span = m.span("day")[0], m.end()
        if not free(*span) or not 1 <= int(m.group("month")) <= 12:
            continue
        # read only when the latest such day is the weekday's: a dash also joins counts
        value = resolve_year(int(m.group("day")), int(m.group("month")), today)
        if value is not None and value.weekday() == _weekday_before(text, span[0]):
            found.append(_found(text, value, span[0]))
            take(span)
    for m in _NAMED.finditer(text):
        if not free(*m.span()):
            continue
        month = MONTHS[m.group(2).rstrip(".").casefold()]
        day = int(m.group(1))
        if m.group(3):
            value = make_date(int(m.group(3)), month, day)
            value = value and _agrees(text, m.start(), value)
            ahead = False
        else:
            weekday = _weekday_before(text, m.start())
            value = resolve_year(day, month, today, weekday)
            ahead = weekday is None and _still_to_come(day, month, today)
        if value or (1 <= day <= 31 and _weekday_before(text, m.start()) is not None):
            found.append(_found(text, value, m.start(), ahead))
            take(m.span())
    for m in _SHORT.finditer(text):
        if not free(*m.span()):
            continue
        before = text[max(0, m.start() - 8) : m.start()]
        if _NOT_DATE_BEFORE.search(before):
            continue
        marked = _marked(text, m.start())
        if short_needs_marker and not marked and _COUNTED.match(text, m.end()):
            continue
        day, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        weekday = _weekday_before(text, m.start())
        value = resolve_year(day, month, today, weekday)
        if value or weekday is not None:
            ahead = weekday is None and _still_to_come(day, month, today)
            found.append(_found(text, value, m.start(), ahead))
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


# "29/11" with no "tgl" before it is a date ("29/11 pkl 17.00", "13/4 sbg pos kamling",
# "problem solving 20/2 cekcok …": every such day/month in the corpora read is the activity's)
# unless what follows counts something: "3/4 warga", "1/2 jam", "2/3 rumah"
_COUNTED = re.compile(
    r"\s*(?:(?:warga|wrg|org|orang|kk|rumah|rmh|jam(?!\s*\d)|jm(?!\s*\d)|menit|hari(?!\s+"
    + WEEKDAY_WORD
    + r")"
    r"|bulan|bln|tahun|thn|kali|x|bagian|dari|porsi|unit|buah|titik|lantai|lt|persen)\b|%)",
    re.I,
)

# "hari Senin", "pada Selasa", "Hari : Senin": a weekday with no date beside it
WEEKDAY_ONLY = re.compile(
    rf"(?:\b(?:hari|hr|pada)\s+|^\s*|\b(?={WEEKDAY_WORD}\s+(?:pagi|siang|sore|malam)\b)"
    # "Sambang sabtu pkl 08.00", "kemarin rabu jam 2": a weekday the clock follows;
    # "dds sabtu rw 04 …": the weekday right after the message's first word
    rf"|(?<!malam )(?<!mlm )\b(?={WEEKDAY_WORD}\s+(?:pkl|pukul|jam|jm)\b)"
    r"|^\s*[a-z]+\s+(?=(?:senin|selasa|rabu|kamis|jum'?at|sabtu)\b))"
    rf"(?P<day>{WEEKDAY_WORD})\b(?!\s*(?:,\s*)?(?:\(|tgl|tanggal|\d))"
    r"(?!\s+(?:depan|lalu|ini|besok|yad|mendatang))",
    re.I,
)
# "malam Minggu", "mlm jumat": the evening before that day (the held-out README's ruling)
# ("malming", "malsab": chat's contraction of "malam minggu", "malam sabtu")
_EVE = re.compile(
    rf"\b(?:(?:malam|mlm)\s+(?P<day>{WEEKDAY_WORD})\b(?!\s*(?:,\s*)?(?:\(|tgl|tanggal|\d))"
    r"|mal(?P<short>ming|sab|jum|kam|sen|sel|rab)(?:gu|tu|at|is|in|asa|u)?\b)",
    re.I,
)
_EVE_SHORT = {"ming": "minggu", "sab": "sabtu", "jum": "jumat", "kam": "kamis", "sen": "senin"}
_EVE_SHORT |= {"sel": "selasa", "rab": "rabu"}


# "sering terjadi di malam minggu", "tiap malam jumat": a habit, not the day it was done
_HABIT_BEFORE = re.compile(r"\b(?:di|setiap|tiap|sering|biasa\w*|kalau|kalo)\s+$", re.I)


def _eve_day(m: re.Match[str]) -> str:
    if m.group("short"):
        return _EVE_SHORT[m.group("short").casefold()]
    return m.group("day").casefold().replace("jum'at", "jumat")


def eve_date(text: str, today: dt.date) -> dt.date | None:
    """The latest evening on or before ``today`` of the one "malam <day>" written."""
    days = {
        (WEEKDAY_NUMBER[_eve_day(m)] - 1) % 7
        for m in _EVE.finditer(text)
        if not _ahead(text, m.start())
        and not _HABIT_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    }
    if len(days) != 1:
        return None
    (weekday,) = days
    return today - dt.timedelta(days=(today.weekday() - weekday) % 7)


_AHEAD_BEFORE = re.compile(r"\b(?:akan|besok|rencana\w*|nanti|mendatang)\b[^.\n]{0,30}$", re.I)
# what those met agreed on or plan ("disepakati kerja bakti … pada hari Minggu", "ada rencana
# pengumpulan massa … hari Sabtu", "sepakat nunggu musyawarah … hari sabtu") is still to
# come, however long the sentence runs before its day
_PLANNED_BEFORE = re.compile(
    r"\b(?:rencana\w*|direncanakan|(?:di|ber)?sepakat\w*|kesepakatan|(?:me)?nunggu|menanti)\b"
    r"[^.\n]{0,60}$",
    re.I,
)


def _ahead(text: str, start: int) -> bool:
    return bool(
        _AHEAD_BEFORE.search(text[max(0, start - 40) : start])
        or _PLANNED_BEFORE.search(text[max(0, start - 80) : start])
    )


def weekday_date(text: str, today: dt.date) -> dt.date | None:
    """The latest date on or before ``today`` of the one weekday written
    alone ("pada hari Senin"); none when several weekdays are."""
    days = set()
    for m in WEEKDAY_ONLY.finditer(text):
        if _ahead(text, m.start()):
            continue
        days.add(WEEKDAY_NUMBER[m.group("day").casefold().replace("jum'at", "jumat")])
    if len(days) != 1:
        return None
    (weekday,) = days
    return today - dt.timedelta(days=(today.weekday() - weekday) % 7)


# chat's spellings of the evening ("mlm", "malem") are read as "malam" wherever it is one
_PARTS = r"(?:pagi|siang|sore|malam|malem|mlm)"
_RELATIVE = re.compile(
    rf"\b(?P<word>hari\s+ini|hr\s+ini|today|hri\s+ini|{_PARTS}\s+ini|barusan"
    rf"|(?:td|tdi)\s+(?P<part>{_PARTS})|tadi(?:\s+(?P<part2>{_PARTS}))?"
    rf"|(?P<part3>{_PARTS})\s+(?:tadi|td|tdi)"
    r"|semalam|semalem|smlm|kemarin\s+lusa|kemarin|kmrn|kemaren|kmarin"
    # chat's "td" alone is "tadi" only beside a clock time: "pkl 16.00 td", "td jam 6.30"
    r"|(?<=\d\s)td(?=\W|$)|td(?=\s+(?:jam|pkl|pukul)\b))\b(?!nya)",
    re.I,
)


# "Sabtu kemarin", "jumat kmrn": the word qualifies the weekday (the last one), it is no
# day of its own
_WEEKDAY_JUST_BEFORE = re.compile(rf"\b{WEEKDAY_WORD}\s+$", re.I)


def relative_date(text: str, today: dt.date, sent_at: dt.time | None = None) -> dt.date | None:
    """ "hari ini", "tadi", "kemarin" as a date counted from ``today`` (the
    day the message was sent). "tadi malam" and "semalam" are the evening
    before when the message was sent in the morning."""
    m = next(
        (
            m
            for m in _RELATIVE.finditer(text)
            if not (m.group("word")[0] in "kK" and _WEEKDAY_JUST_BEFORE.search(text, 0, m.start()))
        ),
        None,
    )
    if m is None:
        return None
    word = m.group("word").casefold()
    if word in ("semalem", "smlm"):
        word = "semalam"
    if m.group("part3"):  # "pagi tadi", "malam td": as "tadi pagi", "tadi malam"
        word = f"tadi {m.group('part3').casefold()}"
    if word.startswith(("kemarin", "kmrn", "kemaren", "kmarin")):
        return today - dt.timedelta(days=2 if "lusa" in word else 1)
    part = (m.group("part") or m.group("part2") or m.group("part3") or "").casefold()
    night = word == "semalam" or part in ("malam", "malem", "mlm")
    if night and word.startswith(("tadi", "td", "tdi", "semalam")):
        if sent_at is not None and sent_at < dt.time(12):
            return today - dt.timedelta(days=1)
        if word == "semalam":
            return today - dt.timedelta(days=1)
    return today


# "Rabu kmrn", "Senin lalu", "SENIN KEMAREN": the last such weekday before today, however many
# days back ("kemarin" here says only "past"); not "Minggu lalu" (last week) nor "malam Rabu kmrn"
_PAST_WEEKDAY = re.compile(
    r"(?<!malam )(?<!malem )(?<!mlm )\b(?P<day>senin|selasa|rabu|kamis|jum'?at|sabtu)"
    r"\s+(?:kemarin|kemaren|kmrn|kmarin|lalu)\b",
    re.I,
)


def past_weekday(text: str, today: dt.date) -> dt.date | None:
    days = {WEEKDAY_NUMBER[m.group("day").casefold()] for m in _PAST_WEEKDAY.finditer(text)}
    if len(days) != 1:
        return None
    back = (today.weekday() - days.pop() - 1) % 7 + 1
    return today - dt.timedelta(days=back)
