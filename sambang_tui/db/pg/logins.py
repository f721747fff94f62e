"""The station server's SQL functions that keep PostgreSQL login roles in
step with the officers' table and the readers (``login_groups``,
``known_logins``, ``sync_login``, ``sync_all``, the ``logins_changed``
trigger, ``set_reader``, ``remove_reader``); the ``_rolemgr`` role owns those
that create, alter or drop roles. Only builds text; ``apply`` runs it."""

from __future__ import annotations

from sambang_tui.db.pg.plpgsql import SAFE_PATH, Function, is_member, raise_sql
from sambang_tui.db.pg.rules import SCHEMA, Names, literal
from sambang_tui.db.vocab import REVIEWER_ROLES


def functions(names: Names) -> list[Function]:
    n = names
    s = SCHEMA
    reviewer_roles = ", ".join(literal(r) for r in sorted(REVIEWER_ROLES))
    groups_array = "ARRAY[" + ", ".join(literal(g) for g in n.groups) + "]"
    ours_array = "ARRAY[" + ", ".join(literal(r) for r in n.all_roles) + "]"
    is_admin = is_member(n.admin)
    return [
        Function(
            f"{s}.login_groups(text)",
            "owner",
            (n.rolemgr,),
            f"""CREATE FUNCTION {s}.login_groups(p_login text) RETURNS text[]
LANGUAGE sql VOLATILE SECURITY DEFINER {SAFE_PATH} AS $fn$
  -- the groups a login belongs in, from the master data
  SELECT ARRAY(SELECT DISTINCT g FROM (
      SELECT CASE WHEN o.role IN ({reviewer_roles}) THEN {literal(n.reviewer)}
                  ELSE {literal(n.desk)} END AS g
        FROM public.officer o WHERE o.os_user = p_login AND o.active
      UNION ALL
      SELECT {literal(n.admin)} FROM public.officer o
       WHERE o.os_user = p_login AND o.active AND o.is_admin
      UNION ALL
      SELECT CASE WHEN r.station_id IS NULL THEN {literal(n.polres)}
                  ELSE {literal(n.readonly)} END
        FROM {s}.reader r WHERE r.login = p_login) x
    ORDER BY g)
$fn$""",
        ),
        Function(
            f"{s}.known_logins()",
            "owner",
            (n.rolemgr,),
            f"""CREATE FUNCTION {s}.known_logins() RETURNS SETOF text
LANGUAGE sql VOLATILE SECURITY DEFINER {SAFE_PATH} AS $fn$
  SELECT o.os_user::text FROM public.officer o WHERE COALESCE(o.os_user, '') <> ''
  UNION SELECT r.login FROM {s}.reader r
  UNION SELECT m.rolname::text FROM pg_catalog.pg_auth_members am
          JOIN pg_catalog.pg_roles g ON g.oid = am.roleid
          JOIN pg_catalog.pg_roles m ON m.oid = am.member
         WHERE g.rolname = ANY({groups_array}) AND m.rolname <> {literal(n.rolemgr)}
  ORDER BY 1
$fn$""",
        ),
        Function(
            f"{s}.sync_login(text)",
            "rolemgr",
            (),
            f"""CREATE FUNCTION {s}.sync_login(p_login text) RETURNS text[]
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
-- Make one login's roles match the master data: only ever creates, alters or
-- drops plain login roles, and grants or revokes only this database's groups.
DECLARE
  wanted text[];
  grp text;
  r record;
  member boolean;
  done text[] := ARRAY[]::text[];
BEGIN
  IF COALESCE(p_login, '') = '' THEN
    RETURN done;
  END IF;
  wanted := {s}.login_groups(p_login);
  SELECT * INTO r FROM pg_catalog.pg_roles WHERE rolname = p_login;
  IF FOUND AND (r.rolsuper OR r.rolcreaterole OR r.rolcreatedb OR r.rolreplication
                OR r.rolbypassrls OR NOT r.rolcanlogin OR p_login LIKE 'pg\\_%'
                OR p_login = ANY({ours_array})) THEN
    IF cardinality(wanted) > 0 THEN
      {raise_sql("SB201", "format('Login %s adalah peran khusus PostgreSQL (superuser, grup, atau berhak membuat peran/basis data); tidak dapat dipakai sebagai login personel.', p_login)")}
    END IF;
    RETURN done;
  END IF;
  IF NOT FOUND THEN
    IF cardinality(wanted) = 0 THEN
      RETURN done;
    END IF;
    IF octet_length(p_login) > 63 OR p_login LIKE 'pg\\_%' THEN
      {raise_sql("SB202", "format('Login %s tidak dapat menjadi nama peran PostgreSQL (paling panjang 63 bita, tidak diawali pg_).', p_login)")}
    END IF;
    EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    INSERT INTO {s}.managed_role (name) VALUES (p_login) ON CONFLICT DO NOTHING;
    done := done || format('login %s dibuat', p_login);
  END IF;
  FOREACH grp IN ARRAY {groups_array} LOOP
    member := EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members am
                        JOIN pg_catalog.pg_roles g ON g.oid = am.roleid
                        JOIN pg_catalog.pg_roles m ON m.oid = am.member
                       WHERE g.rolname = grp AND m.rolname = p_login);
    IF grp = ANY(wanted) AND NOT member THEN
      EXECUTE format('GRANT %I TO %I', grp, p_login);
      done := done || format('%s masuk %s', p_login, grp);
    ELSIF member AND NOT grp = ANY(wanted) THEN
      EXECUTE format('REVOKE %I FROM %I', grp, p_login);
      done := done || format('%s keluar dari %s', p_login, grp);
    END IF;
  END LOOP;
  IF cardinality(wanted) = 0
     AND EXISTS (SELECT 1 FROM {s}.managed_role WHERE name = p_login)
     AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_auth_members am
                       JOIN pg_catalog.pg_roles m ON m.oid = am.member
                      WHERE m.rolname = p_login) THEN
    BEGIN
      EXECUTE format('DROP ROLE %I', p_login);
      DELETE FROM {s}.managed_role WHERE name = p_login;
      done := done || format('login %s dihapus', p_login);
    EXCEPTION WHEN dependent_objects_still_exist OR object_in_use THEN
      NULL;  -- still used elsewhere in the cluster: it keeps no group here
    END;
  END IF;
  RETURN done;
END
$fn$""",
        ),
        Function(
            f"{s}.sync_all()",
            "rolemgr",
            n.groups,
            f"""CREATE FUNCTION {s}.sync_all() RETURNS text[]
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
DECLARE
  l text;
  done text[] := ARRAY[]::text[];
BEGIN
  IF NOT ({s}.is_superuser() OR {is_admin}) THEN
    {raise_sql("SB203", "'Hanya admin Polsek atau superuser PostgreSQL yang dapat menyelaraskan login.'")}
  END IF;
  FOR l IN SELECT k FROM {s}.known_logins() k LOOP
    done := done || {s}.sync_login(l);
  END LOOP;
  RETURN done;
END
$fn$""",
        ),
        Function(
            f"{s}.logins_changed()",
            "rolemgr",
            (),
            f"""CREATE FUNCTION {s}.logins_changed() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM {s}.sync_login(to_jsonb(OLD) ->> TG_ARGV[0]);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM {s}.sync_login(to_jsonb(NEW) ->> TG_ARGV[0]);
  END IF;
  RETURN NULL;
END
$fn$""",
        ),
        Function(
            f"{s}.set_reader(text, integer)",
            "owner",
            n.groups,
            f"""CREATE FUNCTION {s}.set_reader(p_login text, p_station integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
-- a login that reads one station (p_station) or, superuser only, all (NULL)
BEGIN
  IF p_station IS NULL AND NOT {s}.is_superuser() THEN
    {raise_sql("SB204", "'Hanya superuser PostgreSQL yang dapat memberi peran polres (membaca semua Polsek).'")}
  END IF;
  IF NOT {s}.is_superuser() AND NOT ({is_admin} AND p_station = {s}.me_station()) THEN
    {raise_sql("SB203", "'Hanya admin Polsek ini atau superuser PostgreSQL yang dapat mengatur login pembaca.'")}
  END IF;
  INSERT INTO {s}.reader (login, station_id) VALUES (p_login, p_station)
  ON CONFLICT (login) DO UPDATE SET station_id = EXCLUDED.station_id;
END
$fn$""",
        ),
        Function(
            f"{s}.remove_reader(text)",
            "owner",
            n.groups,
            f"""CREATE FUNCTION {s}.remove_reader(p_login text) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
DECLARE
  st integer;
BEGIN
  SELECT r.station_id INTO st FROM {s}.reader r WHERE r.login = p_login;
  IF NOT FOUND THEN
    RETURN false;
  END IF;
  IF NOT {s}.is_superuser() AND NOT ({is_admin} AND st IS NOT DISTINCT FROM {s}.me_station()) THEN
    {raise_sql("SB203", "'Hanya admin Polsek ini atau superuser PostgreSQL yang dapat mengatur login pembaca.'")}
  END IF;
  DELETE FROM {s}.reader WHERE login = p_login;
  RETURN true;
END
$fn$""",
        ),
    ]
