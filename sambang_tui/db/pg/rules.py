"""What a Sambang station server on PostgreSQL enforces, as SQL.

One set of NOLOGIN roles per database, named from the database
(``sambang`` → ``sambang_owner``, ``sambang_desk`` …):

- ``_owner`` owns every table, view and function; nobody logs in as it.
- ``_rolemgr`` (CREATEROLE) owns only the functions that create, alter and
  drop login roles, and may grant nothing but the groups below.
- groups: ``_desk`` (desk officers and Bhabinkamtibmas with a login),
  ``_reviewer`` (Kanit Binmas, Kapolsek, Wakapolsek), ``_admin`` (master
  data), ``_readonly`` (reads one station), ``_polres`` (reads every station).

Identity is ``session_user``: with peer authentication it is the OS login,
and neither ``SET ROLE`` nor anything in the environment changes it.

Row-level security keeps every login inside its station (``me_station()``:
the station of its active officer, or of its reader entry); the ``_polres``
group reads all stations. Triggers check a report's way through review,
write the audit trail (who: ``session_user``, when: the server's clock) and
keep login roles in step with the officers' table. Refusals raise SQLSTATE
``SBxxx`` with an Indonesian message (mapped to ``PermissionDenied`` by the
services), or 42501 where a privilege is missing.

This module only builds text (the SQL functions it names: ``guards`` and
``logins``); ``apply`` runs it and reads the catalogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCHEMA = "sambang"

# --- roles -------------------------------------------------------------------

GROUP_KEYS = ("desk", "reviewer", "admin", "readonly", "polres")
PREFIX_MAX = 40


def role_prefix(database: str) -> str:
    """``sambang`` → ``sambang``; anything else folded to ``[a-z0-9_]``."""
    text = re.sub(r"[^a-z0-9_]+", "_", database.lower()).strip("_") or "sambang"
    if text[0].isdigit():
        text = "s" + text
    return text[:PREFIX_MAX]


@dataclass(frozen=True)
class Names:
    """The role names of one database."""

    database: str
    prefix: str

    @classmethod
    def for_database(cls, database: str) -> Names:
        return cls(database, role_prefix(database))

    def role(self, key: str) -> str:
        return f"{self.prefix}_{key}"

    @property
    def owner(self) -> str:
        return self.role("owner")

    @property
    def rolemgr(self) -> str:
        return self.role("rolemgr")

    @property
    def desk(self) -> str:
        return self.role("desk")

    @property
    def reviewer(self) -> str:
        return self.role("reviewer")

    @property
    def admin(self) -> str:
        return self.role("admin")

    @property
    def readonly(self) -> str:
        return self.role("readonly")

    @property
    def polres(self) -> str:
        return self.role("polres")

    @property
    def groups(self) -> tuple[str, ...]:
        return tuple(self.role(k) for k in GROUP_KEYS)

    @property
    def all_roles(self) -> tuple[str, ...]:
        return (self.owner, self.rolemgr, *self.groups)

    @property
    def writers(self) -> tuple[str, ...]:
        return (self.desk, self.reviewer, self.admin)


def ident(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def role_list(roles: tuple[str, ...] | list[str]) -> str:
    return ", ".join(ident(r) for r in roles)


# --- the tables and who may do what ----------------------------------------------

# Each table's row scope: how a row belongs to a station.
STATION_TABLES = (
    "officer",
    "kelurahan",
    "contact",
    "operation",
    "problem",
    "report",
    "plan",
    "inbox_item",
    "inbox_report",
    "inbox_photo",
    "absence",
)
PARENT: dict[str, tuple[str, str]] = {
    "rw": ("kelurahan", "kelurahan_id"),
    "rt": ("rw", "rw_id"),
    "assignment": ("officer", "officer_id"),
    "report_type": ("report", "report_id"),
    "report_officer": ("report", "report_id"),
    "report_audience": ("report", "report_id"),
    "report_contact": ("report", "report_id"),
    "attachment": ("report", "report_id"),
    "information_report": ("report", "report_id"),
    "household": ("report", "report_id"),
    "opinion": ("household", "household_id"),
}
GLOBAL_TABLES = ("activity_type", "setting")
# sync_ledger: what imports of a station's export wrote (the importer is a superuser)
SPECIAL_TABLES = ("station", "audit_event", "draft", "schema_migration", "sync_ledger")
KNOWN_TABLES = frozenset((*STATION_TABLES, *PARENT, *GLOBAL_TABLES, *SPECIAL_TABLES))

# master data: written by admins only
ADMIN_TABLES = (
    "officer",
    "kelurahan",
    "rw",
    "rt",
    "assignment",
    "contact",
    "activity_type",
    "operation",
    "absence",
)
# the desk's working queue of chat messages: every officer who writes
INBOX_TABLES = ("inbox_item", "inbox_report", "inbox_photo")
# a report and what hangs off it, and plans: written by every officer who writes
REPORT_CHILDREN = (
    "report_type",
    "report_officer",
    "report_audience",
    "report_contact",
    "attachment",
    "information_report",
    "household",
    "opinion",
)

# The informant's identity in a Laporan Informasi: only reviewers, admins and
# the reporting officers (``informant()``) read it.
INFORMANT_COLUMNS = ("source", "source_relation", "how_obtained")
# The values of an audit event: reviewers and admins only.
AUDIT_VALUE_COLUMNS = ("old", "new")

# Where the audit trigger finds a row's station (see ``audit_station``).
AUDIT_STATION: dict[str, str] = {
    **{t: "station_id" for t in STATION_TABLES},
    "station": "id",
    "rw": "kelurahan",
    "rt": "rw",
    "assignment": "officer",
    **{t: "report" for t in REPORT_CHILDREN if t != "opinion"},
    "opinion": "household",
    "activity_type": "none",
    "setting": "none",
}


@dataclass(frozen=True)
class Grants:
    """Table privileges per role; ``columns`` restricts SELECT to those
    columns for the roles in ``column_readers``."""

    select: tuple[str, ...] = ()
    insert: tuple[str, ...] = ()
    update: tuple[str, ...] = ()
    delete: tuple[str, ...] = ()
    column_readers: tuple[str, ...] = ()
    hidden_columns: tuple[str, ...] = ()


def table_grants(names: Names, table: str) -> Grants:
    n = names
    everyone = n.groups
    if table == "station":
        return Grants(select=everyone, update=(n.admin,))
    if table in ADMIN_TABLES:
        return Grants(select=everyone, insert=(n.admin,), update=(n.admin,), delete=(n.admin,))
    if table == "problem":
        return Grants(select=everyone, insert=n.writers, update=n.writers, delete=(n.admin,))
    if table == "report":
        return Grants(select=everyone, insert=n.writers, update=n.writers)
    if table in ("plan", *INBOX_TABLES) or table in REPORT_CHILDREN:
        grants = Grants(select=everyone, insert=n.writers, update=n.writers, delete=n.writers)
        if table == "information_report":
            return Grants(
                select=(n.reviewer, n.admin),
                insert=n.writers,
                update=n.writers,
                delete=n.writers,
                column_readers=(n.desk, n.readonly, n.polres),
                hidden_columns=INFORMANT_COLUMNS,
            )
        return grants
    if table == "audit_event":
        return Grants(
            select=(n.reviewer, n.admin),
            column_readers=(n.desk, n.readonly, n.polres),
            hidden_columns=AUDIT_VALUE_COLUMNS,
        )
    if table == "draft":
        return Grants(select=n.writers, insert=n.writers, update=n.writers, delete=n.writers)
    if table in ("setting", "schema_migration"):
        return Grants(select=everyone)
    return Grants()  # unknown: nobody but the owner


def row_scope(table: str) -> str | None:
    """The condition a row of ``table`` meets when it belongs to the
    session's station (parents are checked under their own policies)."""
    me = f"(SELECT {SCHEMA}.me_station())"
    if table in STATION_TABLES:
        return f"station_id = {me}"
    if table == "station":
        return f"id = {me}"
    if table in PARENT:
        parent, column = PARENT[table]
        return (
            f"EXISTS (SELECT 1 FROM public.{ident(parent)} p WHERE p.id = {ident(table)}.{column})"
        )
    if table in GLOBAL_TABLES:
        return "true"
    if table == "audit_event":
        return f"(station_id = {me} OR station_id IS NULL)"
    return None


@dataclass(frozen=True)
class Policy:
    table: str
    name: str
    command: str  # SELECT, INSERT, UPDATE, DELETE, ALL
    roles: tuple[str, ...]
    using: str | None
    check: str | None

    def sql(self) -> str:
        parts = [
            f"CREATE POLICY {ident(self.name)} ON public.{ident(self.table)}",
            f"FOR {self.command} TO {role_list(self.roles)}",
        ]
        if self.using is not None:
            parts.append(f"USING ({self.using})")
        if self.check is not None:
            parts.append(f"WITH CHECK ({self.check})")
        return " ".join(parts)


def table_policies(names: Names, table: str) -> list[Policy]:
    """Every policy of ``table``; a table with row security and no policy for
    a role shows that role nothing."""
    if table == "draft":
        own = "os_user = session_user"
        return [Policy(table, "sb_own_drafts", "ALL", names.writers, own, own)]
    scope = row_scope(table)
    if scope is None:
        return []
    grants = table_grants(names, table)
    readers = tuple(r for r in (*grants.select, *grants.column_readers) if r != names.polres)
    out = [Policy(table, "sb_read", "SELECT", readers, scope, None)]
    if names.polres in (*grants.select, *grants.column_readers):
        out.append(Policy(table, "sb_polres_read", "SELECT", (names.polres,), "true", None))
    if grants.insert:
        out.append(Policy(table, "sb_insert", "INSERT", grants.insert, None, scope))
    if grants.update:
        out.append(Policy(table, "sb_update", "UPDATE", grants.update, scope, scope))
    if grants.delete:
        out.append(Policy(table, "sb_delete", "DELETE", grants.delete, scope, None))
    return out


@dataclass(frozen=True)
class Trigger:
    table: str
    name: str
    sql: str


def table_triggers(table: str, schema: str = "public") -> list[Trigger]:
    q = f"{schema}.{ident(table)}"
    out: list[Trigger] = []
    if table == "report":
        out.append(
            Trigger(
                table,
                "sb_report_rules",
                f"CREATE TRIGGER sb_report_rules BEFORE INSERT OR UPDATE ON {q} "
                f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.report_rules()",
            )
        )
    if table == "officer":
        out.append(
            Trigger(
                table,
                "sb_officer_rules",
                f"CREATE TRIGGER sb_officer_rules BEFORE INSERT OR UPDATE OR DELETE ON {q} "
                f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.officer_rules()",
            )
        )
    if table in REPORT_CHILDREN:
        parent = "household" if table == "opinion" else "report"
        out.append(
            Trigger(
                table,
                "sb_child_rules",
                f"CREATE TRIGGER sb_child_rules BEFORE INSERT OR UPDATE OR DELETE ON {q} "
                f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.child_rules('{parent}')",
            )
        )
    if table in AUDIT_STATION:
        out.append(
            Trigger(
                table,
                "sb_audit",
                f"CREATE TRIGGER sb_audit AFTER INSERT OR UPDATE OR DELETE ON {q} "
                f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.audit('{AUDIT_STATION[table]}')",
            )
        )
    if table == "officer":
        out.append(
            Trigger(
                table,
                "sb_logins",
                f"CREATE TRIGGER sb_logins AFTER INSERT OR UPDATE OR DELETE ON {q} "
                f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.logins_changed('os_user')",
            )
        )
    return out


def internal_triggers() -> list[Trigger]:
    return [
        Trigger(
            "reader",
            "sb_logins",
            f"CREATE TRIGGER sb_logins AFTER INSERT OR UPDATE OR DELETE ON {SCHEMA}.reader "
            f"FOR EACH ROW EXECUTE FUNCTION {SCHEMA}.logins_changed('login')",
        )
    ]


# --- internal tables -------------------------------------------------------------

INTERNAL_TABLES = (
    f"CREATE TABLE IF NOT EXISTS {SCHEMA}.managed_role (name text PRIMARY KEY)",
    f"CREATE TABLE IF NOT EXISTS {SCHEMA}.reader ("
    "login text PRIMARY KEY, "
    "station_id integer REFERENCES public.station(id) ON DELETE CASCADE)",
)


def hba_line(database: str) -> str:
    """The ``pg_hba.conf`` line for peer authentication on the local socket."""
    return f"local   {database}   all   peer"
