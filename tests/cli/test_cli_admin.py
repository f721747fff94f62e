from __future__ import annotations

import grp
import os
import sqlite3
import stat
from pathlib import Path

from sambang_tui import cli
from sambang_tui.db.database import sqlite_path
from sambang_tui.db.models import Officer, Report
from sambang_tui.services.admin import runtime


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_writes_and_refuses_to_overwrite(tmp_path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    target = str(tmp_path / "x.db")
    code, out, err = run(capsys, "demo", "--db", target)
    assert code == 0, err
    assert "Polsek Senen" in out and "laporan" in out
    code, out, err = run(capsys, "demo", "--db", target)
    assert code == 1
    assert "sudah berisi data" in err and "--force" in err
    assert err.count("\n") == 1
    code, out, err = run(capsys, "demo", "--db", target, "--force")
    assert code == 0, err
    code, out, err = run(capsys, "check", "--db", target)
    assert code == 0 and "BAIK" in out


def test_demo_without_db_goes_to_the_data_dir(capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, "demo")
    assert code == 0
    from sambang_tui.config import data_dir

    assert (data_dir() / "demo.db").exists()
    assert str(data_dir() / "demo.db") in out


def test_demo_refuses_a_foreign_file(tmp_path, capsys) -> None:
    target = tmp_path / "notes.db"
    target.write_text("my notes, not a database")
    code, _, err = run(capsys, "demo", "--db", str(target))
    assert code == 1 and "--force" in err
    assert target.read_text() == "my notes, not a database"


def test_migrate_reports_version(db_target: str, capsys) -> None:
    code, out, err = run(capsys, "--db", db_target, "migrate")
    assert code == 0, err
    code, out, err = run(capsys, "migrate", "--db", db_target)
    assert code == 0 and "mutakhir" in out


def test_check_on_a_good_database(demo_target: str, capsys) -> None:
    code, out, err = run(capsys, "check", "--db", demo_target)
    assert code == 0, err
    assert "BAIK" in out and "versi skema" in out


def test_check_on_a_corrupt_file(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"garbage" * 500)
    code, out, err = run(capsys, "check", "--db", str(bad))
    assert code == 1
    assert "BERMASALAH" in err and "bukan basis data SQLite" in err
    assert "Traceback" not in err


def test_check_on_damaged_pages(tmp_path, capsys) -> None:
    path = tmp_path / "damaged.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    con.execute("CREATE INDEX t_v ON t (v)")
    con.executemany("INSERT INTO t (v) VALUES (?)", [(f"value {i}" * 20,) for i in range(2000)])
    con.commit()
    con.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096 * 7):
        data[offset + 100 : offset + 400] = b"\xff" * 300
    path.write_bytes(bytes(data))
    code, out, err = run(capsys, "check", "--db", str(path))
    assert code == 1
    assert "MASALAH" in err
    assert "Traceback" not in err


def test_check_on_a_missing_file(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "check", "--db", str(tmp_path / "none.db"))
    assert code == 1 and "tidak ada" in err


def test_backup_and_restore_round_trip(demo_target: str, tmp_path, capsys) -> None:
    if sqlite_path(demo_target) is None:
        code, _, err = run(capsys, "backup", "--db", demo_target)
        assert code == 1 and "pg_dump" in err
        code, _, err = run(capsys, "restore", str(tmp_path / "x.db"), "--db", demo_target)
        assert code == 1 and "pg_dump" in err
        return
    code, out, err = run(capsys, "backup", "--db", demo_target)
    assert code == 0, err
    made = Path(out.strip().split(": ", 1)[1])
    assert made.parent == Path(demo_target).parent / "backups"
    assert made.name.startswith("sambang-2024") and made.suffix == ".db"
    runtime.connect(demo_target)
    count = Report.select().count()
    Report.delete().where(Report.id > 10).execute()
    runtime.close()
    code, out, err = run(capsys, "restore", str(made), "--db", demo_target)
    assert code == 0, err
    assert "sebelum-restore" in out
    runtime.connect(demo_target)
    assert Report.select().count() == count
    runtime.close()
    code, _, _ = run(capsys, "check", "--db", demo_target)
    assert code == 0


def test_backup_into_a_named_file_refuses_to_overwrite(demo_target: str, tmp_path, capsys) -> None:
    if sqlite_path(demo_target) is None:
        return
    dest = tmp_path / "copy.db"
    assert run(capsys, "backup", str(dest), "--db", demo_target)[0] == 0
    code, _, err = run(capsys, "backup", str(dest), "--db", demo_target)
    assert code == 1 and "sudah ada" in err


def test_restore_refuses_a_bad_file(demo_target: str, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"junk" * 100)
    code, _, err = run(capsys, "restore", str(bad), "--db", demo_target)
    assert code == 1
    if sqlite_path(demo_target) is None:
        assert "pg_dump" in err
        return
    assert "tidak dapat dipulihkan" in err
    runtime.connect(demo_target)
    assert Report.select().count() > 100


def test_restore_refuses_a_newer_schema(demo_target: str, tmp_path, capsys) -> None:
    if sqlite_path(demo_target) is None:
        return
    newer = tmp_path / "newer.db"
    assert run(capsys, "backup", str(newer), "--db", demo_target)[0] == 0
    con = sqlite3.connect(newer)
    con.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_future', '2030-01-01')")
    con.commit()
    con.close()
    code, _, err = run(capsys, "restore", str(newer), "--db", demo_target)
    assert code == 1 and "lebih baru" in err


def test_restore_needs_an_admin(demo_target: str, tmp_path, capsys, monkeypatch) -> None:
    if sqlite_path(demo_target) is None:
        return
    copy = tmp_path / "copy.db"
    assert run(capsys, "backup", str(copy), "--db", demo_target)[0] == 0
    monkeypatch.setenv("SAMBANG_USER", "bhabin.paseban")
    code, _, err = run(capsys, "restore", str(copy), "--db", demo_target)
    assert code == 1 and "admin" in err


def test_restore_replaces_a_corrupt_database(tmp_path, capsys) -> None:
    good = tmp_path / "good.db"
    assert run(capsys, "migrate", "--db", str(good))[0] == 0
    broken = tmp_path / "live.db"
    broken.write_bytes(b"broken" * 100)
    code, out, err = run(capsys, "restore", str(good), "--db", str(broken))
    assert code == 0, err
    assert "rusak" in out
    assert run(capsys, "check", "--db", str(broken))[0] == 0


def test_init_admin(demo_target: str, capsys) -> None:
    code, out, err = run(capsys, "init", "--admin", "kanit", "--db", demo_target)
    assert code == 0, err
    assert "Dedi Suryadi" in out
    runtime.connect(demo_target)
    assert Officer.get(Officer.os_user == "kanit").is_admin
    runtime.close()
    code, _, err = run(capsys, "init", "--admin", "nobody", "--db", demo_target)
    assert code == 1 and "nobody" in err


def test_init_needs_an_option(capsys) -> None:
    code, _, err = run(capsys, "init")
    assert code == 2 and "--admin" in err
    code, _, err = run(capsys, "init", "--shared", "/tmp/x")
    assert code == 2 and "--group" in err


def test_init_shared(tmp_path, capsys) -> None:
    group = grp.getgrgid(os.getgid()).gr_name
    folder = tmp_path / "srv" / "sambang"
    code, out, err = run(capsys, "init", "--shared", str(folder), "--group", group)
    assert code == 0, err
    db_path = folder / "sambang.db"
    assert f"export SAMBANG_DB={db_path}" in out
    mode = folder.stat().st_mode
    assert mode & stat.S_ISGID and stat.S_IMODE(mode) == 0o2770
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o660
    # a second process writing there makes -wal/-shm group-writable too
    code, _, err = run(capsys, "migrate", "--db", str(db_path))
    assert code == 0, err
    runtime.connect(str(db_path))
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        assert side.exists()
        assert stat.S_IMODE(side.stat().st_mode) == 0o660
        assert side.stat().st_gid == os.getgid()
    runtime.close()


def test_init_shared_unknown_group(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "init", "--shared", str(tmp_path / "s"), "--group", "no-such-grp-x")
    assert code == 1 and "groupadd" in err


def test_demo_on_the_test_database(db_target: str, capsys) -> None:
    """On SQLite a new file, on PostgreSQL the emptied server database."""
    code, out, err = run(capsys, "demo", "--db", db_target)
    assert code == 0, err
    code, _, err = run(capsys, "demo", "--db", db_target)
    assert code == 1 and "--force" in err
    code, _, err = run(capsys, "demo", "--db", db_target, "--force")
    assert code == 0, err
    runtime.connect(db_target)
    assert Officer.select().where(Officer.os_user == "desk").count() == 1
    assert Report.select().where(Report.place == "Jalan Salemba Raya").exists()
    runtime.close()
    assert run(capsys, "check", "--db", db_target)[0] == 0


def test_shared_folder_umask(tmp_path) -> None:
    from sambang_tui.services.admin.shared_setup import apply_shared_umask

    plain = tmp_path / "plain"
    plain.mkdir()
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o2770)
    old = os.umask(0o022)
    try:
        assert not apply_shared_umask(str(plain / "x.db"))
        assert not apply_shared_umask("postgresql://u@h/db")
        assert apply_shared_umask(str(shared / "x.db"))
        made = shared / "new-file"
        made.write_text("x")
        assert stat.S_IMODE(made.stat().st_mode) == 0o660
    finally:
        os.umask(old)
