"""Make the SVG screenshots in ``screenshots/`` from a fresh demo database.

    python scripts/screenshots.py [--out screenshots]

The demo of Polsek Senen is built in a temporary folder as of 4 December
2024 (``SAMBANG_TODAY``), the app runs headless as the desk officer, and one
SVG is saved per main screen at 80×24, each on a fresh copy of the demo:
home, the schedule by week and by month, the entry form empty, with a chat
message pasted and filled from it, the reports list, the seed story's
report and its documents dialog, the recap, master data and F1 help; and
the entry form at 120×36; the Kotak masuk with a day's WhatsApp export
imported, the form opened from its newest message, and the import dialog; next
week's plan proposed in the schedule; the Polres recap of three Polsek side
by side as the Polres login reads it. A screen that fails is reported and skipped; the
others are still written.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import shutil
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
    # "polres": a Polres database of three Polsek read by its polres login
    database: str = "demo"


# A Bhabin's report as it arrives by chat (the seed story, numbered form).
CHAT_MESSAGE = """Ijin melaporkan kegiatan Bhabinkamtibmas Kel. Paseban
1. Hari/Tanggal : Senin, 02 Desember 2024
2. Waktu : 10.00 WIB s.d. selesai
3. Tempat : Jl. Salemba Raya RT 01 RW 06 Kel. Paseban
4. Kegiatan : Sambang dan Cooling System bersama warga dan kelompok pemuda
5. Sasaran : ± 15 orang warga
6. Pesan kamtibmas : Agar tidak terprovokasi perbedaan pilihan Pilkada
7. Situasi : Aman dan kondusif
Pelapor : Aiptu Heri Kurniawan"""


async def _open_seed_story(pilot: Any) -> None:
    await pilot.press("f5")
    await _settle(pilot)
    await pilot.press("slash", *"salemba rekapitulasi", "enter")
    await _settle(pilot)
    await pilot.press("enter")


async def _paste_message(pilot: Any) -> None:
    """F4, Ctrl+T, and the chat message in the paste box (as a terminal's
    bracketed paste would put it there)."""
    await pilot.press("f4")
    await _settle(pilot)
    await pilot.press("ctrl+t")
    await _settle(pilot)
    area = pilot.app.screen.query_one("#paste-text")
    area.load_text(CHAT_MESSAGE)
    area.cursor_blink = False


# A day of the Bhabins' WhatsApp group as an Android phone exports it.
GROUP_CHAT = """02/12/24 06.00 - Pesan dan panggilan terenkripsi secara end-to-end.
02/12/24 07.00 - Iptu Dedi Suryadi: Selamat pagi rekan2, semangat bertugas
02/12/24 07.01 - Aiptu Heri Kurniawan: Siap ndan 86
02/12/24 10.39 - Aiptu Heri Kurniawan: IMG-20241202-WA0001.jpg (file terlampir)
02/12/24 10.41 - Aiptu Heri Kurniawan: Ijin melaporkan kegiatan Bhabinkamtibmas Kel. Paseban
1. Hari/Tanggal : Senin, 02 Desember 2024
2. Waktu : 13.00 WIB s.d. selesai
3. Tempat : Balai warga RT 03 RW 02 Kel. Paseban
4. Kegiatan : DDS bersama ketua RT, 9 KK
5. Situasi : Aman dan kondusif
02/12/24 19.05 - +62 813-1000-0016: Giat sambang kel bungur rw 02 rt 05 jam 19.00 bersama warga ± 12 org, situasi aman
02/12/24 22.40 - Bripka Dwi Hartono: IMG-20241202-WA0002.jpg (file terlampir)
bripka dwi hartono sambang pos kamling rw 09 kramat jam 22.30 ngopi bareng warga ronda ± 6 org. kondusif
"""


def _group_export(folder: Path) -> Path:
    import io
    import zipfile

    from PIL import Image

    path = folder / "WhatsApp Chat grup Bhabinkamtibmas.zip"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Chat WhatsApp dengan Bhabinkamtibmas Polsek Senen.txt", GROUP_CHAT)
        for n, colour in ((1, (120, 160, 90)), (2, (60, 80, 140))):
            data = io.BytesIO()
            Image.new("RGB", (64, 48), colour).save(data, "JPEG")
            z.writestr(f"IMG-20241202-WA000{n}.jpg", data.getvalue())
    return path


async def _inbox(pilot: Any) -> None:
    """The day's export imported, then F8."""
    from sambang_tui.services.inbox.importer import import_export

    folder = Path(os.environ["SAMBANG_DATA_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    import_export(pilot.app.ctx.actor, _group_export(folder))
    await pilot.press("f8")


async def _inbox_import(pilot: Any) -> None:
    """F8 on an empty inbox, i, the export's path typed and checked."""
    folder = Path(tempfile.gettempdir()) / "Unduhan"  # the same path on every run
    folder.mkdir(exist_ok=True)
    await pilot.press("f8")
    await _settle(pilot)
    await pilot.press("i")
    await _settle(pilot)
    path = pilot.app.screen.query_one("#ii-path")
    path.value = str(_group_export(folder))
    path.cursor_position = len(path.value)
    await pilot.press("enter")


SHOTS: tuple[Shot, ...] = (
    Shot("01-beranda", ("f2",)),
    Shot("02-jadwal-minggu", ("f3",)),
    Shot("03-jadwal-bulan", ("f3", "m")),
    Shot("04-input-cepat", ("f4",)),
    Shot("05-tempel-laporan", (), before=_paste_message),
    Shot("06-input-terisi", ("ctrl+s",), before=_paste_message),
    Shot("07-daftar-laporan", ("f5",)),
    Shot("08-laporan", (), before=_open_seed_story),
    Shot("09-dokumen-laporan", ("o",), before=_open_seed_story),
    Shot("10-rekap", ("f6",)),
    Shot("11-data-induk", ("f7",)),
    Shot("12-bantuan", ("f5", "f1")),
    Shot("13-input-cepat-120x36", ("f4",), size=(120, 36)),
    Shot("14-kotak-masuk", (), before=_inbox),
    Shot("15-kotak-masuk-input", ("enter",), before=_inbox),
    Shot("16-impor-ekspor-chat", (), before=_inbox_import),
    Shot("17-jadwal-usulan", ("f3", "right_square_bracket", "p")),
    Shot("18-rekap-polres", ("f6", "s", "b"), database="polres"),
)

POLRES_TODAY = "2026-11-25"
POLRES_USER = "polres.reader"


def _polres_template(path: Path) -> None:
    """Three Polsek of a generated Polres (benchmarks/generate_polres.py)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate_polres import generate

    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core import identity

    generate(str(path), stations=3, reports=300, officers=10, kelurahan=3)
    runtime.connect(str(path))
    identity.mark_demo()  # invented data: the screenshot's login may be chosen


async def _settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for widget in pilot.app.screen.query("Input, TextArea"):
        widget.cursor_blink = False


def _make_app(target: str) -> Any:
    from sambang_tui.config import Settings
    from sambang_tui.services.admin import runtime
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
            # the export dialog's default folder, the same on every machine
            "XDG_DOCUMENTS_DIR": "/home/desk/Dokumen",
        }
    )
    os.environ.pop("NO_COLOR", None)
    try:
        return _take_all(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _take_all(work: Path, out: Path) -> int:
    from sambang_tui.demo import build_demo
    from sambang_tui.services.admin import runtime

    template = work / "demo.db"
    build_demo(str(template), today=dt.date.fromisoformat(TODAY), os_user="desk")
    polres = work / "polres.db"
    failed = 0
    for shot in SHOTS:
        # each screen on its own copy: a form typed in one shot leaves a
        # draft that the next shot's entry form would offer back
        target = work / f"{shot.name}.db"
        is_polres = shot.database == "polres"
        os.environ["SAMBANG_TODAY"] = POLRES_TODAY if is_polres else TODAY
        os.environ["SAMBANG_USER"] = POLRES_USER if is_polres else "desk"
        if is_polres and not polres.exists():
            _polres_template(polres)
            runtime.close()
        shutil.copyfile(polres if is_polres else template, target)
        try:
            path = asyncio.run(_take(shot, str(target), out))
        except Exception as exc:  # noqa: BLE001 - one broken screen must not stop the rest
            failed += 1
            print(f"GAGAL  {shot.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
            continue
        finally:
            runtime.close()
        print(f"ok     {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
