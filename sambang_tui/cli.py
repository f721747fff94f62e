"""``sambang``: opens the app, or runs a subcommand. Importing this module
imports neither Textual nor the document libraries."""

from __future__ import annotations

import argparse
import importlib
import sys

from sambang_tui import __version__

COMMAND_MODULES = ("admin", "data", "report", "parse")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sambang", description="Meja Bhabinkamtibmas Polsek.")
    parser.add_argument("--version", action="version", version=f"sambang {__version__}")
    parser.add_argument("--db", help="berkas SQLite atau URL (sqlite:///…, postgresql://…)")
    parser.add_argument("--lang", choices=("id", "en"), help="bahasa antarmuka")
    parser.add_argument("--demo", action="store_true", help="buka pada basis data demo baru")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMAND_MODULES:
        importlib.import_module(f"sambang_tui.cli_commands.{name}").register(sub)
    return parser


def run_app(args: argparse.Namespace) -> int:
    from sambang_tui.config import Settings, resolve_db_target
    from sambang_tui.db.database import DatabaseUnavailable
    from sambang_tui.i18n import set_language
    from sambang_tui.services import runtime

    settings = Settings.load()
    set_language(args.lang or settings.lang)
    target = resolve_db_target(args.db, settings)
    try:
        runtime.connect(target)
        actor = runtime.actor_for(station_name=settings.station)
        station = runtime.station_for(settings.station)
    except DatabaseUnavailable as exc:
        print(f"sambang: {exc}", file=sys.stderr)
        return 1
    from sambang_tui.ui.app import SambangApp
    from sambang_tui.ui.context import AppContext

    ctx = AppContext(db_target=target, actor=actor, station_name=station.name, settings=settings)
    SambangApp(ctx).run()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = getattr(args, "func", None)
    if handler is None:
        return run_app(args)
    return int(handler(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
