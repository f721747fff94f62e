"""Make the SVG screenshots in ``screenshots/`` from a fresh demo database.

    python scripts/screenshots.py [--out screenshots]

The demo of Polsek Senen is built in a temporary folder as of 4 December
2024 (``SAMBANG_TODAY``), the app runs headless as the desk officer, and one
SVG is saved per section (F2–F7), for F1 help, for the seed story's report
and for the entry form at 120×36. A screen that fails is reported and
skipped; the others are still written.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TODAY = "2024-12-04"
ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Shot:
    name: str
    keys: tuple[str, ...]
    size: tuple[int, int] = (80, 24)
    before: Callable[[Any], Awaitable[None]] | None = None


async def _open_seed_story(pilot: Any) -> None:
    await pilot.press("f5")
    await _settle(pilot)
    await pilot.press("slash", *"salemba rekapitulasi", "enter")
    await _settle(pilot)
    await pilot.press("enter")


SHOTS: tuple[Shot, ...] = (
    Shot("01-beranda", ("f2",)),
    Shot("02-jadwal", ("f3",)),
    Shot("03-input-cepat", ("f4",)),
    Shot("04-daftar-laporan", ("f5",)),
    Shot("05-rekap", ("f6",)),
    Shot("06-data-induk", ("f7",)),
    Shot("07-bantuan", ("f5", "f1")),
    Shot("08-laporan", (), before=_open_seed_story),
    Shot("09-input-cepat-120x36", ("f4",), size=(120, 36)),
)


async def _settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for widget in pilot.app.screen.query("Input"):
        widget.cursor_blink = False


def _make_app(target: str) -> Any:
    from sambang_tui.config import Settings
    from sambang_tui.services import runtime
    from sambang_tui.ui.app import SambangApp
    from sambang_tui.ui.context import AppContext

    runtime.connect(target)
    settings = Settings(auto_backup=False, theme="sambang")
    ctx = AppContext(
        db_target=target,
        actor=runtime.actor_for(),
        station_name=runtime.station_for().name,
        settings=settings,
        demo=True,
    )
    return SambangApp(ctx)


async def _take(shot: Shot, target: str, out: Path) -> Path:
    app = _make_app(target)
    async with app.run_test(size=shot.size) as pilot:
        await _settle(pilot)
        if shot.before is not None:
            await shot.before(pilot)
            await _settle(pilot)
        for key in shot.keys:
            await pilot.press(key)
            await _settle(pilot)
        return Path(app.save_screenshot(f"{shot.name}.svg", str(out)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "screenshots"), help="target folder")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    work = Path(tempfile.mkdtemp(prefix="sambang-shots-"))
    os.environ.update(
        {
            "SAMBANG_TODAY": TODAY,
            "SAMBANG_USER": "desk",
            "SAMBANG_DATA_DIR": str(work / "data"),
            "SAMBANG_CONFIG_DIR": str(work / "config"),
            "SAMBANG_LOG_DIR": str(work / "log"),
            "TEXTUAL_ANIMATIONS": "none",
        }
    )
    os.environ.pop("NO_COLOR", None)
    from sambang_tui.services.demo import build_demo

    target = str(work / "demo.db")
    build_demo(target, today=dt.date.fromisoformat(TODAY), os_user="desk")
    failed = 0
    for shot in SHOTS:
        try:
            path = asyncio.run(_take(shot, target, out))
        except Exception as exc:  # noqa: BLE001 - one broken screen must not stop the rest
            failed += 1
            print(f"GAGAL  {shot.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        print(f"ok     {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
