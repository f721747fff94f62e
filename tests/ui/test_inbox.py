"""Kotak masuk (F8) driven by keys: the queue, the form filled from a
message, saving and moving on, ignoring and restoring, the import dialog
with path completion, and walking a whole day's export."""

from __future__ import annotations

import threading
from pathlib import Path

import inbox_exports as ie
import pytest
from textual.widgets import DataTable, Input, Static
from ui.helpers import make_app, poll_until, screen_lines, wait, wait_until

from sambang_tui.db.models import Attachment, InboxItem, InboxReport, Report
from sambang_tui.i18n import t
from sambang_tui.services.admin import runtime
from sambang_tui.services.inbox import queue
from sambang_tui.services.inbox.importer import import_export


@pytest.fixture
def imported(demo_target: str, tmp_path: Path) -> str:
    runtime.connect(demo_target)
    export = ie.write_zip(tmp_path / "grup.zip", ie.day_messages(), "android_id")
    import_export(runtime.actor_for("desk"), export)
    return demo_target


def text_of(app) -> str:
    return "\n".join(screen_lines(app))


async def _queue(pilot) -> None:
    await pilot.press("f8")
    await wait(pilot)


def _state(kelurahan: str) -> str:
    return InboxItem.get(InboxItem.kelurahan == kelurahan).state


async def test_f8_shows_the_queue_newest_first(imported: str) -> None:
    app = make_app(imported)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        assert app.current_mode == "inbox"
        table = app.screen.query_one(DataTable)
        rows = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
        assert [r[2] for r in rows] == ["Kramat", "Bungur", "Paseban"]
        assert rows[0][1] == "Bripka Dwi Hartono" and rows[0][4] == "1"
        assert rows[1][1] == "Aipda Yusuf Maulana"  # sent from a phone number
        assert rows[2][5] == "baru ⚠"  # probably entered already
        text = text_of(app)
        assert "Baru 3 · Dibuka 0 · Disimpan 0 · Diabaikan 0" in text
        assert "bripka dwi hartono sambang pos kamling" in text  # the first lines below
        await pilot.press("down", "down")
        await pilot.pause()
        assert t("inbox.entered") in text_of(app)
        assert "Ijin melaporkan kegiatan Bhabinkamtibmas Kel. Paseban" in text_of(app)


async def test_enter_opens_the_form_filled_and_marked(imported: str) -> None:
    app = make_app(imported)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("enter")
        await wait(pilot)
        screen = app.screen
        assert type(screen).__name__ == "InboxEntryScreen"
        form = screen.form
        assert form.input("date").value == "02/12/2024"
        assert form.input("start_time").value == "22.30"
        assert form.input("rw").value == "9"
        assert "Bripka Dwi Hartono" in form.picker("officer_ids").chip_label(
            form.collect()[0].officer_ids[0]
        )
        text = text_of(app)
        assert "Pesan Bripka Dwi Hartono · Sen 02/12 22.40" in text
        assert "Foto (1): IMG-20241202-WA0003.jpg" in text
        assert text.count("periksa") >= 5
        footer = screen_lines(app)[-1]  # whole at 80 columns (f1 Bantuan was cut)
        assert "^o Pesan" in footer and "f1 Bantuan" in footer and "^p Perintah" in footer
        assert _state("Kramat") == "dibuka"
        await pilot.press("escape")  # left for later
        await wait(pilot)
        assert type(app.screen).__name__ == "InboxScreen"
        assert "dibuka" in text_of(app)


async def test_enter_while_the_queue_loads_opens_the_first_message_once_loaded(
    imported: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fast desk presses Enter as soon as the queue shows (right after an
    import, on a busy server): the first message opens when its row
    arrives instead of a 'choose a message first' warning."""
    real, loaded = queue.list_items, threading.Event()

    def slow(*args, **kwargs):
        loaded.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(queue, "list_items", slow)
    app = make_app(imported)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f8")
        await pilot.pause()
        assert not app.screen.query_one(DataTable).row_count
        await pilot.press("enter")
        await pilot.pause()
        assert t("inbox.nothing") not in text_of(app)
        loaded.set()
        await wait_until(pilot, lambda: "Pesan Bripka Dwi Hartono" in text_of(app))
        assert type(app.screen).__name__ == "InboxEntryScreen"


async def test_saving_links_the_report_and_opens_the_next_message(imported: str) -> None:
    app = make_app(imported)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        before = Report.select().count()
        await pilot.press("enter")
        await wait(pilot)
        await pilot.press("ctrl+s")
        await wait(pilot)
        await wait(pilot)
        assert Report.select().count() == before + 1
        kramat = InboxItem.get(InboxItem.kelurahan == "Kramat")
        assert kramat.state == "disimpan"
        link = InboxReport.get(InboxReport.item == kramat.id)
        assert [
            a.original_name for a in Attachment.select().where(Attachment.report == link.report)
        ] == ["IMG-20241202-WA0003.jpg"]
        # straight on to the next message
        assert type(app.screen).__name__ == "InboxEntryScreen"
        assert app.screen.detail.sender == "+62 813-1000-0016"
        assert "Pesan Aipda Yusuf Maulana" in text_of(app)


async def test_the_next_message_opens_in_the_same_form(
    imported: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving moves the same form on to the next message (no new form to
    build): its own message, fields and marks; a Ctrl+S pressed again while
    it moves on does not save the next message unread; Esc then leaves it
    as a draft, and opening it again offers that draft."""
    real, fetched = queue.open_item, threading.Event()

    def held(*args, **kwargs):
        fetched.wait(10)
        return real(*args, **kwargs)

    app = make_app(imported)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("f")  # every message: the saved one stays in the list
        await wait(pilot)
        await pilot.press("enter")
        await wait(pilot)
        form_screen = app.screen
        assert form_screen.form.input("rw").value == "9"
        before = Report.select().count()
        monkeypatch.setattr(queue, "open_item", held)
        await pilot.press("ctrl+s")
        await poll_until(pilot, lambda: form_screen._moving_on)  # saved; the next is held
        await pilot.press("ctrl+s")
        fetched.set()
        await wait(pilot)
        await wait(pilot)
        assert Report.select().count() == before + 1  # the second Ctrl+S: not Bungur unread
        assert app.screen is form_screen
        assert form_screen.detail.sender == "+62 813-1000-0016"
        assert form_screen.loaded
        text = text_of(app)
        assert "Pesan Aipda Yusuf Maulana" in text and "Pesan Bripka Dwi Hartono" not in text
        assert form_screen.form.input("rw").value != "9"
        assert "periksa" in text
        assert _state("Bungur") == "dibuka"
        form_screen.form.area("narrative").focus()
        await pilot.press("end", *" Tambahan.")
        await wait(pilot)
        await pilot.press("escape")
        await wait(pilot)
        assert type(app.screen).__name__ == "InboxScreen"
        assert app.screen.current.kelurahan == "Bungur"  # the cursor on the message left
        await pilot.press("enter")
        await wait(pilot)
        await wait(pilot)
        assert type(app.screen).__name__ == "ConfirmModal"  # the draft of Bungur offered


async def test_walking_the_day_enters_every_report_in_few_keys(imported: str) -> None:
    """The 'done when' of the issue: a day's export walked by keyboard; the
    message that was typed in already is ignored with its reason."""
    app = make_app(imported)
    keys = 0

    async def press(*names: str) -> None:
        nonlocal keys
        keys += len(names)
        await pilot.press(*names)
        await wait(pilot)
        await wait(pilot)

    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await press("enter")  # Kramat
        await press("ctrl+s")  # saved; Bungur opens
        await press("ctrl+s")  # saved; Paseban opens (probably entered)
        assert app.screen.detail.entered_number == "LK/208/XII/2024"
        await press("escape")
        await press("x")
        assert type(app.screen).__name__ == "NoteModal"
        await press("ctrl+s")  # the proposed reason
        assert [_state(k) for k in ("Kramat", "Bungur", "Paseban")] == [
            "disimpan",
            "disimpan",
            "diabaikan",
        ]
        typed = len(ie.REPORT_KRAMAT) + len(ie.REPORT_BUNGUR)
        print(f"\ninbox walk: {keys} keys for 2 reports (typing their text alone: {typed})")
        assert keys <= 6
        assert "Baru 0 · Dibuka 0 · Disimpan 2 · Diabaikan 1" in text_of(app)


async def test_ignore_asks_a_reason_and_u_brings_it_back(imported: str) -> None:
    app = make_app(imported)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("escape")  # cancelled: nothing happens
        await wait(pilot)
        assert _state("Kramat") == "baru"
        await pilot.press("x")
        await pilot.pause()
        area = app.screen.query_one("#note-text")
        area.text = ""
        await pilot.press(*"dobel", "ctrl+s")
        await wait(pilot)
        assert InboxItem.get(InboxItem.kelurahan == "Kramat").reason == "dobel"
        assert [str(c) for c in app.screen.query_one(DataTable).get_row_at(0)][2] == "Bungur"
        await pilot.press("f")  # all states
        await wait(pilot)
        assert "tampil: semua" in text_of(app)
        assert "Diabaikan: dobel" in text_of(app)
        await pilot.press("u")
        await wait(pilot)
        assert _state("Kramat") == "dibuka"


async def test_an_ignored_or_saved_message_is_not_opened_as_a_form(imported: str) -> None:
    app = make_app(imported)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("enter")
        await wait(pilot)
        await pilot.press("ctrl+s")
        await wait(pilot)
        await pilot.press("escape")  # leave Bungur for later
        await wait(pilot)
        await pilot.press("f")
        await wait(pilot)
        await pilot.press("enter")  # Kramat, saved: its report
        await wait(pilot)
        assert type(app.screen).__name__ == "ReportDetailScreen"


async def test_import_dialog_completes_the_path_and_checks_first(demo_target, tmp_path) -> None:
    folder = tmp_path / "unduhan"
    folder.mkdir()
    ie.write_zip(folder / "WhatsApp Chat grup.zip", ie.day_messages(), "ios_en_us")
    (folder / "catatan.pdf").write_bytes(b"%PDF")
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        assert t("inbox.empty") in text_of(app)
        await pilot.press("i")
        await pilot.pause()
        path = app.screen.query_one("#ii-path", Input)
        path.value = f"{folder}/W"
        await pilot.press("tab")  # completes the one match
        assert path.value == f"{folder}/WhatsApp Chat grup.zip"
        await pilot.press("enter")  # check only
        await wait(pilot)
        result = str(app.screen.query_one("#ii-result", Static).render())
        assert "12 pesan (2 baris sistem): 3 laporan, 9 obrolan." in result
        assert "Akan baru 3" in result
        assert InboxItem.select().count() == 0
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert type(app.screen).__name__ == "InboxScreen"
        assert InboxItem.select().count() == 3
        assert app.screen.query_one(DataTable).row_count == 3


async def test_a_whole_path_typed_or_pasted_replaces_the_prefilled_folder(
    demo_target, tmp_path, monkeypatch
) -> None:
    """The path is pre-filled with the downloads folder, the cursor at its
    end: a full path typed there became '/root//tmp/…' (no such file)."""
    folder = tmp_path / "audit"
    folder.mkdir()
    ie.write_zip(folder / "chat.zip", ie.day_messages(), "ios_en_us")
    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("i")
        await pilot.pause()
        path = app.screen.query_one("#ii-path", Input)
        assert path.value == f"{tmp_path}/" and path.cursor_position == len(path.value)
        await pilot.press(*f"{folder}/chat.zip")  # typed over the pre-filled folder
        await pilot.pause()
        assert path.value == f"{folder}/chat.zip"
        await pilot.press("enter")  # check only: the file is found
        await wait(pilot)
        assert "12 pesan" in str(app.screen.query_one("#ii-result", Static).render())
        path.value = f"{tmp_path}/"
        path.cursor_position = len(path.value)
        await pilot.press("~", "/", *"audit/")  # home, as in a shell
        await pilot.pause()
        assert path.value == "~/audit/"
        path.value = f"{tmp_path}/"
        path.cursor_position = len(path.value)
        app.screen.query_one("#ii-path", Input).insert_text_at_cursor(f"{folder}/chat.zip")
        await pilot.pause()  # pasted: the same
        assert path.value == f"{folder}/chat.zip"


async def test_import_dialog_says_what_is_wrong_in_place(demo_target, tmp_path) -> None:
    bad = tmp_path / "bukan.txt"
    bad.write_text("halo\n", encoding="utf-8")
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one("#ii-path", Input).value = str(bad)
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert type(app.screen).__name__ == "InboxImportModal"
        error = str(app.screen.query_one("#ii-error", Static).render())
        assert "bukan ekspor chat WhatsApp" in error
        app.screen.query_one("#ii-path", Input).value = str(tmp_path / "x.zip")
        app.screen.query_one("#ii-since", Input).value = "31/02/2024"
        await pilot.press("ctrl+s")
        await wait(pilot)
        assert app.focused is app.screen.query_one("#ii-since", Input)
        await pilot.press("escape")
        await wait(pilot)
        assert InboxItem.select().count() == 0


async def test_a_read_only_login_looks_but_does_not_change(imported: str) -> None:
    app = make_app(imported, user="tamu")
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        for key in ("x", "i"):
            await pilot.press(key)
            await pilot.pause()
            assert type(app.screen).__name__ == "InboxScreen"
        assert _state("Kramat") == "baru"


async def test_palette_and_keys(imported: str) -> None:
    from sambang_tui.ui.modals.inbox_import import InboxImportModal
    from sambang_tui.ui.palette import commands_for
    from sambang_tui.ui.screens.inbox import InboxScreen
    from sambang_tui.ui.screens.inbox_entry import InboxEntryScreen

    for cls in (InboxScreen, InboxEntryScreen, InboxImportModal):
        assert all(b.id for b in cls.BINDINGS), cls
    app = make_app(imported, keymap={"section.inbox": "f9"})
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        titles = [c.title for c in commands_for(app, app.screen)]
        assert t("palette.section", name=t("nav.inbox")) in titles
        await pilot.press("f9")  # remapped
        await wait(pilot)
        assert app.current_mode == "inbox"
        titles = [c.title for c in commands_for(app, app.screen)]
        assert t("inbox.key.import") in titles and t("inbox.key.ignore") in titles


async def test_a_wide_terminal_shows_the_message_beside_the_form(imported: str) -> None:
    app = make_app(imported)
    async with app.run_test(size=(130, 36)) as pilot:
        await _queue(pilot)
        await pilot.press("enter")
        await wait(pilot)
        assert app.screen.has_class("-side")
        message = app.screen.query_one("InboxMessage")
        assert message.region.x > 80 and message.region.height > 20
        await pilot.resize_terminal(80, 24)
        await wait(pilot)
        assert not app.screen.has_class("-side")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert message.has_class("-tall")


async def test_a_message_of_two_activities_opens_twice(demo_target: str, tmp_path: Path) -> None:
    text = (
        "Ijin melaporkan:\n"
        "1. Pukul 09.00 Sambang ke rumah ketua RW 06 Paseban, menyampaikan pesan kamtibmas.\n"
        "2. Pukul 14.00 Patroli dialogis di Jl. Salemba Raya RW 06 Paseban bersama warga 5 org.\n"
        "Situasi aman"
    )
    runtime.connect(demo_target)
    messages = [ie.Msg(ie.at(15, 0), "Aiptu Heri Kurniawan", text)]
    import_export(runtime.actor_for("desk"), ie.write_zip(tmp_path / "d.zip", messages, "ios_id"))
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("enter")
        await wait(pilot)
        assert "laporan 1 dari 2" in text_of(app)
        assert app.screen.form.input("start_time").value == "09.00"
        await pilot.press("ctrl+s")
        await wait(pilot)
        await wait(pilot)
        assert type(app.screen).__name__ == "InboxEntryScreen"
        assert "laporan 2 dari 2" in text_of(app)
        assert app.screen.form.input("start_time").value == "14.00"
        await pilot.press("ctrl+s")
        await wait(pilot)
        await wait(pilot)
        item = InboxItem.get()
        assert item.state == "disimpan"
        assert InboxReport.select().where(InboxReport.item == item.id).count() == 2


async def test_a_saved_message_cannot_be_ignored(imported: str) -> None:
    app = make_app(imported)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("enter")
        await wait(pilot)
        await pilot.press("ctrl+s")
        await wait(pilot)
        await pilot.press("escape")
        await wait(pilot)
        await pilot.press("f")  # every state: the saved one is on top
        await wait(pilot)
        await pilot.press("x")
        await pilot.pause()
        assert type(app.screen).__name__ == "InboxScreen"
        assert _state("Kramat") == "disimpan"


async def test_a_field_the_parser_doubts_is_marked_though_left_empty(
    demo_target: str, tmp_path: Path
) -> None:
    """A kelurahan written that is none of the station's is not read as one
    of them, and its field is marked periksa, as the paste dialog marks it
    (issue #16's report); the form may still fill it from the officer."""
    text = "Ijin lapor, sambang warga RW 03 Kel. Cempaka Baru pkl 10.00, warga 6 org, aman"
    runtime.connect(demo_target)
    messages = [ie.Msg(ie.at(15, 0), "Aiptu Heri Kurniawan", text)]
    import_export(runtime.actor_for("desk"), ie.write_zip(tmp_path / "d.zip", messages, "ios_id"))
    app = make_app(demo_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await _queue(pilot)
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: app.screen.query("#f-rw") and app.screen.form.collect()[0].rw
        )
        form = app.screen.form
        data, _raw, _errors = form.collect()
        assert data.rw == 3
        assert form.row_for("kelurahan_id").has_class("-filled")
        assert all(w.has_class("-filled") for w in form.field_widgets("kelurahan_id"))
        assert form.row_for("rw").has_class("-filled")
