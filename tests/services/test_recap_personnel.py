"""Table B of the recap ("Rencana dan realisasi per personel") and F6's
officers tab list the station's Bhabinkamtibmas, one row each: a Kanit or a
Kapolsek listed on a report beside a Bhabin is no row of it (round 21 audit).
A report two Bhabins made counts for each of them; the table's total is the
period's reports, and where the rows add up otherwise the document says why."""

from __future__ import annotations

import datetime as dt

import pytest
from recap_fixture import Fixture, add_report, build_week

from sambang_tui.db.models import Officer
from sambang_tui.services.core import periods
from sambang_tui.services.documents import recap_doc
from sambang_tui.services.documents.render_text import render_text
from sambang_tui.services.recap import figures

WEEK = periods.week(dt.date(2024, 12, 2))


@pytest.fixture
def fx(db, actor, monkeypatch: pytest.MonkeyPatch) -> Fixture:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    return build_week(actor)


def test_a_kanit_on_a_report_is_no_row(fx: Fixture) -> None:
    add_report(fx, "R9", dt.date(2024, 12, 3), "Kenari", 1, ["SB"], ["B", "N"])
    add_report(fx, "R10", dt.date(2024, 12, 3), "Kenari", 2, ["SB"], ["K", "A"])
    names = [r.name for r in figures.by_officer(fx.actor, WEEK)]
    assert names == ["Dedi Kurniawan", "Sutrisno", "Wati Lestari"]


def test_a_bhabin_no_longer_active_keeps_his_row_for_his_reports(fx: Fixture) -> None:
    Officer.update(active=False).where(Officer.id == fx.officers["B"].id).execute()
    Officer.update(active=False).where(Officer.id == fx.officers["D"].id).execute()
    names = [r.name for r in figures.by_officer(fx.actor, WEEK)]
    assert names == ["Sutrisno", "Wati Lestari"]  # Dedi: inactive, nothing in the week


def test_the_letter_totals_the_reports_and_says_why_rows_differ(fx: Fixture) -> None:
    add_report(fx, "R9", dt.date(2024, 12, 3), "Kenari", 1, ["SB"], ["B", "N"])
    data = figures.build(fx.actor, WEEK)
    assert data.total_reports == 6 and data.officer_reports == 7  # R3: Sutrisno and Wati
    personel = recap_doc.tables(data)[1]
    assert personel.footer[personel.headers.index("Laporan")] == "6"
    assert not any("Hendra Gunawan" in row[1] for row in personel.rows)
    text = " ".join(render_text(recap_doc.build(fx.actor, WEEK)).split())
    assert "dihitung pada masing-masing personel, sehingga jumlahnya (7) berbeda" in text
    assert "dari jumlah laporan (6)" in text


def test_no_note_where_the_rows_add_up(fx: Fixture) -> None:
    data = figures.build(fx.actor, periods.week(dt.date(2024, 12, 9)))  # R6 alone
    assert data.officer_reports == data.total_reports == 1
    assert "masing-masing personel" not in recap_doc.officer_note(data)
