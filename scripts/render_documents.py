"""Render every document of the demo's Pilkada week to PNG pages, for a
person to look at before a Kapolsek signs them.

    python scripts/render_documents.py [--out build/documents] [--dpi 70]

A fresh demo of Polsek Senen is built in a temporary folder as of
4 December 2024 (``SAMBANG_TODAY``); two documentation photos (drawn here)
are attached to the seed story of 2 December 2024. Then, each as PDF and
DOCX: the recap of the Pilkada week (25 November – 1 December 2024), the
Laporan Kegiatan of the seed story, a Laporan Informasi of that week and the
Humas release of the seed story. PDF pages become PNG through ``pdftoppm``
(poppler-utils); DOCX files are first turned into PDF by LibreOffice
(``soffice``) where it is installed. Each page is written as
``<out>/<document>-<format>-<page>.png``; the script prints their list.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TODAY = "2024-12-04"
PILKADA_WEEK = dt.date(2024, 11, 25)
ROOT = Path(__file__).resolve().parent.parent


def _photos(folder: Path) -> list[tuple[Path, str]]:
    """Two stand-in documentation photos (a landscape and a portrait one)."""
    from PIL import Image, ImageDraw

    out = []
    for name, size, colour, caption in (
        ("dialog-warga.jpg", (1600, 1200), (96, 128, 160), "Dialog dengan warga RT 01 RW 06"),
        ("tokoh-pemuda.jpg", (900, 1200), (150, 120, 90), "Bersama tokoh masyarakat dan pemuda"),
    ):
        image = Image.new("RGB", size, colour)
        draw = ImageDraw.Draw(image)
        w, h = size
        draw.rectangle((w // 8, h // 3, w - w // 8, h - h // 8), fill=(220, 220, 210))
        draw.ellipse((w // 3, h // 10, w - w // 3, h // 3 + h // 12), fill=(60, 60, 60))
        path = folder / name
        image.save(path, quality=85)
        out.append((path, caption))
    return out


def build(out: Path, work: Path) -> list[tuple[str, Path]]:
    """The documents as files in ``work``: (name, path) pairs."""
    os.environ["SAMBANG_TODAY"] = TODAY
    os.environ.setdefault("SAMBANG_DATA_DIR", str(work / "data"))
    os.environ.setdefault("SAMBANG_CONFIG_DIR", str(work / "config"))
    os.environ.setdefault("SAMBANG_LOG_DIR", str(work / "log"))
    from sambang_tui.db.models import InformationReport, Report
    from sambang_tui.demo import build_demo
    from sambang_tui.services import documents
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core import periods
    from sambang_tui.services.documents import informasi, kegiatan, recap_doc, release
    from sambang_tui.services.reports import attachments

    target = str(work / "demo.db")
    summary = build_demo(target, dt.date.fromisoformat(TODAY), os_user="desk")
    runtime.connect(target)
    actor = runtime.actor_for("desk")
    seed = Report.get(Report.number == summary.seed_report_number)
    for path, caption in _photos(work):
        attachments.attach_file(runtime.actor_for("kanit"), seed.id, path, caption)
    week = periods.week(PILKADA_WEEK)
    info = (
        InformationReport.select()
        .join(Report)
        .where(Report.date.between(week.start, week.end) & Report.deleted_at.is_null())
        .order_by(Report.date)
        .first()
    )
    docs = {
        "rekap": recap_doc.build(actor, week),
        "kegiatan": kegiatan.build(actor, seed.id),
        "informasi": informasi.build(actor, info.report_id),
        "rilis": release.build(actor, [seed.id]),
    }
    files = []
    for name, doc in docs.items():
        for fmt in ("pdf", "docx"):
            files.append((f"{name}-{fmt}", documents.write(doc, fmt, work / f"{name}.{fmt}")))
    (out / "rilis.txt").write_text(release.draft_text(actor, [seed.id]), encoding="utf-8")
    return files


def _fontconfig(work: Path) -> Path:
    """A fontconfig file that adds the package's Liberation Serif and maps
    Times New Roman to it, so LibreOffice sets the DOCX in the PDF's font on
    a machine that has neither."""
    from sambang_tui.services.documents.layout import FONT_DIR

    conf = work / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f"<dir>{FONT_DIR}</dir>"
        '<alias binding="same"><family>Times New Roman</family>'
        "<accept><family>Liberation Serif</family></accept></alias></fontconfig>",
        encoding="utf-8",
    )
    return conf


def to_png(name: str, path: Path, out: Path, dpi: int) -> list[Path]:
    if path.suffix == ".docx":
        soffice = shutil.which("soffice")
        if soffice is None:
            print(f"{name}: LibreOffice (soffice) not installed, DOCX not rendered")
            return []
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", str(path.parent / "lo"),
             str(path)],
            check=True,
            capture_output=True,
            env={**os.environ, "HOME": str(path.parent),
                 "FONTCONFIG_FILE": str(_fontconfig(path.parent))},
        )  # fmt: skip
        path = path.parent / "lo" / (path.stem + ".pdf")
    if shutil.which("pdftoppm") is None:
        sys.exit("pdftoppm (poppler-utils) is needed")
    prefix = out / name
    for old in out.glob(f"{name}-*.png"):
        old.unlink()
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(path), str(prefix)], check=True)
    return sorted(out.glob(f"{name}-*.png"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "build" / "documents"))
    parser.add_argument("--dpi", type=int, default=70)
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sambang-docs-") as tmp:
        work = Path(tmp)
        for name, path in build(out, work):
            shutil.copy(path, out / path.name)
            for page in to_png(name, path, out, args.dpi):
                print(page)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
