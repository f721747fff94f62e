"""The clock time of the activity: ``pukul 09.00``, ``jam 8 malam``,
``0930 s/d 1100``, with the end of a range written after it or told on its
own (``Kegiatan berakhir pukul 21.00``); the date is read in ``dates``."""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.services.parse.dates import MONTHS, find_dates

# --- times -----------------------------------------------------------------

_T = r"(\d{1,2})(?:[.:]?(\d{2}))?"  # "10", "10.00", "10:00", and "1000" after a marker
_MARKED_TIME = re.compile(
    rf"\b(?:pukul|pkl|jam|jm|start)\.?\s*{_T}(?!\d)(?!\s*(?:orang|org|rumah|kk|hari|menit)\b)", re.I
)
_ZONE_TIME = re.compile(r"(?<![\d./:])(\d{1,2})[.:](\d{2})\s*(?:wib|wita|wit)\b", re.I)
# "… ketua RT 02. 22.30. aman": a full stop after the clock ends the sentence, no decimal
_CLOCK = r"(\d{1,2})[.:](\d{2})(?![\d/:]|\.\d)"
_BARE_TIME = re.compile(rf"(?<![\d./:]){_CLOCK}")
# the words joining a range's start to its end ("10.00 s.d. 11.30", "jam 8 sampe 10")
_RANGE_WORD = r"s\.?\s*/?\s*d\.?|sd|sampai(?:\s+dengan)?|sampe|smp|hingga|-|–|—"
_RANGE = re.compile(
    rf"^\s*(?:an\b\s*)?(?:wib\s*)?(?:(?:pagi|siang|sore|petang|malam|malem|mlm|dini\s+hari|subuh)(?:an)?\s*){{0,2}}(?P<sep>{_RANGE_WORD}|finish)\s*"
    rf"(?:pukul|pkl|jam)?\.?\s*{_T}(?![\d:/]|\.\d)",
    re.I,
)


_RANGE_START = re.compile(
    rf"(?<![\d./:])(\d{{1,2}})[.:](\d{{2}})\s*(?:wib\s*)?(?:{_RANGE_WORD})\s*$",
    re.I,
)


def _time(hour: str, minute: str | None) -> dt.time | None:
    h, mnt = int(hour), int(minute or 0)
    if h < 24 and mnt < 60:
        return dt.time(h, mnt)
    return None


clock = _time  # "10", "30" → 10:30, None past the clock's range


# "jam 8 malam" is 20:00, "jam 3 sore" 15:00, "jam 1 siang" 13:00; "pkl 7 pagi" 07:00
# "about": "sekitar jam 4", "± 10.00"
_ABOUT_WORDS = r"sekitar|sekira|sktr|kurang\s+lebih|kurleb|±"
# chat's spellings of the evening ("mlm", "malem"); "semalam" is an evening too; "dini hari"
# and "subuh" the small hours, which stay as written ("jam 1 dini hari" is 01:00)
_PART = r"(pagi|siang|sore|petang|malam|malem|mlm|dini(?:\s+hari)?|subuh)"
# "jam 8 malam", "jam 10an malam", "jam 8 pagian"; a second part after the first ("jam 8 pagi
# malam") is the one the writer chose over the clock's habit
_PART_AFTER = re.compile(rf"\s*(?:wib\s*)?(?:an\s+)?{_PART}(?:an)?\b(?:\s+{_PART}\b)?", re.I)
# "malam ini jam 8", "kemarin sore sekitar jam 4", "semalam jam 10an": the part of
# the day before the hour, with a word of when or of about between
_PART_BEFORE = re.compile(
    rf"(?:\b|(?<=\bse)){_PART}(?:\s+(?:hari|ini|tadi|td|kemarin|kmrn|kemaren))?\s*,?\s*"
    rf"(?:(?:{_ABOUT_WORDS}|kira-kira|kira2)\s*)?$",
    re.I,
)
_EVENING = {"malem": "malam", "mlm": "malam"}


def _part_name(part: str) -> str:
    part = part.casefold()
    return "dini" if part.startswith("dini") else _EVENING.get(part, part)


def _day_part(value: dt.time, part: str | None) -> dt.time:
    """``value`` on the 24-hour clock, as the part of the day written with it says."""
    if part is None:
        return value
    part = _part_name(part)
    if value.hour == 12 and part in ("dini", "malam"):
        return value.replace(hour=0)  # "jam 12 malam", "setengah 1 malam" (12.30): past midnight
    if value.hour >= 12 or value.hour == 0:
        return value
    if part == "siang" and value.hour <= 5:
        return value.replace(hour=value.hour + 12)
    if part in ("sore", "petang") and 1 <= value.hour <= 8:
        return value.replace(hour=value.hour + 12)
    if part == "malam" and 6 <= value.hour <= 11:
        return value.replace(hour=value.hour + 12)
    return value


def _part_near(text: str, start: int, end: int) -> str | None:
    """The part of the day written with the hour at ``start``–``end``. Where two
    disagree, the one written apart from the hour is the writer's choice ("kemarin
    malam jam 8 pagi", "dini hari jam 2.30 siang", "jam 8 pagi malam"): the one right
    after it is how the clock reads the hour, often wrongly."""
    after = _PART_AFTER.match(text, end)
    before = _PART_BEFORE.search(text[max(0, start - 32) : start])
    if after is None:
        return before.group(1) if before else None
    if after.group(2):
        return after.group(2)
    if before and _part_name(before.group(1)) != _part_name(after.group(1)):
        return before.group(1)
    return after.group(1)


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
    # "jam 7 malam sampai 9": 21.00, not 09.00; "… sampai jam setengah 9" (8.30) too, but
    # not an end on the 24-hour clock ("20.00 - 08.30")
    if (
        end < start
        and start.hour >= 12
        and end.hour < 12
        and (m.group(3) is None or len(m.group(2)) == 1)
    ):
        later = end.replace(hour=end.hour + 12)
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


# "jam 9 30", "pukul empat belas tiga puluh" (14 30 once in digits): the minutes said or typed
# after the hour with a space, as dictation writes them; not a count ("jam 8 12 orang")
_SPACED_MINUTES = re.compile(
    r"\b((?:pukul|pkl|jam|jm)\.?[ \t]*\d{1,2})[ \t]+([0-5]\d)\b(?![.:]\d)"
    r"(?![ \t]*(?:orang|org|rumah|kk|warga|peserta|jiwa|personil|menit|hari|anak|siswa)\b)",
    re.I,
)


# a clock in what someone asked for, a deadline or a plan, in the same sentence: "pedagang
# minta ada petugas jam 10 s/d 14", "bongkar tenda paling lambat jam 23.00", "ada rencana
# pengumpulan massa … jam 2 siang"; the activity's own
# clock is never told that way
_ASKED_BEFORE = re.compile(
    r"\b(?:minta|meminta|diminta|memohon|paling\s+lambat|maksimal|batas|rencana\w*|direncanakan"
    r")\b[^.\n]{0,80}$",
    re.I,
)


# a voice note's length written after it: "🎤 VN 0:52", "Pesan suara (1:12)", "[Voice note 0:18 –"
_RECORDING_BEFORE = re.compile(
    r"\b(?:vn|voice\s*note|pesan\s+suara|rekaman|audio)\s*[(\[]?\s*$", re.I
)


def find_time(
    text: str, *, bare: bool = False, strict_bare: bool = False
) -> tuple[dt.time, dt.time | None] | None:
    """The first time in ``text`` with the end of its range if one is given.
    Without ``bare`` a time needs "pukul"/"jam" before it or "WIB" after;
    ``strict_bare`` takes a bare ``19.30`` only where nothing says it is
    something else. A part of the day beside the hour counts ("jam 8
    malam" is 20:00)."""
    text = _SPACED_MINUTES.sub(r"\1.\2", text)
    candidates = []
    for pattern in (
        _MARKED_TIME,
        _ZONE_TIME,
        _ITEM_TIME,
        _FOUR_RANGE,
        *((_BARE_TIME,) if bare else ()),
    ):
        for m in pattern.finditer(text):
            if _ENDS_BEFORE.search(
                text[max(0, m.start() - 30) : m.start()]
            ) and not _RANGE_START.search(text[: m.start()]):
                continue  # "Kegiatan berakhir pukul 21.00": the end, not the start
            if _ASKED_BEFORE.search(text[max(0, m.start() - 100) : m.start()]):
                continue  # "minta patroli saat jam pulang sekolah pukul 13.00": asked, not done
            if _RECORDING_BEFORE.search(text[max(0, m.start() - 24) : m.start()]):
                continue  # "VN 1:30 (transkrip)": how long the voice note runs, not a clock
            if pattern is _FOUR_RANGE and _NOT_TIME_BEFORE.search(
                text[max(0, m.start() - 8) : m.start()]
            ):
                continue  # "no 1204-1206": house numbers
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


_ABOUT = rf"(?:(?:{_ABOUT_WORDS})\s*)?"
# the words before an end: "s/d 22.00", "sampai jam 11"
_UNTIL = r"(?:^|\W)(?:s\s*/\s*d|s\.d)\.?\s*|\b(?:sampai|hingga)\s+"
# "Acara selesai sekitar jam 22.30", "ba'da Isya s/d 22.00": an end, never the start
_ENDS_BEFORE = re.compile(
    rf"(?:\b(?:berakhir|selesai|usai|ditutup|bubar)\s+(?:pada\s+)?|{_UNTIL})"
    rf"{_ABOUT}(?:pukul|pkl|jam)?\.?\s*$",
    re.I,
)
_END_WORDS = re.compile(
    rf"\b(?:berakhir|selesai|usai|ditutup|bubar)\s+(?:pada\s+)?(?:pukul|pkl|jam)\.?\s*{_T}(?![\d.:/])",
    re.I,
)
# the end told in a sentence of its own, outside the activity's ("… Kegiatan berlangsung
# hingga pukul 15.10 WIB.", "… Sambang selesai jam 10.30."; not a wish, "agar selesai jam 22",
# nor what those met told: "menyampaikan bahwa kegiatan itu berlangsung hingga pukul 03.30")
_CLOSING_END = re.compile(
    r"\b(?:berakhir|selesai|ditutup|berlangsung\s+(?:hingga|sampai))\s+(?:pada\s+)?"
    rf"{_ABOUT}(?:pukul|pkl|jam)\.?\s*{_T}(?![\d:/]|\.\d)",
    re.I,
)
_WISH_BEFORE = re.compile(
    r"\b(?:agar|supaya|harus|wajib|paling|sebelum|sblm|maksimal|batas|minta|diminta|jangan|jgn"
    r"|bahwa|katanya|hanya)\b[^.\n]*$",
    re.I,
)
# "ba'da Isya s/d 22.00": no clock for the start, the end written after a range word
_RANGE_END = re.compile(
    rf"(?:{_UNTIL})(?:pukul|pkl|jam)?\.?\s*{_T}(?![\d:/]|\.\d)",
    re.I,
)


def end_time(text: str, start: dt.time | None) -> dt.time | None:
    """The end told on its own: "Kegiatan berakhir pukul 22.00 WIB"."""
    m = _END_WORDS.search(text)
    if m is None:
        return None
    return _end_of(text, m, start)


def closing_end(text: str, start: dt.time | None) -> dt.time | None:
    """The end told in a sentence of the message outside the activity's
    ("… Kegiatan selesai pkl 12.15."), never inside a wish."""
    for m in _CLOSING_END.finditer(text):
        if not _WISH_BEFORE.search(text[max(0, m.start() - 60) : m.start()]):
            return _end_of(text, m, start)
    return None


def range_end(text: str) -> dt.time | None:
    """The end of a range whose start has no clock ("ba'da Isya s/d 22.00")."""
    m = _RANGE_END.search(text)
    return _end_of(text, m, None) if m else None


def _end_of(text: str, m: re.Match[str], start: dt.time | None) -> dt.time | None:
    end = _time(m.group(1), m.group(2))
    if end is None:
        return None
    end = _day_part(end, _part_near(text, m.start(1), m.end()))
    return end if start is None or end > start else None


def time_after_date(text: str, today: dt.date) -> tuple[dt.time, dt.time | None] | None:
    """A bare ``10.00`` right after a date (``Jumat 29/11/2024 10.00``)."""
    for found in find_dates(text, today):
        tail = text[found.start :]
        # "Jum 3/10 13.30. Ktm …": a full stop after the clock ends the sentence, no decimal
        m = re.match(r"\S+(?:\s+\S+){0,2}?\s*,?\s+(\d{1,2})[.:](\d{2})(?![\d/:]|\.\d)", tail)
        if m:
            start = _time(m.group(1), m.group(2))
            if start:
                return _with_end(tail, m.end(), start)
        four = _FOUR_AFTER_DAY.match(tail)
        # "14/1 2026", "12/1 2025-2026": a year (20.20 to 20.39 so written go unread)
        if four and not (four.group(1) == "20" and _YEAR_END.match(four.group(2))):
            start = dt.time(int(four.group(1)), int(four.group(2)))
            return _with_end(tail, four.end(), start)
    return None


# "Sen 11/8 1900 sambang …", "14/1 1930-2030 PD …", "Kms 19/2 0800 Psr …": four digits right
# after a day and month written without a year are the clock, as a chat recap writes it
_FOUR_AFTER_DAY = re.compile(
    r"\d{1,2}[/-]\d{1,2}[ \t]+([01]\d|2[0-3])([0-5]\d)(?![/.:]\d|\w)"
    r"(?![ \t]*(?:orang|org|kk|rumah|jiwa|warga|peserta)\b)",
    re.I,
)
_YEAR_END = re.compile(r"[2-3]\d")  # 2020-2039: the years a report is written in


# a clock emoji standing for "Jam :" inside a line of emoji fields ("📍 Pos Kamling … 🕗
# 20.00 📝 Sambang …"), where the field before it swallows the rest of the line
_EMOJI_CLOCK = re.compile(rf"[\u23f0\u231a\u23f1\U0001f550-\U0001f567]\ufe0f?\s*(?={_CLOCK})")


def emoji_time(text: str) -> tuple[dt.time, dt.time | None] | None:
    """The clock written after the first clock emoji of ``text``, with its range's end."""
    m = _EMOJI_CLOCK.search(text)
    return find_time(text[m.end() :], bare=True) if m else None
