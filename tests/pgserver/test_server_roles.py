"""The station server holds against an officer with a shell: each forbidden
action is tried as that OS user through the services (with an actor forged
where the app would refuse first), the CLI and ``psql``, and refused by the
database; each allowed action succeeds; the audit trail names the real
session user."""

from __future__ import annotations

import pytest
from pgserver import acts
from pgserver.peer import ChildError


def refused(done) -> bool:  # noqa: ANN001
    return done.returncode != 0 and (
        "permission denied" in done.stderr or "row-level security" in done.stderr
    )


# --- who is who ---------------------------------------------------------------


def test_identity_is_the_session_user_whatever_the_environment(station, as_user) -> None:
    """SAMBANG_USER=desk is in the test environment and the database is a
    demo: on a station server neither changes who acts."""
    me = as_user("desk", acts.whoami, station.url, env={"SAMBANG_USER": station.users["kanit"]})
    assert me["session_user"] == station.users["desk"]
    assert me["os_user"] == station.users["desk"]
    assert me["officer_id"] is not None and not me["can_review"] and not me["is_admin"]
    kanit = as_user("kanit", acts.whoami, station.url)
    assert kanit["os_user"] == station.users["kanit"] and kanit["can_review"]


def test_a_login_with_no_officer_cannot_connect(station, as_user) -> None:
    code, out, err = as_user("nobody", acts.cli, "check", "--db", station.url)
    assert code == 1 and "Traceback" not in err
    assert f"Login {station.users['nobody']} tidak terdaftar di server" in err
    kanit_url = station.cluster.url(station.database, station.users["kanit"])
    code, out, err = as_user(
        "desk", acts.cli, "review", "verify", "LK/1/XII/2024", "--db", kanit_url
    )
    assert code == 1 and "autentikasi peer" in err and "postgresql:///" in err
    done = station.psql("nobody", "SELECT count(*) FROM report")
    assert done.returncode != 0 and "does not exist" in done.stderr


def test_set_role_does_not_make_a_reviewer(station) -> None:
    done = station.psql("desk", "SET ROLE sambang_reviewer")
    assert done.returncode != 0 and "permission denied" in done.stderr
    done = station.psql("desk", "SET SESSION AUTHORIZATION " + station.users["kanit"])
    assert done.returncode != 0 and "permission denied" in done.stderr


# --- verification -------------------------------------------------------------------


def test_a_desk_officer_cannot_verify(station, as_user) -> None:
    mine = as_user("desk", acts.new_report, station.url, submit=True)
    assert mine["status"] == "diajukan" and mine["created_by"] == station.users["desk"]
    # services: the app refuses first ...
    with pytest.raises(ChildError) as app:
        as_user("desk", acts.review, station.url, "verify", mine["id"])
    assert app.value.kind == "PermissionDenied"
    # ... and with an actor forged to be the Kanit, the database does
    with pytest.raises(ChildError) as db:
        as_user("desk", acts.forged_review, station.url, mine["id"], station.users["kanit"])
    assert db.value.kind == "PermissionDenied"
    assert "Kanit Binmas, Kapolsek atau Wakapolsek" in db.value.message
    # CLI
    code, _, err = as_user(
        "desk", acts.cli, "review", "verify", mine["number"], "--db", station.url
    )
    assert code == 1 and "Traceback" not in err
    # psql
    done = station.psql(
        "desk", f"UPDATE report SET status = 'diverifikasi' WHERE id = {mine['id']}"
    )
    assert done.returncode != 0 and "memverifikasi" in done.stderr
    assert station.scalar(f"SELECT status FROM report WHERE id = {mine['id']}") == "diajukan"


def test_the_kanit_verifies_and_the_trail_names_him(station, as_user) -> None:
    mine = as_user("desk", acts.new_report, station.url, submit=True)
    done = as_user("kanit", acts.review, station.url, "verify", mine["id"], "Baik.")
    assert done["status"] == "diverifikasi"
    row = station.scalar(
        "SELECT r.status || '|' || o.os_user FROM report r JOIN officer o ON o.id = r.reviewer_id "
        f"WHERE r.id = {mine['id']}"
    )
    assert row == f"diverifikasi|{station.users['kanit']}"
    who = station.scalar(
        "SELECT string_agg(DISTINCT os_user, ',') FROM audit_event "
        f"WHERE \"table\" = 'report' AND row_id = {mine['id']}"
    )
    assert who.split(",") == sorted([station.users["desk"], station.users["kanit"]])
    last = station.scalar(
        "SELECT os_user || '|' || new FROM audit_event WHERE \"table\" = 'report' "
        f"AND row_id = {mine['id']} ORDER BY id DESC LIMIT 1"
    )
    assert last.startswith(station.users["kanit"] + "|") and '"diverifikasi"' in last


def test_nobody_verifies_a_report_they_created_or_lead(station, as_user) -> None:
    created = as_user("kanit", acts.new_report, station.url, submit=True)
    with pytest.raises(ChildError) as app:
        as_user("kanit", acts.review, station.url, "verify", created["id"])
    assert "dibuat oleh Anda" in app.value.message
    # a script posing as the Kapolsek gets past the app, not the database
    with pytest.raises(ChildError) as own:
        as_user("kanit", acts.forged_review, station.url, created["id"], "kapolsek")
    assert "buat sendiri" in own.value.message
    led = as_user("desk", acts.new_report, station.url, lead=station.users["kanit"], submit=True)
    with pytest.raises(ChildError) as lead:
        as_user("kanit", acts.forged_review, station.url, led["id"], "kapolsek")
    assert "personel utama" in lead.value.message
    with pytest.raises(ChildError) as back:
        as_user("kanit", acts.forged_review, station.url, led["id"], "kapolsek", "return", "x")
    assert "personel utama" in back.value.message
    done = station.psql(
        "kanit", f"UPDATE report SET status = 'diverifikasi' WHERE id = {led['id']}"
    )
    assert done.returncode != 0 and "personel utama" in done.stderr


def test_returning_needs_a_note_and_a_verified_report_waits_for_reopening(station, as_user) -> None:
    mine = as_user("desk", acts.new_report, station.url, submit=True)
    rid = mine["id"]
    done = station.psql(
        "kanit", f"UPDATE report SET status = 'dikembalikan', review_note = '' WHERE id = {rid}"
    )
    assert done.returncode != 0 and "Catatan pengembalian wajib" in done.stderr
    as_user("kanit", acts.review, station.url, "verify", rid)
    # verified: locked for everyone, the Kanit too
    for role in ("desk", "kanit"):
        done = station.psql(role, f"UPDATE report SET narrative = 'diubah' WHERE id = {rid}")
        assert done.returncode != 0 and "terkunci" in done.stderr, role
    with pytest.raises(ChildError) as locked:
        as_user("kanit", acts.edit_report, station.url, rid, "diubah lewat aplikasi")
    assert locked.value.kind == "PermissionDenied"
    done = station.psql("desk", f"DELETE FROM report_officer WHERE report_id = {rid}")
    assert done.returncode != 0
    # reopened by the Kanit with a note: the desk edits and submits again
    as_user("kanit", acts.review, station.url, "return", rid, "Lengkapi jumlah warga.")
    fixed = as_user("desk", acts.edit_report, station.url, rid, "Sudah dilengkapi.")
    assert fixed == {"status": "dikembalikan", "narrative": "Sudah dilengkapi."}
    assert as_user("desk", acts.review, station.url, "submit", rid)["status"] == "diajukan"
    assert as_user("kanit", acts.review, station.url, "verify", rid)["status"] == "diverifikasi"


def test_only_its_authors_submit_a_report_the_kanit_returned(station, as_user) -> None:
    """The Kanit returns a report, then cannot submit it again himself (and
    verify it): the app refuses, and a script or psql meets the trigger."""
    # typed by the desk (test role "admin") for the Bhabin of Paseban ("desk")
    mine = as_user("admin", acts.new_report, station.url, submit=True)
    rid = mine["id"]
    as_user("kanit", acts.review, station.url, "return", rid, "Lengkapi jumlah warga.")
    with pytest.raises(ChildError) as app:
        as_user("kanit", acts.review, station.url, "submit", rid)
    assert app.value.kind == "PermissionDenied" and "hanya dapat diajukan" in app.value.message
    code, _, err = as_user(
        "kanit", acts.cli, "review", "submit", mine["number"], "--db", station.url
    )
    assert code == 1 and "hanya dapat diajukan" in err and "Traceback" not in err
    done = station.psql("kanit", f"UPDATE report SET status = 'diajukan' WHERE id = {rid}")
    assert done.returncode != 0 and "hanya dapat diajukan oleh pembuatnya" in done.stderr
    assert station.scalar(f"SELECT status FROM report WHERE id = {rid}") == "dikembalikan"
    # who typed it submits it; so may the officer listed on it (Bhabin Paseban)
    assert as_user("admin", acts.review, station.url, "submit", rid)["status"] == "diajukan"
    as_user("kanit", acts.review, station.url, "return", rid, "Sekali lagi.")
    done = station.psql("desk", f"UPDATE report SET status = 'diajukan' WHERE id = {rid}")
    assert done.returncode == 0, done.stderr
    assert station.scalar(f"SELECT status FROM report WHERE id = {rid}") == "diajukan"


def test_a_submitted_report_is_not_the_desks_to_change(station, as_user) -> None:
    mine = as_user("desk", acts.new_report, station.url, submit=True)
    done = station.psql("desk", f"UPDATE report SET narrative = 'x' WHERE id = {mine['id']}")
    assert done.returncode != 0 and "sudah diajukan" in done.stderr


def test_created_by_and_clock_are_the_servers(station, as_user) -> None:
    mine = as_user("desk", acts.new_report, station.url)
    done = station.psql(
        "desk",
        f"UPDATE report SET created_by = 'kanit', created_at = '2020-01-01' WHERE id = {mine['id']}",
    )
    assert done.returncode == 0, done.stderr
    row = station.scalar(
        f"SELECT created_by || '|' || (created_at > now() - interval '1 hour') "
        f"FROM report WHERE id = {mine['id']}"
    )
    assert row == f"{station.users['desk']}|true"
    done = station.psql(
        "desk",
        "INSERT INTO report (station_id, year, seq, number, activity_type_id, date, kelurahan_id, "
        "status, created_by) SELECT 1, 2024, 9999, 'LK/9999/XII/2024', 1, '2024-12-03', 4, "
        "'diverifikasi', 'kanit'",
    )
    assert done.returncode != 0 and "draf atau diajukan" in done.stderr


# --- the audit trail -----------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "DELETE FROM audit_event",
        "UPDATE audit_event SET os_user = 'kanit'",
        "INSERT INTO audit_event (at, os_user, action, \"table\") VALUES (now(), 'kanit', 'x', 'y')",
        "TRUNCATE audit_event",
        "CREATE TRIGGER x AFTER INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION sambang.audit()",
        "ALTER TABLE report DISABLE TRIGGER sb_audit",
        "CREATE FUNCTION public.f() RETURNS int LANGUAGE sql AS 'SELECT 1'",
        "CREATE TEMP TABLE t (x int)",
    ],
)
def test_nobody_but_the_owner_touches_the_audit_trail(station, statement) -> None:
    before = station.scalar("SELECT count(*) FROM audit_event")
    for role in ("desk", "admin", "kanit"):
        done = station.psql(role, statement)
        assert done.returncode != 0, (role, statement)
        assert "permission denied" in done.stderr or "must be owner" in done.stderr, done.stderr
    assert station.scalar("SELECT count(*) FROM audit_event") == before


@pytest.mark.parametrize("what", ["delete_audit", "forge_audit", "update_audit"])
def test_audit_rows_cannot_be_written_through_the_models(station, as_user, what) -> None:
    with pytest.raises(ChildError) as err:
        as_user("admin", acts.write_as_model, station.url, what)
    assert err.value.kind == "PermissionDenied"
    assert "audit_event" in err.value.message


def test_the_desk_sees_who_changed_what_but_not_the_values(station) -> None:
    done = station.psql("desk", "SELECT count(os_user) FROM audit_event")
    assert done.returncode == 0 and int(done.stdout) > 0
    done = station.psql("desk", "SELECT new FROM audit_event LIMIT 1")
    assert refused(done)
    done = station.psql("kanit", "SELECT new FROM audit_event LIMIT 1")
    assert done.returncode == 0


# --- stations, informants, master data ------------------------------------------


def test_each_desk_sees_only_its_station(station, as_user) -> None:
    for table in ("report", "officer", "plan", "kelurahan", "contact", "audit_event"):
        seen = station.psql("desk", f"SELECT count(*) FROM {table} WHERE station_id = 2").stdout
        assert seen.strip() == "0", table
        seen = station.psql("other", f"SELECT count(*) FROM {table} WHERE station_id = 1").stdout
        assert seen.strip() == "0", table
    theirs = station.scalar("SELECT id FROM kelurahan WHERE station_id = 2")
    done = station.psql("desk", f"UPDATE kelurahan SET name = 'x' WHERE id = {theirs}")
    assert done.returncode != 0 or done.stdout.strip() == ""
    assert station.scalar(f"SELECT name FROM kelurahan WHERE id = {theirs}") != "x"
    done = station.psql(
        "other",
        "INSERT INTO plan (station_id, date, officer_id, activity_type_id, kelurahan_id, status, "
        "created_by) SELECT 1, '2024-12-05', o.id, 1, 1, 'rencana', 'x' FROM officer o "
        "WHERE o.station_id = 2",
    )
    assert done.returncode != 0
    code, out, err = as_user(
        "desk", acts.cli, "export", "reports", "--from", "01/12/2024", "--to", "31/12/2024",
        "--format", "csv", "--db", station.url,
    )  # fmt: skip
    assert code == 0, err
    assert "Kemayoran" not in out


def test_polres_reads_every_station_and_writes_nothing(station) -> None:
    # every station with officers, however many other tests of the session added
    every = station.scalar("SELECT count(DISTINCT station_id) FROM officer")
    assert int(every) >= 2
    assert station.psql(
        "polres", "SELECT count(DISTINCT station_id) FROM officer"
    ).stdout.strip() == str(every)
    done = station.psql("polres", "UPDATE kelurahan SET name = name")
    assert refused(done)
    done = station.psql("polres", "SELECT source FROM information_report")
    assert refused(done)
    assert (
        station.psql("reader", "SELECT count(DISTINCT station_id) FROM officer").stdout.strip()
        == "1"
    )
    assert refused(station.psql("reader", "DELETE FROM plan"))


def test_the_informant_is_for_reviewers_admins_and_reporting_officers(station, as_user) -> None:
    # the Bhabin of Paseban writes a Laporan Informasi; the Kanit reads the
    # informant, the Bhabin of another kelurahan does not
    mine = as_user("desk", acts.new_report, station.url, kind="DD")
    for role in ("desk", "kanit", "admin"):
        got = as_user(role, acts.detail_informant, station.url, mine["id"])
        assert got["source"] == "Pak Rahasia", role
    other = station.scalar(
        "SELECT os_user FROM officer WHERE os_user LIKE 'bhabin.%' AND station_id = 1 LIMIT 1"
    )
    assert other
    done = station.psql("desk", "SELECT source FROM information_report")
    assert refused(done)
    done = station.psql("desk", f"SELECT * FROM sambang.informant({mine['id']})")
    assert done.returncode == 0 and "Pak Rahasia" in done.stdout
    # a report the desk is not on and did not write
    theirs = station.scalar(
        "SELECT i.report_id FROM information_report i JOIN report r ON r.id = i.report_id "
        "WHERE r.created_by <> '" + station.users["desk"] + "' AND NOT EXISTS (SELECT 1 FROM "
        "report_officer ro JOIN officer o ON o.id = ro.officer_id WHERE ro.report_id = r.id "
        f"AND o.os_user = '{station.users['desk']}') LIMIT 1"
    )
    secret = station.scalar(f"SELECT source FROM information_report WHERE report_id = {theirs}")
    done = station.psql("desk", f"SELECT * FROM sambang.informant({theirs})")
    assert done.returncode == 0 and done.stdout.strip() == ""
    got = as_user("desk", acts.detail_informant, station.url, int(theirs))
    assert got == {"source": "(dibatasi)", "relation": "(dibatasi)", "how": "(dibatasi)"}
    number = station.scalar(f"SELECT number FROM report WHERE id = {theirs}")
    code, out, err = as_user(
        "desk", acts.cli, "report", "informasi", number, "--format", "text", "--db", station.url
    )
    assert code == 0, err
    assert secret not in out and "(dibatasi)" in out
    code, out, err = as_user(
        "kanit", acts.cli, "report", "informasi", number, "--format", "text", "--db", station.url
    )
    assert code == 0, err
    assert secret in out


def test_master_data_is_for_admins(station, as_user) -> None:
    for what in ("kelurahan", "rw"):
        with pytest.raises(ChildError) as err:
            as_user("desk", acts.forged_admin, station.url, what)
        assert err.value.kind == "PermissionDenied", what
    done = station.psql("desk", "UPDATE officer SET is_admin = true")
    assert refused(done)
    done = station.psql("kanit", "INSERT INTO activity_type (code, name) VALUES ('XX', 'x')")
    assert refused(done)
    areas = station.home / "wilayah.csv"
    areas.write_text("kelurahan,jenis,kecamatan,kota,rw,rt\nPalsu,kelurahan,Senen,Jakarta,1,1\n")
    areas.chmod(0o644)
    code, out, err = as_user("desk", acts.cli, "import", "areas", str(areas), "--db", station.url)
    assert code == 1 and "admin" in err and "Traceback" not in err
    assert station.scalar("SELECT count(*) FROM kelurahan WHERE name = 'Palsu'") == "0"
    rw = as_user("admin", acts.forged_admin, station.url, "rw")
    assert rw > 0
    station.scalar(f"DELETE FROM rw WHERE id = {rw}")


# --- login roles follow the officers -------------------------------------------------


def test_an_admin_keeps_login_roles_in_step_without_being_superuser(station, as_user) -> None:
    assert (
        station.scalar(f"SELECT rolsuper FROM pg_roles WHERE rolname = '{station.users['admin']}'")
        == "f"
    )
    nrp = station.scalar("SELECT nrp FROM officer WHERE os_user = 'bhabin.kenari'")
    login = station.users["desk"] + "_x"
    as_user("admin", acts.set_officer_login, station.url, nrp, login)
    groups = station.scalar(
        "SELECT string_agg(g.rolname, ',') FROM pg_auth_members m JOIN pg_roles g "
        f"ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{login}'"
    )
    assert groups == "sambang_desk"
    assert _groups_of(station, "bhabin.kenari") == ""
    as_user("admin", acts.set_officer_login, station.url, nrp, login, False)
    assert station.scalar(f"SELECT count(*) FROM pg_roles WHERE rolname = '{login}'") == "0"
    as_user("admin", acts.set_officer_login, station.url, nrp, "bhabin.kenari", True)
    assert _groups_of(station, "bhabin.kenari") == "sambang_desk"
    # a desk cannot do the same, nor hand itself a group
    with pytest.raises(ChildError):
        as_user("desk", acts.set_officer_login, station.url, nrp, login)
    done = station.psql("desk", f'GRANT sambang_admin TO "{station.users["desk"]}"')
    assert done.returncode != 0
    done = station.psql("desk", "SELECT sambang.sync_login('x')")
    assert refused(done)


def _groups_of(station, login: str) -> str:  # noqa: ANN001
    return station.scalar(
        "SELECT COALESCE(string_agg(g.rolname, ','), '') FROM pg_auth_members m "
        "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
        f"WHERE u.rolname = '{login}' AND g.rolname LIKE 'sambang\\_%'"
    )


def test_an_officer_login_cannot_name_a_privileged_role(station, as_user) -> None:
    nrp = station.scalar("SELECT nrp FROM officer WHERE os_user = 'bhabin.kenari'")
    for login in ("postgres", "sambang_owner", "sambang_admin"):
        with pytest.raises(ChildError) as err:
            as_user("admin", acts.set_officer_login, station.url, nrp, login)
        assert err.value.kind == "PermissionDenied" and "peran khusus" in err.value.message
    assert (
        station.scalar("SELECT os_user FROM officer WHERE nrp = '" + nrp + "'") == "bhabin.kenari"
    )


def test_server_sync_as_admin_and_not_as_desk(station, as_user) -> None:
    code, out, err = as_user("admin", acts.cli, "server", "sync", "--db", station.url)
    assert code == 0, err
    assert "sudah sesuai" in out
    code, out, err = as_user("desk", acts.cli, "server", "sync", "--db", station.url)
    assert code == 1 and "Traceback" not in err and "admin" in err


def test_an_edit_conflict_names_who_saved_without_reading_audit_values(station, as_user) -> None:
    got = as_user("desk", acts.stale_plan_move, station.url)
    assert got["by_login"] == station.users["desk"]
    # named as a person where an officer has that login, else by the login
    assert got["by"] and got["by"] in got["message"]
    assert "sudah diubah" in got["message"]


def test_the_app_says_first_what_the_database_would_refuse(station, as_user) -> None:
    draft = as_user("desk", acts.new_report, station.url)
    assert as_user("desk", acts.may_edit, station.url, draft["id"])
    as_user("desk", acts.review, station.url, "submit", draft["id"])
    assert not as_user("desk", acts.may_edit, station.url, draft["id"])
    assert as_user("kanit", acts.may_edit, station.url, draft["id"])
    as_user("kanit", acts.review, station.url, "verify", draft["id"])
    assert not as_user("kanit", acts.may_edit, station.url, draft["id"])
    with pytest.raises(ChildError) as err:
        as_user("kanit", acts.edit_report, station.url, draft["id"], "x")
    assert "mengembalikannya dulu" in err.value.message


def test_drafts_are_their_owners_only(station) -> None:
    desk = station.users["desk"]
    done = station.psql(
        "desk",
        "INSERT INTO draft (os_user, form, data, updated_at, session) "
        "VALUES (session_user, 'entry.test', '{\"place\": \"rahasia\"}', now(), 'x')",
    )
    assert done.returncode == 0, done.stderr
    assert (
        station.psql("desk", "SELECT count(*) FROM draft WHERE form = 'entry.test'").stdout.strip()
        == "1"
    )
    for role in ("kanit", "admin"):
        seen = station.psql(role, "SELECT count(*) FROM draft WHERE form = 'entry.test'")
        assert seen.stdout.strip() == "0", role
        done = station.psql(role, "DELETE FROM draft")
        assert done.returncode == 0
    done = station.psql(
        "kanit",
        "INSERT INTO draft (os_user, form, data, updated_at, session) "
        f"VALUES ('{desk}', 'entry.test2', '{{}}', now(), 'x')",
    )
    assert done.returncode != 0 and "row-level security" in done.stderr
    assert refused(station.psql("polres", "SELECT count(*) FROM draft"))
    assert station.scalar("SELECT count(*) FROM draft WHERE form = 'entry.test'") == "1"
    station.psql("desk", "DELETE FROM draft WHERE form = 'entry.test'")


def test_plans_and_problems(station) -> None:
    """Every officer who writes plans and keeps problems; only admins delete
    a problem."""
    problem = station.scalar("SELECT id FROM problem WHERE station_id = 1 ORDER BY id LIMIT 1")
    done = station.psql(
        "desk", f"UPDATE problem SET description = description WHERE id = {problem}"
    )
    assert done.returncode == 0, done.stderr
    assert refused(station.psql("desk", f"DELETE FROM problem WHERE id = {problem}"))
    plan = station.scalar("SELECT id FROM plan WHERE station_id = 1 ORDER BY id DESC LIMIT 1")
    done = station.psql("desk", f"UPDATE plan SET note = 'dicek' WHERE id = {plan}")
    assert done.returncode == 0, done.stderr
    assert refused(station.psql("reader", f"UPDATE plan SET note = 'x' WHERE id = {plan}"))


def test_audit_rows_carry_the_servers_clock(station) -> None:
    done = station.psql(
        "desk",
        "UPDATE plan SET note = 'jam server' WHERE id = "
        "(SELECT max(id) FROM plan WHERE station_id = 1)",
    )
    assert done.returncode == 0, done.stderr
    row = station.scalar(
        "SELECT os_user || '|' || (abs(extract(epoch FROM at - localtimestamp)) < 120) "
        "FROM audit_event WHERE \"table\" = 'plan' ORDER BY id DESC LIMIT 1"
    )
    assert row == f"{station.users['desk']}|true"


def test_readers_are_named_by_an_admin_and_polres_by_the_superuser(station, as_user) -> None:
    login = station.users["reader"] + "_cli"
    code, out, err = as_user("admin", acts.cli, "server", "reader", login, "--db", station.url)
    assert code == 0, err
    assert _groups_of(station, login) == "sambang_readonly"
    code, out, err = as_user(
        "admin", acts.cli, "server", "reader", login, "--polres", "--db", station.url
    )
    assert code == 1 and "superuser" in err
    code, out, err = as_user("desk", acts.cli, "server", "reader", login, "--db", station.url)
    assert code == 1 and "admin" in err
    code, out, err = as_user(
        "admin", acts.cli, "server", "reader", login, "--remove", "--db", station.url
    )
    assert code == 0, err
    assert station.scalar(f"SELECT count(*) FROM pg_roles WHERE rolname = '{login}'") == "0"


# --- nobody changes who he is ------------------------------------------------------------


def test_an_admin_cannot_make_himself_a_reviewer(station, as_user) -> None:
    """The README's station makes a desk officer the admin: one UPDATE of his
    own row made him Kanit Binmas (the login trigger then added him to the
    reviewers). Neither psql, nor the services, nor the CLI lets him."""
    me = station.users["admin"]
    my_nrp = station.scalar(f"SELECT nrp FROM officer WHERE os_user = '{me}'")
    kanit_nrp = station.scalar(
        f"SELECT nrp FROM officer WHERE os_user = '{station.users['kanit']}'"
    )
    before = _groups_of(station, me)
    assert "sambang_reviewer" not in before
    # psql: his own role, login, active flag, station, his row deleted
    for sql in (
        f"UPDATE officer SET role = 'kanit_binmas' WHERE os_user = '{me}'",
        f"UPDATE officer SET os_user = NULL WHERE os_user = '{me}'",
        f"UPDATE officer SET active = false WHERE os_user = '{me}'",
        f"UPDATE officer SET station_id = station_id + 1 WHERE os_user = '{me}'",
        f"DELETE FROM officer WHERE os_user = '{me}'",
    ):
        done = station.psql("admin", sql)
        assert done.returncode != 0 and "Anda sendiri" in done.stderr, (sql, done.stderr)
    # ... nor gives his login to another row: a reviewer's, or a new one
    for sql in (
        f"UPDATE officer SET os_user = '{me}' WHERE nrp = '{kanit_nrp}'",
        "INSERT INTO officer (station_id, nrp, name, rank, role, phone, os_user, is_admin, "
        "active, version) SELECT station_id, '99887766', 'Kanit Palsu', 'AKP', 'kanit_binmas', "
        f"'', '{me}', false, true, 1 FROM officer WHERE nrp = '{kanit_nrp}'",
    ):
        done = station.psql("admin", sql)
        assert done.returncode != 0 and "login Anda sendiri" in done.stderr, (sql, done.stderr)
    # in one transaction: clear his login, then take it for a reviewer row
    done = station.psql(
        "admin",
        f"BEGIN; UPDATE officer SET os_user = NULL WHERE os_user = '{me}'; "
        f"UPDATE officer SET os_user = '{me}' WHERE nrp = '{kanit_nrp}'; COMMIT",
    )
    assert done.returncode != 0
    mine = f"SELECT role || '|' || active FROM officer WHERE nrp = '{my_nrp}'"
    assert station.scalar(mine) == "desk|true"
    assert station.scalar(f"SELECT os_user FROM officer WHERE nrp = '{my_nrp}'") == me
    assert (
        station.scalar(f"SELECT os_user FROM officer WHERE nrp = '{kanit_nrp}'")
        == (station.users["kanit"])
    )
    assert _groups_of(station, me) == before
    # what stays his: his own phone, and another officer's role (an admin's power)
    done = station.psql("admin", f"UPDATE officer SET phone = phone WHERE os_user = '{me}'")
    assert done.returncode == 0, done.stderr
    # services: the app says so first ...
    with pytest.raises(ChildError) as app:
        as_user("admin", acts.edit_officer, station.url, my_nrp, {"role": "kanit_binmas"})
    assert app.value.kind == "PermissionDenied" and "Anda sendiri" in app.value.message
    with pytest.raises(ChildError) as app:
        as_user("admin", acts.delete_officer, station.url, my_nrp)
    assert app.value.kind == "PermissionDenied"
    # ... and the database, for a script that gets past the app
    with pytest.raises(ChildError) as db:
        as_user(
            "admin", acts.edit_officer, station.url, my_nrp, {"role": "kanit_binmas"}, forge=True
        )
    assert db.value.kind == "PermissionDenied" and "Anda sendiri" in db.value.message
    with pytest.raises(ChildError) as db:
        as_user("admin", acts.edit_officer, station.url, kanit_nrp, {"os_user": me}, forge=True)
    assert "sudah dipakai" in db.value.message  # the app: his login is taken (by him)
    # CLI: an import of the officers' list that makes him Kanit
    name, rank = station.scalar(
        f"SELECT name || '|' || rank FROM officer WHERE nrp = '{my_nrp}'"
    ).split("|")
    sheet = station.home / "personel-admin.csv"
    sheet.write_text(f"nrp,nama,pangkat,jabatan,login\n{my_nrp},{name},{rank},Kanit Binmas,{me}\n")
    sheet.chmod(0o644)
    code, out, err = as_user(
        "admin", acts.cli, "import", "officers", str(sheet), "--db", station.url
    )
    assert code == 1 and "Anda sendiri" in err and "Traceback" not in err, (out, err)
    assert _groups_of(station, me) == before
    assert "sambang_reviewer" not in _groups_of(station, me)


@pytest.mark.parametrize(
    "argv", [("inbox", "list"), ("review", "verify", "LK/1/XII/2024"), ("plan", "propose")]
)
def test_every_command_says_it_ignored_the_environment(station, as_user, argv) -> None:
    """The login comes from the session, so the environment was never asked
    and ``inbox list`` or ``review verify`` said nothing of SAMBANG_USER."""
    env = {"SAMBANG_USER": station.users["kanit"], "SAMBANG_TODAY": "2020-01-01"}
    code, out, err = as_user("desk", acts.cli, *argv, "--db", station.url, env=env)
    assert err.count("SAMBANG_USER, SAMBANG_TODAY diabaikan") == 1, err
