"""What the tests do as an OS user on the station server, run in a forked
child (``run_as``): open a session the way the app does, then call the
services, the CLI or peewee directly (a script written by that user)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from typing import Any


def session(url: str):  # noqa: ANN201
    """Connect as the app does and return the actor for this session."""
    from sambang_tui.services.admin import runtime

    runtime.connect(url)
    return runtime.actor_for()


def whoami(url: str) -> dict[str, Any]:
    from sambang_tui.db.models import database_proxy

    actor = session(url)
    login = database_proxy.execute_sql("SELECT session_user").fetchone()[0]
    return {
        "session_user": login,
        "os_user": actor.os_user,
        "officer_id": actor.officer_id,
        "station_id": actor.station_id,
        "is_admin": actor.is_admin,
        "can_review": actor.can_review,
    }


def cli(*argv: str) -> tuple[int, str, str]:
    """``sambang ARGV`` in this process; (exit code, stdout, stderr)."""
    from sambang_tui import cli as entry
    from sambang_tui.services.core import identity

    identity._warned = False  # a new process: it has said nothing yet (the fork's parent may have)
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = entry.main(list(argv))
    return code, out.getvalue(), err.getvalue()


def report_id(number: str) -> int:
    from sambang_tui.db.models import Report

    return Report.get(Report.number == number).id


def new_report(
    url: str, *, lead: str | None = None, submit: bool = False, kind: str = "SB"
) -> dict:
    """Create a report in Paseban through the services; ``lead`` names the
    login of the lead officer (default: Bhabin Paseban's)."""
    from sambang_tui.db.models import ActivityType, Kelurahan, Officer, Report
    from sambang_tui.services import reports

    actor = session(url)
    kel = Kelurahan.get(Kelurahan.name == "Paseban")
    template = (
        Report.select()
        .where((Report.kelurahan == kel.id) & Report.deleted_at.is_null())
        .order_by(Report.id)
        .first()
    )
    data = reports.load_input(template.id).data
    data.date = dt.date(2024, 12, 3)
    data.narrative = f"Laporan uji {dt.datetime.now().isoformat()}"
    data.plan_id = None
    data.new_problem = None
    data.problem_id = None
    data.information = None
    data.households = []
    type_id = ActivityType.get(ActivityType.code == kind).id
    data.type_ids = [type_id]
    if lead is not None:
        data.officer_ids = [Officer.get(Officer.os_user == lead).id]
    if kind == "DD":
        from sambang_tui.services.reports.input import InformationInput

        data.information = InformationInput(
            field="Ipoleksosbud",
            subject="Rencana pengerahan massa",
            source="Pak Rahasia",
            source_relation="Tetangga",
            how_obtained="Wawancara langsung",
            reliability="B",
            accuracy="2",
            facts="Ada ajakan berkumpul di depan KPU.",
            assessment="Perlu dipantau.",
        )
    saved = reports.create_report(actor, data, submit=submit)
    row = Report.get_by_id(saved.id)
    return {
        "id": row.id,
        "number": row.number,
        "version": row.version,
        "status": row.status,
        "created_by": row.created_by,
    }


def review(url: str, action: str, report: int, note: str = "") -> dict:
    """``submit``, ``verify`` or ``return`` through the services, as the
    session's own actor."""
    from sambang_tui.db.models import Report
    from sambang_tui.services import reports

    actor = session(url)
    version = Report.get_by_id(report).version
    if action == "submit":
        done = reports.submit(actor, report, version)
    elif action == "verify":
        done = reports.verify(actor, report, version, note)
    else:
        done = reports.return_report(actor, report, version, note)
    return {"status": done.status, "version": done.version}


def forged_review(
    url: str, report: int, as_login: str, action: str = "verify", note: str = ""
) -> dict:
    """The same step through the services with an actor forged to be the
    officer of ``as_login`` (as a script could build one): only the
    database is left to refuse."""
    from sambang_tui.db.models import Officer, Report
    from sambang_tui.services import reports
    from sambang_tui.services.core.actor import Actor

    session(url)
    officer = Officer.get(Officer.os_user == as_login)
    actor = Actor(
        os_user=as_login,
        station_id=officer.station_id,
        officer_id=officer.id,
        officer_name=officer.name,
        role=officer.role,
        is_admin=officer.is_admin,
    )
    version = Report.get_by_id(report).version
    step = reports.verify if action == "verify" else reports.return_report
    done = step(actor, report, version, note)
    return {"status": done.status}


def forged_admin(url: str, what: str) -> Any:
    """A master-data write through the services with a forged admin actor."""
    from sambang_tui.db.models import Kelurahan
    from sambang_tui.services.core.actor import Actor
    from sambang_tui.services.master import areas

    real = session(url)
    actor = Actor(
        os_user=real.os_user,
        station_id=real.station_id,
        officer_id=real.officer_id,
        role="desk",
        is_admin=True,
    )
    if what == "kelurahan":
        row = areas.create_kelurahan(actor, areas.KelurahanInput(name="Kelurahan Palsu"))
        return row.id
    kel = Kelurahan.get(Kelurahan.name == "Paseban")
    return areas.add_rw(actor, kel.id, 99).id


def edit_report(url: str, report: int, narrative: str) -> dict:
    from sambang_tui.db.models import Report
    from sambang_tui.services import reports

    actor = session(url)
    editable = reports.load_input(report)
    editable.data.narrative = narrative
    done = reports.update_report(actor, report, editable.version, editable.data)
    return {"status": done.status, "narrative": Report.get_by_id(report).narrative}


def detail_informant(url: str, report: int) -> dict:
    from sambang_tui.services import reports

    session(url)
    info = reports.get_detail(report).information
    return {"source": info.source, "relation": info.source_relation, "how": info.how_obtained}


def sql(url: str, statement: str, params: tuple = ()) -> list[tuple]:
    """One statement as this user through peewee (a script of their own)."""
    from sambang_tui.db.database import make_database

    db = make_database(url)
    db.connect()
    try:
        with db.atomic():
            cursor = db.execute_sql(statement, params)
            return [tuple(r) for r in cursor.fetchall()] if cursor.description else []
    finally:
        db.close()


def write_as_model(url: str, what: str) -> Any:
    """Audit rows and other forbidden writes through the models inside
    ``store.write``, as the app's own code path would carry them."""
    from sambang_tui.db.models import AuditEvent
    from sambang_tui.services.core import store

    session(url)
    if what == "delete_audit":
        return store.write(lambda: AuditEvent.delete().execute())
    if what == "forge_audit":
        return store.write(
            lambda: AuditEvent.create(
                at=dt.datetime(2024, 12, 1, 8, 0), os_user="kanit", action="update",
                table="report", row_id=1, old="{}", new='{"status": "diverifikasi"}',
            ).id
        )  # fmt: skip
    if what == "update_audit":
        return store.write(lambda: AuditEvent.update(os_user="kanit").execute())
    raise ValueError(what)


def set_officer_login(url: str, nrp: str, login: str | None, active: bool = True) -> dict:
    """An admin edits an officer's login (and active flag) in the services."""
    from sambang_tui.db.models import Officer
    from sambang_tui.services.master import officers

    actor = session(url)
    row = Officer.get(Officer.nrp == nrp)
    data = officers.get_officer(actor, row.id).to_input()
    data.os_user = login or ""
    data.active = active
    done = officers.update_officer(actor, row.id, row.version, data)
    return {"os_user": done.os_user, "active": done.active}


def stale_plan_move(url: str) -> dict:
    """Move an open plan, then try again with the version read before: the
    second is an edit conflict that names who saved in between."""
    import datetime as dt

    from sambang_tui.db.models import Plan
    from sambang_tui.services.core.errors import ConflictError
    from sambang_tui.services.schedule import plans

    actor = session(url)
    plan = (
        Plan.select()
        .where((Plan.status == "rencana") & (Plan.station == actor.station_id))
        .order_by(Plan.date.desc(), Plan.id)
        .first()
    )
    plans.move_plan(actor, plan.id, plan.version, plan.date + dt.timedelta(days=1))
    try:
        plans.move_plan(actor, plan.id, plan.version, plan.date + dt.timedelta(days=2))
    except ConflictError as exc:
        return {"by": exc.by, "by_login": exc.by_login, "message": exc.message}
    return {}


def may_edit(url: str, report: int) -> bool:
    """What the app tells this session before trying (``can_edit``)."""
    from sambang_tui.db.models import Report
    from sambang_tui.services.reports.access import can_edit

    actor = session(url)
    return can_edit(actor, Report.get_by_id(report))


def edit_officer(url: str, nrp: str, fields: dict[str, Any], forge: bool = False) -> dict:
    """An admin edits an officer's fields (role, os_user, active) in the
    services; ``forge``: with an actor whose login is not his own, so the
    app's own check does not see it is his row (only the database does)."""
    from sambang_tui.db.models import Officer
    from sambang_tui.services.core.actor import Actor
    from sambang_tui.services.master import officers

    actor = session(url)
    if forge:
        actor = Actor(
            os_user="someone-else",
            station_id=actor.station_id,
            officer_id=actor.officer_id,
            role=actor.role,
            is_admin=True,
        )
    row = Officer.get(Officer.nrp == nrp)
    data = officers.get_officer(actor, row.id).to_input()
    for name, value in fields.items():
        setattr(data, name, value)
    done = officers.update_officer(actor, row.id, row.version, data)
    return {"role": done.role, "os_user": done.os_user, "active": done.active}


def delete_officer(url: str, nrp: str) -> str:
    from sambang_tui.db.models import Officer
    from sambang_tui.services.master import officers

    actor = session(url)
    return officers.delete_officer(actor, Officer.get(Officer.nrp == nrp).id)
