"""Laporan Kegiatan: one report, with its photos on a documentation page."""

from __future__ import annotations

from pathlib import Path

from sambang_tui.services.actor import Actor
from sambang_tui.services.documents import source
from sambang_tui.services.documents.letterhead import letterhead, signature
from sambang_tui.services.documents.model import (
    Bullets,
    Document,
    Fields,
    Heading,
    Image,
    PageBreak,
    Paragraph,
    Signature,
)
from sambang_tui.services.documents.words import audience_phrase, date_long, label, lines


def _where(f: source.ReportFacts) -> str:
    parts = [f.place, f.area, f"{label('area.' + f.kelurahan_kind)} {f.kelurahan}"]
    if f.kecamatan:
        parts.append(f"Kecamatan {f.kecamatan}")
    if f.city:
        parts.append(f.city)
    return ", ".join(p for p in parts if p)


def _section(doc: Document, number: int, title: str, text: str, *, points: bool = False) -> int:
    if not text.strip():
        return number
    doc.add(Heading(f"{number}. {title}", level=2))
    items = lines(text) if points else []
    if len(items) > 1:
        doc.add(Bullets(tuple(items), indent=1))
    else:
        doc.add(Paragraph(text.strip(), indent=1))
    return number + 1


def build(
    actor: Actor, report_id: int, signer: str = "kapolsek", attachments_root: Path | None = None
) -> Document:
    f = source.load(actor, report_id, attachments_root)
    station = f.station
    doc = Document(
        f"Laporan Kegiatan {f.number}", stem=f"laporan-kegiatan-{f.number.replace('/', '-')}"
    )
    doc.add(
        letterhead(station),
        Heading("LAPORAN KEGIATAN", align="center", underline=True),
        Paragraph(f"Nomor: {f.number}", align="center"),
    )
    people = audience_phrase(f.audience)
    if f.contacts:
        named = ", ".join(f"{name} ({label('contact.' + cat).lower()})" for name, cat in f.contacts)
        people = f"{people}; antara lain {named}" if people else named
    rows = [
        ("Jenis kegiatan", f.type_names),
        ("Hari/tanggal", date_long(f.date)),
        ("Waktu", f.time_range),
        ("Tempat", _where(f)),
        ("Pelaksana", "; ".join(f"{o.label} NRP {o.nrp}" for o in f.officers)),
        ("Sasaran/yang ditemui", people),
    ]
    if f.operation:
        rows.append(("Operasi", f.operation))
    if f.problem:
        rows.append(("Permasalahan", f.problem))
    doc.add(Fields(tuple(rows)))
    n = 1
    n = _section(doc, n, "Uraian kegiatan", f.narrative)
    n = _section(doc, n, "Pesan kamtibmas yang disampaikan", f.message, points=True)
    n = _section(doc, n, "Temuan", f.findings)
    situation = f"{label('situation.' + f.situation)}; tingkat ancaman {label('threat.' + f.threat_level).lower()}."
    n = _section(doc, n, "Situasi kamtibmas", situation)
    n = _section(doc, n, "Tindak lanjut", f.follow_up)
    if f.quote_text:
        who = f" — {f.quote_by}" if f.quote_by else ""
        _section(doc, n, "Kutipan", f"“{f.quote_text.strip()}”{who}")
    sig = signature(station, signer)
    doc.add(Signature("", ("Mengetahui,", *sig.title_lines), sig.name, sig.rank_nrp, align="left"))
    lead = f.officers[0] if f.officers else None
    kind = label("area." + f.kelurahan_kind).upper()
    doc.add(
        Signature(
            sig.place_date,
            ("Yang melaporkan,", f"BHABINKAMTIBMAS {kind} {f.kelurahan.upper()}"),
            lead.name.upper() if lead else "(....................................)",
            f"{lead.rank.upper()} NRP {lead.nrp}" if lead else "NRP ....................",
        )
    )
    if f.attachments:
        doc.add(PageBreak(), Heading("DOKUMENTASI", align="center", underline=True))
        doc.add(Paragraph(f"Lampiran Laporan Kegiatan Nomor {f.number}", align="center"))
        for path, caption in f.attachments:
            doc.add(Image(path, caption))
    return doc
