"""The Polres view and the plan proposal on a station server (issue 18),
each as the OS user it is for: the ``polres`` login reads every Polsek side
by side and moves between them; a desk and a one-station reader see their
own Polsek only; a Bhabin's desk accepts a proposal under the server's rules;
absences are master data (admins)."""

from __future__ import annotations

import datetime as dt

from pgserver import acts

from sambang_tui.services.core.errors import PermissionDenied

DEMO_DAY = dt.date(2024, 12, 4)
NEXT = dt.date(2024, 12, 9)


def polres_view(url: str) -> dict:
    from sambang_tui.services.core import periods
    from sambang_tui.services.recap import polres

    actor = acts.session(url)
    week = periods.week(dt.date(2024, 11, 25))
    side = polres.recap(actor, week, DEMO_DAY)
    moved, station = polres.switch(actor, side.rows[1].station_id)
    return {
        "stations": [s.name for s in polres.stations()],
        "can_switch": polres.can_switch(actor),
        "rows": {r.station: (r.reports, r.rw_total, r.officers) for r in side.rows},
        "moved": (moved.station_id, station.name, moved.read_only),
    }


def one_station_view(url: str) -> dict:
    from sambang_tui.services.core import periods
    from sambang_tui.services.recap import polres

    actor = acts.session(url)
    out = {"stations": [s.name for s in polres.stations()], "can_switch": polres.can_switch(actor)}
    try:
        polres.recap(actor, periods.week(dt.date(2024, 11, 25)), DEMO_DAY)
        out["recap"] = "allowed"
    except PermissionDenied as exc:
        out["recap"] = str(exc)
    return out


def propose_and_accept(url: str) -> tuple[int, int, int]:
    from sambang_tui.services.schedule import proposal as plan_proposal

    actor = acts.session(url)
    proposal = plan_proposal.propose(actor, NEXT, DEMO_DAY)
    mine = proposal.plans[:3]
    created = plan_proposal.accept(actor, mine).created
    again = plan_proposal.accept(actor, mine)
    return len(created), again.skipped, len(proposal.plans)


def add_absence(url: str) -> int:
    from sambang_tui.db.models import Officer
    from sambang_tui.services.master import absences
    from sambang_tui.services.master.absences import AbsenceInput

    actor = acts.session(url)
    officer = Officer.select().where(Officer.role == "bhabinkamtibmas").first()
    row = absences.create_absence(actor, AbsenceInput(officer.id, "DL", NEXT, NEXT))
    absences.delete_absence(actor, row.id)
    return row.id


def test_polres_reads_every_station_side_by_side(station, as_user) -> None:
    seen = as_user("polres", polres_view, station.url)
    assert seen["stations"] == ["Polsek Kemayoran", "Polsek Senen"] and seen["can_switch"]
    reports, rw_total, officers = seen["rows"]["Polsek Senen"]
    assert reports > 0 and rw_total == 52 and officers >= 6
    assert seen["rows"]["Polsek Kemayoran"] == (0, 0, 0)
    assert seen["moved"][1] == "Polsek Senen" and seen["moved"][2]  # read-only there


def test_a_desk_and_a_station_reader_see_their_own_polsek_only(station, as_user) -> None:
    reader = as_user("reader", one_station_view, station.url)
    assert reader["stations"] == ["Polsek Senen"] and not reader["can_switch"]
    assert reader["recap"] == "allowed"  # of the one Polsek it reads
    desk = as_user("desk", one_station_view, station.url)
    assert desk["stations"] == ["Polsek Senen"] and not desk["can_switch"]
    assert "Polsek-nya sendiri" in desk["recap"]


def test_a_desk_accepts_a_proposal_under_the_servers_rules(station, as_user) -> None:
    before = station.scalar("SELECT count(*) FROM plan")
    created, skipped, proposed = as_user("desk", propose_and_accept, station.url)
    assert (created, skipped) == (3, 3) and proposed > 3
    assert int(station.scalar("SELECT count(*) FROM plan")) == int(before) + 3
    login = station.users["desk"]
    audited = station.scalar(
        f"SELECT count(*) FROM audit_event WHERE \"table\" = 'plan' AND os_user = '{login}' "
        "AND action = 'create'"
    )
    assert int(audited) >= 3
    station.psql(
        "postgres",
        f"DELETE FROM plan WHERE created_by = '{login}' AND note LIKE 'Usulan cakupan RW%'",
    )


def test_absences_are_kept_by_admins(station, as_user) -> None:
    assert as_user("admin", add_absence, station.url) > 0
    try:
        as_user("desk", add_absence, station.url)
    except Exception as exc:  # noqa: BLE001 - the child's refusal, re-raised here
        assert "PermissionDenied" in str(exc) or "admin" in str(exc)
    else:
        raise AssertionError("a desk officer recorded an absence")
    done = station.psql(
        "desk",
        'INSERT INTO absence (station_id, officer_id, kind, start, "end", note, version) '
        "SELECT station_id, id, 'cuti', '2024-12-09', '2024-12-10', '', 1 FROM officer LIMIT 1",
    )
    assert done.returncode != 0 and "permission denied" in done.stderr


def import_file(url: str, path: str) -> tuple[dict, int, bool]:
    from sambang_tui.services.transfer.load import import_station

    actor = acts.session(url)
    result = import_station(actor, path)
    return dict(result.new), len(result.conflicts), result.changed


def test_a_station_file_imported_twice_by_the_superuser_only(station, as_user, tmp_path) -> None:
    import importlib
    import sys
    from pathlib import Path

    from sambang_tui.services.admin import runtime
    from sambang_tui.services.transfer.export import export_station

    bench = Path(__file__).resolve().parents[2] / "benchmarks"
    if str(bench) not in sys.path:
        sys.path.insert(0, str(bench))
    source = str(tmp_path / "johar.db")
    importlib.import_module("generate_polres").generate(
        source, stations=1, reports=60, officers=8, kelurahan=2
    )
    runtime.connect(source)
    path = export_station(runtime.actor_for(), tmp_path / "gambir.sambang.gz").path
    runtime.close()
    path.chmod(0o644)
    tmp_path.chmod(0o755)
    try:
        as_user("admin", import_file, station.url, str(path))
    except Exception as exc:  # noqa: BLE001 - the child's refusal, re-raised here
        assert "superuser" in str(exc)
    else:
        raise AssertionError("a station admin imported a station into the Polres server")
    new, conflicts, changed = import_file(station.super_url, str(path))
    runtime.close()
    assert new["report"] == 60 and new["station"] == 1 and conflicts == 0 and changed
    events = station.scalar("SELECT count(*) FROM audit_event")
    new, conflicts, changed = import_file(station.super_url, str(path))
    runtime.close()
    assert (new, conflicts, changed) == ({}, 0, False)
    assert station.scalar("SELECT count(*) FROM audit_event") == events
    seen = station.psql("polres", "SELECT count(*) FROM report r JOIN station s "
                        "ON s.id = r.station_id WHERE s.name = 'Polsek Gambir'")  # fmt: skip
    assert seen.stdout.strip() == "60"
    mine = station.psql("desk", "SELECT count(*) FROM station WHERE name = 'Polsek Gambir'")
    assert mine.stdout.strip() == "0"
