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
import re
from dataclasses import dataclass

from peewee import SQL, NodeList, fn

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
)
from sambang_tui.services.actor import Actor

_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"^LK/\d+/[IVX]+/\d{4}$", re.IGNORECASE)
MAX_WORDS = 8
MAX_LIMIT = 500


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
    numbers, text = report_numbers(text)
    cond = None
    for number in numbers:
        same = Report.number == number
        cond = same if cond is None else cond & same
    words = _words_condition(text)
    if words is not None:
        cond = words if cond is None else cond & words
    return cond


def _words_condition(text: str):
    if is_sqlite():
        words = search_words(text)
        if not words:
            return None
        matches = SQL(
            "(SELECT rowid FROM report_fts WHERE report_fts MATCH ?)", [fts5_query(words)]
        )
        return Report.id.in_(matches)
    chunks = search_chunks(text)
    if not chunks:
        return None
    vector = fn.to_tsvector(SQL("'simple'"), Report.search_text)
    query = fn.to_tsquery(SQL("'simple'"), tsquery(chunks))
    return NodeList((vector, SQL("@@"), query))


def _where(actor: Actor, filt: ReportFilter):
    cond = (Report.station == actor.station_id) & (Report.deleted_at.is_null())
    if filt.date_from is not None:
        cond &= Report.date >= filt.date_from
    if filt.date_to is not None:
        cond &= Report.date <= filt.date_to
    if filt.kelurahan_id is not None:
        cond &= Report.kelurahan == filt.kelurahan_id
    if filt.status:
        cond &= Report.status == filt.status
    if filt.situation:
        cond &= Report.situation == filt.situation
    if filt.operation_id is not None:
        cond &= Report.operation == filt.operation_id
    if filt.problem_id is not None:
        cond &= Report.problem == filt.problem_id
    if filt.officer_id is not None:
        cond &= Report.id.in_(
            ReportOfficer.select(ReportOfficer.report).where(
                ReportOfficer.officer == filt.officer_id
            )
        )
    if filt.type_id is not None:
        cond &= Report.id.in_(
            ReportType.select(ReportType.report).where(ReportType.activity_type == filt.type_id)
        )
    if filt.rw is not None:
        rws = RW.select(RW.id).where(RW.number == filt.rw)
        if filt.kelurahan_id is not None:
            rws = rws.where(RW.kelurahan == filt.kelurahan_id)
        cond &= Report.rw.in_(rws)
    text = text_condition(filt.text)
    if text is not None:
        cond &= text
    return cond


def page_query(actor: Actor, filt: ReportFilter, offset: int = 0, limit: int = 50):
    """The SQL of one page (exposed so tests can EXPLAIN it)."""
    limit = max(0, min(int(limit), MAX_LIMIT))
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
        .where(_where(actor, filt))
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


def count_reports(actor: Actor, filt: ReportFilter | None = None) -> int:
    """How many reports match; a separate query the UI runs when it shows a total."""
    filt = filt or ReportFilter()
    return Report.select(fn.COUNT(Report.id)).where(_where(actor, filt)).scalar() or 0
