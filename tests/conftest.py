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
    """Every table but the migration history empty, each id sequence
    restarted — what ``TRUNCATE … RESTART IDENTITY`` of them all does, at a
    fraction of its cost: only the tables that hold rows are emptied (a
    DELETE; truncating ~30 tables took ~0.1 s a test)."""
    import psycopg

    _restored.pop(url, None)
    with psycopg.connect(url) as conn:
        conn.execute("SET LOCAL session_replication_role = replica")  # no FK checks
        tables = [t for t in _pg_tables(conn) if t != HISTORY]
        _empty(conn, tables)
        restart = [seq for table, _column, seq in _pg_serials(conn) if table != HISTORY]
        if restart:
            conn.execute("SELECT " + ", ".join(f"setval('{seq}', 1, false)" for seq in restart))
        if demo:
            conn.execute("INSERT INTO setting (key, value) VALUES ('demo', '1')")
        conn.commit()


HISTORY = "schema_migration"


def _empty(conn: object, tables: list[str]) -> None:
    """DELETE the rows of those of ``tables`` that hold any (FK checks off)."""
    if not tables:
        return
    probe = " UNION ALL ".join(f"SELECT '{t}' WHERE EXISTS (SELECT 1 FROM \"{t}\")" for t in tables)
    for (table,) in conn.execute(probe).fetchall():  # type: ignore[attr-defined]
        conn.execute(f'DELETE FROM "{table}"')  # type: ignore[attr-defined]


def _pg_serials(conn: object) -> list[tuple[str, str, str]]:
    """(table, column, sequence) of every id sequence a column owns."""
    return conn.execute(  # type: ignore[attr-defined, no-any-return]
        "SELECT t.relname, a.attname, s.oid::regclass::text FROM pg_class s"
        " JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = s.oid"
        " AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')"
        " JOIN pg_class t ON t.oid = d.refobjid"
        " JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid"
        " WHERE s.relkind = 'S' AND t.relnamespace = current_schema()::regnamespace"
        " ORDER BY 1"
    ).fetchall()


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


# per database URL, each table as the last restore left it: the id of the
# transaction that wrote its rows back, and how many it wrote
_restored: dict[str, dict[str, tuple[str, int]]] = {}


def _restore_pg(url: str, rows: dict[str, bytes]) -> None:
    """Every table as ``rows`` hold it, its id sequence after the last id;
    foreign keys and triggers are off while the rows go back in.

    A table is written back only when it may differ from ``rows``: unless
    it still holds exactly the rows the last restore wrote — as many, and
    each one's ``xmin`` that restore's transaction (an insert or update
    since gives a row another ``xmin``; a delete lowers the count; a vacuum
    freezing rows only makes the table be written again). Most tests change
    a few tables; writing all ~30 back took ~0.2 s a test."""
    import psycopg

    kept = _restored.pop(url, {})
    with psycopg.connect(url) as conn:
        conn.execute("SET LOCAL session_replication_role = replica")
        tables = _pg_tables(conn)
        same = _unchanged(conn, kept) if set(kept) == set(tables) == set(rows) else set()
        stale = [t for t in tables if t not in same]
        _empty(conn, stale)
        for table in stale:
            if table in rows:
                with conn.cursor().copy(f'COPY "{table}" FROM STDIN (FORMAT binary)') as copy:
                    copy.write(rows[table])
        conn.execute(
            "SELECT "
            + ", ".join(
                f'setval(\'{seq}\', COALESCE((SELECT max("{c}") FROM "{t}"), 1),'
                f' (SELECT max("{c}") FROM "{t}") IS NOT NULL)'
                for t, c, seq in _pg_serials(conn)
            )
        )
        (xid,) = conn.execute("SELECT pg_current_xact_id()::xid::text").fetchone()  # type: ignore[misc]
        written = {t: (xid, n) for t, n in _counts(conn, stale).items()}
        conn.commit()
    _restored[url] = {t: kept[t] for t in same} | written


def _counts(conn: object, tables: list[str]) -> dict[str, int]:
    if not tables:
        return {}
    found = conn.execute(  # type: ignore[attr-defined]
        " UNION ALL ".join(f"(SELECT '{t}', count(*) FROM \"{t}\")" for t in tables)
    ).fetchall()
    return dict(found)


def _unchanged(conn: object, kept: dict[str, tuple[str, int]]) -> set[str]:
    """The tables of ``kept`` still holding exactly the rows it names."""
    tables = sorted(kept)
    found = conn.execute(  # type: ignore[attr-defined]
        " UNION ALL ".join(
            f"(SELECT '{t}', count(*), count(*) FILTER (WHERE NOT xmin = '{kept[t][0]}'::xid)"
            f' FROM "{t}")'
            for t in tables
        )
    ).fetchall()
    return {t for t, count, other in found if count == kept[t][1] and other == 0}


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


@pytest.fixture
def demo_actor(demo_target: str) -> object:
    """The demo's desk officer, connected to ``demo_target``."""
    from sambang_tui.services.admin import runtime

    runtime.connect(demo_target)
    return runtime.actor_for("desk")
