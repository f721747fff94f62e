"""The export dialog at 80×24 (issue 13, items 3, 11, 12): a report number
shows the report it names (never a database id) and Enter does not write;
a missing folder is created and an existing file overwritten only after
asking; the folder is remembered; a folder given as the file is refused in
Indonesian. A path longer than its field shows its end, the file name
(round 21: "Simpan ke" was cut to "….pd")."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual.widgets import Input, Select, Static
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.config import Settings
from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.input import ReportInput


def found_text(app) -> str:
    return str(app.screen.query_one("#export-found", Static).render())


def error_text(app) -> str:
    return str(app.screen.query_one("#export-error", Static).render())


def add_report(day: dt.date) -> reports.SavedReport:
    from sambang_tui.db.models import ActivityType, Kelurahan, Officer

    officer = Officer.get(Officer.role == "bhabinkamtibmas")
    data = ReportInput(
        date=day,
        officer_ids=[officer.id],
        type_ids=[ActivityType.get(ActivityType.code == "SB").id],
        kelurahan_id=Kelurahan.select().first().id,
        narrative="Sambang warga.",
    )
    return reports.create_report(runtime.actor_for("desk"), data)


async def open_report_dialog(pilot) -> None:
    await pilot.press("f6")
    await wait(pilot)
    await pilot.press("o")
    await wait(pilot)
    assert type(pilot.app.screen).__name__ == "ExportDialog"


async def test_bare_number_names_this_years_report_and_enter_moves_on(
    demo_target: str,
) -> None:
    app = make_app(demo_target)
    # a late entry of last year first: from then on ids and this year's
    # running numbers part ways
    old = add_report(dt.date(2023, 12, 29))
    wanted = add_report(dt.date(2024, 12, 3))
    assert reports.load_input(wanted.id - 1).number == old.number
    async with app.run_test(size=(80, 24)) as pilot:
        await open_report_dialog(pilot)
        seq = wanted.number.split("/")[1]
        assert int(seq) == wanted.id - 1  # as an id, the number names last year's report
        await pilot.press(*seq)
        await pilot.pause(0.4)  # past the look-up's debounce
        await wait(pilot)
        assert found_text(app).startswith(f"{wanted.number} · ")
        path = app.screen.query_one("#export-path", Input).value
        assert path.endswith(f"laporan-kegiatan-{wanted.number.replace('/', '-')}.pdf")
        await pilot.press("enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "ExportDialog"  # nothing written
        assert app.focused is app.screen.query_one("#export-kind", Select)
        await pilot.press("escape")
        await wait(pilot)
        await pilot.press("o")
        await wait(pilot)
        await pilot.press(*"99999")
        await pilot.pause(0.4)
        await wait(pilot)
        assert "tidak ditemukan" in found_text(app)


async def test_missing_folder_and_existing_file_are_asked_about(
    demo_target: str, tmp_path: Path
) -> None:
    folder = tmp_path / "arsip" / "desember"
    settings = Settings(auto_backup=False, export_dir=str(tmp_path / "lama"))
    app = make_app(demo_target, settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6")
        await wait(pilot)
        await pilot.press("x")
        await wait(pilot)
        path_input = app.screen.query_one("#export-path", Input)
        assert Path(path_input.value).parent == tmp_path / "lama"  # the remembered folder
        path_input.value = str(folder / "rekap.txt")
        app.screen.query_one("#export-format", Select).value = "text"
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert type(app.screen).__name__ == "ConfirmModal"
        assert "belum ada" in str(app.screen.query_one("#confirm-question", Static).render())
        await pilot.press("n")
        await wait(pilot)
        assert not folder.exists() and type(app.screen).__name__ == "ExportDialog"
        await pilot.press("ctrl+s")
        await wait(pilot)
        await pilot.press("y")
        await wait(pilot)
        assert (folder / "rekap.txt").exists()
        assert type(app.screen).__name__ == "RekapScreen"
        (folder / "rekap.txt").write_text("lama")
        await pilot.press("x")
        await wait(pilot)
        path_input = app.screen.query_one("#export-path", Input)
        assert Path(path_input.value).parent == folder  # remembered from the last export
        path_input.value = str(folder / "rekap.txt")
        app.screen.query_one("#export-format", Select).value = "text"
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert "sudah ada" in str(app.screen.query_one("#confirm-question", Static).render())
        await pilot.press("n")
        await wait(pilot)
        assert (folder / "rekap.txt").read_text() == "lama"
        await pilot.press("ctrl+s")
        await wait(pilot)
        await pilot.press("y")
        await wait(pilot)
        assert "REKAP" in (folder / "rekap.txt").read_text().upper()
    assert Settings.load().export_dir == str(folder)


async def test_a_folder_as_the_file_is_refused_in_indonesian(
    demo_target: str, tmp_path: Path
) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f6")
        await wait(pilot)
        await pilot.press("x")
        await wait(pilot)
        app.screen.query_one("#export-path", Input).value = str(tmp_path)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert type(app.screen).__name__ == "ExportDialog"
        shown = error_text(app)
        assert shown.startswith(f"{tmp_path} adalah folder") and "directory" not in shown


async def test_a_long_path_shows_its_file_name(demo_target: str, tmp_path: Path) -> None:
    folder = tmp_path / "arsip-dokumen-polsek-senen" / "laporan-kegiatan-desember-2024"
    settings = Settings(auto_backup=False, export_dir=str(folder))
    app = make_app(demo_target, settings=settings)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_report_dialog(pilot)
        await pilot.press(*"LK/1/XII/2024")
        await wait(pilot)
        await pilot.pause()
        path = app.screen.query_one("#export-path", Input).value
        assert len(path) > 60 and path.endswith("laporan-kegiatan-LK-1-XII-2024.pdf")
        (line,) = [line for line in screen_lines(app) if "Simpan ke" in line]
        assert "LK-1-XII-2024.pdf" in line, line
        # another format: the new extension shows too
        app.screen.query_one("#export-format", Select).value = "docx"
        await wait(pilot)
        await pilot.pause()
        (line,) = [line for line in screen_lines(app) if "Simpan ke" in line]
        assert "LK-1-XII-2024.docx" in line, line
