"""A Polres view over one database that holds several Polsek: which stations
the session may read, moving between them read-only, and every Polsek side
by side for a period.

Who may look across stations: a login mapped to no officer (on a station
server the ``_polres`` group, whose rows the database itself limits; on a
shared SQLite file or plain PostgreSQL holding several stations, a reader at
the Polres). An officer works in their own station only. The stations are
those the database shows the session: on a station server row-level
security shows a desk its own station and the ``_polres`` group all.

The recap counts, per station, in a handful of grouped SQL queries over all
of them at once (never one recap per station): reports, plan realisation,
RW coverage, problems still open at the period's end and officers KURANG —
each with the definitions of the station's own recap (``services.recap.figures``).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, replace

from peewee import fn

from sambang_tui.db.models import (
    RW,
    Kelurahan,
    Officer,
    Plan,
    Problem,
    Report,
    ReportOfficer,
    Station,
)
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import NotFound, PermissionDenied
from sambang_tui.services.core.periods import Period
from sambang_tui.services.recap.figures import counted, sum_if

BHABIN = "bhabinkamtibmas"


@dataclass(frozen=True)
class StationRow:
    id: int
    name: str
    polres: str
    city: str


@dataclass(frozen=True)
class PolresRow:
    station_id: int
    station: str
    reports: int
    plans: int
    done: int
    missed: int
    rw_visited: int
    rw_total: int
    open_problems: int
    officers: int  # officers the station's recap lists (Bhabins and those with plans)
    kurang: int  # of them with no report in the period

    @property
    def pct(self) -> float | None:
        return self.done * 100 / self.plans if self.plans else None

    @property
    def rw_pct(self) -> float | None:
        return self.rw_visited * 100 / self.rw_total if self.rw_total else None


@dataclass
class PolresRecap:
    period: Period
    polres: str
    rows: list[PolresRow]

    @property
    def total(self) -> PolresRow:
        def add(name: str) -> int:
            return sum(getattr(r, name) for r in self.rows)

        return PolresRow(
            0, "Jumlah", add("reports"), add("plans"), add("done"), add("missed"),
            add("rw_visited"), add("rw_total"), add("open_problems"), add("officers"),
            add("kurang"),
        )  # fmt: skip


def stations() -> list[StationRow]:
    """The stations the session may read, by name."""
    return [
        StationRow(i, name, polres, city)
        for i, name, polres, city in tuple_rows(
            Station.select(Station.id, Station.name, Station.polres, Station.city).order_by(
                Station.name, Station.id
            )
        )
    ]


def may_look_across(actor: Actor) -> bool:
    """Whether ``actor`` may read other stations (no officer of its own)."""
    return actor.officer_id is None


def can_switch(actor: Actor) -> bool:
    return may_look_across(actor) and len(stations()) > 1


def require_across(actor: Actor) -> None:
    if not may_look_across(actor):
        raise PermissionDenied("recap.err.polres_only")


def switch(actor: Actor, station_id: int) -> tuple[Actor, StationRow]:
    """The same reader in another station (read-only there unless it is an
    admin without an officer, such as root on its own file)."""
    require_across(actor)
    found = next((s for s in stations() if s.id == station_id), None)
    if found is None:
        raise NotFound("recap.err.station_not_found", id=station_id)
    return replace(actor, station_id=found.id), found


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def polres_name(rows: list[StationRow]) -> str:
    """The Polres most of the stations name (they should all name one)."""
    names = Counter(s.polres.strip() for s in rows if s.polres.strip())
    return names.most_common(1)[0][0] if names else ""


def recap(actor: Actor, period: Period, today: dt.date | None = None) -> PolresRecap:
    """Every visible station side by side for ``period``."""
    require_across(actor)
    today = today or clock.today()
    seen = stations()
    ids = [s.id for s in seen] or [0]
    in_period = (
        Report.station.in_(ids)
        & Report.deleted_at.is_null()
        & counted()
        & (Report.date >= period.start)
        & (Report.date <= period.end)
    )
    reports = {
        sid: (int(n), int(rws))
        for sid, n, rws in tuple_rows(
            Report.select(Report.station, fn.COUNT(Report.id), fn.COUNT(fn.DISTINCT(Report.rw)))
            .where(in_period)
            .group_by(Report.station)
        )
    }
    rw_total = dict(
        tuple_rows(
            RW.select(Kelurahan.station, fn.COUNT(RW.id))
            .join(Kelurahan)
            .where(Kelurahan.station.in_(ids))
            .group_by(Kelurahan.station)
        )
    )
    not_cancelled = Plan.status != "batal"
    done = not_cancelled & ((Plan.status == "terlaksana") | Plan.report.is_null(False))
    missed = (Plan.status == "terlewat") | (
        (Plan.status == "rencana") & (Plan.date < today) & Plan.report.is_null()
    )
    plan_rows = list(
        tuple_rows(
            Plan.select(
                Plan.station, Plan.officer, sum_if(not_cancelled), sum_if(done), sum_if(missed)
            )
            .where(Plan.station.in_(ids) & (Plan.date >= period.start) & (Plan.date <= period.end))
            .group_by(Plan.station, Plan.officer)
        )
    )
    plans: dict[int, list[int]] = {}
    planned_officers: set[int] = set()
    for sid, officer_id, p, d, m in plan_rows:
        totals = plans.setdefault(sid, [0, 0, 0])
        totals[0] += int(p)
        totals[1] += int(d)
        totals[2] += int(m)
        planned_officers.add(officer_id)
    still_open = (Problem.opened <= period.end) & (
        (Problem.status == "terbuka") | (Problem.closed > period.end)
    )
    problems = dict(
        tuple_rows(
            Problem.select(Problem.station, fn.COUNT(Problem.id))
            .where(Problem.station.in_(ids) & still_open)
            .group_by(Problem.station)
        )
    )
    reporting = {
        officer_id
        for (officer_id,) in tuple_rows(
            ReportOfficer.select(ReportOfficer.officer).join(Report).where(in_period).distinct()
        )
    }
    listed: dict[int, int] = Counter()
    kurang: dict[int, int] = Counter()
    for oid, sid, role, active in tuple_rows(
        Officer.select(Officer.id, Officer.station, Officer.role, Officer.active).where(
            Officer.station.in_(ids)
        )
    ):
        if (role == BHABIN and active) or oid in planned_officers or oid in reporting:
            listed[sid] += 1
            if oid not in reporting:
                kurang[sid] += 1
    rows = []
    for s in seen:
        n, visited = reports.get(s.id, (0, 0))
        p, d, m = plans.get(s.id, (0, 0, 0))
        rows.append(
            PolresRow(
                s.id,
                s.name,
                n,
                p,
                d,
                m,
                visited,
                int(rw_total.get(s.id, 0)),
                int(problems.get(s.id, 0)),
                listed[s.id],
                kurang[s.id],
            )  # fmt: skip
        )
    return PolresRecap(period, polres_name(seen), rows)
