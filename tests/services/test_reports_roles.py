"""Who may do what with a report, the review flow and soft delete."""

from __future__ import annotations

import pytest
from report_fixtures import World, make_world

from sambang_tui.db.models import AuditEvent, Report
from sambang_tui.i18n import set_language
from sambang_tui.services import reports
from sambang_tui.services.core.errors import ConflictError, PermissionDenied, ValidationError
from sambang_tui.services.reports.listing import ReportFilter, count_reports, list_reports


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


def test_read_only_login_cannot_write(world: World) -> None:
    guest = world.actors["readonly"]
    with pytest.raises(PermissionDenied, match="hanya dapat melihat"):
        reports.create_report(guest, world.input())
    saved = reports.create_report(world.actors["desk"], world.input())
    with pytest.raises(PermissionDenied):
        reports.update_report(guest, saved.id, saved.version, world.input(place="x"))
    with pytest.raises(PermissionDenied):
        reports.submit(guest, saved.id, saved.version)
    with pytest.raises(PermissionDenied):
        reports.delete_report(guest, saved.id, saved.version)
    assert Report.get_by_id(saved.id).version == 1
    assert reports.get_detail(saved.id).number == saved.number


def test_desk_edits_own_reports_only(world: World) -> None:
    desk, desk2 = world.actors["desk"], world.actors["desk2"]
    saved = reports.create_report(desk, world.input())
    with pytest.raises(PermissionDenied, match="dibuat oleh desk1"):
        reports.update_report(desk2, saved.id, saved.version, world.input(place="x"))
    with pytest.raises(PermissionDenied):
        reports.delete_report(desk2, saved.id, saved.version)
    with pytest.raises(PermissionDenied):
        reports.submit(desk2, saved.id, saved.version)
    edited = reports.update_report(desk, saved.id, saved.version, world.input(place="Jl. A"))
    assert edited.version == 2


def test_listed_officer_may_edit_a_report_typed_by_the_desk(world: World) -> None:
    saved = reports.create_report(world.actors["desk"], world.input())
    bhabin = world.actors["bhabin"]
    edited = reports.update_report(bhabin, saved.id, saved.version, world.input(place="Jl. B"))
    assert edited.version == 2


@pytest.mark.parametrize("reviewer", ["kanit", "kapolsek"])
def test_reviewers_edit_any_report(world: World, reviewer: str) -> None:
    saved = reports.create_report(world.actors["desk"], world.input())
    edited = reports.update_report(
        world.actors[reviewer], saved.id, saved.version, world.input(place="Jl. C")
    )
    assert edited.version == 2
    assert Report.get_by_id(saved.id).updated_by == reviewer


def test_only_reviewers_verify_or_return(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input(), submit=True)
    with pytest.raises(PermissionDenied, match="Kanit Binmas, Kapolsek atau Wakapolsek"):
        reports.verify(desk, saved.id, saved.version)
    with pytest.raises(PermissionDenied):
        reports.return_report(desk, saved.id, saved.version, "perbaiki")
    with pytest.raises(PermissionDenied):
        reports.verify(world.actors["bhabin"], saved.id, saved.version)


def test_an_admin_is_not_a_reviewer(world: World) -> None:
    from dataclasses import replace

    admin = replace(world.actors["desk2"], is_admin=True)
    saved = reports.create_report(world.actors["desk"], world.input(), submit=True)
    with pytest.raises(PermissionDenied, match="Kanit Binmas, Kapolsek atau Wakapolsek"):
        reports.verify(admin, saved.id, saved.version)
    with pytest.raises(PermissionDenied):
        reports.return_report(admin, saved.id, saved.version, "perbaiki")
    # an admin still edits another desk's report while it is not verified
    assert reports.update_report(admin, saved.id, saved.version, world.input(place="Jl. F"))
    assert Report.get_by_id(saved.id).status == "diajukan"


def test_nobody_verifies_or_returns_a_report_they_created_or_lead(world: World) -> None:
    kanit, kapolsek = world.actors["kanit"], world.actors["kapolsek"]
    typed = reports.create_report(kanit, world.input(), submit=True)
    with pytest.raises(PermissionDenied, match="dibuat oleh Anda"):
        reports.verify(kanit, typed.id, typed.version)
    with pytest.raises(PermissionDenied, match="dibuat oleh Anda"):
        reports.return_report(kanit, typed.id, typed.version, "perbaiki")
    led = reports.create_report(
        world.actors["desk"], world.input(officer_ids=[world.kanit, world.sutrisno]), submit=True
    )
    with pytest.raises(PermissionDenied, match="personel utamanya"):
        reports.verify(kanit, led.id, led.version)
    assert Report.get_by_id(led.id).status == "diajukan"
    # the other reviewer may; so may one merely listed as a member
    assert reports.verify(kapolsek, typed.id, typed.version).status == "diverifikasi"
    member = reports.create_report(
        world.actors["desk"], world.input(officer_ids=[world.sutrisno, world.kanit]), submit=True
    )
    assert reports.verify(kanit, member.id, member.version).status == "diverifikasi"


def test_a_returned_report_is_submitted_again_before_it_is_verified(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input(), submit=True)
    returned = reports.return_report(kanit, saved.id, saved.version, "Lengkapi jumlah warga.")
    with pytest.raises(ValidationError, match="mengajukannya lagi"):
        reports.verify(kanit, saved.id, returned.version)
    row = Report.get_by_id(saved.id)
    assert row.status == "dikembalikan" and row.review_note == "Lengkapi jumlah warga."
    again = reports.submit(desk, saved.id, returned.version)
    assert reports.verify(kanit, saved.id, again.version).status == "diverifikasi"


def test_a_draft_is_neither_verified_nor_returned(world: World) -> None:
    draft = reports.create_report(world.actors["desk"], world.input())
    kanit = world.actors["kanit"]
    with pytest.raises(ValidationError, match="ajukan dulu"):
        reports.verify(kanit, draft.id, draft.version)
    with pytest.raises(ValidationError, match="belum diajukan"):
        reports.return_report(kanit, draft.id, draft.version, "perbaiki")
    assert Report.get_by_id(draft.id).status == "draft"


def test_verified_report_is_locked_except_for_reviewers(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input(), submit=True)
    verified = reports.verify(kanit, saved.id, saved.version, note="Lengkap.")
    assert verified.status == "diverifikasi" and verified.version == 2
    row = Report.get_by_id(saved.id)
    assert row.reviewer_id == world.kanit and row.review_note == "Lengkap."
    assert row.reviewed_at is not None
    with pytest.raises(PermissionDenied, match="sudah diverifikasi dan terkunci"):
        reports.update_report(desk, saved.id, verified.version, world.input(place="x"))
    with pytest.raises(PermissionDenied, match="terkunci"):
        reports.delete_report(desk, saved.id, verified.version)
    edited = reports.update_report(
        world.actors["kapolsek"], saved.id, verified.version, world.input(place="Jl. D")
    )
    assert edited.status == "diverifikasi"
    detail = reports.get_detail(saved.id)
    assert detail.reviewer is not None and detail.reviewer.name == "Harjono"
    with pytest.raises(ValidationError, match="diverifikasi lagi"):
        reports.verify(kanit, saved.id, edited.version)


def test_review_refusals_name_the_reviewers_in_the_chosen_language(world: World) -> None:
    """The reviewers were shown as their catalogue key ('core.who.reviews');
    each refusal reads in Indonesian or English (issue 17, part C)."""
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input(), submit=True)
    verified = reports.verify(kanit, saved.id, saved.version)
    number = verified.number
    with pytest.raises(PermissionDenied) as locked:
        reports.update_report(desk, saved.id, verified.version, world.input(place="x"))
    assert locked.value.message == (
        f"Laporan {number} sudah diverifikasi dan terkunci; hanya Kanit Binmas, Kapolsek "
        "atau Wakapolsek yang dapat mengubahnya."
    )
    typed = reports.create_report(kanit, world.input(), submit=True)
    with pytest.raises(PermissionDenied) as own:
        reports.verify(kanit, typed.id, typed.version)
    with pytest.raises(ValidationError) as again:
        reports.verify(world.actors["kapolsek"], saved.id, verified.version)
    try:
        set_language("en")
        assert locked.value.message == (
            f"Report {number} is verified and locked; only the Kanit Binmas, the Kapolsek "
            "or the Wakapolsek can change it."
        )
        assert own.value.message == (
            f"Report {typed.number} was made by you: you cannot verify it yourself; ask "
            "someone else among the Kanit Binmas, the Kapolsek or the Wakapolsek."
        )
        assert again.value.message == f"Report {number} is verified; it cannot be verified again."
    finally:
        set_language("id")
    assert again.value.message == (
        f"Laporan {number} berstatus diverifikasi; tidak dapat diverifikasi lagi."
    )


def test_return_needs_a_note_and_goes_back_to_the_author(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input(), submit=True)
    with pytest.raises(ValidationError) as info:
        reports.return_report(kanit, saved.id, saved.version, "  \x00 ")
    assert info.value.field == "note"
    returned = reports.return_report(kanit, saved.id, saved.version, "Jumlah warga kurang jelas.")
    assert returned.status == "dikembalikan"
    assert reports.get_detail(saved.id).review_note == "Jumlah warga kurang jelas."
    with pytest.raises(ValidationError, match="dikembalikan lagi"):
        reports.return_report(kanit, saved.id, returned.version, "lagi")
    fixed = reports.update_report(
        desk, saved.id, returned.version, world.input(audience={"warga": 20}), submit=True
    )
    assert fixed.status == "diajukan"


def test_only_its_authors_submit_a_returned_report(world: World) -> None:
    """The Kanit who returned a report cannot submit it again himself (and
    then verify it): its authors — who typed it, an officer on it — do."""
    from dataclasses import replace

    from sambang_tui.services.reports.access import detail_for

    desk, kanit, bhabin = world.actors["desk"], world.actors["kanit"], world.actors["bhabin"]
    saved = reports.create_report(desk, world.input(), submit=True)
    returned = reports.return_report(kanit, saved.id, saved.version, "Lengkapi.")
    with pytest.raises(PermissionDenied) as info:
        reports.submit(kanit, saved.id, returned.version)
    assert info.value.message == (
        f"Laporan {saved.number} hanya dapat diajukan oleh pembuatnya (desk1) atau personel "
        "yang tercantum di dalamnya."
    )
    with pytest.raises(PermissionDenied, match="hanya dapat diajukan oleh pembuatnya"):
        reports.update_report(kanit, saved.id, returned.version, world.input(), submit=True)
    admin = replace(world.actors["desk2"], is_admin=True)
    with pytest.raises(PermissionDenied, match="hanya dapat diajukan oleh pembuatnya"):
        reports.submit(admin, saved.id, returned.version)
    # the reviewer may still edit it, without submitting it
    edited = reports.update_report(kanit, saved.id, returned.version, world.input(place="Jl. K"))
    assert edited.status == "dikembalikan"
    assert detail_for(kanit, saved.id).submit_refusal.startswith(f"Laporan {saved.number} hanya")
    assert detail_for(desk, saved.id).submit_refusal == ""
    assert not reports.load_input(saved.id, kanit).may_submit
    assert reports.load_input(saved.id, bhabin).may_submit
    # an officer listed on it is one of its authors
    again = reports.submit(bhabin, saved.id, edited.version)
    assert again.status == "diajukan"
    assert detail_for(kanit, saved.id).submit_refusal == ""  # nothing to submit now
    assert reports.verify(kanit, saved.id, again.version).status == "diverifikasi"


def test_submit_flow_and_status_errors(world: World) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    submitted = reports.submit(desk, saved.id, saved.version)
    assert submitted.status == "diajukan" and submitted.version == 2
    with pytest.raises(ValidationError, match="berstatus diajukan"):
        reports.submit(desk, saved.id, submitted.version)


def test_review_step_on_a_stale_version_is_a_conflict(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input(), submit=True)
    reports.update_report(desk, saved.id, saved.version, world.input(place="Jl. E"))
    with pytest.raises(ConflictError) as info:
        reports.verify(kanit, saved.id, saved.version)
    assert "status" in {c.field for c in info.value.changes}
    assert Report.get_by_id(saved.id).status == "diajukan"


def test_soft_delete_hides_the_report_everywhere_but_keeps_the_row(world: World) -> None:
    desk = world.actors["desk"]
    keep = reports.create_report(desk, world.input())
    gone = reports.create_report(desk, world.input(place="Jl. Hapus"))
    deleted = reports.delete_report(desk, gone.id, gone.version)
    assert deleted.version == gone.version + 1
    row = Report.get_by_id(gone.id)
    assert row.deleted_at is not None
    assert [r.id for r in list_reports(desk, ReportFilter())] == [keep.id]
    assert count_reports(desk, ReportFilter()) == 1
    assert list_reports(desk, ReportFilter(text="hapus")) == []
    with pytest.raises(reports.NotFound):
        reports.load_input(gone.id)
    with pytest.raises(reports.NotFound):
        reports.update_report(desk, gone.id, deleted.version, world.input())
    assert reports.get_detail(gone.id).deleted_at is not None
    assert (
        AuditEvent.select()
        .where((AuditEvent.table == "report") & (AuditEvent.row_id == gone.id))
        .count()
        == 2
    )
