"""What the parser recognised in one message."""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sambang_tui.services.reports.input import ReportInput


@dataclass
class ParsedMessage:
    date: dt.date | None = None
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    officer: str = ""  # as written: "Aiptu Sutrisno", or an NRP
    officer_id: int | None = None
    officer_label: str = ""  # the resolved officer, "Aiptu Sutrisno · 78050123"
    kelurahan: str = ""  # as written, or the resolved name
    kelurahan_id: int | None = None
    rw: int | None = None
    rt: int | None = None
    place: str = ""
    types: list[str] = field(default_factory=list)  # ActivityType codes, in the order named
    type_ids: list[int] = field(default_factory=list)
    audience: dict[str, int | None] = field(default_factory=dict)
    message: str = ""
    findings: str = ""
    situation: str | None = None
    narrative: str = ""
    filled: set[str] = field(default_factory=set)  # ReportInput attributes to_input sets
    # fields (ReportInput names) the message speaks of but not clearly enough: left
    # empty, or the first of several taken (RT/RW); the form marks them to check
    doubtful: set[str] = field(default_factory=set)

    @property
    def marked(self) -> set[str]:
        """The fields the form marks "periksa": those filled and those in doubt."""
        return self.filled | self.doubtful

    def refresh_filled(self) -> None:
        names = {
            "date": self.date is not None,
            "start_time": self.start_time is not None,
            "end_time": self.end_time is not None,
            "officer_ids": self.officer_id is not None,
            "type_ids": bool(self.type_ids),
            "kelurahan_id": self.kelurahan_id is not None,
            "rw": self.rw is not None,
            "rt": self.rt is not None,
            "place": bool(self.place),
            "audience": bool(self.audience),
            "message": bool(self.message),
            "findings": bool(self.findings),
            "situation": self.situation is not None,
            "narrative": bool(self.narrative),
        }
        self.filled = {name for name, present in names.items() if present}

    @property
    def time_text(self) -> str | None:
        if self.start_time is None:
            return None
        start = self.start_time.strftime("%H:%M")
        return f"{start}-{self.end_time.strftime('%H:%M')}" if self.end_time else start

    def to_json(self) -> dict[str, Any]:
        """The fields as ``sambang parse`` prints them."""
        return {
            "date": self.date.isoformat() if self.date else None,
            "time": self.time_text,
            "officer": self.officer_label or self.officer or None,
            "kelurahan": self.kelurahan or None,
            "rw": self.rw,
            "rt": self.rt,
            "place": self.place or None,
            "types": list(self.types),
            "audience": dict(self.audience),
            "message": self.message or None,
            "findings": self.findings or None,
            "situation": self.situation,
            "narrative": self.narrative or None,
            "doubtful": sorted(self.doubtful),
        }

    def to_input(self, base: ReportInput | None = None) -> ReportInput:
        """``base`` (or an empty form) with every recognised field set; the
        fields set are those in ``filled``."""
        data = copy.deepcopy(base) if base is not None else ReportInput()
        if self.date is not None:
            data.date = self.date
        if self.start_time is not None:
            data.start_time = self.start_time
        if self.end_time is not None:
            data.end_time = self.end_time
        if self.officer_id is not None:
            data.officer_ids = [self.officer_id]
        if self.type_ids:
            data.type_ids = list(self.type_ids)
        if self.kelurahan_id is not None:
            data.kelurahan_id = self.kelurahan_id
        if self.rw is not None:
            data.rw = self.rw
        if self.rt is not None:
            data.rt = self.rt
        if self.place:
            data.place = self.place
        if self.audience:
            data.audience = dict(self.audience)
        if self.message:
            data.message = self.message
        if self.findings:
            data.findings = self.findings
        if self.situation is not None:
            data.situation = self.situation
        if self.narrative:
            data.narrative = self.narrative
        return data
