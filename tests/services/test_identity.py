"""Who is acting (issue 11, point 1): the passwd entry of the real uid, never
an environment variable; ``SAMBANG_USER`` and ``SAMBANG_TODAY`` only on a
database ``sambang demo`` marked, elsewhere ignored with one warning line."""

from __future__ import annotations

import datetime as dt
import os
import pwd

import pytest

from sambang_tui import cli
from sambang_tui.db.database import make_database
from sambang_tui.db.models import Officer, Setting
from sambang_tui.services.admin import runtime
from sambang_tui.services.core import clock, identity

ME = pwd.getpwuid(os.getuid()).pw_name


@pytest.fixture
def station(db_target: str) -> str:
    """A station's database: the demo mark the test fixtures set, removed."""
    runtime.connect(db_target)
    Setting.delete().execute()
    Officer.create(station=1, nrp="78110264", name="Dedi", rank="Iptu", role="kanit_binmas",
                   os_user="kanit")  # fmt: skip
    Officer.create(station=1, nrp="86040977", name="Rina", rank="Bripka", role="desk",
                   os_user="desk", is_admin=True)  # fmt: skip
    runtime.close()
    return db_target


def test_the_login_is_the_real_uids_not_the_environments(monkeypatch) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "kanit")
    monkeypatch.delenv("SAMBANG_USER")
    assert identity.os_login() == ME
    assert identity.real_person() == identity.Person(ME, os.getuid())


def test_overrides_are_ignored_on_a_station_database(station: str, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(identity, "warn", said.append)
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    monkeypatch.setenv("SAMBANG_TODAY", "2020-01-01")
    runtime.connect(station)
    try:
        actor = runtime.actor_for()
        assert actor.os_user == ME and actor.role is None
        assert clock.today() == dt.date.today()
        assert clock.today() == dt.date.today()
    finally:
        runtime.close()
    assert said == [
        f"sambang: SAMBANG_USER, SAMBANG_TODAY diabaikan: hanya berlaku pada basis data demo "
        f"(yang bertindak: {ME})."
    ]


def test_overrides_apply_on_a_demo_database(station: str, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(identity, "warn", said.append)
    runtime.connect(station)
    identity.mark_demo()
    runtime.close()
    said.clear()  # the station's database it was until marked: that connect warned
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(station)
    try:
        actor = runtime.actor_for()
        assert actor.os_user == "kanit" and actor.can_review
        assert clock.today() == dt.date(2024, 12, 4)
        assert not identity.person().is_root  # acting as another login: never root
    finally:
        runtime.close()
    assert said == []


def test_before_any_database_is_open_the_date_override_applies(monkeypatch) -> None:
    runtime.close()
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    assert clock.today() == dt.date(2024, 12, 4)  # sambang parse, building a demo


def test_the_cli_acts_as_the_real_user_and_says_what_it_ignored(
    station: str, capsys, monkeypatch
) -> None:
    """``SAMBANG_USER=kanit sambang review verify …`` by the desk verified as
    the Kanit; now the command acts as whoever runs it."""
    runtime.connect(station)
    from sambang_tui.services import reports
    from sambang_tui.services.reports.input import ReportInput

    desk = runtime.actor_for("desk")
    kel = __import__("sambang_tui.services.master.areas", fromlist=["x"]).create_kelurahan(
        desk,
        __import__("sambang_tui.services.master.areas", fromlist=["x"]).KelurahanInput(
            name="Paseban"
        ),
    )
    officer = Officer.get(Officer.os_user == "desk")
    saved = reports.create_report(
        desk,
        ReportInput(
            date=dt.date.today(),
            officer_ids=[officer.id],
            type_ids=[1],
            kelurahan_id=kel.id,
            narrative="Sambang.",
        ),  # fmt: skip
        submit=True,
    )
    runtime.close()
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    code = cli.main(["review", "verify", saved.number, "--db", station])
    out, err = capsys.readouterr()
    assert code == 1
    lines = err.strip().splitlines()
    assert lines[0].startswith("sambang: SAMBANG_USER diabaikan")
    assert "Kanit Binmas, Kapolsek atau Wakapolsek" in lines[1]
    db = make_database(station)
    db.connect()
    try:
        status = db.execute_sql("SELECT status FROM report").fetchone()[0]
    finally:
        db.close()
    assert status == "diajukan"


def test_the_seam_gives_the_os_login_on_a_file(monkeypatch) -> None:
    """(On a PostgreSQL station server the seam asks the database for
    ``session_user``: tests/pgserver.)"""
    monkeypatch.delenv("SAMBANG_USER")
    assert identity.login_for_database(make_database("x.db")) == ME
    assert identity.login_for_database(None) == ME


@pytest.mark.parametrize(
    "argv",
    [
        ["inbox", "list"],
        ["plan", "propose"],
        ["review", "verify", "LK/1/XII/2024"],
        ["export", "reports", "--from", "2024-12-01", "--to", "2024-12-02"],
    ],
)
@pytest.mark.parametrize("var", ["SAMBANG_USER", "SAMBANG_TODAY"])
def test_every_command_says_once_what_it_ignored(
    station: str, capsys, monkeypatch, argv: list[str], var: str
) -> None:
    """On a shared file every command warns, whether or not it happens to ask
    who is acting or what day it is (``inbox list`` asked neither)."""
    monkeypatch.setenv("SAMBANG_USER", "")
    monkeypatch.setenv(var, "kanit" if var == "SAMBANG_USER" else "2020-01-01")
    cli.main([*argv, "--db", station])
    err = capsys.readouterr().err
    assert err.count(f"sambang: {var} diabaikan") == 1, err
