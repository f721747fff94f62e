"""A report as the documents print it: the one read model of a report
(``reports.detail.ReportDetail``, read as the actor may read it, so the
informant stays restricted) and the few phrasings documents share."""

from __future__ import annotations

from pathlib import Path

from sambang_tui.db.models import Report, Station
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import NotFound
from sambang_tui.services.documents.words import join_and
from sambang_tui.services.reports.access import detail_for
from sambang_tui.services.reports.detail import ReportDetail


def find_report(actor: Actor, number: str) -> int:
    """The id of a non-deleted report of the actor's station by the number
    typed (``LK/17/XII/2024``, ``17/XII/2024``, ``17``), never by database id."""
    from sambang_tui.services.reports.find import find_report as by_number

    return by_number(actor, number)


def load(actor: Actor, report_id: int) -> ReportDetail:
    """A live report of the actor's station, as the actor may read it."""
    live = Report.select(Report.id).where(
        (Report.id == report_id)
        & (Report.station == actor.station_id)
        & Report.deleted_at.is_null()
    )
    if not live.exists():
        raise NotFound("documents.err.report_not_found", id=report_id)
    detail: ReportDetail = detail_for(actor, report_id)
    return detail


def station(actor: Actor) -> Station:
    return Station.get_by_id(actor.station_id)


def type_names(f: ReportDetail) -> str:
    """``Sambang, DDS dan Cooling System``."""
    return join_and([t.name for t in f.types])


def time_range(f: ReportDetail) -> str:
    """``09.00 s.d. 11.30 WIB``; ``09.00 WIB s.d. selesai`` without an end
    (the zone follows the clock times, as Polri writes them)."""
    if f.start_time is None:
        return ""
    start = f.start_time.strftime("%H.%M")
    if f.end_time is None:
        return f"{start} WIB s.d. selesai"
    return f"{start} s.d. {f.end_time.strftime('%H.%M')} WIB"


def audience(f: ReportDetail) -> list[tuple[str, int | None]]:
    return [(a.category, a.count) for a in f.audience]


def contacts(f: ReportDetail) -> list[tuple[str, str]]:
    """(name, category) of the contacts met, by name."""
    return sorted(((c.name, c.category) for c in f.contacts), key=lambda c: c[0])


def pictures(f: ReportDetail) -> list[tuple[Path, str]]:
    """(file, caption) of its attachments, the file name when uncaptioned."""
    return [(a.path, a.caption or a.original_name) for a in f.attachments]


def operation_name(f: ReportDetail) -> str:
    return f.operation.name if f.operation else ""
