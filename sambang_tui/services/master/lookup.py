"""Small read-only look-ups the forms complete and default from: officers,
activity types, kelurahan, contacts, RW/RT numbers, assignments, the running
operation and open problems. Every station-owned query filters on the actor's
station."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar

from peewee import JOIN, SQL, ColumnBase, Expression, Field, NodeList, fn

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Assignment,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Problem,
)
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core.actor import Actor


@dataclass(frozen=True)
class Choice:
    id: int
    label: str
    detail: str = ""


@dataclass(frozen=True)
class TypeChoice:
    id: int
    code: str
    name: str
    form_kind: str


_F = TypeVar("_F", bound=Callable[..., Any])
_memo: ContextVar[dict[tuple[Any, ...], Any] | None] = ContextVar("lookup_memo", default=None)


@contextlib.contextmanager
def remembered() -> Iterator[None]:
    """Inside this block (this thread only), the look-ups marked
    ``@_remember`` answer a question asked before from memory: a batch
    that asks the same few questions thousands of times (the chat-export
    import parses every message against the same master data) reads them
    once."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def _remember(fn: _F) -> _F:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        memo = _memo.get()
        if memo is None:
            return fn(*args, **kwargs)
        key = (fn.__name__, args, tuple(sorted(kwargs.items())))
        if key not in memo:
            memo[key] = fn(*args, **kwargs)
        return memo[key]

    return wrapper  # type: ignore[return-value]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _like(field: Field, pattern: str) -> ColumnBase:
    """Case-insensitive ``LIKE`` with ``\\`` as escape, on SQLite and PostgreSQL."""
    return NodeList((fn.LOWER(field), SQL("LIKE"), pattern.lower(), SQL("ESCAPE '\\'")))


def icontains(field: Field, text: str) -> ColumnBase:
    """``field`` contains ``text``, ignoring case; ``%``/``_`` are literal."""
    return _like(field, f"%{_escape_like(text)}%")


def istartswith(field: Field, text: str) -> ColumnBase:
    return _like(field, f"{_escape_like(text)}%")


def officer_label(officer: Officer) -> str:
    return f"{officer.rank} {officer.name} · {officer.nrp}"


def officers(
    actor: Actor, text: str = "", limit: int = 20, active_only: bool = True
) -> list[Choice]:
    """Officers whose NRP starts with ``text`` or whose name contains it."""
    query = Officer.select().where(Officer.station == actor.station_id)
    if active_only:
        query = query.where(Officer.active == True)  # noqa: E712
    text = text.strip()
    if text:
        query = query.where(istartswith(Officer.nrp, text) | icontains(Officer.name, text))
    query = query.order_by(fn.LOWER(Officer.name), Officer.id).limit(limit)
    return [Choice(o.id, officer_label(o), o.role) for o in query]


@_remember
def resolve_officer(actor: Actor, text: str) -> Choice | None:
    """The officer named by an exact NRP, the exact label, or a unique name
    match (exact name first, then a unique substring)."""
    text = text.strip()
    if not text:
        return None
    base = Officer.select().where((Officer.station == actor.station_id) & (Officer.active == True))  # noqa: E712
    if "·" in text:
        text = text.rsplit("·", 1)[1].strip()
    found = base.where(Officer.nrp == text).first()
    if found is not None:
        return Choice(found.id, officer_label(found), found.role)
    exact = list(base.where(fn.LOWER(Officer.name) == text.lower()).limit(2))
    if len(exact) == 1:
        return Choice(exact[0].id, officer_label(exact[0]), exact[0].role)
    if exact:
        return None
    partial = list(base.where(icontains(Officer.name, text)).limit(2))
    if len(partial) == 1:
        return Choice(partial[0].id, officer_label(partial[0]), partial[0].role)
    return None


@_remember
def activity_types(text: str = "", limit: int = 20) -> list[TypeChoice]:
    """Active types whose code starts with ``text`` or whose name contains it;
    code matches first, then in the configured order."""
    query = ActivityType.select().where(ActivityType.active == True)  # noqa: E712
    text = text.strip()
    rows = list(query.order_by(ActivityType.sort, ActivityType.id))
    if text:
        low = text.lower()
        by_code = [r for r in rows if r.code.lower().startswith(low)]
        by_name = [r for r in rows if low in r.name.lower() and r not in by_code]
        rows = by_code + by_name
    return [TypeChoice(r.id, r.code, r.name, r.form_kind) for r in rows[:limit]]


@_remember
def kelurahan(actor: Actor, text: str = "", limit: int = 50) -> list[Choice]:
    query = Kelurahan.select().where(Kelurahan.station == actor.station_id)
    text = text.strip()
    if text:
        query = query.where(icontains(Kelurahan.name, text))
    query = query.order_by(Kelurahan.name).limit(limit)
    return [Choice(k.id, k.name, k.kecamatan) for k in query]


def contacts(
    actor: Actor, text: str = "", kelurahan_id: int | None = None, limit: int = 20
) -> list[Choice]:
    query = (
        Contact.select(Contact, Kelurahan)
        .join(Kelurahan)
        .where((Contact.station == actor.station_id) & (Contact.active == True))  # noqa: E712
    )
    if kelurahan_id is not None:
        query = query.where(Contact.kelurahan == kelurahan_id)
    text = text.strip()
    if text:
        query = query.where(icontains(Contact.name, text))
    query = query.order_by(fn.LOWER(Contact.name), Contact.id).limit(limit)
    return [Choice(c.id, c.name, f"{c.category} · {c.kelurahan.name}") for c in query]


def rw_numbers(kelurahan_id: int) -> list[int]:
    query = RW.select(RW.number).where(RW.kelurahan == kelurahan_id).order_by(RW.number)
    return [r.number for r in query]


def rt_numbers(kelurahan_id: int, rw: int) -> list[int]:
    query = (
        RT.select(RT.number)
        .join(RW)
        .where((RW.kelurahan == kelurahan_id) & (RW.number == rw))
        .order_by(RT.number)
    )
    return [r.number for r in query]


def area_numbers(actor: Actor) -> dict[int, dict[int, list[int]]]:
    """``{kelurahan id: {RW number: [RT numbers]}}`` of the station, in one
    query (the entry form reads it once when it opens)."""
    query = tuple_rows(
        RW.select(RW.kelurahan, RW.number, RT.number.alias("rt"))
        .join(Kelurahan, on=(RW.kelurahan == Kelurahan.id))
        .switch(RW)
        .join(RT, JOIN.LEFT_OUTER, on=(RT.rw == RW.id))
        .where(Kelurahan.station == actor.station_id)
        .order_by(RW.kelurahan, RW.number, RT.number)
    )
    out: dict[int, dict[int, list[int]]] = {}
    for kelurahan_id, rw, rt in query:
        rts = out.setdefault(kelurahan_id, {}).setdefault(rw, [])
        if rt is not None:
            rts.append(rt)
    return out


def _assignment_on(day: dt.date) -> Expression:
    return (Assignment.start <= day) & (Assignment.end.is_null() | (Assignment.end >= day))


@_remember
def assigned_kelurahan(officer_id: int, day: dt.date) -> int | None:
    """The kelurahan the officer is assigned to on ``day`` (the latest
    assignment when several overlap)."""
    row = (
        Assignment.select(Assignment.kelurahan)
        .where((Assignment.officer == officer_id) & _assignment_on(day))
        .order_by(Assignment.start.desc(), Assignment.id.desc())
        .first()
    )
    return row.kelurahan_id if row else None


@dataclass(frozen=True)
class Span:
    """A value that holds from ``start`` to ``end`` (open-ended when None):
    an officer's assignment to a kelurahan (``owner`` the officer) or an
    operation (``owner`` 0). A form reads them once and defaults from them
    at once, with no round trip while the person types on."""

    value: int
    owner: int
    start: dt.date
    end: dt.date | None
    rank: int = 0  # among spans starting the same day, the higher wins


def assignment_spans(actor: Actor) -> list[Span]:
    query = (
        Assignment.select(
            Assignment.id,
            Assignment.officer,
            Assignment.kelurahan,
            Assignment.start,
            Assignment.end,
        )
        .join(Officer)
        .where(Officer.station == actor.station_id)
    )
    return [Span(a.kelurahan_id, a.officer_id, a.start, a.end, a.id) for a in query]


def operation_spans(actor: Actor) -> list[Span]:
    query = Operation.select(Operation.id, Operation.start, Operation.end).where(
        Operation.station == actor.station_id
    )
    return [Span(o.id, 0, o.start, o.end, o.id) for o in query]


def span_on(spans: list[Span], day: dt.date, owner: int = 0) -> int | None:
    """The value holding on ``day`` for ``owner``; of several, the one that
    started last (as ``assigned_kelurahan`` and ``operation_on`` choose)."""
    holding = [
        s for s in spans if s.owner == owner and s.start <= day and (s.end is None or s.end >= day)
    ]
    if not holding:
        return None
    return max(holding, key=lambda s: (s.start, s.rank)).value


@_remember
def assigned_officers(kelurahan_id: int, day: dt.date) -> list[int]:
    query = (
        Assignment.select(Assignment.officer)
        .join(Officer)
        .where(
            (Assignment.kelurahan == kelurahan_id) & _assignment_on(day) & (Officer.active == True)  # noqa: E712
        )
        .order_by(Assignment.start, Assignment.id)
    )
    seen: list[int] = []
    for row in query:
        if row.officer_id not in seen:
            seen.append(row.officer_id)
    return seen


def operation_on(actor: Actor, day: dt.date) -> Choice | None:
    """The operation running on ``day`` (the one that started last)."""
    row = (
        Operation.select()
        .where(
            (Operation.station == actor.station_id)
            & (Operation.start <= day)
            & (Operation.end >= day)
        )
        .order_by(Operation.start.desc(), Operation.id.desc())
        .first()
    )
    if row is None:
        return None
    return Choice(row.id, row.name, f"{row.start.isoformat()} – {row.end.isoformat()}")


def open_problems(actor: Actor, kelurahan_id: int | None = None) -> list[Choice]:
    query = (
        Problem.select(Problem, Kelurahan)
        .join(Kelurahan)
        .where((Problem.station == actor.station_id) & (Problem.status == "terbuka"))
    )
    if kelurahan_id is not None:
        query = query.where(Problem.kelurahan == kelurahan_id)
    query = query.order_by(Problem.opened.desc(), Problem.id.desc())
    return [Choice(p.id, p.title, f"{p.kelurahan.name} · {p.opened.isoformat()}") for p in query]
