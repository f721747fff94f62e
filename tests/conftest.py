"""Fixtures shared by every test layer.

The suite runs on a fresh SQLite file per test, or, when ``SAMBANG_TEST_DB``
names a PostgreSQL URL, on that server (one database per xdist worker, tables
truncated between tests).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("TEXTUAL_ANIMATIONS", "none")


def _finer_idle_wait() -> None:
    """The pilot waits, after every key, until the app is idle, probing in
    slices of 20 ms: with hundreds of keys typed per form that is most of a
    UI test's time. The same idle rule (CPU time well below wall time) in
    4 ms slices waits as surely and much less."""
    import textual._wait as wait

    wait.SLEEP_GRANULARITY = 1 / 250
    wait.SLEEP_IDLE = wait.SLEEP_GRANULARITY / 20


_finer_idle_wait()

PG_URL = os.environ.get("SAMBANG_TEST_DB", "")


def pytest_report_header(config: pytest.Config) -> str:
    return f"sambang database: {'PostgreSQL ' + PG_URL if PG_URL else 'SQLite (temporary files)'}"


@pytest.fixture(autouse=True)
def _isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep data, settings and logs of every test out of the real user dirs."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("SAMBANG_DATA_DIR", str(home / "data"))
    monkeypatch.setenv("SAMBANG_CONFIG_DIR", str(home / "config"))
    monkeypatch.setenv("SAMBANG_LOG_DIR", str(home / "log"))
    monkeypatch.setenv("SAMBANG_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("SAMBANG_USER", "desk")
    monkeypatch.delenv("SAMBANG_DB", raising=False)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On PostgreSQL, run what touches its database: a test with no database
    fixture (the parser, a document's layout, a file of its own) learns
    nothing from a second run; a real-terminal test checks the database once,
    in one terminal type (the SQLite run covers both)."""
    if not PG_URL:
        return
    keep: list[pytest.Item] = []
    skipped: list[pytest.Item] = []
    for item in items:
        uses_db = "pg_url" in getattr(item, "fixturenames", ())
        callspec = getattr(item, "callspec", None)
        other_term = callspec is not None and callspec.params.get("term") == "linux"
        (keep if uses_db and not other_term else skipped).append(item)
    if skipped:
        config.hook.pytest_deselected(items=skipped)
        items[:] = keep


def _worker_pg_url(worker_id: str) -> str:
    if worker_id in ("", "master"):
        return PG_URL
    import psycopg
    from playhouse.db_url import parse

    params = parse(PG_URL)
    name = f"{params['database']}_{worker_id}"
    base = PG_URL.rsplit("/", 1)[0]
    with psycopg.connect(f"{base}/{params['database']}", autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')
    return f"{base}/{name}"


@pytest.fixture(scope="session")
def pg_url(worker_id: str) -> str:
    if not PG_URL:
        return ""
    url = _worker_pg_url(worker_id)
    from sambang_tui.services.admin import runtime

    db = runtime.connect(url)
    db.close()
    return url


def _reset_pg(url: str, demo: bool = True) -> None:
    from sambang_tui.db.database import make_database

    db = make_database(url)
    db.connect()
    tables = [t for t in db.get_tables() if t != "schema_migration"]
    if tables:
        db.execute_sql(
            "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
        )
    if demo:
        db.execute_sql("INSERT INTO setting (key, value) VALUES ('demo', '1')")
    db.close()


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite database marked as a demo (as the test
    databases are, so ``SAMBANG_USER``/``SAMBANG_TODAY`` apply to them)."""
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core import identity

    path = tmp_path_factory.mktemp("empty-template") / "sambang.db"
    db = runtime.connect(str(path))
    identity.mark_demo()
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    runtime.close()
    return path


@pytest.fixture
def db_target(request: pytest.FixtureRequest, tmp_path: Path, pg_url: str) -> str:
    """A database target string (path or URL) that is empty but migrated,
    and marked as a demo. Identity tests that need a station's database
    remove the mark (``identity`` tests) or make their own file."""
    if pg_url:
        _reset_pg(pg_url)
        return pg_url
    import shutil

    target = tmp_path / "sambang.db"
    shutil.copyfile(request.getfixturevalue("_empty_template"), target)
    return str(target)


@pytest.fixture
def db(db_target: str) -> Iterator[object]:
    """The bound, migrated database with default activity types and station,
    marked as a demo as ``sambang demo`` marks one, so ``SAMBANG_USER`` and
    ``SAMBANG_TODAY`` apply to it (they never do on a station's database)."""
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core import identity

    database = runtime.connect(db_target)
    identity.mark_demo()  # already marked; bound again for this process
    yield database
    runtime.close()


@pytest.fixture
def actor(db: object):
    """An admin desk actor in the default station."""
    from sambang_tui.services.admin.runtime import station_for
    from sambang_tui.services.core.actor import Actor

    return Actor(os_user="desk", station_id=station_for().id, is_admin=True, role="desk")


DEMO_TODAY = "2024-12-04"


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The SQLite demo database, built once per session (today = DEMO_TODAY)."""
    import datetime as dt

    from sambang_tui.demo import build_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    build_demo(str(path), today=dt.date.fromisoformat(DEMO_TODAY), os_user="desk")
    return path


@pytest.fixture(scope="session")
def _pg_demo_rows(pg_url: str) -> dict[str, bytes]:
    """The demo built once per worker on PostgreSQL, kept as each table's
    rows (COPY, binary); a test's demo database is these rows copied back."""
    import datetime as dt

    import psycopg

    from sambang_tui.demo import build_demo

    _reset_pg(pg_url)
    build_demo(pg_url, today=dt.date.fromisoformat(DEMO_TODAY), os_user="desk")
    rows: dict[str, bytes] = {}
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for table in _pg_tables(conn):
            with conn.cursor().copy(f'COPY "{table}" TO STDOUT (FORMAT binary)') as copy:
                rows[table] = b"".join(bytes(chunk) for chunk in copy)
    return rows


def _pg_tables(conn: object) -> list[str]:
    found = conn.execute(  # type: ignore[attr-defined]
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY 1"
    ).fetchall()
    return [name for (name,) in found]


def _restore_pg(url: str, rows: dict[str, bytes]) -> None:
    """Every table as ``rows`` hold it, its id sequence after the last id;
    foreign keys and triggers are off while the rows go back in."""
    import psycopg

    with psycopg.connect(url) as conn:
        tables = _pg_tables(conn)
        conn.execute(
            "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
        )
        conn.execute("SET LOCAL session_replication_role = replica")
        for table, data in rows.items():
            with conn.cursor().copy(f'COPY "{table}" FROM STDIN (FORMAT binary)') as copy:
                copy.write(data)
        serials = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%%'"
        ).fetchall()
        for table, column in serials:
            conn.execute(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'),"
                f' COALESCE(max("{column}"), 1), max("{column}") IS NOT NULL) FROM "{table}"'
            )
        conn.commit()


@pytest.fixture
def demo_target(
    request: pytest.FixtureRequest, tmp_path: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """A migrated demo database of Polsek Senen as of 2024-12-04 (also set as
    SAMBANG_TODAY): a copy of the session template on SQLite, of the
    worker's demo rows on PostgreSQL. Logins: desk (admin), kanit, kapolsek, bhabin.<kelurahan>."""
    import shutil

    from sambang_tui.services.admin import runtime

    monkeypatch.setenv("SAMBANG_TODAY", DEMO_TODAY)
    if pg_url:
        _restore_pg(pg_url, request.getfixturevalue("_pg_demo_rows"))
        target = pg_url
    else:
        template = request.getfixturevalue("_demo_template")
        target = str(tmp_path / "demo.db")
        shutil.copyfile(template, target)
    yield target
    runtime.close()
