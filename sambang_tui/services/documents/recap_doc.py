"""Rekap mingguan/bulanan as the letter a Polsek sends its Polres: the
letterhead, Nomor, Klasifikasi, Perihal, the addressee (Kapolres u.p. Kasat
Binmas), the recap tables with a legend of the activity codes, the signature
of the Kapolsek (or the Kanit for him) and the Tembusan."""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.db.models import Station
from sambang_tui.db.vocab import roman_month
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.periods import Period
from sambang_tui.services.documents import source
from sambang_tui.services.documents.letterhead import (
    letterhead,
    number,
    place,
    place_date,
    signer_lines,
)
from sambang_tui.services.documents.model import (
    Bullets,
    Document,
    Fields,
    Keep,
    Paragraph,
    Signature,
    Table,
)
from sambang_tui.services.documents.words import label, pct
from sambang_tui.services.recap import figures as recap
from sambang_tui.services.recap.rows import Recap

ADDRESS_INDENT = 9  # the addressee block starts near the middle of the line (levels)

# The subject (Perihal) names the work itself; the sentence below it says when.
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


def officer_note(data: Recap) -> str:
    """What table B's columns count; where the officers' reports do not add up to
    the period's (a report two Bhabins made counts for each), why."""
    note = (
        "Keterangan: Terlewat = rencana yang tidak dilaksanakan tanpa laporan; "
        "% Real. = terlaksana dibanding rencana; keaktifan per minggu: KURANG = tanpa "
        "laporan, CUKUP = 1–3 laporan, AKTIF = lebih dari 3 laporan."
    )
    if data.officer_reports != data.total_reports:
        note += (
            " Laporan per personel = laporan yang mencantumkannya sebagai pelaksana; laporan "
            "yang dilaksanakan bersama dihitung pada masing-masing personel, sehingga "
            f"jumlahnya ({data.officer_reports}) berbeda dari jumlah laporan "
            f"({data.total_reports})."
        )
    return note


def tables(data: Recap) -> list[Table]:
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
    # the period's reports, as the letter counts them (a joint report once)
    footer = [
        "",
        "Jumlah",
        "",
        _n(plans),
        _n(done),
        _n(missed),
        pct(total_pct),
        _n(data.total_reports),
        "",
    ]
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


def addressee(station: Station) -> tuple[str, str]:
    """(to whom, u.p.): the settings, else the Kapolres of the station's
    Polres and his Kasat Binmas."""
    to = station.addressee.strip()
    if not to:
        polres = re.sub(r"^polres\s+", "", station.polres.strip(), flags=re.I)
        to = f"Kapolres {polres}" if polres else "Kapolres"
    attention = station.attention.strip() or "Kasat Binmas"
    return to, attention


def copies(station: Station) -> list[str]:
    """The Tembusan, one a line (or separated by ``;``)."""
    raw = station.copies
    return [c.strip() for c in re.split(r"[\n;]", raw) if c.strip()]


def letter_number(station: Station, issued: dt.date) -> str:
    """``B/      /XII/2024/Sek Senen``: classification code B (biasa), the
    running number left blank for the registry (Setum) to fill when signed."""
    blank = "\u00a0" * 10
    return number(f"B/{blank}/{roman_month(issued.month)}/{issued.year}", station)


def _type_name(code: str, name: str) -> str:
    """``DDS (Door to Door System)`` → ``Door to Door System``."""
    inner = re.fullmatch(re.escape(code) + r"\s*\((.+)\)", name.strip())
    return inner.group(1) if inner else name


def legend(data: Recap) -> str:
    codes = "; ".join(f"{c.code} = {_type_name(c.code, c.name)}" for c in data.types.types)
    return f"Kode kegiatan: {codes}." if codes else ""


def build(
    actor: Actor,
    period: Period,
    signer: str = "kapolsek",
    issued: dt.date | None = None,
    data: Recap | None = None,
) -> Document:
    """The recap as a letter to the Polres: Nomor, Klasifikasi, Perihal,
    addressee, the tables with their legend, signature and Tembusan."""
    issued = issued or clock.today()
    data = data or recap.build(actor, period)
    station = source.station(actor)
    doc = Document(
        f"{heading(period)} {period.label('id')}",
        stem=f"rekap-{period.start.isoformat()}-{period.end.isoformat()}",
    )
    to, attention = addressee(station)
    subject = heading(period).capitalize().replace("bhabinkamtibmas", "Bhabinkamtibmas")
    doc.add(
        letterhead(station),
        Paragraph(place_date(station, issued), align="right"),
        Fields(
            (
                ("Nomor", letter_number(station, issued)),
                ("Klasifikasi", "BIASA"),
                ("Lampiran", "-"),
                ("Perihal", subject),
            )
        ),
        Paragraph(
            f"Kepada\nYth. {to}\nu.p. {attention}\ndi\n{place(station)}",
            align="left",
            indent=ADDRESS_INDENT,
        ),
        Paragraph(
            f"Bersama ini dilaporkan rekap kegiatan Bhabinkamtibmas {station.name} periode "
            f"{period.label('id')}, sebanyak {data.total_reports} laporan yang telah diajukan "
            "(draf yang belum diajukan tidak dihitung), sebagai berikut:"
        ),
    )
    made = tables(data)
    doc.add(made[0])
    if legend(data):
        doc.add(Paragraph(legend(data), align="left"))
    doc.add(
        made[1],  # B: plans and realisation, explained right below it
        Paragraph(officer_note(data), align="left"),
        *made[2:],
    )
    titles, name, rank = signer_lines(station, signer)
    doc.add(
        Keep(
            (
                Paragraph("Demikian untuk menjadi maklum."),
                Signature("", titles, name, rank),
            )
        )
    )
    tembusan = copies(station)
    if tembusan:
        doc.add(Keep((Paragraph("Tembusan:", align="left"), Bullets(tuple(tembusan), indent=0))))
    return doc
