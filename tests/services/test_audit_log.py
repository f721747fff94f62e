from __future__ import annotations

import datetime as dt

from sambang_tui.db.models import AuditEvent
from sambang_tui.services.admin import audit_log
from sambang_tui.services.admin.audit_log import AuditFilter
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master import officers
from sambang_tui.services.master.officers import OfficerInput


def test_trail_of_changes(db, actor) -> None:
    row = officers.create_officer(actor, OfficerInput("78050123", "Sutrisno", "Aiptu"))
    other = Actor("kanit", actor.station_id, is_admin=True)
    officers.update_officer(
        other, row.id, row.version, OfficerInput("78050123", "[b]Sutrisno[/b]", "Ipda")
    )
    events = audit_log.list_events(actor)
    assert [(e.action, e.os_user) for e in events] == [("update", "kanit"), ("create", "desk")]
    upd = events[0]
    assert upd.table_label == "Personel" and upd.action_label == "ubah" and upd.row_id == row.id
    changes = {c.field: (c.old, c.new) for c in upd.changes}
    assert changes == {"name": ("Sutrisno", "[b]Sutrisno[/b]"), "rank": ("Aiptu", "Ipda")}
    assert "pangkat: Aiptu → Ipda" in upd.summary(200)
    assert len(upd.summary(20)) == 20
    created = events[1]
    assert "NRP=78050123" in created.summary(500)
    assert "version" not in {c.field for c in created.changes}


def test_filters_and_paging(db, actor) -> None:
    for i in range(5):
        officers.create_officer(actor, OfficerInput(f"1000000{i}", f"Nama {i}", "Bripda"))
    kanit = Actor("kanit", actor.station_id, is_admin=True)
    from sambang_tui.services.master import areas

    kel = areas.create_kelurahan(kanit, areas.KelurahanInput(name="Kenari"))
    assert audit_log.count_events(actor) == 6
    assert audit_log.count_events(actor, AuditFilter(table="officer")) == 5
    assert audit_log.count_events(actor, AuditFilter(os_user="KAN")) == 1
    assert audit_log.count_events(actor, AuditFilter(row_id=kel.id, table="kelurahan")) == 1
    assert audit_log.count_events(actor, AuditFilter(action="delete")) == 0
    page1 = audit_log.list_events(actor, AuditFilter(table="officer"), 0, 2)
    page3 = audit_log.list_events(actor, AuditFilter(table="officer"), 4, 2)
    assert len(page1) == 2 and len(page3) == 1 and page1[0].id > page3[0].id
    today = dt.date.today()
    assert audit_log.count_events(actor, AuditFilter(date_from=today, date_to=today)) == 6
    assert audit_log.count_events(actor, AuditFilter(date_to=today - dt.timedelta(days=1))) == 0
    AuditEvent.update(at=dt.datetime(2024, 12, 2, 10, 0)).where(
        AuditEvent.table == "kelurahan"
    ).execute()
    day = dt.date(2024, 12, 2)
    assert audit_log.count_events(actor, AuditFilter(date_from=day, date_to=day)) == 1
    assert audit_log.users(actor) == ["desk", "kanit"]
    assert audit_log.tables(actor) == ["kelurahan", "officer"]
