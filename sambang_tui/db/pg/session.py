"""What the app asks a station server while it works: is this database
enforcing the rules, who is this session, what did it refuse and why, and
the informant's identity where the database lets this session read it.

The server's rules (``apply``, ``rules``) are imported only on PostgreSQL:
every start on a SQLite file asks ``managed`` and needs neither."""

from __future__ import annotations

from peewee import Database, PostgresqlDatabase

from sambang_tui.db.models import InformationReport, database_proxy

_FLAG = "_sambang_managed"


def managed(db: Database | None = None) -> bool:
    """Whether ``db`` (default: the bound one) is a PostgreSQL database that
    ``sambang server init`` prepared. Asked once per database object."""
    db = db if db is not None else database_proxy.obj
    if not isinstance(db, PostgresqlDatabase):
        return False
    known = db.__dict__.get(_FLAG)
    if known is None:
        from sambang_tui.db.pg import apply

        known = apply.is_managed(db)
        db.__dict__[_FLAG] = known
    return known


def forget(db: Database | None = None) -> None:
    """Ask again next time (after ``server init`` changed the database)."""
    db = db if db is not None else database_proxy.obj
    if db is not None:
        db.__dict__.pop(_FLAG, None)
        db.__dict__.pop("_sambang_session", None)


def session_user(db: Database) -> tuple[str, bool]:
    """The login of this PostgreSQL session and whether it is a superuser
    (asked once per database object: its connections all log in alike)."""
    known = db.__dict__.get("_sambang_session")
    if known is None:
        row = db.execute_sql(
            "SELECT session_user, COALESCE((SELECT rolsuper FROM pg_catalog.pg_roles "
            "WHERE rolname = session_user), false)"
        ).fetchone()
        known = (str(row[0]), bool(row[1]))
        db.__dict__["_sambang_session"] = known
    return known


# --- refusals ---------------------------------------------------------------------


def _original(exc: BaseException) -> BaseException | None:
    for candidate in (getattr(exc, "orig", None), exc.__cause__, exc.__context__, exc):
        if candidate is not None and getattr(candidate, "sqlstate", None):
            return candidate
    return None


def refusal(exc: BaseException) -> str | None:
    """The Indonesian message for a write or read the database refused
    (SQLSTATE 42501 or one of ours, ``SBxxx``), else None."""
    orig = _original(exc)
    if orig is None:
        return None
    code = getattr(orig, "sqlstate", None) or ""
    diag = getattr(orig, "diag", None)
    text = (getattr(diag, "message_primary", None) or str(orig)).strip()
    if code.startswith("SB"):
        return text
    if code != "42501":
        return None
    low = text.lower()
    if "row-level security" in low:
        table = text.rsplit('"', 2)[-2] if text.count('"') >= 2 else ""
        return "Ditolak oleh basis data: data itu bukan milik Polsek Anda atau bukan hak Anda" + (
            f" (tabel {table})." if table else "."
        )
    if "permission denied" in low:
        what = text.split(" for ", 1)[1] if " for " in text else text
        return (
            f"Ditolak oleh basis data: login Anda tidak berhak atas {_object(what)}. "
            "Hubungi admin Polsek bila ini keliru."
        )
    return f"Ditolak oleh basis data: {text}"


def _object(what: str) -> str:
    kinds = {
        "table": "tabel",
        "relation": "tabel",
        "sequence": "urutan",
        "function": "fungsi",
        "schema": "skema",
        "database": "basis data",
    }
    first, _, rest = what.partition(" ")
    return f"{kinds.get(first, first)} {rest}".strip()


# --- the informant's identity --------------------------------------------------------


def information_row(report_id: int, restricted: str) -> InformationReport | None:
    """The Laporan Informasi part of a report. On a station server the
    database decides whether this session may read the informant's identity:
    when it may not, those fields read ``restricted``."""
    if not managed():
        return InformationReport.get_or_none(InformationReport.report == report_id)
    from sambang_tui.db.pg.rules import INFORMANT_COLUMNS, SCHEMA

    shown = [
        f for f in InformationReport._meta.sorted_fields if f.column_name not in INFORMANT_COLUMNS
    ]
    row = (
        InformationReport.select(*shown).where(InformationReport.report == report_id).get_or_none()
    )
    if row is None:
        return None
    found = database_proxy.execute_sql(
        f"SELECT source, source_relation, how_obtained FROM {SCHEMA}.informant(%s)",
        (report_id,),
    ).fetchone()
    values = found if found is not None else (restricted,) * len(INFORMANT_COLUMNS)
    for column, value in zip(INFORMANT_COLUMNS, values, strict=True):
        setattr(row, column, value)
    return row


def connection_refusal(text: str, where: str) -> str | None:
    """What a station server said when it would not let a login in, in
    Indonesian; None for any other error."""
    import re

    low = text.lower()
    role = re.search(r'role "([^"]+)" does not exist', text)
    if role:
        return (
            f"Login {role.group(1)} tidak terdaftar di server basis data {where}: minta admin "
            "Polsek mengisi login Anda di data personel (lalu 'sambang server sync')."
        )
    peer = re.search(r'peer authentication failed for user "([^"]+)"', low)
    if peer:
        return (
            f"Server {where} memakai autentikasi peer: login OS Anda bukan {peer.group(1)}. "
            "Hapus nama pengguna dari URL (postgresql:///NAMA) agar login Anda sendiri yang dipakai."
        )
    if "permission denied for database" in low or "not permitted to log in" in low:
        return (
            f"Login Anda tidak berhak membuka basis data {where} (bukan personel aktif atau "
            "pembaca yang terdaftar): minta admin Polsek memeriksa data personel."
        )
    database = re.search(r'database "([^"]+)" does not exist', text)
    if database:
        return (
            f"Basis data {database.group(1)} belum ada di server: siapkan dengan "
            "'sambang server init' sebagai superuser PostgreSQL."
        )
    return None
