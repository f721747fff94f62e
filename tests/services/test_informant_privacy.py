"""Informants' privacy (issue 11, point 7): the source, its relation, the
contact details written there and how the information was obtained show —
detail, documents, CLI, audit view — only to reviewers, admins and the
reporting officers; everyone else reads "(dibatasi)". The audit tab is for
reviewers and admins."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from report_fixtures import World, make_world

from sambang_tui import cli
from sambang_tui.services import reports
from sambang_tui.services.admin import audit_log
from sambang_tui.services.core.errors import PermissionDenied
from sambang_tui.services.documents import informasi
from sambang_tui.services.documents.render_text import render_text
from sambang_tui.services.reports.access import RESTRICTED, detail_for, may_see_informant
from sambang_tui.services.reports.input import InformationInput

SOURCE = "Pak Darto, Ketua RT 02, 0812-3456-7890"
HOW = "Ditemui di pos ronda"


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


def deteksi(world: World) -> int:
    data = world.input(
        type_ids=[world.types["DD"]],
        officer_ids=[world.sutrisno],
        information=InformationInput(
            field="Kamtibmas",
            subject="Rencana aksi massa",
            source=SOURCE,
            source_relation="Warga binaan",
            how_obtained=HOW,
            obtained_at=dt.datetime(2024, 12, 2, 9, 0),
            reliability="B",
            accuracy="2",
            facts="Ada rencana pengerahan massa ke KPU.",
            assessment="Perlu pemantauan.",
        ),
    )
    return reports.create_report(world.actors["desk"], data).id


def test_who_may_see_the_informant(world: World) -> None:
    rid = deteksi(world)
    allowed = {
        "kanit": True,  # reviewer
        "kapolsek": True,
        "desk": True,  # typed it
        "bhabin": True,  # the reporting officer
        "desk2": False,  # another desk
        "readonly": False,  # a login with no officer
    }
    for name, expected in allowed.items():
        assert may_see_informant(world.actors[name], rid) is expected, name
    admin = dataclasses.replace(world.actors["desk2"], is_admin=True)
    assert may_see_informant(admin, rid)


@pytest.mark.parametrize("who", ["desk2", "readonly"])
def test_detail_and_documents_restrict_the_informant(world: World, who: str) -> None:
    rid = deteksi(world)
    actor = world.actors[who]
    info = detail_for(actor, rid).information
    assert (info.source, info.source_relation, info.how_obtained) == (RESTRICTED,) * 3
    assert info.facts == "Ada rencana pengerahan massa ke KPU."  # the facts are the report
    text = render_text(informasi.build(actor, rid))
    assert "Pak Darto" not in text and "0812" not in text and HOW not in text
    assert RESTRICTED in text


@pytest.mark.parametrize("who", ["kanit", "bhabin", "desk"])
def test_the_allowed_see_the_informant(world: World, who: str) -> None:
    rid = deteksi(world)
    actor = world.actors[who]
    assert detail_for(actor, rid).information.source == SOURCE
    assert "Pak Darto" in render_text(informasi.build(actor, rid))


def test_the_audit_trail_is_for_reviewers_and_admins(world: World) -> None:
    rid = deteksi(world)
    for who in ("desk2", "bhabin", "readonly", "desk"):
        with pytest.raises(PermissionDenied, match="Jejak audit"):
            audit_log.list_events(world.actors[who])
        with pytest.raises(PermissionDenied):
            audit_log.count_events(world.actors[who])
    rows = audit_log.list_events(world.actors["kanit"], audit_log.AuditFilter(row_id=rid))
    created = next(r for r in rows if r.table == "report")
    info = next(c for c in created.changes if c.field == "information").new
    assert info["source"] == SOURCE


def test_the_audit_view_restricts_for_whom_the_predicate_refuses(world: World) -> None:
    rid = deteksi(world)
    kanit = world.actors["kanit"]
    row = next(
        r
        for r in audit_log.list_events(kanit, audit_log.AuditFilter(row_id=rid))
        if r.table == "report"
    )
    shown = audit_log._guard(world.actors["desk2"], row)
    info = next(c for c in shown.changes if c.field == "information").new
    assert info["source"] == RESTRICTED and info["how_obtained"] == RESTRICTED
    assert info["facts"] == "Ada rencana pengerahan massa ke KPU."


def test_cli_report_informasi_for_a_login_with_no_officer(
    world: World, db_target: str, capsys, monkeypatch
) -> None:
    from sambang_tui.db.models import Officer

    Officer.update(is_admin=True).where(Officer.os_user == "desk1").execute()  # a set-up station
    rid = deteksi(world)
    number = reports.get_detail(rid).number
    monkeypatch.setenv("SAMBANG_USER", "tamu")  # no officer: read-only
    code = cli.main(["report", "informasi", number, "--format", "text", "--db", db_target])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Pak Darto" not in out and "0812" not in out and RESTRICTED in out
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    code = cli.main(["report", "informasi", number, "--format", "text", "--db", db_target])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Pak Darto" in out
