"""A DDS report's households survive an edit of another field exactly
(issue 21: editing only Tomas on a DDS report emptied every opinion's field,
merged two keluhan of one household into one text and changed their
order). The form shows each kind's texts in one line; what was not changed
there comes back as it was stored."""

from __future__ import annotations

import datetime as dt

import pytest
from ui.helpers import make_app, wait
from ui.test_entry_support import seed_world

from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.reports.input import HouseholdInput, OpinionInput, ReportInput
from sambang_tui.ui.screens.entry import EntryScreen
from sambang_tui.ui.widgets.entry_panels import opinions_from


def houses() -> list[HouseholdInput]:
    return [
        HouseholdInput(
            head_name="Dewi Hidayat",
            address="RT 03",
            opinions=[
                OpinionInput("keluhan", "Sosial", "Anak muda nongkrong sampai larut."),
                OpinionInput("keluhan", "Lingkungan", "Saluran tersumbat saat hujan."),
            ],
        ),
        HouseholdInput(
            head_name="Rahmat Susanto",
            address="RT 04",
            opinions=[
                OpinionInput("harapan", "Ekonomi", "Pelatihan usaha kecil."),
                OpinionInput("keluhan", "Kamtibmas", "Masih ada balap liar."),
                OpinionInput("harapan", "Kamtibmas", "Patroli malam; ronda aktif."),
            ],
        ),
    ]


@pytest.fixture
def report_id(db_target: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    runtime.connect(db_target)
    world = seed_world()
    data = ReportInput(
        date=dt.date(2024, 12, 2),
        officer_ids=[world.sutrisno],
        type_ids=[world.types["DDS"]],
        kelurahan_id=world.paseban,
        rw=6,
        audience={"warga": 12},
        narrative="Door to door system di RW 06.",
        households=houses(),
    )
    with runtime.session():
        return reports.create_report(runtime.actor_for("desk"), data).id


def stored(report_id: int) -> ReportInput:
    with runtime.session():
        return reports.load_input(report_id).data


async def test_editing_tomas_keeps_every_household_answer(db_target: str, report_id) -> None:
    assert stored(report_id).households == houses()  # the service keeps them as given
    app = make_app(db_target)
    results: list = []
    async with app.run_test(size=(80, 24)) as pilot:
        await wait(pilot)
        screen = EntryScreen(report_id=report_id)
        app.push_screen(screen, results.append)
        await wait(pilot)
        form = screen.form
        assert form.households_panel.has_class("-shown")
        form.input("audience.tokoh_masyarakat").focus()
        await pilot.press("3", "ctrl+s")
        await wait(pilot)
        assert results and results[0].id == report_id
    data = stored(report_id)
    assert data.audience.get("tokoh_masyarakat") == 3
    assert data.households == houses()


def test_a_line_changed_keeps_the_fields_it_can() -> None:
    stored_ = houses()[1].opinions
    shown = {"keluhan": "Masih ada balap liar.", "harapan": ""}
    # the harapan line as shown, the keluhan retyped: one item for one
    typed = {**shown, "keluhan": "Balap liar tiap malam."}
    typed["harapan"] = "Pelatihan usaha kecil.; Patroli malam; ronda aktif."
    got = opinions_from(stored_, typed)
    assert [(o.kind, o.field, o.text) for o in got] == [
        ("harapan", "Ekonomi", "Pelatihan usaha kecil."),
        ("keluhan", "Kamtibmas", "Balap liar tiap malam."),
        ("harapan", "Kamtibmas", "Patroli malam; ronda aktif."),
    ]
    # an item added to the harapan: the others keep theirs, the new one has none
    typed["harapan"] = "Pelatihan usaha kecil.; Pos ronda baru; Patroli malam; ronda aktif."
    got = opinions_from(stored_, typed)
    assert [(o.kind, o.field, o.text) for o in got] == [
        ("harapan", "Ekonomi", "Pelatihan usaha kecil."),
        ("keluhan", "Kamtibmas", "Balap liar tiap malam."),
        ("harapan", "", "Pos ronda baru"),
        ("harapan", "", "Patroli malam"),
        ("harapan", "", "ronda aktif."),
    ]
    # a line emptied: its items are gone, the others stay
    got = opinions_from(stored_, {"keluhan": "", "harapan": typed["harapan"]})
    assert [o.kind for o in got] == ["harapan"] * 4
