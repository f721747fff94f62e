"""Forms as they are being typed, kept per OS user and form key
(``entry.new``, ``entry.report.<id>``) so a dead terminal loses nothing.

Each call is one short write; the UI calls these from a worker, debounced."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sambang_tui.db.models import Draft
from sambang_tui.services.store import write

FORM_MAX = 40


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def save_draft(os_user: str, form: str, data: dict[str, Any]) -> None:
    """Insert or replace the draft of ``form`` for ``os_user``."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    form = form[:FORM_MAX]

    def upsert() -> None:
        (
            Draft.insert(os_user=os_user, form=form, data=text, updated_at=_now())
            .on_conflict(
                conflict_target=[Draft.os_user, Draft.form],
                update={Draft.data: text, Draft.updated_at: _now()},
            )
            .execute()
        )

    write(upsert)


def load_draft(os_user: str, form: str) -> tuple[dict[str, Any], dt.datetime] | None:
    """The stored draft and when it was last saved, or None. A draft that no
    longer reads as JSON is treated as absent."""
    row = Draft.get_or_none((Draft.os_user == os_user) & (Draft.form == form[:FORM_MAX]))
    if row is None:
        return None
    try:
        data = json.loads(row.data)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return data, row.updated_at


def delete_draft(os_user: str, form: str) -> None:
    def remove() -> None:
        Draft.delete().where((Draft.os_user == os_user) & (Draft.form == form[:FORM_MAX])).execute()

    write(remove)


def pending_drafts(os_user: str) -> list[tuple[str, dt.datetime]]:
    """Every draft of ``os_user`` (form key, saved at), newest first — for a
    start-up reminder."""
    query = (
        Draft.select(Draft.form, Draft.updated_at)
        .where(Draft.os_user == os_user)
        .order_by(Draft.updated_at.desc(), Draft.id.desc())
    )
    return [(row.form, row.updated_at) for row in query]
