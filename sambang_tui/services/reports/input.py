"""What a report form holds, as plain values: the one shape the entry form,
the chat-message parser, plan realisation, drafts and the services share.

Areas are given as the kelurahan id and the RW/RT *numbers*; the report
service resolves and checks them. Every field may be empty while typing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field, fields
from typing import Any


@dataclass
class InformationInput:
    """The Laporan Informasi part of a deteksi dini report."""

    field: str = ""
    subject: str = ""
    source: str = ""
    source_relation: str = ""
    how_obtained: str = ""
    obtained_at: dt.datetime | None = None
    reliability: str = ""
    accuracy: str = ""
    facts: str = ""
    assessment: str = ""


@dataclass
class OpinionInput:
    kind: str = "keluhan"
    field: str = ""
    text: str = ""


@dataclass
class HouseholdInput:
    head_name: str = ""
    address: str = ""
    opinions: list[OpinionInput] = field(default_factory=list)


@dataclass
class ProblemInput:
    """A new problem opened from a problem-solving report."""

    title: str = ""
    field: str = ""
    parties: str = ""
    description: str = ""


@dataclass
class ReportInput:
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    officer_ids: list[int] = field(default_factory=list)
    type_ids: list[int] = field(default_factory=list)
    kelurahan_id: int | None = None
    rw: int | None = None
    rt: int | None = None
    place: str = ""
    audience: dict[str, int | None] = field(default_factory=dict)
    contact_ids: list[int] = field(default_factory=list)
    narrative: str = ""
    message: str = ""
    findings: str = ""
    threat_level: str = "nihil"
    situation: str = "aman_kondusif"
    follow_up: str = ""
    operation_id: int | None = None
    quote_by: str = ""
    quote_text: str = ""
    problem_id: int | None = None
    new_problem: ProblemInput | None = None
    information: InformationInput | None = None
    households: list[HouseholdInput] = field(default_factory=list)
    plan_id: int | None = None
    # the plan's version when the form was filled from it: a plan changed at
    # another desk since is linked only while it still fits (``plan_link``)
    plan_version: int | None = None

    def to_json(self) -> dict[str, Any]:
        """JSON-ready data (dates as ISO strings), e.g. for drafts."""
        encoded: dict[str, Any] = _encode(asdict(self))
        return encoded

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ReportInput:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("date"):
            values["date"] = dt.date.fromisoformat(values["date"])
        for key in ("start_time", "end_time"):
            if values.get(key):
                values[key] = dt.time.fromisoformat(values[key])
        if values.get("new_problem"):
            values["new_problem"] = ProblemInput(**values["new_problem"])
        if values.get("information"):
            info = dict(values["information"])
            if info.get("obtained_at"):
                info["obtained_at"] = dt.datetime.fromisoformat(info["obtained_at"])
            values["information"] = InformationInput(**info)
        values["households"] = [
            HouseholdInput(
                head_name=h.get("head_name", ""),
                address=h.get("address", ""),
                opinions=[OpinionInput(**o) for o in h.get("opinions", [])],
            )
            for h in values.get("households") or []
        ]
        return cls(**values)


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _encode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_encode(v) for v in value]
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    return value
