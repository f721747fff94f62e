"""``sambang report …``: the recap and the single-report documents, written
to a file (or, for ``--format text`` without ``--out``, printed)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

RECAP_FORMATS = ("pdf", "docx", "csv", "text")
REPORT_FORMATS = ("pdf", "docx", "text")
RELEASE_FORMATS = ("docx", "text", "pdf")


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="buat dokumen: rekap, laporan kegiatan/informasi, rilis")
    kinds = report.add_subparsers(dest="report_kind", metavar="JENIS", required=True)

    recap = kinds.add_parser("recap", help="rekap kegiatan suatu periode")
    recap.add_argument(
        "--from", dest="date_from", metavar="TANGGAL", help="tanggal awal (default: minggu lalu)"
    )
    recap.add_argument("--to", dest="date_to", metavar="TANGGAL", help="tanggal akhir")
    recap.add_argument(
        "--period",
        choices=("day", "week", "month"),
        help="tanpa --to: hari/minggu/bulan yang memuat --from",
    )
    _common(recap, RECAP_FORMATS)
    recap.add_argument("--date", metavar="TANGGAL", help="tanggal surat (default: hari ini)")
    recap.set_defaults(func=_recap)

    pol = kinds.add_parser(
        "polres",
        help="rekap semua Polsek berdampingan, untuk Kapolres",
        description=(
            "Rekap jajaran Polres: setiap Polsek yang terbaca login ini berdampingan (laporan, "
            "realisasi rencana, cakupan RW, masalah terbuka, personel KURANG). Hanya untuk "
            "login pembaca Polres (tanpa data personel)."
        ),
    )
    pol.add_argument(
        "--from", dest="date_from", metavar="TANGGAL", help="tanggal awal (default: minggu lalu)"
    )
    pol.add_argument("--to", dest="date_to", metavar="TANGGAL", help="tanggal akhir")
    pol.add_argument(
        "--period", choices=("week", "month"), help="tanpa --to: minggu/bulan yang memuat --from"
    )
    _common(pol, RECAP_FORMATS, signer=False)
    pol.add_argument("--date", metavar="TANGGAL", help="tanggal surat (default: hari ini)")
    pol.set_defaults(func=_polres)

    for name, helptext, handler in (
        ("kegiatan", "Laporan Kegiatan satu laporan", _kegiatan),
        ("informasi", "Laporan Informasi (deteksi dini)", _informasi),
    ):
        p = kinds.add_parser(name, help=helptext)
        p.add_argument("number", metavar="NOMOR", help="nomor laporan, mis. LK/17/XII/2024")
        _common(p, REPORT_FORMATS)
        p.add_argument(
            "--date", metavar="TANGGAL", help="tanggal dokumen (default: hari kegiatannya)"
        )
        p.set_defaults(func=handler)

    rel = kinds.add_parser("release", help="draf rilis Humas dari satu/beberapa laporan")
    rel.add_argument(
        "number", metavar="NOMOR", nargs="+", help="nomor laporan (hari dan jenis sama)"
    )
    _common(rel, RELEASE_FORMATS, signer=False)
    rel.set_defaults(func=_release)


def _common(parser: argparse.ArgumentParser, formats: tuple[str, ...], signer: bool = True) -> None:
    parser.add_argument("--format", choices=formats, default=formats[0], help="format berkas")
    parser.add_argument("--out", metavar="BERKAS", help="berkas keluaran (default: folder Dokumen)")
    if signer:
        parser.add_argument(
            "--signer", choices=("kapolsek", "kanit"), default="kapolsek", help="penanda tangan"
        )


def _run(args: argparse.Namespace, make: Any) -> int:
    """Open the database (the global ``--db``), build the document, write it.
    Errors reach ``cli.main``, which prints them as one Indonesian line and
    exits 1."""
    from sambang_tui import cli

    cli.open_db(args)
    doc = make(cli.actor(args))
    return _emit(doc, args)


def _emit(doc: Any, args: argparse.Namespace) -> int:
    from sambang_tui.services import documents

    if args.format == "text" and not args.out:
        from sambang_tui.cli import say
        from sambang_tui.services.documents.render_text import render_text

        say(render_text(doc))
        return 0
    if args.out:
        out = Path(args.out).expanduser()
    else:
        from sambang_tui.config import documents_dir

        out = documents_dir() / (doc.stem + documents.EXTENSIONS[args.format])
    documents.write(doc, args.format, out)
    from sambang_tui.cli import say

    say(f"Tersimpan: {out}")
    return 0


def _period(args: argparse.Namespace) -> Any:
    from sambang_tui.services.core import clock, periods
    from sambang_tui.services.core.dates import parse_date

    today = clock.today()
    if not args.date_from:
        if args.date_to:
            from sambang_tui.services.core.errors import ValidationError

            raise ValidationError("date_from", "cli.err.to_needs_from")
        return {"day": periods.day, "month": periods.month}.get(args.period, periods.week)(
            today if args.period else None
        )
    start = parse_date(args.date_from, today, "date_from")
    if args.date_to:
        end = parse_date(args.date_to, today, "date_to")
        period = periods.custom(start, end)
        week = periods.week(start)
        month = periods.month(start)
        for candidate in (week, month):
            if (candidate.start, candidate.end) == (period.start, period.end):
                return candidate
        return periods.day(start) if start == end else period
    return {"day": periods.day, "month": periods.month}.get(args.period or "week", periods.week)(
        start
    )


def _issued(args: argparse.Namespace) -> Any:
    """``--date`` as a date (``h``, ``2/12``, ``06/12/2024`` …), or None."""
    if not args.date:
        return None
    from sambang_tui.services.core import clock
    from sambang_tui.services.core.dates import parse_date

    return parse_date(args.date, clock.today(), "date")


def _recap(args: argparse.Namespace) -> int:
    def make(actor: Any) -> Any:
        from sambang_tui.services.documents import recap_doc

        return recap_doc.build(actor, _period(args), signer=args.signer, issued=_issued(args))

    return _run(args, make)


def _polres(args: argparse.Namespace) -> int:
    def make(actor: Any) -> Any:
        from sambang_tui.services.documents import polres_doc

        return polres_doc.build(actor, _period(args), issued=_issued(args))

    return _run(args, make)


def _kegiatan(args: argparse.Namespace) -> int:
    def make(actor: Any) -> Any:
        from sambang_tui.services.documents import kegiatan, source

        return kegiatan.build(
            actor,
            source.find_report(actor, args.number),
            signer=args.signer,
            issued=_issued(args),
        )

    return _run(args, make)


def _informasi(args: argparse.Namespace) -> int:
    def make(actor: Any) -> Any:
        from sambang_tui.services.documents import informasi, source

        return informasi.build(actor, source.find_report(actor, args.number), issued=_issued(args))

    return _run(args, make)


def _release(args: argparse.Namespace) -> int:
    def make(actor: Any) -> Any:
        from sambang_tui.services.documents import release, source

        ids = [source.find_report(actor, n) for n in args.number]
        return release.build(actor, ids)

    return _run(args, make)
