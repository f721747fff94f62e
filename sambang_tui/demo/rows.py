"""Writing the demo's rows: bulk inserts with explicit ids, timestamps,
clearing an earlier demo and the PostgreSQL sequences after it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from peewee import Database, Model

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import (
    MODELS,
    Setting,
)


def clear(db: Database) -> None:
    """Delete every row of a demo database in place (inside the caller's
    transaction): the file stays the same file, so a desk app still open on
    it keeps working on what is now the new demo."""
    if is_sqlite(db):
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for model in reversed(MODELS):
            if model is not Setting:
                db.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
        return
    tables = [m._meta.table_name for m in MODELS if m is not Setting]
    db.execute_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")


def reset_sequences(db: Database, models: Iterable[type[Model]]) -> None:
    for model in models:
        table = model._meta.table_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE((SELECT MAX(id) FROM "{table}"), 1))'
        )


def bulk(model: type[Model], rows: list[dict[str, Any]], written: list[type[Model]]) -> None:
    for start in range(0, len(rows), 400):
        model.insert_many(rows[start : start + 400]).as_rowcount().execute()
    written.append(model)


def stamp(day: dt.date, time: dt.time, minutes: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, time) + dt.timedelta(minutes=minutes)
