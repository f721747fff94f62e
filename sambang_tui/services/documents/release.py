"""The Humas news release draft for one report, or several reports of the
same day and activity type, built as Humas writes one:

    headline: the activity, the officers, the place and the context
              (``… Pasca Pemungutan Suara Pilkada 2024``)
    lead:     ``Jakarta Pusat –`` who (the Bhabinkamtibmas of the kelurahan,
              the Polsek, the Polres), what, where (street, RT/RW,
              kelurahan, city), when (weekday and date, once) and why
    whom they met, and the purpose
    the Kapolsek's statement in reported speech (name, rank, degrees), then
              his quote and ``ujarnya``
    the appeal
    closing:  the situation, the hope and the station's commitment
    sign-off: ``(Humas Polres …)``

Only facts of the record, the station, the operation and the period (an
election from the holiday calendar) go in. What the record lacks — the
Kapolsek's statement, his words — is a marked placeholder (``[[ISI: …]]``)
for the desk to fill in the release editor, never an invented fact.

The draft is plain text the desk edits before export; ``document_from_text``
turns the (edited) text back into a document: first line the headline, blank
lines between paragraphs, ``1.`` lines as numbered points, the report's
photos at the end.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sambang_tui.db.models import Station
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.documents import source
from sambang_tui.services.documents.letterhead import kapolsek, sector_name
from sambang_tui.services.documents.model import (
    Bullets,
    Document,
    Heading,
    Image,
    Paragraph,
    Photos,
)
from sambang_tui.services.documents.names import with_degrees
from sambang_tui.services.documents.words import date_long, in_sentence, join_and, label, lines
from sambang_tui.services.reports.detail import ReportDetail

DEFAULT_CITY = "Jakarta Pusat"
PLACEHOLDER = re.compile(r"\[\[ISI:[^\]]*\]\]")
STATEMENT_TODO = "[[ISI: pernyataan Kapolsek dalam kalimat tidak langsung]]"
QUOTE_TODO = "[[ISI: kutipan langsung Kapolsek]]"
ELECTION_DAYS = 30  # how long after a vote a visit is "after the vote"
_POINT = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
_SITUATION_RANK = {"aman_kondusif": 0, "waspada": 1, "rawan": 2}
_KPU = re.compile(r"\bKPU(?:\s+(?:DKI|[A-Z][a-z]+|[A-Z]{2,}))*")
_ELECTIONS = (("kepala daerah", "Pilkada"), ("umum", "Pemilu"), ("presiden", "Pilpres"))


def placeholders(text: str) -> list[str]:
    """The ``[[ISI: …]]`` marks still in a (edited) release text."""
    return PLACEHOLDER.findall(text)


def election_before(day: dt.date) -> str:
    """``Pilkada 2024`` when a national election day (from the holiday
    calendar) lies within ``ELECTION_DAYS`` before ``day``; else empty."""
    import holidays

    calendar = holidays.country_holidays("ID", years=(day.year - 1, day.year), language="id")
    for when, name in sorted(calendar.items(), reverse=True):
        if 0 < (day - when).days <= ELECTION_DAYS and "pemilihan" in name.lower():
            kind = next((short for key, short in _ELECTIONS if key in name.lower()), "Pemilu")
            return f"{kind} {when.year}"
    return ""


def _activity(f: ReportDetail) -> str:
    return join_and([in_sentence(t.name) for t in f.types])


def _headline_activity(f: ReportDetail) -> str:
    return join_and([t.name for t in f.types])


def _where(f: ReportDetail, city: str) -> str:
    head = " ".join(p for p in (f.place, f.area_text) if p)
    parts = [head] if head else []
    parts.append(f"{label('area.' + f.kelurahan.kind)} {f.kelurahan.name}")
    if f.kelurahan.kecamatan:
        parts.append(f"Kecamatan {f.kelurahan.kecamatan}")
    parts.append(city)
    return ", ".join(parts)


def _when(f: ReportDetail) -> str:
    text = f"pada {date_long(f.date)}"
    if f.start_time is not None:
        text += f" pukul {f.start_time.strftime('%H.%M')} WIB"
    return text


def _officers(f: ReportDetail) -> str:
    return join_and([f"{o.rank} {with_degrees(o.name)}" for o in f.officers])


def _met(reports: list[ReportDetail]) -> str:
    seen: list[str] = []
    for f in reports:
        for category, _ in source.audience(f):
            name = in_sentence(label(f"audience.{category}"))
            if name not in seen:
                seen.append(name)
    contacts = [
        f"{name} ({in_sentence(label('contact.' + cat))})"
        for f in reports
        for name, cat in source.contacts(f)
    ]
    if not seen and not contacts:
        return ""
    who = join_and(seen) + " setempat" if seen else ""
    if contacts:
        who = f"{who}, di antaranya {join_and(contacts)}" if who else join_and(contacts)
    return f"Dalam kegiatan tersebut, Bhabinkamtibmas bertemu dan berdialog dengan {who}."


def _purpose(reports: list[ReportDetail], election: str) -> str:
    """What the visit was for, from the record: the recapitulation awaited
    after a vote, when the record speaks of it."""
    if not election:
        return ""
    for f in reports:
        text = " ".join((f.message, f.narrative, f.follow_up))
        kpu = _KPU.search(text)
        if kpu and "rekapitulasi" in text.lower():
            return (
                "Kegiatan ini bertujuan agar tidak terjadi gangguan kamtibmas selama "
                f"masyarakat menunggu hasil rekapitulasi {kpu.group(0)}."
            )
    return ""


def _points(reports: list[ReportDetail]) -> list[str]:
    out: list[str] = []
    for f in reports:
        for item in lines(f.message):
            if item not in out:
                out.append(item)
    return out


def _appeal(item: str) -> str:
    """One appeal as a sentence: ``… mengimbau warga agar tidak …``."""
    low = item[0].lower() + item[1:]
    low = re.sub(r"^menghimbau\b", "mengimbau", low)
    low = low if low.endswith((".", "!")) else low + "."
    if low.startswith(("mengimbau", "mengajak", "meminta")):
        return f"Pada kesempatan tersebut, Bhabinkamtibmas juga {low}"
    if not low.startswith("agar "):
        low = "agar " + low
    return f"Pada kesempatan tersebut, Bhabinkamtibmas juga mengimbau warga {low}"


def _quote_text(f: ReportDetail) -> str:
    text = f.quote_text.strip().strip('"“”').strip()
    if not text:
        return ""
    return text if text[-1] in "?!" else text.rstrip(".,;") + ","


def _statement(reports: list[ReportDetail], station: Station) -> list[str]:
    """The Kapolsek's statement then his quote (``ujarnya``); quotes of
    others follow with their own names. What is missing is a placeholder."""
    chief = kapolsek(station)
    sector = sector_name(station)
    chief_name = f"Kapolsek {sector}"
    if chief is not None:
        chief_name += f" {chief.rank} {with_degrees(chief.name)}"
    surname = chief.name.split(",")[0].strip() if chief is not None else "\0"
    chief_quotes = [q for f in reports if surname in f.quote_by and (q := _quote_text(f))]
    others = [
        f"“{q}” ujar {f.quote_by.strip() or 'Bhabinkamtibmas'}."
        for f in reports
        if surname not in f.quote_by and (q := _quote_text(f))
    ]
    quote = chief_quotes[0] if chief_quotes else QUOTE_TODO + ","
    return [
        f"{chief_name} mengatakan bahwa {STATEMENT_TODO}.",
        f"“{quote}” ujarnya.",
        *others,
    ]


def _closing(reports: list[ReportDetail], station: Station, election: str) -> str:
    worst = max(reports, key=lambda f: _SITUATION_RANK.get(f.situation, 0)).situation
    areas = join_and(list(dict.fromkeys(f"Kelurahan {f.kelurahan.name}" for f in reports)))
    commitment = (
        f"{station.name} berkomitmen untuk terus hadir di tengah masyarakat menjaga "
        "kamtibmas" + (f" pasca {election}." if election else ".")
    )
    if worst == "rawan":
        return (
            f"Situasi di wilayah {areas} dinilai rawan; Bhabinkamtibmas bersama tiga pilar "
            f"meningkatkan pemantauan dan koordinasi dengan tokoh setempat. {commitment}"
        )
    if worst == "waspada":
        return (
            f"Kegiatan berjalan dengan lancar. Situasi di wilayah {areas} dalam status waspada "
            f"dan terus dipantau oleh Bhabinkamtibmas bersama tiga pilar. {commitment}"
        )
    return (
        f"Selama kegiatan berlangsung, situasi di wilayah {areas} terpantau aman dan kondusif. "
        f"Dengan kegiatan ini diharapkan situasi kamtibmas tetap aman dan kondusif. {commitment}"
    )


def load_reports(actor: Actor, report_ids: list[int]) -> list[ReportDetail]:
    if not report_ids:
        raise ValidationError("reports", "documents.err.pick_one")
    reports = [source.load(actor, rid) for rid in report_ids]
    first = reports[0]
    for f in reports[1:]:
        if f.date != first.date or f.types[0].code != first.types[0].code:
            raise ValidationError("reports", "documents.err.release_same_day_type")
    return reports


def _draft(reports: list[ReportDetail], station: Station) -> str:
    first = reports[0]
    city = first.kelurahan.city or station.city or DEFAULT_CITY
    election = election_before(first.date)
    context = f" Pasca Pemungutan Suara {election}" if election else ""
    units = f"{station.name} {station.polres}".strip()
    if len(reports) == 1:
        spot = first.place or f"Kelurahan {first.kelurahan.name}"
        headline = (
            f"Bhabinkamtibmas {station.name} Gelar {_headline_activity(first)} di {spot}{context}"
        )
        lead = (
            f"{city} – Bhabinkamtibmas {label('area.' + first.kelurahan.kind)} "
            f"{first.kelurahan.name} "
            f"{units}, {_officers(first)}, melaksanakan kegiatan {_activity(first)} di "
            f"{_where(first, city)}, {_when(first)}."
        )
    else:
        headline = (
            f"Bhabinkamtibmas {station.name} Gelar {_headline_activity(first)} di "
            f"{len(reports)} Lokasi{context}"
        )
        spots = "; ".join(f"{_officers(f)} di {_where(f, city)}" for f in reports)
        lead = (
            f"{city} – Para Bhabinkamtibmas {units} melaksanakan kegiatan {_activity(first)} "
            f"di {len(reports)} lokasi {_when(first)}, yakni {spots}."
        )
    why = "guna menjaga situasi kamtibmas tetap aman dan kondusif"
    lead += f" Kegiatan tersebut dilaksanakan {why}" + (
        f" pasca pemungutan suara {election}." if election else "."
    )
    paragraphs = [headline, lead]
    met = " ".join(p for p in (_met(reports), _purpose(reports, election)) if p)
    if met:
        paragraphs.append(met)
    paragraphs.extend(_statement(reports, station))
    points = _points(reports)
    if len(points) > 1:
        items = "\n".join(f"{i}. {p}" for i, p in enumerate(points, 1))
        paragraphs.append(
            "Pada kesempatan tersebut, Bhabinkamtibmas juga menyampaikan sejumlah imbauan "
            f"kepada warga, antara lain:\n{items}"
        )
    elif points:
        paragraphs.append(_appeal(points[0]))
    paragraphs.append(_closing(reports, station, election))
    signoff = station.humas_signoff or (f"Humas {station.polres}" if station.polres else "Humas")
    paragraphs.append(f"({signoff})")
    return "\n\n".join(paragraphs) + "\n"


def draft_text(actor: Actor, report_ids: list[int]) -> str:
    """The release draft as editable plain text."""
    return _draft(load_reports(actor, report_ids), source.station(actor))


def photos(actor: Actor, report_ids: list[int]) -> list[tuple[Path, str]]:
    """The photos of the reports, for the release document."""
    return [item for f in load_reports(actor, report_ids) for item in source.pictures(f)]


def document_from_text(
    text: str, stem: str = "rilis-humas", pictures: list[tuple[Path, str]] | None = None
) -> Document:
    """The (edited) release text as a document: headline, paragraphs, points,
    then the photos."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    if not blocks:
        raise ValidationError("text", "documents.err.release_empty")
    headline, *rest = blocks
    doc = Document(headline.strip(), stem=stem)
    doc.add(Heading(" ".join(headline.split()), align="center"))
    for block in rest:
        intro: list[str] = []
        points: list[str] = []
        for line in block.split("\n"):
            m = _POINT.match(line)
            if m:
                points.append(m.group(2).strip())
            elif points:
                points[-1] += " " + line.strip()
            else:
                intro.append(line.strip())
        if intro:
            doc.add(Paragraph(" ".join(intro)))
        if points:
            doc.add(Bullets(tuple(points)))
    if pictures:
        doc.add(Photos(tuple(Image(Path(path), caption) for path, caption in pictures)))
    return doc


def build(actor: Actor, report_ids: list[int]) -> Document:
    reports = load_reports(actor, report_ids)
    stem = "rilis-" + reports[0].number.replace("/", "-")
    pictures = [item for f in reports for item in source.pictures(f)]
    return document_from_text(_draft(reports, source.station(actor)), stem=stem, pictures=pictures)
