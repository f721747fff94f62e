"""The Polres recap as the letter to the Kapolres (issue 18), in every
format, from the service and from ``sambang report polres``."""

from __future__ import annotations

import csv
import datetime as dt
import importlib
import sys
from pathlib import Path

import pytest

from sambang_tui import cli
from sambang_tui.db.models import Officer
from sambang_tui.services import documents
from sambang_tui.services.admin import runtime
from sambang_tui.services.core import periods
from sambang_tui.services.documents import polres_doc
from sambang_tui.services.documents.model import Letterhead, Signature
from sambang_tui.services.documents.render_text import render_text
from sambang_tui.services.recap import polres

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
MONTH = periods.month(dt.date(2026, 11, 1))
ISSUED = dt.date(2026, 12, 2)


@pytest.fixture
def polres_target(db_target: str, monkeypatch) -> str:
    monkeypatch.setenv("SAMBANG_TODAY", "2026-12-02")
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    importlib.import_module("generate_polres").generate(
        db_target, stations=3, reports=400, officers=12, kelurahan=3
    )
    return db_target


def test_letter_to_the_kapolres_with_every_polsek(polres_target: str, tmp_path: Path) -> None:
    runtime.connect(polres_target)
    reader = runtime.actor_for("polres.reader")
    data = polres.recap(reader, MONTH, ISSUED)
    doc = polres_doc.build(reader, MONTH, issued=ISSUED, data=data)
    head = next(b for b in doc.flat() if isinstance(b, Letterhead))
    assert head.lines == (
        "KEPOLISIAN DAERAH METRO JAYA",
        "RESOR METRO JAKARTA PUSAT",
        "SATUAN PEMBINAAN MASYARAKAT",
    )
    text = render_text(doc)
    assert "Nomor: B/" in text and "/XII/2026/Sat Binmas" in text
    assert "Yth. Kapolres Metro Jakarta Pusat" in text
    assert "periode November 2026 dari 3 Polsek" in text
    sign = next(b for b in doc.flat() if isinstance(b, Signature))
    assert sign.title_lines == ("KEPALA SATUAN PEMBINAAN MASYARAKAT",)
    table = doc.tables()[0]
    assert [r[1] for r in table.rows] == [r.station for r in data.rows]
    assert table.footer[1] == "Jumlah" and table.footer[2] == str(data.total.reports)
    out = documents.write(doc, "csv", tmp_path / "polres.csv")
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][:3] == ["No", "Polsek", "Laporan"] and len(rows) == 2 + 3 + 1
    for fmt in ("pdf", "docx"):
        written = documents.write(doc, fmt, tmp_path / f"polres.{fmt}")
        assert written.stat().st_size > 3000
    runtime.close()


def test_cli_writes_it_for_a_reader_and_refuses_an_officer(
    polres_target: str, tmp_path: Path, capsys, monkeypatch
) -> None:
    out = tmp_path / "rekap.csv"
    monkeypatch.setenv("SAMBANG_USER", "polres.reader")
    args = ["report", "polres", "--from", "01/11/2026", "--period", "month"]
    code = cli.main([*args, "--format", "csv", "--out", str(out), "--db", polres_target])
    assert code == 0, capsys.readouterr().err
    assert "Polsek Kemayoran" in out.read_text(encoding="utf-8-sig")
    runtime.connect(polres_target)
    login = Officer.select().where(Officer.role == "desk").first().os_user
    runtime.close()
    monkeypatch.setenv("SAMBANG_USER", login)
    code = cli.main([*args, "--format", "text", "--db", polres_target])
    err = capsys.readouterr().err
    assert code == 1 and "Polsek-nya sendiri" in err and err.count("\n") == 1
