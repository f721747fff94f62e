"""A Polsek without a link (issue 18): its SQLite database exported to a
file and imported into the Polres database (SQLite here; PostgreSQL when the
suite runs with ``SAMBANG_TEST_DB``) — every row with its audit, the second
import changing nothing, a newer version carried, a change made at the
Polres never overwritten but listed."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import shutil
from pathlib import Path

import pytest

from sambang_tui import cli
from sambang_tui.db.models import (
    MODELS,
    AuditEvent,
    InformationReport,
    Officer,
    Plan,
    Report,
    ReportOfficer,
    Station,
    SyncLedger,
)
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.errors import PermissionDenied, ValidationError
from sambang_tui.services.transfer.export import export_station
from sambang_tui.services.transfer.load import import_station

SEED = "LK/208/XII/2024"


@pytest.fixture
def source(request, tmp_path: Path) -> str:
    """The demo Polsek Senen in its own SQLite file (as of 4 December 2024)."""
    path = tmp_path / "polsek.db"
    shutil.copyfile(request.getfixturevalue("_demo_template"), path)
    return str(path)


def export(source: str, out: Path, since: dt.date | None = None, user: str = "desk") -> Path:
    runtime.connect(source)
    try:
        return export_station(runtime.actor_for(user), out, since).path
    finally:
        runtime.close()


def do_import(target: str, path: Path, user: str = "desk"):
    runtime.connect(target)
    try:
        return import_station(runtime.actor_for(user), path)
    finally:
        runtime.close()


def fingerprint(target: str) -> dict[str, str]:
    """Every row of every table, hashed per table."""
    runtime.connect(target)
    try:
        out = {}
        for model in MODELS:
            rows = sorted(repr(r) for r in model.select().tuples())
            out[model._meta.table_name] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return out
    finally:
        runtime.close()


def edit_report(target: str, number: str, **values) -> None:
    runtime.connect(target)
    try:
        row = Report.get(Report.number == number)
        Report.update(
            **values, version=row.version + 1, updated_at=dt.datetime(2024, 12, 5, 9, 0)
        ).where(Report.id == row.id).execute()
    finally:
        runtime.close()


def test_export_import_twice_changes_nothing_the_second_time(
    source: str, db_target: str, tmp_path: Path
) -> None:
    runtime.connect(source)
    reports, plans, officers = (
        Report.select().count(),
        Plan.select().count(),
        Officer.select().count(),
    )
    runtime.close()
    path = export(source, tmp_path / "senen.sambang.gz")
    first = do_import(db_target, path)
    assert first.conflicts == [] and first.new["report"] == reports and first.new["plan"] == plans
    assert first.new["officer"] == officers and first.new["audit_event"] > 0
    before = fingerprint(db_target)
    second = do_import(db_target, path)
    assert second.conflicts == [] and not second.changed
    assert sum(second.same.values()) == sum(first.new.values()) + sum(first.same.values())
    assert fingerprint(db_target) == before


def test_rows_arrive_whole_with_their_keys(source: str, db_target: str, tmp_path: Path) -> None:
    runtime.connect(source)
    seed = Report.get(Report.number == SEED)
    want = (seed.narrative, seed.status, seed.created_by, seed.date, seed.rw.number)
    leads = [o.officer.nrp for o in seed.officer_links.order_by(ReportOfficer.position)]
    events = AuditEvent.select().count()
    informed = InformationReport.select().count()
    runtime.close()
    do_import(db_target, export(source, tmp_path / "senen.gz"))
    runtime.connect(db_target)
    senen = Station.get(Station.name == "Polsek Senen")
    got = Report.get((Report.number == SEED) & (Report.station == senen.id))
    assert (got.narrative, got.status, got.created_by, got.date, got.rw.number) == want
    assert [o.officer.nrp for o in got.officer_links.order_by(ReportOfficer.position)] == leads
    assert AuditEvent.select().where(AuditEvent.station == senen.id).count() >= events
    assert InformationReport.select().count() == informed
    assert senen.kapolsek.nrp == "75080412"
    linked = Plan.select().where((Plan.station == senen.id) & Plan.report.is_null(False)).count()
    assert linked > 100
    runtime.close()


def test_a_newer_version_is_carried_and_a_polres_change_never_overwritten(
    source: str, db_target: str, tmp_path: Path
) -> None:
    do_import(db_target, export(source, tmp_path / "1.gz"))
    edit_report(source, SEED, narrative="Diperbaiki di Polsek.")
    result = do_import(db_target, export(source, tmp_path / "2.gz", since=dt.date(2024, 12, 1)))
    assert result.updated["report"] == 1 and result.conflicts == []
    runtime.connect(db_target)
    assert Report.get(Report.number == SEED).narrative == "Diperbaiki di Polsek."
    runtime.close()
    edit_report(db_target, SEED, narrative="Dikoreksi di Polres.")
    edit_report(source, SEED, narrative="Diperbaiki lagi di Polsek.")
    path = export(source, tmp_path / "3.gz", since=dt.date(2024, 12, 1))
    before = fingerprint(db_target)
    for _ in range(2):
        result = do_import(db_target, path)
        assert [(c.kind, c.key) for c in result.conflicts] == [("report", "2024/208")]
        assert "sejak impor terakhir" in result.conflicts[0].reason
    runtime.connect(db_target)
    assert Report.get(Report.number == SEED).narrative == "Dikoreksi di Polres."
    runtime.close()
    after = fingerprint(db_target)
    assert {k for k in after if after[k] != before[k]} <= {"sync_ledger"}


def test_a_login_taken_here_is_left_out_and_said(
    source: str, db_target: str, tmp_path: Path
) -> None:
    runtime.connect(db_target)
    other = Station.create(name="Polsek Kemayoran")
    Officer.create(station=other, nrp="91020304", name="Budi", rank="Brigpol", role="desk",
                   os_user="kanit")  # fmt: skip
    runtime.close()
    path = export(source, tmp_path / "senen.gz")
    first = do_import(db_target, path)
    assert any("login 'kanit' sudah dipakai Budi" in n for n in first.notes)
    assert first.conflicts == []
    before = fingerprint(db_target)
    second = do_import(db_target, path)
    assert not second.changed and second.conflicts == [] and fingerprint(db_target) == before
    runtime.connect(db_target)
    assert Officer.get(Officer.nrp == "78110264").os_user is None
    runtime.close()


def test_missing_references_are_listed_and_leave_nothing_half(
    source: str, db_target: str, tmp_path: Path
) -> None:
    runtime.connect(source)
    old = Plan.select().where(Plan.report.is_null(False)).order_by(Plan.date).first()
    Plan.update(note="dipindah", updated_at=dt.datetime(2024, 12, 3, 8, 0)).where(
        Plan.id == old.id
    ).execute()  # changed lately; its report is of October, not in a file since December
    runtime.close()
    path = export(source, tmp_path / "recent.gz", since=dt.date(2024, 12, 2))
    result = do_import(db_target, path)
    missing = [c for c in result.conflicts if c.kind == "plan"]
    assert [c.key for c in missing] == [old.uid] and "belum ada" in missing[0].reason
    runtime.connect(db_target)
    assert not Plan.select().where(Plan.uid == old.uid).exists()
    assert not SyncLedger.select().where(SyncLedger.key == old.uid).exists()
    runtime.close()
    full = do_import(db_target, export(source, tmp_path / "all.gz"))
    assert full.conflicts == [] and full.new["plan"] >= 1  # the whole file brings it


def test_only_admins_export_and_import_and_a_bad_file_is_refused(
    source: str, db_target: str, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied):
        export(source, tmp_path / "x.gz", user="kanit")
    path = export(source, tmp_path / "ok.gz")
    assert path.stat().st_mode & 0o777 == 0o600
    runtime.connect(db_target)  # the Polres database has its admin: others may not import
    Officer.create(station=Station.select().first(), nrp="70000001", name="Admin Polres",
                   rank="AKP", role="other", os_user="admin.polres", is_admin=True)  # fmt: skip
    runtime.close()
    with pytest.raises(PermissionDenied):
        do_import(db_target, path, user="tamu.tanpa.admin")
    junk = tmp_path / "junk.gz"
    junk.write_text("bukan ekspor")
    with pytest.raises(ValidationError, match="bukan berkas ekspor"):
        do_import(db_target, junk, user="admin.polres")
    other = tmp_path / "other.gz"
    with gzip.open(other, "wt") as fh:
        fh.write('{"format": "lain"}\n')
    with pytest.raises(ValidationError, match="bukan berkas ekspor"):
        do_import(db_target, other, user="admin.polres")


def test_cli_export_then_import_lists_conflicts_with_exit_1(
    source: str, db_target: str, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "senen.sambang.gz"
    assert cli.main(["export", "station", str(out), "--db", source]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"Diekspor ke {out}: ") and " laporan, " in said
    assert cli.main(["import", "station", str(out), "--db", db_target]) == 0
    assert "baru 1 Polsek" in capsys.readouterr().out
    edit_report(db_target, SEED, narrative="Dikoreksi di Polres.")
    edit_report(source, SEED, narrative="Diperbaiki di Polsek.")
    assert cli.main(["export", "station", str(out), "--since", "01/12/2024", "--db", source]) == 0
    code = cli.main(["import", "station", str(out), "--db", db_target])
    captured = capsys.readouterr()
    assert code == 1
    assert "sambang: konflik: laporan 2024/208: diubah di basis data ini" in captured.err
    assert "konflik 1." in captured.out
