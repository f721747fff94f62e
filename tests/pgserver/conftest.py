"""The station server the tests attack: a peer-authenticated cluster, a
database prepared by ``sambang server init`` holding the demo station (and a
second station), and OS users mapped to its officers.

Built once per test session (per xdist worker) as root. The database's
officers are re-pointed to the throw-away OS users:

- ``desk``: Bhabinkamtibmas Paseban (a desk officer: enters and submits reports)
- ``kanit``: the Kanit Binmas (reviews)
- ``admin``: the demo's desk officer, who is the station's admin
- ``nobody``: an OS login with no officer
- ``other``: a desk officer of another station (Polsek Kemayoran)
- ``reader``: a read-only login of Polsek Senen; ``polres``: reads every station
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pgserver.peer import Cluster, OsUsers, preload

DEMO_DAY = dt.date(2024, 12, 4)
ROLES = ("desk", "kanit", "admin", "nobody", "other", "reader", "polres")
# demo login -> test role
REMAP = {"bhabin.paseban": "desk", "kanit": "kanit", "desk": "admin"}


@dataclass
class Station:
    cluster: Cluster
    database: str
    users: dict[str, str]  # role -> OS login
    home: Path  # a folder every test user may write (data, config, logs)

    @property
    def url(self) -> str:
        """What desks use: no user, so each connects as their own login."""
        return self.cluster.url(self.database)

    @property
    def super_url(self) -> str:
        return self.cluster.url(self.database, "postgres")

    def psql(self, role: str, sql: str):  # noqa: ANN201
        user = "postgres" if role == "postgres" else self.users[role]
        return self.cluster.psql(user, self.database, sql)

    def scalar(self, sql: str) -> str:
        done = self.psql("postgres", sql)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def env(self, **extra: str | None) -> dict[str, str | None]:
        """The environment of a desk: its own folders, the server's URL, and
        no ``SAMBANG_USER``/``SAMBANG_TODAY`` (tests that try them pass them)."""
        return {
            "SAMBANG_USER": None,
            "SAMBANG_TODAY": None,
            **extra,
            "SAMBANG_DATA_DIR": str(self.home / "data"),
            "SAMBANG_CONFIG_DIR": str(self.home / "config"),
            "SAMBANG_LOG_DIR": str(self.home / "log"),
            "SAMBANG_DB": self.url,
        }


@pytest.fixture(scope="session")
def peer_cluster() -> Iterator[Cluster]:
    preload()
    cluster = Cluster.start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def os_users() -> Iterator[dict[str, str]]:
    users = OsUsers()
    try:
        yield {role: users.add(role) for role in ROLES}
    finally:
        users.remove()


def build_station(cluster: Cluster, users: dict[str, str], database: str) -> Station:
    """``server init``, the demo, a second station, logins re-pointed."""
    from sambang_tui.demo import build_demo
    from sambang_tui.services.admin import runtime, server

    home = Path(tempfile.mkdtemp(prefix="sambang-peer-home-"))
    home.chmod(0o1777)
    station = Station(cluster, database, users, home)
    server.init_server(station.super_url)
    build_demo(station.super_url, today=DEMO_DAY, os_user="")
    runtime.close()
    sql = [
        f"UPDATE officer SET os_user = '{users[role]}' WHERE os_user = '{login}'"
        for login, role in REMAP.items()
    ]
    sql.append(
        "INSERT INTO station (name, polres, polda, address, city, humas_signoff, version, "
        "unit_code, warrant, addressee, attention, copies) VALUES ('Polsek Kemayoran', "
        "'Polres Metro Jakarta Pusat', 'Polda Metro Jaya', '', 'Jakarta Pusat', '', 1, "
        "'', '', '', '', '')"
    )
    sql.append(
        "INSERT INTO officer (station_id, nrp, name, rank, role, phone, os_user, is_admin, "
        "active, version) SELECT id, '91020304', 'Budi Kemayoran', 'Brigpol', 'desk', '', "
        f"'{users['other']}', false, true, 1 FROM station WHERE name = 'Polsek Kemayoran'"
    )
    sql.append(
        "INSERT INTO kelurahan (station_id, name, kind, kecamatan, city, version) "
        "SELECT id, 'Gunung Sahari Selatan', 'kelurahan', 'Kemayoran', 'Jakarta Pusat', 1 "
        "FROM station WHERE name = 'Polsek Kemayoran'"
    )
    sql.append(
        f"SELECT sambang.set_reader('{users['reader']}', "
        "(SELECT id FROM station WHERE name = 'Polsek Senen'))"
    )
    sql.append(f"SELECT sambang.set_reader('{users['polres']}', NULL)")
    done = cluster.psql("postgres", database, "; ".join(sql))
    assert done.returncode == 0, done.stderr
    return station


@pytest.fixture(scope="session")
def station(peer_cluster: Cluster, os_users: dict[str, str]) -> Iterator[Station]:
    """The shared station server; tests that change it undo what they did or
    work on rows of their own."""
    built = build_station(peer_cluster, os_users, "sambang")
    yield built
    shutil.rmtree(built.home, ignore_errors=True)


@pytest.fixture
def as_user(station: Station):  # noqa: ANN201
    """``as_user(role, fn, *args)``: run ``fn`` in a child as that role's OS user."""
    from pgserver.peer import run_as

    from sambang_tui.services.admin import runtime

    def call(role: str, fn, *args, env: dict | None = None, **kwargs):  # noqa: ANN001, ANN202
        runtime.close()
        task = functools.partial(fn, *args, **kwargs)
        return run_as(station.users[role], task, env=station.env(**(env or {})))

    return call


@pytest.fixture(autouse=True)
def _no_pg_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE"):
        monkeypatch.delenv(name, raising=False)
    os.environ.pop("SAMBANG_DB", None)
