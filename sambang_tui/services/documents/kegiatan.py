"""Laporan Kegiatan: one report, its Dasar, the facts, the signatures of the
reporting Bhabinkamtibmas and (Mengetahui) the Kapolsek, and its photos on a
documentation page, two to a row."""

from __future__ import annotations

import datetime as dt

from sambang_tui.db.models import Station
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.documents import source
from sambang_tui.services.documents.letterhead import (
    BLANK_NAME,
    BLANK_RANK,
    letterhead,
    number,
    officer_lines,
    place_date,
    signer_lines,
)
from sambang_tui.services.documents.model import (
    Block,
    Bullets,
    Document,
    Fields,
    Heading,
    Image,
    Keep,
    PageBreak,
    Paragraph,
    Photos,
    Signature,
)
from sambang_tui.services.documents.names import with_degrees
from sambang_tui.services.documents.words import (
    audience_phrase,
    date_long,
    in_sentence,
    label,
    lines,
    sentence_start,
)
from sambang_tui.services.reports.detail import ReportDetail


def _where(f: ReportDetail) -> str:
    kel = f.kelurahan
    parts = [f.place, f.area_text, f"{label('area.' + kel.kind)} {kel.name}"]
    if kel.kecamatan:
        parts.append(f"Kecamatan {kel.kecamatan}")
    if kel.city:
        parts.append(kel.city)
    return ", ".join(p for p in parts if p)


def _section(number: int, title: str, text: str, *, points: bool = False) -> list[Block]:
    if not text.strip():
        return []
    items = [sentence_start(i) for i in lines(text)] if points else []
    body: Block = (
        Bullets(tuple(items), indent=1)
        if len(items) > 1
        else Paragraph(sentence_start(text.strip()), indent=1)
    )
    return [Heading(f"{number}. {title}", level=2), body]


def dasar(f: ReportDetail, station: Station) -> str:
    """The operation's Surat Perintah for its reports, else the station's
    standing one; empty when neither is set."""
    if f.operation and f.operation.warrant.strip():
        return f.operation.warrant.strip()
    return station.warrant.strip()


def build(
    actor: Actor,
    report_id: int,
    signer: str = "kapolsek",
    issued: dt.date | None = None,
) -> Document:
    """The Laporan Kegiatan, dated on the activity's day unless ``issued``."""
    f = source.load(actor, report_id)
    station = source.station(actor)
    doc = Document(
        f"Laporan Kegiatan {f.number}", stem=f"laporan-kegiatan-{f.number.replace('/', '-')}"
    )
    doc.add(
        letterhead(station),
        Heading("LAPORAN KEGIATAN", align="center", underline=True, level=1),
        Paragraph(f"Nomor: {number(f.number, station)}", align="center"),
    )
    people = audience_phrase(source.audience(f))
    contacts = source.contacts(f)
    if contacts:
        named = ", ".join(
            f"{name} ({in_sentence(label('contact.' + cat))})" for name, cat in contacts
        )
        people = f"{people}; antara lain {named}" if people else named
    rows = []
    basis = dasar(f, station)
    if basis:
        rows.append(("Dasar", basis))
    rows += [
        ("Jenis kegiatan", source.type_names(f)),
        ("Hari/tanggal", date_long(f.date)),
        ("Waktu", source.time_range(f)),
        ("Tempat", _where(f)),
        (
            "Pelaksana",
            "; ".join(f"{o.rank} {with_degrees(o.name)} NRP {o.nrp}" for o in f.officers),
        ),
        ("Yang ditemui", people),
    ]
    if f.operation:
        rows.append(("Operasi", f.operation.name))
    if f.problem:
        rows.append(("Permasalahan", f.problem.title))
    doc.add(Fields(tuple(rows)))
    sections: list[list[Block]] = []
    for title, text, points in (
        ("Uraian kegiatan", f.narrative, False),
        ("Pesan kamtibmas yang disampaikan", f.message, True),
        ("Temuan", f.findings, False),
        (
            "Situasi kamtibmas",
            f"{label('situation.' + f.situation)}; tingkat ancaman "
            f"{label('threat.' + f.threat_level).lower()}.",
            False,
        ),
        ("Tindak lanjut", f.follow_up, False),
    ):
        section = _section(len(sections) + 1, title, text, points=points)
        if section:
            sections.append(section)
    for section in sections[:-1]:
        doc.add(*section)
    titles, name, rank = signer_lines(station, signer)
    lead = f.officers[0] if f.officers else None
    kind = label("area." + f.kelurahan.kind).upper()
    signatures = (
        Signature("", ("Mengetahui,", *titles), name, rank),
        Signature(
            place_date(station, issued or f.date),
            ("Yang melaporkan,", f"BHABINKAMTIBMAS {kind} {f.kelurahan.name.upper()}"),
            *(officer_lines(lead.name, lead.rank, lead.nrp) if lead else (BLANK_NAME, BLANK_RANK)),
        ),
    )
    # the last section and the signatures below it stay on one page
    doc.add(Keep((*(sections[-1] if sections else ()), *signatures)))
    if f.attachments:
        doc.add(
            PageBreak(),
            Heading("LAMPIRAN DOKUMENTASI", align="center", underline=True),
            Paragraph(f"Laporan Kegiatan Nomor {number(f.number, station)}", align="center"),
            Photos(tuple(Image(path, caption) for path, caption in source.pictures(f))),
        )
    return doc
