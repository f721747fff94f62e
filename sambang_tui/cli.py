"""``sambang``: opens the app, or runs a subcommand. Importing this module
imports neither Textual nor the document libraries.

Exit codes: 0 done, 1 a problem the person can fix (one line on stderr, never
a traceback), 2 the command line itself is wrong.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from typing import Any, NoReturn

from sambang_tui import __version__

COMMAND_MODULES = ("admin", "data", "report", "review", "parse", "server", "inbox", "plan")
DB_METAVAR = "BASIS_DATA"  # placeholders in the usage lines are Indonesian too
DB_HELP = "berkas SQLite atau URL (sqlite:///…, postgresql://…); juga SAMBANG_DB"

_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak dikenal: %(value)r (pilih dari %(choices)s)"
    ),
    "expected one argument": "membutuhkan satu nilai",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi ambigu: %(option)s cocok dengan %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
}


def _translate(text: str) -> str:
    return _ARGPARSE_ID.get(text, text)


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    """Let ``--db`` follow any (sub)command too; the value given last wins."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                if not any("--db" in a.option_strings for a in child._actions):
                    child.add_argument(
                        "--db", default=argparse.SUPPRESS, metavar=DB_METAVAR, help=DB_HELP
                    )
                _add_db_option(child)


class _NotTheApp(Exception):
    """The command line names a command, or is wrong: the whole parser reads it."""


class _AppParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotTheApp(message)


def _app_args(argv: list[str] | None) -> argparse.Namespace | None:
    """The options when the command line only opens the app (``sambang``,
    ``sambang --db X --lang en``): read without building the commands'
    parsers (eight modules, a tenth of the way to the first paint)."""
    args = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help", "--version") for a in args):
        return None
    try:
        return _top_parser(_AppParser).parse_args(args)
    except _NotTheApp:
        return None


def build_parser() -> argparse.ArgumentParser:
    parser = _top_parser(argparse.ArgumentParser)
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMAND_MODULES:
        importlib.import_module(f"sambang_tui.cli_commands.{name}").register(sub)
    _add_db_option(parser)
    return parser


def _top_parser(kind: type[argparse.ArgumentParser]) -> argparse.ArgumentParser:
    argparse._ = _translate  # type: ignore[attr-defined]
    parser = kind(
        prog="sambang",
        description=(
            "Meja Bhabinkamtibmas Polsek: rencana, laporan kegiatan, rekap dan dokumen. "
            "Tanpa perintah: membuka aplikasi."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"sambang {__version__}",
        help="tampilkan versi program lalu keluar",
    )
    parser.add_argument("--db", metavar=DB_METAVAR, help=DB_HELP)
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="buat basis data demo baru (Polsek Senen) di folder data lalu buka aplikasi",
    )
    return parser


# --- helpers for the subcommand modules --------------------------------------


def db_target(args: argparse.Namespace) -> str:
    """The database the command works on: ``--db``, ``SAMBANG_DB``, the
    settings file, or the default file."""
    from sambang_tui.config import Settings, resolve_db_target

    return resolve_db_target(getattr(args, "db", None), Settings.load())


def open_db(args: argparse.Namespace, *, create: bool = True, migrate: bool = True) -> str:
    """Connect (and migrate) the command's database; return its target."""
    from sambang_tui.services.admin import runtime

    target = db_target(args)
    args._target = target
    runtime.connect(target, create=create, migrate=migrate)
    return target


def actor(args: argparse.Namespace) -> Any:
    """The actor for the current OS login in the configured station (call
    after ``open_db``)."""
    from sambang_tui.config import Settings
    from sambang_tui.services.admin import runtime

    return runtime.actor_for(station_name=Settings.load().station)


def say(text: str) -> None:
    print(text, flush=True)


# --- the app ------------------------------------------------------------------


def run_app(args: argparse.Namespace) -> int:
    from sambang_tui.config import Settings, resolve_db_target
    from sambang_tui.i18n import set_language

    settings = Settings.load()
    set_language(args.lang or settings.lang)
    demo = bool(args.demo)
    target = "" if demo else resolve_db_target(args.db, settings)
    _without_pg_driver(target)
    from sambang_tui.services.admin import runtime

    if demo:
        from sambang_tui.demo import build_demo, demo_path

        target = demo_path()
        print("Membuat basis data demo …", file=sys.stderr, flush=True)
        gc.enable()  # building makes and drops objects by the million: collect as usual
        build_demo(target, replace=True)
        gc.collect()
        gc.disable()
    args._target = target
    _shared_umask(target)
    runtime.connect(target)
    actor = runtime.actor_for(station_name=settings.station)
    station = runtime.station_for(settings.station)
    from sambang_tui.ui.app import SambangApp
    from sambang_tui.ui.context import AppContext

    ctx = AppContext(
        db_target=target, actor=actor, station_name=station.name, settings=settings, demo=demo
    )
    app = SambangApp(ctx)
    app.run()
    return app.return_code or 0  # 1 after a fatal error, 128+n after SIGHUP/SIGTERM


def _without_pg_driver(target: str) -> None:
    """peewee imports the PostgreSQL driver as it is imported (a tenth of a
    second of start-up); an app session on a SQLite file never uses it, so
    ``import psycopg`` is made to fail there and peewee does without."""
    sqlite = "://" not in target or target.startswith("sqlite:///")
    if sqlite and "peewee" not in sys.modules:  # afterwards it would change nothing
        sys.modules.setdefault("psycopg", None)  # type: ignore[arg-type]


def _shared_umask(target: str) -> None:
    from sambang_tui.services.admin.shared_setup import apply_shared_umask

    apply_shared_umask(target)


# --- errors ---------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def describe_os_error(exc: OSError) -> str:
    import errno

    name = exc.filename or ""
    if isinstance(exc, FileNotFoundError):
        return f"Berkas atau folder tidak ditemukan: {name}"
    if isinstance(exc, PermissionError):
        return f"Tidak ada hak akses ke {name}; periksa pemilik dan hak berkas/folder itu."
    if isinstance(exc, IsADirectoryError):
        return f"{name} adalah folder, bukan berkas."
    if exc.errno == errno.ENOSPC:
        return f"Disk penuh: {name} tidak dapat ditulis. Kosongkan ruang disk."
    if exc.errno == errno.EROFS:
        return f"Sistem berkas hanya-baca: {name} tidak dapat ditulis."
    return f"{exc.strerror or exc}: {name}".strip(": ")


def explain_error(exc: BaseException, args: argparse.Namespace | None) -> str | None:
    """The one-line message for an error a person can act on, or None."""
    import sqlite3

    from peewee import PeeweeException

    from sambang_tui.config import SettingsError
    from sambang_tui.db.database import DatabaseUnavailable
    from sambang_tui.services.core.errors import ServiceError

    if isinstance(exc, ServiceError | DatabaseUnavailable | SettingsError):
        return str(exc)
    if isinstance(exc, OSError):
        return describe_os_error(exc)
    if isinstance(exc, PeeweeException | sqlite3.Error):
        from sambang_tui.services.core.database_errors import explain

        return explain(getattr(args, "_target", "") or "", exc)
    return None


def _log_unexpected(exc: BaseException) -> str:
    import traceback

    try:
        from sambang_tui.config import log_dir

        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "cli-error.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc)) + "\n")
        return str(path)
    except OSError:
        return "(log tidak dapat ditulis)"


def _silence_stdout() -> None:
    import contextlib

    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _exit_code(exc: SystemExit) -> int:
    if exc.code is None:
        return 0
    return exc.code if isinstance(exc.code, int) else 2


def main(argv: list[str] | None = None) -> int:
    # Start-up makes a few hundred thousand objects that all stay: the cyclic
    # collector would walk them again and again (~40 ms of the way to the
    # first paint). The app turns it back on once painted; commands at once.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    args = _app_args(argv)
    if args is None:
        try:
            args = build_parser().parse_args(argv)
        except SystemExit as exc:
            return _exit_code(exc)
    handler = getattr(args, "func", None)
    if handler is not None:
        gc.enable()
    if getattr(args, "lang", None):  # a command's messages (errors) in the chosen language
        from sambang_tui.i18n import set_language

        set_language(args.lang)
    umask = os.umask(0o022)
    os.umask(umask)
    try:
        if handler is None:
            return run_app(args)
        _shared_umask(db_target(args))
        return int(handler(args) or 0)
    except SystemExit as exc:  # a handler's parser.error(): usage
        return _exit_code(exc)
    except BrokenPipeError:  # output piped into `head` and the like
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        print("sambang: dibatalkan.", file=sys.stderr)
        return 130
    except Exception as exc:
        message = explain_error(exc, args)
        if message is None:
            where = _log_unexpected(exc)
            message = f"Kesalahan tak terduga ({type(exc).__name__}: {exc}); rincian di {where}"
        print(f"sambang: {_one_line(message)}", file=sys.stderr)
        return 1
    finally:
        from sambang_tui.services.admin import runtime

        runtime.close()
        os.umask(umask)  # the shared-folder umask ends with the command


if __name__ == "__main__":
    raise SystemExit(main())
