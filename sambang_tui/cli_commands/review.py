"""``sambang review submit|verify|return NUMBER [--note TEXT]``: a report's
review steps from the command line, under the rules the detail screen obeys
(checked in the services): only its authors submit it; only the Kanit Binmas,
Kapolsek or Wakapolsek verify or return, never a report they created or lead;
a returned report is submitted again before it is verified; returning needs a
note. NUMBER in any form ``reports.find`` reads (``LK/17/XII/2024``, ``17``)."""

from __future__ import annotations

import argparse

from sambang_tui import cli

STEP_WORDS = {"submit": "diajukan", "verify": "diverifikasi", "return": "dikembalikan"}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review",
        help="ajukan, verifikasi atau kembalikan laporan",
        description=(
            "submit: ajukan laporan (draf atau yang dikembalikan) untuk diverifikasi "
            "(pembuatnya atau personel yang tercantum). "
            "verify: verifikasi laporan yang diajukan (Kanit Binmas, Kapolsek, Wakapolsek; "
            "bukan laporan sendiri). return: kembalikan dengan catatan --note (wajib)."
        ),
    )
    p.add_argument(
        "step", choices=tuple(STEP_WORDS), metavar="LANGKAH", help="submit, verify, return"
    )
    p.add_argument(
        "number", metavar="NOMOR", help="nomor laporan, mis. LK/17/XII/2024, 17/2024 atau 17"
    )
    p.add_argument("--note", default="", metavar="TEKS", help="catatan (wajib untuk return)")
    p.set_defaults(func=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    from sambang_tui.services.reports.review import review_by_number

    cli.open_db(args)
    saved = review_by_number(cli.actor(args), args.step, args.number, args.note)
    cli.say(f"Laporan {saved.number} {STEP_WORDS[args.step]}.")
    return 0
