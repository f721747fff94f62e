"""Subcommands for looking after the database: demo, migrate, check,
backup, restore, init."""

from __future__ import annotations

import argparse
import sys

from sambang_tui import cli


def register(sub: argparse._SubParsersAction) -> None:
    """Add this module's subcommands to ``sub``."""
    p = sub.add_parser(
        "demo",
        help="tulis basis data demo Polsek Senen",
        description=(
            "Menulis basis data demo Polsek Senen (personel, wilayah, tokoh, rencana dan "
            "laporan sekitar Pilkada 2024, serta minggu ini). Tanpa --db: demo.db di folder data."
        ),
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="timpa demo sebelumnya (setelah dicadangkan); data Polsek tidak pernah ditimpa",
    )
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("migrate", help="terapkan pembaruan skema basis data")
    p.set_defaults(func=cmd_migrate)

    p = sub.add_parser(
        "check",
        help="periksa keutuhan basis data",
        description=(
            "integrity_check, foreign_key_check, versi skema, skema persis seperti yang dibuat "
            "Sambang, dan hak akses berkas di folder bersama; keluar 1 bila ada masalah."
        ),
    )
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "backup",
        help="buat cadangan basis data (aman saat dipakai)",
        description=(
            "Cadangan daring lewat API backup SQLite. Tanpa TUJUAN: folder backups/ di samping "
            "basis data, nama sambang-YYYYmmdd-HHMMSS.db."
        ),
    )
    p.add_argument("dest", nargs="?", metavar="TUJUAN", help="folder atau nama berkas cadangan")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser(
        "restore",
        help="pulihkan basis data dari cadangan",
        description=(
            "Memeriksa berkas cadangan lalu menggantikan basis data; berkas yang sekarang "
            "disimpan dulu sebagai cadangan pengaman."
        ),
    )
    p.add_argument("src", metavar="BERKAS", help="berkas cadangan (.db)")
    p.add_argument(
        "--force",
        action="store_true",
        help="pulihkan walau basis data sedang dibuka proses lain (meja lain)",
    )
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser(
        "init",
        help="siapkan admin pertama atau folder bersama",
        description=(
            "--admin LOGIN menjadikan personel dengan login itu admin. --shared FOLDER --group "
            "GRUP menyiapkan satu basis data bersama untuk beberapa petugas di satu server."
        ),
    )
    p.add_argument("--admin", metavar="LOGIN", help="login OS personel yang dijadikan admin")
    p.add_argument("--shared", metavar="FOLDER", help="folder basis data bersama")
    p.add_argument("--group", metavar="GRUP", help="grup Unix para petugas (dengan --shared)")
    p.set_defaults(func=cmd_init, init_parser=p)


def cmd_demo(args: argparse.Namespace) -> int:
    from sambang_tui.demo import build_demo, demo_path

    target = getattr(args, "db", None) or demo_path()
    args._target = target
    summary = build_demo(target, replace=args.force)
    if summary.safety_backup:
        cli.say(f"Demo sebelumnya disimpan di {summary.safety_backup}")
    cli.say(
        f"Demo Polsek Senen ditulis ke {target}: {summary.officers} personel, "
        f"{summary.kelurahan} kelurahan, {summary.contacts} tokoh, {summary.plans} rencana, "
        f"{summary.reports} laporan (hari ini: {summary.today:%d-%m-%Y})."
    )
    cli.say("Login: " + ", ".join(summary.logins))
    cli.say(f"Buka dengan: sambang --db {target}")
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    from sambang_tui.db import migrate as schema
    from sambang_tui.db.models import database_proxy
    from sambang_tui.services.admin import runtime

    target = cli.db_target(args)
    args._target = target
    db = runtime.connect(target, migrate=False)
    applied = schema.migrate(db)
    runtime.ensure_defaults()
    version = schema.status(database_proxy.obj).version
    if applied:
        cli.say(f"Migrasi diterapkan: {', '.join(applied)}. Versi skema sekarang {version}.")
    else:
        cli.say(f"Skema sudah mutakhir (versi {version}).")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from sambang_tui.services.admin.check import check_database

    target = cli.db_target(args)
    args._target = target
    result = check_database(target)
    stream = sys.stdout if result.ok else sys.stderr
    for line in result.lines():
        print(line, file=stream)
    return 0 if result.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from sambang_tui.services.admin.backup import backup

    target = cli.db_target(args)
    args._target = target
    out = backup(target, args.dest)
    cli.say(f"Cadangan dibuat: {out}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from sambang_tui.i18n import t
    from sambang_tui.services.admin.backup import others_have_open, restore

    target = cli.db_target(args)
    args._target = target
    cli.say(t("cli.restore.close_apps"))
    if others_have_open(target) and not args.force:  # asked before this process opens it
        print(f"sambang: {t('cli.restore.in_use', path=target)}", file=sys.stderr)
        return 1
    result = restore(target, args.src)
    if result.safety_backup:
        cli.say(f"Basis data sebelumnya disimpan di {result.safety_backup}")
    cli.say(f"Dipulihkan dari {result.restored_from} ke {result.target}.")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    if not args.admin and not args.shared:
        args.init_parser.error("pakai --admin LOGIN dan/atau --shared FOLDER --group GRUP")
    if args.shared and not args.group:
        args.init_parser.error("--shared membutuhkan --group GRUP")
    if args.group and not args.shared:
        args.init_parser.error("--group hanya dipakai bersama --shared FOLDER")
    if args.shared:
        from sambang_tui.services.admin.shared_setup import setup_shared

        setup = setup_shared(args.shared, args.group)
        args.db = str(setup.db_path)
        cli.say(f"Folder bersama siap: {setup.folder} (grup {setup.group}, setgid, 2770).")
        cli.say(f"Basis data: {setup.db_path} (0660, juga -wal/-shm).")
        cli.say("Tambahkan baris ini ke /etc/profile.d/sambang.sh agar semua petugas memakainya:")
        cli.say(f"  {setup.profile_line}")
        cli.say(f"atau di settings.toml tiap petugas: {setup.settings_line}")
    if args.admin:
        from sambang_tui.services.master.officers import set_admin

        cli.open_db(args)
        row = set_admin(cli.actor(args), args.admin)
        cli.say(f"Admin: {row.rank} {row.name} (login {row.os_user}).")
    return 0
