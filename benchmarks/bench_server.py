"""What the station server's enforcement costs a desk: saving a report on a
database prepared by ``sambang server init`` (row-level security, the review
and child-row triggers, the audit trail written by triggers, as a desk
officer's own login) against the same save on a plain PostgreSQL database
(no rules; the app writes its one audit row), both with the demo station.

    python benchmarks/bench_server.py --pg postgresql://postgres@127.0.0.1:54329/postgres

``--pg`` names a superuser on a server that lets the benchmark's roles
connect over TCP without a password (trust, as the CI's throw-away server);
two databases and a login role are created and dropped again. Saves alternate
between the two, so both sides see the same machine load; medians are
printed with their ratio (goal ≤ 1.5×).
"""

from __future__ import annotations

import argparse
import datetime as dt
import secrets
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

from peewee import Database, PostgresqlDatabase  # noqa: E402
from playhouse.db_url import parse as parse_url  # noqa: E402

GOAL = 1.5
DEMO_DAY = dt.date(2024, 12, 4)
DESK_LOGIN = "bhabin.paseban"


def with_database(url: str, name: str, user: str | None = None) -> str:
    """``url`` pointing at database ``name`` (and, given, as ``user``)."""
    scheme, rest = url.split("://", 1)
    creds_host, _, tail = rest.partition("/")
    query = ("?" + tail.split("?", 1)[1]) if "?" in tail else ""
    if user is not None:
        creds_host = f"{user}@{creds_host.rsplit('@', 1)[-1]}"
    return f"{scheme}://{creds_host}/{name}{query}"


def prepare_plain(url: str) -> None:
    """A plain database (``sambang migrate``) holding the demo station."""
    from sambang_tui.demo import build_demo
    from sambang_tui.services.admin import runtime

    params = dict(parse_url(url))
    name = params.pop("database")
    admin = PostgresqlDatabase("postgres", **params)
    admin.connect()
    admin.execute_sql(f'CREATE DATABASE "{name}"')
    admin.close()
    build_demo(url, today=DEMO_DAY, os_user="")
    runtime.close()


def prepare_server(url: str, login: str) -> None:
    """A station server holding the demo station; the Bhabin of Paseban's
    login becomes ``login``."""
    from sambang_tui.demo import build_demo
    from sambang_tui.services.admin import runtime, server

    server.init_server(url)
    build_demo(url, today=DEMO_DAY, os_user="")
    db = runtime.connect(url)
    with db.atomic():
        db.execute_sql("UPDATE officer SET os_user = %s WHERE os_user = %s", (login, DESK_LOGIN))
    runtime.close()


@dataclass
class Side:
    """One database, connected, with a desk's actor and a report form."""

    db: Database
    actor: object
    data: object

    @classmethod
    def open(cls, url: str, login: str | None = None) -> Side:
        """Connect to ``url`` as the app does; the desk officer is ``login``
        (default: the demo's Bhabin of Paseban)."""
        from sambang_tui.db.models import ActivityType, Kelurahan, Officer, Report
        from sambang_tui.services import reports
        from sambang_tui.services.admin import runtime

        db = runtime.connect(url)
        desk = Officer.get(Officer.os_user == (login or DESK_LOGIN))
        actor = runtime.actor_for(os_user=desk.os_user)
        kel = Kelurahan.get(Kelurahan.name == "Paseban")
        template = Report.select().where(Report.kelurahan == kel.id).order_by(Report.id).first()
        data = reports.load_input(template.id).data
        data.plan_id = data.problem_id = None
        data.new_problem = data.information = None
        data.households = []
        data.type_ids = [ActivityType.get(ActivityType.code == c).id for c in ("SB", "CS")]
        data.officer_ids = [desk.id, *[o for o in data.officer_ids if o != desk.id][:1]]
        return cls(db, actor, data)

    def save(self, i: int) -> float:
        """Seconds for one report save (save and submit, two officers, two
        types, audience, a contact) on this side."""
        from sambang_tui.db.database import bind
        from sambang_tui.services import reports

        bind(self.db)
        self.data.narrative = f"Sambang dan cooling system, pengukuran {i}."
        start = time.perf_counter()
        reports.create_report(self.actor, self.data, submit=True)
        return time.perf_counter() - start


def time_saves(url: str, saves: int, login: str | None = None) -> list[float]:
    """Seconds for each of ``saves`` saves on one database."""
    side = Side.open(url, login)
    try:
        return [side.save(i) for i in range(saves)]
    finally:
        side.db.close()


def alternate(plain: Side, enforced: Side, saves: int) -> tuple[list[float], list[float]]:
    """Save on one side then the other, ``saves`` times: both see the same
    machine load at the same moment."""
    a, b = [], []
    for i in range(saves):
        a.append(plain.save(i))
        b.append(enforced.save(i))
    return a, b


def compare(plain: list[float], enforced: list[float]) -> list[str]:
    a, b = statistics.median(plain), statistics.median(enforced)
    ratio = b / a
    return [
        f"save a report, plain PostgreSQL:        {a * 1000:7.1f} ms (median of {len(plain)})",
        f"save a report, station server (desk):   {b * 1000:7.1f} ms (median of {len(enforced)})",
        f"ratio: {ratio:.2f}×  goal ≤ {GOAL}×  met: {'yes' if ratio <= GOAL else 'no'}",
    ]


def cleanup(url: str, names: list[str], login: str) -> None:
    from sambang_tui.db.pg.rules import Names

    params = dict(parse_url(url))
    params.pop("database")
    admin = PostgresqlDatabase("postgres", **params)
    admin.connect()
    for name in names:
        admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    roles = [login, *Names.for_database(names[-1]).all_roles]
    demo_logins = [
        r[0]
        for r in admin.execute_sql(
            "SELECT rolname FROM pg_roles WHERE rolname IN ('desk', 'kanit', 'kapolsek', "
            "'wakapolsek') OR rolname LIKE 'bhabin.%%'"
        ).fetchall()
    ]
    for role in [*demo_logins, *roles]:
        admin.execute_sql(f'DROP ROLE IF EXISTS "{role}"')
    admin.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", required=True, help="superuser URL (TCP, trust for new roles)")
    parser.add_argument("--saves", type=int, default=60, help="saves per side")
    args = parser.parse_args(argv)
    tag = secrets.token_hex(3)
    plain_name, server_name, login = f"bench_plain_{tag}", f"bench_srv_{tag}", f"benchdesk_{tag}"
    plain_url = with_database(args.pg, plain_name)
    server_url = with_database(args.pg, server_name)
    desk_url = with_database(args.pg, server_name, login)
    try:
        prepare_plain(plain_url)
        prepare_server(server_url, login)
        a, b = Side.open(plain_url), Side.open(desk_url, login)
        alternate(a, b, 3)  # warm up
        plain, enforced = alternate(a, b, args.saves)
        a.db.close()
        b.db.close()
        for line in compare(plain, enforced):
            print(line)
    finally:
        cleanup(args.pg, [plain_name, server_name], login)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
