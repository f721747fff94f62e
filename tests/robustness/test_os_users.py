"""Issue 11, tried again as it was found: a dishonest desk officer on the
README's shared set-up (``sambang init --shared``), with separate OS accounts
for a desk officer, the Kanit, an admin, a login with no officer and an
outsider. Each attempt of the issue, the same way, is refused with a clear
message and loses nothing.

The users are real: CI runs as root (``.ci/run``), so the test creates
throw-away users and a group with ``useradd``/``groupadd`` and removes them
afterwards, and runs each command in a child that dropped to that user
(fork, ``setgroups``/``setgid``/``setuid``, then the CLI's ``main()``: the
project lives under /root, which the users may not read, so everything is
imported before the fork). Not as root, the same attempts run in this
process with the identity set to those logins, and the file-mode checks
that need other users assert what the program wrote instead.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import grp
import io
import os
import pwd
import secrets
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pgserver.peer import preload

from sambang_tui import cli
from sambang_tui.services.admin import runtime
from sambang_tui.services.core import identity

ROOT = os.getuid() == 0
ROLES = ("desk", "kanit", "admin", "noone", "outsider")
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64


@dataclass
class Run:
    code: int
    out: str
    err: str


@dataclass
class Station:
    """The shared set-up and the people of the station."""

    folder: Path
    db: Path
    work: Path
    group: str
    login: dict[str, str]
    report: str = ""
    informasi: str = ""
    users: list[str] = field(default_factory=list)

    def run(self, role: str, fn: Callable[[], int], env: dict[str, str] | None = None) -> Run:
        return run_as(self.login[role], fn, env or {}, self.work)

    def cli(self, role: str, *argv: str, env: dict[str, str] | None = None) -> Run:
        return self.run(role, lambda: cli.main([*argv, "--db", str(self.db)]), env)


def _child_env(work: Path, login: str, env: dict[str, str]) -> None:
    home = work / "home" / login
    for name in ("SAMBANG_USER", "SAMBANG_TODAY", "SAMBANG_DB"):
        os.environ.pop(name, None)
    os.environ.update(
        {
            "HOME": str(home),
            "SAMBANG_DATA_DIR": str(home / "data"),
            "SAMBANG_CONFIG_DIR": str(home / "config"),
            "SAMBANG_LOG_DIR": str(home / "log"),
            "USER": "root",  # the environment must not matter
            "LOGNAME": "root",
        }
    )
    os.environ.update(env)


def run_as(login: str, fn: Callable[[], int], env: dict[str, str], work: Path) -> Run:
    """``fn()`` (an exit code) as the OS user ``login``: a forked child that
    dropped to that user with its groups; its stdout and stderr as text."""
    runtime.close()  # the child must not share this process's connection
    if not ROOT:
        return _run_here(login, fn, env, work)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        return _fork_as(login, fn, env, work, out, err)


def _fork_as(login: str, fn: Callable[[], int], env: dict[str, str], work: Path, out, err) -> Run:  # noqa: ANN001
    entry = pwd.getpwnam(login)
    pid = os.fork()
    if pid == 0:
        code = 98
        try:
            os.dup2(out.fileno(), 1)
            os.dup2(err.fileno(), 2)
            sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), write_through=True)
            sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), write_through=True)
            os.setgroups(os.getgrouplist(login, entry.pw_gid))
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            _child_env(work, login, env)
            os.chdir(work)
            code = int(fn() or 0)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 2
        except BaseException:  # noqa: BLE001 - the parent reads it
            traceback.print_exc()
        finally:
            with contextlib.suppress(Exception):
                sys.stdout.flush()
                sys.stderr.flush()
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    out.seek(0)
    err.seek(0)
    return Run(os.waitstatus_to_exitcode(status), out.read().decode(), err.read().decode())


def _run_here(login: str, fn: Callable[[], int], env: dict[str, str], work: Path) -> Run:
    """Not root: the same call in this process, as ``login`` by identity."""
    saved = dict(os.environ)
    real = identity.real_person
    fake = identity.Person(login, 10_000 + sum(map(ord, login)))
    identity.real_person = lambda: fake  # type: ignore[assignment]
    out, err = io.StringIO(), io.StringIO()
    try:
        _child_env(work, login, env)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = int(fn() or 0)
    finally:
        identity.real_person = real  # type: ignore[assignment]
        os.environ.clear()
        os.environ.update(saved)
        runtime.close()
    return Run(code, out.getvalue(), err.getvalue())


@contextlib.contextmanager
def os_accounts(tag: str) -> Iterator[tuple[str, dict[str, str]]]:
    group = f"{tag}grp"
    login = {role: f"{tag}{role}" for role in ROLES}
    if not ROOT:
        yield group, login
        return
    subprocess.run(["groupadd", group], check=True, stdin=subprocess.DEVNULL)
    made: list[str] = []
    try:
        for role, name in login.items():
            extra = [] if role == "outsider" else ["-G", group]
            subprocess.run(
                ["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", *extra, name],
                check=True,
                stdin=subprocess.DEVNULL,
            )
            made.append(name)
        yield group, login
    finally:
        for name in made:
            subprocess.run(["userdel", name], check=False, stderr=subprocess.DEVNULL)
        subprocess.run(["groupdel", group], check=False, stderr=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def station() -> Iterator[Station]:
    preload()
    import sambang_tui.cli_commands.review  # noqa: F401 - loaded before any fork
    from sambang_tui.services import reports  # noqa: F401
    from sambang_tui.services.desk import drafts  # noqa: F401
    from sambang_tui.services.reports import attachments  # noqa: F401

    tag = "s11" + secrets.token_hex(2)
    work = Path(tempfile.mkdtemp(prefix=f"sambang-{tag}-"))
    os.chmod(work, 0o755)
    with os_accounts(tag) as (group, login):
        if not ROOT:
            group = grp.getgrgid(os.getgid()).gr_name
        for name in login.values():
            home = work / "home" / name
            home.mkdir(parents=True)
            if ROOT:
                os.chown(home, pwd.getpwnam(name).pw_uid, -1)
        folder = work / "srv"
        st = Station(folder, folder / "sambang.db", work, group, login)
        _set_up(st)
        try:
            yield st
        finally:
            runtime.close()
            shutil.rmtree(work, ignore_errors=True)


def _set_up(st: Station) -> None:
    """As root, as the README says: the shared folder, the officers (the
    file's owner may while the station has no admin), the first admin; then
    a report of the desk, submitted, and a Laporan Informasi."""
    assert cli.main(["init", "--shared", str(st.folder), "--group", st.group]) == 0
    people = st.work / "personel.csv"
    people.write_text(
        "nrp;nama;pangkat;jabatan;login\n"
        f"86040977;Rina Marlina;Bripka;desk;{st.login['desk']}\n"
        f"78110264;Dedi Suryadi;Iptu;kanit_binmas;{st.login['kanit']}\n"
        f"90010733;Andi Wijaya;Brigpol;other;{st.login['admin']}\n"
        "79100586;Heri Kurniawan;Aiptu;bhabinkamtibmas;\n",
        encoding="utf-8",
    )
    areas = st.work / "wilayah.csv"
    areas.write_text(
        "kelurahan;jenis;kecamatan;kota;rw;rt\nPaseban;kelurahan;Senen;Jakarta Pusat;6;1\n"
    )
    for path in (people, areas):
        os.chmod(path, 0o644)
    db = str(st.db)
    assert cli.main(["import", "officers", str(people), "--db", db]) == 0
    assert cli.main(["import", "areas", str(areas), "--db", db]) == 0
    assert cli.main(["init", "--admin", st.login["admin"], "--db", db]) == 0

    def desk_reports() -> int:
        from sambang_tui.db.models import Kelurahan, Officer
        from sambang_tui.services import reports
        from sambang_tui.services.reports.input import InformationInput, ReportInput

        runtime.connect(db)
        desk = runtime.actor_for()
        heri = Officer.get(Officer.nrp == "79100586").id
        kel = Kelurahan.get(Kelurahan.name == "Paseban").id
        base = {"date": dt.date.today(), "officer_ids": [heri], "kelurahan_id": kel}
        one = reports.create_report(
            desk, ReportInput(**base, type_ids=[1], narrative="Sambang warga."), submit=True
        )
        info = reports.create_report(
            desk,
            ReportInput(
                **base,
                type_ids=[4],
                narrative="Deteksi dini.",
                information=InformationInput(
                    source="Pak Darto, Ketua RT 01, 0812-3456-7890",
                    how_obtained="Ditemui langsung",
                    facts="Rencana aksi massa.",
                ),
            ),
        )
        print(one.number)
        print(info.number)
        return 0

    done = st.run("desk", desk_reports)
    assert done.code == 0, done.err
    st.report, st.informasi = done.out.split()


def status(st: Station) -> tuple[str, object, object]:
    con = sqlite3.connect(f"file:{st.db}?mode=ro", uri=True)
    try:
        return con.execute(
            "SELECT status, reviewed_at, reviewer_id FROM report WHERE number = ?", (st.report,)
        ).fetchone()
    finally:
        con.close()


def audit_users(st: Station) -> set[str]:
    con = sqlite3.connect(f"file:{st.db}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT os_user FROM audit_event")}
    finally:
        con.close()


# --- the attempts of the issue, in its order ----------------------------------------


def test_sambang_user_does_not_make_the_desk_the_kanit(station: Station) -> None:
    env = {"SAMBANG_USER": station.login["kanit"], "SAMBANG_TODAY": "2020-01-01"}
    tried = station.cli("desk", "review", "verify", station.report, env=env)
    assert tried.code == 1
    assert "SAMBANG_USER, SAMBANG_TODAY diabaikan" in tried.err
    assert "Hanya Kanit Binmas, Kapolsek atau Wakapolsek" in tried.err
    assert status(station)[0] == "diajukan"
    assert station.login["kanit"] not in audit_users(station)
    areas = str(station.work / "wilayah.csv")
    env = {"SAMBANG_USER": station.login["admin"]}
    tried = station.cli("desk", "import", "areas", areas, env=env)
    assert tried.code == 1 and "Hanya admin Polsek (atau root)" in tried.err
    # the Kanit's own verification is dated today, whatever SAMBANG_TODAY says
    done = station.cli(
        "kanit", "review", "verify", station.report, env={"SAMBANG_TODAY": "2020-01-01"}
    )
    assert done.code == 0, done.err
    state, reviewed_at, _ = status(station)
    assert state == "diverifikasi" and str(reviewed_at).startswith(dt.date.today().isoformat())


def test_init_admin_by_a_desk_or_a_login_with_no_officer(station: Station) -> None:
    for role in ("desk", "noone"):
        tried = station.cli(role, "init", "--admin", station.login[role])
        assert tried.code == 1, role
        assert "Hanya admin Polsek, root, atau pemilik berkas" in tried.err
    con = sqlite3.connect(f"file:{station.db}?mode=ro", uri=True)
    admins = {r[0] for r in con.execute("SELECT os_user FROM officer WHERE is_admin")}
    con.close()
    assert admins == {station.login["admin"]}


def test_demo_over_the_stations_database(station: Station) -> None:
    before = station.db.stat().st_ino, station.db.stat().st_uid
    tried = station.cli("noone", "demo", "--force")
    assert tried.code == 1 and "berisi data Polsek (bukan demo)" in tried.err
    assert (station.db.stat().st_ino, station.db.stat().st_uid) == before
    assert station.db.with_name("sambang.db-wal").exists() or True  # never deleted
    assert status(station)[0] in ("diajukan", "diverifikasi")


def test_restore_of_hostile_files_is_refused_even_to_the_admin(station: Station) -> None:
    copy = station.work / "home" / station.login["admin"] / "salinan.db"
    made = station.cli("admin", "backup", str(copy))
    assert made.code == 0, made.err
    con = sqlite3.connect(copy)
    con.execute(
        "CREATE TRIGGER auto_verify AFTER INSERT ON report BEGIN "
        "UPDATE report SET status = 'diverifikasi' WHERE id = new.id; END"
    )
    con.commit()
    con.close()
    checked = station.cli("admin", "check", env={})
    assert checked.code == 0, checked.err
    hostile = station.run("admin", lambda: cli.main(["check", "--db", str(copy)]))
    assert hostile.code == 1 and "trigger auto_verify tambahan" in hostile.err
    tried = station.cli("admin", "restore", str(copy))
    assert tried.code == 1 and "tidak dapat dipulihkan" in tried.err
    assert station.cli("desk", "check").code == 0  # the station's database, untouched


def test_an_unopenable_database_is_no_back_door_to_restore(station: Station) -> None:
    good = station.work / "home" / station.login["admin"] / "baik.db"
    assert station.cli("admin", "backup", str(good)).code == 0
    os.chmod(good, 0o644)  # the desk may read it (and is refused all the same)
    con = sqlite3.connect(station.db)
    con.execute("INSERT INTO schema_migration (name, applied) VALUES ('9999_nanti', '2030-01-01')")
    con.commit()
    con.close()
    for role in ("desk", "admin"):  # nobody can be looked up: root or the file's owner only
        tried = station.cli(role, "restore", str(good))
        assert tried.code == 1, role
        assert "hanya root atau pemilik berkasnya" in tried.err
    restored = cli.main(["restore", str(good), "--db", str(station.db)])  # root
    assert restored == 0
    st = station.db.stat()
    if ROOT:
        assert st.st_gid == grp.getgrnam(station.group).gr_gid
    assert stat.S_IMODE(st.st_mode) == 0o660
    assert station.cli("desk", "check").code == 0  # every desk can use it again


def test_informants_are_restricted_for_a_login_with_no_officer(station: Station) -> None:
    tried = station.cli("noone", "report", "informasi", station.informasi, "--format", "text")
    assert tried.code == 0, tried.err
    assert "Pak Darto" not in tried.out and "0812" not in tried.out and "(dibatasi)" in tried.out
    seen = station.cli("kanit", "report", "informasi", station.informasi, "--format", "text")
    assert seen.code == 0 and "Pak Darto" in seen.out


def test_two_instances_of_one_login_keep_two_drafts(station: Station) -> None:
    """Each child is an app instance of its own (another process); not as
    root, two ended sessions stand for them."""

    def type_and_die(text: str) -> Callable[[], int]:
        def act() -> int:
            from sambang_tui.services.desk import drafts

            runtime.connect(str(station.db))
            session = None if ROOT else f"{drafts._host()}:{2**22 + len(text)}:1"
            drafts.save_draft(
                runtime.actor_for().os_user, "entry.new", {"narrative": text}, session=session
            )
            return 0

        return act

    assert station.run("desk", type_and_die("jendela satu")).code == 0
    assert station.run("desk", type_and_die("jendela dua")).code == 0

    def offered() -> int:
        from sambang_tui.services.desk import drafts

        runtime.connect(str(station.db))
        for draft in drafts.orphaned_drafts(runtime.actor_for().os_user):
            print(draft.hint)
        return 0

    listed = station.run("desk", offered)
    assert sorted(listed.out.split("\n")[:-1]) == ["jendela dua", "jendela satu"]


def test_attachments_are_images_and_readable_by_the_station(station: Station) -> None:
    photo = station.work / "foto.jpg"
    photo.write_bytes(JPEG)
    link = station.work / "link.png"
    link.symlink_to("/etc/passwd")
    os.chmod(photo, 0o644)

    def attach(path: Path) -> Callable[[], int]:
        def act() -> int:
            from sambang_tui.db.models import Report
            from sambang_tui.services.core.errors import ValidationError
            from sambang_tui.services.reports import attachments

            runtime.connect(str(station.db))
            rid = Report.get(Report.number == station.informasi).id
            try:
                print(attachments.attach_file(runtime.actor_for(), rid, path).path)
            except ValidationError as exc:
                print(exc.message, file=sys.stderr)
                return 1
            return 0

        return act

    refused = station.run("desk", attach(link))
    assert refused.code == 1 and "tautan" in refused.err
    kept = station.run("desk", attach(photo))
    assert kept.code == 0, kept.err
    stored = Path(kept.out.strip())
    assert stat.S_IMODE(stored.stat().st_mode) == 0o660

    def read_it() -> int:
        return 0 if stored.read_bytes() == JPEG else 1

    assert station.run("kanit", read_it).code == 0  # the Kanit's documents print it


def test_a_personal_database_is_closed_to_other_users(station: Station) -> None:
    mine = station.work / "home" / station.login["desk"] / "data" / "sambang.db"

    def start() -> int:
        return cli.main(["migrate"])  # the default file in the data folder

    assert station.run("desk", start).code == 0
    assert stat.S_IMODE(mine.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(mine.stat().st_mode) == 0o600
    if ROOT:
        peek = station.run("outsider", lambda: cli.main(["check", "--db", str(mine)]))
        assert peek.code == 1 and "Traceback" not in peek.err


def test_an_outsider_cannot_use_the_shared_database(station: Station) -> None:
    if not ROOT:  # without other users: the folder is closed to them by its mode
        assert stat.S_IMODE(station.folder.stat().st_mode) == 0o2770
        return
    tried = station.cli("outsider", "check")
    assert tried.code == 1 and "Traceback" not in tried.err
