"""The reports list: filters, full-text search and paging, all in SQL.

A page is selected from ``report`` (newest first: date, then id) and only
the rows of that page get their lead officer, kelurahan, type and RW/RT
looked up, so the cost of a page does not grow with the table. Counting is
a separate call the UI makes after the first page is shown, capped.

Search: what is typed is split into words (runs of letters and digits),
exactly as both indexes split the stored ``search_text`` (FTS5 ``unicode61``
on SQLite; on PostgreSQL the GIN index is built over the text with its
punctuation turned into spaces), so ``LK/208/XII/2024`` is found by
``208`` or ``lk/208`` on both. A typed piece holding several words
(``lk/208``, ``al-ikhlas``) must match as a phrase. Every word is an exact
term but the last, which is a prefix (from two characters on): while typing,
the unfinished word still matches, and a common prefix in the middle of a
search cannot blow up into thousands of terms. Only letters and digits ever
reach the query syntax, so no typed text can break it.

On SQLite the FTS5 rowid is a sort key, ``day number * 10^9 + report id``
(migration 0002): walking the matches by rowid, newest first, gives the list
order directly, so a search page reads just the rows it shows instead of
sorting every match. Date filters become rowid bounds of that walk.

Set-like filters (officer, type, RW, problem, operation) are probed first:
when one names only a few reports their ids are given literally, so the
query fetches exactly those rows instead of walking the date index until a
page is full. PostgreSQL's search is a condition on every row instead: the
words are stored (migration 0009), so testing them costs little.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import reduce
from typing import Any, TypeVar

from peewee import (
    OP,
    SQL,
    Cast,
    Column,
    ColumnBase,
    Expression,
    Field,
    ModelSelect,
    NodeList,
    Select,
    Table,
    fn,
)

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    BaseModel,
    Kelurahan,
    Officer,
    Report,
    ReportOfficer,
    ReportType,
    database_proxy,
)
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.validate import clean_text

_WORD = re.compile(r"[^\W_]+")
MAX_WORDS = 8
MAX_LIMIT = 500
SMALL_SET = 2000
ID_SPAN = 1_000_000_000  # report ids stay below this in the FTS sort key
_DAY_BASE = 678_576  # date.toordinal() - this == CAST(julianday(date) AS INTEGER) - 2400000

FTS = Table("report_fts", ("rowid", "search_text"))
fts_rowid = Column(FTS, "rowid")  # FTS.rowid, which peewee's stubs do not know
# PostgreSQL: the report's words, a stored column (migration 0009) made with
# the ``simple`` configuration with accents folded (``unaccent``), as FTS5's
# ``remove_diacritics``; the query's words go through the same configuration.
PG_CONFIG = "'public.sambang_simple'"
PG_VECTOR = Column(Report._meta.table, "search_vector")
# a database migrated by the first cut of migration 0009 indexed the expression
PG_EXPRESSION = fn.to_tsvector(
    SQL(PG_CONFIG),
    fn.regexp_replace(Report.search_text, SQL("'[[:space:][:punct:]]+'"), SQL("' '"), SQL("'g'")),
)
_stored_vector: dict[str, bool] = {}
_V = TypeVar("_V")


def _pg_vector() -> ColumnBase:
    """The stored words column, or the expression where it is missing."""
    db = database_proxy.obj
    name = str(getattr(db, "database", ""))
    if name not in _stored_vector:
        found = db.execute_sql(
            "SELECT 1 FROM information_schema.columns "
            "WHERE table_name = 'report' AND column_name = 'search_vector'"
        ).fetchone()
        _stored_vector[name] = found is not None
    return PG_VECTOR if _stored_vector[name] else PG_EXPRESSION


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
    # only reports a recap counts (no drafts): a recap's drill-down lists
    # the reports behind its number (recap.figures.counted)
    submitted: bool = False


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
    type_codes: str = ""  # every type of the report, lead first: ``SB+CS``


# -- search syntax ------------------------------------------------------------


def search_phrases(text: str) -> list[list[str]]:
    """The typed pieces (split at spaces) as lists of lower-case words;
    pieces without a letter or digit are dropped, at most ``MAX_WORDS``
    words in all."""
    phrases: list[list[str]] = []
    left = MAX_WORDS
    for chunk in clean_text(text or "").split():
        words = [w.lower() for w in _WORD.findall(chunk)][:left]
        if words:
            phrases.append(words)
            left -= len(words)
        if not left:
            break
    return phrases


def _prefix_last(phrases: list[list[str]]) -> bool:
    return bool(phrases) and len(phrases[-1][-1]) >= 2


def fts5_query(phrases: list[list[str]]) -> str:
    """``"jl" "salemba" "lk 208"*``: each piece a quoted phrase, all required,
    the last word a prefix."""
    terms = ['"' + " ".join(words) + '"' for words in phrases]
    if terms and _prefix_last(phrases):
        terms[-1] += "*"
    return " ".join(terms)


def tsquery(phrases: list[list[str]]) -> str:
    """``'jl' & 'salemba' & 'lk' <-> '208':*`` for ``to_tsquery('public.sambang_simple', …)``."""
    terms = [" <-> ".join(f"'{w}'" for w in words) for words in phrases]
    if terms and _prefix_last(phrases):
        terms[-1] += ":*"
    return " & ".join(terms)


def fts_key(day: dt.date, report_id: int = 0) -> int:
    """The FTS5 rowid of a report of ``day`` (see migration 0002)."""
    return (day.toordinal() - _DAY_BASE) * ID_SPAN + report_id


def _row_key() -> Expression:
    """The FTS sort key computed from the ``report`` row, in SQL."""
    day = Cast(fn.julianday(Report.date), "INTEGER") - 2_400_000
    return day * ID_SPAN + Report.id


def _pg_text_condition(phrases: list[list[str]]) -> NodeList:
    query = fn.to_tsquery(SQL(PG_CONFIG), tsquery(phrases))
    return NodeList((_pg_vector(), SQL("@@"), query))


def text_condition(text: str) -> ColumnBase | None:
    """The search as one condition on a ``report`` row (None: no words)."""
    phrases = search_phrases(text)
    if not phrases:
        return None
    if not is_sqlite():
        return _pg_text_condition(phrases)
    inner = FTS.select(SQL("1")).where(
        (SQL("report_fts MATCH ?", [fts5_query(phrases)])) & (fts_rowid == _row_key())
    )
    return fn.EXISTS(inner)


# -- set-like filters -----------------------------------------------------------


@dataclass(frozen=True)
class _Set:
    """A filter that names a set of reports: ``probe(n)`` returns up to
    ``n`` of their ids from the filter's own index; ``condition`` tests one
    report row while the list walks an index."""

    probe: Callable[[int], list[int]]
    condition: Any
    bulk: Any = None  # a cheaper form for counting every match, if any


def _ids(query: Select) -> Callable[[int], list[int]]:
    return lambda n: [row[0] for row in tuple_rows(query.limit(n))]


def _link_set(
    model: type[ReportOfficer] | type[ReportType], column: ColumnBase, value: int
) -> _Set:
    links = model.select(model.report).where(column == value)
    exists = fn.EXISTS(
        model.select(SQL("1")).where((model.report == Report.id) & (column == value))
    )
    return _Set(_ids(links), exists, Report.id.in_(links))


def _column_set(cond: Expression) -> _Set:
    return _Set(_ids(Report.select(Report.id).where(cond)), cond)


def _sets(filt: ReportFilter, phrases: list[list[str]]) -> list[_Set]:
    sets: list[_Set] = []
    if filt.officer_id is not None:
        sets.append(_link_set(ReportOfficer, ReportOfficer.officer, filt.officer_id))
    if filt.type_id is not None:
        sets.append(_link_set(ReportType, ReportType.activity_type, filt.type_id))
    if filt.rw is not None:
        rw_rows = RW.select(RW.id).where(RW.number == filt.rw)
        if filt.kelurahan_id is not None:
            rw_rows = rw_rows.where(RW.kelurahan == filt.kelurahan_id)
        sets.append(_column_set(Report.rw.in_([r.id for r in rw_rows])))
    for column, value in ((Report.problem, filt.problem_id), (Report.operation, filt.operation_id)):
        if value is not None:
            sets.append(_column_set(column == value))
    return sets


class _Nothing(Exception):
    """A filter matches no report at all."""


def _plain(field: ColumnBase) -> NodeList:
    """``+column`` on SQLite: the same value, but no index is chosen for it,
    so the query is driven by the ids given literally or by the FTS walk."""
    return NodeList((SQL("+"), field), glue="")


def _row_conditions(actor: Actor, filt: ReportFilter, plain: bool) -> Expression:
    def col(field: ColumnBase) -> ColumnBase:
        return _plain(field) if plain else field

    def value(field: Field[Any], v: object) -> object:
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
    if filt.submitted:
        conds.append(col(Report.status) != "draft")
    if filt.situation:
        conds.append(Report.situation == filt.situation)
    return reduce(operator.and_, conds)


@dataclass(frozen=True)
class _Plan:
    where: Any  # on ``report`` (and ``report_fts`` when ``walk_fts``)
    walk_fts: bool  # SQLite search: the page is walked along the FTS sort key


def _plan(actor: Actor, filt: ReportFilter, counting: bool = False) -> _Plan:
    """Raises ``_Nothing`` when a set filter is empty."""
    phrases = search_phrases(filt.text)
    few: set[int] | None = None
    per_row = []
    for part in _sets(filt, phrases):
        ids = part.probe(SMALL_SET + 1)
        if len(ids) <= SMALL_SET:
            few = set(ids) if few is None else few & set(ids)
            if not few:
                raise _Nothing
        elif counting and part.bulk is not None:
            per_row.append(part.bulk)
        else:
            per_row.append(part.condition)
    walk_fts = bool(phrases) and is_sqlite() and few is None
    cond = _row_conditions(actor, filt, plain=is_sqlite() and (few is not None or walk_fts))
    if phrases and not is_sqlite():
        # the stored words (migration 0009) are cheap to test on every row
        # the page passes, and the GIN index serves a rare word: probing the
        # matches first cost 40-90 ms for a common word among a million
        cond &= _pg_text_condition(phrases)
    for extra in per_row:
        cond &= extra
    if few is not None:
        cond &= Report.id.in_(sorted(few))
        if phrases and is_sqlite():
            cond &= text_condition(filt.text)
    if walk_fts:
        cond &= SQL("report_fts MATCH ?", [fts5_query(phrases)])
        if filt.date_from is not None:
            cond &= fts_rowid >= fts_key(filt.date_from)
        if filt.date_to is not None:
            cond &= fts_rowid < fts_key(filt.date_to + dt.timedelta(days=1))
    return _Plan(cond, walk_fts)


_COLUMNS = (
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


def _select(plan: _Plan, *columns: ColumnBase) -> ModelSelect[Report]:
    if not plan.walk_fts:
        return Report.select(*columns).where(plan.where)
    return (
        Report.select(*columns)
        .from_(FTS)
        .join(Report, on=(Report.id == Expression(fts_rowid, OP.MOD, ID_SPAN)))
        .where(plan.where)
    )


def page_query(
    actor: Actor, filt: ReportFilter, offset: int = 0, limit: int = 50
) -> ModelSelect[Report]:
    """The SQL of one page (exposed so tests can EXPLAIN it)."""
    limit = max(0, min(int(limit), MAX_LIMIT))
    try:
        plan = _plan(actor, filt)
    except _Nothing:
        plan = _Plan(SQL("1 = 0"), False)
    query = _select(plan, *_COLUMNS)
    order = (fts_rowid.desc(),) if plan.walk_fts else (Report.date.desc(), Report.id.desc())
    return query.order_by(*order).offset(max(0, int(offset))).limit(limit)


def _names(model: type[BaseModel], ids: set[int], column: Field[_V]) -> dict[int, _V]:
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
    rows = list(tuple_rows(page_query(actor, filt, offset, limit)))
    if not rows:
        return []
    ids = [r[0] for r in rows]
    kel = _names(Kelurahan, {r[5] for r in rows}, Kelurahan.name)
    types = _names(ActivityType, {r[4] for r in rows}, ActivityType.code)
    rws = _names(RW, {r[6] for r in rows if r[6]}, RW.number)
    rts = _names(RT, {r[7] for r in rows if r[7]}, RT.number)
    codes: dict[int, list[str]] = {}
    for rid, code in tuple_rows(
        ReportType.select(ReportType.report, ActivityType.code)
        .join(ActivityType)
        .where(ReportType.report.in_(ids))
        .order_by(ReportType.report, ReportType.position, ReportType.id)
    ):
        codes.setdefault(rid, []).append(code)
    leads = {
        rid: f"{rank} {name}".strip()
        for rid, rank, name in (
            tuple_rows(
                ReportOfficer.select(ReportOfficer.report, Officer.rank, Officer.name)
                .join(Officer)
                .where((ReportOfficer.report.in_(ids)) & (ReportOfficer.position == 0))
            )
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
            type_codes="+".join(codes.get(rid) or [str(types.get(type_id, ""))]),
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
    """How many reports match: a separate query the UI runs after the page
    is shown. With ``cap``, counting stops after ``cap + 1`` rows, so a list
    can show "1000+" without counting a million rows."""
    filt = filt or ReportFilter()
    try:
        plan = _plan(actor, filt, counting=cap is None)
    except _Nothing:
        return 0
    if cap is None:
        return _select(plan, fn.COUNT(SQL("*"))).scalar() or 0
    inner = _select(plan, Report.id).limit(cap + 1)
    return Report.select(fn.COUNT(SQL("*"))).from_(inner.alias("capped")).scalar() or 0
