"""``sambang inbox import`` and ``sambang inbox list``."""

from __future__ import annotations

from pathlib import Path

import inbox_exports as ie

from sambang_tui import cli
from sambang_tui.db.models import InboxItem
from sambang_tui.services.admin import runtime


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _items(target: str) -> int:
    runtime.connect(target)
    try:
        return InboxItem.select().count()
    finally:
        runtime.close()


def test_import_prints_the_counts(demo_target: str, tmp_path: Path, capsys) -> None:
    path = ie.write_zip(tmp_path / "grup.zip", ie.day_messages(), "android_id")
    code, out, err = run(capsys, "inbox", "import", str(path), "--dry-run", "--db", demo_target)
    assert code == 0, err
    assert out.splitlines() == [
        "Uji coba (--dry-run): tidak ada yang disimpan.",
        "Ekspor: grup.zip (02/12/2024 07.00 – 02/12/2024 22.41)",
        "Pesan: 12 (baris sistem: 2)",
        "Laporan ditemukan: 3 (obrolan: 9)",
        "Akan baru di Kotak masuk: 3",
        "Sudah ada di Kotak masuk: 0",
        "Kemungkinan sudah diinput: 1",
        "Foto: 3",
    ]
    assert _items(demo_target) == 0
    code, out, err = run(capsys, "inbox", "import", str(path), "--db", demo_target)
    assert code == 0, err
    assert "Baru di Kotak masuk: 3" in out and "Foto: 3" in out
    code, out, err = run(capsys, "inbox", "import", str(path), "--db", demo_target)
    assert "Baru di Kotak masuk: 0" in out and "Sudah ada di Kotak masuk: 3" in out
    assert _items(demo_target) == 3


def test_a_text_export_says_its_media_were_left_out(demo_target, tmp_path, capsys) -> None:
    path = ie.write_text(tmp_path / "chat.txt", ie.day_messages(), "ios_en_us")
    code, out, err = run(capsys, "inbox", "import", str(path), "--db", demo_target)
    assert code == 0, err
    assert "Foto: 0 (4 media tidak disertakan dalam ekspor)" in out


def test_list_one_line_per_item(demo_target: str, tmp_path: Path, capsys) -> None:
    code, out, _ = run(capsys, "inbox", "list", "--db", demo_target)
    assert code == 0 and out.strip() == "Kotak masuk kosong."
    path = ie.write_zip(tmp_path / "grup.zip", ie.day_messages(), "android_id")
    run(capsys, "inbox", "import", str(path), "--db", demo_target)
    code, out, err = run(capsys, "inbox", "list", "--db", demo_target)
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 3 and all(len(line) <= 80 for line in lines[:2])
    assert lines[0].split()[1:] == [
        "baru", "02/12/24", "22.40", "Bripka", "Dwi", "Hartono", "Kramat", "SB", "1", "foto"
    ]  # fmt: skip
    assert "Aipda Yusuf Maulana" in lines[1]  # matched by phone number
    assert lines[2].endswith("2 foto sudah diinput?")
    code, out, _ = run(capsys, "inbox", "list", "--state", "disimpan", "--db", demo_target)
    assert out.strip() == "Kotak masuk kosong."


def test_a_file_that_is_no_export_exits_1_with_one_line(demo_target, tmp_path, capsys) -> None:
    path = tmp_path / "catatan.txt"
    path.write_text("bukan chat\n", encoding="utf-8")
    code, out, err = run(capsys, "inbox", "import", str(path), "--db", demo_target)
    assert code == 1 and out == ""
    assert err.startswith("sambang: catatan.txt bukan ekspor chat WhatsApp")
    assert len(err.strip().splitlines()) == 1
    code, _, err = run(
        capsys, "inbox", "import", str(tmp_path / "tidak-ada.zip"), "--db", demo_target
    )
    assert code == 1 and "tidak ada" in err


def test_since_takes_the_desks_dates(demo_target, tmp_path, capsys) -> None:
    path = ie.write_zip(tmp_path / "grup.zip", ie.day_messages(), "android_id")
    code, out, err = run(
        capsys, "inbox", "import", str(path), "--since", "03/12/2024", "--db", demo_target
    )
    assert code == 0, err
    assert "Pesan: 0" in out
    code, _, err = run(
        capsys, "inbox", "import", str(path), "--since", "31/02", "--db", demo_target
    )
    assert code == 2
