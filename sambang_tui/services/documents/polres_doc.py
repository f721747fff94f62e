"""The Polres recap as the letter the Sat Binmas of a Polres sends its
Kapolres: every Polsek side by side for a week or a month, in the layout of
the Polsek's own recap (``recap_doc``): a letterhead of the Polda and the
Polres, Nomor (``B/ … /XII/2024/Sat Binmas``), Klasifikasi, Perihal, the
addressee, the table with its totals and the definitions below it, and the
Kasat Binmas's signature with the name left to fill in by hand."""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.db.models import Station
from sambang_tui.db.vocab import roman_month
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.periods import Period
from sambang_tui.services.documents.letterhead import BLANK_NAME, BLANK_RANK, unit_line
from sambang_tui.services.documents.model import (
    Document,
    Fields,
    Keep,
    Letterhead,
    Paragraph,
    Signature,
    Table,
)
from sambang_tui.services.documents.recap_doc import HEADINGS, heading
from sambang_tui.services.documents.words import date_medium, pct
from sambang_tui.services.recap import polres

ADDRESS_INDENT = 9
UNIT = "Sat Binmas"
SIGNER = "KEPALA SATUAN PEMBINAAN MASYARAKAT"


def _n(value: int) -> str:
    return str(value)


def table(data: polres.PolresRecap) -> Table:
    def cells(r: polres.PolresRow, first: str) -> tuple[str, ...]:
        rw = f"{r.rw_visited}/{r.rw_total}"
        if r.rw_pct is not None:
            rw += f" ({pct(r.rw_pct)})"
        return (
            first, r.station, _n(r.reports), _n(r.plans), _n(r.done), pct(r.pct), rw,
            _n(r.open_problems), _n(r.kurang),
        )  # fmt: skip

    return Table(
        headers=(
            "No",
            "Polsek",
            "Laporan",
            "Rencana",
            "Terlaksana",
            "% Real.",
            "RW dikunjungi",
            "Masalah terbuka",
            "Personel KURANG",
        ),  # fmt: skip
        rows=tuple(cells(r, str(i)) for i, r in enumerate(data.rows, 1)),
        footer=cells(data.total, ""),
        title="Kegiatan Bhabinkamtibmas per Polsek",
        widths=(0.9, 3.2, 1.6, 1.6, 2.0, 1.4, 2.9, 1.7, 2.1),
        name="polres",
    )


def _stations_of(data: polres.PolresRecap) -> list[Station]:
    ids = [r.station_id for r in data.rows]
    return list(Station.select().where(Station.id.in_(ids or [0])).order_by(Station.id))


def build(
    actor: Actor,
    period: Period,
    issued: dt.date | None = None,
    data: polres.PolresRecap | None = None,
) -> Document:
    issued = issued or clock.today()
    data = data or polres.recap(actor, period)
    stations = _stations_of(data)
    first = stations[0] if stations else None
    name = data.polres or (first.polres if first else "")
    polda = unit_line(first.polda, "DAERAH ") if first else ""
    head = [f"KEPOLISIAN {polda}" if polda else "KEPOLISIAN NEGARA REPUBLIK INDONESIA"]
    if name:
        head.append(unit_line(name, "RESOR "))
    head.append("SATUAN PEMBINAAN MASYARAKAT")
    short = re.sub(r"^polres\s+", "", name.strip(), flags=re.I)
    to = f"Kapolres {short}" if short else "Kapolres"
    if first and first.addressee.strip().lower().startswith("kapolres"):
        to = first.addressee.strip()
    place = (first.city.strip() if first else "") or short or "-"
    kind = heading(period).replace("BHABINKAMTIBMAS", "BHABINKAMTIBMAS JAJARAN")
    doc = Document(
        f"{kind} {period.label('id')}",
        stem=f"rekap-polres-{period.start.isoformat()}-{period.end.isoformat()}",
    )
    blank = "\u00a0" * 10
    subject = (
        HEADINGS.get(period.kind, HEADINGS["custom"]).capitalize()
        .replace("bhabinkamtibmas", "Bhabinkamtibmas")
        + f" jajaran {name}".rstrip()
    )  # fmt: skip
    total = data.total
    doc.add(
        Letterhead(tuple(head)),
        Paragraph(f"{place}, {date_medium(issued)}", align="right"),
        Fields(
            (
                ("Nomor", f"B/{blank}/{roman_month(issued.month)}/{issued.year}/{UNIT}"),
                ("Klasifikasi", "BIASA"),
                ("Lampiran", "-"),
                ("Perihal", subject),
            )
        ),
        Paragraph(f"Kepada\nYth. {to}\ndi\n{place}", align="left", indent=ADDRESS_INDENT),
        Paragraph(
            f"Bersama ini dilaporkan rekap kegiatan Bhabinkamtibmas jajaran {name or 'Polres'} "
            f"periode {period.label('id')} dari {len(data.rows)} Polsek, sebanyak "
            f"{total.reports} laporan yang telah diajukan (draf yang belum diajukan tidak "
            "dihitung), sebagai berikut:"
        ),
        table(data),
        Paragraph(
            "Keterangan: % Real. = rencana terlaksana dibanding rencana (yang tidak dibatalkan); "
            "RW dikunjungi = RW dengan sedikitnya satu laporan dalam periode dibanding seluruh "
            "RW; Masalah terbuka = permasalahan (problem solving) yang belum selesai pada akhir "
            "periode; Personel KURANG = Bhabinkamtibmas (dan personel lain yang berencana) "
            "tanpa laporan dalam periode.",
            align="left",
        ),
    )
    doc.add(
        Keep(
            (
                Paragraph("Demikian untuk menjadi maklum."),
                Signature("", (SIGNER,), BLANK_NAME, BLANK_RANK),
            )
        )
    )
    return doc
