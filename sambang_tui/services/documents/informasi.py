"""Laporan Informasi of a deteksi dini report in the standard order:
PENDAHULUAN (source, relation, how and when obtained, place, grade),
FAKTA-FAKTA and PENDAPAT PELAPOR as numbered items, the reporter's
signature, the Distribusi; marked RAHASIA at the top and the bottom of
every page."""

from __future__ import annotations

import datetime as dt

from sambang_tui.db.models import Station
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import NotFound
from sambang_tui.services.documents import source
from sambang_tui.services.documents.letterhead import (
    BLANK_NAME,
    BLANK_RANK,
    letterhead,
    number,
    officer_lines,
    place_date,
    sector_name,
)
from sambang_tui.services.documents.model import (
    Bullets,
    Document,
    Fields,
    Heading,
    Keep,
    Paragraph,
    Signature,
)
from sambang_tui.services.documents.words import date_long, label, lines, sentence_start

MARKING = "RAHASIA"
RELIABILITY = {
    "A": "sangat dapat dipercaya",
    "B": "dapat dipercaya",
    "C": "cukup dapat dipercaya",
    "D": "kurang dapat dipercaya",
    "E": "tidak dapat dipercaya",
    "F": "tidak dapat dinilai",
}
ACCURACY = {
    "1": "dibenarkan sumber lain",
    "2": "kemungkinan besar benar",
    "3": "mungkin benar",
    "4": "diragukan",
    "5": "tidak mungkin benar",
    "6": "tidak dapat dinilai",
}


def grade(reliability: str, accuracy: str) -> str:
    if not reliability and not accuracy:
        return "-"
    parts = []
    if reliability:
        parts.append(f"sumber {RELIABILITY.get(reliability, reliability)}")
    if accuracy:
        parts.append(f"informasi {ACCURACY.get(accuracy, accuracy)}")
    return f"{reliability}{accuracy} ({', '.join(parts)})"


def distribution(station: Station) -> tuple[str, ...]:
    sector = sector_name(station)
    return (
        f"Kapolsek {sector}",
        f"Kanit Intelkam Polsek {sector}",
        f"Kanit Binmas Polsek {sector}",
    )


def _numbered(text: str) -> Bullets:
    """Facts or opinions as numbered items, however many there are."""
    items = [sentence_start(i) for i in lines(text)] or [text.strip() or "-"]
    return Bullets(tuple(items), indent=1)


def build(actor: Actor, report_id: int, issued: dt.date | None = None) -> Document:
    """The Laporan Informasi, dated on the report's day unless ``issued``."""
    f = source.load(actor, report_id)
    info = f.information
    if info is None:
        raise NotFound("documents.err.no_informasi", number=f.number)
    station = source.station(actor)
    doc = Document(
        f"Laporan Informasi {info.number}",
        stem=f"laporan-informasi-{info.number.replace('/', '-')}",
        marking=MARKING,
    )
    doc.add(
        letterhead(station),
        Heading("LAPORAN INFORMASI", align="center", underline=True),
        Paragraph(f"Nomor: {number(info.number, station)}", align="center"),
        Fields((("Bidang", info.field or "-"), ("Perihal", info.subject or "-"))),
        Heading("I. PENDAHULUAN", level=2),
    )
    when = info.obtained_at
    when_text = (
        f"{date_long(when.date())} pukul {when.strftime('%H.%M')} WIB"
        if when
        else date_long(f.date)
    )
    where = ", ".join(
        p
        for p in (f.place, f.area_text, f"{label('area.' + f.kelurahan.kind)} {f.kelurahan.name}")
        if p
    )
    doc.add(
        Fields(
            (
                ("Sumber", info.source),
                ("Hubungan dengan sumber", info.source_relation),
                ("Cara mendapatkan", info.how_obtained),
                ("Waktu mendapatkan informasi", when_text),
                ("Tempat", where),
                ("Nilai informasi", grade(info.reliability, info.accuracy)),
            ),
            indent=1,
            numbered=True,
        ),
        Heading("II. FAKTA-FAKTA", level=2),
        _numbered(info.facts),
        Heading("III. PENDAPAT PELAPOR", level=2),
    )
    lead = f.officers[0] if f.officers else None
    doc.add(
        Keep(
            (
                _numbered(info.assessment),
                Signature(
                    place_date(station, issued or f.date),
                    ("PELAPOR",),
                    *(
                        officer_lines(lead.name, lead.rank, lead.nrp)
                        if lead
                        else (BLANK_NAME, BLANK_RANK)
                    ),
                ),
            )
        ),
        Paragraph("Distribusi:", align="left"),
        Bullets(distribution(station), indent=0),
    )
    return doc
