"""Reads the app may abandon: a unit of work that only reads (the Beranda's
summary) and stops once its ``stop`` event is set, so that leaving the app
does not wait for a summary nobody will see any more.

On SQLite the running query itself stops (a progress handler: SQLite ends it
with "interrupted"); on PostgreSQL a read not yet begun is refused and one
under way runs to its end. Never for work that writes: a stopped write would
lose what was being saved.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator

from sambang_tui.db.models import database_proxy

PROGRESS_STEPS = 1000  # SQLite virtual-machine steps between two looks at ``stop``


class ReadStopped(Exception):
    """The read was abandoned before it began."""


@contextlib.contextmanager
def read_session(stop: threading.Event) -> Iterator[None]:
    """A connection context on the current thread, like ``runtime.session``,
    for reads only, abandoned once ``stop`` is set."""
    if stop.is_set():
        raise ReadStopped
    with database_proxy.connection_context():
        conn = database_proxy.obj.connection()
        watched = isinstance(conn, sqlite3.Connection)
        if watched:
            conn.set_progress_handler(stop.is_set, PROGRESS_STEPS)
        try:
            yield
        finally:
            if watched:
                conn.set_progress_handler(None, 0)
