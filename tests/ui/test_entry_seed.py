"""The seed story typed through F4 by keys: at most 40 keystrokes beyond
the characters of its free text, then found stored with the right fields."""

from __future__ import annotations

import datetime as dt

import pytest
from ui.helpers import make_app, wait
from ui.test_entry_support import KeyCounter, seed_world

from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports import listing as report_list
from sambang_tui.services.reports.listing import ReportFilter

PLACE = "Jalan Salemba Raya"
NARRATIVE = (
    "Bhabinkamtibmas Kelurahan Paseban melaksanakan sambang dan cooling system, "
    "bertemu warga, tokoh masyarakat dan kelompok pemuda."
)
MESSAGE = (
    "Tidak terprovokasi perbedaan pilihan Pilkada selama rekapitulasi KPU DKI Jakarta; "
    "jaga persatuan."
)
QUOTE_BY = "Kapolsek Senen AKP Bambang Santoso"
QUOTE = "Mari jaga kampung kita tetap aman dan damai."


@pytest.fixture
def world(db_target: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    found = seed_world()
    runtime.close()
    return found


async def test_seed_story_in_at_most_40_keys(db_target: str, world) -> None:
    app = make_app(db_target)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        k = KeyCounter(pilot)
        await k.key("f4")  # opening the form counts too
        await wait(pilot)
        assert app.screen.focused is app.screen.query_one("#f-date")  # F4 starts at the top
        await k.type("2")  # the 2nd of this month: Monday 2 Dec 2024 (today is the 4th)
        await k.key("enter")
        await k.type("10")
        await k.key("enter")
        await k.type("1130")
        await k.key("enter")
        await k.type("sut")  # the Paseban Bhabin, by name
        await k.key("enter")
        await wait(pilot)  # his kelurahan and the operation are filled in
        await k.type("sb,cs")  # Sambang and Cooling System
        await k.key("enter")  # kelurahan already Paseban: on to RW
        await k.type("6")
        await k.key("enter")
        await k.type("1")
        await k.key("enter")
        await k.free(PLACE)
        await k.key("enter")
        await k.type("15")  # warga
        await k.key("enter")
        await k.type("5")  # tokoh masyarakat
        await k.key("enter")
        await k.key("enter")  # no tokoh agama
        await k.type("10")  # kelompok pemuda
        await k.key("ctrl+down")  # to the story
        await k.free(NARRATIVE)
        await k.key("tab")
        await k.free(MESSAGE)
        await k.key("ctrl+down", "ctrl+down")  # past the assessment (defaults) to the quote
        await k.free(QUOTE_BY)
        await k.key("enter")
        await k.free(QUOTE)
        await k.key("ctrl+s")
        await wait(pilot)
        print(f"seed story keystrokes: {k.keys} (free text characters: {k.free_text})")
        assert k.keys <= 40
        saved = app.screen.last_saved
        assert saved is not None
        status = str(app.screen.query_one("#entry-status").render())
        assert saved.number in status
        # cleared for the next report, keeping date, officer and type
        form = app.screen.form
        assert form.input("date").value == "02/12/2024"
        assert form.picker("officer_ids").values == [world.sutrisno]
        assert form.picker("type_ids").values == [world.types["SB"], world.types["CS"]]
        assert form.area("narrative").text == ""
        assert form.input("place").value == ""

    runtime.connect(db_target)
    actor = runtime.actor_for("desk")
    rows = report_list.list_reports(actor, ReportFilter(text="Salemba"))
    assert [r.number for r in rows] == [saved.number]
    stored = reports.load_input(saved.id).data
    assert stored.date == dt.date(2024, 12, 2)
    assert stored.start_time == dt.time(10, 0)
    assert stored.end_time == dt.time(11, 30)
    assert stored.officer_ids == [world.sutrisno]
    assert stored.type_ids == [world.types["SB"], world.types["CS"]]
    assert stored.kelurahan_id == world.paseban
    assert (stored.rw, stored.rt) == (6, 1)
    assert stored.place == PLACE
    assert stored.audience == {"warga": 15, "tokoh_masyarakat": 5, "kelompok_pemuda": 10}
    assert stored.narrative == NARRATIVE
    assert stored.message == MESSAGE
    assert stored.situation == "aman_kondusif"
    assert stored.threat_level == "nihil"
    assert stored.operation_id == world.operation
    assert (stored.quote_by, stored.quote_text) == (QUOTE_BY, QUOTE)
    runtime.close()
