"""``sambang parse [FILE|-]``: read a Bhabin's chat message and print the
report fields recognised in it as JSON, names resolved against the
database (the global ``--db``)."""

from __future__ import annotations

import argparse
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "parse",
        help="baca pesan laporan Bhabinkamtibmas (chat) dan tampilkan isiannya sebagai JSON",
        description=(
            "Membaca pesan laporan seperti yang dikirim lewat chat (format bernomor, "
            "narasi rilis, atau pesan singkat) dan menampilkan kolom yang dikenali sebagai "
            "JSON: date, time, officer, kelurahan, rw, rt, place, types, audience, message, "
            "findings, situation, narrative, doubtful (kolom yang disebut pesan tetapi "
            "dibiarkan kosong karena meragukan). Pesan yang berisi beberapa kegiatan "
            "menghasilkan daftar JSON, satu laporan per kegiatan."
        ),
    )
    p.add_argument(
        "file",
        nargs="?",
        default="-",
        metavar="BERKAS",
        help="berkas teks berisi pesan; '-' atau kosong: dari masukan standar",
    )
    p.set_defaults(func=cmd_parse)


def read_message(name: str) -> str:
    """The message text from a file or stdin; a ServiceError names what is wrong."""
    from pathlib import Path

    from sambang_tui.services.core.errors import Msg, ServiceError

    if name == "-":
        raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
        where = Msg("cli.err.stdin")
    else:
        raw = Path(name).expanduser().read_bytes()
        where = Msg("cli.err.file_named", name=name)
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ServiceError("cli.err.not_utf8", where=where) from None
    else:
        text = raw
    if not text.strip():
        raise ServiceError("cli.err.empty_message", where=where)
    return text


def cmd_parse(args: argparse.Namespace) -> int:
    import json

    from sambang_tui import cli
    from sambang_tui.services.parse import parse_reports

    text = read_message(args.file)
    cli.open_db(args)
    reports = [r.to_json() for r in parse_reports(text, actor=cli.actor(args))]
    cli.say(json.dumps(reports[0] if len(reports) == 1 else reports, ensure_ascii=False, indent=2))
    return 0
