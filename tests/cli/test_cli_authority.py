"""Authority for the commands that change who may do what (issue 11, points
2, 4 and 5), from the command line. The same attempts by real OS users, on
the shared set-up, are in ``tests/robustness/test_os_users.py``.

An identity taken from ``SAMBANG_USER`` (test databases are demos) is never
root; the file-owner rule is exercised by giving the file to another uid."""

from __future__ import annotations

import grp
import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from sambang_tui import cli
from sambang_tui.db.database import sqlite_path
from sambang_tui.db.migrate import migration_names
from sambang_tui.db.models import Officer, Report, Setting
from sambang_tui.services.admin import runtime
from sambang_tui.services.core import identity

NOBODY = 65534


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def digest(path: Path) -> str:
    """What a database holds, read through SQLite (the file may be rewritten
    page by page with the same content)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = []
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1"):
            if name.startswith("report_fts"):
                continue
            rows.append(repr(con.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()))
        return hashlib.sha256("".join(rows).encode()).hexdigest()
    finally:
        con.close()


# --- init --admin ----------------------------------------------------------------


def test_init_admin_by_a_desk_or_a_login_with_no_officer_is_refused(
    demo_target: str, capsys, monkeypatch
) -> None:
    for who in ("bhabin.paseban", "tamu"):
        monkeypatch.setenv("SAMBANG_USER", who)
        code, _, err = run(capsys, "init", "--admin", who, "--db", demo_target)
        assert code == 1, who
        assert "Hanya admin Polsek, root, atau pemilik berkas" in err and f"'{who}'" in err
    runtime.connect(demo_target)
    try:
        assert not Officer.get(Officer.os_user == "bhabin.paseban").is_admin
    finally:
        runtime.close()


def test_the_owner_sets_up_a_station_with_no_admin_yet(db_target: str, capsys, monkeypatch) -> None:
    runtime.connect(db_target)
    Officer.create(
        station=1, nrp="86040977", name="Rina", rank="Bripka", role="desk", os_user="rina"
    )
    runtime.close()
    path = sqlite_path(db_target)
    monkeypatch.setenv("SAMBANG_USER", "tamu")  # acting as a login with no officer
    if path is not None:
        os.chown(path, NOBODY, -1)  # someone else's file: not the owner
        code, _, err = run(capsys, "init", "--admin", "rina", "--db", db_target)
        assert code == 1 and "pemilik berkas basis data" in err
        os.chown(path, os.getuid(), -1)
    code, out, err = run(capsys, "init", "--admin", "rina", "--db", db_target)
    assert code == 0, err  # the file's owner (on PostgreSQL: a session owning the database)
    monkeypatch.setenv("SAMBANG_USER", "tamu")
    code, _, err = run(capsys, "init", "--admin", "rina", "--db", db_target)
    assert code == 1  # an admin exists now: the owner is no admin any more


# --- demo --force -------------------------------------------------------------------


def test_demo_never_replaces_a_stations_data(db_target: str, capsys) -> None:
    runtime.connect(db_target)
    Setting.delete().execute()  # a station's database, not a demo
    Officer.create(
        station=1, nrp="86040977", name="Rina", rank="Bripka", role="desk", os_user="rina"
    )
    runtime.close()
    for extra in ((), ("--force",)):
        code, _, err = run(capsys, "demo", "--db", db_target, *extra)
        assert code == 1 and "berisi data Polsek (bukan demo)" in err
    runtime.connect(db_target)
    try:
        assert [o.name for o in Officer.select()] == ["Rina"]
        assert not Report.select().exists()
    finally:
        runtime.close()


def test_demo_force_backs_up_and_rewrites_the_same_file(demo_target: str, capsys) -> None:
    path = sqlite_path(demo_target)
    if path is None:  # PostgreSQL: a pg_dump first, then the tables rewritten in one transaction
        code, out, err = run(capsys, "demo", "--db", demo_target, "--force")
        assert code == 0, err
        kept = Path(out.splitlines()[0].split(" di ", 1)[1])
        assert kept.suffix == ".dump" and kept.stat().st_size > 0
        return
    inode = path.stat().st_ino
    open_before = sqlite3.connect(path)  # a desk app still open on it
    open_before.execute("UPDATE report SET place = 'diubah'")
    open_before.commit()
    code, out, err = run(capsys, "demo", "--db", demo_target, "--force")
    assert code == 0, err
    kept = Path(out.splitlines()[0].split(" di ", 1)[1])
    assert kept.parent == path.parent / "backups" and "sebelum-demo" in kept.name
    assert (
        sqlite3.connect(kept)
        .execute("SELECT count(*) FROM report WHERE place='diubah'")
        .fetchone()[0]
    )
    assert path.stat().st_ino == inode  # the same file: never unlinked under a running app
    fresh = open_before.execute("SELECT count(*) FROM report WHERE place = 'diubah'").fetchone()[0]
    assert fresh == 0  # the open connection sees the new demo
    open_before.close()
    assert run(capsys, "check", "--db", demo_target)[0] == 0


# --- restore ---------------------------------------------------------------------------


def _good_copy(target: str, tmp_path: Path, capsys, name: str = "good.db") -> Path:
    copy = tmp_path / name
    assert run(capsys, "backup", str(copy), "--db", target)[0] == 0
    return copy


def _tamper(path: Path, *sql: str) -> Path:
    con = sqlite3.connect(path)
    for statement in sql:
        con.execute(statement)
    con.commit()
    con.close()
    return path


def test_restore_refuses_files_that_are_not_exactly_sambangs(
    demo_target: str, tmp_path: Path, capsys
) -> None:
    path = sqlite_path(demo_target)
    if path is None:
        return  # PostgreSQL is restored with pg_restore (test_backup_and_restore_round_trip)
    before = digest(path)
    evil = {
        "trigger": _tamper(
            _good_copy(demo_target, tmp_path, capsys, "trigger.db"),
            "CREATE TRIGGER auto_verify AFTER INSERT ON report BEGIN "
            "UPDATE report SET status = 'diverifikasi' WHERE id = new.id; END",
            "CREATE TRIGGER forget AFTER INSERT ON audit_event WHEN new.os_user = 'desk' BEGIN "
            "DELETE FROM audit_event WHERE id = new.id; END",
        ),
        "view": _tamper(
            _good_copy(demo_target, tmp_path, capsys, "view.db"),
            "ALTER TABLE audit_event RENAME TO audit_old",
            "CREATE VIEW audit_event AS SELECT * FROM audit_old",
            "CREATE TRIGGER swallow INSTEAD OF INSERT ON audit_event BEGIN SELECT 1; END",
        ),
    }
    only = tmp_path / "only.db"
    con = sqlite3.connect(only)
    con.execute(
        "CREATE TABLE schema_migration (id INTEGER PRIMARY KEY, name VARCHAR(255), applied DATETIME)"
    )
    con.executemany(
        "INSERT INTO schema_migration (name, applied) VALUES (?, '2024-12-04')",
        [(n,) for n in migration_names()],
    )
    con.commit()
    con.close()
    evil["only-history"] = only
    for what, file in evil.items():
        code, out, err = run(capsys, "check", "--db", str(file))
        assert code == 1 and "BERMASALAH" in err and "skema:" in err, what
        code, _, err = run(capsys, "restore", str(file), "--db", demo_target)
        assert code == 1 and "tidak dapat dipulihkan" in err, what
    assert "trigger auto_verify tambahan" in run(capsys, "check", "--db", str(evil["trigger"]))[2]
    assert (
        "audit_event adalah view, seharusnya table"
        in run(capsys, "check", "--db", str(evil["view"]))[2]
    )
    only_err = run(capsys, "check", "--db", str(only))[2]
    assert "skema: tabel activity_type tidak ada" in only_err and "perbedaan lain" in only_err
    assert digest(path) == before  # the current database: untouched and usable
    assert run(capsys, "check", "--db", demo_target)[0] == 0


@pytest.mark.parametrize("breakage", ["future-migration", "corrupt"])
def test_an_unopenable_database_is_restored_only_by_root_or_its_owner(
    demo_target: str, tmp_path: Path, capsys, monkeypatch, breakage: str
) -> None:
    path = sqlite_path(demo_target)
    if path is None:
        return  # PostgreSQL: pg_restore
    good = _good_copy(demo_target, tmp_path, capsys)
    if breakage == "future-migration":
        _tamper(
            path, "INSERT INTO schema_migration (name, applied) VALUES ('9999_x', '2030-01-01')"
        )
    else:
        with path.open("r+b") as fh:
            fh.write(b"\x00" * 16)
    broken = path.read_bytes()
    monkeypatch.setattr(identity, "real_person", lambda: identity.Person("desk1", NOBODY - 1))
    code, _, err = run(capsys, "restore", str(good), "--db", demo_target)
    assert code == 1 and "hanya root atau pemilik berkasnya" in err and "desk1" in err
    assert path.read_bytes() == broken
    monkeypatch.setattr(identity, "real_person", lambda: identity.Person("pemilik", os.getuid()))
    code, out, err = run(capsys, "restore", str(good), "--db", demo_target)
    assert code == 0, err
    if breakage == "corrupt":
        assert "rusak" in out  # kept aside as it was
    assert run(capsys, "check", "--db", demo_target)[0] == 0


def test_a_restored_file_keeps_the_shared_folders_rights(tmp_path: Path, capsys) -> None:
    group = grp.getgrgid(os.getgid()).gr_name
    folder = tmp_path / "srv"
    assert run(capsys, "init", "--shared", str(folder), "--group", group)[0] == 0
    db = folder / "sambang.db"
    good = tmp_path / "good.db"
    assert run(capsys, "backup", str(good), "--db", str(db))[0] == 0
    db.write_bytes(b"\x00" * 4096)  # broken: written again from scratch
    code, _, err = run(capsys, "restore", str(good), "--db", str(db))
    assert code == 0, err
    st = db.stat()
    assert stat.S_IMODE(st.st_mode) == 0o660 and st.st_gid == folder.stat().st_gid
    code, out, err = run(capsys, "check", "--db", str(db))
    assert code == 0, err


# --- file modes -------------------------------------------------------------------------


def test_check_reports_wrong_modes_and_groups_in_a_shared_folder(tmp_path: Path, capsys) -> None:
    group = grp.getgrgid(os.getgid()).gr_name
    folder = tmp_path / "srv"
    assert run(capsys, "init", "--shared", str(folder), "--group", group)[0] == 0
    db = folder / "sambang.db"
    assert run(capsys, "backup", "--db", str(db))[0] == 0
    made = next((folder / "backups").glob("*.db"))
    assert stat.S_IMODE(made.stat().st_mode) == 0o660  # written by the program: group rw
    os.chmod(made, 0o640)
    os.chmod(db, 0o664)
    os.chown(made, -1, NOBODY)
    code, _, err = run(capsys, "check", "--db", str(db))
    assert code == 1
    assert (
        f"hak akses: backups/{made.name}: mode 0640, grup {group} harus dapat membaca dan menulis"
        in err
    )
    assert f"hak akses: backups/{made.name}: grup" in err and f"seharusnya {group}" in err
    assert "hak akses: sambang.db: mode 0664, pengguna lain tidak boleh mengakses" in err


def test_a_personal_database_is_closed_to_other_users(tmp_path: Path, monkeypatch) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    os.chmod(data, 0o755)
    monkeypatch.setenv("SAMBANG_DATA_DIR", str(data))
    old = os.umask(0o022)
    try:
        db = data / "sambang.db"
        sqlite3.connect(db).close()  # as an older Sambang left it: 0644 in 0755
        os.chmod(db, 0o644)
        assert cli.main(["migrate", "--db", str(db)]) == 0
        backup_code = cli.main(["backup", "--db", str(db)])
    finally:
        os.umask(old)
    assert backup_code == 0
    assert stat.S_IMODE(data.stat().st_mode) == 0o700
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    made = next((data / "backups").glob("*.db"))
    assert stat.S_IMODE(made.stat().st_mode) == 0o600
    assert stat.S_IMODE((data / "backups").stat().st_mode) == 0o700
