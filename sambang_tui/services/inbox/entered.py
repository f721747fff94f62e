""" "Probably entered": an inbox item that matches a report already in the
database — the same officer and day, the same kelurahan, and text that
shares most of its words with the report's (someone typed it in from the
chat before the export was imported)."""

from __future__ import annotations

import re

from sambang_tui.db.models import Report, ReportOfficer
from sambang_tui.services.actor import Actor
from sambang_tui.services.parse import ParsedMessage

SIMILAR = 0.5  # share of the shorter text's words found in the other
SIMILAR_NO_OFFICER = 0.7
_WORD = re.compile(r"[^\W\d_]{4,}", re.U)


def words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def similarity(a: str, b: str) -> float:
    """Containment of the word sets (words of four letters or more)."""
    left, right = words(a), words(b)
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def find_entered(actor: Actor, parts: list[ParsedMessage], text: str) -> int | None:
    """The id of a live report that a part of this message probably is."""
    for part in parts:
        if part.date is None or part.kelurahan_id is None:
            continue
        query = Report.select(
            Report.id, Report.place, Report.narrative, Report.message, Report.findings
        ).where(
            (Report.station == actor.station_id)
            & (Report.date == part.date)
            & (Report.kelurahan == part.kelurahan_id)
            & Report.deleted_at.is_null()
        )
        threshold = SIMILAR_NO_OFFICER
        if part.officer_id is not None:
            query = query.join(ReportOfficer).where(ReportOfficer.officer == part.officer_id)
            threshold = SIMILAR
        for report in query.limit(50):
            stored = "\n".join((report.place, report.narrative, report.message, report.findings))
            if similarity(text, stored) >= threshold:
                return report.id
    return None
