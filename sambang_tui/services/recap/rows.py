"""What a recap hands back: its tables' rows and the activity classes
(``KURANG``/``CUKUP``/``AKTIF``) the Kanit reads officers by. The figures
themselves are made in ``figures``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sambang_tui.services.core.periods import Period
from sambang_tui.services.master.people import RankNamed

KURANG, CUKUP, AKTIF = "KURANG", "CUKUP", "AKTIF"
OPEN_PROBLEM_LIMIT = 50


def activity_class(reports: float) -> str:
    if reports <= 0:
        return KURANG
    return CUKUP if reports <= 3 else AKTIF


@dataclass(frozen=True)
class TypeColumn:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class TypeRow:
    kelurahan_id: int
    kelurahan: str
    counts: tuple[int, ...]
    reports: int


@dataclass(frozen=True)
class TypeTable:
    types: tuple[TypeColumn, ...]
    rows: tuple[TypeRow, ...]
    totals: tuple[int, ...]
    reports: int


@dataclass(frozen=True)
class OfficerActivity(RankNamed):
    officer_id: int
    rank: str
    name: str
    nrp: str
    plans: int
    done: int
    missed: int
    pct: float | None
    reports: int
    weekly: tuple[int, ...]
    classes: tuple[str, ...]
    klass: str


@dataclass(frozen=True)
class AudienceRow:
    category: str
    people: int
    reports: int


@dataclass(frozen=True)
class SituationRow:
    kelurahan_id: int
    kelurahan: str
    reports: int
    aman: int
    waspada: int
    rawan: int
    worst: str | None
    worst_threat: str | None


@dataclass(frozen=True)
class ThreatRow:
    level: str
    reports: int


@dataclass(frozen=True)
class CoverageRow:
    kelurahan_id: int
    kelurahan: str
    visited: int
    total: int
    missing: tuple[int, ...]

    @property
    def pct(self) -> float | None:
        return self.visited * 100 / self.total if self.total else None


@dataclass(frozen=True)
class ProblemRow:
    kelurahan_id: int
    kelurahan: str
    opened: int
    settled: int
    still_open: int


@dataclass(frozen=True)
class OpenProblem:
    id: int
    title: str
    kelurahan: str
    opened: dt.date


@dataclass(frozen=True)
class DayCount:
    day: dt.date
    reports: int


@dataclass
class Recap:
    period: Period
    total_reports: int
    types: TypeTable
    officers: list[OfficerActivity]
    audience: list[AudienceRow]
    situation: list[SituationRow]
    threats: list[ThreatRow]
    coverage: list[CoverageRow]
    problems: list[ProblemRow]
    open_problems: list[OpenProblem]
    per_day: list[DayCount]
    per_kelurahan: list[tuple[int, str, int]] = field(default_factory=list)
    drafts: int = 0  # drafts dated in the period, counted nowhere (figures.counted)

    @property
    def problem_totals(self) -> tuple[int, int, int]:
        return (
            sum(r.opened for r in self.problems),
            sum(r.settled for r in self.problems),
            sum(r.still_open for r in self.problems),
        )

    @property
    def plan_totals(self) -> tuple[int, int, int, float | None]:
        plans = sum(r.plans for r in self.officers)
        done = sum(r.done for r in self.officers)
        missed = sum(r.missed for r in self.officers)
        return plans, done, missed, (done * 100 / plans if plans else None)

    @property
    def officer_reports(self) -> int:
        """The officers' report counts added up: a report two Bhabins made counts for
        each of them, so it may differ from ``total_reports``."""
        return sum(r.reports for r in self.officers)

    @property
    def coverage_totals(self) -> tuple[int, int]:
        return sum(r.visited for r in self.coverage), sum(r.total for r in self.coverage)
