"""Tempel laporan: paste a Bhabin's chat message into F4, review, save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from textual import events
from textual.app import App
from textual.widgets import OptionList, Static, TextArea
from ui.helpers import make_app, screen_lines, wait

from sambang_tui.services.admin import runtime
from sambang_tui.services.master import lookup
from sambang_tui.services.parse import ParsedMessage
from sambang_tui.ui.modals.paste_report import PasteReportModal

MESSAGES_DIR = Path(__file__).resolve().parent.parent / "data" / "messages"

MESSAGE = """Assalamualaikum, ijin melaporkan kegiatan Bhabinkamtibmas Kel. Paseban
1. Hari/Tanggal : Senin, 02 Desember 2024
2. Waktu : 10.00 s.d. 11.30 WIB
3. Tempat : Jl. Salemba Raya RT 01 RW 06 Kel. Paseban
4. Kegiatan : Sambang dan cooling system bersama warga dan tokoh masyarakat
5. Sasaran : ± 15 orang warga
6. Pesan kamtibmas : jangan terprovokasi perbedaan pilihan Pilkada
7. Situasi : aman dan kondusif
Aiptu Heri Kurniawan
"""


class ModalHost(App[None]):
    """The dialog alone, on a bare app."""

    def __init__(self, actor=None) -> None:
        super().__init__()
        self.actor = actor
        self.results: list[ParsedMessage | None] = []

    def on_mount(self) -> None:
        self.push_screen(
            PasteReportModal(actor=self.actor, today=dt.date(2024, 12, 4)), self.results.append
        )


async def paste(pilot, text: str) -> None:
    """A bracketed paste as the terminal driver delivers it: to the app,
    which forwards it to the focused widget."""
    pilot.app.post_message(events.Paste(text))
    await pilot.pause()


async def paste_into_new_report(pilot, text: str) -> None:
    """F4, Ctrl+T, paste ``text`` into *Tempel laporan* and read it (Ctrl+S)."""
    await wait(pilot)
    await pilot.press("f4")
    await wait(pilot)
    await pilot.press("ctrl+t")
    await wait(pilot)
    assert isinstance(pilot.app.screen, PasteReportModal)
    await paste(pilot, text)
    await pilot.press("ctrl+s")
    await wait(pilot)


async def test_modal_reads_pasted_text(demo_actor) -> None:
    app = ModalHost(demo_actor)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await paste(pilot, MESSAGE)
        assert app.screen.query_one(TextArea).text.count("Salemba Raya") == 1
        await pilot.press("ctrl+s")
        await wait(pilot)
        (result,) = app.results
        assert result is not None
        assert result.date == dt.date(2024, 12, 2)
        assert result.start_time == dt.time(10) and result.end_time == dt.time(11, 30)
        assert (result.rw, result.rt, result.place) == (6, 1, "Jl. Salemba Raya")
        assert result.types == ["SB", "CS"] and len(result.type_ids) == 2
        assert result.audience == {"warga": 15, "tokoh_masyarakat": None}
        assert result.situation == "aman_kondusif"
        assert result.officer == "Aiptu Heri Kurniawan" and result.officer_id is not None
        assert {"date", "start_time", "type_ids", "rw", "rt", "place"} <= result.filled


async def test_modal_typing_empty_and_escape(db, actor) -> None:
    app = ModalHost(actor)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        assert any("Tempel laporan" in line for line in lines)
        assert any("Ctrl+S baca pesan" in line for line in lines)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert isinstance(app.screen, PasteReportModal)
        status = str(app.screen.query_one("#paste-status", Static).render())
        assert "kosong" in status
        await pilot.press(*"sambang rt 3 rw 5 jam 9")
        await pilot.press("ctrl+s")
        await wait(pilot)
        (result,) = app.results
        assert result.types == ["SB"] and (result.rw, result.rt) == (5, 3)
        assert result.start_time == dt.time(9)
    app = ModalHost(actor)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await paste(pilot, MESSAGE)
        await pilot.press("escape")  # a message pasted: Esc asks first
        await pilot.pause()
        assert app.results == [] and type(app.screen).__name__ == "ConfirmModal"
        await pilot.press("y")
        await pilot.pause()
        assert app.results == [None]


async def test_markup_and_escapes_stay_literal(db, actor) -> None:
    app = ModalHost(actor)
    text = "[bold]Sambang[/] \x1b[31mRT 01 RW 02 [red]x"
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await paste(pilot, text)
        assert "[bold]Sambang[/]" in app.screen.query_one(TextArea).text
        await pilot.press("ctrl+s")
        await wait(pilot)
        (result,) = app.results
        assert "[bold]Sambang[/]" in result.narrative
        assert "\x1b" not in result.narrative
        assert "[red]x" in result.narrative


async def test_paste_into_entry_form_fills_and_saves(demo_target: str) -> None:
    from sambang_tui.services.reports.listing import ReportFilter, count_reports

    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await paste_into_new_report(pilot, MESSAGE)
        screen = app.screen
        assert type(screen).__name__ == "EntryScreen"
        data, _raw, errors = screen.form.collect()
        assert not errors
        actor = app.ctx.actor
        with runtime.session():
            paseban = lookup.kelurahan(actor, "Paseban")[0].id
            heri = lookup.resolve_officer(actor, "Heri Kurniawan").id
            codes = {c.id: c.code for c in lookup.activity_types()}
            before = count_reports(
                actor,
                ReportFilter(
                    date_from=dt.date(2024, 12, 2),
                    date_to=dt.date(2024, 12, 2),
                    kelurahan_id=paseban,
                ),
            )
        assert data.date == dt.date(2024, 12, 2)
        assert data.start_time == dt.time(10) and data.end_time == dt.time(11, 30)
        assert data.officer_ids == [heri]
        assert data.kelurahan_id == paseban
        assert (data.rw, data.rt) == (6, 1)
        assert data.place == "Jl. Salemba Raya"
        assert [codes[i] for i in data.type_ids] == ["SB", "CS"]
        assert data.audience == {"warga": 15, "tokoh_masyarakat": None}
        assert data.situation == "aman_kondusif"
        assert "jangan terprovokasi" in data.message
        assert data.operation_id is not None  # what the form held is kept
        # the filled fields are marked for review
        for field in ("date", "officer_ids", "type_ids", "kelurahan_id", "rw", "situation"):
            assert screen.form.row_for(field).has_class("-filled"), field
        await pilot.press("ctrl+s")
        await wait(pilot)
        if screen.query_one("#entry-warning").has_class("-shown"):
            # the demo holds the seed story's report of that morning: a second Ctrl+S saves
            await pilot.press("ctrl+s")
            await wait(pilot)
        with runtime.session():
            after = count_reports(
                actor,
                ReportFilter(
                    date_from=dt.date(2024, 12, 2),
                    date_to=dt.date(2024, 12, 2),
                    kelurahan_id=paseban,
                ),
            )
        assert after == before + 1


PEMUDA = (
    "Sambang Kel. Paseban RT 01 RW 06 Jl. Salemba Raya, 02/12/2024 jam 10.00, "
    "sasaran 15 warga dan 8 pemuda, situasi aman"
)


async def test_every_field_the_paste_filled_is_marked_until_edited(demo_target: str) -> None:
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await paste_into_new_report(pilot, PEMUDA)
        screen = app.screen
        form = screen.form
        marked = {
            name: form.input(name).has_class("-filled")
            for name in ("rw", "rt", "place", "audience.warga", "audience.kelompok_pemuda")
        }
        assert all(marked.values()), marked
        assert not form.input("audience.tokoh_agama").has_class("-filled")
        assert form.row_for("audience.kelompok_pemuda").has_class("-filled")
        assert any("periksa" in line for line in screen_lines(app))
        # editing RT unmarks RT only: RW and Tempat on the same line stay marked
        form.input("rt").focus()
        await pilot.press("end", "2")
        await wait(pilot)
        assert not form.input("rt").has_class("-filled")
        assert form.input("rw").has_class("-filled") and form.input("place").has_class("-filled")
        assert form.row_for("rt").has_class("-filled")
        # the last marked field of the line edited: the line's hint goes too
        for name in ("rw", "place"):
            form.input(name).focus()
            await pilot.press("end", "1")
            await wait(pilot)
        assert not form.row_for("rt").has_class("-filled")
        assert form.input("audience.kelompok_pemuda").has_class("-filled")


TWO = (MESSAGES_DIR / "95_multi_two_templates.txt").read_text(encoding="utf-8")


async def test_several_activities_are_offered_one_by_one(demo_target: str) -> None:
    """A message with two activities: the dialog lists both, the desk picks
    one; Ctrl+T again shows the same message with the first ticked."""
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await paste_into_new_report(pilot, TWO)
        modal = app.screen
        assert isinstance(modal, PasteReportModal) and modal.has_class("-choosing")
        choices = modal.query_one("#paste-choices", OptionList)
        assert choices.option_count == 2
        assert any("2 kegiatan" in line for line in screen_lines(app))
        assert "09.00" in str(choices.get_option_at_index(0).prompt)
        await pilot.press("enter")
        await wait(pilot)
        screen = app.screen
        assert type(screen).__name__ == "EntryScreen"
        data, _raw, _errors = screen.form.collect()
        codes = {c.id: c.code for c in lookup.activity_types()}
        assert data.start_time == dt.time(9) and [codes[i] for i in data.type_ids] == ["SB"]
        # the next Ctrl+T offers the rest of the same message
        await pilot.press("ctrl+t")
        await wait(pilot)
        modal = app.screen
        assert isinstance(modal, PasteReportModal)
        assert modal.query_one(TextArea).text == TWO
        assert any("1 belum diambil" in line for line in screen_lines(app))
        await pilot.press("ctrl+s")
        await wait(pilot)
        choices = modal.query_one("#paste-choices", OptionList)
        assert "sudah diambil" in str(choices.get_option_at_index(0).prompt)
        assert choices.highlighted == 1  # the one not taken yet
        await pilot.press("enter")
        await wait(pilot)
        data, _raw, _errors = app.screen.form.collect()
        assert data.start_time == dt.time(14) and [codes[i] for i in data.type_ids] == ["PS"]
        assert data.findings == "Kedua pihak sepakat membagi lahan parkir"
        # both taken: the next paste starts empty
        await pilot.press("ctrl+t")
        await wait(pilot)
        assert app.screen.query_one(TextArea).text == ""


async def test_esc_leaves_the_choice_then_the_dialog(db, actor) -> None:
    app = ModalHost(actor)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await paste(pilot, TWO)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert app.screen.has_class("-choosing")
        await pilot.press("escape")
        await pilot.pause()
        assert not app.screen.has_class("-choosing") and app.results == []
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert app.screen.query_one(TextArea).text == ""
        await pilot.press("escape")
        await pilot.pause()
        assert app.results == [None]


FORWARDED = (
    "[02/12/24 10.41] Aiptu Heri: Ijin lapor, tadi jam 10 sambang ke pos ronda RW 04 Kel. "
    "Paseban bersama tomas 2, pemuda 8, himbau warga jaga kerukunan pasca Pilkada. aman"
)


async def test_forwarded_message_fills_and_marks_its_date(demo_target: str) -> None:
    """Issue #13 item 4: no date line, only the forwarded header: the date is
    the day it was sent ("tadi"), and it is marked; the counts after the
    groups are read; the appeal alone goes to Himbauan."""
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await paste_into_new_report(pilot, FORWARDED)
        screen = app.screen
        data, _raw, _errors = screen.form.collect()
        assert data.date == dt.date(2024, 12, 2)
        assert screen.form.input("date").has_class("-filled")
        assert data.start_time == dt.time(10)
        assert data.audience == {"tokoh_masyarakat": 2, "kelompok_pemuda": 8}
        assert data.message == "himbau warga jaga kerukunan pasca Pilkada"
        assert data.situation == "aman_kondusif"


async def test_a_doubtful_field_is_marked_though_left_as_it_was(demo_target: str) -> None:
    """'kamis 5/12' written on 4 December 2024: no past 5 December near is a
    Thursday, so the date is not guessed; the form keeps its own and marks it."""
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await paste_into_new_report(pilot, "sambang RW 01 Kel. Kenari kamis 5/12 pkl 10.00, aman")
        screen = app.screen
        data, _raw, _errors = screen.form.collect()
        assert data.date == dt.date(2024, 12, 4)  # the form's own (today), not a guess
        assert screen.form.input("date").has_class("-filled")
        assert data.start_time == dt.time(10)


APPEAL = "Menghimbau warga agar menjaga kebersihan lingkungan dan tidak mudah terprovokasi"
LONG_APPEAL = f"""Ijin melaporkan kegiatan Bhabinkamtibmas Kel. Paseban
1. Hari/Tanggal : Senin, 02 Desember 2024
2. Waktu : 10.00 WIB s.d. selesai
3. Tempat : Jl. Salemba Raya RT 01 RW 06 Kel. Paseban
4. Kegiatan : Sambang warga
5. Sasaran : 15 orang warga
6. Pesan kamtibmas : {APPEAL}
7. Situasi : Aman dan kondusif
Pelapor : Aiptu Heri Kurniawan"""


async def test_the_periksa_mark_never_covers_the_text_beside_it(demo_target: str) -> None:
    """The mark narrows the field beside it: an unfocused text field kept
    its lines wrapped for the old width, and 'dan' of a long appeal sat
    under the mark."""
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await paste_into_new_report(pilot, LONG_APPEAL)
        form = app.screen.form
        assert form.area("message").text == APPEAL
        assert form.area("message").has_class("-filled")
        assert app.focused is not form.area("message")
        lines = screen_lines(app)
        start = next(i for i, line in enumerate(lines) if line.startswith(" Himbauan"))
        shown = " ".join(
            line[15:].replace("periksa", "").strip() for line in lines[start : start + 3]
        )
        assert " ".join(shown.split()) == APPEAL


async def test_the_chosen_activity_fills_the_form_in_the_first_frame(demo_target: str) -> None:
    """The form the paste dialog closes onto shows the chosen activity's
    officer, type and kelurahan in its first frame: the chips came a few
    frames (0.2–0.6 s at a terminal, more on a busy machine) after the
    times and RW, and the desk began typing into what looked empty."""
    app = make_app(demo_target)
    frames: list[str] = []
    shown = app._display

    def display(screen, renderable) -> None:
        if screen is app.screen and type(screen).__name__ == "EntryScreen" and renderable:
            frames.append("\n".join(screen_lines(app)))
        shown(screen, renderable)

    app._display = display  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await paste_into_new_report(pilot, TWO)
        frames.clear()
        await pilot.press("enter")
        await wait(pilot)
        form = app.screen.form
        labels = [
            form.picker(name).chip_label(form.picker(name).values[0])
            for name in ("officer_ids", "type_ids", "kelurahan_id")
        ]
        assert frames
        first = frames[0]
        assert "09.00" in first
        for label in labels:
            assert label in first, first
