""" "Probably entered": an inbox item that matches a report already in the
database — the same officer and day, the same kelurahan, and text that
shares most of its words with the report's (someone typed it in from the
chat before the export was imported)."""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from dataclasses import dataclass

from sambang_tui.db.models import Report, ReportOfficer
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.parse import ParsedMessage

SIMILAR = 0.5  # share of the shorter text's words found in the other
SIMILAR_NO_OFFICER = 0.7
DAYS_KEPT = 8  # an export runs forward in time: a few days of reports at hand
_WORD = re.compile(r"[^\W\d_]{4,}", re.U)


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def similarity(a: str, b: str) -> float:
    """Containment of the word sets (words of four letters or more)."""
    left, right = words(a), words(b)
    return containment(left, right)


def containment(left: set[str], right: set[str]) -> float:
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


@dataclass(frozen=True)
class _Entered:
    id: int
    kelurahan_id: int
    officers: frozenset[int]
    words: frozenset[str]


class EnteredIndex:
    """The station's live reports of a day, read once per day an import
    asks about (one query a day instead of one a message)."""

    def __init__(self, actor: Actor) -> None:
        self.actor = actor
        self._days: OrderedDict[dt.date, list[_Entered]] = OrderedDict()

    def _day(self, day: dt.date) -> list[_Entered]:
        if day in self._days:
            self._days.move_to_end(day)
            return self._days[day]
        rows = list(
            Report.select(
                Report.id,
                Report.kelurahan,
                Report.place,
                Report.narrative,
                Report.message,
                Report.findings,
            ).where(
                (Report.station == self.actor.station_id)
                & (Report.date == day)
                & Report.deleted_at.is_null()
            )
        )
        officers: dict[int, set[int]] = {}
        if rows:
            for link in ReportOfficer.select(ReportOfficer.report, ReportOfficer.officer).where(
                ReportOfficer.report.in_([r.id for r in rows])
            ):
                officers.setdefault(link.report_id, set()).add(link.officer_id)
        found = [
            _Entered(
                r.id,
                r.kelurahan_id,
                frozenset(officers.get(r.id, ())),
                frozenset(words("\n".join((r.place, r.narrative, r.message, r.findings)))),
            )
            for r in rows
        ]
        self._days[day] = found
        if len(self._days) > DAYS_KEPT:
            self._days.popitem(last=False)
        return found

    def find(self, parts: list[ParsedMessage], text: str) -> int | None:
        """The id of a live report that a part of this message probably is."""
        said = words(text)
        for part in parts:
            if part.date is None or part.kelurahan_id is None:
                continue
            threshold = SIMILAR if part.officer_id is not None else SIMILAR_NO_OFFICER
            for report in self._day(part.date):
                if report.kelurahan_id != part.kelurahan_id:
                    continue
                if part.officer_id is not None and part.officer_id not in report.officers:
                    continue
                if containment(said, set(report.words)) >= threshold:
                    return report.id
        return None


def find_entered(actor: Actor, parts: list[ParsedMessage], text: str) -> int | None:
    """``EnteredIndex.find`` for one message."""
    return EnteredIndex(actor).find(parts, text)
