"""``parse_reports``: a Bhabin's chat message in, the report fields it
states out, one report per activity it tells (``activities.py``). Each
field comes from its template section when the message has one
(``Tempat : …``), else from the prose; a field that cannot be read with
confidence stays empty (and is named in ``doubtful`` when the message
speaks of it), and its words stay in the narrative.

The appeal and the findings are read first, so that what is only said in
them (a time, a group of people, a future date) is not taken for the
visit itself."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.parse import (
    activity,
    audience,
    corrections,
    date_pick,
    dates,
    doubt,
    framing,
    fuzzy,
    labels,
    numerals,
    officers,
    places,
    sign_off,
    situation,
    tables,
    texts,
    times,
)
from sambang_tui.services.parse.activities import split_activities
from sambang_tui.services.parse.area import find_area
from sambang_tui.services.parse.audience_words import AT_EVENT
from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.narrative import narrative
from sambang_tui.services.parse.normalise import ChatText, normalise, strip_chat_headers
from sambang_tui.services.parse.parts import one_reporter
from sambang_tui.services.parse.sections import Layout, split
from sambang_tui.services.parse.texts import Spoken, read_prose

MAX_CHARS = 12_000

# sections whose words describe the talk, not the visit
_SPOKEN = ("message", "findings", "situation", "other", "topic")


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def _scope(layout: Layout, free: str, exclude: tuple[str, ...]) -> str:
    """``free`` (the free text read as the visit) plus the sections not
    excluded, an audience section with its label ("Jumlah penonton : 150
    orang")."""
    pieces = [
        f"{s.label}: {s.value}" if s.kind == "audience" else s.value
        for s in layout.sections
        if s.kind not in exclude
    ]
    return "\n".join(p for p in [free, *pieces] if p)


@dataclass
class _Message:
    """What holds for the whole message, whichever activity is read."""

    chat: ChatText
    today: dt.date  # the day relative words count from
    actor: Actor | None
    date: date_pick.DatePick = field(default_factory=date_pick.DatePick)
    officer: officers.OfficerText | None = None
    mentions: list[places.Mention] = field(default_factory=list)  # "Kel. X" of the whole
    shared_mentions: list[places.Mention] = field(default_factory=list)  # outside every part
    own: str = ""  # the activity's own lines, when the message tells several


def parse_reports(
    text: str, today: dt.date | None = None, actor: Actor | None = None
) -> list[ParsedMessage]:
    """One ParsedMessage per activity the message tells (usually one).
    With an ``actor`` (a bound database) the officer, kelurahan and
    activity types are also resolved to ids."""
    today = today or clock.today()
    # "No | Waktu | Kegiatan …" (or a spreadsheet's tabs, which normalise makes spaces): a
    # template a row
    chat = strip_chat_headers(normalise(tables.untabled(text)))
    chat.text = labels.unpaired(chat.text)  # "Waktu/Tempat : 20.00 / Pos …": two fields
    if len(chat.starts) <= 1:
        # a date line under the signature heads the report; what closes the message above it
        # ("Dokumentasi terlampir") is its close again
        moved = date_pick.date_line_first(chat.text, today)
        chat.text = normalise(moved) if moved != chat.text else moved
    # a slip in a cue word ("meynampaikan", "selsai") read as the cue; the texts copied into
    # the form are given back in the writer's own spelling (as_written below)
    mended = fuzzy.correct_message(chat.text)
    chat.text = mended.text
    if chat.sent_on is not None and chat.sent_on <= today:
        today = chat.sent_on  # "kemarin" in a message forwarded later: the day before it was sent
    whole = chat.text
    clean = whole[:MAX_CHARS]  # a chat report is far shorter; the rest stays in the narrative
    context = _Message(chat, today, actor)
    parts = split_activities(clean, chat.starts, today)
    if len(parts) == 1:
        reports = [_read(clean, context)]
    else:
        first = _read(clean, context)  # the whole: its date and officer are every part's default
        context.date = date_pick.DatePick(first.date)
        whole_layout = split(clean)
        context.officer = _officer(whole_layout, clean, chat)
        context.mentions = [m for m in _ranked_mentions(whole_layout, "", clean) if m.keyword]
        shared = " ".join(clean.split())  # (a part's own lines may be rejoined otherwise)
        for part in parts:
            own = " ".join(part.own.split())
            shared = shared.replace(own, " \n ") if own else shared
        context.shared_mentions = [
            m for m in _ranked_mentions(whole_layout, "", shared) if m.keyword
        ]
        alone = replace(context, date=date_pick.DatePick())  # reports run on, each dated on its own
        chats = [chat] * len(parts)
        if len(set(chat.senders)) > 1 and len(parts) == len(chat.starts):
            # a chat of several senders, a report each: each report is its own sender's
            chats = [replace(chat, senders=[sender]) for sender in chat.senders]
        reports = [
            _read(
                part.text,
                replace(context if part.shares_date else alone, own=part.own, chat=own_chat),
            )
            for part, own_chat in zip(parts, chats, strict=True)
        ]
        if len(set(chat.senders)) <= 1:
            one_reporter(reports, parts)
    if len(reports) == 1 and not reports[0].types:  # "#laporan #sambang": the caption's tags
        reports[0].types = activity.tagged_types(text)
    if len(reports) == 1:  # "Ralat ndan, bukan Kamis tapi Rabu 16/9": the date retyped
        corrections.apply(reports[0], corrections.find_correction(whole, today, chat.sent_at))
    if len(whole) > MAX_CHARS:
        for report in reports:
            report.narrative = f"{report.narrative}\n{whole[MAX_CHARS:]}"
    for report in reports:
        for name in _AS_WRITTEN:
            setattr(report, name, mended.as_written(getattr(report, name)))
        report.refresh_filled()
    return reports


_AS_WRITTEN = ("officer", "kelurahan", "place", "message", "findings", "narrative")


def parse_message(
    text: str, today: dt.date | None = None, actor: Actor | None = None
) -> ParsedMessage:
    """The fields of ``text``'s first (usually only) activity."""
    return parse_reports(text, today, actor)[0]


def _officer(layout: Layout, clean: str, chat: ChatText) -> officers.OfficerText | None:
    labelled = layout.values("officer")
    officer = officers.find_officer(labelled, clean, chat.senders)
    nrp = _join(*layout.values("nrp"))
    if officer is None and nrp:
        officer = officers.find_officer([], f"NRP {nrp}", [])
    return officer


def _read(clean: str, context: _Message) -> ParsedMessage:
    layout = split(clean)
    free = layout.free_text()
    spoken: Spoken = read_prose(free)
    visit = spoken.visit

    def section(kind: str) -> str:
        return _join(*layout.values(kind))

    result = ParsedMessage()
    fixed_visit = fuzzy.correct(numerals.as_digits(visit))
    digits = numerals.as_digits(clean)  # the clock fallbacks read the whole message

    # "Waktu : Senin, 2 Juni 2025 pkl 10.15": a template's time field holding the date too
    picked = date_pick.pick_date(
        fuzzy.correct(numerals.as_digits(section("date") or section("time"))) or None,
        fixed_visit,
        context.today,
        context.chat.sent_at,
    )
    if picked.value is None and not picked.doubt and context.date.value is not None:
        picked = context.date
    closing = (
        _closing_date(clean, context.today) if picked.value is None and not picked.doubt else None
    )
    if closing is not None:
        picked = date_pick.DatePick(closing[0])
    result.date = picked.value
    if picked.doubt:
        result.doubtful.add("date")

    timing = None
    for value in (section("time"), section("date")):
        value = numerals.as_digits(value)
        if value and (timing := times.find_time(fuzzy.correct(value), bare=True)):
            break
    told = fuzzy.correct(
        numerals.as_digits(section("activity"))
    )  # "Kegiatan : a. Pukul 09.00 WIB sambang …"
    if timing is None and closing is not None:  # "… 1/12 pkl 19.00 aman. aipda yusuf"
        timing = times.find_time(closing[1])
    if timing is None:
        timing = (
            times.find_time(fixed_visit)
            or times.time_after_date(fixed_visit, context.today)
            or times.find_time(fixed_visit, bare=True, strict_bare=True)
            or (times.find_time(told) if told else None)
            or times.emoji_time(digits)
        )
    if timing:
        result.start_time, result.end_time = timing
        if result.end_time is None:
            result.end_time = times.end_time(fixed_visit, result.start_time)
    else:  # "ba'da Isya … Kegiatan berakhir pukul 21.00": only the end is told
        field = numerals.as_digits(section("time") or section("date"))
        result.end_time = times.range_end(field) or times.end_time(fixed_visit, None)
    if result.end_time is None:  # "… Kegiatan selesai pkl 12.15." after the activity's sentence
        result.end_time = times.closing_end(digits, result.start_time)

    place_section = section("place")
    visit_scope = _scope(layout, visit, _SPOKEN)
    area = find_area(numerals.as_digits(place_section), numerals.as_digits(visit_scope))
    result.rw, result.rt = area.rw, area.rt
    result.doubtful |= area.doubtful
    if place_section:
        result.place = places.place_from_section(numerals.area_digits(place_section))
    else:
        result.place = places.place_from_prose(
            numerals.area_digits(visit)
        ) or places.place_from_prose(numerals.area_digits(section("activity")))

    officer = _officer(layout, clean, context.chat) or context.officer
    if (
        officer is not None
        and context.officer is not None
        and officers.same_person(officer.name, context.officer.name)
    ):
        officer = context.officer  # "Aipda Yusuf" in the second part is the message's reporter
    if officer is not None:
        result.officer = officer.text

    # a part naming a street of its own lies where the street does, not in the kelurahan
    # another part names ("1) … Jl. Bungur Besar … 2) bantu pengamanan … Kel. Senen")
    default = context.shared_mentions if _NAMED_STREET.search(context.own) else context.mentions
    mentions = _ranked_mentions(layout, place_section, clean, context.own) or default
    if mentions:
        result.kelurahan = mentions[0].words[0].title()

    result.types = activity.find_types(
        fuzzy.correct(_scope(layout, visit, _SPOKEN + ("date", "time")))
    )
    headline = framing.headline(free)
    body = visit[len(headline) :] if headline and visit.startswith(headline) else visit
    if any(audience.names_anyone(v) for v in layout.values("audience")):
        body = ""  # the template says whom they met: its own Sasaran/Dihadiri, not the greeting
    met = _scope(layout, body, _SPOKEN + ("date", "time", "officer", "nrp", "place", "audience"))
    # the witnesses and the parties brought together, told in what was found
    met = _join(met, audience.brought_together(_join(section("findings"), spoken.findings)))
    said = "\n".join(
        # "Warga yang ditemui : - Ketua RT 05 …": the label names whom only when its list does not
        f"{'' if _MET_CROWD.search(s.label) and audience.names_group(s.value) else s.label}: {s.value}"
        for s in layout.sections
        if s.kind == "audience" and s.value
    )
    result.audience = (
        audience.find_audience(
            met,
            result.place,
            said,
            secured="PKM" in result.types or bool(AT_EVENT.search(visit)),
            appeal=section("message") or spoken.message,
        )
        or audience.residents(_join(*layout.values("audience")))
        or audience.find_audience(spoken.sources)  # no one else named: whom they heard it from
    )
    told_section, appeal_after = _appeal_last(section("findings"))
    if section("message") or spoken.message:
        told_section, appeal_after = section("findings"), ""
    findings_labels = [s.label for s in layout.sections if s.kind == "findings"]
    told_section = texts.outcome_with_dispute(findings_labels, told_section, visit)
    appeal = section("message") or spoken.message or appeal_after
    found = _join(told_section, spoken.findings)
    if not (appeal and found):
        in_fields = _fields_told(layout)
        appeal, found = appeal or in_fields.message, found or in_fields.findings
    result.message, message_close = sign_off.split_sign_off(appeal)
    # "… di mulut gang. Sikon aman. Aiptu X": the close of the message is no finding
    found, found_close = sign_off.split_sign_off(found)
    result.findings = _HEARD_LABEL.sub("", found)
    result.situation = situation.find_situation(
        fuzzy.correct(section("situation")) or None,
        fuzzy.correct(
            _join(
                _scope(layout, visit, ("message", "other", "topic", "findings")),
                message_close,
                found_close,
            )
        ),
    ) or situation.find_situation(_join(message_close, found_close), "")  # "Situation safe & aman"
    if result.situation is None:  # "… jgn rebutan penumpang. 👍 Aman" run on in the appeal
        result.situation = situation.find_in_told(
            fuzzy.correct(numerals.as_digits(_join(result.message, result.findings)))
        )
    result.narrative = narrative(layout, result.officer, clean, context.own)
    doubt.weigh(result, clean, layout, spoken)

    if context.actor is not None:
        from sambang_tui.services.parse.resolve import resolve

        resolve(
            result,
            context.actor,
            context.today,
            mentions,
            officer,
            visit_scope,
            someone_named=officers.names_anyone(clean),
            signed=_signed(clean),
            whole=clean,
        )
    result.refresh_filled()
    return result


# a terse message's name alone: last after its final stop ("… aman. yusuf", "heri k",
# "sutrisno tgl 5/5", "… aman - sutrisno"), or first before "lapor" ("Sutrisno lapor 2 giat …")
_SIGNED = re.compile(
    r"(?:[.,!;]|\n|\s[-–—])\s*(?:[-–—]\s*)?(?P<last>[A-Za-z]{3,})(?:\s+[A-Za-z]\.?)?(?:\s+tgl\s+[\d/.-]+)?\W*\Z"
    r"|\A\s*(?P<first>[A-Za-z]{4,})\s+(?i:lapor|melaporkan|izin|ijin)\b",
)


# "Info dari warga: …", "Didapat info: …": a label before what was heard, removed as labels are
# (its source stays whom they met); "info dr ketua rt ada rencana …" keeps its source, and so
# does chat's "Info dr Ibu X: …", kept whole by every writer who shortens it (heldout29-37)
_HEARD_LABEL = re.compile(
    r"^(?:(?:didapat(?:kan)?|diperoleh|dapat|dpt)\s+)?info(?:rmasi)?"
    r"(?:\s+dari\s+[^:\n.]{1,60})?\s*:\s*(?=\S)",
    re.I | re.M,
)
# "Langkah yang diambil", "Tindakan", "Saran", "Analisa": what he did or judged
_STEPS_TAKEN = re.compile(r"\b(?:langkah|tindak|saran|analisa|pendapat|penilaian|kesimpulan)", re.I)
# "…, serta menghimbau panitia agar …": the clause's joining word is no part of the appeal
_JOINING = re.compile(r"^(?:serta|dan|lalu|kemudian|sekaligus|juga)\s+(?=\S)", re.I)


def _fields_told(layout: Layout) -> Spoken:
    """The appeal and the findings a template tells inside its fields for
    what the officer did or whom he met ("Uraian : … Bhabin menyampaikan
    agar …", "Isi: sambang …, menghimbau warga …", "Sasaran: ngobrol
    dengan … . Mereka cerita …", "BAGAIMANA : … Warga menyampaikan …"), read
    only where the template has no field of its own for them."""
    told = _join(
        *(
            s.value
            for s in layout.sections
            if s.kind in ("activity", "other", "audience") and not _STEPS_TAKEN.search(s.label)
        )
    )
    spoken = read_prose(told) if told else Spoken()
    spoken.message = _JOINING.sub("", spoken.message)
    spoken.findings = sign_off.without_sign_off(spoken.findings)
    return spoken


_CLOSE_CHARS = 60  # the close of a terse message: its last words, where it is signed


def _closing_date(text: str, today: dt.date) -> tuple[dt.date, str] | None:
    """The one date written in the close of a message that names none
    before it ("… jgn terprovokasi. 1/12 pkl 19.00 aman. aipda yusuf", "…
    aman terkendali aiptu heri minggu 28/6/26"): none still to come, none
    another event's; with the words from it on, where its clock is."""
    text = text.rstrip()
    offset = max(0, len(text) - _CLOSE_CHARS)
    tail = text[offset:]
    found = [  # read in the whole text: "rt 06/09" cut to "06/09" is no date
        (d.value, d.start - offset)
        for d in dates.find_dates(text, today)
        if d.start >= offset and d.value is not None and not d.event and d.value <= today
    ]
    if len({value for value, _ in found}) != 1:
        return None
    value, at = found[0]
    # all of it: the clock keeps the end of its range ("… 22 Mei 2025 pukul 15.30 WIB sampai
    # dengan 17.00 WIB."), which 30 characters cut off
    return value, tail[at:]


def _signed(text: str) -> str:
    m = _SIGNED.match(text)  # "Sutrisno lapor …" before a last word
    m = m if m and m.group("first") else _SIGNED.search(text[-60:])
    return (m.group("last") or m.group("first")) if m else ""


def _appeal_last(told: str) -> tuple[str, str]:
    """A findings section whose last sentences are the officer's appeal ("…
    di mulut gang. Sy himbau agar …", a line "Sdh dihimbau warga …" after
    "Harapan :"): what was told, and the appeal, which is no finding."""
    appeal = texts.message_from_prose(told) if told else ""
    tail = told.rstrip().rstrip(".").rstrip()
    if (
        not appeal
        or appeal.rstrip().rstrip(".") == tail
        or not tail.endswith(appeal.rstrip().rstrip("."))
    ):
        return told, ""
    head = told.rstrip()[: len(tail) - len(appeal.rstrip().rstrip("."))].rstrip()
    if not head or head[-1] not in ".!?\n" and not told[len(head) :].startswith("\n"):
        return told, ""  # the appeal must be sentences of its own, after what was told
    return head, appeal


# "Warga yang ditemui", "Masyarakat yg hadir": a label whose word for people heads its list
_MET_CROWD = re.compile(
    r"^(?:warga|masyarakat|peserta)\s+(?:yang\s+|yg\s+)?(?:ditemui|hadir|dikunjungi|disambangi)$",
    re.I,
)


# "Jl. X", "jl x", "Jalan X", "Gg. X" — not "lampu jalan mati"
_NAMED_STREET = re.compile(r"\b(?i:jl|jln|gg)\b\.?\s*[A-Za-z]{3,}|\b(?i:jalan|gang)\s+[A-Z]")


def _ranked_mentions(
    layout: Layout, place_section: str, text: str, own: str = ""
) -> list[places.Mention]:
    """Kelurahan mentions, likeliest first: in the place section, then after
    "Kel."/"Kelurahan", then after "Bhabinkamtibmas" (the officer's area).
    ``own``: an activity's own lines — a mention there ("membantu Bhabin
    Kramat") before the message's head ("Bhabinkamtibmas Bungur")."""
    in_place = places.kelurahan_mentions(place_section) if place_section else []
    in_area: list[places.Mention] = []
    for section in layout.sections:
        if section.kind == "area" and section.value:
            found = places.kelurahan_mentions(section.value)
            words = places.name_words(section.value)
            in_area += found or ([places.Mention(words, 0, True, False)] if words else [])
    everywhere = places.kelurahan_mentions(text)
    at = text.find(own) if own else -1
    if at >= 0:
        everywhere.sort(key=lambda m: not at <= m.start < at + len(own))
    keyword = [m for m in everywhere if m.keyword and not m.bhabin]
    bhabin = [m for m in everywhere if m.bhabin]
    return [*in_place, *in_area, *keyword, *bhabin]
