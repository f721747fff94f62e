"""A command's errors read in the language given with --lang (issue 17)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sambang_tui.cli import main
from sambang_tui.i18n import set_language


@pytest.fixture(autouse=True)
def _indonesian_after() -> Iterator[None]:
    yield
    set_language("id")


def test_an_error_is_in_english_with_lang_en(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "pesan.txt"
    empty.write_text("\n", encoding="utf-8")
    assert main(["--lang", "en", "parse", str(empty)]) == 1
    assert f"sambang: Empty message: the file {empty} holds no text." in capsys.readouterr().err


def test_an_error_is_indonesian_by_default(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "pesan.txt"
    empty.write_text("\n", encoding="utf-8")
    assert main(["parse", str(empty)]) == 1
    assert f"sambang: Pesan kosong: berkas {empty} tidak berisi teks." in capsys.readouterr().err


# master import and reports (issue 17, part C): their errors were Indonesian
# sentences whatever --lang said


def _bad_officers(tmp_path: Path) -> Path:
    path = tmp_path / "personel.csv"
    path.write_text(
        "nrp,nama,pangkat,jabatan\n"
        "78050123,Sutrisno,Aiptu,bhabinkamtibmas\n"
        "1234x,Salah,Aiptu,bhabinkamtibmas\n"
        "78050123,Kembar,Aiptu,bhabinkamtibmas\n",
        encoding="utf-8",
    )
    return path


def test_a_bad_import_file_is_refused_in_english(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / "personel.csv"
    workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    assert main(["--lang", "en", "import", "officers", str(workbook), "--db", db_target]) == 1
    err = capsys.readouterr().err
    assert (
        "This file is an Excel workbook (.xlsx/.xls), not CSV. "
        "Save it again as CSV UTF-8 (Excel: Save As → CSV UTF-8)." in err
    ), err
    empty = tmp_path / "kosong.csv"
    empty.write_text("\n\n", encoding="utf-8")
    assert main(["--lang", "en", "import", "areas", str(empty), "--db", db_target]) == 1
    assert "The file is empty: there is no header row." in capsys.readouterr().err


def test_bad_import_rows_are_named_in_english(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bad_officers(tmp_path)
    assert main(["--lang", "en", "import", "officers", str(path), "--db", db_target]) == 1
    err = capsys.readouterr().err
    assert "personel.csv:3: The NRP may hold digits only (8 digits)." in err, err
    assert "personel.csv:4: NRP 78050123 is already on line 2." in err, err
    assert "Not saved: 3 lines: 0 new, 0 changed, 0 unchanged, 2 bad lines." in err, err
    assert "nothing was imported; fix the lines above or use --skip-bad." in err, err
    assert "baris" not in err and "Traceback" not in err


def test_bad_import_rows_keep_their_indonesian_words(
    db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _bad_officers(tmp_path)
    assert main(["import", "officers", str(path), "--db", db_target]) == 1
    err = capsys.readouterr().err
    assert "personel.csv:3: NRP hanya boleh berisi angka (8 digit)." in err, err
    assert "personel.csv:4: NRP 78050123 sudah ada di baris 2." in err, err
    assert "Tidak disimpan: 3 baris: 0 baru, 0 diubah, 0 tetap, 2 baris salah." in err, err
    assert "tidak ada yang diimpor; perbaiki baris di atas atau pakai --skip-bad." in err, err
