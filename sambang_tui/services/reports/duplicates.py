"""The same visit entered twice: before a report is saved, the reports of
the same lead officer that look like it — the same day, overlapping times
and the same kelurahan and RW, or nearly the same narrative within a few
weeks. The desk is warned and may save anyway; nothing is refused."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from difflib import SequenceMatcher

from sambang_tui.db.models import RW, Kelurahan, Report, ReportOfficer
from sambang_tui.db.rows import tuple_rows
from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg
from sambang_tui.services.reports.input import ReportInput

SIMILAR = 0.9  # narratives at least this alike (difflib ratio of normalised text)
TEXT_DAYS = 31  # how far apart nearly the same narrative still counts
MIN_TEXT = 20  # shorter narratives are too alike by nature ("Sambang warga.")
DEFAULT_MINUTES = 60  # a visit with a start and no end lasts this long
CANDIDATES = 300

SAME_VISIT, SAME_TEXT = "same_visit", "same_text"


@dataclass(frozen=True)
class Duplicate:
    id: int
    number: str
    date: dt.date
    start_time: dt.time | None
    end_time: dt.time | None
    kelurahan: str
    rw: int | None
    reason: str  # SAME_VISIT or SAME_TEXT
    similarity: float = 1.0

    @property
    def message(self) -> str:
        """The warning, in the current language, naming the other report."""
        times = "–".join(f"{t:%H.%M}" for t in (self.start_time, self.end_time) if t)
        where = self.kelurahan + (f" RW {self.rw:02d}" if self.rw is not None else "")
        facts = ", ".join(x for x in (f"{self.date:%d/%m/%Y}", times, where) if x)
        if self.reason == SAME_VISIT:
            why = Msg("reports.warn.same_visit")
        else:
            why = Msg("reports.warn.same_text", pct=round(self.similarity * 100))
        return t("reports.warn.similar", number=self.number, facts=facts, why=why)


def _normal(text: str) -> str:
    return " ".join((text or "").lower().split())


def _minutes(value: dt.time | None) -> int | None:
    return value.hour * 60 + value.minute if value is not None else None


def _span(start: dt.time | None, end: dt.time | None) -> tuple[int, int] | None:
    first = _minutes(start)
    if first is None:
        return None
    last = _minutes(end)
    return first, last if last is not None and last > first else first + DEFAULT_MINUTES


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Times overlap; a report without a time overlaps any (the same day
    and place is reason enough to look)."""
    if a is None or b is None:
        return True
    return a[0] < b[1] and b[0] < a[1]


def find_duplicates(
    actor: Actor, data: ReportInput, exclude_id: int | None = None, limit: int = 3
) -> list[Duplicate]:
    """Live reports of the actor's station that ``data`` may repeat, the
    likeliest first: same lead officer and day with overlapping times in
    the same kelurahan and RW, then nearly the same narrative."""
    if not data.officer_ids or data.date is None:
        return []
    lead = data.officer_ids[0]
    window = dt.timedelta(days=TEXT_DAYS)
    query = (
        Report.select(
            Report.id,
            Report.number,
            Report.date,
            Report.start_time,
            Report.end_time,
            Report.kelurahan,
            Report.rw,
            Report.narrative,
        )
        .join(ReportOfficer, on=(ReportOfficer.report == Report.id))
        .where(
            (ReportOfficer.officer == lead)
            & (ReportOfficer.position == 0)
            & (Report.station == actor.station_id)
            & Report.deleted_at.is_null()
            & (Report.date.between(data.date - window, data.date + window))
        )
        .order_by(Report.date.desc(), Report.id.desc())
        .limit(CANDIDATES)
    )
    if exclude_id is not None:
        query = query.where(Report.id != exclude_id)
    rows = list(query)
    rw_numbers = dict(
        tuple_rows(RW.select(RW.id, RW.number).where(RW.id.in_({r.rw_id for r in rows})))
    )
    names = dict(
        tuple_rows(
            Kelurahan.select(Kelurahan.id, Kelurahan.name).where(
                Kelurahan.id.in_({r.kelurahan_id for r in rows})
            )
        )
    )
    mine_span = _span(data.start_time, data.end_time)
    narrative = _normal(data.narrative)
    found: list[Duplicate] = []
    for row in rows:
        rw = rw_numbers.get(row.rw_id)
        same_place = row.kelurahan_id == data.kelurahan_id and (
            rw is None or data.rw is None or rw == data.rw
        )
        if (
            row.date == data.date
            and data.kelurahan_id is not None
            and same_place
            and _overlap(mine_span, _span(row.start_time, row.end_time))
        ):
            found.append(_duplicate(row, rw, names.get(row.kelurahan_id, ""), SAME_VISIT))
            continue
        theirs = _normal(row.narrative)
        if len(narrative) >= MIN_TEXT and len(theirs) >= MIN_TEXT:
            matcher = SequenceMatcher(None, narrative, theirs, autojunk=False)
            if matcher.real_quick_ratio() >= SIMILAR and matcher.quick_ratio() >= SIMILAR:
                ratio = matcher.ratio()
                if ratio >= SIMILAR:
                    found.append(
                        _duplicate(row, rw, names.get(row.kelurahan_id, ""), SAME_TEXT, ratio)
                    )
    day = data.date
    found.sort(key=lambda d: (d.reason != SAME_VISIT, -d.similarity, abs((d.date - day).days)))
    return found[:limit]


def _duplicate(
    row: Report, rw: int | None, kelurahan: str, reason: str, similarity: float = 1.0
) -> Duplicate:
    return Duplicate(
        row.id,
        row.number,
        row.date,
        row.start_time,
        row.end_time,
        kelurahan,
        rw,
        reason,
        similarity,
    )
