"""The Humas news release draft for one report, or several reports of the
same day and activity type, in the form Polres Humas releases take:

    headline
    <city> – lead: unit, rank and name, activity, street, RT/RW, kelurahan,
             day and date (Senin, 2 Desember 2024 / 02/12/2024)
    who was met; the points of the appeal; the quote;
    closing on the situation; sign-off (Humas Polres …)

The draft is plain text the desk edits before export; ``document_from_text``
turns the (edited) text back into a document: first line the headline, blank
lines between paragraphs, ``1.`` lines as numbered points.
"""

from __future__ import annotations

import re

from sambang_tui.services.actor import Actor
from sambang_tui.services.documents import source
from sambang_tui.services.documents.letterhead import kapolsek, sector_name
from sambang_tui.services.documents.model import Bullets, Document, Heading, Paragraph
from sambang_tui.services.documents.words import date_long, join_and, label, lines
from sambang_tui.services.errors import ValidationError

DEFAULT_CITY = "Jakarta Pusat"
_POINT = re.compile(r"^\s*(\d{1,2})[.)]\s+(.*)$")
_SITUATION_RANK = {"aman_kondusif": 0, "waspada": 1, "rawan": 2}


def _where(f: source.ReportFacts, with_kelurahan: bool = True) -> str:
    head = " ".join(p for p in (f.place, f.area) if p)
    parts = [head] if head else []
    if with_kelurahan:
        parts.append(f"{label('area.' + f.kelurahan_kind)} {f.kelurahan}")
        if f.kecamatan:
            parts.append(f"Kecamatan {f.kecamatan}")
    return ", ".join(parts)


def _when(f: source.ReportFacts) -> str:
    text = f"hari {date_long(f.date)} ({f.date.strftime('%d/%m/%Y')})"
    if f.start_time is not None:
        text += f" pukul {f.start_time.strftime('%H.%M')} WIB"
    return text


def _officers(f: source.ReportFacts) -> str:
    return join_and([o.label for o in f.officers])


def _met(reports: list[source.ReportFacts]) -> str:
    seen: list[str] = []
    for f in reports:
        for category, _ in f.audience:
            name = label(f"audience.{category}").lower()
            if name not in seen:
                seen.append(name)
    contacts = [
        f"{name} ({label('contact.' + cat).lower()})" for f in reports for name, cat in f.contacts
    ]
    if not seen and not contacts:
        return ""
    who = join_and(seen) + " setempat" if seen else ""
    if contacts:
        who = f"{who}, di antaranya {join_and(contacts)}" if who else join_and(contacts)
    return f"Dalam kegiatan tersebut, Bhabinkamtibmas bertemu dan berdialog dengan {who}."


def _points(reports: list[source.ReportFacts]) -> list[str]:
    out: list[str] = []
    for f in reports:
        for item in lines(f.message):
            if item not in out:
                out.append(item)
    return out


def _appeal(item: str) -> str:
    """One appeal as a sentence: ``… mengimbau warga agar tidak …``."""
    low = item[0].lower() + item[1:]
    low = low if low.endswith((".", "!")) else low + "."
    if low.startswith(("menghimbau", "mengimbau", "mengajak", "meminta")):
        return f"Pada kesempatan tersebut, Bhabinkamtibmas {low}"
    if not low.startswith("agar "):
        low = "agar " + low
    return f"Pada kesempatan tersebut, Bhabinkamtibmas mengimbau warga {low}"


def _quote(f: source.ReportFacts) -> str:
    text = f.quote_text.strip().strip('"“”').strip()
    if not text:
        return ""
    if text[-1] not in "?!":
        text = text.rstrip(".,;") + ","
    who = f.quote_by.strip() or "Bhabinkamtibmas"
    return f"“{text}” ujar {who}."


def _closing(reports: list[source.ReportFacts]) -> str:
    worst = max(reports, key=lambda f: _SITUATION_RANK.get(f.situation, 0)).situation
    areas = join_and(list(dict.fromkeys(f"Kelurahan {f.kelurahan}" for f in reports)))
    if worst == "rawan":
        return (
            f"Situasi di wilayah {areas} dinilai rawan; Bhabinkamtibmas bersama tiga pilar "
            "meningkatkan pemantauan dan koordinasi dengan tokoh setempat."
        )
    if worst == "waspada":
        return (
            f"Kegiatan berjalan dengan lancar. Situasi di wilayah {areas} dalam status waspada "
            "dan terus dipantau oleh Bhabinkamtibmas bersama tiga pilar."
        )
    return f"Selama kegiatan berlangsung, situasi di wilayah {areas} terpantau aman dan kondusif."


def load_reports(actor: Actor, report_ids: list[int]) -> list[source.ReportFacts]:
    if not report_ids:
        raise ValidationError("reports", "Pilih sedikitnya satu laporan.")
    reports = [source.load(actor, rid) for rid in report_ids]
    first = reports[0]
    for f in reports[1:]:
        if f.date != first.date or f.types[0][0] != first.types[0][0]:
            raise ValidationError(
                "reports",
                "Rilis gabungan hanya untuk laporan pada hari dan jenis kegiatan yang sama.",
            )
    return reports


def draft_text(actor: Actor, report_ids: list[int]) -> str:
    """The release draft as editable plain text."""
    reports = load_reports(actor, report_ids)
    first = reports[0]
    station = first.station
    unit = f"Bhabinkamtibmas {station.name}"
    city = first.city or station.city or DEFAULT_CITY
    activity = first.type_names
    place = first.kelurahan if len(reports) == 1 else sector_name(station)
    headline = f"{unit} Gelar {activity} di {place}"
    if _points(reports):
        headline += ", Ajak Warga Jaga Kamtibmas"
    paragraphs = [headline]
    if len(reports) == 1:
        lead = (
            f"{city} – Bhabinkamtibmas {label('area.' + first.kelurahan_kind)} {first.kelurahan} "
            f"{station.name}, {_officers(first)}, melaksanakan kegiatan {activity} di "
            f"{_where(first)}, {city}, pada {_when(first)}."
        )
    else:
        spots = "; ".join(f"{_officers(f)} di {_where(f)}" for f in reports)
        lead = (
            f"{city} – Para Bhabinkamtibmas {station.name} melaksanakan kegiatan {activity} "
            f"di {len(reports)} lokasi pada {_when(first)}, yakni {spots}."
        )
    paragraphs.append(lead)
    chief = kapolsek(station)
    quotes = [q for q in (_quote(f) for f in reports) if q]
    if chief is not None and not any(chief.name.split(",")[0] in f.quote_by for f in reports):
        paragraphs.append(
            f"Kegiatan tersebut dilaksanakan atas arahan Kapolsek {sector_name(station)} "
            f"{chief.rank} {chief.name}."
        )
    if first.operation:
        paragraphs.append(f"Kegiatan ini merupakan bagian dari {first.operation}.")
    met = _met(reports)
    if met:
        paragraphs.append(met)
    points = _points(reports)
    if len(points) > 1:
        items = "\n".join(f"{i}. {p}" for i, p in enumerate(points, 1))
        paragraphs.append(
            "Pada kesempatan tersebut, Bhabinkamtibmas menyampaikan sejumlah imbauan kepada "
            f"warga, antara lain:\n{items}"
        )
    elif points:
        paragraphs.append(_appeal(points[0]))
    paragraphs.extend(quotes)
    paragraphs.append(_closing(reports))
    signoff = station.humas_signoff or (f"Humas {station.polres}" if station.polres else "Humas")
    paragraphs.append(f"({signoff})")
    return "\n\n".join(paragraphs) + "\n"


def document_from_text(text: str, stem: str = "rilis-humas") -> Document:
    """The (edited) release text as a document: headline, paragraphs, points."""
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    if not blocks:
        raise ValidationError("text", "Naskah rilis kosong.")
    headline, *rest = blocks
    doc = Document(headline.strip(), stem=stem)
    doc.add(Heading(headline.strip(), align="center"))
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
    return doc


def build(actor: Actor, report_ids: list[int]) -> Document:
    reports = load_reports(actor, report_ids)
    stem = "rilis-" + reports[0].number.replace("/", "-")
    return document_from_text(draft_text(actor, report_ids), stem=stem)
