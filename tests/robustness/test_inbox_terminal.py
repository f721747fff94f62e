"""The Kotak masuk in the real app on a pseudo-terminal: F8, import a day's
export through the dialog (path typed, checked, imported), then walk the
queue — Enter, Ctrl+S, Ctrl+S — and leave the message that was typed in
already; every key as a terminal sends it."""

from __future__ import annotations

import os
from pathlib import Path

import inbox_exports as ie
import pytest
from real_terminal import RealApp

from sambang_tui.db.models import Attachment, InboxItem, InboxReport
from sambang_tui.services.admin import runtime

F8 = "\x1b[19~"
CTRL_U = "\x15"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    return {**os.environ, "TEXTUAL_ANIMATIONS": "none"}


def test_import_and_walk_the_queue_in_a_terminal(
    demo_target: str, env: dict[str, str], tmp_path: Path
) -> None:
    runtime.close()
    export = ie.write_zip(tmp_path / "grup.zip", ie.day_messages(), "android_id")
    with RealApp(demo_target, env, timeout=60) as app:
        app.wait_for("Beranda", "the home screen")
        app.mark()
        app.press(F8)
        app.wait_for("Kotak masuk kosong", "the empty inbox")
        app.mark()
        app.press("i")
        app.wait_for("Impor ekspor chat WhatsApp", "the import dialog")
        app.press(CTRL_U)
        app.type(str(export))
        app.mark()
        app.press("enter")
        app.wait_for("Akan baru 3", "the check's counts")
        app.mark()
        app.press("ctrl+s")
        app.wait_for("laporan baru di Kotak masuk", "the import done")
        app.mark()
        app.press("enter")
        app.wait_for("Pesan Bripka Dwi Hartono", "the first message's form")
        app.wait_for("periksa", "fields marked for review")
        app.mark()
        app.press("ctrl+s")
        app.wait_for("Pesan Aipda Yusuf Maulana", "the next message, opened after saving")
        app.mark()
        app.press("ctrl+s")
        app.wait_for("Mungkin sudah diinput", "the third message, typed in already")
        app.mark()
        app.press("escape")
        app.wait_for("Disimpan 2", "the queue again")
        app.press("ctrl+q")
        assert app.wait_exit() == 0
    runtime.connect(demo_target, migrate=False)
    states = {i.kelurahan: i.state for i in InboxItem.select()}
    assert states == {"Kramat": "disimpan", "Bungur": "disimpan", "Paseban": "dibuka"}
    kramat = InboxReport.get(InboxReport.item == InboxItem.get(InboxItem.kelurahan == "Kramat"))
    assert [
        a.original_name for a in Attachment.select().where(Attachment.report == kramat.report)
    ] == ["IMG-20241202-WA0003.jpg"]
