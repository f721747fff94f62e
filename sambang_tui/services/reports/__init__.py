"""Reports (Laporan Kegiatan): the input a form holds (``input``), its checks
(``check``), numbers (``numbers``), saving (``save``, ``children``), review
and deletion (``review``, ``access``), the one read model of a stored report
(``detail``) with its attachments, the list and search (``listing``), finding
by number (``find``), duplicates, and the CSV/JSON export.

The use cases a screen or command calls are re-exported here, so
``from sambang_tui.services import reports; reports.create_report(...)``.
"""

from sambang_tui.services.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from sambang_tui.services.reports.detail import ReportDetail, get_detail
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.results import EditableReport, SavedReport
from sambang_tui.services.reports.review import (
    delete_report,
    return_report,
    submit,
    verify,
)
from sambang_tui.services.reports.save import (
    check_input,
    create_report,
    duplicate_remarks,
    duplicate_warnings,
    load_input,
    stale_conflict,
    update_report,
)

__all__ = [
    "ConflictError",
    "EditableReport",
    "NotFound",
    "PermissionDenied",
    "ReportDetail",
    "ReportInput",
    "SavedReport",
    "ValidationError",
    "check_input",
    "create_report",
    "delete_report",
    "duplicate_remarks",
    "duplicate_warnings",
    "get_detail",
    "load_input",
    "return_report",
    "stale_conflict",
    "submit",
    "update_report",
    "verify",
]
