"""Forms as they are being typed, kept per OS user, form key (``entry.new``,
``entry.report.<id>``, ``entry.plan.<id>``) and app instance, so a dead
terminal loses nothing and two instances of one login never write over
each other's form.

An instance is named by its *session*: host, process id and the process's
start time (``/proc``), so a reused process id is another session. A draft
whose session no longer runs is *orphaned*: the next start of that login
offers it, and the form it belongs to claims it (``claim``) — one instance
only, however many start at once. A session on another host cannot be
looked at; its drafts count as orphaned once they are ``OTHER_HOST_AFTER``
old.

Each call is one short write; the UI calls these from a worker, debounced."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sambang_tui.db.models import Draft, Officer, Plan, Report
from sambang_tui.services.core import clock
from sambang_tui.services.core.store import write
from sambang_tui.services.master.people import rank_name

FORM_MAX = 40
SESSION_MAX = 64
OTHER_HOST_AFTER = dt.timedelta(hours=12)
LATER = "later:"  # the session of a draft left for later (``set_aside``)

_session: str | None = None


def _now() -> dt.datetime:
    return clock.wall_now()


def _start_ticks(pid: int) -> str | None:
    """The start time of process ``pid`` (clock ticks since boot, from
    ``/proc``), or None where there is no ``/proc`` or no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # the command name (field 2) may hold spaces and parentheses: split after it
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None


def _host() -> str:
    return socket.gethostname()[:32] or "host"


def session_key() -> str:
    """This app instance's session: ``host:pid:start``."""
    global _session
    if _session is None or int(_session.split(":")[-2]) != os.getpid():  # forked: a new one
        start = _start_ticks(os.getpid()) or str(int(time.time()))
        _session = f"{_host()}:{os.getpid()}:{start}"[:SESSION_MAX]
    return _session


def session_alive(session: str, updated_at: dt.datetime | None = None) -> bool:
    """Whether the instance ``session`` still runs (an unknown one from
    another host counts as running until its draft is old)."""
    if session == session_key():
        return True
    parts = session.rsplit(":", 2)
    if len(parts) != 3 or not parts[1].isdigit():
        return False  # the empty session of drafts kept before sessions existed
    host, pid, start = parts[0], int(parts[1]), parts[2]
    if host != _host():
        return updated_at is not None and _now() - updated_at < OTHER_HOST_AFTER
    ticks = _start_ticks(pid)
    if ticks is not None:
        return ticks == start
    if Path("/proc/self/stat").exists():
        return False  # /proc works and has no such process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _form(form: str) -> str:
    return form[:FORM_MAX]


def save_draft(os_user: str, form: str, data: dict[str, Any], session: str | None = None) -> None:
    """Insert or replace this session's draft of ``form`` for ``os_user``."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    form = _form(form)
    session = session_key() if session is None else session

    def upsert() -> None:
        (
            Draft.insert(os_user=os_user, form=form, data=text, updated_at=_now(), session=session)
            .on_conflict(
                conflict_target=[Draft.os_user, Draft.form, Draft.session],
                update={Draft.data: text, Draft.updated_at: _now()},
            )
            .execute()
        )

    write(upsert)


class DraftWrites:
    """The draft writes of one open form, in the order they were asked for:
    each gets a number when asked (``next``), and one that lands after a
    newer one has landed is dropped. Writes run in workers (and at exit on
    the app's thread), so they may finish out of order; the newest wins."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._asked = 0
        self._written = 0

    def next(self) -> int:
        with self._lock:
            self._asked += 1
            return self._asked

    def write(self, seq: int, os_user: str, form: str, data: dict[str, Any] | None) -> bool:
        """Save ``data`` as the form's draft (``None``: delete it) unless a
        newer write has landed already; whether it was written."""
        with self._lock:
            if seq < self._written:
                return False
            if data is None:
                delete_draft(os_user, form)
            else:
                save_draft(os_user, form, data)
            self._written = seq
            return True


def _read(row: Draft | None) -> tuple[dict[str, Any], dt.datetime] | None:
    if row is None:
        return None
    try:
        data = json.loads(row.data)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return data, row.updated_at


def load_draft(
    os_user: str, form: str, session: str | None = None
) -> tuple[dict[str, Any], dt.datetime] | None:
    """This session's stored draft and when it was last saved, or None. A
    draft that no longer reads as JSON is treated as absent."""
    row = Draft.get_or_none(
        (Draft.os_user == os_user)
        & (Draft.form == _form(form))
        & (Draft.session == (session_key() if session is None else session))
    )
    return _read(row)


def delete_draft(os_user: str, form: str, session: str | None = None) -> None:
    def remove() -> None:
        Draft.delete().where(
            (Draft.os_user == os_user)
            & (Draft.form == _form(form))
            & (Draft.session == (session_key() if session is None else session))
        ).execute()

    write(remove)


@dataclass(frozen=True)
class OrphanDraft:
    """A draft left by an instance that no longer runs."""

    id: int
    form: str
    session: str
    saved_at: dt.datetime
    data: dict[str, Any]
    # what the form was about, as people name it: the report's number, the
    # plan's day and officer ("" when it is gone) — never a database id
    label: str = ""

    @property
    def kind(self) -> str:
        """``new``, ``report`` or ``plan``."""
        parts = self.form.split(".")
        return parts[1] if len(parts) > 1 else self.form

    @property
    def target_id(self) -> int | None:
        last = self.form.rsplit(".", 1)[-1]
        return int(last) if last.isdigit() else None

    @property
    def hint(self) -> str:
        """A few words of what was typed, to tell drafts apart."""
        for key in ("narrative", "place", "message", "findings"):
            value = self.data.get(key)
            if isinstance(value, str) and value.strip():
                return " ".join(value.split())[:60]
        return ""


def orphaned_drafts(os_user: str) -> list[OrphanDraft]:
    """Every draft of ``os_user`` whose instance no longer runs, newest first
    (the start-up offer)."""
    query = (
        Draft.select()
        .where((Draft.os_user == os_user) & (Draft.session != session_key()))
        .order_by(Draft.updated_at.desc(), Draft.id.desc())
    )
    found = []
    for row in query:
        read = _read(row)
        if read is None or session_alive(row.session, row.updated_at):
            continue
        found.append(OrphanDraft(row.id, row.form, row.session, row.updated_at, read[0]))
    return _labelled(found)


def _labelled(found: list[OrphanDraft]) -> list[OrphanDraft]:
    """Each draft with what its form was about (``OrphanDraft.label``)."""
    report_ids = {d.target_id for d in found if d.kind == "report" and d.target_id}
    plan_ids = {d.target_id for d in found if d.kind == "plan" and d.target_id}
    labels: dict[tuple[str, int], str] = {}
    if report_ids:
        for report in Report.select(Report.id, Report.number).where(
            Report.id.in_(report_ids) & Report.deleted_at.is_null()
        ):
            labels["report", report.id] = report.number
    if plan_ids:
        rows = (
            Plan.select(Plan.id, Plan.date, Officer.rank, Officer.name)
            .join(Officer, on=(Plan.officer == Officer.id))
            .where(Plan.id.in_(plan_ids))
        )
        for plan in rows:
            who = rank_name(plan.officer.rank, plan.officer.name)
            labels["plan", plan.id] = f"{plan.date:%d/%m/%Y} {who}"
    return [
        replace(d, label=labels.get((d.kind, d.target_id or 0), "")) if d.target_id else d
        for d in found
    ]


def claim(
    os_user: str, form: str, draft_id: int | None = None
) -> tuple[dict[str, Any], dt.datetime] | None:
    """Take an orphaned draft of ``form`` (``draft_id``, or the newest) into
    this session and return it; None when there is none, when this session
    already keeps a draft of that form, or when another instance took it
    first."""
    form = _form(form)
    mine = session_key()

    def run() -> tuple[dict[str, Any], dt.datetime] | None:
        if (
            Draft.select()
            .where((Draft.os_user == os_user) & (Draft.form == form) & (Draft.session == mine))
            .exists()
        ):
            return None
        query = Draft.select().where(
            (Draft.os_user == os_user) & (Draft.form == form) & (Draft.session != mine)
        )
        if draft_id is not None:
            query = query.where(Draft.id == draft_id)
        for row in query.order_by(Draft.updated_at.desc(), Draft.id.desc()):
            if session_alive(row.session, row.updated_at):
                continue
            taken = (
                Draft.update(session=mine)
                .where((Draft.id == row.id) & (Draft.session == row.session))
                .execute()
            )
            if taken == 1:
                return _read(row)
        return None

    return write(run)


def set_aside(os_user: str, form: str) -> bool:
    """Leave this session's draft of ``form`` for later (the person answered
    "not now"): it is kept apart from what is typed next in the form, as a
    draft no running instance holds, so the form offers it again when it
    opens next and ``orphaned_drafts`` lists it, in this session and after a
    restart. Whether there was one."""
    form = _form(form)
    mine = session_key()

    def run() -> bool:
        row = Draft.get_or_none(
            (Draft.os_user == os_user) & (Draft.form == form) & (Draft.session == mine)
        )
        if row is None:
            return False
        # "later:<id>" names no instance (session_alive: not running) and is
        # unique, so drafts set aside one after another never collide
        Draft.update(session=f"{LATER}{row.id}").where(Draft.id == row.id).execute()
        return True

    return write(run)


def discard(os_user: str, draft_id: int) -> None:
    """Throw away an orphaned draft the person chose not to keep."""

    def remove() -> None:
        Draft.delete().where(
            (Draft.id == draft_id) & (Draft.os_user == os_user) & (Draft.session != session_key())
        ).execute()

    write(remove)
