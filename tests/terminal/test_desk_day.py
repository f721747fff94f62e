"""A desk officer's day in a real terminal (issue 13): the installed
``sambang`` in tmux at 80×24 with TERM=linux and TERM=xterm-256color, typed
into with send-keys and pasted into with a bracketed paste; what was stored
is read back through the services. This catches what Textual's pilot cannot:
the terminal's paste and keys arriving together in one read."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
from typing import Any

import pytest
from tmux_app import TmuxApp
from ui.test_entry_support import seed_world

from sambang_tui.db.models import Draft, Report
from sambang_tui.services import reports
from sambang_tui.services.admin import runtime

TERMS = ["linux", "xterm-256color"]
PLACE = "Jalan Salemba Raya"
NARRATIVE = "Bhabinkamtibmas Paseban sambang dan cooling system bersama warga."
MESSAGE = "Jangan terprovokasi perbedaan pilihan Pilkada; jaga persatuan."
QUOTE_BY = "Kapolsek Senen AKP Bambang Santoso"
QUOTE = "Mari jaga kampung kita tetap aman dan damai."
CHAT = """[02/12/24 10.41] Aiptu Sutrisno: Ijin melaporkan kegiatan Bhabinkamtibmas Kel. Paseban
1. Hari/Tanggal : Senin, 02 Desember 2024
2. Waktu : 13.00 WIB s.d. selesai
3. Tempat : Pos Kamling RT 02 RW 03 Kel. Paseban
4. Kegiatan : Sambang bersama warga XQZ
5. Situasi : Aman dan kondusif
"""


@pytest.fixture
def world(db_target: str, monkeypatch: pytest.MonkeyPatch) -> tuple[str, Any]:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    found = seed_world()
    runtime.close()
    return db_target, found


@pytest.fixture
def env() -> dict[str, str]:
    return {**os.environ, "TEXTUAL_ANIMATIONS": "none"}


def stored_reports(target: str) -> list[Any]:
    runtime.connect(target, migrate=False)
    try:
        return [reports.load_input(r.id) for r in Report.select().order_by(Report.id)]
    finally:
        runtime.close()


def start(app: TmuxApp) -> None:
    app.wait_for("Beranda", "the home screen")
    app.key("F4")
    app.wait_for("Laporan baru", "the entry form")
    app.wait_for("04/12/2024", "the form filled with today")


@pytest.mark.parametrize("term", TERMS)
def test_seed_story_with_unknown_counts(world, env: dict[str, str], term: str) -> None:
    """The seed story typed with `?` for the groups met: stored with its
    audience, in at most 40 keys beyond its free text."""
    target, w = world
    with TmuxApp(target, env, term) as app:
        start(app)
        app.type("2")
        app.key("Enter")
        app.wait_for("02/12/2024")
        app.type("10")
        app.key("Enter")
        app.type("1130")
        app.key("Enter")
        app.wait_for("11.30")
        app.type("sut")
        app.key("Enter")
        app.wait_for("Paseban", "his kelurahan, filled at once")
        app.type("sb,cs")
        app.key("Enter")
        app.wait_for("Cooling System")
        app.type("6")
        app.key("Enter")
        app.type("1")
        app.key("Enter")
        app.free(PLACE)
        app.key("Enter")
        app.type("?")  # warga: present, count unknown
        app.key("Enter")
        app.type("?")  # tokoh masyarakat
        app.key("Enter")
        app.key("Enter")  # no tokoh agama
        app.type("?")  # kelompok pemuda
        app.key("C-Down")  # to the story
        app.wait_for("Uraian")
        app.free(NARRATIVE)
        app.key("Tab")
        app.free(MESSAGE)
        app.key("C-Down", "C-Down")  # past the assessment to the quote
        app.wait_for("Kutipan")
        app.free(QUOTE_BY)
        app.key("Enter")
        app.free(QUOTE)
        app.wait_for("tetap aman", "the quote on the screen")
        app.key("C-s")
        app.wait_for("tersimpan sebagai DRAF", "the state said after saving")
        print(f"{term}: {app.keys} keys beyond {app.free_text} characters of free text")
        assert app.keys <= 40
    saved = stored_reports(target)
    assert len(saved) == 1
    data = saved[0].data
    assert data.audience == {"warga": None, "tokoh_masyarakat": None, "kelompok_pemuda": None}
    assert (data.date, data.start_time, data.end_time) == (
        dt.date(2024, 12, 2),
        dt.time(10),
        dt.time(11, 30),
    )
    assert data.officer_ids == [w.sutrisno] and data.kelurahan_id == w.paseban
    assert data.type_ids == [w.types["SB"], w.types["CS"]] and (data.rw, data.rt) == (6, 1)
    assert (data.place, data.narrative, data.message) == (PLACE, NARRATIVE, MESSAGE)
    assert (data.quote_by, data.quote_text) == (QUOTE_BY, QUOTE)


@pytest.mark.parametrize("term", TERMS)
def test_pasted_text_arrives_once(world, env: dict[str, str], term: str) -> None:
    """A bracketed paste into a field and a chat message pasted into Tempel
    laporan: each arrives once (it arrived twice: XYZ → XYZXYZ)."""
    target, _w = world
    with TmuxApp(target, env, term) as app:
        start(app)
        app.key("C-Down", "C-Down")
        app.key("Tab", "Tab", "Tab")  # kelurahan, RW, RT, then the place
        app.paste("Balai XYZ")
        app.wait_for("Balai XYZ")
        assert "XYZBalai" not in app.screen() and app.screen().count("XYZ") == 1
        app.key("C-t")
        app.wait_for("Tempel laporan")
        app.paste(CHAT)
        app.wait_for("Aman dan kondusif", "the pasted message")
        assert app.screen().count("XQZ") == 1
        app.key("C-s")
        app.wait_for("Laporan baru", "the form again")
        app.wait_for("Pos Kamling")
        app.key("C-s")
        app.wait_for("tersimpan sebagai DRAF")
    saved = stored_reports(target)
    assert len(saved) == 1
    data = saved[0].data
    assert data.date == dt.date(2024, 12, 2) and data.start_time == dt.time(13)
    assert (data.rw, data.rt) == (3, 2)
    assert "XYZ" not in data.place  # the message's place replaced what was pasted
    assert json.dumps(data.to_json()).count("XQZ") == 1


@pytest.mark.parametrize("term", TERMS)
def test_burst_with_tab(world, env: dict[str, str], term: str) -> None:
    """`k`, Tab, `0930`, Tab, `11` in one read: date, start and end (all
    went into the date: `k093011`)."""
    target, _w = world
    with TmuxApp(target, env, term) as app:
        start(app)
        app.burst("k", "Tab", "0930", "Tab", "11", "Tab")
        # each field is read as it is left, by its own message queue: on a
        # loaded machine the end time can be read before the date and start
        app.wait_for("11.00", "the end time, read")
        app.wait_for("09.30", "the start time, read")
        shown = app.wait_for("03/12/2024", "the date, read")
        line = next(x for x in shown.splitlines() if "Tanggal" in x)
        assert "03/12/2024" in line and "09.30" in line and "11.00" in line, line
        assert "k093011" not in shown


@pytest.mark.parametrize("term", TERMS)
def test_end_and_typing_in_one_read_append(world, env: dict[str, str], term: str) -> None:
    """End and the text behind it in one read, on a field just entered with
    Shift+Tab or Tab (all of it selected): the text is added at the end (it
    replaced the whole field: "Jalan Kramat Sentiong" became " No. 12")."""
    target, _w = world
    with TmuxApp(target, env, term) as app:
        start(app)
        app.key("C-Down", "C-Down")
        app.key("Tab", "Tab", "Tab")  # kelurahan, RW, RT, then the place
        app.free("Jalan Kramat Sentiong")
        app.wait_for("Jalan Kramat Sentiong")
        app.key("Tab")  # on to the first count
        app.burst("BTab", "End", " No. 12")
        app.wait_for("Sentiong No. 12", "the number added to the place")
        app.key("BTab")  # RT
        app.burst("Tab", "End", " A")
        shown = app.wait_for("Sentiong No. 12 A", "the letter added too")
        line = next(x for x in shown.splitlines() if "Tempat" in x)
        assert "Jalan Kramat Sentiong No. 12 A" in line, line


def ask_and_stay(app: TmuxApp, typed: str) -> None:
    app.wait_for(typed, "what was typed")
    app.key("C-q")
    app.wait_for("Kembali (n, Esc)", "the question")
    app.key("n")
    app.wait_for("Kembali (n, Esc)", "back to the form", gone=True)
    assert typed in app.screen()


@pytest.mark.parametrize("term", TERMS)
def test_ctrl_q_asks_on_every_form_with_typed_work(world, env: dict[str, str], term: str) -> None:
    target, _w = world
    with TmuxApp(target, env, term) as app:
        start(app)
        app.key("C-Down", "C-Down", "Tab", "Tab", "Tab")
        app.free("Balai warga")
        ask_and_stay(app, "Balai warga")  # the entry form
        app.key("F7")
        app.wait_for("Data induk")
        app.key("n")
        app.wait_for("Personel baru")
        app.free("7805")
        ask_and_stay(app, "7805")  # an officer form
        app.key("Escape")
        app.wait_for("Personel baru", gone=True)
        app.key("F3")
        app.wait_for("HARI INI")
        app.key("Down", "n")
        app.wait_for("Sutrisno · 78050123", "the plan form, filled")
        app.free("Pos ronda")
        ask_and_stay(app, "Pos ronda")  # a plan form
        app.key("C-q", "C-q")  # twice: quit
        assert app.exit_code() == 0


@pytest.mark.parametrize("term", TERMS)
def test_sighup_mid_form_keeps_the_draft(world, env: dict[str, str], term: str) -> None:
    target, _w = world
    with TmuxApp(target, env, term) as app:
        start(app)
        app.key("C-Down", "C-Down", "C-Down", "C-Down")
        app.wait_for("Uraian")
        app.free("Laporan terakhir sebelum putus")
        app.wait_for("sebelum putus")
        os.kill(app.pid(), signal.SIGHUP)
        assert app.exit_code() == 128 + signal.SIGHUP
    runtime.connect(target, migrate=False)
    try:
        kept = [json.loads(d.data) for d in Draft.select().where(Draft.form == "entry.new")]
    finally:
        runtime.close()
    assert [d["narrative"] for d in kept] == ["Laporan terakhir sebelum putus"]


@pytest.mark.parametrize("term", TERMS)
def test_enter_and_e_from_the_list_in_one_read(world, env: dict[str, str], term: str) -> None:
    """Enter on a report in F5 and `e` at once: the `e` reaches the detail
    (it used to reach the list, where it means nothing, and was lost)."""
    target, w = world
    runtime.connect(target, migrate=False)
    try:
        data = reports.ReportInput(
            date=dt.date(2024, 12, 2),
            officer_ids=[w.sutrisno],
            type_ids=[w.types["SB"]],
            kelurahan_id=w.paseban,
            rw=6,
            narrative="Sambang warga RW 06.",
        )
        number = reports.create_report(runtime.actor_for("desk"), data).number
    finally:
        runtime.close()
    with TmuxApp(target, env, term) as app:
        app.wait_for("Beranda", "the home screen")
        app.key("F5")
        app.wait_for("1–1 dari 1", "the report listed")  # the home screen names it too
        app.burst("Enter", "e")
        app.wait_for(f"Mengubah {number}", "the entry form on the report")
