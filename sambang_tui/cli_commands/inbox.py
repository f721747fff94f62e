"""``sambang inbox import FILE.zip|FILE.txt [--dry-run]`` and ``sambang
inbox list``: the Kotak masuk from the command line, the same service calls
the app makes."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sambang_tui import cli

if TYPE_CHECKING:
    from sambang_tui.services.inbox.importer import ImportSummary

STATE_CHOICES = ("baru", "dibuka", "disimpan", "diabaikan", "terbuka", "semua")


def _date(text: str) -> dt.date:
    from sambang_tui.services.core.clock import today
    from sambang_tui.services.core.dates import parse_date
    from sambang_tui.services.core.errors import ValidationError

    try:
        return parse_date(text, today())
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "inbox",
        help="Kotak masuk: impor ekspor chat WhatsApp grup Bhabinkamtibmas, daftar antrean",
        description=(
            "Kotak masuk: laporan dari ekspor chat WhatsApp (Ekspor chat, dengan atau tanpa "
            "media) menjadi antrean yang diperiksa dan disimpan desk satu per satu."
        ),
    )
    what = p.add_subparsers(dest="what", metavar="PERINTAH", required=True)
    i = what.add_parser(
        "import",
        help="impor ekspor chat (.zip dengan media, atau .txt)",
        description=(
            "Membaca ekspor chat WhatsApp (Android atau iPhone, bahasa Indonesia atau Inggris), "
            "memisahkan laporan dari obrolan, mencocokkan pengirim dengan personel dan "
            "melampirkan foto yang dikirim berdekatan. Impor ulang (atau ekspor berikutnya "
            "yang tumpang tindih) hanya menambah yang baru. Semua atau tidak sama sekali."
        ),
    )
    i.add_argument("file", metavar="BERKAS", type=Path, help="berkas .zip atau .txt dari WhatsApp")
    i.add_argument("--dry-run", action="store_true", help="periksa dan hitung saja, jangan simpan")
    i.add_argument("--since", type=_date, metavar="TANGGAL",
                   help="hanya pesan sejak tanggal ini, mis. 02/12/2024 atau kemarin")  # fmt: skip
    i.set_defaults(func=cmd_import)
    lst = what.add_parser("list", help="antrean Kotak masuk, terbaru dahulu")
    lst.add_argument("--state", choices=STATE_CHOICES, default="semua",
                     help="saring menurut status (terbuka = baru dan dibuka)")  # fmt: skip
    lst.add_argument("--limit", type=int, default=200, metavar="N", help="paling banyak N baris")
    lst.set_defaults(func=cmd_list)


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H.%M") if value else "-"


def summary_lines(s: ImportSummary) -> list[str]:
    """The counts of an import as the CLI prints them."""
    lines = []
    if s.dry_run:
        lines.append("Uji coba (--dry-run): tidak ada yang disimpan.")
    lines += [
        f"Ekspor: {s.source} ({_when(s.first)} – {_when(s.last)})",
        f"Pesan: {s.messages} (baris sistem: {s.system})",
        f"Laporan ditemukan: {s.reports} (obrolan: {s.chatter})",
        f"{'Akan baru' if s.dry_run else 'Baru'} di Kotak masuk: {s.new}",
        f"Sudah ada di Kotak masuk: {s.already}",
        f"Kemungkinan sudah diinput: {s.probably_entered}",
        f"Foto: {s.photos}",
    ]
    notes = []
    if s.photos_missing:
        notes.append(f"{s.photos_missing} foto tidak ada di ekspor")
    if s.photos_refused:
        notes.append(f"{s.photos_refused} foto terlalu besar")
    if s.media_omitted:
        notes.append(f"{s.media_omitted} media tidak disertakan dalam ekspor")
    if notes:
        lines[-1] += " (" + "; ".join(notes) + ")"
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    from sambang_tui.services.inbox.importer import import_export

    cli.open_db(args)
    summary = import_export(cli.actor(args), args.file, dry_run=args.dry_run, since=args.since)
    for line in summary_lines(summary):
        cli.say(line)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from sambang_tui.services.inbox import queue

    cli.open_db(args)
    actor = cli.actor(args)
    state = {"semua": None, "terbuka": "open"}.get(args.state, args.state)
    limit = max(1, args.limit)
    rows = queue.list_items(actor, state, limit=limit + 1)
    if not rows:
        cli.say("Kotak masuk kosong.")
        return 0
    for row in rows[:limit]:
        parts = f" {row.saved}/{row.parts}" if row.parts > 1 else ""
        flag = " sudah diinput?" if row.entered and row.state in queue.OPEN_STATES else ""
        sender = " ".join((row.officer or row.sender).split())
        cli.say(
            f"#{row.id} {row.state:<9} {row.sent_at:%d/%m/%y %H.%M} {sender[:22]:<22} "
            f"{row.kelurahan[:12] or '-':<12} {row.types[:8] or '-':<8} {row.photos} foto"
            f"{parts}{flag}"
        )
    if len(rows) > limit:
        cli.say(f"… lebih dari {limit} baris; pakai --limit atau --state.")
    return 0
