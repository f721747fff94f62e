from __future__ import annotations

import argparse
import os
import subprocess
import sys

import pytest

from sambang_tui import cli


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_help_is_indonesian(capsys) -> None:
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "pemakaian: sambang" in out and "opsi" in out
    for command in ("demo", "migrate", "check", "import", "export", "backup", "restore", "init"):
        assert command in out


def test_version(capsys) -> None:
    from sambang_tui import __version__

    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out


def test_usage_errors_exit_2(capsys) -> None:
    code, _, err = run(capsys, "no-such-command")
    assert code == 2 and "pilihan tidak dikenal" in err
    code, _, err = run(capsys, "backup", "a", "b")
    assert code == 2 and "argumen tidak dikenal" in err


def test_db_before_or_after_the_command(tmp_path, capsys) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    assert run(capsys, "--db", str(a), "migrate")[0] == 0
    assert run(capsys, "migrate", "--db", str(b))[0] == 0
    assert a.exists() and b.exists()
    c = tmp_path / "c.db"
    assert run(capsys, "--db", str(tmp_path / "unused.db"), "migrate", "--db", str(c))[0] == 0
    assert c.exists() and not (tmp_path / "unused.db").exists()


def test_sambang_db_variable(tmp_path, capsys, monkeypatch) -> None:
    target = tmp_path / "env.db"
    monkeypatch.setenv("SAMBANG_DB", str(target))
    assert run(capsys, "migrate")[0] == 0
    assert target.exists()


def test_settings_file_db(tmp_path, capsys) -> None:
    from sambang_tui.config import Settings

    target = tmp_path / "from-settings.db"
    Settings(db=str(target)).save()
    assert run(capsys, "migrate")[0] == 0
    assert target.exists()


def test_environment_errors_are_one_line(tmp_path, capsys) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    cases = [
        ("migrate", "--db", str(blocker / "sub" / "x.db")),
        ("migrate", "--db", "mysql://u@h/db"),
        ("migrate", "--db", "postgresql://postgres@127.0.0.1:1/nothing"),
        ("check", "--db", str(tmp_path)),
    ]
    for argv in cases:
        code, _, err = run(capsys, *argv)
        assert code == 1, argv
        assert err.startswith(("sambang:", "Pemeriksaan")) and "Traceback" not in err, err
        assert err.strip().count("\n") <= 3, err


def test_broken_settings_file(capsys) -> None:
    from sambang_tui.config import settings_path

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("db = [unclosed", encoding="utf-8")
    code, _, err = run(capsys, "migrate")
    assert code == 1 and "pengaturan" in err and "Traceback" not in err


def test_unexpected_error_is_logged(tmp_path, capsys, monkeypatch) -> None:
    from sambang_tui.cli_commands import admin

    def boom(args) -> int:
        raise RuntimeError("kaput")

    monkeypatch.setattr(admin, "cmd_migrate", boom)
    code, _, err = run(capsys, "migrate", "--db", str(tmp_path / "x.db"))
    assert code == 1
    assert "kaput" in err and "cli-error.log" in err and "Traceback" not in err
    from sambang_tui.config import log_dir

    assert "RuntimeError" in (log_dir() / "cli-error.log").read_text()


def test_demo_flag_opens_the_app_on_a_fresh_demo(capsys, monkeypatch) -> None:
    from sambang_tui.config import data_dir
    from sambang_tui.ui import app as app_module

    seen = {}

    def fake_run(self, *a, **kw) -> None:
        seen["ctx"] = self.ctx

    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    monkeypatch.setattr(app_module.SambangApp, "run", fake_run)
    demo = data_dir() / "demo.db"
    assert cli.main(["--demo"]) == 0  # a new one
    from sambang_tui.db.models import Report
    from sambang_tui.services.admin import runtime

    runtime.connect(str(demo))
    Report.update(place="changed since").execute()
    runtime.close()
    assert cli.main(["--demo"]) == 0  # the earlier demo: kept as a backup, then rebuilt
    ctx = seen["ctx"]
    assert ctx.demo and ctx.db_target == str(demo)
    assert ctx.station_name == "Polsek Senen"
    assert ctx.actor.is_admin and ctx.actor.os_user == "desk"
    runtime.connect(str(demo))
    assert not Report.select().where(Report.place == "changed since").exists()
    runtime.close()
    kept = list((data_dir() / "backups").glob("sambang-*-sebelum-demo.db"))
    assert len(kept) == 1


def test_plain_start_opens_an_empty_database(capsys, monkeypatch) -> None:
    from sambang_tui.config import default_db_path
    from sambang_tui.ui import app as app_module

    seen = {}
    monkeypatch.setattr(app_module.SambangApp, "run", lambda self: seen.setdefault("ctx", self.ctx))
    assert cli.main([]) == 0
    assert seen["ctx"].db_target == str(default_db_path()) and not seen["ctx"].demo
    assert default_db_path().exists()


def _sambang(*argv: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sambang_tui", *argv],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.mark.parametrize("argv", [("--help",), ("demo", "--help"), ("export", "reports", "-h")])
def test_help_in_a_subprocess(argv) -> None:
    proc = _sambang(*argv)
    assert proc.returncode == 0, proc.stderr
    assert "pemakaian" in proc.stdout


def test_demo_then_check_in_a_subprocess(tmp_path) -> None:
    target = str(tmp_path / "x.db")
    proc = _sambang("demo", "--db", target, env={"SAMBANG_TODAY": "2024-12-04"})
    assert proc.returncode == 0, proc.stderr
    proc = _sambang("check", "--db", target)
    assert proc.returncode == 0, proc.stderr
    proc = _sambang("demo", "--db", target)
    assert proc.returncode == 1
    assert proc.stderr.startswith("sambang:") and proc.stderr.count("\n") == 1
    proc = _sambang("export", "reports", "--from", "x", "--to", "y", "--db", target)
    assert proc.returncode == 2


def _parsers(parser: argparse.ArgumentParser, name: str = "sambang"):
    yield name, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child_name, child in action.choices.items():
                yield from _parsers(child, f"{name} {child_name}")


PLACEHOLDERS = {
    "BASIS_DATA", "TANGGAL", "BERKAS", "BERKAS.csv", "NOMOR", "TEKS", "LANGKAH", "JENIS",
    "PERINTAH", "DATA", "TUJUAN", "LOGIN", "FOLDER", "GRUP", "N",
}  # fmt: skip


def test_usage_placeholders_are_indonesian(capsys) -> None:
    """Every value an option or argument takes is named in Indonesian (round
    21: `--from DATE_FROM`, `--out OUT`, `--db DB`, and both TGL and TANGGAL)."""
    named = set()
    for name, parser in _parsers(cli.build_parser()):
        for action in parser._actions:
            if action.nargs == 0 or action.choices is not None and action.metavar is None:
                continue  # a flag, or a closed list shown as {a,b}
            assert action.metavar in PLACEHOLDERS, (name, action.option_strings, action.metavar)
            named.add(action.metavar)
    assert "TANGGAL" in named and "BERKAS" in named
    code, out, _ = run(capsys, "report", "recap", "--help")
    assert code == 0
    assert "--from TANGGAL" in out and "--out BERKAS" in out and "--db BASIS_DATA" in out
    assert "DATE" not in out and "OUT" not in out
