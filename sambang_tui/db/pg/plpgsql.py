"""What the SQL functions of a station server share (``guards`` and
``logins`` build them, ``rules`` names the roles, tables, grants, policies and
triggers that call them, ``apply`` runs them): the record of one function,
the safe ``search_path``, a RAISE with our SQLSTATE and the membership test
of a group."""

from __future__ import annotations

from dataclasses import dataclass

from sambang_tui.db.pg.rules import literal

SAFE_PATH = "SET search_path = pg_catalog, public, pg_temp"


@dataclass(frozen=True)
class Function:
    signature: str  # name(argument types), as DROP FUNCTION takes it
    owner: str  # "owner" or "rolemgr"
    execute: tuple[str, ...]  # roles that may call it
    sql: str


def raise_sql(code: str, message: str) -> str:
    """A PL/pgSQL RAISE with our SQLSTATE; ``message`` is an SQL expression."""
    return f"RAISE EXCEPTION USING ERRCODE = '{code}', MESSAGE = {message};"


def is_member(role: str) -> str:
    """The SQL test that the session's login is a member of ``role``."""
    return f"pg_has_role(session_user, {literal(role)}, 'MEMBER')"
