"""F6 Rekap driven by keys at 80×24 on the demo database (today 4 Dec 2024):
period keys, tabs, drill-down into the list, the export dialog writing a PDF,
the report-document dialog and the release editor."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from textual.widgets import DataTable, Input, Select, Static, TabbedContent, TextArea
from ui.helpers import make_app, screen_lines, screen_text, wait, wait_until

from sambang_tui.services.core import periods


def text_of(app) -> str:
    return "\n".join(screen_lines(app))


async def open_rekap(pilot) -> object:
    await pilot.press("f6")
    await wait(pilot)
    screen = pilot.app.screen
    assert type(screen).__name__ == "RekapScreen"
    return screen


async def test_default_is_last_full_week_and_keys_step(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rekap(pilot)
        assert (screen.period.start, screen.period.end) == (
            dt.date(2024, 11, 25),
            dt.date(2024, 12, 1),
        )
        assert screen.data is not None and screen.data.total_reports > 0
        assert "25/11 – 01/12/2024" in text_of(app)
        await pilot.press("right_square_bracket")
        await wait(pilot)
        assert screen.period.start == dt.date(2024, 12, 2)
        assert screen.data.period == screen.period
        await pilot.press("left_square_bracket", "left_square_bracket")
        await wait(pilot)
        assert screen.period.start == dt.date(2024, 11, 18)
        await pilot.press("b")
        await wait(pilot)
        assert screen.period == periods.month(dt.date(2024, 11, 1))
        assert "November 2024" in text_of(app)
        await pilot.press("right_square_bracket")
        await wait(pilot)
        assert screen.period == periods.month(dt.date(2024, 12, 1))
        await pilot.press("d")
        await wait(pilot)
        assert screen.period.kind == "day"
        await pilot.press("w")
        await wait(pilot)
        assert screen.period.kind == "week"
        await pilot.press("p")
        await wait(pilot)
        assert screen.period.kind == "operation" and screen.period.operation_name
        assert screen.data.period.kind == "operation"


async def test_custom_range_dialog(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rekap(pilot)
        await pilot.press("c")
        await pilot.pause()
        start = app.screen.query_one("#range-from", Input)
        start.value = ""
        await pilot.press(*"1/12/2024", "enter")
        end = app.screen.query_one("#range-to", Input)
        end.value = ""
        await pilot.press(*"31/11/2024", "enter")
        await pilot.pause()
        assert "tidak ada di kalender" in str(app.screen.query_one("#range-error", Static).render())
        end.value = ""
        await pilot.press(*"3/12/2024", "enter")
        await wait(pilot)
        assert screen.period == periods.custom(dt.date(2024, 12, 1), dt.date(2024, 12, 3))
        assert app.screen is screen


async def test_tabs_by_number_and_drill_down(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rekap(pilot)
        await pilot.press("2")
        table = screen.query_one("#rekap-officers", DataTable)
        await wait_until(pilot, lambda: app.focused is table)
        assert screen.query_one(TabbedContent).active == "tab-officers"
        assert app.focused is table
        first = screen.data.officers[0]
        await pilot.press("enter")
        await wait(pilot)
        from sambang_tui.ui.screens.list_reports import ReportListScreen

        assert isinstance(app.screen, ReportListScreen)
        filt = app.screen.filt
        assert filt.officer_id == first.officer_id
        assert (filt.date_from, filt.date_to) == (dt.date(2024, 11, 25), dt.date(2024, 12, 1))
        assert app.screen.total == first.reports
        await pilot.press("escape")
        await wait(pilot)
        assert app.screen is screen
        # type × kelurahan: the cell under the cursor adds the type
        await pilot.press("1")
        types = screen.query_one("#rekap-types", DataTable)
        await wait_until(pilot, lambda: app.focused is types)  # focus follows the tab's switch
        assert app.focused is types
        row = screen.data.types.rows[0]
        col_index = next(i for i, n in enumerate(row.counts) if n)
        await pilot.press(*["right"] * (col_index + 1), "enter")
        await wait(pilot)
        filt = app.screen.filt
        assert filt.kelurahan_id == row.kelurahan_id
        assert filt.type_id == screen.data.types.types[col_index].id
        assert app.screen.total == row.counts[col_index]


async def test_charts_and_coverage_show(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rekap(pilot)
        await pilot.press("7")
        await wait(pilot)
        text = text_of(app)
        assert "Kegiatan per hari" in text and "Paseban" in text and "█" in text
        await pilot.press("5")
        await wait(pilot)
        coverage = screen.query_one("#rekap-coverage", DataTable)
        assert coverage.row_count == len(screen.data.coverage) + 1


async def test_export_dialog_writes_a_pdf(demo_target: str, tmp_path: Path) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rekap(pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        assert type(dialog).__name__ == "ExportDialog"
        path_input = dialog.query_one("#export-path", Input)
        assert path_input.value.endswith("rekap-2024-11-25-2024-12-01.pdf")
        out = tmp_path / "rekap-minggu.pdf"
        path_input.value = str(out)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert out.exists()
        from pypdf import PdfReader

        text = " ".join((PdfReader(str(out)).pages[0].extract_text() or "").split())
        assert "Rekap mingguan kegiatan Bhabinkamtibmas" in text and "SEKTOR SENEN" in text
        assert type(app.screen).__name__ == "RekapScreen"


async def test_export_docx_by_keys_only(demo_target: str, tmp_path: Path) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rekap(pilot)
        await pilot.press("x")
        await pilot.pause()
        dialog = app.screen
        # format select: open, next option (DOCX), choose
        await pilot.press("enter", "down", "enter")
        await pilot.pause()
        path_input = dialog.query_one("#export-path", Input)
        assert path_input.value.endswith(".docx")
        path_input.value = str(tmp_path / "rekap.docx")
        path_input.focus()
        await pilot.press("enter")  # Enter only moves on
        await wait(pilot)
        assert not (tmp_path / "rekap.docx").exists()
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert (tmp_path / "rekap.docx").exists()


async def test_export_error_stays_in_the_dialog(demo_target: str, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rekap(pilot)
        await pilot.press("x")
        await pilot.pause()
        app.screen.query_one("#export-path", Input).value = str(blocked / "r.pdf")
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert type(app.screen).__name__ == "ExportDialog"
        assert str(app.screen.query_one("#export-error", Static).render()).strip()
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "RekapScreen"


def _seed_number() -> str:
    from sambang_tui.db.models import Report

    return Report.get(
        (Report.date == dt.date(2024, 12, 2)) & (Report.place.contains("Salemba Raya"))
    ).number


async def test_kegiatan_and_release_from_the_report_dialog(
    demo_target: str, tmp_path: Path
) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        number = _seed_number()
        await open_rekap(pilot)
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        assert app.focused is dialog.query_one("#export-number", Input)
        await pilot.press(*number)
        dialog.query_one("#export-path", Input).value = str(tmp_path / "kegiatan.pdf")
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert (tmp_path / "kegiatan.pdf").exists()
        # the release: kind select → Rilis Humas, then the editor
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        await pilot.press(*number, "tab")  # the document kind follows the number
        await pilot.press("enter", "down", "down", "enter")
        await pilot.pause()
        assert dialog.query_one("#export-path", Input).value.endswith(".docx")
        await pilot.press("ctrl+s")
        await wait(pilot)
        editor = app.screen
        assert type(editor).__name__ == "ReleaseEditor"
        area = editor.query_one(TextArea)
        assert "Jalan Salemba Raya RT 01 RW 06" in area.text
        assert "aman dan kondusif" in area.text
        assert "[[ISI:" in area.text  # the Kapolsek's statement is not in the record
        area.text = re.sub(r"\[\[ISI:[^\]]*\]\]", "warga [bold]rukun[/]", area.text)
        out = tmp_path / "rilis.docx"
        editor.query_one("#release-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await wait(pilot)
        import docx

        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        assert "mengatakan bahwa warga [bold]rukun[/]" in text
        assert "Humas Polres Metro Jakarta Pusat" in text
        assert type(app.screen).__name__ == "RekapScreen"


async def test_unknown_report_number_is_said_in_the_dialog(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rekap(pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"LK/999/XII/2024", "ctrl+s")
        await wait(pilot)
        assert "tidak ditemukan" in str(app.screen.query_one("#export-error", Static).render())


async def test_report_dialog_names_the_file_after_the_number(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rekap(pilot)
        await pilot.press("o")
        await pilot.pause()
        await pilot.press(*"LK/17/XII/2024")
        await pilot.pause()
        path = app.screen.query_one("#export-path", Input).value
        assert path.endswith("laporan-kegiatan-LK-17-XII-2024.pdf")


async def test_user_text_in_the_recap_is_shown_literally(db_target: str, monkeypatch) -> None:
    from recap_fixture import build_week

    from sambang_tui.db.models import Kelurahan
    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core.actor import Actor

    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-10")  # last full week: 2–8 December
    runtime.connect(db_target)
    actor = Actor(os_user="desk", station_id=runtime.station_for().id, is_admin=True)
    fx = build_week(actor)
    Kelurahan.update(name="[b]Ken[/]\x1b[31m").where(Kelurahan.id == fx.kel["Kenari"].id).execute()
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rekap(pilot)
        assert screen.period.start == dt.date(2024, 12, 2)
        assert "[b]Ken[/]" in text_of(app)
        assert screen.data.total_reports == 5


async def test_footer_fits_80_columns_and_o_is_documents_everywhere(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_rekap(pilot)
        footer = screen_lines(app)[-1]
        assert "f1 Bantuan" in footer and "o Dokumen" in footer, footer
        assert "l Dokumen" not in footer
        # the period keys left the footer but not F1 help
        await pilot.press("f1")
        await pilot.pause()
        help_text = screen_text(app)
        for words in ("Minggu", "Bulan", "Rentang", "Operasi", "Dokumen"):
            assert words in help_text, words
        await pilot.press("escape")
        await pilot.pause()
        # the report detail: the same key, and a help title of its own
        await pilot.press("f5")
        await wait(pilot)
        await pilot.press("enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"
        footer = screen_lines(app)[-1]
        assert "o Dokumen" in footer and "f1 Bantuan" in footer, footer
        await pilot.press("f1")
        await pilot.pause()
        help_text = screen_text(app)
        assert "Bantuan — Detail laporan" in help_text
        assert "Bantuan — Daftar laporan" not in help_text
        assert "Hapus" in help_text  # hidden from the footer, still in help


async def test_jadwal_footer_fits_80_columns(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        await pilot.press("f3")
        await wait(pilot)
        footer = screen_lines(app)[-1]
        assert "C Salin minggu" in footer and "f1 Bantuan" in footer, footer
        await pilot.press("f1")
        await pilot.pause()
        help_text = screen_text(app)
        for words in ("Pindah", "Tempel", "Saring", "Buka sel"):
            assert words in help_text, words


async def test_summary_counts_no_draft_and_says_how_many_were_left_out(demo_target: str) -> None:
    """A draft of the week (one typed a minute ago) is not counted; the
    summary says so at 80 columns, and the drill-down lists what is counted."""
    from sambang_tui.db.models import Report
    from sambang_tui.services.admin import runtime

    runtime.connect(demo_target)
    week = (Report.date >= dt.date(2024, 11, 25)) & (Report.date <= dt.date(2024, 12, 1))
    live = week & Report.deleted_at.is_null()
    row = Report.select().where(live & (Report.status == "diajukan")).first()
    Report.update(status="draft").where(Report.id == row.id).execute()
    drafts = Report.select().where(live & (Report.status == "draft")).count()
    counted = Report.select().where(live & (Report.status != "draft")).count()
    runtime.close()
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rekap(pilot)
        await wait_until(pilot, lambda: screen.data is not None)
        assert (screen.data.total_reports, screen.data.drafts) == (counted, drafts)
        summary = str(screen.query_one("#rekap-period", Static).render())
        assert f"· {counted} laporan + {drafts} draf · realisasi" in summary
        assert re.search(
            rf"{counted} laporan \+ {drafts} draf · realisasi \d+% · RW \d+/\d+", text_of(app)
        )
        await pilot.press("2")
        table = screen.query_one("#rekap-officers", DataTable)
        await wait_until(pilot, lambda: app.focused is table)
        await pilot.press("enter")
        await wait_until(pilot, lambda: getattr(app.screen, "total", None) is not None)
        assert app.screen.filt.submitted
        assert app.screen.total == screen.data.officers[0].reports


async def test_officers_tab_lists_the_bhabins_and_totals_the_reports(
    db_target: str, monkeypatch
) -> None:
    """Tab 2 as table B of the letter: no Kanit listed on a report, the total of the
    period's reports, and a note where a joint report makes the rows add up otherwise."""
    from recap_fixture import add_report, build_week

    from sambang_tui.services.admin import runtime
    from sambang_tui.services.core.actor import Actor

    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-10")  # last full week: 2–8 December
    runtime.connect(db_target)
    actor = Actor(os_user="desk", station_id=runtime.station_for().id, is_admin=True)
    fx = build_week(actor)
    add_report(fx, "R9", dt.date(2024, 12, 3), "Kenari", 1, ["SB"], ["B", "N"])  # N: Kanit
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_rekap(pilot)
        await pilot.press("2")
        await wait_until(pilot, lambda: screen.query_one(TabbedContent).active == "tab-officers")
        table = screen.query_one("#rekap-officers", DataTable)
        await wait_until(pilot, lambda: table.row_count == 4)
        text = text_of(app)
        assert "Hendra Gunawan" not in text  # the Kanit
        total = table.get_row("total")
        assert str(total[table.get_column_index("reports")]) == "6"
        note = screen.query_one("#rekap-officers-note", Static)
        assert note.display
        assert "laporan bersama dihitung untuk tiap personel (jumlah 7, laporan 6)" in text


def _informasi_number() -> str:
    from sambang_tui.db.models import InformationReport, Report

    return (
        Report.select(Report.number)
        .join(InformationReport)
        .where(Report.deleted_at.is_null())
        .order_by(Report.id)
        .first()
        .number
    )


async def test_the_report_dialog_starts_on_the_document_of_the_report_type(
    demo_target: str,
) -> None:
    """A deteksi dini report's document is its Laporan Informasi; typing another
    report's number goes back to the Laporan Kegiatan; a kind the person chose stays."""
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        dd, other = _informasi_number(), _seed_number()
        await open_rekap(pilot)
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        kind = dialog.query_one("#export-kind", Select)
        path = dialog.query_one("#export-path", Input)
        await pilot.press(*dd)
        await wait_until(pilot, lambda: kind.value == "informasi")
        assert kind.value == "informasi"
        await wait_until(pilot, lambda: "laporan-informasi-" in path.value)
        assert "laporan-informasi-" in path.value
        await pilot.press(*["backspace"] * 20, *other)
        await wait_until(pilot, lambda: kind.value == "kegiatan")
        assert kind.value == "kegiatan"
        # the person picks the Laporan Kegiatan of a deteksi dini report: it stays
        await pilot.press(*["backspace"] * 20, *dd)
        await wait_until(pilot, lambda: kind.value == "informasi")
        assert kind.value == "informasi"
        kind.value = "kegiatan"
        await pilot.pause()
        await pilot.press("backspace", dd[-1])
        await wait_until(pilot, lambda: dialog.found is not None)
        assert dialog.found is not None
        await pilot.pause()
        assert kind.value == "kegiatan"


async def test_the_detail_of_a_deteksi_dini_report_offers_its_laporan_informasi(
    demo_target: str,
) -> None:
    from sambang_tui.db.models import Report
    from sambang_tui.ui.screens.report_detail import ReportDetailScreen

    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        number = _informasi_number()
        await wait(pilot)
        detail = ReportDetailScreen(Report.get(Report.number == number).id)
        app.push_screen(detail)
        await wait_until(pilot, lambda: detail.detail is not None)
        assert detail.detail is not None
        await pilot.press("o")
        await pilot.pause()
        kind = app.screen.query_one("#export-kind", Select)
        await wait_until(pilot, lambda: kind.value == "informasi")
        assert kind.value == "informasi"
        path = app.screen.query_one("#export-path", Input).value
        assert path.endswith(f"laporan-informasi-{number.replace('/', '-')}.pdf")
