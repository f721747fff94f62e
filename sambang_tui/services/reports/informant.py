"""The informant's identity in a Laporan Informasi (source, relation to the
source, how it was obtained): for reviewers, admins and the reporting
officers only. On a PostgreSQL station server the database enforces it (the
columns are not readable, ``sambang.informant()`` hands them to those
allowed); everywhere the row is read through ``information_row``."""

from __future__ import annotations

from sambang_tui.db.models import InformationReport
from sambang_tui.db.pg import session as pg_session

RESTRICTED = "(dibatasi)"


def information_row(report_id: int) -> InformationReport | None:
    """The Laporan Informasi part of a report, or None; where the database
    withholds the informant's identity, those fields read ``RESTRICTED``."""
    return pg_session.information_row(report_id, RESTRICTED)
