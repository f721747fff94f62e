"""The entry form's date shortcuts (today is Wednesday 4 December 2024)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.reports.check import parse_report_date as parse_entry_date


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("h", dt.date(2024, 12, 4)),
        ("k", dt.date(2024, 12, 3)),
        ("-1", dt.date(2024, 12, 3)),
        ("+1", dt.date(2024, 12, 5)),
        ("2", dt.date(2024, 12, 2)),
        ("4", dt.date(2024, 12, 4)),  # today is still this month
        ("5", dt.date(2024, 11, 5)),  # after today: last month (a report is of the past)
        ("30", dt.date(2024, 11, 30)),
        ("2/12", dt.date(2024, 12, 2)),
        ("02/12/2024", dt.date(2024, 12, 2)),
    ],
)
def test_shortcuts(text: str, expected: dt.date) -> None:
    assert parse_entry_date(text) == expected


@pytest.mark.parametrize("text", ["31", "31/02", "32", "kemarin lusa"])
def test_bad_dates_say_why(text: str) -> None:
    with pytest.raises(ValidationError) as info:
        parse_entry_date(text)
    assert info.value.field == "date"
    assert "Tanggal" in info.value.message
