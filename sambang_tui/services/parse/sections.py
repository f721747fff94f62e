"""Numbered and labelled templates: ``1. Hari/Tanggal : Senin, 02 Desember
2024``, ``Tempat : …``, ``Situasi : aman``. Each known label maps to one
kind of section; the lines that belong to no section are the free text
read as prose.

A section's value runs from its label to the next label or numbered item,
across the line breaks of a hard-wrapped message; a label with nothing
after it takes the lines below it and is never a value itself."""

from __future__ import annotations

import re

from sambang_tui.services.parse import shapes, situation, told, wrapping
from sambang_tui.services.parse.dates import MONTHS, WEEKDAYS
from sambang_tui.services.parse.framing import is_boilerplate
from sambang_tui.services.parse.label_words import EMOJI_LABELS, FORM_PROMPT
from sambang_tui.services.parse.labels import label_kind
from sambang_tui.services.parse.layout import Layout as Layout  # read by the callers of split
from sambang_tui.services.parse.layout import Section
from sambang_tui.services.parse.numerals import AMOUNT_WORDS
from sambang_tui.services.parse.officers import NAME_STOP
from sambang_tui.services.parse.places import continues_place
from sambang_tui.services.parse.vocabulary import caseless

# a Roman item number, as written or all in lower case ("IV.", "iv.")
_ROMAN = r"(?i:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2})"
# "4. Kegiatan :", "d. Kegiatan :", "4) Kegiatan :", "📍 Lokasi :", "▪️ Hari/Tgl :"
_LABEL_LINE = re.compile(
    r"^(?:[^\w\s]{1,4}\s*)?(?:(?P<num>\d{1,2}|[a-hA-H](?=\s*[.)])|"
    + _ROMAN
    + r"(?=[.)]\s))\s*[.)]\s*)?"
    r"(?P<label>[A-Za-z][A-Za-z /,&.-]{0,60}?)\s*:\s*(?P<value>.*)$"
)
# what a half-filled template writes for a field it leaves empty: "-", "…", "nihil", the form's
# own prompt "(isi)" / "(isi pesan kamtibmas)", or the field's name again ("📢 Pesan: ...")
_BLANK_VALUE = re.compile(
    r"(?:[^\W\d_][\w /]{0,30}?\s*:\s*)?(?:[\W_]*|(?:nihil|nil|kosong|n/?a)\W*|"
    rf"{FORM_PROMPT}\W*)",
    re.I,
)
# an item's number alone: "IV.", "b)", "12."
_ITEM_MARK = re.compile(r"(?:\d{1,2}|[a-hA-H]|(?i:[IVX]{1,5}))\s*[.)]")
_BULLET = re.compile(r"^[-•*·>]\s*")
# an item of a list of whom was met: "a. Ketua RW 04 : 1 org", "- Emak2 PKK : 10", "Warga : 7",
# "Karang Taruna : empat belas org"
_LIST_COUNT = re.compile(
    r"^(?:[-•*·>]\s*|(?:\d{1,2}|[a-hA-H])\s*[.)]\s*)?(?:[^\W\d_][\w /.&'-]{0,40}?:\s*)?"
    rf"[^\W\d_][\w /.&'-]{{0,40}}?\s*:\s*(?:±\s*|\+/-\s*)?(?:\d{{1,4}}|{AMOUNT_WORDS}\b|seorang\b)"
    rf"(?:\s*\(\s*{AMOUNT_WORDS}\s*\))?\s*(?:orang|org|or|jiwa|personil)?\.?\s*$",  # "12 (dua belas) org"
    re.I,
)
# "1. Pukul 10.00 DDS …": an item of a list, never the rest of a one-line value
_LIST_ITEM = re.compile(r"^\(?\d{1,2}\s*[.)]\s+\S")
# a label alone on its line, without its colon: "Pesan kamtibmas", "📌 Hasil -"
_BARE_LABEL = re.compile(r"^(?:[^\w\s]{1,4}\s*)?(?P<label>[A-Za-z][A-Za-z /&-]{0,40}?)[\s:–-]*$")
_BARE_KINDS = frozenset(
    ["message", "findings", "activity", "audience", "place", "situation", "topic"]
)
# "… aman. Pesan kamtibmas: agar …": a label after a sentence within a line
# (after a comma only the message's and the findings' labels)
_INLINE_LABEL = re.compile(
    r"(?<=(?P<stop>[.!?,;]))\s+(?=(?P<label>[A-Za-z][A-Za-z /&-]{0,40}?)\s*:)"
)
# a pictograph and what joins it to the next: "🗓️", "👨‍👩‍👧", "▶️"
_GLYPH = (
    r"[\u2190-\u21ff\u2300-\u23ff\u25a0-\u27bf\u2b00-\u2bff\U0001F300-\U0001FAFF]"
    r"(?:[\ufe0f\u200d\U0001F3FB-\U0001F3FF]|(?<=\u200d)[\u2600-\u27bf\U0001F300-\U0001FAFF])*"
)
# "📍 Masjid Jami Al Huda, Jl. …", "3. 🕘 09.00 WIB": an emoji in place of the label (when no
# label follows it), after an item's number or not
_EMOJI_LABEL = re.compile(
    r"^(?:(?P<mark>(?:\d{1,2}|[a-hA-H])\s*[.)]|[-•*·])\s*)?"
    rf"(?P<emoji>{_GLYPH})\s*(?P<value>\S.*)$"
)
_LABEL_WORDS = 3  # an unknown label longer than this is a sentence's words, read as they are
_AFTER_COMMA_KINDS = frozenset(["message", "findings"])
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+")
# kinds whose value is one short line; a wrapped rest is short too
_ONE_LINE = frozenset(["date", "time", "officer", "nrp", "role", "area", "situation"])
_DATE_TIME_REST = re.compile(
    r"(?:\d|(?:s\.?\s*/?\s*d|sd|sampai|hingga|selesai|wib|wita|wit|pukul|pkl|jam|pagi|siang|sore|"
    rf"malam|{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b)",
    re.I,
)
_CALM_WORDS = r"(?:aman|kondusif|terkendali|lancar|tertib|terpantau|waspada|rawan)"
_SITUATION_REST = re.compile(
    rf"(?:(?:dan|&)\s+)?{_CALM_WORDS}(?:\s+(?:dan\s+)?{_CALM_WORDS})*\W*$", re.I
)
_NAME_REST = re.compile(r"[A-Za-z][A-Za-z'.,-]*(?:\s+[A-Za-z][A-Za-z'.,-]*)*$")
_NRP_REST = re.compile(r"(?:NRP\b\.?\s*:?\s*)?\d{8}\W*$", re.I)


def _inline_label(line: str, m: re.Match[str]) -> bool:
    kind = label_kind(m.group("label"))
    head = line[: m.start()]
    if kind is None or not re.search(r"[A-Za-z]", head) or _ITEM_MARK.fullmatch(head.strip()):
        return False
    if m.group("stop") in ",;":
        return kind in _AFTER_COMMA_KINDS
    return wrapping.ends_sentence(line[: m.start()])


def lines_of(text: str) -> list[str]:
    """The lines ``split`` counts in ``text``."""
    return _lines(text)


def _lines(text: str) -> list[str]:
    """The message's lines, a line that goes on with a labelled item after
    a sentence ("… aman. Pesan kamtibmas: agar …") cut before the label."""
    out: list[str] = []
    for line in text.split("\n"):
        cuts = [m.end() for m in _INLINE_LABEL.finditer(line) if _inline_label(line, m)]
        start = 0
        for cut in cuts:
            out.append(line[start:cut].strip())
            start = cut
        out.append(line[start:].strip())
    return out


# a line or a last sentence that only says the situation, in chat's words: "aman smua", "👍
# *Aman*", "Selesai aman. 📷 Foto terlampir", "Situasi ramai, aman." — no more of the value
# before it, whatever word that value ends with
_SAID_SITUATION = re.compile(
    r"[^\w\s]*\s*(?:(?:situasi|sit|kondisi|keadaan)\s+(?:\w+,?\s+){0,2}?|selesai\s+)?"
    r"\*?a+m+a+n+\b\*?(?:\s+(?:dan\s+)?(?:kondusif|terkendali|lancar))?"
    r"(?:\s+(?:semua|smua|nggih|ndan|komandan))?[^\w\s]*"
    r"(?:\s*[^\w\s]*\s*(?:foto|dokumentasi|dok)\s+terlampir\W*)?\s*",
    re.I,
)


def _cut_situation(text: str) -> tuple[str, str]:
    """``text`` up to a sentence stating the situation, and the rest from
    that sentence on: "sepakat damai. Situasi aman." is a finding and a
    situation."""
    for m in _SENTENCE_GAP.finditer(text):
        head = text[: m.start()]
        lead = wrapping.SITUATION_LEAD.match(text, m.end())
        # "… lapor RT. Situasi kondusif 👍": a last sentence that only states the situation
        # ends what is before it, whatever word the stop follows
        last = lead is not None and not re.search(r"\w", text[lead.end() :])
        if lead is None and _SAID_SITUATION.fullmatch(text, m.end()):
            lead, last = _SAID_SITUATION.match(text, m.end()), True
        if (
            lead is not None
            and re.search(r"[A-Za-z]", head)
            and (last or wrapping.ends_sentence(head))
        ):
            return head, text[m.end() :]
    return text, ""


def _one_line_goes_on(kind: str, previous: str, line: str) -> bool:
    """Whether ``line`` is the wrapped rest of a one-line value: more of
    the date or time, of the name, of "aman dan / kondusif"."""
    if wrapping.ends_sentence(previous) or _LIST_ITEM.match(line):
        return False
    if kind in ("date", "time"):
        return bool(_DATE_TIME_REST.match(line)) or wrapping.ends_open(previous)
    if kind == "situation":
        return bool(_SITUATION_REST.match(line))
    if _NRP_REST.match(line):
        return True
    words = line.split()
    return (
        bool(_NAME_REST.match(line))
        and len(words) <= 3
        and not any(w.casefold().strip(".,") in NAME_STOP for w in words)
    )


_PICTOGRAPH = re.compile(r"[\u2600-\u27bf\U0001F300-\U0001FAFF]")
_HASHTAGS = re.compile(r"(?:#\w+[\s,]*)+")


def _continues(section: Section, line: str) -> bool:
    """Whether ``line``, which has no label, still belongs to ``section``."""
    if section.kind == "audience" and _LIST_COUNT.match(section.value.rsplit("\n", 1)[-1]):
        # a list of whom was met ("- Ketua RT 05 : 1 org") ends at a line that is no item of it
        return bool(_LIST_COUNT.match(line)) or not wrapping.ends_sentence(line)
    if section.kind != "situation" and _SAID_SITUATION.fullmatch(line):
        return False  # "• pesan: jauhi judol" then "aman smua": the situation, on its own line
    if _PICTOGRAPH.match(section.label) and re.match(r"[^\w\s]", line):
        return False  # "💬 …" then "✅ …": the next emoji heads a line of its own
    if _PICTOGRAPH.match(line):
        return False  # "🔎 Hasil : …" then "🟢 Situasi aman": a line an emoji heads is its own
    if _BULLET.match(line):
        # "• Pesan : …" then "• Giat berjalan aman": an item beside it, not one of its list
        sibling = section.bullet and section.value and not _BULLET.match(section.value)
        return not (sibling and line.startswith(section.bullet))
    if is_boilerplate(line) or wrapping.SIGNATURE.match(line) or _HASHTAGS.fullmatch(line):
        return False  # "#polrihadir #salamkamtibmas": a caption's tags, no field's words
    if not section.value:
        return True
    if _BLANK_VALUE.fullmatch(section.value):
        return False  # "Pesan Kamtibmas : -": a field left blank, the next line its own
    if _next_item(section, line):
        return False  # "6) Himbauan : …" then "7) Situasi aman": the template's next item
    previous = section.value.rsplit("\n", 1)[-1]
    if section.kind in _ONE_LINE:
        return _one_line_goes_on(section.kind, previous, line)
    if section.kind == "topic" and wrapping.ends_sentence(previous):
        return False  # "Materi: bahaya judol." then "Disampaikan agar …": the talk's subject ended
    if section.shaped and wrapping.ends_sentence(previous):
        return False  # read from its first words, a value is sure only as far as they go
    if wrapping.ends_open(previous):
        return True
    if wrapping.SITUATION_LEAD.match(line):
        return False
    ended = wrapping.ends_sentence(previous)
    if ended and wrapping.UNLABELLED.match(line):
        return False
    if section.open:
        return True
    if _LABEL_LINE.match(line):
        return False  # "Keluhan warga : …", an item of its own
    if section.kind == "place":
        return not ended and continues_place(line, previous)
    return True


_TOLD_KINDS = frozenset(["message", "findings"])
_ITEM_NUMBER = re.compile(r"^\(?(\d{1,2}|[a-hA-H])\s*[.)]\s*(?=\S)")


def _next_item(section: Section, line: str) -> bool:
    """Whether ``line`` is the template's next item stating the situation
    ("6) Himbauan : …" then "7) Situasi aman kondusif", "6. Kegiatan berjalan
    lancar"): numbered after ``section``'s, it is no more of its value though
    it has no label."""
    m = _ITEM_NUMBER.match(line)
    if m is None or not section.number:
        return False
    mine, theirs = section.number, m.group(1)
    if mine.isdigit() != theirs.isdigit() or len(mine) > 2 - mine.isalpha():
        return False  # a Roman number ("IV.") is no letter
    if mine.isdigit():
        following = int(theirs) == int(mine) + 1
    else:
        following = ord(theirs.casefold()) == ord(mine.casefold()) + 1
    if not following:
        return False
    rest = line[m.end() :]
    # after the appeal or the findings, the next numbered item is the template's own, whatever
    # it says ("5) Pesan : …" then "6) Kamtibmas aman kondusif", "7. Alhamdulillah aman lancar"):
    # a list inside them numbers from 1, not on from the label's number
    return section.kind in _TOLD_KINDS or bool(
        wrapping.SITUATION_LEAD.match(rest) or _STATED_SITUATION.match(rest)
    )


def _append(section: Section, line: str, no_case: bool = False) -> str:
    """The value with ``line`` added: a wrapped line after a space, a list
    item or a new sentence on a line of its own (a lower-case start tells
    nothing in a message with ``no_case``)."""
    if not section.value:
        return line
    previous = section.value.rsplit("\n", 1)[-1]
    wrapped = not _BULLET.match(line) and (
        section.kind in _ONE_LINE
        or section.kind == "place"
        or wrapping.ends_open(previous)
        or (line[0].islower() and not no_case and not wrapping.ends_sentence(previous))
    )
    return f"{section.value} {line}" if wrapped else f"{section.value}\n{line}"


def _heads(current: Section | None, line: str, no_case: bool = False) -> bool:
    """Whether a label alone on ``line`` heads what follows rather than
    going on with the value before it ("Warga menerima\nhimbauan\ndengan baik")."""
    if current is None or not current.value:
        return True
    previous = current.value.rsplit("\n", 1)[-1]
    if wrapping.ends_open(previous):
        return False
    return no_case or not line[:1].islower() or wrapping.ends_sentence(previous)


def _bare_label(line: str) -> tuple[str, str] | None:
    """The kind and the label of a line that is only a label."""
    m = _BARE_LABEL.match(line)
    if m is None:
        return None
    kind = label_kind(m.group("label"))
    return (kind, m.group("label").strip()) if kind in _BARE_KINDS else None


def _unfilled(m: re.Match[str], lines: list[str], index: int) -> bool:
    """Whether a label line the parser does not know is a field of the form
    left empty: its value a blank's mark ("Dapet info apa : -"), or nothing
    with no line of its own to follow ("Keterangan :" then "Pelapor : …")."""
    if len(m.group("label").split()) > _LABEL_WORDS or _BULLET.match(lines[index]):
        return False  # "… ijin susulan laporan kemarin:", "- Toga :": words, or an item of a list
    value = m.group("value").strip()
    if value:
        return bool(_BLANK_VALUE.fullmatch(value))
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return not following or bool(_LABEL_LINE.match(following))


def split(text: str) -> Layout:
    """The sections and the free lines of ``text`` (normalised: one kind of
    line break, no blank lines at either end)."""
    layout = Layout()
    current: Section | None = None
    lines = layout.lines = _lines(text)
    no_case = caseless(text)
    index = -1
    while index + 1 < len(lines):
        index += 1
        line = lines[index]
        if not line:
            current = None
            continue
        m = _LABEL_LINE.match(line)
        if current is not None and current.kind == "audience" and _LIST_COUNT.match(line):
            # "b. Karang Taruna : 14 org" under "Peserta :": an item of whom it lists
            current.value = f"{current.value}\n{_as_item(line)}" if current.value else line
            continue
        if m:
            kind = label_kind(m.group("label"))
            shaped = kind is None and len(m.group("label").split()) <= _LABEL_WORDS
            if shaped:
                # "Pelaksanaan : Senin, 2 Des 2024": a label the parser does not know, its value
                # one only a field can be
                kind = shapes.value_kind(m.group("value"))
            if kind is None and m.group("num"):
                kind = "other"
            if kind is not None:
                value = m.group("value").strip()
                if kind != "situation":
                    value, rest = _cut_situation(value)
                    if rest:
                        lines.insert(index + 1, rest)
                bullet = line[0] if line[0] in "-•*·" else ""
                current = Section(kind, m.group("label").strip(), value, index, not value, bullet)
                current.shaped = shaped and kind != "other"
                current.number = m.group("num") or ""
                layout.sections.append(current)
                continue
        emoji = _EMOJI_LABEL.match(line)
        if emoji:
            glyph, value = emoji.group("emoji"), emoji.group("value")
            # an emoji names its field, or the value tells it ("🟢 Aman kondusif")
            known = EMOJI_LABELS.get(glyph.rstrip("\ufe0f\u200d"))
            kind = known or (None if _bare_label(value) else shapes.value_kind(value))
            if kind is not None:
                current = Section(kind, glyph, value, index, shaped=known is None)
                layout.sections.append(current)
                continue
            if emoji.group("mark"):
                current = None  # "7. 🔎 Warga mengeluh …": an item of its own, read as prose
                layout.free.append((index, line))
                continue
        if m and _unfilled(m, lines, index):
            current = None  # "Keterangan :" then "Pelapor : …": a field of the form left empty
            continue
        bare = _bare_label(line)
        if (
            bare is not None
            and index + 1 < len(lines)
            and lines[index + 1]
            and _heads(current, line, no_case)
        ):
            current = Section(*bare, "", index, True)
            layout.sections.append(current)
            continue
        if current is not None and _continues(current, line):
            piece, rest = _cut_situation(line) if current.kind != "situation" else (line, "")
            if rest:
                lines.insert(index + 1, rest)
            current.value = _append(current, piece, no_case)
            continue
        current = None
        layout.free.append((index, line))
    _gather_listed(layout)
    for section in layout.sections:
        section.value = section.value.rstrip(" ,;")  # "…, harapan: …" cut after the comma
        nothing = section.kind == "findings" and told.NOTHING_FOUND.fullmatch(section.value)
        if _BLANK_VALUE.fullmatch(section.value) or nothing:
            section.value = ""  # a template's field left blank: "Keluhan : nihil", "Pesan : …"
        if section.label.casefold() == "kesimpulan" or _told_not_situation(section):
            section.kind = _conclusion_kind(section.value)
    return layout


def _gather_listed(layout: Layout) -> None:
    """The items of a list of whom was met ("Warga : 20 org", "c. Juru parkir : 2 org") that
    stand apart from its heading ("Sasaran :"), put under it as its items: who was met is one
    list wherever its lines are, with or without their bullets."""
    heads = [
        s
        for s in layout.sections
        if s.kind == "audience"
        and s.open
        and all(_LIST_COUNT.match(line) or _EMPTY_ITEM.match(line) for line in _filled(s.value))
    ]
    # "Attendance:" over other fields' lines: a heading alone, its list below them
    bare = [
        (i, line)
        for i, line in layout.free
        if (m := _BARE_HEADING.match(line)) and label_kind(m.group("label")) == "audience"
    ]
    if len(heads) + len(bare) != 1:
        return
    listed = [
        s
        for s in layout.sections
        if s.kind == "other" and _LIST_COUNT.match(f"{s.label} : {s.value}")
    ]
    loose = [(i, line) for i, line in layout.free if _LIST_COUNT.match(line)]
    if not listed and not loose:
        return
    if heads:
        head = heads[0]
    else:
        index, line = bare[0]
        head = Section("audience", line.rstrip(" :"), "", index, open=True)
        layout.sections = sorted([*layout.sections, head], key=lambda s: s.line)
        layout.free.remove(bare[0])
    items = [f"{s.label} : {s.value}" for s in listed] + [line for _, line in loose]
    head.value = "\n".join(filter(None, [head.value, *map(_as_item, items)]))
    layout.sections = [s for s in layout.sections if s not in listed]
    layout.free = [pair for pair in layout.free if pair not in loose]


_EMPTY_ITEM = re.compile(r"^\s*(?:[-•*·>]\s*)?[^\W\d_][\w /.&'-]{0,40}?\s*:\s*$")  # "- Tomas :"
_BARE_HEADING = re.compile(r"^(?P<label>[A-Za-z][A-Za-z /&-]{0,40}?)\s*:\s*$")
_ITEM_LEAD = re.compile(r"^\s*(?:[-•*·>]|(?:\d{1,2}|[a-hA-H])\s*[.)])")


def _filled(value: str) -> list[str]:
    return [line for line in value.split("\n") if line]


def _as_item(line: str) -> str:
    """A line of a list of whom was met with its bullet, where the writer left it off."""
    return line if _ITEM_LEAD.match(line) else f"- {line}"


# "Kesimpulan : situasi aman", "… : Kegiatan berjalan lancar": a situation; "… : Perlu
# penyelidikan lanjutan": the officer's own judgement
_STATED_SITUATION = re.compile(
    r"(?:situasi|sit|kondisi|keadaan|kegiatan|giat|acara|wilayah)\b[^\n]{0,40}?"
    r"\b(?:aman|kondusif|terkendali|lancar|tertib|rawan|waspada)\b",
    re.I,
)
_JUDGED = re.compile(r"(?:perlu|disarankan|sebaiknya|diharapkan|mohon)\b", re.I)


# the head words of a situation's label ("Situasi", "Kondisi wilayah"), not a judgement's
# ("Analisa", "Pendapat") nor a remark's ("Ket.")
_SITUATION_HEAD = re.compile(r"(?:situasi|sit|sitkamtibmas|sikon|kondisi|keadaan|suasana)\b", re.I)


def _told_not_situation(section: Section) -> bool:
    """Whether a situation's field tells what was found or agreed instead
    ("Kondisi wilayah : kedua pihak sepakat …"): a clause that states no
    situation."""
    return (
        section.kind == "situation"
        and bool(_SITUATION_HEAD.match(section.label))
        and len(section.value.split()) >= 3
        and situation.find_situation(section.value, "") is None
    )


def _conclusion_kind(value: str) -> str:
    """A "Kesimpulan" is what the people met agreed, a finding (the held-out
    README's ruling), unless it states the situation or judges."""
    if _STATED_SITUATION.match(value) or wrapping.SITUATION_LEAD.match(value):
        return "situation"
    return "other" if _JUDGED.match(value) else "findings"
