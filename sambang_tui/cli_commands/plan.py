"""``sambang plan propose [--week DATE] [--apply]``: next week's plan proposed
from RW coverage (``services.schedule.proposal``), printed one plan a line; with
``--apply`` written as plans, as accepting it in the Jadwal does."""

from __future__ import annotations

import argparse
import datetime as dt

from sambang_tui import cli


def _date(text: str) -> dt.date:
    from sambang_tui.cli_commands.data import _date as parse

    return parse(text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "plan",
        help="usulan rencana kegiatan dari cakupan RW",
        description="Rencana kegiatan Bhabinkamtibmas.",
    )
    what = p.add_subparsers(dest="what", metavar="PERINTAH", required=True)
    r = what.add_parser(
        "propose",
        help="usulkan rencana seminggu: setiap RW dikunjungi, yang terlama dulu",
        description=(
            "Usulan rencana untuk minggu (Senin–Minggu) yang memuat --week (bawaan: minggu "
            "depan): setiap Bhabinkamtibmas mengunjungi RW kelurahan tugasnya, yang paling lama "
            "tidak dikunjungi lebih dulu, sampai setiap RW mendapat target kunjungan per minggu "
            "Polsek; tanpa hari libur nasional, hari cuti/dinas luar personel, dan paling banyak "
            "N rencana per personel per hari (Data induk › Polsek). Rencana yang ada tidak "
            "diubah. Tanpa --apply hanya ditampilkan."
        ),
    )
    r.add_argument("--week", type=_date, metavar="TANGGAL", help="satu tanggal di minggu itu")
    r.add_argument("--apply", action="store_true", help="simpan usulan sebagai rencana")
    r.set_defaults(func=cmd_propose)


def _d(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "belum pernah"


def cmd_propose(args: argparse.Namespace) -> int:
    from sambang_tui.i18n import format_day_short
    from sambang_tui.services.core import clock
    from sambang_tui.services.master.absences import KIND_WORDS
    from sambang_tui.services.schedule import proposal as plan_proposal

    cli.open_db(args)
    actor = cli.actor(args)
    today = clock.today()
    week = args.week or today + dt.timedelta(days=7)
    if args.apply:
        actor.require_write()
    proposal = plan_proposal.propose(actor, week, today)
    cli.say(
        f"Usulan rencana minggu {proposal.start:%d/%m/%Y}–{proposal.end:%d/%m/%Y}: "
        f"{len(proposal.plans)} rencana; target {proposal.per_week} kunjungan per RW per minggu, "
        f"paling banyak {proposal.per_day} rencana per personel per hari."
    )
    cli.say(
        f"{proposal.rw_count} RW di kelurahan yang ditugaskan; {proposal.already} sudah "
        "memenuhi target minggu itu (rencana atau laporan)."
    )
    for plan in proposal.plans:
        cli.say(
            f"  {format_day_short(plan.date, 'id')}  {plan.officer[:26]:<26} "
            f"{plan.kelurahan[:14]:<14} RW {plan.rw:02d}  {plan.type_code:<4} "
            f"terakhir {_d(plan.last_visit)}"
        )
    for day, name in sorted(proposal.holidays.items()):
        cli.say(f"Libur {day:%d/%m/%Y}: {name}")
    for officer_id, days in sorted(proposal.away.items()):
        if officer_id not in proposal.officers:
            continue
        kinds = sorted({KIND_WORDS.get(k, k) for k in days.values()})
        first, last = min(days), max(days)
        cli.say(
            f"Tidak hadir: {proposal.officers[officer_id]}, {', '.join(kinds)} "
            f"{first:%d/%m}–{last:%d/%m}"
        )
    if proposal.unplaced:
        cli.say(f"Tidak dapat dijadwalkan ({len(proposal.unplaced)}):")
        for item in proposal.unplaced:
            cli.say(
                f"  {item.kelurahan} RW {item.rw:02d} (terakhir {_d(item.last_visit)}): "
                f"{item.reason_text}"
            )
    if not args.apply:
        if proposal.plans:
            cli.say("Belum disimpan: jalankan lagi dengan --apply, atau terima di Jadwal (F3, p).")
        return 0
    result = plan_proposal.accept(actor, proposal.plans)
    skipped = f" ({result.skipped} dilewati: sudah ada)" if result.skipped else ""
    cli.say(f"{len(result.created)} rencana disimpan{skipped}.")
    return 0
