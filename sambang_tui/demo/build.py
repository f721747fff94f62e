"""``sambang demo``: the demo station written into a database in one
transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.pg import session as pg_session
from sambang_tui.demo.builder import Builder
from sambang_tui.demo.rows import clear, reset_sequences
from sambang_tui.demo.story import DemoSummary
from sambang_tui.demo.target import demo_target_state, safety_backup, station_server_builder
from sambang_tui.services.admin import runtime
from sambang_tui.services.core import clock, store
from sambang_tui.services.core.actor import current_os_user
from sambang_tui.services.core.database_errors import describe_target
from sambang_tui.services.core.errors import ServiceError
from sambang_tui.services.core.identity import mark_demo


def build_demo(
    target: str,
    today: dt.date | None = None,
    *,
    os_user: str | None = None,
    replace: bool = False,
) -> DemoSummary:
    """Write the demo station into ``target`` and return what it holds.

    ``os_user`` (default: the current OS login) is mapped to a second desk
    officer when it is none of the demo logins, so the person who built the
    demo can work in it. ``target`` must be new or empty, or — with
    ``replace`` — an earlier demo, which is first saved as a safety backup
    and then rewritten in place in one transaction. A station's data is
    never replaced (``PermissionDenied``).
    """
    today = today or clock.today()
    os_user = current_os_user() if os_user is None else os_user
    state = demo_target_state(target)
    if state == "demo" and not replace:
        raise ServiceError("demo.err.has_demo", target=describe_target(target))
    safety = safety_backup(target) if state == "demo" else None
    db = runtime.connect(target, announce=False)  # a demo, or empty: nothing to ignore
    try:
        station_server = pg_session.managed(db)
        if station_server:
            os_user = station_server_builder(db)
        with store.refusals(), db.atomic():
            if station_server:  # the rows are the demo's own: no review rules, no audit rows
                db.execute_sql("SET LOCAL session_replication_role = replica")
            if state == "demo":
                clear(db)
                runtime.ensure_defaults()
            builder = Builder(today, os_user)
            mark_demo()
            summary = builder.build(target)
        if is_sqlite(db):
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            reset_sequences(db, builder.written)
        if station_server:
            from sambang_tui.services.admin import server

            server.sync_all(db)  # the demo logins get their login roles
    finally:
        runtime.close()
    return dataclasses.replace(summary, safety_backup=safety)
