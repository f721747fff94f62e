from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.db.models import Operation
from sambang_tui.services.core import periods
from sambang_tui.services.core.errors import ValidationError

D = dt.date


def test_default_is_last_full_week(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    p = periods.default()
    assert (p.kind, p.start, p.end) == ("week", D(2024, 11, 25), D(2024, 12, 1))
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-02")  # a Monday: the week before
    assert periods.default().start == D(2024, 11, 25)
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-08")  # a Sunday: still the week before
    assert periods.default().start == D(2024, 11, 25)


def test_day_week_month_and_shift() -> None:
    d = periods.day(D(2024, 12, 31))
    assert periods.shift(d, 1) == periods.day(D(2025, 1, 1))
    w = periods.week(D(2024, 12, 4))
    assert (w.start, w.end) == (D(2024, 12, 2), D(2024, 12, 8))
    assert periods.shift(w, -1).start == D(2024, 11, 25)
    m = periods.month(D(2024, 2, 10))
    assert (m.start, m.end) == (D(2024, 2, 1), D(2024, 2, 29))
    assert periods.shift(m, 11).start == D(2025, 1, 1)
    assert periods.shift(m, -2).start == D(2023, 12, 1)
    assert periods.shift(periods.month(D(2024, 12, 1)), 1).end == D(2025, 1, 31)


def test_custom_range_steps_by_its_length() -> None:
    c = periods.custom(D(2024, 12, 1), D(2024, 12, 10))
    assert c.days == 10
    n = periods.shift(c, 1)
    assert (n.start, n.end) == (D(2024, 12, 11), D(2024, 12, 20))
    with pytest.raises(ValidationError):
        periods.custom(D(2024, 12, 10), D(2024, 12, 1))


def test_weeks_are_clipped() -> None:
    m = periods.month(D(2024, 12, 1))
    weeks = m.weeks()
    assert weeks[0] == (D(2024, 12, 1), D(2024, 12, 1))
    assert weeks[1] == (D(2024, 12, 2), D(2024, 12, 8))
    assert weeks[-1] == (D(2024, 12, 30), D(2024, 12, 31))
    assert len(weeks) == 6


def test_labels_are_indonesian() -> None:
    assert periods.day(D(2024, 12, 2)).label("id") == "Senin, 2 Desember 2024"
    assert periods.month(D(2024, 12, 2)).label("id") == "Desember 2024"
    assert periods.week(D(2024, 12, 2)).label("id") == "2 Desember 2024 – 8 Desember 2024"


def test_operation_span_and_neighbours(db, actor) -> None:
    a = Operation.create(
        station=actor.station_id, name="Op A", start=D(2024, 1, 1), end=D(2024, 2, 1)
    )
    b = Operation.create(
        station=actor.station_id, name="Op B", start=D(2024, 8, 14), end=D(2024, 12, 31)
    )
    pa = periods.operation(actor, a.id)
    assert (pa.kind, pa.start, pa.end, pa.operation_name) == ("operation", a.start, a.end, "Op A")
    assert periods.shift(pa, 1, actor).operation_id == b.id
    assert periods.shift(pa, -1, actor) == pa  # none earlier
    assert periods.latest_operation(actor, D(2024, 12, 4)).operation_id == b.id
    assert "Op B" in periods.operation(actor, b.id).label("id")
