"""Every table the program creates has its place in the station server's
rules (a table missing there is readable by nobody but its owner)."""

from __future__ import annotations

from sambang_tui.db.models import MODELS
from sambang_tui.db.pg import rules


def test_every_table_has_rules() -> None:
    tables = {m._meta.table_name for m in MODELS} | {"schema_migration"}
    assert tables - rules.KNOWN_TABLES == set()
    assert rules.KNOWN_TABLES - tables == set()


def test_every_audited_table_is_known_and_the_trail_itself_is_not_audited() -> None:
    assert set(rules.AUDIT_STATION) <= rules.KNOWN_TABLES
    assert {"audit_event", "draft", "schema_migration"}.isdisjoint(rules.AUDIT_STATION)
