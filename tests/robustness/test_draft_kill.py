"""A form typed in the real app survives the app being killed (issue 6): the
``sambang`` process runs on a pseudo-terminal, is typed into key by key,
and is then ended with SIGKILL, with SIGHUP, or by the terminal hanging up
(a dropped SSH link). Started again, it offers the draft the killed
instance left, and Enter gives the typed text back; Ctrl+Q right after
typing keeps what the debounce had not written yet."""

from __future__ import annotations

import json
import os
import signal
from typing import Any

import pytest
from real_terminal import RealApp
from ui.test_entry_support import seed_world

from sambang_tui.db.database import is_sqlite
from sambang_tui.services.admin import runtime
from sambang_tui.services.desk import drafts

NARRATIVE = "Sambang [b]warga[/b] 🙂 RW 03"


@pytest.fixture
def target(db_target: str) -> str:
    runtime.connect(db_target)
    seed_world()
    runtime.close()
    return db_target


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    return {**os.environ, "TEXTUAL_ANIMATIONS": "none"}


def stored(target: str) -> dict[str, Any] | None:
    """The new-report draft the ended app left (drafts are kept per app
    instance: the one of the instance that is gone)."""
    runtime.connect(target, migrate=False)
    try:
        found = [d for d in drafts.orphaned_drafts("desk") if d.form == "entry.new"]
        return found[0].data if found else None
    finally:
        runtime.close()


def written(target: str) -> dict[str, Any]:
    """The new-report draft as the database holds it now, whichever app
    instance wrote it (empty when none)."""
    import json as _json

    from sambang_tui.db.models import Draft

    runtime.connect(target, migrate=False)
    try:
        row = (
            Draft.select()
            .where((Draft.os_user == "desk") & (Draft.form == "entry.new"))
            .order_by(Draft.updated_at.desc(), Draft.id.desc())
            .first()
        )
        return _json.loads(row.data) if row else {}
    finally:
        runtime.close()


def open_entry(app: RealApp, ready: str = "Laporan baru") -> None:
    app.wait_for("Beranda", "the home screen")
    app.mark()
    app.press("f4")
    app.wait_for(ready, "the entry form, loaded")


def step(app: RealApp, text: str, *keys: str, shows: str) -> None:
    """Type ``text`` and ``keys``, then wait until the screen ``shows`` the
    effect, as a person looks before typing on: keys typed ahead of a focus
    change would land in the field before (the app reads them first)."""
    app.mark()
    app.type(text)
    app.press(*keys)
    app.wait_for(shows)


def to_narrative(app: RealApp, groups: int) -> None:
    step(app, "", *["\x1b[1;5B"] * groups, shows="Penilaian")  # ctrl+down: next group


def type_report(app: RealApp) -> None:
    """Date, times and officer at the top, then the narrative (three
    groups further down)."""
    step(app, "1/12", "enter", shows="01/12/2024")
    step(app, "9", "enter", shows="09.00")
    step(app, "11", "enter", shows="11.00")
    step(app, "bud", "enter", shows="Budi")
    to_narrative(app, 3)
    app.type("Sambang [b]warga[/b] ")
    app.press("🙂")
    app.type(" RW 03")
    app.wait_for("RW 03", "the narrative on the screen")


def test_draft_survives_sigkill_and_is_restored(target: str, env: dict[str, str]) -> None:
    with RealApp(target, env) as app:
        open_entry(app)
        type_report(app)
        # past the debounce the status line says the draft is kept: then the kill
        app.wait_for("draf tersimpan", "the draft kept")
        app.wait_for(lambda: written(target).get("narrative") == NARRATIVE, "the narrative kept")
        app.signal(signal.SIGKILL)
        assert app.wait_exit() == -signal.SIGKILL

    typed = stored(target)
    assert typed is not None and typed["narrative"] == NARRATIVE
    assert typed["_raw"]["start_time"] == "09.00" and typed["_raw"]["end_time"] == "11.00"
    assert typed["officer_ids"] and typed["date"] == "2024-12-01"
    db = runtime.connect(target, migrate=False)
    try:
        if is_sqlite(db):
            assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        runtime.close()

    with RealApp(target, env) as app:
        app.wait_for("belum disimpan", "the start-up offer of the draft")
        app.wait_for("Laporan baru", "the draft in the offer")
        app.mark()
        app.press("enter")  # open it, restored
        app.wait_for("Draf dipulihkan", "the form opened with the draft")
        app.wait_for("warga[/b]", "the restored narrative")
        app.type("Qzx")  # into the first empty field, then quit at once
        app.wait_for("Qzx", "the new text on the screen")
        app.press("ctrl+q", pause=0)
        app.wait_for("Kembali (n, Esc)", "the question: the form holds typed work")
        app.press("ctrl+q", pause=0)  # again: quit
        app.wait_for("Keluar?", "the question: the form holds unsaved work")
        app.press("y", pause=0)
        assert app.wait_exit() == 0

    kept = stored(target)
    assert kept is not None
    assert kept["narrative"] == NARRATIVE  # restored, literally
    assert kept["officer_ids"] == typed["officer_ids"]
    assert "Qzx" in json.dumps(kept)  # typed a moment before Ctrl+Q


@pytest.mark.parametrize("how", ["sighup", "hangup"])
def test_text_typed_just_before_sighup_is_kept(target: str, env: dict[str, str], how: str) -> None:
    with RealApp(target, env) as app:
        open_entry(app)
        step(app, "1/12", "enter", shows="01/12/2024")  # the focus is in the form
        to_narrative(app, 4)
        app.type("Laporan terakhir XYZ")
        app.wait_for("XYZ", "the narrative on the screen")
        if how == "sighup":
            app.signal(signal.SIGHUP)  # the terminal is still there
            assert app.wait_exit() == 128 + signal.SIGHUP
        else:
            app.hang_up()  # the terminal is gone too
            assert app.wait_exit() != 0
    kept = stored(target)
    assert kept is not None and kept["narrative"] == "Laporan terakhir XYZ", kept
