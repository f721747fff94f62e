"""Kotak masuk: importing a WhatsApp export of 10 000 messages with 2 000
photos (goal: ≤ 20 s and ≤ 200 MB peak memory), and opening an item (goal:
≤ 100 ms) — the service call, Enter to a filled form in the app, and
Ctrl+S to the next message's form while walking the queue.

    python benchmarks/bench_inbox.py [--messages 10000] [--runs 3]

The export is generated (deterministic, invented messages: one in five a
report, the rest chatter; photos of ~120 KB sent a minute before their
report); each import runs in a child process on a fresh copy of the demo
database, so its peak RSS is its own. The floor of the import is the same
export's zip read and every photo hashed, nothing else; the floor of Enter
is the empty entry form (F4) opening in the same app.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from common import ROOT, Row  # noqa: E402

TODAY = "2024-12-04"
IMPORT_GOAL = "≤ 20000 ms"
RSS_GOAL = "≤ 200 MB"
OPEN_GOAL = "≤ 100 ms"
PHOTO_BYTES = 120_000

SENDERS = [
    ("Aiptu Heri Kurniawan", "Paseban"),
    ("Bripka Dwi Hartono", "Kramat"),
    ("Aipda Joko Prasetyo", "Kwitang"),
    ("Bripka Agus Setiawan", "Kenari"),
    ("Aiptu Sutrisno", "Senen"),
    ("+62 813-1000-0016", "Bungur"),
]
CHATTER = [
    "Siap ndan 86",
    "Siap",
    "Mantap, lanjutkan",
    "Selamat pagi rekan2, semangat bertugas",
    "Ijin ndan, sy izin ke dokter sebentar",
    "Monitor ndan",
    "Terima kasih",
    "Siap laksanakan",
]
REPORTS = [
    "Ijin melaporkan kegiatan Bhabinkamtibmas Kel. {kel}\n1. Hari/Tanggal : {day}\n"
    "2. Waktu : {hh}.00 WIB s.d. selesai\n3. Tempat : Balai warga RT 0{rt} RW 0{rw} Kel. {kel}\n"
    "4. Kegiatan : Sambang bersama warga dan tokoh masyarakat\n5. Sasaran : ± {n} orang warga\n"
    "6. Pesan kamtibmas : Jaga keamanan lingkungan\n7. Situasi : Aman dan kondusif",
    "giat sambang pos kamling rw 0{rw} kel {kel} jam {hh}.30 bersama warga ronda ± {n} org. kondusif",
    "Giat DDS kel {kel} rw 0{rw} rt 0{rt}\njam {hh}.00\n{n} KK, keluhan: sampah, harapan: "
    "pengangkutan rutin\nsituasi aman",
]


def make_export(path: Path, messages: int, photos: int, seed: int = 7) -> dict[str, int]:
    """An Android (Indonesian) export with ``messages`` messages, one in
    five a report, ``photos`` of the reports with a photo sent just before."""
    rng = random.Random(seed)
    reports = messages // 5
    step = dt.timedelta(minutes=(90 * 24 * 60) // max(messages, 1))
    lines: list[str] = []
    media: list[str] = []
    photo_every = max(1, reports // max(photos, 1))
    made = 0
    at = dt.datetime(2024, 9, 1, 7, 0)
    for i in range(messages):
        at += step
        sender, kel = SENDERS[i % len(SENDERS)]
        head = f"{at:%d/%m/%y %H.%M} - {sender}: "
        if i % 5:
            lines.append(head + rng.choice(CHATTER))
            continue
        report = i // 5
        if report % photo_every == 0 and made < photos:
            made += 1
            name = f"IMG-{at:%Y%m%d}-WA{made:05d}.jpg"
            media.append(name)
            before = at - dt.timedelta(minutes=1)
            lines.append(f"{before:%d/%m/%y %H.%M} - {sender}: {name} (file terlampir)")
        text = rng.choice(REPORTS).format(
            kel=kel,
            day=f"{at:%d/%m/%Y}",
            hh=8 + report % 12,
            rt=1 + report % 5,
            rw=1 + report % 8,
            n=5 + report % 20,
        )
        lines.append(head + text)
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("Chat WhatsApp dengan Bhabinkamtibmas.txt", "\n".join(lines) + "\n")
        for n, name in enumerate(media):
            body = rng.randbytes(PHOTO_BYTES - 4) + n.to_bytes(4, "big")
            z.writestr(name, b"\xff\xd8\xff\xe0" + body, compress_type=zipfile.ZIP_STORED)
    return {"messages": messages, "reports": reports, "photos": made}


def floor_read(export: Path) -> float:
    """The zip's text read and every photo hashed: seconds."""
    started = time.perf_counter()
    with zipfile.ZipFile(export) as z:
        for info in z.infolist():
            digest = hashlib.sha256()
            with z.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    digest.update(chunk)
    return time.perf_counter() - started


IMPORT_CHILD = """
import json, resource, sys, time
from sambang_tui.services.admin import runtime
from sambang_tui.services.inbox.importer import import_export
runtime.connect(sys.argv[1])
actor = runtime.actor_for("desk")
started = time.perf_counter()
summary = import_export(actor, sys.argv[2])
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak, "new": summary.new,
                  "photos": summary.photos}))
"""

SCREEN_CHILD = """
import asyncio, json, statistics, sys, time
from sambang_tui.config import Settings
from sambang_tui.services.admin import runtime
from sambang_tui.ui.app import SambangApp
from sambang_tui.ui.context import AppContext
from sambang_tui.ui.screens.entry import EntryScreen
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, Static

class Bare(Screen):
    # a plain Textual screen of n widgets: rows of label, input, note
    def __init__(self, n):
        super().__init__()
        self.n = n
    def compose(self):
        with VerticalScroll():
            for _ in range(max(1, (self.n - 2) // 4)):
                with Horizontal():
                    yield Static("label")
                    yield Input()
                    yield Static("")

async def until(check):
    while not check():
        await asyncio.sleep(0.002)

async def main():
    target = sys.argv[1]
    runtime.connect(target)
    ctx = AppContext(db_target=target, actor=runtime.actor_for(),
                     station_name=runtime.station_for().name,
                     settings=Settings(auto_backup=False, theme="sambang"))
    app = SambangApp(ctx)
    inbox, entry, bare = [], [], []
    widgets = 0
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await app.workers.wait_for_complete()
        await pilot.pause()
        for _ in range(int(sys.argv[2])):
            queue = app.screen
            started = time.perf_counter()
            queue.action_open()  # what Enter does
            await until(lambda: type(app.screen).__name__ == "InboxEntryScreen" and app.screen.loaded)
            inbox.append((time.perf_counter() - started) * 1000)
            app.pop_screen()
            await app.workers.wait_for_complete()
            await pilot.pause()
            table = queue.query_one("DataTable")
            table.move_cursor(row=table.cursor_row + 1)
            form = EntryScreen()
            started = time.perf_counter()
            app.push_screen(form)
            await until(lambda: app.screen is form and form.loaded)
            entry.append((time.perf_counter() - started) * 1000)
            widgets = len(list(form.walk_children()))
            app.pop_screen()
            await app.workers.wait_for_complete()
            await pilot.pause()
            plain = Bare(widgets)
            started = time.perf_counter()
            await app.push_screen(plain)
            await pilot.pause()
            bare.append((time.perf_counter() - started) * 1000)
            app.pop_screen()
            await pilot.pause()
        # the walk: Ctrl+S saves and the same form shows the next message
        queue = app.screen
        queue.action_open()
        await until(lambda: type(app.screen).__name__ == "InboxEntryScreen" and app.screen.loaded)
        form = app.screen
        walk, saves = [], []
        for _ in range(int(sys.argv[2]) * 5):
            before, saved_before = form.detail.id, form.last_saved
            try:
                for _attempt in range(3):  # the same key again saves past a likely duplicate
                    started = time.perf_counter()
                    form.action_save()
                    try:
                        await asyncio.wait_for(until(lambda: form.last_saved is not saved_before
                                                     or form._duplicates_seen is not None), 3)
                    except asyncio.TimeoutError:
                        continue
                    if form.last_saved is not saved_before:
                        break
                saved = time.perf_counter()
                await asyncio.wait_for(until(
                    lambda: form.detail.id != before and form.loaded and not form._moving_on), 10)
            except asyncio.TimeoutError:
                break  # a message the form cannot save as parsed (a field wrong): the walk ends
            walk.append((time.perf_counter() - started) * 1000)
            saves.append((saved - started) * 1000)
            await pilot.pause()
    print(json.dumps({"inbox_ms": statistics.median(inbox), "entry_ms": statistics.median(entry),
                      "bare_ms": statistics.median(bare), "widgets": widgets,
                      "next_ms": statistics.median(walk) if walk else -1,
                      "save_ms": statistics.median(saves) if saves else -1, "walked": len(walk)}))

asyncio.run(main())
"""


def _env(work: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "SAMBANG_TODAY": TODAY,
        "SAMBANG_USER": "desk",
        "SAMBANG_DATA_DIR": str(work / "data"),
        "SAMBANG_CONFIG_DIR": str(work / "config"),
        "SAMBANG_LOG_DIR": str(work / "log"),
        "TEXTUAL_ANIMATIONS": "none",
    }


def _child(code: str, env: dict[str, str], *args: str) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=900,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(runs: int = 3, messages: int = 10_000) -> list[Row]:
    """The rows: import time, import peak RSS, open (service), Enter, and
    Ctrl+S to the next message."""
    work = Path(tempfile.mkdtemp(prefix="bench-inbox-"))
    env = _env(work)
    try:
        template = work / "demo.db"
        _child(
            "import sys, datetime as dt\n"
            "from sambang_tui.demo import build_demo\n"
            "build_demo(sys.argv[1], today=dt.date.fromisoformat(sys.argv[2]), os_user='desk')\n"
            "print('{}')",
            env,
            str(template),
            TODAY,
        )
        export = work / "grup.zip"
        made = make_export(export, messages, messages // 5)
        floors = [floor_read(export) for _ in range(runs)]
        results = []
        target = work / "run" / "sambang.db"
        for _ in range(runs):
            shutil.rmtree(target.parent, ignore_errors=True)
            target.parent.mkdir()
            shutil.copyfile(template, target)
            results.append(_child(IMPORT_CHILD, env, str(target), str(export)))
        label = f"{made['messages']:,} msgs, {made['photos']:,} photos"
        rows = [
            Row(
                "inbox: import",
                statistics.median(r["seconds"] for r in results) * 1000,
                "zip read + photos hashed",
                statistics.median(floors) * 1000,
                IMPORT_GOAL,
                note=f"{label} → {results[0]['new']:,} items, {results[0]['photos']:,} photos",
            ),
            Row(
                "inbox: peak RSS of the import",
                max(r["peak_mb"] for r in results),
                goal=RSS_GOAL,
                unit="MB",
                note="child process",
            ),
            _open_service(target, env, runs),
        ]
        screen = _child(SCREEN_CHILD, env, str(target), str(max(3, runs)))
        rows.append(
            Row(
                "inbox: Enter → filled form",
                screen["inbox_ms"],
                "the empty entry form (F4)",
                screen["entry_ms"],
                OPEN_GOAL,
                note="headless app, 80×24",
            )
        )
        rows.append(
            Row(
                "entry form (F4): open",
                screen["entry_ms"],
                "bare Textual, as many widgets",
                screen["bare_ms"],
                note=f"{int(screen['widgets'])} widgets",
            )
        )
        rows.append(
            Row(
                "inbox: Ctrl+S → next message's form",
                screen["next_ms"],
                "the save alone",
                screen["save_ms"],
                OPEN_GOAL,
                note=f"the same form, {int(screen['walked'])} messages walked",
            )
        )
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


OPEN_CHILD = """
import json, statistics, sys, time
from sambang_tui.db.models import InboxItem
from sambang_tui.services.admin import runtime
from sambang_tui.services.inbox import queue
runtime.connect(sys.argv[1])
actor = runtime.actor_for("desk")
query = InboxItem.select(InboxItem.id).where(InboxItem.state == "baru").order_by(InboxItem.id.desc())
ids = [i.id for i in query.limit(int(sys.argv[2]))]
samples = []
for item_id in ids:  # each opened for the first time: it is marked dibuka
    started = time.perf_counter()
    queue.open_item(actor, item_id)
    samples.append((time.perf_counter() - started) * 1000)
bare = []
for item_id in ids:
    started = time.perf_counter()
    InboxItem.get_by_id(item_id)
    bare.append((time.perf_counter() - started) * 1000)
print(json.dumps({"ms": statistics.median(samples), "bare_ms": statistics.median(bare),
                  "n": len(samples)}))
"""


def _open_service(target: Path, env: dict[str, str], runs: int) -> Row:
    found = _child(OPEN_CHILD, env, str(target), str(max(20, runs * 7)))
    return Row(
        "inbox: open an item (service)",
        found["ms"],
        "one row by id",
        found["bare_ms"],
        OPEN_GOAL,
        note=f"{int(found['n'])} items",
    )


def main(argv: list[str] | None = None) -> int:
    from common import format_table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    print(format_table(measure(args.runs, args.messages), "Kotak masuk"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
