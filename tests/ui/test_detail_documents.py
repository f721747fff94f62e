"""The documents key (o) of the report detail: the export dialog opens with
this report's number, writes its Laporan Kegiatan, refuses a Laporan
Informasi for a report that is not deteksi dini, and hands a release to the
release editor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import DataTable, Input, Select, Static, TextArea
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.db.models import Report
from sambang_tui.services.reports.numbers import information_number


def _seed_number() -> str:
    """The demo's Paseban cooling-system visit (not deteksi dini)."""
    return Report.get(
        (Report.date == dt.date(2024, 12, 2)) & (Report.place.contains("Salemba Raya"))
    ).number


async def _open_detail(pilot, number: str) -> None:
    """From F5, search the number and open its row."""
    await wait(pilot)
    await pilot.press("f5")
    await wait(pilot)
    await pilot.press("slash", *number, "enter")
    await wait(pilot)
    table = pilot.app.screen.query_one(DataTable)
    numbers = [str(table.get_row(key)[1]) for key in table.rows]
    assert number in numbers
    await pilot.press("home", *["down"] * numbers.index(number), "enter")
    await wait(pilot)
    assert type(pilot.app.screen).__name__ == "ReportDetailScreen"
    assert number in "\n".join(screen_lines(pilot.app))


async def _open_documents(pilot, number: str) -> None:
    await _open_detail(pilot, number)
    await pilot.press("o")
    await pilot.pause()
    dialog = pilot.app.screen
    assert type(dialog).__name__ == "ExportDialog"
    assert dialog.query_one("#export-number", Input).value == number


async def test_documents_key_writes_the_laporan_kegiatan(demo_target: str, tmp_path: Path) -> None:
    app = make_app(demo_target)
    number = _seed_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_detail(pilot, number)
        assert "Dokumen" in screen_lines(app)[-1]
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        assert type(dialog).__name__ == "ExportDialog"
        assert dialog.query_one("#export-number", Input).value == number
        assert dialog.query_one("#export-kind", Select).value == "kegiatan"
        path_input = dialog.query_one("#export-path", Input)
        assert path_input.value.endswith(f"laporan-kegiatan-{number.replace('/', '-')}.pdf")
        # format select (focused first): open, PDF → DOCX → teks, choose
        await pilot.press("enter", "down", "down", "enter")
        await pilot.pause()
        assert path_input.value.endswith(".txt")
        out = tmp_path / "kegiatan.txt"
        path_input.value = str(out)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert out.exists()
        text = out.read_text(encoding="utf-8")
        assert number in text
        assert "LAPORAN KEGIATAN" in text.upper()
        assert type(app.screen).__name__ == "ReportDetailScreen"


async def test_documents_key_writes_a_pdf(demo_target: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    app = make_app(demo_target)
    number = _seed_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_documents(pilot, number)
        out = tmp_path / "kegiatan.pdf"
        app.screen.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert out.exists()
        text = "".join(
            "".join((page.extract_text() or "").split()) for page in PdfReader(str(out)).pages
        )
        assert number in text


async def test_laporan_informasi_refused_for_a_visit(demo_target: str, tmp_path: Path) -> None:
    app = make_app(demo_target)
    number = _seed_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_documents(pilot, number)
        dialog = app.screen
        dialog.query_one("#export-kind", Select).value = "informasi"
        await pilot.pause()
        out = tmp_path / "informasi.pdf"
        dialog.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert app.screen is dialog
        assert "deteksi dini" in str(dialog.query_one("#export-error", Static).render())
        assert not out.exists()
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReportDetailScreen"


async def test_laporan_informasi_of_a_deteksi_dini_report(demo_target: str, tmp_path: Path) -> None:
    from sambang_tui.db.models import InformationReport

    app = make_app(demo_target)  # connects the database the query below reads
    info = InformationReport.select().join(Report).where(Report.deleted_at.is_null()).first()
    number = info.report.number
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_documents(pilot, number)
        dialog = app.screen
        dialog.query_one("#export-kind", Select).value = "informasi"
        await pilot.pause()
        out = tmp_path / "informasi.txt"
        dialog.query_one("#export-format", Select).value = "text"
        await pilot.pause()
        dialog.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert out.exists()
        text = out.read_text(encoding="utf-8")
        li_number = information_number(info.seq, info.report.date)
        assert "LAPORAN INFORMASI" in text and li_number in text


async def test_release_opens_the_editor_with_the_draft(demo_target: str) -> None:
    app = make_app(demo_target)
    number = _seed_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_documents(pilot, number)
        app.screen.query_one("#export-kind", Select).value = "release"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReleaseEditor"
        assert "Paseban" in app.screen.query_one(TextArea).text
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReportDetailScreen"


async def test_documents_key_can_be_remapped(demo_target: str) -> None:
    app = make_app(demo_target, keymap={"detail.documents": "f9"})
    number = _seed_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_detail(pilot, number)
        assert "f9 Dokumen" in screen_lines(app)[-1]
        await pilot.press("o")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReportDetailScreen"
        await pilot.press("f9")
        await pilot.pause()
        assert type(app.screen).__name__ == "ExportDialog"


async def test_a_date_typed_in_the_dialog_dates_the_document(
    demo_target: str, tmp_path: Path
) -> None:
    """The Laporan Kegiatan is dated on the activity's day (2 December);
    a date typed in the dialog replaces it; a date that is no date is said
    at the field and nothing is written."""
    app = make_app(demo_target)
    number = _seed_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_documents(pilot, number)
        dialog = app.screen
        dialog.query_one("#export-format", Select).value = "text"
        await pilot.pause()
        out = tmp_path / "lk.txt"
        dialog.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert "Jakarta Pusat, 2 Desember 2024" in out.read_text(encoding="utf-8")
        out.unlink()
        await pilot.press("o")
        await pilot.pause()
        dialog = app.screen
        dialog.query_one("#export-format", Select).value = "text"
        await pilot.pause()
        dialog.query_one("#export-path", Input).value = str(out)
        dialog.query_one("#export-format", Select).focus()
        await pilot.press("tab", "tab", *"31/02/2024", "ctrl+s")
        await wait(pilot)
        assert app.screen is dialog and not out.exists()
        assert dialog.focused is dialog.query_one("#export-date", Input)
        assert "tanggal" in str(dialog.query_one("#export-error", Static).render()).lower()
        await pilot.press("end", *["backspace"] * 10, *"6/12/2024", "ctrl+s")
        await wait(pilot)
        text = out.read_text(encoding="utf-8")
        assert "Jakarta Pusat, 6 Desember 2024" in text
        assert "2 Desember 2024" in text  # the activity's day is still the fact it was


async def test_release_editor_marks_what_is_left_to_fill(demo_target: str, tmp_path: Path) -> None:
    app = make_app(demo_target)
    number = _seed_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_documents(pilot, number)
        app.screen.query_one("#export-kind", Select).value = "release"
        await pilot.pause()
        await pilot.press("ctrl+s")
        await wait(pilot)
        editor = app.screen
        assert type(editor).__name__ == "ReleaseEditor"
        area = editor.query_one(TextArea)
        assert "[[ISI: pernyataan Kapolsek" in area.text
        assert "1 bagian" in str(editor.query_one("#release-error", Static).render())
        out = tmp_path / "rilis.txt"
        editor.query_one("#release-format", Select).value = "text"
        await pilot.pause()
        editor.query_one("#release-path", Input).value = str(out)
        area.focus()
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert app.screen is editor and not out.exists()  # asked first
        assert "Ctrl+S lagi" in str(editor.query_one("#release-error", Static).render())
        start = area.text.index("[[ISI")
        end = area.text.index("]]", start) + 2
        area.replace("stabilitas wilayah terjaga", area.document.get_location_from_index(start),
                     area.document.get_location_from_index(end))  # fmt: skip
        await pilot.pause()
        assert str(editor.query_one("#release-error", Static).render()).strip() == ""
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert out.exists()
        assert "mengatakan bahwa stabilitas wilayah terjaga" in " ".join(out.read_text().split())


async def test_the_laporan_informasi_names_its_reporter_as_signer(
    demo_target: str, tmp_path: Path
) -> None:
    """A Laporan Informasi is signed by the officer who reports it (DESIGN
    §7): the dialog's signer line names them, not the Kapolsek, and the
    document is signed so; back on the Laporan Kegiatan the desk chooses."""
    from sambang_tui.db.models import InformationReport, Officer, ReportOfficer

    app = make_app(demo_target)
    info = InformationReport.select().join(Report).where(Report.deleted_at.is_null()).first()
    number = info.report.number
    lead = (
        Officer.select()
        .join(ReportOfficer)
        .where(ReportOfficer.report == info.report_id)
        .order_by(ReportOfficer.position)
        .first()
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_documents(pilot, number)
        await wait(pilot)
        dialog = app.screen
        assert dialog.query_one("#export-kind", Select).value == "informasi"
        signer = next(line for line in screen_lines(app) if "Tanda tangan" in line)
        assert f"Pelapor: {lead.rank} {lead.name}" in signer and "Kapolsek" not in signer
        assert dialog.query_one("#export-signer", Select).disabled
        dialog.query_one("#export-kind", Select).value = "kegiatan"
        await wait(pilot)
        signer = next(line for line in screen_lines(app) if "Tanda tangan" in line)
        assert "Kapolsek" in signer and not dialog.query_one("#export-signer", Select).disabled
        dialog.query_one("#export-kind", Select).value = "informasi"
        await wait(pilot)
        out = tmp_path / "informasi.txt"
        dialog.query_one("#export-format", Select).value = "text"
        await pilot.pause()
        dialog.query_one("#export-path", Input).value = str(out)
        await pilot.press("ctrl+s")
        await wait(pilot)
        text = out.read_text(encoding="utf-8")
        assert "PELAPOR" in text and lead.name.upper() in text
