from __future__ import annotations

import pytest

from sambang_tui.db.models import AuditEvent, Officer
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ConflictError, PermissionDenied, ValidationError
from sambang_tui.services.master import officers as svc
from sambang_tui.services.master.officers import OfficerInput


def _good(**over) -> OfficerInput:
    base = OfficerInput(nrp="78050123", name="Sutrisno", rank="Aiptu", role="bhabinkamtibmas")
    for k, v in over.items():
        setattr(base, k, v)
    return base


def _fields(exc: pytest.ExceptionInfo[ValidationError]) -> dict[str, str]:
    return {e.field: e.message for e in exc.value.errors}


def test_create_and_audit(db, actor) -> None:
    row = svc.create_officer(actor, _good(rank="aiptu", phone="0812-3456", os_user="sutrisno"))
    assert row.rank == "Aiptu" and row.os_user == "sutrisno" and row.version == 1
    ev = AuditEvent.get(AuditEvent.table == "officer")
    assert ev.action == "create" and ev.row_id == row.id and ev.os_user == "desk"
    assert '"nrp": "78050123"' in ev.new


@pytest.mark.parametrize(
    ("nrp", "message"),
    [
        ("", "wajib"),
        ("7805012A", "angka"),
        ("1234567", "8 digit"),
        ("123456789", "8 digit"),
    ],
)
def test_bad_nrp(db, actor, nrp: str, message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        svc.create_officer(actor, _good(nrp=nrp))
    assert exc.value.field == "nrp" and message in exc.value.message


def test_every_bad_field_reported_at_once(db, actor) -> None:
    with pytest.raises(ValidationError) as exc:
        svc.create_officer(
            actor,
            OfficerInput(
                nrp="x", name="", rank="Jenderal", role="boss", phone="abc", os_user="a b"
            ),
        )
    fields = _fields(exc)
    assert set(fields) == {"nrp", "name", "rank", "role", "phone", "os_user"}
    assert "Pangkat 'Jenderal' tidak dikenal" in fields["rank"]
    assert "wajib diisi" in fields["name"]


def test_duplicate_nrp_and_login(db, actor) -> None:
    first = svc.create_officer(actor, _good(os_user="sut"))
    with pytest.raises(ValidationError) as exc:
        svc.create_officer(actor, _good(name="Lain", os_user="sut"))
    fields = _fields(exc)
    assert "sudah dipakai" in fields["nrp"] and "sudah dipakai" in fields["os_user"]
    # updating itself keeps its own NRP and login
    svc.update_officer(actor, first.id, first.version, _good(os_user="sut", phone="0812"))
    assert Officer.select().count() == 1


def test_long_name_and_markup_kept_literally(db, actor) -> None:
    with pytest.raises(ValidationError, match="terlalu panjang"):
        svc.create_officer(actor, _good(name="x" * 10_000))
    row = svc.create_officer(actor, _good(name="[bold]Budi[/] \x1b[31m\x00"))
    assert row.name == "[bold]Budi[/] [31m"


def test_update_conflict_names_fields(db, actor) -> None:
    row = svc.create_officer(actor, _good())
    svc.update_officer(actor, row.id, row.version, _good(name="Sutrisno SH"))
    with pytest.raises(ConflictError) as exc:
        svc.update_officer(actor, row.id, row.version, _good(phone="0811"))
    assert {c.field for c in exc.value.changes} >= {"name", "phone"}
    assert exc.value.by == "desk"


def test_permissions(db, actor) -> None:
    reader = Actor(os_user="tamu", station_id=actor.station_id)
    with pytest.raises(PermissionDenied):
        svc.create_officer(reader, _good())
    desk = Actor(os_user="d", station_id=actor.station_id, officer_id=1, role="desk")
    with pytest.raises(PermissionDenied, match="admin"):
        svc.create_officer(desk, _good())
    assert Officer.select().count() == 0


def test_delete_or_deactivate(db, actor) -> None:
    from sambang_tui.db.models import ActivityType, Kelurahan, Plan

    a = svc.create_officer(actor, _good())
    b = svc.create_officer(actor, _good(nrp="85010001", name="Budi"))
    kel = Kelurahan.create(station=actor.station_id, name="Paseban")
    Plan.create(
        station=actor.station_id,
        date="2024-12-02",
        officer=b.id,
        activity_type=ActivityType.get(code="SB"),
        kelurahan=kel,
    )
    assert svc.delete_officer(actor, a.id) == "deleted"
    assert svc.delete_officer(actor, b.id) == "deactivated"
    assert [r.active for r in svc.list_officers(actor)] == [False]
    assert svc.list_officers(actor, include_inactive=False) == []


def test_list_sorted_by_rank_then_name(db, actor) -> None:
    svc.create_officer(actor, _good(nrp="10000001", name="Ani", rank="Bripda"))
    svc.create_officer(actor, _good(nrp="10000002", name="Bambang", rank="AKP", role="kapolsek"))
    svc.create_officer(actor, _good(nrp="10000003", name="Cici", rank="Bripda"))
    assert [r.name for r in svc.list_officers(actor)] == ["Bambang", "Ani", "Cici"]
    assert [r.name for r in svc.list_officers(actor, "100000")] == ["Bambang", "Ani", "Cici"]
    assert [r.name for r in svc.list_officers(actor, "cic")] == ["Cici"]
    assert svc.count_officers(actor) == 3


def test_set_admin(db, actor) -> None:
    with pytest.raises(ValidationError, match="Tambahkan dulu"):
        svc.set_admin(actor, "kanit")
    assert Officer.select().count() == 0
    row = svc.create_officer(actor, _good(os_user="kanit", role="kanit_binmas"))
    done = svc.set_admin(actor, "kanit")
    assert done.is_admin and done.id == row.id
    assert svc.set_admin(actor, "kanit").version == done.version  # idempotent
    assert AuditEvent.select().where(AuditEvent.action == "update").count() == 1


def test_last_admin_keeps_rights(db, actor) -> None:
    row = svc.create_officer(actor, _good(os_user="kanit"))
    row = svc.set_admin(actor, "kanit")
    with pytest.raises(ValidationError, match="satu admin"):
        svc.set_is_admin(actor, row.id, row.version, False)


def test_race_lost_to_another_desk_is_a_validation_error(db, actor, monkeypatch) -> None:
    """Two desks pass the uniqueness check at the same moment: the database
    constraint decides and the loser gets a message, not a traceback."""
    svc.create_officer(actor, _good())
    real_check = svc.check

    def check_without_lookup(data, officer_id=None):  # noqa: ANN001, ANN202
        return real_check(OfficerInput(**{**data.__dict__, "nrp": "99999999"}), officer_id) | {
            "nrp": data.nrp
        }

    monkeypatch.setattr(svc, "check", check_without_lookup)
    with pytest.raises(ValidationError, match="meja lain"):
        svc.create_officer(actor, _good(name="Kembar"))
    assert Officer.select().count() == 1


def test_fields_and_admin_right_saved_in_one_call(db, actor) -> None:
    """The form's one save: the officer's fields and the admin right in one
    transaction and one audit event; refused as a whole when the right may
    not go (the fields stay as they were)."""
    row = svc.create_officer(actor, _good(os_user="kanit"))
    saved = svc.update_officer(actor, row.id, row.version, _good(phone="0812"), is_admin=True)
    assert saved.is_admin and saved.phone == "0812" and saved.version == row.version + 1
    updates = AuditEvent.select().where(AuditEvent.action == "update")
    assert updates.count() == 1 and '"is_admin": true' in updates.get().new
    with pytest.raises(ValidationError, match="satu admin"):
        svc.update_officer(actor, row.id, saved.version, _good(phone="0899"), is_admin=False)
    stored = Officer.get_by_id(row.id)
    assert stored.is_admin and stored.phone == "0812" and stored.version == saved.version
    same = svc.update_officer(actor, row.id, saved.version, _good(phone="0899"), is_admin=True)
    assert same.phone == "0899" and same.is_admin


def test_nobody_changes_who_he_is(db, actor, monkeypatch) -> None:
    """An admin's own row keeps its role, login and active flag, is not
    deleted, and his login goes to no other row (else he makes himself Kanit
    Binmas and verifies; the station server's trigger holds the same line).
    Here: a desk who owns neither the shared file nor, on PostgreSQL, the
    database (the suite's own connection does: it would be exempt)."""
    from sambang_tui.services.core import authority, identity

    monkeypatch.setattr(identity, "person", lambda: identity.Person("desk", 54321))
    monkeypatch.setattr(authority, "owns_database", lambda person, db=None: False)
    with pytest.raises(PermissionDenied, match="login Anda sendiri"):
        svc.create_officer(actor, _good(os_user="desk", role="desk"))
    mine = svc.create_officer(
        Actor(os_user="setup", station_id=actor.station_id, is_admin=True),
        _good(os_user="desk", role="desk"),
    )
    other = svc.create_officer(actor, _good(nrp="78050124", name="Kanit", role="kanit_binmas"))
    mine_as = _good(os_user="desk", role="desk")
    for field, value in (("role", "kanit_binmas"), ("os_user", ""), ("active", False)):
        data = _good(os_user="desk", role="desk")
        setattr(data, field, value)
        with pytest.raises(PermissionDenied, match="Anda sendiri"):
            svc.update_officer(actor, mine.id, mine.version, data)
    with pytest.raises(PermissionDenied, match="Anda sendiri"):
        svc.set_active(actor, mine.id, mine.version, False)
    with pytest.raises(PermissionDenied, match="Anda sendiri"):
        svc.delete_officer(actor, mine.id)
    stored = Officer.get_by_id(mine.id)
    assert (stored.role, stored.os_user, stored.active) == ("desk", "desk", True)
    # his phone is his to change, and another officer's role is an admin's to set
    mine_as.phone = "0812"
    assert svc.update_officer(actor, mine.id, mine.version, mine_as).phone == "0812"
    done = svc.update_officer(actor, other.id, other.version, _good(nrp="78050124", name="Kanit"))
    assert done.role == "bhabinkamtibmas"


def test_the_file_owner_may_set_up_his_own_row(db, actor, monkeypatch) -> None:
    """On his personal file (or as root) there is nobody else to ask."""
    from sambang_tui.services.core import identity

    monkeypatch.setattr(identity, "person", lambda: identity.Person("desk", 0))
    mine = svc.create_officer(actor, _good(os_user="desk", role="desk"))
    data = _good(os_user="desk", role="kanit_binmas")
    assert svc.update_officer(actor, mine.id, mine.version, data).role == "kanit_binmas"
