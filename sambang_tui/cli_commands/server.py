"""``sambang server init|sync|reader``: the station server on PostgreSQL,
where the database itself enforces who may do what."""

from __future__ import annotations

import argparse
import sys

from sambang_tui import cli


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "server",
        help="server Polsek di PostgreSQL: peran, hak, kebijakan dan pemicu di basis data",
        description=(
            "Menyiapkan dan merawat basis data PostgreSQL yang menegakkan peran sendiri "
            "(autentikasi peer: login OS = login basis data)."
        ),
    )
    commands = p.add_subparsers(dest="server_command", metavar="PERINTAH")
    commands.required = True

    init = commands.add_parser(
        "init",
        help="buat atau perbarui skema, peran, hak, kebijakan dan pemicu (superuser)",
        description=(
            "Dijalankan sebagai superuser PostgreSQL, mis. runuser -u postgres -- sambang "
            "server init --db postgresql:///sambang. Membuat basis data bila belum ada, "
            "menerapkan migrasi sebagai peran pemilik (NOLOGIN), lalu peran grup, hak, "
            "kebijakan baris dan pemicu. Menjalankannya lagi tidak mengubah apa pun."
        ),
    )
    init.add_argument(
        "--check",
        action="store_true",
        help="hanya periksa: laporkan setiap penyimpangan (keluar 1), tanpa mengubah apa pun",
    )
    init.set_defaults(func=cmd_init)

    sync = commands.add_parser(
        "sync",
        help="selaraskan login PostgreSQL dengan data personel (admin)",
        description=(
            "Setiap personel aktif yang punya login mendapat peran login di grupnya; login "
            "personel yang dihapus atau dinonaktifkan kehilangan perannya."
        ),
    )
    sync.set_defaults(func=cmd_sync)

    reader = commands.add_parser(
        "reader",
        help="jadikan sebuah login pembaca saja (satu Polsek, atau --polres semua)",
        description=(
            "Login pembaca tidak perlu data personel: ia melihat data Polsek ini (atau, dengan "
            "--polres dan sebagai superuser, semua Polsek) tanpa dapat mengubahnya."
        ),
    )
    reader.add_argument("login", metavar="LOGIN", help="login OS pembaca")
    reader.add_argument(
        "--polres", action="store_true", help="membaca semua Polsek (hanya superuser)"
    )
    reader.add_argument("--remove", action="store_true", help="cabut login pembaca ini")
    reader.set_defaults(func=cmd_reader)


def cmd_init(args: argparse.Namespace) -> int:
    from sambang_tui.services.admin import server

    target = cli.db_target(args)
    args._target = target
    if args.check:
        found = server.check_server(target)
        stream = sys.stdout if found.ok else sys.stderr
        head = "BAIK" if found.ok else "MENYIMPANG"
        print(f"Pemeriksaan server {server.desk_url(target)}: {head}", file=stream)
        if found.schema_version is not None:
            print(f"  versi skema: {found.schema_version}", file=stream)
        for problem in found.problems:
            print(f"  MASALAH: {problem}", file=stream)
        if not found.ok:
            print("  Perbaiki dengan: sambang server init (dan sambang server sync)", file=stream)
        return 0 if found.ok else 1
    done = server.init_server(target)
    if done.created_database:
        cli.say(f"Basis data {done.database} dibuat.")
    if done.migrations:
        cli.say("Migrasi diterapkan (sebagai peran pemilik): " + ", ".join(done.migrations) + ".")
    if done.changes:
        cli.say(f"Aturan server diterapkan: {done.summary()}.")
    for line in done.logins:
        cli.say(f"  {line}")
    if not done.changed:
        cli.say(f"Server sudah sesuai; tidak ada yang berubah (skema versi {done.schema_version}).")
    else:
        cli.say(f"Server Polsek siap (skema versi {done.schema_version}).")
    cli.say("")
    cli.say("Baris pg_hba.conf (autentikasi peer lewat soket lokal), di atas baris 'local' lain:")
    cli.say(f"  {done.hba_line}")
    cli.say("Baris /etc/profile.d/sambang.sh agar setiap petugas memakai server ini:")
    cli.say(f"  {done.profile_line}")
    cli.say("Lalu, sebagai superuser yang sama: sambang import officers personel.csv (kolom login)")
    cli.say("dan sambang init --admin LOGIN; login petugas dibuat dari data personel.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from sambang_tui.services.admin import server

    cli.open_db(args)
    changes = server.sync_all()
    for line in changes:
        cli.say(line)
    if not changes:
        cli.say("Semua login sudah sesuai dengan data personel.")
    return 0


def cmd_reader(args: argparse.Namespace) -> int:
    from sambang_tui.config import Settings
    from sambang_tui.services.admin import server

    cli.open_db(args)
    if args.remove:
        if server.remove_reader(args.login):
            cli.say(f"Login {args.login} bukan pembaca lagi.")
        else:
            cli.say(f"Login {args.login} memang bukan pembaca.")
        return 0
    station = None if args.polres else Settings.load().station
    kind = server.set_reader(args.login, station)
    what = "semua Polsek (polres)" if kind == "polres" else "Polsek ini, hanya-baca"
    cli.say(f"Login {args.login} sekarang membaca {what}.")
    return 0
