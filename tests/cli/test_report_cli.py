"""``sambang report …`` on the demo database: files written, exit codes,
one-line Indonesian errors, and no document library imported for --help."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from sambang_tui.cli import main


def _seed_number(target: str) -> str:
    from sambang_tui.db.models import Report
    from sambang_tui.services.admin import runtime

    runtime.connect(target)
    try:
        report = Report.get(
            (Report.date == dt.date(2024, 12, 2)) & (Report.place.contains("Salemba Raya"))
        )
        return report.number
    finally:
        runtime.close()


def _information_number(target: str) -> str:
    from sambang_tui.db.models import InformationReport, Report
    from sambang_tui.services.admin import runtime

    runtime.connect(target)
    try:
        return (
            Report.select(Report.number)
            .join(InformationReport)
            .where(Report.deleted_at.is_null())
            .order_by(Report.id)
            .first()
            .number
        )
    finally:
        runtime.close()


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages)


@pytest.mark.parametrize("fmt", ["pdf", "docx", "csv", "text"])
def test_recap_writes_every_format(demo_target: str, tmp_path: Path, capsys, fmt: str) -> None:
    out = tmp_path / f"rekap.{fmt}"
    rc = main(
        ["--db", demo_target, "report", "recap", "--from", "25/11/2024", "--to", "01/12/2024"]
        + ["--format", fmt, "--out", str(out)]
    )
    assert rc == 0
    assert out.exists() and out.stat().st_size > 0
    assert str(out) in capsys.readouterr().out
    if fmt == "pdf":
        text = _pdf_text(out)
        assert "Rekap mingguan kegiatan Bhabinkamtibmas" in text
        assert "25 November 2024 – 1 Desember 2024" in text
    if fmt == "csv":
        assert "A. Kegiatan per jenis dan kelurahan" in out.read_text(encoding="utf-8-sig")


def test_recap_text_goes_to_stdout_by_default(demo_target: str, capsys) -> None:
    rc = main(["--db", demo_target, "report", "recap", "--format", "text"])
    assert rc == 0
    out = capsys.readouterr().out
    assert "REKAP MINGGUAN" in out and "25 November 2024 – 1 Desember 2024" in out
    assert len(out) <= 4100


def test_recap_month_by_period(demo_target: str, capsys) -> None:
    rc = main(
        ["--db", demo_target, "report", "recap", "--from", "1/11/2024", "--period", "month"]
        + ["--format", "text"]
    )
    assert rc == 0
    assert "REKAP BULANAN" in capsys.readouterr().out


def test_kegiatan_and_release_of_the_seed(demo_target: str, tmp_path: Path, capsys) -> None:
    number = _seed_number(demo_target)
    out = tmp_path / "kegiatan.pdf"
    assert main(["--db", demo_target, "report", "kegiatan", number, "--out", str(out)]) == 0
    text = _pdf_text(out)
    assert "LAPORAN KEGIATAN" in text and number in text and "Jalan Salemba Raya" in text
    capsys.readouterr()
    assert main(["--db", demo_target, "report", "release", number, "--format", "text"]) == 0
    release = " ".join(capsys.readouterr().out.split())
    for fact in (
        "Paseban",
        "RT 01 RW 06",
        "Jalan Salemba Raya",
        "Senin, 2 Desember 2024",
        "Polsek Senen",
        "Bambang Santoso",
        "aman dan kondusif",
        "Humas Polres Metro Jakarta Pusat",
    ):
        assert fact in release, fact
    docx_out = tmp_path / "rilis.docx"
    assert main(["--db", demo_target, "report", "release", number, "--out", str(docx_out)]) == 0
    import docx

    assert "Jalan Salemba Raya" in "\n".join(
        p.text for p in docx.Document(str(docx_out)).paragraphs
    )


def test_informasi(demo_target: str, tmp_path: Path) -> None:
    number = _information_number(demo_target)
    out = tmp_path / "li.docx"
    assert (
        main(
            [
                "--db",
                demo_target,
                "report",
                "informasi",
                number,
                "--format",
                "docx",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    import docx

    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "LAPORAN INFORMASI" in text and "R/LI-" in text and "I. PENDAHULUAN" in text


def test_errors_are_one_indonesian_line(demo_target: str, tmp_path: Path, capsys) -> None:
    assert (
        main(
            [
                "--db",
                demo_target,
                "report",
                "kegiatan",
                "LK/9999/XII/2024",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err.strip()
    assert err == "sambang: Laporan 'LK/9999/XII/2024' tidak ditemukan."
    assert (
        main(["--db", demo_target, "report", "recap", "--from", "31/02/2024", "--format", "text"])
        == 1
    )
    assert "tidak ada di kalender" in capsys.readouterr().err
    assert (
        main(["--db", demo_target, "report", "recap", "--from", "10/12/2024", "--to", "1/12/2024"])
        == 1
    )
    assert "sebelum tanggal awal" in capsys.readouterr().err
    seed = _seed_number(demo_target)
    assert main(["--db", demo_target, "report", "informasi", seed, "--format", "text"]) == 1
    assert "bukan deteksi dini" in capsys.readouterr().err
    blocked = tmp_path / "file"
    blocked.write_text("x")
    rc = main(
        ["--db", demo_target, "report", "recap", "--format", "pdf", "--out", str(blocked / "r.pdf")]
    )
    assert rc == 1
    err = capsys.readouterr().err
    assert err.startswith("sambang: ") and err.count("\n") == 1 and "Traceback" not in err
    assert main(["--db", demo_target, "report", "recap", "--format", "xls"]) == 2


def test_help_imports_no_document_library() -> None:
    code = (
        "import sys\n"
        "from sambang_tui.cli import build_parser\n"
        "build_parser()\n"
        "print(sorted(m for m in ('fpdf', 'docx', 'textual', 'pypdf') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_date_option_dates_the_document(demo_target: str, capsys) -> None:
    """Dated on the activity's day by default (2 December 2024, whatever day
    it is printed); ``--date`` says otherwise; a wrong date is one line."""
    number = _seed_number(demo_target)
    argv = ["--db", demo_target, "report", "kegiatan", number, "--format", "text"]
    assert main(argv) == 0
    assert "Jakarta Pusat, 2 Desember 2024" in capsys.readouterr().out
    assert main([*argv, "--date", "6/12/2024"]) == 0
    assert "Jakarta Pusat, 6 Desember 2024" in capsys.readouterr().out
    assert main([*argv, "--date", "31/02/2024"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "31/02/2024" in err[0]
    info = _information_number(demo_target)
    assert main(["--db", demo_target, "report", "informasi", info, "--format", "text",
                 "--date", "7/12/2024"]) == 0  # fmt: skip
    assert "Jakarta Pusat, 7 Desember 2024" in capsys.readouterr().out
