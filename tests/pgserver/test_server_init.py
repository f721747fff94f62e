"""``sambang server init``: prepares a database as root's PostgreSQL
superuser, changes nothing when run again, and ``--check`` finds drift made
by hand."""

from __future__ import annotations

import secrets

import pytest
from pgserver import acts

from sambang_tui import cli
from sambang_tui.db.pg import apply
from sambang_tui.db.pg.rules import KNOWN_TABLES, Names


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fresh(peer_cluster):  # noqa: ANN001, ANN201
    """A database that does not exist yet, and its superuser URL."""
    name = "init_" + secrets.token_hex(3)
    return name, peer_cluster.url(name, "postgres")


def psql(cluster, database: str, sql: str) -> str:  # noqa: ANN001
    done = cluster.psql("postgres", database, sql)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_init_creates_the_database_roles_and_rules(peer_cluster, fresh, capsys) -> None:
    name, url = fresh
    code, out, err = run(capsys, "server", "init", "--db", url)
    assert code == 0, err
    assert f"Basis data {name} dibuat" in out
    assert f"local   {name}   all   peer" in out
    assert f"export SAMBANG_DB=postgresql:///{name}?host=" in out
    names = Names.for_database(name)
    roles = psql(
        peer_cluster, name,
        "SELECT string_agg(rolname || ':' || rolcanlogin, ',' ORDER BY rolname) FROM pg_roles "
        f"WHERE rolname LIKE '{names.prefix}\\_%'",
    )  # fmt: skip
    assert roles.split(",") == sorted(f"{r}:false" for r in names.all_roles)
    owners = psql(
        peer_cluster, name,
        "SELECT string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class "
        "WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S', 'i')",
    )  # fmt: skip
    assert owners == names.owner
    assert (
        psql(
            peer_cluster,
            name,
            f"SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = '{name}'",
        )
        == names.owner
    )
    no_rls = psql(
        peer_cluster, name,
        "SELECT string_agg(relname, ',') FROM pg_class WHERE relnamespace = 'public'::regnamespace "
        "AND relkind = 'r' AND NOT relrowsecurity",
    )  # fmt: skip
    assert no_rls == "schema_migration"
    tables = psql(
        peer_cluster, name,
        "SELECT string_agg(relname, ',') FROM pg_class WHERE relnamespace = 'public'::regnamespace "
        "AND relkind = 'r'",
    )  # fmt: skip
    assert set(tables.split(",")) <= KNOWN_TABLES
    writers = psql(
        peer_cluster, name,
        "SELECT count(*) FROM information_schema.role_table_grants WHERE table_name = "
        "'audit_event' AND privilege_type IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE') "
        f"AND grantee <> '{names.owner}'",
    )  # fmt: skip
    assert writers == "0"
    code, out, err = run(capsys, "server", "init", "--check", "--db", url)
    assert code == 0, err
    assert "BAIK" in out


def test_init_twice_changes_nothing(peer_cluster, fresh, capsys) -> None:
    name, url = fresh
    assert run(capsys, "server", "init", "--db", url)[0] == 0
    db = _open(url)
    names = Names.for_database(name)
    before = apply.fingerprint(db, names)
    tables_before = psql(
        peer_cluster, name, "SELECT string_agg(oid::text, ',' ORDER BY oid) FROM pg_policy"
    )
    db.close()
    code, out, err = run(capsys, "server", "init", "--db", url)
    assert code == 0, err
    assert "tidak ada yang berubah" in out
    db = _open(url)
    assert apply.fingerprint(db, names) == before
    db.close()
    # not even recreated: the same policy objects
    assert (
        psql(peer_cluster, name, "SELECT string_agg(oid::text, ',' ORDER BY oid) FROM pg_policy")
        == tables_before
    )


def _open(url: str):  # noqa: ANN202
    from sambang_tui.db.database import make_database

    db = make_database(url)
    db.connect()
    return db


@pytest.mark.parametrize(
    ("by_hand", "found"),
    [
        ("DROP POLICY sb_read ON report", "kebijakan public.report sb_read: tidak ada"),
        ("GRANT DELETE ON audit_event TO {p}_desk", "hak terlalu luas ({p}_desk=d)"),
        ("GRANT SELECT ON information_report TO {p}_desk", "hak terlalu luas ({p}_desk=r)"),
        ("ALTER TABLE report DISABLE TRIGGER sb_audit", "pemicu public.report sb_audit: berbeda"),
        ("ALTER TABLE officer DISABLE ROW LEVEL SECURITY", "tabel public.officer: berbeda"),
        (
            "CREATE POLICY everyone ON report FOR SELECT TO PUBLIC USING (true)",
            "kebijakan public.report everyone: berlebih",
        ),
        ("GRANT {p}_owner TO {p}_desk", "keanggotaan {p}_owner ⊃ {p}_desk: berlebih"),
        (
            "CREATE OR REPLACE FUNCTION sambang.me_station() RETURNS integer LANGUAGE sql "
            "AS 'SELECT 1'",
            "fungsi sambang.me_station(): berbeda",
        ),
    ],
)
def test_check_finds_drift_and_init_repairs_it(
    peer_cluster, fresh, capsys, by_hand: str, found: str
) -> None:
    name, url = fresh
    assert run(capsys, "server", "init", "--db", url)[0] == 0
    prefix = Names.for_database(name).prefix
    psql(peer_cluster, name, by_hand.format(p=prefix))
    code, out, err = run(capsys, "server", "init", "--check", "--db", url)
    assert code == 1
    assert "MENYIMPANG" in err and found.format(p=prefix) in err, err
    code, out, err = run(capsys, "server", "init", "--db", url)
    assert code == 0, err
    assert "Aturan server diterapkan" in out
    code, out, err = run(capsys, "server", "init", "--check", "--db", url)
    assert code == 0, err


def test_check_reports_logins_out_of_step(peer_cluster, fresh, capsys) -> None:
    name, url = fresh
    assert run(capsys, "server", "init", "--db", url)[0] == 0
    prefix = Names.for_database(name).prefix
    psql(
        peer_cluster,
        name,
        f"CREATE ROLE stray_{prefix} LOGIN; GRANT {prefix}_admin TO stray_{prefix}",
    )
    code, out, err = run(capsys, "server", "init", "--check", "--db", url)
    assert (
        code == 1
        and f"login stray_{prefix}: anggota {prefix}_admin, seharusnya tidak ada grup" in err
    )
    code, out, err = run(capsys, "server", "sync", "--db", url)
    assert code == 0, err
    assert f"stray_{prefix} keluar dari {prefix}_admin" in out
    assert run(capsys, "server", "init", "--check", "--db", url)[0] == 0
    psql(peer_cluster, name, f"DROP ROLE stray_{prefix}")


def test_init_needs_a_superuser_and_postgresql(station, as_user, capsys, tmp_path) -> None:
    code, out, err = as_user("admin", acts.cli, "server", "init", "--db", station.url)
    assert code == 1 and "superuser PostgreSQL" in err and "runuser -u postgres" in err
    code, out, err = as_user("admin", acts.cli, "server", "init", "--check", "--db", station.url)
    assert code == 1 and "superuser PostgreSQL" in err
    code, out, err = run(capsys, "server", "init", "--db", str(tmp_path / "x.db"))
    assert code == 1 and "PostgreSQL" in err and "Traceback" not in err


def test_the_station_server_is_in_order(station, capsys) -> None:
    """The demo written onto a prepared database kept every rule, and the
    demo logins have their login roles; init on it changes nothing."""
    code, out, err = run(capsys, "server", "init", "--check", "--db", station.super_url)
    assert code == 0, err
    code, out, err = run(capsys, "server", "init", "--db", station.super_url)
    assert code == 0 and "tidak ada yang berubah" in out, err
    groups = station.scalar(
        "SELECT string_agg(u.rolname || '>' || g.rolname, ',' ORDER BY u.rolname, g.rolname) "
        "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname IN ('kapolsek', 'bhabin.senen')"
    )
    assert groups == "bhabin.senen>sambang_desk,kapolsek>sambang_reviewer"


def test_pg_dump_restored_then_init_is_a_station_server_again(
    station, peer_cluster, capsys
) -> None:
    """The README's backup and restore: ``pg_dump -Fc``, ``pg_restore
    --no-owner --no-privileges`` into a new database, ``server init``."""
    import subprocess

    dump = station.home / "station.dump"
    where = ["-h", str(peer_cluster.folder), "-p", str(peer_cluster.port)]
    as_pg = ["runuser", "-u", "postgres", "--"]
    subprocess.run(
        [*as_pg, str(peer_cluster.bin / "pg_dump"), *where, "-Fc", "-f", str(dump), "sambang"],
        check=True,
    )
    name = "restored_" + secrets.token_hex(3)
    subprocess.run([*as_pg, str(peer_cluster.bin / "createdb"), *where, name], check=True)
    subprocess.run(
        [
            *as_pg, str(peer_cluster.bin / "pg_restore"), *where, "--no-owner",
            "--no-privileges", "-d", name, str(dump),
        ],
        check=True,
    )  # fmt: skip
    url = peer_cluster.url(name, "postgres")
    code, out, err = run(capsys, "server", "init", "--db", url)
    assert code == 0, err
    code, out, err = run(capsys, "server", "init", "--check", "--db", url)
    assert code == 0, err
    count = "SELECT count(*) FROM report"
    assert psql(peer_cluster, name, count) == station.scalar(count)
    desk = station.users["desk"]
    done = peer_cluster.psql(desk, name, "SELECT count(DISTINCT station_id) FROM report")
    assert done.returncode == 0 and done.stdout.strip() == "1", done.stderr
    done = peer_cluster.psql(desk, name, "DELETE FROM audit_event")
    assert done.returncode != 0 and "permission denied" in done.stderr
    _drop(peer_cluster, name)


def _drop(cluster, name: str) -> None:  # noqa: ANN001
    """Drop a database and its roles (its logins lose their groups there)."""
    psql(cluster, "postgres", f'DROP DATABASE "{name}" WITH (FORCE)')
    for role in Names.for_database(name).all_roles:
        psql(cluster, "postgres", f'DROP ROLE IF EXISTS "{role}"')


def test_demo_on_a_station_server_keeps_the_rules_and_gives_the_logins(
    peer_cluster, fresh, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    name, url = fresh
    assert run(capsys, "server", "init", "--db", url)[0] == 0
    for force in ((), ("--force",)):
        code, out, err = run(capsys, "demo", "--db", url, *force)
        assert code == 0, err
        logins = next(line for line in out.splitlines() if line.startswith("Login: "))
        assert "postgres" not in logins and "kanit" in logins
        code, out, err = run(capsys, "server", "init", "--check", "--db", url)
        assert code == 0, err
    prefix = Names.for_database(name).prefix
    groups = psql(
        peer_cluster, name,
        "SELECT string_agg(u.rolname || '>' || g.rolname, ',' ORDER BY u.rolname, g.rolname) "
        "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
        f"JOIN pg_roles u ON u.oid = m.member WHERE g.rolname LIKE '{prefix}\\_%' "
        "AND u.rolname IN ('desk', 'kanit', 'bhabin.paseban')",
    )  # fmt: skip
    assert groups == (
        f"bhabin.paseban>{prefix}_desk,desk>{prefix}_admin,desk>{prefix}_desk,"
        f"kanit>{prefix}_reviewer"
    )
    assert (
        psql(peer_cluster, name, "SELECT count(*) FROM officer WHERE os_user = 'postgres'") == "0"
    )
    _drop(peer_cluster, name)


def test_setting_up_a_station_as_the_readme_says(peer_cluster, fresh, capsys, tmp_path) -> None:
    """``server init``, ``import officers`` and ``init --admin`` as the
    superuser; the new admin, not a superuser, then keeps master data."""
    from pgserver.peer import OsUsers, run_as

    from sambang_tui.services.admin import runtime

    name, url = fresh
    users = OsUsers()
    try:
        admin, desk = users.add("setupadm"), users.add("setupdesk")
        csv = tmp_path / "personel.csv"
        csv.write_text(
            "nrp;nama;pangkat;jabatan;login\n"
            f"91000001;Andi Uji;Bripka;desk;{admin}\n"
            f"91000002;Budi Uji;Brigpol;bhabinkamtibmas;{desk}\n",
            encoding="utf-8",
        )
        assert run(capsys, "server", "init", "--db", url)[0] == 0
        code, out, err = run(capsys, "import", "officers", str(csv), "--db", url)
        assert code == 0, err
        code, out, err = run(capsys, "init", "--admin", admin, "--db", url)
        assert code == 0, err
        prefix = Names.for_database(name).prefix
        groups = psql(
            peer_cluster, name,
            "SELECT string_agg(u.rolname || '>' || g.rolname, ',' ORDER BY u.rolname, g.rolname) "
            "FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
            f"JOIN pg_roles u ON u.oid = m.member WHERE g.rolname LIKE '{prefix}\\_%' "
            f"AND u.rolname LIKE '{users.tag}%'",
        )  # fmt: skip
        assert groups == f"{admin}>{prefix}_admin,{admin}>{prefix}_desk,{desk}>{prefix}_desk"
        desk_url = peer_cluster.url(name)
        runtime.close()
        env = {"SAMBANG_USER": None, "SAMBANG_DATA_DIR": "/tmp", "SAMBANG_LOG_DIR": "/tmp"}
        made = run_as(admin, acts.forged_admin, desk_url, "kelurahan", env=env)
        assert made > 0
        done = peer_cluster.psql(
            desk, name, "INSERT INTO kelurahan (station_id, name) VALUES (1, 'x')"
        )
        assert done.returncode != 0 and "permission denied" in done.stderr
    finally:
        _drop(peer_cluster, name)
        users.remove()


def test_a_newer_schema_is_upgraded_by_the_superuser_only(
    station, as_user, capsys, monkeypatch
) -> None:
    """A Sambang upgrade brings a migration: a desk starting the app is told
    who can apply it; the superuser's next command applies it as the owner
    role and puts the rules on what it added."""
    import shutil

    from sambang_tui.db import migrate as schema
    from sambang_tui.services.admin import runtime

    migrations = station.home / f"migrations-{secrets.token_hex(3)}"  # the desk reads it too
    shutil.copytree(schema.MIGRATIONS_DIR, migrations)
    migrations.chmod(0o755)
    (migrations / "9999_test.py").write_text(
        "def up(migrator, db):\n"
        "    db.execute_sql(\"ALTER TABLE station ADD COLUMN motto TEXT DEFAULT ''\")\n"
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", migrations)
    with pytest.raises(Exception) as refused:
        as_user("desk", acts.whoami, station.url)
    assert "hanya superuser PostgreSQL" in str(refused.value)
    runtime.connect(station.super_url)  # as the superuser: upgraded
    runtime.close()
    owner = station.scalar(
        "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 'station'"
    )
    assert owner == "sambang_owner"
    assert station.scalar("SELECT count(*) FROM schema_migration WHERE name = '9999_test'") == "1"
    me = as_user("desk", acts.whoami, station.url)
    assert me["session_user"] == station.users["desk"]
    code, out, err = run(capsys, "server", "init", "--check", "--db", station.super_url)
    assert code == 0, err
    station.scalar(
        "ALTER TABLE station DROP COLUMN motto; DELETE FROM schema_migration WHERE name = '9999_test'"
    )
