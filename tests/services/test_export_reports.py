from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from sambang_tui.db.models import Report
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.formula import neutralise
from sambang_tui.services.reports import export as module
from sambang_tui.services.reports.export import COLUMNS, export_reports

START, END = dt.date(2024, 10, 1), dt.date(2024, 12, 31)


@pytest.fixture
def desk(demo_target: str):
    runtime.connect(demo_target)
    yield runtime.actor_for("desk")
    runtime.close()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+62812", "+62812"),  # a number calls nothing
        ("-5", "-5"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("- catatan", "'- catatan"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=x", "'\t=x"),
        ("Jalan Salemba Raya", "Jalan Salemba Raya"),
        ("a=b", "a=b"),
        ("", ""),
        (5, "5"),
        (None, ""),
    ],
)
def test_neutralise(value, expected) -> None:
    assert neutralise(value) == expected


def test_csv_pages_through_every_report(desk, monkeypatch) -> None:
    monkeypatch.setattr(module, "PAGE", 7)
    stream = io.StringIO()
    result = export_reports(desk, START, END, "csv", stream=stream)
    rows = list(csv.reader(io.StringIO(stream.getvalue())))
    assert tuple(rows[0]) == COLUMNS
    expected = Report.select().where(Report.date.between(START, END)).count()
    assert result.count == expected == len(rows) - 1
    numbers = [r[0] for r in rows[1:]]
    assert len(set(numbers)) == len(numbers)
    dates = [r[1] for r in rows[1:]]
    assert dates == sorted(dates)


def test_deleted_reports_are_left_out(desk) -> None:
    first = Report.select().order_by(Report.id).first()
    Report.update(deleted_at=dt.datetime(2024, 12, 4, 9)).where(Report.id == first.id).execute()
    stream = io.StringIO()
    export_reports(desk, START, END, "json", stream=stream)
    data = json.loads(stream.getvalue())
    assert first.number not in {r["nomor"] for r in data}
    assert len(data) == Report.select().where(Report.deleted_at.is_null()).count()


def test_json_record_shape(desk) -> None:
    stream = io.StringIO()
    export_reports(desk, dt.date(2024, 12, 2), dt.date(2024, 12, 2), "json", stream=stream)
    data = json.loads(stream.getvalue())
    seed = next(r for r in data if r["tempat"] == "Jalan Salemba Raya" and r["mulai"] == "10:00")
    assert seed["jenis"] == ["SB", "CS"]
    assert seed["rw"] == 6 and seed["rt"] == 1 and seed["kelurahan"] == "Paseban"
    assert seed["hadir"]["kelompok_pemuda"] > 0
    assert seed["operasi"] == "Operasi Mantap Praja Jaya 2024"
    assert seed["situasi"] == "aman_kondusif"


def test_empty_period(desk, tmp_path) -> None:
    out = tmp_path / "none.json"
    result = export_reports(desk, dt.date(2030, 1, 1), dt.date(2030, 1, 2), "json", out)
    assert result.count == 0 and json.loads(out.read_text()) == []
    out = tmp_path / "none.csv"
    export_reports(desk, dt.date(2030, 1, 1), dt.date(2030, 1, 2), "csv", out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfnomor,")


def test_user_text_survives_unchanged_in_json(desk) -> None:
    report = Report.select().order_by(Report.id).first()
    text = "=cmd|' /C calc'!A0 [bold]x[/] \u202eRTL 🙂\nbaris"
    Report.update(narrative=text).where(Report.id == report.id).execute()
    stream = io.StringIO()
    export_reports(desk, report.date, report.date, "json", stream=stream)
    assert any(r["uraian"] == text for r in json.loads(stream.getvalue()))
    stream = io.StringIO()
    export_reports(desk, report.date, report.date, "csv", stream=stream)
    cells = [r[COLUMNS.index("uraian")] for r in csv.reader(io.StringIO(stream.getvalue()))]
    assert "'" + text in cells


def test_bad_requests(desk) -> None:
    with pytest.raises(ValidationError, match="sebelum"):
        export_reports(desk, END, START, "csv", stream=io.StringIO())
    with pytest.raises(ValidationError, match="xlsx"):
        export_reports(desk, START, END, "xlsx", stream=io.StringIO())
