"""The reports list: filters, full-text search and paging, all in SQL.

A page is selected from ``report`` alone (newest first, by the
``(station, date)`` index) and only the rows of that page get their lead
officer, kelurahan, type and RW/RT looked up, so the cost of a page does not
grow with the table. Counting is a separate call the UI makes when it needs
the total, never on the way to the first page.

Search: on SQLite the FTS5 table ``report_fts``; on PostgreSQL the GIN index
on ``to_tsvector('simple', search_text)``. Each word typed becomes a quoted
prefix term, so user input can never break the query syntax.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from typing import Any

from peewee import OP, SQL, Expression, NodeList, fn

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    Kelurahan,
    Officer,
    Report,
    ReportOfficer,
    ReportType,
    database_proxy,
)
from sambang_tui.services.actor import Actor
from sambang_tui.services.validate import clean_text

_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"^LK/\d+/[IVX]+/\d{4}$", re.IGNORECASE)
MAX_WORDS = 8
MAX_LIMIT = 500
SMALL_SET = 2000


@dataclass
class ReportFilter:
    text: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    kelurahan_id: int | None = None
    officer_id: int | None = None
    type_id: int | None = None
    status: str | None = None
    operation_id: int | None = None
    problem_id: int | None = None
    rw: int | None = None
    situation: str | None = None


@dataclass(frozen=True)
class ReportRow:
    id: int
    number: str
    date: dt.date
    start_time: dt.time | None
    type_code: str
    kelurahan: str
    rw: int | None
    rt: int | None
    place: str
    lead_officer: str
    status: str
    situation: str
    version: int


def search_words(text: str) -> list[str]:
    """The words of a search, lower-cased, as the indexes tokenise them."""
    return [w.lower() for w in _WORD.findall(text or "")][:MAX_WORDS]


def fts5_query(words: list[str]) -> str:
    """``"paseban"* "salemba"*``: every word a quoted prefix term, all required."""
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def search_chunks(text: str) -> list[str]:
    """The space-separated pieces of a search that hold a letter or digit."""
    return [c.lower() for c in (text or "").split() if _WORD.search(c)][:MAX_WORDS]


def tsquery(chunks: list[str]) -> str:
    """``'paseban':* & 'lk/17':*`` for ``to_tsquery('simple', …)``.

    Each piece is quoted whole, so PostgreSQL's parser splits it exactly as
    it split the stored text (``lk/17/xii/2024`` is one token there, a
    hyphenated word a phrase) and no typed character is query syntax.
    """
    return " & ".join("'" + c.replace("\\", "\\\\").replace("'", "''") + "':*" for c in chunks)


def report_numbers(text: str) -> tuple[list[str], str]:
    """Whole report numbers typed in a search (``lk/17/xii/2024``), found by
    the indexed ``number`` column exactly; and the rest of the text."""
    numbers, rest = [], []
    for chunk in (text or "").split():
        if _NUMBER.match(chunk):
            numbers.append(chunk.upper())
        else:
            rest.append(chunk)
    return numbers, " ".join(rest)


def text_condition(text: str):
    """The search as one SQL condition (report numbers exactly, words by
    the full-text index)."""
    cond = None
    for part in _text_parts(text):
        cond = part.condition if cond is None else cond & part.condition
    return cond


@dataclass(frozen=True)
class _Part:
    """A filter that names a set of reports: ``probe(n)`` returns up to
    ``n`` of their ids from the filter's own index; ``condition`` tests one
    report row while the list walks the date index."""

    probe: Callable[[int], list[int]]
    condition: Any
    bulk: Any = None  # a cheaper form for counting every match, if any


def _ids(query) -> Callable[[int], list[int]]:
    return lambda n: [row[0] for row in query.limit(n).tuples()]


def _text_parts(text: str) -> list[_Part]:
    numbers, rest = report_numbers(clean_text(text))
    parts = [
        _Part(_ids(Report.select(Report.id).where(Report.number == n)), Report.number == n)
        for n in numbers
    ]
    if is_sqlite():
        words = search_words(rest)
        if words:
            match = fts5_query(words)

            def probe(n: int, match: str = match) -> list[int]:
                sql = "SELECT rowid FROM report_fts WHERE report_fts MATCH ? LIMIT ?"
                return [r[0] for r in database_proxy.execute_sql(sql, (match, n)).fetchall()]

            inner = SQL("(SELECT rowid FROM report_fts WHERE report_fts MATCH ?)", [match])
            parts.append(_Part(probe, Report.id.in_(inner)))
        return parts
    chunks = search_chunks(rest)
    if chunks:
        vector = fn.to_tsvector(SQL("'simple'"), Report.search_text)
        query = fn.to_tsquery(SQL("'simple'"), tsquery(chunks))
        cond = NodeList((vector, SQL("@@"), query))
        parts.append(_Part(_ids(Report.select(Report.id).where(cond)), cond))
    return parts


def _parts(filt: ReportFilter) -> list[_Part]:
    parts = _text_parts(filt.text)
    if filt.officer_id is not None:
        links = ReportOfficer.select(ReportOfficer.report).where(
            ReportOfficer.officer == filt.officer_id
        )
        exists = fn.EXISTS(
            ReportOfficer.select(SQL("1")).where(
                (ReportOfficer.report == Report.id) & (ReportOfficer.officer == filt.officer_id)
            )
        )
        parts.append(_Part(_ids(links), exists, Report.id.in_(links)))
    if filt.type_id is not None:
        links = ReportType.select(ReportType.report).where(ReportType.activity_type == filt.type_id)
        exists = fn.EXISTS(
            ReportType.select(SQL("1")).where(
                (ReportType.report == Report.id) & (ReportType.activity_type == filt.type_id)
            )
        )
        parts.append(_Part(_ids(links), exists, Report.id.in_(links)))
    if filt.rw is not None:
        rw_rows = RW.select(RW.id).where(RW.number == filt.rw)
        if filt.kelurahan_id is not None:
            rw_rows = rw_rows.where(RW.kelurahan == filt.kelurahan_id)
        rws = [r.id for r in rw_rows]
        cond = Report.rw.in_(rws)
        parts.append(_Part(_ids(Report.select(Report.id).where(cond)), cond))
    for column, value in ((Report.problem, filt.problem_id), (Report.operation, filt.operation_id)):
        if value is not None:
            cond = column == value
            parts.append(_Part(_ids(Report.select(Report.id).where(cond)), cond))
    return parts


class _Nothing(Exception):
    """A filter matches no report at all."""


def _plain(field):
    """``+column`` on SQLite: the same value, but no index is chosen for it.
    Used when the ids are given literally, so SQLite fetches those rows by
    primary key instead of walking an index that spares it the sort."""
    return NodeList((SQL("+"), field), glue="")


def _row_conditions(actor: Actor, filt: ReportFilter, plain: bool):
    def col(field):
        return _plain(field) if plain else field

    def value(field, v):
        return field.db_value(v) if plain else v

    conds = [
        col(Report.station) == actor.station_id,
        Expression(col(Report.deleted_at), OP.IS, None),
    ]
    if filt.date_from is not None:
        conds.append(col(Report.date) >= value(Report.date, filt.date_from))
    if filt.date_to is not None:
        conds.append(col(Report.date) <= value(Report.date, filt.date_to))
    if filt.kelurahan_id is not None:
        conds.append(col(Report.kelurahan) == filt.kelurahan_id)
    if filt.status:
        conds.append(col(Report.status) == filt.status)
    if filt.situation:
        conds.append(Report.situation == filt.situation)
    return reduce(operator.and_, conds)


def _where(actor: Actor, filt: ReportFilter, counting: bool = False):
    """The WHERE of a list or count. Set-like filters (search, officer, type,
    RW, problem, operation) are probed first: when one names only a few
    reports their ids are given literally, so the query fetches exactly those
    rows instead of walking the date index; large sets are tested per row
    while the page is filled. Raises ``_Nothing`` when a set is empty."""
    few: set[int] | None = None
    per_row = []
    for part in _parts(filt):
        ids = part.probe(SMALL_SET + 1)
        if len(ids) <= SMALL_SET:
            few = set(ids) if few is None else few & set(ids)
            if not few:
                raise _Nothing
        elif counting and part.bulk is not None:
            per_row.append(part.bulk)
        else:
            per_row.append(part.condition)
    cond = _row_conditions(actor, filt, plain=few is not None and is_sqlite())
    for extra in per_row:
        cond &= extra
    if few is not None:
        cond &= Report.id.in_(sorted(few))
    return cond


def page_query(actor: Actor, filt: ReportFilter, offset: int = 0, limit: int = 50):
    """The SQL of one page (exposed so tests can EXPLAIN it)."""
    limit = max(0, min(int(limit), MAX_LIMIT))
    try:
        where = _where(actor, filt)
    except _Nothing:
        where = SQL("1 = 0")
    return (
        Report.select(
            Report.id,
            Report.number,
            Report.date,
            Report.start_time,
            Report.activity_type,
            Report.kelurahan,
            Report.rw,
            Report.rt,
            Report.place,
            Report.status,
            Report.situation,
            Report.version,
        )
        .where(where)
        .order_by(Report.date.desc(), Report.id.desc())
        .offset(max(0, int(offset)))
        .limit(limit)
    )


def _names(model, ids: set[int], column) -> dict[int, object]:
    if not ids:
        return {}
    return {
        row.id: getattr(row, column.name)
        for row in model.select(model.id, column).where(model.id.in_(ids))
    }


def list_reports(
    actor: Actor, filt: ReportFilter | None = None, offset: int = 0, limit: int = 50
) -> list[ReportRow]:
    """One page of the station's reports, newest first (date, then id)."""
    filt = filt or ReportFilter()
    rows = list(page_query(actor, filt, offset, limit).tuples())
    if not rows:
        return []
    ids = [r[0] for r in rows]
    kel = _names(Kelurahan, {r[5] for r in rows}, Kelurahan.name)
    types = _names(ActivityType, {r[4] for r in rows}, ActivityType.code)
    rws = _names(RW, {r[6] for r in rows if r[6]}, RW.number)
    rts = _names(RT, {r[7] for r in rows if r[7]}, RT.number)
    leads = {
        rid: f"{rank} {name}".strip()
        for rid, rank, name in (
            ReportOfficer.select(ReportOfficer.report, Officer.rank, Officer.name)
            .join(Officer)
            .where((ReportOfficer.report.in_(ids)) & (ReportOfficer.position == 0))
            .tuples()
        )
    }
    return [
        ReportRow(
            id=rid,
            number=number,
            date=_as_date(day),
            start_time=_as_time(start),
            type_code=str(types.get(type_id, "")),
            kelurahan=str(kel.get(kel_id, "")),
            rw=rws.get(rw_id) if rw_id else None,
            rt=rts.get(rt_id) if rt_id else None,
            place=place,
            lead_officer=leads.get(rid, ""),
            status=status,
            situation=situation,
            version=version,
        )
        for (
            rid,
            number,
            day,
            start,
            type_id,
            kel_id,
            rw_id,
            rt_id,
            place,
            status,
            situation,
            version,
        ) in rows
    ]


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _as_time(value: object) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value))


def count_reports(actor: Actor, filt: ReportFilter | None = None, cap: int | None = None) -> int:
    """How many reports match: a separate query the UI runs when it shows a
    total. With ``cap``, counting stops after ``cap + 1`` rows, so a list can
    show "1000+" without counting a million rows."""
    filt = filt or ReportFilter()
    try:
        where = _where(actor, filt, counting=cap is None)
    except _Nothing:
        return 0
    if cap is None:
        return Report.select(fn.COUNT(Report.id)).where(where).scalar() or 0
    inner = Report.select(Report.id).where(where).limit(cap + 1)
    return Report.select(fn.COUNT(SQL("*"))).from_(inner.alias("capped")).scalar() or 0
