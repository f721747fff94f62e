"""What the report services hand back."""

from __future__ import annotations

from dataclasses import dataclass, field

from sambang_tui.db.models import Report
from sambang_tui.services.reports.input import ReportInput


@dataclass
class SavedReport:
    id: int
    number: str
    version: int
    status: str
    warnings: list[str] = field(default_factory=list)
    # the plan it was to realise was changed at another desk meanwhile and
    # is left as it is (the first warning says how)
    plan_left: bool = False


@dataclass
class EditableReport:
    """A stored report as the entry form edits it."""

    data: ReportInput
    version: int
    number: str
    status: str
    # whether the one editing is among its authors, who alone submit it
    may_submit: bool = True


def saved(report: Report, warnings: list[str] | None = None) -> SavedReport:
    return SavedReport(report.id, report.number, report.version, report.status, warnings or [])
