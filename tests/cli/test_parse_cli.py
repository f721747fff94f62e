"""``sambang parse [FILE|-]``: JSON of the recognised fields, names
resolved in the database given with --db; one-line errors, exit 1."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from sambang_tui.cli import main

MESSAGES = Path(__file__).resolve().parent.parent / "data" / "messages"
KEYS = [
    "date", "time", "officer", "kelurahan", "rw", "rt", "place", "types",
    "audience", "message", "findings", "situation", "narrative", "doubtful",
]  # fmt: skip


def run(capsys, *argv: str) -> tuple[int, dict | None, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, json.loads(out) if code == 0 else None, err


def test_parse_file_resolves_against_the_database(demo_target: str, capsys) -> None:
    code, data, err = run(
        capsys, "--db", demo_target, "parse", str(MESSAGES / "16_prose_paseban_release.txt")
    )
    assert code == 0, err
    assert list(data) == KEYS
    assert data["date"] == "2024-12-02" and data["time"] == "10:00"
    assert data["officer"] == "Aiptu Heri Kurniawan · 79100586"
    assert data["kelurahan"] == "Paseban"
    assert (data["rw"], data["rt"]) == (6, 1)
    assert data["place"] == "Jalan Salemba Raya"
    assert data["types"] == ["SB", "CS"]
    assert data["audience"] == {"warga": None, "tokoh_masyarakat": None, "kelompok_pemuda": None}
    assert data["situation"] == "aman_kondusif"
    assert data["message"].startswith("Ia menghimbau agar warga")
    assert "Kapolsek Senen" in data["narrative"]


@pytest.mark.parametrize("argv", [["parse", "-"], ["parse"]])
def test_parse_stdin(demo_target: str, capsys, monkeypatch, argv: list[str]) -> None:
    text = "sambang warga RT 03/05 kwitng pkl 09.30, ± 10 org, aman"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    code, data, err = run(capsys, "--db", demo_target, *argv)
    assert code == 0, err
    assert data["kelurahan"] == "Kwitang"
    assert data["officer"] is None  # nobody named: Kwitang's Bhabin is not guessed
    assert data["audience"] == {"warga": 10}
    assert data["date"] is None  # not written: not guessed


def test_db_after_the_subcommand(demo_target: str, capsys) -> None:
    code, data, err = run(
        capsys, "parse", str(MESSAGES / "14_numbered_kenari_nrp.txt"), "--db", demo_target
    )
    assert code == 0, err
    assert data["officer"] == "Bripka Agus Setiawan · 83020745"


def test_missing_file_empty_input_and_bad_encoding(
    demo_target: str, tmp_path, capsys, monkeypatch
) -> None:
    code, _, err = run(capsys, "--db", demo_target, "parse", str(tmp_path / "tidak-ada.txt"))
    assert code == 1
    assert err.count("\n") == 1 and "tidak ditemukan" in err

    empty = tmp_path / "kosong.txt"
    empty.write_text("  \n", encoding="utf-8")
    code, _, err = run(capsys, "--db", demo_target, "parse", str(empty))
    assert code == 1 and err.startswith("sambang: Pesan kosong") and err.count("\n") == 1

    latin = tmp_path / "latin.txt"
    latin.write_bytes("Sambang ± 15 orang".encode("latin-1"))
    code, _, err = run(capsys, "--db", demo_target, "parse", str(latin))
    assert code == 1 and "UTF-8" in err and err.count("\n") == 1


def test_unusable_database_is_one_line(tmp_path, capsys) -> None:
    message = tmp_path / "pesan.txt"
    message.write_text("sambang RT 01 RW 02", encoding="utf-8")
    bad = tmp_path / "rusak.db"
    bad.write_bytes(b"bukan basis data sama sekali")
    code, _, err = run(capsys, "--db", str(bad), "parse", str(message))
    assert code == 1
    assert err.startswith("sambang: ") and err.count("\n") == 1 and "Traceback" not in err


def test_markup_and_escapes_pass_through_as_text(demo_target: str, tmp_path, capsys) -> None:
    message = tmp_path / "pesan.txt"
    message.write_text("[bold]Sambang[/] RT 01 RW 02 \x1b[31m", encoding="utf-8")
    code, data, err = run(capsys, "--db", demo_target, "parse", str(message))
    assert code == 0, err
    assert "[bold]Sambang[/]" in data["narrative"] and "\x1b" not in data["narrative"]


def test_hard_wrapped_message(demo_target: str, capsys) -> None:
    code, data, err = run(
        capsys, "--db", demo_target, "parse", str(MESSAGES / "67_numbered_wrapped_paseban.txt")
    )
    assert code == 0, err
    assert data["officer"] == "Aiptu Heri Kurniawan · 79100586"
    assert data["place"] == "Jl. Salemba Raya" and (data["rw"], data["rt"]) == (6, 1)
    assert data["message"] == (
        "agar warga tetap menjaga keamanan lingkungan dan segera melapor ke "
        "Bhabinkamtibmas bila ada gangguan"
    )
    assert data["findings"] == "Warga menerima himbauan dengan baik"
    assert data["situation"] == "aman_kondusif"


def test_a_date_without_a_year_is_the_latest_before_today(
    demo_target: str, tmp_path, capsys, monkeypatch
) -> None:
    message = tmp_path / "pesan.txt"
    message.write_text("sambang RW 01 kamis 5/12 pkl 10.00", encoding="utf-8")
    monkeypatch.setenv("SAMBANG_TODAY", "2025-01-10")
    code, data, err = run(capsys, "--db", demo_target, "parse", str(message))
    assert code == 0, err
    assert data["date"] == "2024-12-05"  # a Thursday, last month
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    code, data, err = run(capsys, "--db", demo_target, "parse", str(message))
    assert code == 0, err
    # never tomorrow; and no 5 December of the last three years was a Thursday
    assert data["date"] is None and data["doubtful"] == ["date"]


def test_several_activities_print_a_list(demo_target: str, capsys) -> None:
    code, data, err = run(
        capsys, "--db", demo_target, "parse", str(MESSAGES / "95_multi_two_templates.txt")
    )
    assert code == 0, err
    assert isinstance(data, list) and len(data) == 2
    assert [r["types"] for r in data] == [["SB"], ["PS"]]
    assert [r["time"] for r in data] == ["09:00", "14:00"]
    assert all(list(r) == KEYS for r in data)
