"""Officers' absences (issue 18): master data an admin keeps, checked
like the rest, and read back per day by the plan proposal."""

from __future__ import annotations

import datetime as dt

import pytest
from grid_seed import seed_area

from sambang_tui.db.models import AuditEvent
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import PermissionDenied, ValidationError
from sambang_tui.services.master import absences
from sambang_tui.services.master.absences import AbsenceInput

MON = dt.date(2024, 12, 9)


@pytest.fixture
def seed(actor):
    return seed_area(actor.station_id)


def test_create_list_and_away_days(actor, seed) -> None:
    row = absences.create_absence(
        actor, AbsenceInput(seed.sutrisno, "Dinas luar", MON, "11/12/2024", "Pam Natal")
    )
    assert (row.kind, row.start, row.end, row.days, row.note) == (
        "dinas_luar",
        MON,
        dt.date(2024, 12, 11),
        3,
        "Pam Natal",
    )
    assert [r.id for r in absences.list_absences(actor)] == [row.id]
    assert absences.list_absences(actor, since=dt.date(2024, 12, 12)) == []
    away = absences.away(actor, dt.date(2024, 12, 10), dt.date(2024, 12, 15))
    assert away == {
        seed.sutrisno: {dt.date(2024, 12, 10): "dinas_luar", dt.date(2024, 12, 11): "dinas_luar"}
    }
    assert AuditEvent.select().where(AuditEvent.table == "absence").count() == 1


def test_kinds_typed_every_way(actor, seed) -> None:
    for typed, kind in (
        ("", "cuti"),
        ("DL", "dinas_luar"),
        ("dik", "pendidikan"),
        ("Sakit", "sakit"),
    ):
        row = absences.create_absence(actor, AbsenceInput(seed.sutrisno, typed, MON, MON))
        assert row.kind == kind
        absences.delete_absence(actor, row.id)


def test_bad_input_is_named_field_by_field(actor, seed) -> None:
    with pytest.raises(ValidationError) as err:
        absences.create_absence(actor, AbsenceInput(None, "liburan", "", "kemarin lusa"))
    fields = {e.field for e in err.value.errors}
    assert fields == {"officer_id", "kind", "start", "end"}
    with pytest.raises(ValidationError, match="sebelum tanggal mulai"):
        absences.create_absence(
            actor, AbsenceInput(seed.sutrisno, "cuti", MON, MON - dt.timedelta(days=1))
        )


def test_overlap_with_the_same_officer_is_refused_but_an_edit_of_itself_is_not(actor, seed) -> None:
    row = absences.create_absence(
        actor, AbsenceInput(seed.sutrisno, "cuti", MON, MON + dt.timedelta(days=4))
    )
    with pytest.raises(ValidationError, match="sudah tercatat cuti"):
        absences.create_absence(
            actor,
            AbsenceInput(
                seed.sutrisno, "sakit", MON + dt.timedelta(days=2), MON + dt.timedelta(days=6)
            ),
        )
    longer = absences.update_absence(
        actor,
        row.id,
        row.version,
        AbsenceInput(seed.sutrisno, "cuti", MON, MON + dt.timedelta(days=6)),
    )
    assert longer.days == 7 and longer.version == 2


def test_only_an_admin_keeps_absences(actor, seed) -> None:
    desk = Actor("andi", actor.station_id, officer_id=seed.sutrisno, role="desk")
    with pytest.raises(PermissionDenied):
        absences.create_absence(desk, AbsenceInput(seed.sutrisno, "cuti", MON, MON))


def test_the_trail_shows_what_was_typed_not_the_rows_key(actor, seed) -> None:
    from sambang_tui.services.admin import audit_log
    from sambang_tui.services.admin.audit_log import AuditFilter

    absences.create_absence(actor, AbsenceInput(seed.sutrisno, "cuti", MON, MON))
    (event,) = audit_log.list_events(actor, AuditFilter(table="absence"), 0, 10)
    fields = {c.field for c in event.changes}
    assert {"kind", "start", "end"} <= fields and "uid" not in fields
