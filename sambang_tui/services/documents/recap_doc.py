"""Rekap mingguan/bulanan: the recap tables with period, station and date of
issue, the letterhead and the signature of the Kapolsek (or Kanit)."""

from __future__ import annotations

import datetime as dt

from sambang_tui.services import clock, recap
from sambang_tui.services.actor import Actor
from sambang_tui.services.documents import source
from sambang_tui.services.documents.letterhead import letterhead, signature
from sambang_tui.services.documents.model import Document, Fields, Heading, Paragraph, Table
from sambang_tui.services.documents.words import date_medium, label, pct
from sambang_tui.services.periods import Period

TITLES = {
    "day": "REKAP HARIAN",
    "week": "REKAP MINGGUAN",
    "month": "REKAP BULANAN",
    "operation": "REKAP OPERASI",
    "custom": "REKAP KEGIATAN",
}

# The centred heading names the work itself; the period line below it says when.
HEADINGS = {
    "day": "REKAP HARIAN KEGIATAN BHABINKAMTIBMAS",
    "week": "REKAP MINGGUAN KEGIATAN BHABINKAMTIBMAS",
    "month": "REKAP BULANAN KEGIATAN BHABINKAMTIBMAS",
    "operation": "REKAP KEGIATAN BHABINKAMTIBMAS SELAMA OPERASI",
    "custom": "REKAP KEGIATAN BHABINKAMTIBMAS",
}


def heading(period: Period) -> str:
    """The document heading for a period, e.g. REKAP MINGGUAN KEGIATAN BHABINKAMTIBMAS."""
    return HEADINGS.get(period.kind, HEADINGS["custom"])


def _n(value: int) -> str:
    return str(value)


def tables(data: recap.Recap) -> list[Table]:
    """Every table of a recap, in document order."""
    out: list[Table] = []
    t = data.types
    out.append(
        Table(
            headers=("Kelurahan", *(c.code for c in t.types), "Laporan"),
            rows=tuple((r.kelurahan, *map(_n, r.counts), _n(r.reports)) for r in t.rows),
            footer=("Jumlah", *map(_n, t.totals), _n(t.reports)),
            title="A. Kegiatan per jenis dan kelurahan",
            widths=(3.0, *([1.0] * len(t.types)), 1.4),
            name="jenis_kelurahan",
        )
    )
    multi = len(data.period.weeks()) > 1
    plans, done, missed, total_pct = data.plan_totals
    officer_rows = []
    for i, r in enumerate(data.officers, 1):
        row = [
            str(i),
            r.label,
            r.nrp,
            _n(r.plans),
            _n(r.done),
            _n(r.missed),
            pct(r.pct),
            _n(r.reports),
            r.klass,
        ]
        if multi:
            row.append(" ".join(c[0] for c in r.classes))
        officer_rows.append(tuple(row))
    headers = [
        "No",
        "Personel",
        "NRP",
        "Rencana",
        "Terlaksana",
        "Terlewat",
        "% Real.",
        "Laporan",
        "Keaktifan",
    ]
    footer = ["", "Jumlah", "", _n(plans), _n(done), _n(missed), pct(total_pct), "", ""]
    widths = [0.6, 3.2, 1.7, 1.4, 1.7, 1.5, 1.3, 1.4, 1.6]
    if multi:
        headers.append("Per minggu")
        footer.append("")
        widths.append(1.8)
    out.append(
        Table(
            headers=tuple(headers),
            rows=tuple(officer_rows),
            footer=tuple(footer),
            title="B. Rencana dan realisasi per personel",
            widths=tuple(widths),
            name="personel",
        )
    )
    out.append(
        Table(
            headers=("Kategori", "Jumlah orang", "Laporan"),
            rows=tuple(
                (label(f"audience.{r.category}"), _n(r.people), _n(r.reports))
                for r in data.audience
            ),
            footer=(
                "Jumlah",
                _n(sum(r.people for r in data.audience)),
                "",
            ),
            title="C. Sasaran yang ditemui",
            widths=(3.0, 1.5, 1.5),
            name="sasaran",
        )
    )
    out.append(
        Table(
            headers=("Kelurahan", "Laporan", "Aman", "Waspada", "Rawan", "Situasi", "Ancaman"),
            rows=tuple(
                (
                    r.kelurahan,
                    _n(r.reports),
                    _n(r.aman),
                    _n(r.waspada),
                    _n(r.rawan),
                    label(f"situation.{r.worst}") if r.worst else "-",
                    label(f"threat.{r.worst_threat}") if r.worst_threat else "-",
                )
                for r in data.situation
            ),
            title="D. Situasi kamtibmas per kelurahan (terburuk dalam periode)",
            widths=(2.6, 1.1, 1.0, 1.2, 1.0, 2.0, 1.4),
            name="situasi",
        )
    )
    out.append(
        Table(
            headers=("Tingkat ancaman", "Laporan"),
            rows=tuple((label(f"threat.{r.level}"), _n(r.reports)) for r in data.threats),
            title="Tingkat ancaman",
            widths=(3.0, 1.5),
            name="ancaman",
        )
    )
    visited, total = data.coverage_totals
    out.append(
        Table(
            headers=("Kelurahan", "RW dikunjungi", "Jumlah RW", "%", "RW belum dikunjungi"),
            rows=tuple(
                (
                    r.kelurahan,
                    _n(r.visited),
                    _n(r.total),
                    pct(r.pct),
                    ", ".join(f"{n:02d}" for n in r.missing) or "-",
                )
                for r in data.coverage
            ),
            footer=(
                "Jumlah",
                _n(visited),
                _n(total),
                pct(visited * 100 / total if total else None),
                "",
            ),
            title="E. Cakupan RW",
            widths=(2.4, 1.4, 1.3, 0.9, 3.4),
            name="cakupan_rw",
        )
    )
    opened, settled, still = data.problem_totals
    out.append(
        Table(
            headers=("Kelurahan", "Dibuka", "Selesai", "Masih terbuka"),
            rows=tuple(
                (r.kelurahan, _n(r.opened), _n(r.settled), _n(r.still_open)) for r in data.problems
            ),
            footer=("Jumlah", _n(opened), _n(settled), _n(still)),
            title="F. Permasalahan (problem solving)",
            widths=(3.0, 1.2, 1.2, 1.6),
            name="permasalahan",
        )
    )
    if data.open_problems:
        out.append(
            Table(
                headers=("No", "Permasalahan yang masih terbuka", "Kelurahan", "Sejak"),
                rows=tuple(
                    (str(i), p.title, p.kelurahan, p.opened.strftime("%d/%m/%Y"))
                    for i, p in enumerate(data.open_problems, 1)
                ),
                widths=(0.6, 4.5, 2.0, 1.5),
                name="masalah_terbuka",
            )
        )
    out.append(
        Table(
            headers=("Tanggal", "Laporan"),
            rows=tuple((d.day.strftime("%d/%m/%Y"), _n(d.reports)) for d in data.per_day)
            if data.period.days <= 62
            else (),
            title="G. Kegiatan per hari" if data.period.days <= 62 else "",
            widths=(2.0, 1.2),
            name="per_hari",
        )
    )
    return [tb for tb in out if tb.rows or tb.title.startswith(("A.", "B.", "E.", "F."))]


def build(
    actor: Actor,
    period: Period,
    signer: str = "kapolsek",
    issued: dt.date | None = None,
    data: recap.Recap | None = None,
) -> Document:
    issued = issued or clock.today()
    data = data or recap.build(actor, period)
    station = source.station(actor)
    title = TITLES.get(period.kind, "REKAP KEGIATAN")
    doc = Document(
        f"{title.title()} {period.label('id')}",
        stem=f"rekap-{period.start.isoformat()}-{period.end.isoformat()}",
    )
    doc.add(
        letterhead(station),
        Heading(heading(period), align="center", underline=True),
        Paragraph(period.label("id"), align="center"),
        Fields(
            (
                ("Kesatuan", station.name),
                ("Periode", period.label("id")),
                ("Jumlah laporan", str(data.total_reports)),
                ("Tanggal terbit", date_medium(issued)),
            )
        ),
    )
    doc.add(*tables(data))
    doc.add(
        Paragraph(
            "Keterangan: Terlewat = rencana yang tidak dilaksanakan tanpa laporan; "
            "% Real. = terlaksana dibanding rencana; keaktifan per minggu: KURANG = tanpa "
            "laporan, CUKUP = 1–3 laporan, AKTIF = lebih dari 3 laporan.",
            italic=True,
            align="left",
        )
    )
    doc.add(signature(station, signer, issued))
    return doc
