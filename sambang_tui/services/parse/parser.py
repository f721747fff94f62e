"""``parse_message``: a Bhabin's chat message in, the report fields it
states out. Each field comes from its template section when the message
has one (``Tempat : …``), else from the prose; a field that cannot be read
with confidence stays empty and its words stay in the narrative."""

from __future__ import annotations

import datetime as dt

from sambang_tui.services import clock
from sambang_tui.services.actor import Actor
from sambang_tui.services.parse import activity, audience, dates, officers, places, situation
from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.normalise import normalise, strip_chat_headers
from sambang_tui.services.parse.sections import Layout, split
from sambang_tui.services.parse.texts import findings_from_prose, is_boilerplate, message_from_prose

MAX_CHARS = 12_000

# sections whose words describe the talk, not the visit
_SPOKEN = ("message", "findings", "situation", "other")


def _join(*parts: str | None) -> str:
    return "\n".join(p for p in parts if p)


def _scope(layout: Layout, exclude: tuple[str, ...]) -> str:
    """The free text plus the sections not excluded, in message order (an
    audience section with its label: "Jumlah penonton : 150 orang")."""
    pieces = [(index, text) for index, text in layout.free]
    pieces += [
        (s.line, f"{s.label}: {s.value}" if s.kind == "audience" else s.value)
        for s in layout.sections
        if s.kind not in exclude
    ]
    return "\n".join(text for _, text in sorted(pieces))


def _narrative(layout: Layout, officer_text: str) -> str:
    pieces: list[tuple[int, str]] = []
    for section in layout.sections:
        if section.kind == "activity" and section.value:
            pieces.append((section.line, section.value))
        elif section.kind in ("other", "audience") and section.value:
            pieces.append((section.line, f"{section.label}: {section.value}"))
    for index, line in layout.free:
        if not is_boilerplate(line, officer_text):
            pieces.append((index, line))
    pieces.sort()
    out: list[str] = []
    previous = None
    for index, text in pieces:
        if previous is not None and out:
            out.append("\n\n" if index - previous > 1 and not layout.numbered else "\n")
        out.append(text)
        previous = index
    return "".join(out).strip()


def parse_message(
    text: str, today: dt.date | None = None, actor: Actor | None = None
) -> ParsedMessage:
    """The fields ``text`` states. With an ``actor`` (a bound database) the
    officer, kelurahan and activity types are also resolved to ids."""
    today = today or clock.today()
    chat = strip_chat_headers(normalise(text))
    clean, senders = chat.text, chat.senders
    if chat.sent_on is not None and chat.sent_on <= today:
        today = chat.sent_on  # "kemarin" in a message forwarded later: the day before it was sent
    whole = clean
    clean = clean[:MAX_CHARS]  # a chat report is far shorter; the rest stays in the narrative
    layout = split(clean)
    free = layout.free_text()

    def section(kind: str) -> str:
        return _join(*layout.values(kind))

    result = ParsedMessage()
    result.date = dates.pick_date(section("date") or None, free, today)

    timing = None
    for value in (section("time"), section("date")):
        if value and (timing := dates.find_time(value, bare=True)):
            break
    if timing is None:
        timing = dates.find_time(free) or dates.time_after_date(free, today)
    if timing:
        result.start_time, result.end_time = timing

    place_section = section("place")
    visit = _scope(layout, _SPOKEN)
    area = places.find_area(place_section, visit)
    result.rw, result.rt = area.rw, area.rt
    if place_section:
        result.place = places.place_from_section(place_section)
    else:
        result.place = places.place_from_prose(free)

    labelled = layout.values("officer")
    officer = officers.find_officer(labelled, clean, senders)
    if officer is None and section("nrp"):
        officer = officers.find_officer([], f"NRP {section('nrp')}", [])
    if officer is not None:
        result.officer = officer.text

    mentions = _ranked_mentions(layout, place_section, clean)
    if mentions:
        result.kelurahan = mentions[0].words[0].title()

    result.types = activity.find_types(
        _scope(layout, ("message", "findings", "situation", "other", "date", "time"))
    )
    result.audience = audience.find_audience(
        _scope(layout, _SPOKEN + ("date", "time", "officer", "nrp"))
    )
    result.situation = situation.find_situation(
        section("situation") or None, _scope(layout, ("message", "other"))
    )
    result.message = section("message") or message_from_prose(free)
    result.findings = section("findings") or findings_from_prose(free)
    result.narrative = _narrative(layout, result.officer)
    if len(whole) > MAX_CHARS:
        result.narrative = f"{result.narrative}\n{whole[MAX_CHARS:]}"

    if actor is not None:
        from sambang_tui.services.parse.resolve import resolve

        resolve(
            result,
            actor,
            today,
            mentions,
            officer,
            _scope(layout, _SPOKEN),
            someone_named=officers.names_anyone(clean),
        )
    result.refresh_filled()
    return result


def _ranked_mentions(layout: Layout, place_section: str, text: str) -> list[places.Mention]:
    """Kelurahan mentions, likeliest first: in the place section, then after
    "Kel."/"Kelurahan", then after "Bhabinkamtibmas" (the officer's area)."""
    in_place = places.kelurahan_mentions(place_section) if place_section else []
    in_area: list[places.Mention] = []
    for section in layout.sections:
        if section.kind == "area" and section.value:
            found = places.kelurahan_mentions(section.value)
            words = places.name_words(section.value)
            in_area += found or ([places.Mention(words, 0, True, False)] if words else [])
    everywhere = places.kelurahan_mentions(text)
    keyword = [m for m in everywhere if m.keyword and not m.bhabin]
    bhabin = [m for m in everywhere if m.bhabin]
    return [*in_place, *in_area, *keyword, *bhabin]
