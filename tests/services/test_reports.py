"""Report service: create, numbering, validation, children, edit conflicts."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from report_fixtures import World, make_world

from sambang_tui.db.models import (
    AuditEvent,
    Household,
    InformationReport,
    Opinion,
    Plan,
    Problem,
    Report,
    ReportAudience,
    ReportContact,
    ReportOfficer,
    ReportType,
)
from sambang_tui.i18n import set_language
from sambang_tui.services import reports
from sambang_tui.services.core.errors import ConflictError, ValidationError
from sambang_tui.services.reports.input import (
    HouseholdInput,
    InformationInput,
    OpinionInput,
    ProblemInput,
)


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


def errors_of(exc: ValidationError) -> dict[str, str]:
    return {e.field: e.message for e in exc.errors}


def test_a_report_without_a_date_is_refused_in_the_chosen_language(world: World) -> None:
    """Every field error of a report reads in English with ``set_language("en")``
    and in Indonesian by default (issue 17, part C)."""
    data = world.input(date=None, audience={"tokoh_agama": -2}, rw=99)
    with pytest.raises(ValidationError) as caught:
        reports.create_report(world.actors["desk"], data)
    assert errors_of(caught.value)["date"] == "Tanggal wajib diisi."
    assert errors_of(caught.value)["audience"] == "Jumlah tokoh agama tidak boleh negatif."
    assert errors_of(caught.value)["rw"].startswith("RW 99 tidak ada di Kelurahan ")
    try:
        set_language("en")
        english = errors_of(caught.value)
        assert english["date"] == "The date is required."
        assert english["audience"] == "The number of religious leaders may not be negative."
        assert english["rw"].startswith("There is no RW 99 in Kelurahan ")
        assert str(caught.value) == "The date is required."
    finally:
        set_language("id")
    assert Report.select().count() == 0


def test_seed_story_is_stored_with_every_child(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input(officer_ids=[world.sutrisno, world.budi]))
    assert saved.number == "LK/1/XII/2024"
    assert saved.status == "draft" and saved.version == 1 and saved.warnings == []
    row = Report.get_by_id(saved.id)
    assert row.year == 2024 and row.seq == 1
    assert row.activity_type_id == world.types["SB"]
    assert row.created_by == "desk1" and row.updated_by == "desk1"
    assert [(r.activity_type_id, r.position) for r in row.types.order_by(ReportType.position)] == [
        (world.types["SB"], 0),
        (world.types["CS"], 1),
    ]
    officers = ReportOfficer.select().where(ReportOfficer.report == saved.id)
    assert [(o.officer_id, o.position) for o in officers.order_by(ReportOfficer.position)] == [
        (world.sutrisno, 0),
        (world.budi, 1),
    ]
    audience = {a.category: a.count for a in ReportAudience.select()}
    assert audience == {"warga": 15, "tokoh_masyarakat": 3, "kelompok_pemuda": 8}
    assert [c.contact_id for c in ReportContact.select()] == [world.contacts["Haji Mahmud"]]
    assert "salemba" in row.search_text and "sutrisno" in row.search_text
    assert "paseban" in row.search_text and "haji mahmud" in row.search_text
    event = AuditEvent.get((AuditEvent.table == "report") & (AuditEvent.row_id == saved.id))
    assert event.action == "create" and event.os_user == "desk1"
    assert json.loads(event.new)["officer_ids"] == [world.sutrisno, world.budi]


def test_submit_on_create_sets_diajukan(world: World) -> None:
    saved = reports.create_report(world.actors["desk"], world.input(), submit=True)
    assert saved.status == "diajukan"


def test_numbers_run_across_months_and_restart_each_year(world: World) -> None:
    desk = world.actors["desk"]
    numbers = [
        reports.create_report(desk, world.input(date=day, operation_id=None)).number
        for day in (
            dt.date(2024, 11, 30),
            dt.date(2024, 12, 1),
            dt.date(2024, 12, 2),
            dt.date(2023, 5, 3),
            dt.date(2024, 1, 9),
        )
    ]
    assert numbers == [
        "LK/1/XI/2024",
        "LK/2/XII/2024",
        "LK/3/XII/2024",
        "LK/1/V/2023",
        "LK/4/I/2024",
    ]


def test_number_of_a_deleted_report_is_not_reused(world: World) -> None:
    desk = world.actors["desk"]
    first = reports.create_report(desk, world.input())
    reports.delete_report(desk, first.id, first.version)
    assert reports.create_report(desk, world.input()).number == "LK/2/XII/2024"


def test_moving_a_report_to_another_month_and_year_renumbers(world: World) -> None:
    desk = world.actors["desk"]
    for _ in range(3):
        saved = reports.create_report(desk, world.input())
    moved = reports.update_report(
        desk, saved.id, saved.version, world.input(date=dt.date(2024, 11, 5))
    )
    assert moved.number == "LK/3/XI/2024"
    back = reports.update_report(
        desk, saved.id, moved.version, world.input(date=dt.date(2023, 12, 31), operation_id=None)
    )
    assert back.number == "LK/1/XII/2023"


def test_empty_form_names_every_required_field(world: World) -> None:
    with pytest.raises(ValidationError) as info:
        reports.check_input(world.actors["desk"], reports.ReportInput())
    errors = errors_of(info.value)
    assert errors["date"] == "Tanggal wajib diisi."
    assert errors["officer_ids"] == "Personel wajib diisi (minimal satu)."
    assert errors["type_ids"] == "Jenis kegiatan wajib diisi (minimal satu)."
    assert errors["kelurahan_id"] == "Kelurahan wajib diisi."
    assert errors["narrative"] == "Uraian kegiatan wajib diisi."
    assert info.value.field == "date"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"rw": 9, "rt": None}, "rw", "RW 09 tidak ada di Kelurahan Paseban"),
        ({"rw": 6, "rt": 7}, "rt", "RT 07 tidak ada di RW 06 Kelurahan Paseban"),
        ({"rw": None, "rt": 1}, "rw", "Isi RW untuk RT ini"),
        ({"date": dt.date(2024, 12, 5)}, "date", "05/12/2024 belum tiba"),
        ({"date": dt.date(2024, 12, 6)}, "date", "sudah dilaksanakan (paling lambat hari ini)"),
        ({"date": dt.date(1999, 12, 6), "operation_id": None}, "date", "terlalu lampau"),
        (
            {"start_time": dt.time(11), "end_time": dt.time(10)},
            "end_time",
            "Jam selesai harus setelah jam mulai",
        ),
        ({"start_time": dt.time(11), "end_time": dt.time(11)}, "end_time", "setelah jam mulai"),
        ({"officer_ids": [99999]}, "officer_ids", "Personel #99999 tidak ada"),
        ({"officer_ids": ["Sutrisno"]}, "officer_ids", "'Sutrisno' bukan pilihan yang dikenal"),
        ({"contact_ids": ["x"]}, "contact_ids", "'x' bukan pilihan yang dikenal"),
        ({"type_ids": [99999]}, "type_ids", "Jenis kegiatan #99999 tidak dikenal"),
        ({"kelurahan_id": 99999}, "kelurahan_id", "tidak ada di wilayah Polsek ini"),
        ({"place": "x" * 251}, "place", "Tempat terlalu panjang (251 karakter, maksimal 250)"),
        ({"narrative": "x" * 20_001}, "narrative", "Uraian kegiatan terlalu panjang"),
        ({"narrative": " \x00\t "}, "narrative", "Uraian kegiatan wajib diisi"),
        ({"threat_level": "besar"}, "threat_level", "Tingkat ancaman harus salah satu"),
        ({"situation": "genting"}, "situation", "Situasi harus salah satu"),
        ({"audience": {"warga": -1}}, "audience", "Jumlah warga tidak boleh negatif"),
        ({"audience": {"alien": 3}}, "audience", "Kategori peserta 'alien' tidak dikenal"),
        ({"audience": {"warga": 10**7}}, "audience", "terlalu besar"),
        ({"contact_ids": [99999]}, "contact_ids", "Tokoh #99999 tidak ada"),
        ({"operation_id": 99999}, "operation_id", "Operasi #99999 tidak ada"),
        ({"quote_by": "", "quote_text": "Mari"}, "quote_by", "Isi nama yang dikutip"),
        ({"plan_id": 99999}, "plan_id", "Rencana #99999 tidak ada"),
        ({"problem_id": 99999}, "problem_id", "Masalah #99999 tidak ada"),
    ],
)
def test_each_bad_field_gets_its_message(
    world: World, changes: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as info:
        reports.create_report(world.actors["desk"], world.input(**changes))
    errors = errors_of(info.value)
    assert field in errors, errors
    assert message in errors[field]
    assert Report.select().count() == 0


def test_blank_threat_and_situation_take_the_defaults(world: World) -> None:
    saved = reports.create_report(world.actors["desk"], world.input(threat_level="", situation=""))
    row = Report.get_by_id(saved.id)
    assert (row.threat_level, row.situation) == ("nihil", "aman_kondusif")


def test_operation_must_cover_the_date(world: World) -> None:
    with pytest.raises(ValidationError) as info:
        reports.check_input(world.actors["desk"], world.input(date=dt.date(2024, 8, 1)))
    assert "tidak pada 01/08/2024" in errors_of(info.value)["operation_id"]


def test_inactive_officer_is_refused_for_new_reports_but_kept_on_edits(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    from sambang_tui.db.models import Officer

    Officer.update(active=False).where(Officer.id == world.sutrisno).execute()
    with pytest.raises(ValidationError, match="sudah tidak aktif"):
        reports.create_report(desk, world.input())
    with pytest.raises(ValidationError, match="sudah tidak aktif"):
        reports.check_input(desk, world.input())
    reports.check_input(desk, world.input(), report_id=saved.id)
    edited = reports.update_report(desk, saved.id, saved.version, world.input(place="Jl. Baru"))
    assert edited.version == 2


def test_duplicate_officers_and_types_are_folded(world: World) -> None:
    saved = reports.create_report(
        world.actors["desk"],
        world.input(
            officer_ids=[world.sutrisno, world.sutrisno, world.budi],
            type_ids=[world.types["SB"], world.types["SB"]],
        ),
    )
    data = reports.load_input(saved.id).data
    assert data.officer_ids == [world.sutrisno, world.budi]
    assert data.type_ids == [world.types["SB"]]


def test_deteksi_dini_requires_the_information_part(world: World) -> None:
    desk = world.actors["desk"]
    with pytest.raises(ValidationError) as info:
        reports.create_report(desk, world.input(type_ids=[world.types["DD"]]))
    assert "Laporan Informasi" in errors_of(info.value)["information"]
    with pytest.raises(ValidationError) as info:
        reports.create_report(
            desk,
            world.input(
                type_ids=[world.types["DD"]],
                information=InformationInput(reliability="G", accuracy="9"),
            ),
        )
    errors = errors_of(info.value)
    assert errors["information.source"] == "Sumber informasi wajib diisi."
    assert errors["information.how_obtained"] == "Cara mendapatkan wajib diisi."
    assert errors["information.facts"] == "Fakta-fakta wajib diisi."
    assert "A–F" in errors["information.reliability"]
    assert "1–6" in errors["information.accuracy"]


def test_information_part_is_numbered_per_year(world: World) -> None:
    desk = world.actors["desk"]
    info = InformationInput(
        field="Poleksosbud",
        source="Warga RW 06",
        how_obtained="Wawancara",
        reliability="B",
        accuracy="2",
        facts="Rencana pengerahan massa ke KPU.",
        assessment="Perlu pemantauan.",
    )
    first = reports.create_report(desk, world.input(type_ids=[world.types["DD"]], information=info))
    reports.create_report(desk, world.input())
    second = reports.create_report(
        desk, world.input(type_ids=[world.types["SB"], world.types["DD"]], information=info)
    )
    assert [r.seq for r in InformationReport.select().order_by(InformationReport.id)] == [1, 2]
    detail = reports.get_detail(second.id)
    assert detail.information is not None
    assert detail.information.number == "R/LI-2/XII/2024"
    assert detail.information.grade == "B2"
    again = reports.update_report(
        desk, first.id, 1, world.input(type_ids=[world.types["DD"]], information=info, place="X")
    )
    assert reports.get_detail(again.id).information.number == "R/LI-1/XII/2024"
    loaded = reports.load_input(first.id).data
    assert loaded.information is not None and loaded.information.facts == info.facts


def test_information_without_deteksi_dini_type_is_refused(world: World) -> None:
    with pytest.raises(ValidationError) as info:
        reports.check_input(
            world.actors["desk"], world.input(information=InformationInput(facts="x"))
        )
    assert "hanya untuk jenis Deteksi Dini" in errors_of(info.value)["information"]
    reports.check_input(world.actors["desk"], world.input(information=InformationInput()))


def test_dds_households_and_opinions_round_trip(world: World) -> None:
    houses = [
        HouseholdInput(
            head_name="Pak Slamet",
            address="Gg. Mawar 3",
            opinions=[
                OpinionInput("keluhan", "Kamtibmas", "Sering ada balap liar."),
                OpinionInput("harapan", "", "Patroli malam ditambah."),
            ],
        ),
        HouseholdInput(head_name="Bu Sri"),
        HouseholdInput(),
    ]
    saved = reports.create_report(
        world.actors["desk"], world.input(type_ids=[world.types["DDS"]], households=houses)
    )
    assert Household.select().count() == 2 and Opinion.select().count() == 2
    data = reports.load_input(saved.id).data
    assert [h.head_name for h in data.households] == ["Pak Slamet", "Bu Sri"]
    assert data.households[0].opinions[1] == OpinionInput("harapan", "", "Patroli malam ditambah.")
    detail = reports.get_detail(saved.id)
    assert detail.households[0].opinions[0].kind == "keluhan"


def test_dds_household_checks(world: World) -> None:
    houses = [HouseholdInput(address="Gg. Mawar", opinions=[OpinionInput("marah", "", "x")])]
    with pytest.raises(ValidationError) as info:
        reports.check_input(
            world.actors["desk"], world.input(type_ids=[world.types["DDS"]], households=houses)
        )
    errors = errors_of(info.value)
    assert errors["households.0.head_name"] == "Nama kepala keluarga wajib diisi."
    assert "keluhan atau harapan" in errors["households.0.opinions.0.kind"]
    with pytest.raises(ValidationError) as info:
        reports.check_input(
            world.actors["desk"], world.input(households=[HouseholdInput(head_name="Pak A")])
        )
    assert "hanya untuk jenis DDS" in errors_of(info.value)["households"]


def test_problem_solving_needs_a_problem_and_can_open_one(world: World) -> None:
    desk = world.actors["desk"]
    ps = [world.types["PS"]]
    with pytest.raises(ValidationError) as info:
        reports.create_report(desk, world.input(type_ids=ps))
    assert "harus terkait masalah" in errors_of(info.value)["problem_id"]
    with pytest.raises(ValidationError) as info:
        reports.create_report(desk, world.input(type_ids=ps, new_problem=ProblemInput(field="x")))
    assert errors_of(info.value)["new_problem.title"] == "Judul masalah wajib diisi."
    saved = reports.create_report(
        desk,
        world.input(
            type_ids=ps,
            new_problem=ProblemInput(title="Sengketa parkir", parties="Warga RT 01 dan RT 02"),
        ),
    )
    problem = Problem.get()
    assert problem.title == "Sengketa parkir" and problem.status == "terbuka"
    assert problem.opened == dt.date(2024, 12, 2) and problem.rw.number == 6
    assert Report.get_by_id(saved.id).problem_id == problem.id
    follow = reports.create_report(desk, world.input(type_ids=ps, problem_id=problem.id))
    assert reports.get_detail(follow.id).problem.title == "Sengketa parkir"
    with pytest.raises(ValidationError, match="bukan keduanya"):
        reports.check_input(
            desk, world.input(problem_id=problem.id, new_problem=ProblemInput(title="Lain"))
        )


def test_plan_is_marked_realised(world: World) -> None:
    desk = world.actors["desk"]
    plan = Plan.create(
        station=world.station_id,
        date=dt.date(2024, 12, 2),
        officer=world.sutrisno,
        activity_type=world.types["SB"],
        kelurahan=world.paseban,
    )
    saved = reports.create_report(desk, world.input(plan_id=plan.id))
    plan = Plan.get_by_id(plan.id)
    assert plan.status == "terlaksana" and plan.report_id == saved.id and plan.version == 2
    assert reports.load_input(saved.id).data.plan_id == plan.id
    with pytest.raises(ValidationError, match="sudah terlaksana"):
        reports.create_report(desk, world.input(plan_id=plan.id))
    edited = reports.update_report(desk, saved.id, saved.version, world.input(plan_id=plan.id))
    assert edited.version == 2
    reports.delete_report(desk, saved.id, edited.version)
    plan = Plan.get_by_id(plan.id)
    assert plan.status == "rencana" and plan.report_id is None


def test_update_replaces_children_and_search_text(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    edited = reports.update_report(
        desk,
        saved.id,
        saved.version,
        world.input(
            officer_ids=[world.budi],
            type_ids=[world.types["PD"]],
            audience={"warga": 4},
            contact_ids=[],
            place="Jl. Kramat Raya",
        ),
    )
    assert edited.version == 2 and edited.number == saved.number
    data = reports.load_input(saved.id).data
    assert data.officer_ids == [world.budi] and data.type_ids == [world.types["PD"]]
    assert data.audience == {"warga": 4} and data.contact_ids == []
    row = Report.get_by_id(saved.id)
    assert "budi" in row.search_text and "sutrisno" not in row.search_text
    assert "kramat" in row.search_text and "salemba" not in row.search_text
    assert row.activity_type_id == world.types["PD"]
    event = (
        AuditEvent.select()
        .where((AuditEvent.table == "report") & (AuditEvent.action == "update"))
        .get()
    )
    assert json.loads(event.old)["officer_ids"] == [world.sutrisno]
    assert json.loads(event.new)["officer_ids"] == [world.budi]


def test_stale_edit_is_a_conflict_naming_fields_and_children(world: World) -> None:
    desk = world.actors["desk"]
    kanit = world.actors["kanit"]
    saved = reports.create_report(desk, world.input())
    reports.update_report(
        kanit, saved.id, saved.version, world.input(place="Jl. Paseban", audience={"warga": 40})
    )
    with pytest.raises(ConflictError) as info:
        reports.update_report(desk, saved.id, saved.version, world.input(officer_ids=[world.budi]))
    changes = {c.field: c for c in info.value.changes}
    assert set(changes) == {"place", "audience", "officer_ids"}
    assert changes["place"].mine == "Jl. Salemba Raya"
    assert changes["place"].theirs == "Jl. Paseban"
    assert changes["officer_ids"].theirs == [world.sutrisno]
    assert info.value.by == "Iptu Harjono" and info.value.current_version == 2
    assert info.value.by_login == "kanit"
    assert "diubah oleh Iptu Harjono" in info.value.message  # a person, not a login
    assert Report.get_by_id(saved.id).place == "Jl. Paseban"


def test_duplicate_text_warns_without_blocking(world: World) -> None:
    desk = world.actors["desk"]
    first = reports.create_report(desk, world.input())
    second = reports.create_report(desk, world.input(message="Pesan lain."))
    assert len(second.warnings) == 1
    assert second.warnings[0].startswith("Uraian sama persis dengan laporan LK/1/XII/2024")
    other_month = reports.create_report(desk, world.input(date=dt.date(2024, 11, 28)))
    assert other_month.warnings == []
    other_officer = reports.create_report(desk, world.input(officer_ids=[world.budi]))
    assert other_officer.warnings == []
    assert reports.duplicate_warnings(desk, world.input(narrative="Baru."), exclude_id=None) == [
        "Pesan/himbauan sama persis dengan laporan LK/1/XII/2024 (02/12/2024) "
        "dari personel yang sama bulan ini."
    ]
    assert first.warnings == []
    # each remark names its field, so the form places it in any language
    set_language("en")
    try:
        remarks = reports.duplicate_remarks(desk, world.input(), exclude_id=None)
    finally:
        set_language("id")
    assert sorted(field for field, _ in remarks) == ["message", "narrative", "narrative"]
    assert all("LK/" in text and "sama" not in text for _, text in remarks)


def test_get_detail_resolves_everything(world: World) -> None:
    saved = reports.create_report(world.actors["desk"], world.input())
    detail = reports.get_detail(saved.id)
    assert detail.number == "LK/1/XII/2024" and detail.date == dt.date(2024, 12, 2)
    assert detail.start_time == dt.time(10) and detail.end_time == dt.time(11, 30)
    assert detail.type_names == "Sambang, Cooling System"
    assert detail.lead is not None and detail.lead.label == "Aiptu Sutrisno"
    assert detail.lead.nrp == "78050123"
    assert detail.kelurahan.label == "Kelurahan Paseban" and detail.area_text == "RT 01 RW 06"
    assert [a.category for a in detail.audience] == ["warga", "tokoh_masyarakat", "kelompok_pemuda"]
    assert detail.audience_total == 26
    assert detail.contacts[0].name == "Haji Mahmud"
    assert detail.operation is not None and detail.operation.name.startswith("Operasi Mantap")
    assert detail.quote_by.startswith("Kapolsek Senen")
    assert detail.station.name == "Polsek Senen"
    assert detail.station.kapolsek is not None and detail.station.kapolsek.rank == "AKP"
    assert detail.status == "draft" and detail.reviewer is None
    assert detail.created_by == "desk1" and detail.attachments == []


def test_load_input_round_trips_the_form(world: World) -> None:
    data = world.input()
    saved = reports.create_report(world.actors["desk"], data)
    loaded = reports.load_input(saved.id)
    assert loaded.version == 1 and loaded.number == saved.number and loaded.status == "draft"
    assert loaded.data == data


def test_one_time_order_rule_for_the_service_and_the_form() -> None:
    """The entry form pre-checks times with the service's own rule and
    message (they were written twice)."""
    import inspect

    from sambang_tui.i18n import t
    from sambang_tui.services.reports import check as report_check
    from sambang_tui.ui.screens import entry_checks
    from sambang_tui.ui.widgets import entry_form

    assert report_check.times_in_order(dt.time(10), dt.time(11))
    assert report_check.times_in_order(None, dt.time(9)) and report_check.times_in_order(None, None)
    assert not report_check.times_in_order(dt.time(11), dt.time(11))
    assert t(report_check.END_BEFORE_START) == "Jam selesai harus setelah jam mulai."
    for module in (entry_form, entry_checks):
        source = inspect.getsource(module)
        assert "times_in_order(" in source and "end_time <= " not in source
        assert "end <= start" not in source
