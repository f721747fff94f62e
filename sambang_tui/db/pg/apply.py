"""Bring a PostgreSQL database to the state ``rules`` describes, and read
that state back from the catalogue.

``converge`` runs every statement inside the caller's transaction: roles,
ownership, privileges (everything not wanted is revoked first), row-level
security, policies, functions and triggers (dropped and created again).
``fingerprint`` reads the same things back as comparable text, so

- ``server init`` converges, compares the fingerprint before and after, and
  rolls back when nothing changed (a second run changes nothing at all);
- ``server init --check`` converges inside a transaction it always rolls
  back: whatever differs between before and after is drift.

All of it needs a PostgreSQL superuser.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from peewee import Database

from sambang_tui.db.pg import guards, logins, rules
from sambang_tui.db.pg.rules import SCHEMA, Names, ident, literal, role_list

ROLE_ATTRS = "NOSUPERUSER NOCREATEDB NOREPLICATION NOBYPASSRLS INHERIT NOLOGIN"


def _rows(db: Database, sql: str, params: Iterable[object] = ()) -> list[tuple[Any, ...]]:
    return list(db.execute_sql(sql, tuple(params)).fetchall())


def public_tables(db: Database) -> list[str]:
    return [
        r[0]
        for r in _rows(
            db,
            "SELECT c.relname FROM pg_catalog.pg_class c "
            "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') "
            "ORDER BY 1",
        )
    ]


def unknown_tables(db: Database) -> list[str]:
    return [t for t in public_tables(db) if t not in rules.KNOWN_TABLES]


def is_managed(db: Database) -> bool:
    """Whether ``server init`` prepared this database (its functions exist)."""
    row = db.execute_sql(f"SELECT to_regprocedure('{SCHEMA}.me_station()') IS NOT NULL").fetchone()
    return bool(row and row[0])


# --- converge ---------------------------------------------------------------------


def _roles(names: Names) -> list[str]:
    out = []
    for role in names.all_roles:
        out.append(
            "DO $do$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles "
            f"WHERE rolname = {literal(role)}) THEN CREATE ROLE {ident(role)} NOLOGIN; "
            "END IF; END $do$"
        )
        createrole = "CREATEROLE" if role == names.rolemgr else "NOCREATEROLE"
        out.append(f"ALTER ROLE {ident(role)} {ROLE_ATTRS} {createrole}")
    internal = "ARRAY[" + ", ".join(literal(r) for r in (names.owner, names.rolemgr)) + "]"
    ours = "ARRAY[" + ", ".join(literal(r) for r in names.all_roles) + "]"
    groups = "ARRAY[" + ", ".join(literal(r) for r in names.groups) + "]"
    # nobody is a member of the owner or the role manager; our roles are
    # members of nothing but the manager of the groups
    out.append(
        "DO $do$ DECLARE r record; BEGIN FOR r IN "
        "SELECT g.rolname AS g, m.rolname AS m FROM pg_catalog.pg_auth_members am "
        "JOIN pg_catalog.pg_roles g ON g.oid = am.roleid "
        "JOIN pg_catalog.pg_roles m ON m.oid = am.member "
        f"WHERE g.rolname = ANY({internal}) OR (m.rolname = ANY({ours}) AND NOT "
        f"(m.rolname = {literal(names.rolemgr)} AND g.rolname = ANY({groups}))) "
        "LOOP EXECUTE format('REVOKE %I FROM %I', r.g, r.m); END LOOP; END $do$"
    )
    out.append(
        f"COMMENT ON ROLE {ident(names.owner)} IS "
        + literal(f"Sambang: pemilik basis data {names.database}")
    )
    for group in names.groups:
        out.append(f"GRANT {ident(group)} TO {ident(names.rolemgr)} WITH ADMIN OPTION")
    return out


def _revoke_everything(db: Database, names: Names) -> list[str]:
    """REVOKE statements for every privilege anyone but an owner holds on the
    database, its two schemas and their relations and columns (our functions
    are dropped and created again anyway)."""
    out: list[str] = []

    def grantee(oid: int) -> str:
        return "PUBLIC" if oid == 0 else ident(_role_name(db, oid))

    dbname = ident(names.database)
    out.append(f"REVOKE ALL ON DATABASE {dbname} FROM PUBLIC")
    for (oid,) in _rows(
        db,
        "SELECT DISTINCT a.grantee FROM pg_catalog.pg_database d, aclexplode(d.datacl) a "
        "WHERE d.datname = current_database() AND a.grantee <> d.datdba",
    ):
        out.append(f"REVOKE ALL ON DATABASE {dbname} FROM {grantee(oid)}")
    for schema in ("public", SCHEMA):
        out.append(f"REVOKE ALL ON SCHEMA {schema} FROM PUBLIC")
        for (oid,) in _rows(
            db,
            "SELECT DISTINCT a.grantee FROM pg_catalog.pg_namespace n, aclexplode(n.nspacl) a "
            "WHERE n.nspname = %s AND a.grantee <> n.nspowner",
            (schema,),
        ):
            out.append(f"REVOKE ALL ON SCHEMA {schema} FROM {grantee(oid)}")
    relations = _rows(
        db,
        "SELECT n.nspname, c.relname, c.relkind, c.oid FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname IN ('public', %s) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')",
        (SCHEMA,),
    )
    for schema, name, kind, oid in relations:
        what = "SEQUENCE" if kind == "S" else "TABLE"
        target = f"{what} {schema}.{ident(name)}"
        out.append(f"REVOKE ALL ON {target} FROM PUBLIC")
        for (who,) in _rows(
            db,
            "SELECT DISTINCT a.grantee FROM pg_catalog.pg_class c, aclexplode(c.relacl) a "
            "WHERE c.oid = %s AND a.grantee <> c.relowner "
            "UNION SELECT DISTINCT a.grantee FROM pg_catalog.pg_attribute t, "
            "aclexplode(t.attacl) a WHERE t.attrelid = %s AND t.attacl IS NOT NULL",
            (oid, oid),
        ):
            out.append(f"REVOKE ALL ON {target} FROM {grantee(who)}")
    return out


def _role_name(db: Database, oid: int) -> str:
    row = db.execute_sql("SELECT pg_catalog.pg_get_userbyid(%s)", (oid,)).fetchone()
    return str(row[0])


def _drop_rules(db: Database) -> list[str]:
    """Drop every policy and user trigger on our tables, and every function
    in our schema, so what is created next is exactly what ``rules`` says."""
    out = []
    for schema, table, policy in _rows(
        db,
        "SELECT schemaname, tablename, policyname FROM pg_catalog.pg_policies "
        "WHERE schemaname IN ('public', %s) ORDER BY 1, 2, 3",
        (SCHEMA,),
    ):
        out.append(f"DROP POLICY {ident(policy)} ON {schema}.{ident(table)}")
    for schema, table, trigger in _rows(
        db,
        "SELECT n.nspname, c.relname, t.tgname FROM pg_catalog.pg_trigger t "
        "JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE NOT t.tgisinternal AND n.nspname IN ('public', %s) ORDER BY 1, 2, 3",
        (SCHEMA,),
    ):
        out.append(f"DROP TRIGGER {ident(trigger)} ON {schema}.{ident(table)}")
    for (signature,) in _rows(
        db,
        "SELECT p.oid::regprocedure::text FROM pg_catalog.pg_proc p "
        "WHERE p.pronamespace = to_regnamespace(%s) ORDER BY 1",
        (SCHEMA,),
    ):
        out.append(f"DROP FUNCTION {signature}")
    return out


def _sequence_of(db: Database, table: str) -> str | None:
    row = db.execute_sql(
        "SELECT pg_catalog.pg_get_serial_sequence(%s, 'id')", (f"public.{ident(table)}",)
    ).fetchone()
    return row[0] if row else None


def _columns(db: Database, table: str) -> list[str]:
    return [
        r[0]
        for r in _rows(
            db,
            "SELECT attname FROM pg_catalog.pg_attribute "
            "WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum",
            (f"public.{ident(table)}",),
        )
    ]


def _grants(db: Database, names: Names, table: str) -> list[str]:
    g = rules.table_grants(names, table)
    q = f"public.{ident(table)}"
    out = []
    for privilege, roles in (
        ("SELECT", g.select),
        ("INSERT", g.insert),
        ("UPDATE", g.update),
        ("DELETE", g.delete),
    ):
        if roles:
            out.append(f"GRANT {privilege} ON {q} TO {role_list(roles)}")
    if g.column_readers:
        shown = [c for c in _columns(db, table) if c not in g.hidden_columns]
        cols = ", ".join(ident(c) for c in shown)
        out.append(f"GRANT SELECT ({cols}) ON {q} TO {role_list(g.column_readers)}")
    if g.insert:
        sequence = _sequence_of(db, table)
        if sequence:
            out.append(f"GRANT USAGE ON SEQUENCE {sequence} TO {role_list(g.insert)}")
    return out


def converge(db: Database, names: Names) -> None:
    """Apply everything ``rules`` describes to the connected database, in
    the current transaction. The schema's tables must exist (migrations)."""
    tables = public_tables(db)
    statements: list[str] = [*_roles(names)]
    statements.append(f"ALTER DATABASE {ident(names.database)} OWNER TO {ident(names.owner)}")
    statements.append(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA} AUTHORIZATION {ident(names.owner)}")
    statements.append(f"ALTER SCHEMA {SCHEMA} OWNER TO {ident(names.owner)}")
    statements.extend(rules.INTERNAL_TABLES)
    for table in tables:
        statements.append(f"ALTER TABLE public.{ident(table)} OWNER TO {ident(names.owner)}")
    for table in ("managed_role", "reader"):
        statements.append(f"ALTER TABLE {SCHEMA}.{table} OWNER TO {ident(names.owner)}")
    _run(db, statements)

    _run(db, _drop_rules(db))
    _run(db, _revoke_everything(db, names))

    statements = [
        f"GRANT CONNECT ON DATABASE {ident(names.database)} TO {role_list(names.groups)}",
        f"GRANT USAGE ON SCHEMA public TO {role_list((*names.groups, names.rolemgr))}",
        f"GRANT USAGE ON SCHEMA {SCHEMA} TO {role_list((*names.groups, names.rolemgr))}",
        f"GRANT SELECT, INSERT, DELETE ON {SCHEMA}.managed_role TO {ident(names.rolemgr)}",
    ]
    owners = {"owner": names.owner, "rolemgr": names.rolemgr}
    # identity, review and audit first: the login functions call them
    for fn in (*guards.functions(names), *logins.functions(names)):
        statements.append(fn.sql)
        statements.append(f"ALTER FUNCTION {fn.signature} OWNER TO {ident(owners[fn.owner])}")
        statements.append(f"REVOKE ALL ON FUNCTION {fn.signature} FROM PUBLIC")
        if fn.execute:
            statements.append(
                f"GRANT EXECUTE ON FUNCTION {fn.signature} TO {role_list(fn.execute)}"
            )
    for table in tables:
        statements.extend(_grants(db, names, table))
        if table != "schema_migration":
            statements.append(f"ALTER TABLE public.{ident(table)} ENABLE ROW LEVEL SECURITY")
            statements.append(f"ALTER TABLE public.{ident(table)} NO FORCE ROW LEVEL SECURITY")
        for policy in rules.table_policies(names, table):
            statements.append(policy.sql())
        for trigger in rules.table_triggers(table):
            statements.append(trigger.sql)
    for trigger in rules.internal_triggers():
        statements.append(trigger.sql)
    _run(db, statements)


def _run(db: Database, statements: Iterable[str]) -> None:
    for sql in statements:
        db.execute_sql(sql.replace("%", "%%"))  # no parameters: a % is a %


# --- reading the state back -------------------------------------------------------


@dataclass(frozen=True)
class Item:
    """One fact of the catalogue: ``kind`` and ``name`` say what it is about."""

    kind: str
    name: str


_ACL = "ARRAY(SELECT split_part(x::text, '/', 1) FROM unnest({col}) x ORDER BY 1)::text"

FINGERPRINT_QUERIES: tuple[tuple[str, str], ...] = (
    (
        "peran",
        "SELECT rolname, concat_ws(' ', CASE WHEN rolsuper THEN 'SUPERUSER' END, "
        "CASE WHEN rolcanlogin THEN 'LOGIN' END, CASE WHEN rolcreaterole THEN 'CREATEROLE' END, "
        "CASE WHEN rolcreatedb THEN 'CREATEDB' END, CASE WHEN rolreplication THEN 'REPLICATION' END, "
        "CASE WHEN rolbypassrls THEN 'BYPASSRLS' END, CASE WHEN NOT rolinherit THEN 'NOINHERIT' END) "
        "FROM pg_catalog.pg_roles WHERE rolname = ANY(%(roles)s)",
    ),
    (
        "keanggotaan",
        "SELECT g.rolname || ' ⊃ ' || m.rolname, CASE WHEN am.admin_option THEN 'ADMIN' END "
        "FROM pg_catalog.pg_auth_members am JOIN pg_catalog.pg_roles g ON g.oid = am.roleid "
        "JOIN pg_catalog.pg_roles m ON m.oid = am.member "
        "WHERE m.rolname = ANY(%(roles)s) OR g.rolname = ANY(%(internal)s)",
    ),
    (
        "basis data",
        "SELECT datname, 'pemilik ' || pg_catalog.pg_get_userbyid(datdba) || ' hak ' || "
        + _ACL.format(col="datacl")
        + " FROM pg_catalog.pg_database WHERE datname = current_database()",
    ),
    (
        "skema",
        "SELECT nspname, 'pemilik ' || pg_catalog.pg_get_userbyid(nspowner) || ' hak ' || "
        + _ACL.format(col="nspacl")
        + " FROM pg_catalog.pg_namespace WHERE nspname IN ('public', %(schema)s)",
    ),
    (
        "tabel",
        "SELECT n.nspname || '.' || c.relname, c.relkind::text || ' pemilik ' || "
        "pg_catalog.pg_get_userbyid(c.relowner) || "
        "CASE WHEN c.relrowsecurity THEN ' RLS' ELSE '' END || "
        "CASE WHEN c.relforcerowsecurity THEN ' FORCE' ELSE '' END || ' hak ' || "
        + _ACL.format(col="c.relacl")
        + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname IN ('public', %(schema)s) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')",
    ),
    (
        "kolom",
        "SELECT n.nspname || '.' || c.relname || '.' || a.attname, "
        + _ACL.format(col="a.attacl")
        + " FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname IN ('public', %(schema)s) AND a.attacl IS NOT NULL AND a.attnum > 0",
    ),
    (
        "kebijakan",
        "SELECT schemaname || '.' || tablename || ' ' || policyname, "
        "cmd || ' ' || permissive || ' ' || ARRAY(SELECT unnest(roles) ORDER BY 1)::text || "
        "' USING ' || COALESCE(qual, '-') || ' CHECK ' || COALESCE(with_check, '-') "
        "FROM pg_catalog.pg_policies WHERE schemaname IN ('public', %(schema)s)",
    ),
    (
        "pemicu",
        "SELECT n.nspname || '.' || c.relname || ' ' || t.tgname, "
        "pg_catalog.pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text "
        "FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE NOT t.tgisinternal AND n.nspname IN ('public', %(schema)s)",
    ),
    (
        "fungsi",
        "SELECT p.oid::regprocedure::text, md5(pg_catalog.pg_get_functiondef(p.oid)) || "
        "' pemilik ' || pg_catalog.pg_get_userbyid(p.proowner) || ' hak ' || "
        + _ACL.format(col="p.proacl")
        + " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname IN ('public', %(schema)s)",
    ),
)


def fingerprint(db: Database, names: Names) -> dict[Item, str]:
    params = {
        "roles": list(names.all_roles),
        "internal": [names.owner, names.rolemgr],
        "schema": SCHEMA,
    }
    out: dict[Item, str] = {}
    for kind, sql in FINGERPRINT_QUERIES:
        for name, value in db.execute_sql(sql, params).fetchall():
            out[Item(kind, name)] = value or ""
    return out


@dataclass(frozen=True)
class Drift:
    item: Item
    now: str | None  # None: missing
    wanted: str | None  # None: should not be there

    def describe(self) -> str:
        what = f"{self.item.kind} {self.item.name}"
        if self.now is None:
            return f"{what}: tidak ada (seharusnya: {self.wanted})"
        if self.wanted is None:
            return f"{what}: berlebih, tidak dibuat oleh Sambang ({self.now})"
        wider = _wider(self.now, self.wanted)
        if wider:
            return f"{what}: hak terlalu luas ({', '.join(wider)}); seharusnya {self.wanted}"
        return f"{what}: berbeda (sekarang {self.now}; seharusnya {self.wanted})"


def _acl_entries(text: str) -> set[str]:
    if " hak " in text:
        text = text.rsplit(" hak ", 1)[1]
    text = text.strip().strip("{}")
    return {e.strip('"') for e in text.split(",") if e.strip()}


def _wider(now: str, wanted: str) -> list[str]:
    """Privileges held now that the wanted state does not give, as
    ``grantee=letters``; empty when nothing is wider."""
    have = _by_grantee(_acl_entries(now))
    want = _by_grantee(_acl_entries(wanted))
    out = []
    for who, letters in sorted(have.items()):
        extra = "".join(sorted(set(letters) - set(want.get(who, ""))))
        if extra:
            out.append(f"{who or 'PUBLIC'}={extra}")
    return out


def _by_grantee(entries: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for entry in entries:
        if "=" in entry:
            who, letters = entry.rsplit("=", 1)
            out[who] = out.get(who, "") + letters
    return out


def diff(before: dict[Item, str], after: dict[Item, str]) -> list[Drift]:
    """What differs between the catalogue as found (``before``) and as the
    rules want it (``after``)."""
    out = []
    for item in sorted(set(before) | set(after), key=lambda i: (i.kind, i.name)):
        now, wanted = before.get(item), after.get(item)
        if now != wanted:
            out.append(Drift(item, now, wanted))
    return out


# --- logins --------------------------------------------------------------------------


@dataclass(frozen=True)
class LoginState:
    login: str
    wanted: tuple[str, ...]
    actual: tuple[str, ...]
    exists: bool

    @property
    def ok(self) -> bool:
        return self.wanted == self.actual and (self.exists or not self.wanted)


def login_states(db: Database, names: Names) -> list[LoginState]:
    rows = _rows(
        db,
        f"SELECT k, {SCHEMA}.login_groups(k), "
        "ARRAY(SELECT g.rolname::text FROM pg_catalog.pg_auth_members am "
        "JOIN pg_catalog.pg_roles g ON g.oid = am.roleid "
        "JOIN pg_catalog.pg_roles m ON m.oid = am.member "
        "WHERE m.rolname = k AND g.rolname = ANY(%s) ORDER BY 1), "
        "EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = k) "
        f"FROM {SCHEMA}.known_logins() k",
        (list(names.groups),),
    )
    return [LoginState(k, tuple(w or ()), tuple(a or ()), bool(e)) for k, w, a, e in rows]


# --- schema upgrades on a station server -----------------------------------------------


def migrate_as_owner(
    db: Database, names: Names, migrate: Callable[[Database], list[str]]
) -> list[str]:
    """Run the program's migrations so that what they create belongs to the
    owner role: hand the existing tables to it, then migrate as it. Call in
    a transaction (the role switch is local to it)."""
    _run(db, _roles(names))
    _run(db, [f"ALTER DATABASE {ident(names.database)} OWNER TO {ident(names.owner)}"])
    _run(
        db,
        [f"ALTER TABLE public.{ident(t)} OWNER TO {ident(names.owner)}" for t in public_tables(db)],
    )
    db.execute_sql(f"SET LOCAL ROLE {ident(names.owner)}")
    try:
        return migrate(db)
    finally:
        db.execute_sql("RESET ROLE")


def upgrade(db: Database, migrate: Callable[[Database], list[str]]) -> list[str]:
    """Bring a station server's schema up to this program (superuser): the
    migrations as the owner, then the rules again for what they added."""
    names = names_of(db)
    with db.atomic():
        applied = migrate_as_owner(db, names, migrate)
        converge(db, names)
    db.execute_sql(f"SELECT {SCHEMA}.sync_all()")
    return applied


def names_of(db: Database) -> Names:
    row = db.execute_sql("SELECT current_database()").fetchone()
    return Names.for_database(row[0])
