"""F5 Daftar laporan and the report detail on the demo database: search,
filters, paging, review steps by role, deletion, literal user text."""

from __future__ import annotations

import datetime as dt
import threading

from textual.widgets import DataTable, Input
from ui.helpers import make_app, poll_until, screen_lines, wait, wait_until

from sambang_tui.db.models import Report
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports import listing as report_list
from sambang_tui.services.reports.listing import ReportFilter, count_reports
from sambang_tui.ui.screens import list_reports as list_screen

SEED_NUMBER = "LK/208/XII/2024"


def text_of(app) -> str:
    return "\n".join(screen_lines(app))


def table_numbers(app) -> list[str]:
    table = app.screen.query_one(DataTable)
    return [str(table.get_row(key)[1]) for key in table.rows]


async def open_list(pilot) -> None:
    await wait(pilot)
    await pilot.press("f5")
    await wait(pilot)


async def test_search_finds_the_seed_story(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        total = count_reports(runtime.actor_for("desk"), ReportFilter())
        assert f"1–50 dari {total}" in text_of(app)
        await pilot.press("slash")
        assert isinstance(app.screen.focused, Input)
        await pilot.press(*"Salemba rekapitulasi")
        await pilot.press("enter")
        await wait(pilot)
        assert table_numbers(app) == [SEED_NUMBER]
        assert isinstance(app.screen.focused, DataTable)


async def test_x_clears_the_search_and_the_filters(demo_target: str) -> None:
    """`x` cleared the filters and kept the search ('salemba' still typed
    and still applied); the README says it clears both."""
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        await pilot.press("slash", *"salemba", "enter")
        await wait(pilot)
        await pilot.press("f")
        await wait(pilot)
        app.screen.query_one("#f-status").value = "draft"
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert (app.screen.filt.text, app.screen.filt.status) == ("salemba", "draft")
        await pilot.press("x")
        await wait(pilot)
        screen = app.screen
        assert (screen.filt.text, screen.filt.status) == ("", None)
        assert screen.query_one("#list-search", Input).value == ""
        await pilot.pause(0.5)  # no search left to come back after its delay
        await wait(pilot)
        assert screen.filt.text == ""
        assert len(table_numbers(app)) == 50


async def test_search_is_debounced_while_typing(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        await pilot.press("slash", *"salemba")
        await pilot.pause(0.5)  # the delay passes without Enter
        await wait(pilot)
        assert app.screen.filt.text == "salemba"
        assert SEED_NUMBER in table_numbers(app)


async def test_paging_moves_fifty_rows(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        first_page = table_numbers(app)
        assert len(first_page) == 50
        await pilot.press("pagedown")
        await wait(pilot)
        second = table_numbers(app)
        assert "51–100" in text_of(app)
        assert not set(first_page) & set(second)
        await pilot.press("pageup")
        await wait(pilot)
        assert table_numbers(app) == first_page


async def test_filters_by_dates_and_status(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        await pilot.press("f")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportFilterModal"
        await pilot.press(*"2/12", "tab", *"3/12/2024")
        for _ in range(4):  # to: -> kelurahan -> officer -> type -> status
            await pilot.press("tab")
        assert app.screen.focused.id == "f-status"
        await pilot.press("enter", "down", "down", "enter")  # (semua), draf, diajukan
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportListScreen"
        filt = app.screen.filt
        assert (filt.date_from, filt.date_to) == (dt.date(2024, 12, 2), dt.date(2024, 12, 3))
        assert filt.status == "diajukan"
        rows = [
            r
            for r in Report.select()
            if r.deleted_at is None
            and dt.date(2024, 12, 2) <= r.date <= dt.date(2024, 12, 3)
            and r.status == "diajukan"
        ]
        assert sorted(table_numbers(app)) == sorted(r.number for r in rows)
        assert "s.d. 03/12/2024" in text_of(app)
        await pilot.press("x")
        await wait(pilot)
        assert len(table_numbers(app)) == 50


async def test_filter_rejects_a_bad_date(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        await pilot.press("f")
        await wait(pilot)
        await pilot.press(*"31/02", "ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReportFilterModal"
        assert "tidak ada di kalender" in text_of(app)
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReportListScreen"


async def _open_number(pilot, number: str) -> None:
    """Open a report by keys: filter the list to its day, pick its row."""
    await open_list(pilot)
    day = Report.get(Report.number == number).date.strftime("%d/%m/%Y")
    await pilot.press("f")
    await wait(pilot)
    await pilot.press(*day, "tab", *day, "ctrl+s")
    await wait(pilot)
    app = pilot.app
    table = app.screen.query_one(DataTable)
    keys = [k for k in table.rows if str(table.get_row(k)[1]) == number]
    assert keys, f"{number} not listed on its day"
    await pilot.press("home", *["down"] * table.get_row_index(keys[0]), "enter")
    await wait(pilot)
    assert type(app.screen).__name__ == "ReportDetailScreen"
    assert number in "\n".join(screen_lines(app))


def _waiting_number() -> str:
    return (
        Report.select()
        .where((Report.status == "diajukan") & (Report.deleted_at.is_null()))
        .order_by(Report.id)
        .first()
        .number
    )


async def test_detail_shows_the_whole_report(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, SEED_NUMBER)
        screen = text_of(app)
        assert SEED_NUMBER in screen
        assert "Senin, 2 Desember 2024" in screen
        assert "RT 01 RW 06, Kelurahan Paseban" in screen
        await pilot.press("end")
        await wait_until(pilot, lambda: "Dibuat" in text_of(app))
        assert "Dibuat" in text_of(app)


async def test_verify_as_kanit(demo_target: str, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    app = make_app(demo_target)
    number = _waiting_number()
    assert app.ctx.actor.role == "kanit_binmas"
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, number)
        await pilot.press("v")  # asks first
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmModal"
        assert number in text_of(app)
        await pilot.press("n")
        await wait(pilot)
        assert Report.get(Report.number == number).status == "diajukan"
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("y")
        await wait(pilot)
        assert f"Laporan {number} diverifikasi." in [n.message for n in app._notifications]
        assert "Diverifikasi" in text_of(app)
    assert Report.get(Report.number == number).status == "diverifikasi"


async def test_review_is_refused_to_a_bhabin(demo_target: str, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_USER", "bhabin.paseban")
    app = make_app(demo_target)
    number = _waiting_number()
    assert not app.ctx.actor.can_review
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, number)
        footer = screen_lines(app)[-1]
        assert "Verifikasi" not in footer and "Kembalikan" not in footer
        await pilot.press("v")
        await pilot.press("k")
        await wait(pilot)
        messages = [n.message for n in app._notifications]
        assert (
            messages.count(
                "Hanya Kanit Binmas, Kapolsek atau Wakapolsek yang dapat memverifikasi atau "
                "mengembalikan laporan."
            )
            == 2
        )
        assert type(app.screen).__name__ == "ReportDetailScreen"
    assert Report.get(Report.number == number).status == "diajukan"


async def test_return_with_a_note(demo_target: str, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    app = make_app(demo_target)
    number = _waiting_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, number)
        await pilot.press("k")
        await pilot.pause()
        assert type(app.screen).__name__ == "NoteModal"
        # the whole question shows, wrapped (it was cut at the border)
        shown = " ".join(line.strip(" │") for line in screen_lines(app))
        assert "Tulis yang harus diperbaiki (wajib):" in " ".join(shown.split())
        await pilot.press("ctrl+s")  # empty: refused at the field
        await pilot.pause()
        assert "Catatan wajib diisi." in text_of(app)
        await pilot.press(*"Lengkapi jumlah peserta.")
        await pilot.pause()
        assert "Catatan wajib diisi." not in text_of(app)  # typed: the message goes
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"
        assert "Lengkapi jumlah peserta." in text_of(app)  # at the top, under the status
    row = Report.get(Report.number == number)
    assert (row.status, row.review_note) == ("dikembalikan", "Lengkapi jumlah peserta.")


async def test_delete_asks_first(demo_target: str) -> None:
    app = make_app(demo_target)
    actor = runtime.actor_for("desk")
    before = count_reports(actor, ReportFilter())
    number = _waiting_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, number)
        await pilot.press("d")
        await pilot.pause()
        assert type(app.screen).__name__ == "ConfirmModal"
        await pilot.press("n")
        await pilot.pause()
        assert Report.get(Report.number == number).deleted_at is None
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportListScreen"
        assert number not in table_numbers(app)
    assert count_reports(actor, ReportFilter()) == before - 1
    assert Report.get(Report.number == number).deleted_at is not None


async def test_conflict_shows_its_message(demo_target: str, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    app = make_app(demo_target)
    number = _waiting_number()
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, number)
        row = Report.get(Report.number == number)
        # saved meanwhile at another desk
        Report.update(place="Jl. lain", version=Report.version + 1).where(
            Report.id == row.id
        ).execute()
        await pilot.press("v")
        await pilot.pause()
        await pilot.press("y")
        await wait(pilot)
        messages = [str(n.message) for n in app._notifications]
        # what changed, as the detail labels it (issue 21: not "status, updated_at")
        changed = [m for m in messages if f"{number} sudah diubah oleh" in m]
        assert changed and ": Tempat." in changed[0], messages
        assert app.screen.detail.place == "Jl. lain"  # read again


async def test_problem_thread_from_the_detail(demo_target: str) -> None:
    app = make_app(demo_target)
    with_problem = (
        Report.select().where(Report.problem.is_null(False) & Report.deleted_at.is_null()).first()
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, with_problem.number)
        await pilot.press("p")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportListScreen"
        expected = Report.select().where(
            (Report.problem == with_problem.problem_id) & Report.deleted_at.is_null()
        )
        assert sorted(table_numbers(app)) == sorted(r.number for r in expected)
        assert f"masalah #{with_problem.problem_id}" in text_of(app)


async def test_user_text_is_shown_literally(demo_target: str) -> None:
    runtime.connect(demo_target)
    Report.update(
        place="[bold]Jl. Salemba[/]", narrative="Teks \x1b[31mmerah[0m dan [red]markup[/red]."
    ).where(Report.number == SEED_NUMBER).execute()
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, SEED_NUMBER)
        screen = text_of(app)
        assert "[bold]Jl. Salemba[/]" in screen
        assert "[red]markup[/red]" in screen
        assert "\x1b" not in screen


async def test_edit_opens_the_entry_form_and_comes_back(demo_target: str) -> None:
    """On a report the desk may change (a draft; the verified seed report is
    locked, test_review_keys shows 'e' saying why)."""
    app = make_app(demo_target)
    draft = (
        Report.select()
        .where((Report.status == "draft") & Report.deleted_at.is_null())
        .order_by(Report.date.desc(), Report.id)
        .first()
    )
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_number(pilot, draft.number)
        detail = app.screen
        await pilot.press("e")
        await wait(pilot)
        assert type(app.screen).__name__ == "EntryScreen"
        assert app.screen.report_id == draft.id
        await pilot.press("escape")
        await wait(pilot)
        assert app.screen is detail


async def test_first_page_shows_before_the_count(demo_target: str, monkeypatch) -> None:
    """The total is counted in its own worker after the page is shown;
    paging works while it runs."""
    release = threading.Event()
    caps: list[int | None] = []
    real_count = report_list.count_reports

    def slow_count(actor, filt=None, cap=None) -> int:
        release.wait(20)
        caps.append(cap)
        return real_count(actor, filt, cap=cap)

    monkeypatch.setattr(report_list, "count_reports", slow_count)
    app = make_app(demo_target)  # connects to the demo database
    total = real_count(runtime.actor_for("desk"), ReportFilter())
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            await wait(pilot)
            await pilot.press("f5")
            await poll_until(pilot, lambda: len(table_numbers(app)) == 50)
            assert "1–50 · hal. 1 · menghitung…" in text_of(app)
            await pilot.press("pagedown")
            await poll_until(pilot, lambda: "51–100 · hal. 2" in text_of(app))
            release.set()
            await wait(pilot)
            assert f"51–100 dari {total} · hal. 2/{-(-total // 50)}" in text_of(app)
    finally:
        release.set()
    assert caps == [list_screen.COUNT_CAP]


async def test_a_large_total_is_capped(demo_target: str, monkeypatch) -> None:
    monkeypatch.setattr(list_screen, "COUNT_CAP", 60)
    app = make_app(demo_target)  # connects to the demo database
    total = count_reports(runtime.actor_for("desk"), ReportFilter())
    last = -(-total // 50) - 1  # the last page, from 0
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        assert "1–50 dari 60+ · hal. 1" in text_of(app)
        await pilot.press("pagedown")
        await wait(pilot)
        assert "51–100 dari 100+ · hal. 2" in text_of(app)
        for _ in range(last + 1):  # one PgDn more than there are pages
            await pilot.press("pagedown")
            await wait(pilot)
        assert app.screen.page == last
        assert len(table_numbers(app)) == total - last * 50
        await pilot.pause()
        assert f"dari {total} · hal. {last + 1}/{last + 1}" in text_of(app)


async def test_search_finds_a_number_by_its_parts(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        await pilot.press("slash", *"208", "enter")
        await wait(pilot)
        assert SEED_NUMBER in table_numbers(app)
        await pilot.press("slash", "ctrl+u", *"lk/208/xii", "enter")
        await wait(pilot)
        assert table_numbers(app) == [SEED_NUMBER]
        assert "1–1 dari 1 · hal. 1/1" in text_of(app)


async def test_search_syntax_typed_by_a_person_is_plain_text(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await open_list(pilot)
        await pilot.press("slash", *'"salemba* -(rekapitulasi) OR NEAR:', "enter")
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportListScreen"
        assert "Tidak ada laporan yang cocok." in text_of(app)
        await pilot.press("slash", "ctrl+u", *'"salemba" rekapitulasi*', "enter")
        await wait(pilot)
        assert table_numbers(app) == [SEED_NUMBER]
