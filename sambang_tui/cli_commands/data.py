"""Subcommands that move data in and out: import (CSV master data) and
export (reports as CSV or JSON)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from sambang_tui import cli
from sambang_tui.i18n import t

IMPORT_KINDS = {
    "officers": "personel: nrp, nama, pangkat, jabatan; opsional telepon, login",
    "areas": "wilayah, satu baris per RT: kelurahan, jenis, kecamatan, kota, rw, rt",
    "contacts": "tokoh: nama, kategori, kelurahan; opsional rw, rt, telepon, catatan",
}


def _date(text: str) -> dt.date:
    from sambang_tui.services.core.clock import today
    from sambang_tui.services.core.dates import parse_date
    from sambang_tui.services.core.errors import ValidationError

    try:
        return parse_date(text, today())
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to ``sub``."""
    p = sub.add_parser(
        "import",
        help="impor data induk dari CSV",
        description=(
            "Impor CSV seperti yang ditulis Excel (koma atau titik koma, UTF-8 dengan/tanpa BOM). "
            "Setiap baris salah dilaporkan dengan nomor barisnya; tidak ada yang diimpor bila ada "
            "baris salah, kecuali dengan --skip-bad. Impor ulang berkas yang sama tidak mengubah "
            "apa pun."
        ),
    )
    kinds = p.add_subparsers(dest="kind", metavar="JENIS", required=True)
    for kind, help_text in IMPORT_KINDS.items():
        k = kinds.add_parser(kind, help=help_text, description=f"Kolom {help_text}.")
        k.add_argument("file", metavar="BERKAS.csv", type=Path, help="berkas CSV")
        k.add_argument("--skip-bad", action="store_true", help="impor baris yang benar saja")
        k.add_argument("--dry-run", action="store_true", help="periksa saja, jangan simpan")
        k.set_defaults(func=cmd_import)
    st = kinds.add_parser(
        "station",
        help="data satu Polsek dari berkas 'sambang export station' (ke basis data Polres)",
        description=(
            "Memasukkan data Polsek (dengan jejak audit dan foto laporan) dari berkas "
            "'sambang export station'. Baris yang sudah ada dan sama dilewati, sehingga impor "
            "ulang berkas yang sama tidak mengubah apa pun; baris yang diubah di sini sejak "
            "impor terakhir tidak ditimpa dan disebutkan sebagai konflik. Pada server Polres "
            "(sambang server init) dijalankan sebagai superuser PostgreSQL."
        ),
    )
    st.add_argument("file", metavar="BERKAS", type=Path, help="berkas ekspor Polsek")
    st.set_defaults(func=cmd_import_station)

    p = sub.add_parser(
        "export",
        help="ekspor laporan ke CSV atau JSON",
        description=(
            "CSV: dipisah koma, UTF-8 dengan BOM (langsung terbaca Excel); sel yang diawali "
            "= + - @ diberi tanda petik (') agar tidak dijalankan sebagai rumus."
        ),
    )
    what = p.add_subparsers(dest="what", metavar="DATA", required=True)
    r = what.add_parser("reports", help="laporan kegiatan dalam rentang tanggal")
    r.add_argument("--from", dest="date_from", type=_date, required=True, metavar="TANGGAL",
                   help="tanggal awal, mis. 01/12/2024 atau 2024-12-01")  # fmt: skip
    r.add_argument("--to", dest="date_to", type=_date, required=True, metavar="TANGGAL",
                   help="tanggal akhir")  # fmt: skip
    r.add_argument("--format", choices=("csv", "json"), default="csv", help="format (csv)")
    r.add_argument("--out", type=Path, metavar="BERKAS", help="berkas keluaran (bawaan: layar)")
    r.set_defaults(func=cmd_export_reports)
    st = what.add_parser(
        "station",
        help="seluruh data Polsek ini ke satu berkas, untuk basis data Polres",
        description=(
            "Menulis data Polsek ini (master data, laporan, rencana, jejak audit, foto laporan) "
            "ke satu berkas untuk 'sambang import station' di basis data Polres, bila server "
            "Polres tidak terjangkau. --since: laporan dan rencana yang terjadi atau diubah "
            "sejak tanggal itu, dan jejak auditnya (master data selalu seluruhnya). Hanya admin."
        ),
    )
    st.add_argument("--since", type=_date, metavar="TANGGAL", help="sejak tanggal (bawaan: semua)")
    st.add_argument(
        "--without-photos", action="store_true", help="tanpa berkas foto (baris lampiran tetap)"
    )
    st.add_argument("file", metavar="BERKAS", type=Path, help="berkas keluaran (.sambang.gz)")
    st.set_defaults(func=cmd_export_station)


def cmd_import(args: argparse.Namespace) -> int:
    from sambang_tui.services.master.importing.run import import_csv

    cli.open_db(args)
    result = import_csv(cli.actor(args), args.kind, args.file, args.skip_bad, args.dry_run)
    for line, message in result.errors:
        print(f"sambang: {args.file.name}:{line}: {message}", file=sys.stderr)
    if result.error_count > len(result.errors):
        more = result.error_count - len(result.errors)
        print(f"sambang: {args.file.name}: {t('cli.err.import_more_bad', n=more)}", file=sys.stderr)
    for note in result.notes:
        cli.say(note)
    if result.error_count:
        print(f"sambang: {result.summary()}", file=sys.stderr)
        if not args.skip_bad:
            print(f"sambang: {t('cli.err.import_nothing')}", file=sys.stderr)
        return 1
    cli.say(result.summary())
    return 0


def cmd_export_reports(args: argparse.Namespace) -> int:
    from sambang_tui.services.reports.export import export_reports

    cli.open_db(args)
    if args.out is None:
        result = export_reports(
            cli.actor(args), args.date_from, args.date_to, args.format, stream=sys.stdout
        )
        sys.stdout.flush()
        print(f"{result.count} laporan diekspor.", file=sys.stderr)
        return 0
    result = export_reports(cli.actor(args), args.date_from, args.date_to, args.format, args.out)
    cli.say(f"{result.count} laporan diekspor ke {result.path}.")
    return 0


def cmd_export_station(args: argparse.Namespace) -> int:
    from sambang_tui.services.transfer.export import export_station

    cli.open_db(args)
    result = export_station(cli.actor(args), args.file, args.since, photos=not args.without_photos)
    cli.say(f"Diekspor ke {result.path}: {result.summary()}.")
    return 0


def cmd_import_station(args: argparse.Namespace) -> int:
    from sambang_tui.services.transfer.load import import_station

    cli.open_db(args)
    result = import_station(cli.actor(args), args.file)
    for note in result.notes:
        cli.say(f"Catatan: {note}")
    for conflict in result.conflicts:
        print(f"sambang: konflik: {conflict.line()}", file=sys.stderr)
    cli.say(result.summary() + ".")
    return 1 if result.conflicts else 0
