"""The station server's SQL functions of identity, review and audit: who is
asking (``is_superuser``, ``me_station``, ``me_officer``, ``mine``), who may
read a Laporan Informasi's informant, the audit trail's trigger, and the
triggers that hold a report (and the rows that belong to it) to its way
through review. Only builds text; ``apply`` runs it."""

from __future__ import annotations

from sambang_tui.db.pg.plpgsql import SAFE_PATH, Function, is_member, raise_sql
from sambang_tui.db.pg.rules import SCHEMA, Names


def functions(names: Names) -> list[Function]:
    n = names
    s = SCHEMA
    is_reviewer = is_member(n.reviewer)
    is_admin = is_member(n.admin)
    members = (*n.groups, n.rolemgr)
    return [
        Function(
            f"{s}.is_superuser()",
            "owner",
            members,
            f"""CREATE FUNCTION {s}.is_superuser() RETURNS boolean
LANGUAGE sql STABLE {SAFE_PATH} AS $fn$
  -- the session's role (after any SET ROLE), not this function's owner
  SELECT current_setting('is_superuser') = 'on'
$fn$""",
        ),
        Function(
            f"{s}.me_station()",
            "owner",
            n.groups,
            f"""CREATE FUNCTION {s}.me_station() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $fn$
DECLARE
  st integer;
BEGIN
  SELECT o.station_id INTO st FROM public.officer o
   WHERE o.os_user = session_user AND o.active ORDER BY o.id LIMIT 1;
  IF st IS NULL THEN
    SELECT r.station_id INTO st FROM {s}.reader r WHERE r.login = session_user;
  END IF;
  RETURN st;
END
$fn$""",
        ),
        Function(
            f"{s}.me_officer()",
            "owner",
            n.groups,
            f"""CREATE FUNCTION {s}.me_officer() RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER {SAFE_PATH} AS $fn$
DECLARE
  me integer;
BEGIN
  SELECT o.id INTO me FROM public.officer o
   WHERE o.os_user = session_user AND o.active ORDER BY o.id LIMIT 1;
  RETURN me;
END
$fn$""",
        ),
        Function(
            f"{s}.mine(xid)",
            "owner",
            (),
            f"""CREATE FUNCTION {s}.mine(x xid) RETURNS boolean
LANGUAGE plpgsql VOLATILE {SAFE_PATH} AS $fn$
-- Whether a row version this session sees was written by its own
-- transaction (or one of its subtransactions): its xmin is still running.
DECLARE
  cur bigint;
  low bigint;
BEGIN
  IF x = pg_current_xact_id()::xid THEN
    RETURN true;
  END IF;
  low := x::text::bigint;
  IF low < 3 THEN
    RETURN false;  -- frozen or bootstrap
  END IF;
  cur := pg_current_xact_id()::text::bigint;
  RETURN pg_xact_status(((((cur >> 32) - CASE WHEN low > (cur & 4294967295) THEN 1 ELSE 0 END)
    << 32) | low)::text::xid8) = 'in progress';
END
$fn$""",
        ),
        Function(
            f"{s}.may_see_informant(integer)",
            "owner",
            n.groups,
            f"""CREATE FUNCTION {s}.may_see_informant(p_report integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH} AS $fn$
  -- reviewers, admins and the reporting officers (who typed it, who is on it)
  SELECT {s}.is_superuser() OR EXISTS (
    SELECT 1 FROM public.report r
     WHERE r.id = p_report AND r.station_id = {s}.me_station()
       AND ({is_reviewer} OR {is_admin} OR r.created_by = session_user
            OR EXISTS (SELECT 1 FROM public.report_officer ro
                        WHERE ro.report_id = r.id AND ro.officer_id = {s}.me_officer())))
$fn$""",
        ),
        Function(
            f"{s}.informant(integer)",
            "owner",
            n.groups,
            f"""CREATE FUNCTION {s}.informant(p_report integer)
RETURNS TABLE (source text, source_relation text, how_obtained text)
LANGUAGE sql STABLE SECURITY DEFINER {SAFE_PATH} AS $fn$
  SELECT i.source::text, i.source_relation::text, i.how_obtained::text
    FROM public.information_report i
   WHERE i.report_id = p_report AND {s}.may_see_informant(p_report)
$fn$""",
        ),
        Function(
            f"{s}.audit()",
            "owner",
            (),
            f"""CREATE FUNCTION {s}.audit() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
-- One audit event per changed row: who is the session's login, when the
-- server's clock; values as the app writes them (foreign keys by field
-- name, no search text), for an update only what changed.
DECLARE
  raw jsonb;
  o jsonb;
  n jsonb;
  act text;
  st integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    raw := to_jsonb(OLD);
    act := 'delete';
  ELSE
    raw := to_jsonb(NEW);
    act := CASE TG_OP WHEN 'INSERT' THEN 'create' ELSE 'update' END;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    SELECT jsonb_object_agg(e.key, e.value), jsonb_object_agg(e.key, raw -> e.key)
      INTO o, n
      FROM jsonb_each(to_jsonb(OLD)) e
     WHERE e.key NOT IN ('search_text', 'search_vector')
       AND raw -> e.key IS DISTINCT FROM e.value;
    IF o IS NULL THEN
      RETURN NULL;  -- nothing the trail keeps has changed (e.g. only the search text)
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    n := raw - 'search_text' - 'search_vector';
  ELSE
    o := raw - 'search_text' - 'search_vector';
  END IF;
  IF o IS NOT NULL THEN
    SELECT jsonb_object_agg(regexp_replace(e.key, '_id$', ''), e.value) INTO o
      FROM jsonb_each(o) e;
  END IF;
  IF n IS NOT NULL THEN
    SELECT jsonb_object_agg(regexp_replace(e.key, '_id$', ''), e.value) INTO n
      FROM jsonb_each(n) e;
  END IF;
  CASE TG_ARGV[0]
    WHEN 'station_id' THEN st := (raw ->> 'station_id')::integer;
    WHEN 'id' THEN st := (raw ->> 'id')::integer;
    WHEN 'report' THEN
      SELECT r.station_id INTO st FROM public.report r WHERE r.id = (raw ->> 'report_id')::integer;
    WHEN 'household' THEN
      SELECT r.station_id INTO st FROM public.household h JOIN public.report r ON r.id = h.report_id
       WHERE h.id = (raw ->> 'household_id')::integer;
    WHEN 'kelurahan' THEN
      SELECT k.station_id INTO st FROM public.kelurahan k
       WHERE k.id = (raw ->> 'kelurahan_id')::integer;
    WHEN 'rw' THEN
      SELECT k.station_id INTO st FROM public.rw w JOIN public.kelurahan k ON k.id = w.kelurahan_id
       WHERE w.id = (raw ->> 'rw_id')::integer;
    WHEN 'officer' THEN
      SELECT o2.station_id INTO st FROM public.officer o2
       WHERE o2.id = (raw ->> 'officer_id')::integer;
    ELSE st := NULL;
  END CASE;
  INSERT INTO public.audit_event (at, os_user, station_id, action, "table", row_id, old, new)
  VALUES (localtimestamp(0), session_user, st, act, TG_TABLE_NAME, (raw ->> 'id')::integer,
          o::text, n::text);
  RETURN NULL;
END
$fn$""",
        ),
        Function(
            f"{s}.officer_rules()",
            "owner",
            (),
            f"""CREATE FUNCTION {s}.officer_rules() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
-- Nobody but a superuser changes who he is: his own officer row keeps its
-- login, role, station and active flag and is not deleted, and no row is
-- given his login (a second row, or another's after he cleared his own).
-- Else an admin makes himself Kanit Binmas with one UPDATE and verifies.
BEGIN
  IF current_setting('is_superuser') = 'on' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  IF TG_OP <> 'INSERT' AND OLD.os_user = session_user THEN
    IF TG_OP = 'DELETE' THEN
      {raise_sql("SB112", "'Data personel Anda sendiri tidak dapat dihapus: minta admin Polsek yang lain.'")}
    END IF;
    IF NEW.os_user IS DISTINCT FROM OLD.os_user OR NEW.role IS DISTINCT FROM OLD.role
       OR NEW.active IS DISTINCT FROM OLD.active
       OR NEW.station_id IS DISTINCT FROM OLD.station_id THEN
      {raise_sql("SB112", "'Jabatan, login, Polsek dan status aktif Anda sendiri tidak dapat Anda ubah: minta admin Polsek yang lain.'")}
    END IF;
  ELSIF TG_OP <> 'DELETE' AND NEW.os_user = session_user THEN
    {raise_sql("SB113", "format('Login %s adalah login Anda sendiri: tidak dapat Anda berikan ke data personel lain.', session_user)")}
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END
$fn$""",
        ),
        Function(
            f"{s}.report_rules()",
            "owner",
            (),
            f"""CREATE FUNCTION {s}.report_rules() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
DECLARE
  reviewer boolean;
  me integer;
  same_tx boolean;
  -- search_vector: generated after BEFORE triggers (NULL in NEW here), never typed
  frozen text[] := ARRAY['status', 'reviewer_id', 'review_note', 'reviewed_at',
                         'updated_by', 'updated_at', 'version', 'search_vector'];
BEGIN
  IF current_setting('is_superuser') = 'on' THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.status NOT IN ('draft', 'diajukan') THEN
      {raise_sql("SB101", "format('Laporan baru hanya dapat berstatus draf atau diajukan, bukan %s.', NEW.status)")}
    END IF;
    NEW.created_by := session_user;
    NEW.created_at := localtimestamp(0);
    NEW.updated_by := session_user;
    NEW.updated_at := localtimestamp(0);
    NEW.reviewer_id := NULL;
    NEW.review_note := '';
    NEW.reviewed_at := NULL;
    NEW.deleted_at := NULL;
    RETURN NEW;
  END IF;
  NEW.id := OLD.id;
  NEW.station_id := OLD.station_id;
  NEW.created_by := OLD.created_by;
  NEW.created_at := OLD.created_at;
  NEW.updated_by := session_user;
  NEW.updated_at := localtimestamp(0);
  IF OLD.deleted_at IS NOT NULL THEN
    {raise_sql("SB109", "format('Laporan %s sudah dihapus.', OLD.number)")}
  END IF;
  reviewer := {is_reviewer};
  same_tx := false;
  IF NEW.status = OLD.status THEN
    IF NOT reviewer AND OLD.status NOT IN ('draft', 'dikembalikan', 'diverifikasi') THEN
      SELECT {s}.mine(r.xmin) INTO same_tx FROM public.report r WHERE r.id = OLD.id;
    END IF;
    IF OLD.status = 'diverifikasi' THEN
      {raise_sql("SB102", "format('Laporan %s sudah diverifikasi dan terkunci: dapat diubah setelah Kanit Binmas atau Kapolsek membukanya kembali (mengembalikan dengan catatan).', OLD.number)")}
    END IF;
    IF NOT reviewer AND OLD.status NOT IN ('draft', 'dikembalikan') AND NOT same_tx THEN
      {raise_sql("SB110", "format('Laporan %s sudah diajukan: hanya Kanit Binmas atau Kapolsek yang dapat mengubahnya; minta dikembalikan bila perlu diperbaiki.', OLD.number)")}
    END IF;
    NEW.reviewer_id := OLD.reviewer_id;
    NEW.review_note := OLD.review_note;
    NEW.reviewed_at := OLD.reviewed_at;
    RETURN NEW;
  END IF;
  IF NEW.status = 'diajukan' THEN
    IF OLD.status NOT IN ('draft', 'dikembalikan') THEN
      {raise_sql("SB108", "format('Laporan %s berstatus %s; tidak dapat diajukan.', OLD.number, OLD.status)")}
    END IF;
    -- only its authors submit it (the app's access.is_own): who typed it, or
    -- an officer listed on it; a reviewer who returned it does not
    IF NOT (OLD.created_by = session_user
            OR EXISTS (SELECT 1 FROM public.report_officer ro
                        WHERE ro.report_id = OLD.id AND ro.officer_id = {s}.me_officer())) THEN
      {raise_sql("SB111", "format('Laporan %s hanya dapat diajukan oleh pembuatnya (%s) atau personel yang tercantum di dalamnya.', OLD.number, OLD.created_by)")}
    END IF;
    NEW.reviewer_id := OLD.reviewer_id;
    NEW.review_note := OLD.review_note;
    NEW.reviewed_at := OLD.reviewed_at;
    RETURN NEW;
  END IF;
  IF NEW.status NOT IN ('diverifikasi', 'dikembalikan') THEN
    {raise_sql("SB108", "format('Status laporan %s tidak dapat diubah dari %s menjadi %s.', OLD.number, OLD.status, NEW.status)")}
  END IF;
  me := {s}.me_officer();
  IF NOT reviewer OR me IS NULL THEN
    {raise_sql("SB103", "'Hanya Kanit Binmas, Kapolsek atau Wakapolsek yang dapat memverifikasi atau mengembalikan laporan.'")}
  END IF;
  IF OLD.created_by = session_user THEN
    {raise_sql("SB105", "format('Laporan %s Anda buat sendiri: verifikasi atau pengembalian oleh Kanit Binmas, Kapolsek atau Wakapolsek yang lain.', OLD.number)")}
  END IF;
  IF EXISTS (SELECT 1 FROM public.report_officer ro
              WHERE ro.report_id = OLD.id AND ro.position = 0 AND ro.officer_id = me) THEN
    {raise_sql("SB106", "format('Anda personel utama laporan %s: verifikasi atau pengembalian oleh Kanit Binmas, Kapolsek atau Wakapolsek yang lain.', OLD.number)")}
  END IF;
  IF NEW.status = 'diverifikasi' THEN
    IF OLD.status <> 'diajukan' THEN
      {raise_sql("SB104", "format('Laporan %s berstatus %s: hanya laporan yang diajukan yang dapat diverifikasi.', OLD.number, OLD.status)")}
    END IF;
  ELSE
    IF OLD.status NOT IN ('diajukan', 'diverifikasi') THEN
      {raise_sql("SB104", "format('Laporan %s berstatus %s: hanya laporan yang diajukan atau diverifikasi yang dapat dikembalikan.', OLD.number, OLD.status)")}
    END IF;
    IF btrim(COALESCE(NEW.review_note, '')) = '' THEN
      {raise_sql("SB107", "'Catatan pengembalian wajib diisi: apa yang perlu diperbaiki?'")}
    END IF;
    IF OLD.status = 'diverifikasi'
       AND (to_jsonb(NEW) - frozen) IS DISTINCT FROM (to_jsonb(OLD) - frozen) THEN
      {raise_sql("SB102", "format('Laporan %s sudah diverifikasi: buka kembali dulu, baru ubah isinya.', OLD.number)")}
    END IF;
  END IF;
  NEW.reviewer_id := me;
  NEW.reviewed_at := localtimestamp(0);
  RETURN NEW;
END
$fn$""",
        ),
        Function(
            f"{s}.child_rules()",
            "owner",
            (),
            f"""CREATE FUNCTION {s}.child_rules() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER {SAFE_PATH} AS $fn$
-- A row that belongs to a report changes only while that report may be
-- edited by this session, or with the report itself in this transaction.
DECLARE
  rid integer;
  r record;
  pass integer := 0;
BEGIN
  IF current_setting('is_superuser') = 'on' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  FOREACH pass IN ARRAY ARRAY[1, 2] LOOP
    CONTINUE WHEN (pass = 1 AND TG_OP = 'INSERT') OR (pass = 2 AND TG_OP = 'DELETE');
    IF TG_ARGV[0] = 'household' THEN
      SELECT h.report_id INTO rid FROM public.household h
       WHERE h.id = CASE pass WHEN 1 THEN OLD.household_id ELSE NEW.household_id END;
    ELSE
      rid := ((CASE pass WHEN 1 THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END) ->> 'report_id')::integer;
    END IF;
    CONTINUE WHEN rid IS NULL;
    SELECT x.status, x.deleted_at, x.number, x.xmin AS tx INTO r FROM public.report x WHERE x.id = rid;
    CONTINUE WHEN NOT FOUND;
    IF r.status = 'diverifikasi' THEN
      {raise_sql("SB102", "format('Laporan %s sudah diverifikasi dan terkunci: dapat diubah setelah Kanit Binmas atau Kapolsek membukanya kembali (mengembalikan dengan catatan).', r.number)")}
    END IF;
    CONTINUE WHEN {s}.mine(r.tx);  -- the report was written in this transaction, under its rules
    IF r.deleted_at IS NOT NULL THEN
      {raise_sql("SB109", "format('Laporan %s sudah dihapus.', r.number)")}
    END IF;
    IF r.status NOT IN ('draft', 'dikembalikan') AND NOT {is_reviewer} THEN
      {raise_sql("SB110", "format('Laporan %s sudah diajukan: hanya Kanit Binmas atau Kapolsek yang dapat mengubahnya; minta dikembalikan bila perlu diperbaiki.', r.number)")}
    END IF;
  END LOOP;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$fn$""",
        ),
    ]
