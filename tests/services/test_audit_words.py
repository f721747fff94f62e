"""The audit trail in words (issue 13, item 11): Indonesian field names,
ids named (type codes, officers, kelurahan, RW), dates as dates, and the
officer behind the login instead of ``activity_type=1`` by ``root``."""

from __future__ import annotations

import pytest
from report_fixtures import World, make_world

from sambang_tui.services import reports
from sambang_tui.services.admin import audit_log
from sambang_tui.services.admin.audit_log import AuditFilter


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


def test_a_report_event_reads_as_words(world: World) -> None:
    desk, kanit = world.actors["desk"], world.actors["kanit"]
    saved = reports.create_report(desk, world.input(audience={"warga": 15, "tokoh_agama": None}))
    reports.update_report(kanit, saved.id, saved.version, world.input(rw=2, audience={"warga": 15}))
    events = audit_log.list_events(kanit, AuditFilter(table="report"))
    update, create = events
    assert create.who == "Brigpol Rina Marlina" and create.os_user == "desk1"
    assert update.who == "Iptu Harjono"
    text = create.summary(2000)
    for words in (
        "tanggal=02/12/2024",
        "mulai=10.00",
        "jenis=SB, CS",
        "personel=Aiptu Sutrisno",
        "kelurahan=Paseban",
        "RW=06",
        "RT=01",
        "yang ditemui=warga 15, tokoh agama ?",
        "status=Draf",
        "operasi=Operasi Mantap Praja Jaya 2024",
    ):
        assert words in text, words
    for code in ("activity_type", "kelurahan=", "officer_ids", "audience"):
        assert code not in text.replace("kelurahan=Paseban", ""), code
    changed = update.summary(500)
    assert "diubah oleh: Brigpol Rina Marlina → Iptu Harjono" in changed
    assert (
        "RW: 06 → 02" in changed and "yang ditemui: warga 15, tokoh agama ? → warga 15" in changed
    )
    # the raw values stay for whoever needs them
    assert {c.field for c in create.changes} >= {"activity_type", "officer_ids", "audience"}
