"""Several activities in one message: a Bhabin often reports a day's work
at once. Three shapes are recognised —

* the template written twice (``Kegiatan I`` … ``Kegiatan II`` …, each with
  its own Waktu, Tempat, Kegiatan);
* numbered or bulleted items that each tell a visit
  (``1) pkl 08.00 sambang warga RT 03 …`` / ``2) pkl 19.30 patroli …``);
* release-like prose that goes on with ``Selanjutnya``/``Kemudian``/
  ``Sore harinya`` … to a second activity.

Each part counts as an activity only when it names an activity type and a
time or a place of its own, and the parts differ; otherwise the message is
one report. What stands before the first part (a greeting with the date,
the Bhabin's title) and after the last (the closing situation, the
signature) belongs to every part."""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.services.parse import activity, dated_lines, dates, run_on, times
from sambang_tui.services.parse.closings import (
    CLOSING,
    CLOSING_ALL,
    EVERY,
    own_situation,
    signature,
    signed_close,
)
from sambang_tui.services.parse.framing import headline
from sambang_tui.services.parse.parts import (
    Part,
    assemble,
    has_activity,
    has_when_or_where,
    valid,
)
from sambang_tui.services.parse.sections import Layout, split

_CORE = ("date", "time", "place", "activity")  # a kind written again opens the next part
_ITEM = re.compile(
    r"^\s*(?:\(?\d{1,2}[.)]|[a-hA-H][.)]|[-•*▪·]|▪️|\d\ufe0f?\u20e3"
    r"|[\u2190-\u21ff\u2600-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF]\ufe0f?)\s*(?=\S)"
)  # "1.", "a)", "-", "1️⃣", "✅", "👉"
# the words that go on to another activity: "Selanjutnya", "Sore harinya", "Kemarin" …
_NEXT_WORDS = (
    r"(?:selanjutnya|kemudian|setelah\s+itu|usai\s+(?:itu|kegiatan\s+\w+)"
    r"|lanjut|dilanjut\w*|paginya|siangnya|sorenya|malamnya|sebelumnya"
    r"|sore\s+harinya|siang\s+harinya|malam\s+harinya|pada\s+(?:pagi|sore|siang|malam)\s+hari(?:nya)?"
    # "Siang pukul 13.00 …": a part of the day with its clock, "harinya" or not
    r"|(?:pagi|siang|sore|malam)(?:\s+hari(?:nya)?)?\s+(?:pukul|pkl|jam)\s+\d+|lalu|berikutnya|dilanjutkan"
    r"|di\s+hari\s+yang\s+sama|masih\s+(?:pada|di)\s+hari\s+yang\s+sama|(?:pertama|kedua|ketiga)(?=\s*,)"
    r"|(?:pada\s+|sekitar\s+)?(?:pukul|pkl|jam)\s+\d|hari\s+ini|kemarin|kmrn|tadi\s+(?:pagi|siang|sore|malam))\b"
)
_SEQUENCE = re.compile(rf"(?:(?<=[.!?])\s+|(?<=[,;])\s*|\n+)(?={_NEXT_WORDS})", re.I)
# "… pkl 09.00 dan DDS ke RT 05 pkl 14.00": a second activity joined by "dan", each with its time
_JOINED = re.compile(
    r"(?<=\s)(?:dan|serta)\s+(?=(?:sambang|dds|cooling|binluh|patroli|pengamanan|pam|deteksi|problem"
    r"|penyuluhan|giat|kegiatan)\b)",
    re.I,
)


def _joined_cuts(text: str) -> list[int]:
    cuts = []
    for m in _JOINED.finditer(text):
        start = max(text.rfind(". ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(". ", m.end()), text.find("\n", m.end())) if i >= 0]
        end = min(ends) if ends else len(text)
        before, after = (
            activity.classified(text[start : m.start()]),
            activity.classified(text[m.end() : end]),
        )
        if times.find_time(before) and times.find_time(after):
            cuts.append(m.start())
    return cuts


def _after_blank(layout: Layout, previous: int, start: int) -> int:
    """A part's first line: the one after the blank line above ``start`` (where a core field
    was written again) when only fields of no core kind stand between — "Situasi : Aman",
    "Hasil : …" written above the next template's "Kegiatan :" are its own, whatever order
    its fields are in."""
    lines = layout.lines
    blank = next((i for i in range(start - 1, previous, -1) if not lines[i].strip()), None)
    if blank is None or any(s.kind in _CORE and blank < s.line < start for s in layout.sections):
        return start
    return blank + 1


# "2. Sabtu 10 Januari 2026", "- Senin 9/2": a line giving the day of what follows
_DATE_LINE = re.compile(
    rf"^\s*(?:\(?\d{{1,2}}[.)]|[-•*▪·])?\s*(?:(?:hari\s+|hr\s+)?{dates.WEEKDAY_WORD}\b\W{{0,3}})?"
    rf"(?:(?:tgl|tanggal)\b\.?\s*)?\(?\d{{1,2}}(?:[/-]\d{{1,2}}\b|\s+{dates.MONTH_WORD})",
    re.I,
)


def _heading_start(lines: list[str], start: int, floor: int, free: set[int]) -> int:
    """``start`` moved up over the short free lines right above it (a
    heading: "Kegiatan II", "I. SAMBANG"), not past a blank line."""
    while start - 1 > floor and 0 < len(lines[start - 1].strip()) < 40:
        # "2. Sabtu 10 Januari 2026" over the template: its day, though read as the line an
        # item of the part before goes on to
        if start - 1 not in free and not _DATE_LINE.match(lines[start - 1]):
            break
        start -= 1
    return start


def _templates(text: str) -> list[Part] | None:
    """The template written once per activity."""
    layout = split(text)
    lines = layout.lines
    starts: list[int] = []
    seen: set[str] = set()
    for section in layout.sections:
        if section.kind not in _CORE:
            continue
        if section.kind in seen or not starts:
            starts.append(section.line)
            seen = set()
        seen.add(section.kind)
    if len(starts) < 2:
        return None
    starts = [
        starts[0],
        *(_after_blank(layout, a, b) for a, b in zip(starts[:-1], starts[1:], strict=True)),
    ]
    free = {index for index, _ in layout.free}
    floors = [-1, *starts[:-1]]
    starts = [
        _heading_start(lines, s, floor, free) for s, floor in zip(starts, floors, strict=True)
    ]
    last_section = max(s.line for s in layout.sections)
    tail_start = last_section + 1
    while tail_start < len(lines) and tail_start not in free and lines[tail_start].strip():
        tail_start += 1  # the last section's wrapped lines
    # a closing block after a blank line that tells no activity of its own ("Situasi : Aman"
    # under the last template) is every activity's
    last_core = max(s.line for s in layout.sections if s.kind in _CORE)
    blanks = [i for i in range(last_core + 1, tail_start) if not lines[i].strip()]
    if blanks:
        tail_start = blanks[0]
    # "Sit: aman semua 👍" under the last template: the situation of every one
    every = [
        s.line
        for s in layout.sections
        if s.kind == "situation" and last_core < s.line < tail_start and EVERY.search(s.value)
    ]
    if every:
        tail_start = every[0]
    bounds = [(starts[i], starts[i + 1]) for i in range(len(starts) - 1)]
    bounds.append((starts[-1], tail_start))
    # a template written again has its own Hari/Waktu/Tempat: a second "Kegiatan :" under
    # the first's fields ("Giat : Pengamanan …" then "Kegiatan : pengamanan ibadah …") is one
    whens = {s.line for s in layout.sections if s.kind in ("date", "time", "place")}
    kept = [bounds[0]]
    for a, b in bounds[1:]:
        if any(a <= line < b for line in whens):
            kept.append((a, b))
        else:
            kept[-1] = (kept[-1][0], b)
    bounds = kept
    parts = ["\n".join(lines[a:b]) for a, b in bounds]
    if not valid(parts):
        return None
    return assemble(lines, bounds, bounds[0][0], tail_start)


_COUNTED_HEAD = re.compile(
    r"^\s*(?:giat|kegiatan|kgt)\s*(?:ke\s*-?\s*)?(?:\d{1,2}|[ivx]{1,4}|pertama|kedua|ketiga|satu"
    r"|dua|tiga)\b",
    re.I,
)
# "Giat 1:", "Kegiatan II :", "Kegiatan ke-2 -": an item's own heading
_ITEM_HEAD = re.compile(
    r"^\s*(?:(?:giat|kegiatan|kgt)\s*(?:ke\s*-?\s*)?(?:\d{1,2}|[ivx]{1,4}|pertama|kedua|ketiga|satu|dua|tiga)\b"
    r"|(?:pagi|siang|sore|malam)(?:\s+hari(?:nya)?)?\s*[:,-]"
    # a line of a day's list opening with its part of the day: "Malam ba'da isya sambang …"
    r"|(?:pagi|siang|sore|malam|subuh|ba'?da\s+\w+)(?:\s+hari(?:nya)?)?(?=\s+\S))\s*[:.)-]?",
    re.I,
)


# "Dari hasil sambang …", "Dalam kegiatan DDS tersebut …": the activity told above, named again
_TOLD_BACK = re.compile(
    r"\b(?:(?:dari\s+)?hasil|dalam|selama|saat|usai|setelah)\s+(?:kegiatan\s+|giat\s+)?"
    r"(?P<type>\w+(?:\s+\w+)?)",
    re.I,
)


def _told_back(line: str) -> str:
    """``line`` without the activities it names back ("Dari hasil sambang"): what it tells of
    its own."""

    def drop(m: re.Match[str]) -> str:
        return (
            m.group(0)[: m.start("type") - m.start()]
            if has_activity(m.group("type"))
            else m.group(0)
        )

    return _TOLD_BACK.sub(drop, line)


def _item_line(line: str) -> bool:
    """A line that tells an activity on its own: a bullet or an item
    heading with an activity, or an activity with its own clock time."""
    if not has_activity(line):
        return False
    if not (_ITEM.match(line) or _ITEM_HEAD.match(line)) and not has_activity(_told_back(line)):
        return False
    if _ITEM.match(line) or _ITEM_HEAD.match(line):
        return True
    return bool(times.find_time(activity.classified(line)))


def _opens_line(text: str, lines: list[str]) -> list[bool]:
    """For each of the layout's ``lines``: whether it begins a line of
    ``text``; the layout cuts a line before an inline label ("… aman. Sit:
    kondusif") and copies a value's closing situation onto a line of its own."""
    out, cursor = [], 0
    for line in lines:
        piece = line.strip()
        at = text.find(piece, cursor) if piece else -1
        out.append(at >= 0 and not text[text.rfind("\n", 0, at) + 1 : at].strip())
        if at >= 0:
            cursor = at + len(piece)
    return out


def _field(line: str, labels: tuple[str, ...]) -> bool:
    """The line is a template field headed by one of ``labels`` ("5. Hasil Giat : …")."""
    body = _ITEM.sub("", line, count=1).strip().casefold()
    return any(
        body.startswith(label) and body[len(label) :].lstrip()[:1] == ":" for label in labels
    )


def _items(text: str) -> list[Part] | None:
    """Numbered, bulleted or plain lines that each tell an activity."""
    layout = split(text)
    lines = layout.lines
    free = {index for index, _ in layout.free}
    # "5. Hasil Giat : … bantuan pengamanan": a template's field is no activity of its own
    fields = tuple(s.label.casefold() for s in layout.sections if s.kind != "activity")
    # "I. Pagi 08.00 sambang …" / "II. Sore 16.00 PKM …": roman numerals number a list's lines
    # as digits do; set apart by blank lines they head sections (read as paragraphs)
    roman = [i for i, line in enumerate(lines) if _ROMAN_HEAD.match(line)]
    listed = set(roman) if len(roman) > 1 and all(lines[roman[0] : roman[-1]]) else set()
    items = [
        i
        for i, line in enumerate(lines)
        if not _field(line, fields)
        and (
            (i in listed and has_activity(line))
            or ((i in free or _ITEM.match(line)) and _item_line(line))
        )
    ]
    # "Giat 1 Sambang — Senin …" over "1. Menyambangi …", "2. Bertemu …": where the items are
    # counted by headings, a numbered line under one is a step of its activity, not another
    counted = [i for i in items if _COUNTED_HEAD.match(lines[i])]
    if len(counted) >= 2:
        items = counted
    if len(items) < 2:
        return None
    tail_start = items[-1] + 1
    # under the last heading its steps are its own; a line without their mark after them
    # ("Aman terkendali. Aipda …") closes every activity
    while items is counted and tail_start < len(lines) and _ITEM.match(lines[tail_start]):
        tail_start += 1
    while (
        items is not counted
        and tail_start < len(lines)
        and lines[tail_start].strip()
        and _ITEM.match(lines[tail_start]) is None
        and not (
            CLOSING.match(lines[tail_start])
            or signature(lines[tail_start])
            or signed_close(lines[tail_start])
        )
    ):
        tail_start += 1
    if own_situation(lines, items, tail_start):
        tail_start += 1
    # "… suporter. Sit: aman, tetap waspada" cut out of the last item's line onto its own: that
    # item's situation, not a closing one for every item
    opens = _opens_line(text, lines)
    while tail_start < len(lines) and lines[tail_start].strip() and not opens[tail_start]:
        tail_start += 1
    bounds = [(items[i], items[i + 1]) for i in range(len(items) - 1)]
    bounds.append((items[-1], tail_start))
    parts = ["\n".join(lines[a:b]) for a, b in bounds]
    if not valid(parts, items=True):
        return None
    return assemble(lines, bounds, items[0], tail_start)


# "II. Selasa, 3 Maret 2026", "III. Penyuluhan", "Sore harinya …": a paragraph's own heading
_ROMAN_HEAD = re.compile(r"^\s*(?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2})\s*[.)]\s+\S")
_SEQUENCE_HEAD = re.compile(_NEXT_WORDS, re.I)


def _steps(paragraph: str, first: str) -> bool:
    """A numbered list of what was done on the visit the ``first`` paragraph heads ("1.
    Menyambangi driver ojol …" / "2. Memberikan himbauan …" / "3. Menampung keluhan …"): one
    step names the activity, one the first names, the others what was done; none says when."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    if len(lines) < 2 or not all(_ITEM.match(line) for line in lines):
        return False
    fixed = activity.classified(paragraph)
    if times.find_time(fixed) or sum(has_activity(line) for line in lines) > 1:
        return False
    # the steps add no type to the first's ("menyambangi" under "Lap giat DDS" is its visit)
    together = activity.find_types(activity.classified(f"{first}\n{paragraph}"))
    return set(together) == set(activity.find_types(activity.classified(first)))


def _own_mark(paragraph: str, first: str) -> bool:
    if _steps(paragraph, first):
        return False
    return bool(
        times.find_time(activity.classified(paragraph))
        or _ITEM.match(paragraph)
        or _ITEM_HEAD.match(paragraph)
        or _ROMAN_HEAD.match(paragraph)
        or _SEQUENCE_HEAD.match(paragraph.lstrip())
        or _DATE_HEAD.match(paragraph)
    )


# a paragraph that opens with its own day: "Jumat 12/6 – DDS …", "Jumat tgl 12 – …", "13/6: …"
_DATE_HEAD = re.compile(
    rf"^\s*(?:(?:hari|hr)\s+)?{dates.WEEKDAY_WORD}\b\W{{0,3}}(?:(?:tgl|tanggal)\.?\s*)?\(?\d{{1,2}}\b"
    r"|^\s*\d{1,2}/\d{1,2}\b",
    re.I,
)


def _heading(paragraph: str) -> bool:
    """A message's heading: a title ("LAPORAN SAMBANG KOS-KOSAN"), also with the writer's name
    and title on a line under it ("👮 Bripka Agus – Bhabinkamtibmas Kel. Kenari"); it names
    the activity the body tells."""
    lines = [line for line in paragraph.split("\n") if line.strip()]
    if 1 < len(lines) <= 3:
        lines = [line for line in lines if not signature(_ITEM.sub("", line, count=1))]
    return len(lines) == 1 and bool(headline(f"{lines[0]}\n\n"))


def _paragraphs(text: str) -> list[Part] | None:
    """Paragraphs that each tell an activity (a release of a day's work)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text)]
    paragraphs = [text[a:b] for a, b in spans]
    telling = [
        i
        for i, p in enumerate(paragraphs)
        if has_activity(p) and has_when_or_where(p) and not (i == 0 and _heading(p))
    ]  # a release's headline tells the activity its body tells
    # a later paragraph opens an activity of its own only with its own clock time or a
    # heading ("II. Problem Solving", "Sore harinya"): one that goes on telling the first
    # ("Di hadapan 400 siswa … penyuluhan", "Menurut Pdt. …, pengamanan gabungan") does not
    first = "\n\n".join(paragraphs[: telling[0] + 1]) if telling else ""
    telling = telling[:1] + [i for i in telling[1:] if _own_mark(paragraphs[i], first)]
    if len(telling) < 2:
        return None
    ends = [*telling[1:], len(paragraphs)]
    own = ["\n\n".join(paragraphs[a:b]) for a, b in zip(telling, ends, strict=True)]
    # a closing paragraph of its own is every activity's
    tail = ""
    if len(own[-1].split("\n\n")) > 1:
        rest = own[-1].split("\n\n")
        if all(not has_activity(p) for p in rest[1:]):
            own[-1], tail = rest[0], "\n\n".join(rest[1:])
    if not valid(own):
        return None
    head = "\n\n".join(paragraphs[: telling[0]])
    return [Part("\n\n".join(p for p in (head, o, tail) if p), o) for o in own]


def _sequence(text: str, more: tuple[int, ...] = ()) -> list[Part] | None:
    """Prose going on to another activity ("Selanjutnya pukul 13.00 …");
    a stretch that tells no activity of its own stays with the one before.
    ``more``: other places where a part may begin."""
    cuts = sorted(
        {m.end() for m in _SEQUENCE.finditer(text) if m.end() > 0}
        | set(_joined_cuts(text))
        | set(more)
    )
    if not cuts:
        return None
    # the closing paragraph or sentence ("Seluruh kegiatan berjalan aman") is shared
    tail_start = len(text)
    paragraphs = [m.start() for m in re.finditer(r"\n\s*\n", text)]
    if paragraphs:
        last = text[paragraphs[-1] :].strip()
        if CLOSING.match(last) and not has_activity(last):
            tail_start = paragraphs[-1]
    closing = CLOSING_ALL.search(text[:tail_start])
    if closing:
        tail_start = closing.start()
    bounds = [0, *[c for c in cuts if c < tail_start], tail_start]
    parts: list[str] = []
    lead = ""  # "Lapor Dan," before the first activity goes with it
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = text[a:b].strip()
        telling = has_activity(piece) and has_when_or_where(piece)
        if parts and not telling:
            parts[-1] = f"{parts[-1]} {piece}".strip()
        elif not parts and not telling:
            lead = f"{lead} {piece}".strip()
        elif piece:
            parts.append(f"{lead} {piece}".strip())
            lead = ""
    if lead:
        parts.append(lead)
    if not valid(parts):
        return None
    tail = text[tail_start:].strip()
    return [Part("\n".join(p for p in (own, tail) if p), own) for own in parts]


# "melaksanakan dua kegiatan", "lapor 2 giat": the writer says how many activities follow
_ANNOUNCED = re.compile(r"\b(dua|tiga|[23])\s+(?:kegiatan|giat)\b", re.I)
_NUMBER = {"dua": 2, "tiga": 3, "2": 2, "3": 3}


def _counted(text: str) -> list[Part] | None:
    """Prose whose writer announced how many activities it tells, each
    told on a line of its own: a line may begin the next part (no word
    like "Selanjutnya" needed), when that gives exactly the number said."""
    announced = {_NUMBER[m.group(1).casefold()] for m in _ANNOUNCED.finditer(text)}
    if len(announced) != 1:
        return None
    parts = _sequence(text, tuple(m.end() for m in re.finditer(r"\n+", text)))
    return parts if parts is not None and len(parts) in announced else None


def _chats(text: str, starts: list[int]) -> list[Part] | None:
    """Forwarded chat messages, one per activity: a new header starts the next."""
    if len(starts) < 2:
        return None
    lines = text.split("\n")
    bounds = [(a, b) for a, b in zip(starts, [*starts[1:], len(lines)], strict=True)]
    chunks = ["\n".join(lines[a:b]).strip() for a, b in bounds]
    parts: list[str] = []
    for chunk in chunks:
        if parts and not (has_activity(chunk) and has_when_or_where(chunk)):
            parts[-1] = f"{parts[-1]}\n{chunk}"
        elif chunk:
            parts.append(chunk)
    if not valid(parts):
        return None
    head = "\n".join(lines[: starts[0]]).strip()
    return [Part("\n".join(p for p in (head, own) if p), own) for own in parts]


def split_activities(
    text: str, chat_starts: list[int] | None = None, today: dt.date | None = None
) -> list[Part]:
    """The activities of a cleaned message; one Part holding all of it
    when it tells one. ``chat_starts``: the lines where a forwarded chat
    message began; ``today``: the day the message is read on (a day
    opening a line is one that has been)."""
    parts = _chats(text, chat_starts or [])
    if parts:
        return parts
    for reader in (_templates, _items, _paragraphs, _sequence, _counted):
        parts = reader(text)
        if parts:
            return parts
    parts = dated_lines.split_days(text, today) if today is not None else None
    if parts:
        return parts
    parts = _chats(text, run_on.pasted_starts(text))
    if parts:
        return parts
    own = run_on.run_together(text, today)
    if own:
        shared = run_on.dated_ahead(own[0])
        return [Part(o, o, shares_date=shared) for o in own]
    return [Part(text, text)]
