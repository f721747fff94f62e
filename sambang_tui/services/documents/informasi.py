"""Laporan Informasi of a deteksi dini report, in its customary sections."""

from __future__ import annotations

from sambang_tui.services.actor import Actor
from sambang_tui.services.documents import source
from sambang_tui.services.documents.letterhead import letterhead, place
from sambang_tui.services.documents.model import (
    Bullets,
    Document,
    Fields,
    Heading,
    Paragraph,
    Signature,
)
from sambang_tui.services.documents.words import date_long, date_medium, label, lines
from sambang_tui.services.errors import NotFound

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


def build(actor: Actor, report_id: int) -> Document:
    f = source.load(actor, report_id)
    info = f.information
    if info is None:
        raise NotFound(f"Laporan {f.number} tidak memiliki Laporan Informasi (bukan deteksi dini).")
    station = f.station
    doc = Document(
        f"Laporan Informasi {info.number}",
        stem=f"laporan-informasi-{info.number.replace('/', '-')}",
    )
    doc.add(
        letterhead(station),
        Heading("LAPORAN INFORMASI", align="center", underline=True),
        Paragraph(f"Nomor: {info.number}", align="center"),
        Fields((("Bidang", info.field), ("Perihal", info.subject))),
        Heading("I. PENDAHULUAN", level=2),
    )
    when = info.obtained_at
    when_text = (
        f"{date_long(when.date())} pukul {when.strftime('%H.%M')} WIB"
        if when
        else date_long(f.date)
    )
    where = ", ".join(
        p for p in (f.place, f.area, f"{label('area.' + f.kelurahan_kind)} {f.kelurahan}") if p
    )
    doc.add(
        Fields(
            (
                ("Sumber", info.source),
                ("Hubungan dengan sumber", info.source_relation),
                ("Cara mendapatkan", info.how_obtained),
                ("Waktu", when_text),
                ("Tempat", where),
                ("Nilai informasi", grade(info.reliability, info.accuracy)),
            ),
            indent=1,
        ),
        Heading("II. FAKTA-FAKTA", level=2),
    )
    facts = lines(info.facts)
    if len(facts) > 1:
        doc.add(Bullets(tuple(facts), indent=1))
    else:
        doc.add(Paragraph(info.facts.strip() or "-", indent=1))
    doc.add(Heading("III. PENDAPAT PELAPOR", level=2))
    opinions = lines(info.assessment)
    if len(opinions) > 1:
        doc.add(Bullets(tuple(opinions), indent=1))
    else:
        doc.add(Paragraph(info.assessment.strip() or "-", indent=1))
    lead = f.officers[0] if f.officers else None
    doc.add(
        Signature(
            f"{place(station)}, {date_medium(f.date)}",
            ("Pelapor,",),
            lead.name.upper() if lead else "(....................................)",
            f"{lead.rank.upper()} NRP {lead.nrp}" if lead else "NRP ....................",
        )
    )
    return doc
