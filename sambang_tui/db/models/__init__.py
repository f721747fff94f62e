"""Peewee models. Every station-owned row carries a ``station`` so one PostgreSQL
database can hold all the Polsek of a Polres.

Editable rows have a ``version`` column for optimistic locking: an edit that
waited for a person is saved with ``UPDATE ... WHERE version = <read>``.

One module per domain (``base``, ``core``, ``reports``, ``schedule``,
``admin``, ``inbox``), imported here in the order the classes were always
defined (``Station``'s deferred key to ``Officer`` resolves on the way);
import every name from this package.
"""

from __future__ import annotations

# the domains in the order their classes were always defined (see above)
# isort: off
from sambang_tui.db.models.base import (
    BaseModel,
    VersionedModel,
    database_proxy,
    new_uid,
    stamp,
)
from sambang_tui.db.models.core import (
    RT,
    RW,
    ActivityType,
    Assignment,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Problem,
    Station,
)
from sambang_tui.db.models.reports import (
    Attachment,
    Household,
    InformationReport,
    Opinion,
    Report,
    ReportAudience,
    ReportContact,
    ReportOfficer,
    ReportType,
)
from sambang_tui.db.models.schedule import Absence, Plan
from sambang_tui.db.models.admin import AuditEvent, Draft, Setting, SyncLedger
from sambang_tui.db.models.inbox import InboxItem, InboxPhoto, InboxReport

# isort: on

MODELS: tuple[type[BaseModel], ...] = (
    Station,
    Officer,
    Kelurahan,
    RW,
    RT,
    Assignment,
    Contact,
    ActivityType,
    Operation,
    Problem,
    Report,
    ReportType,
    ReportOfficer,
    ReportAudience,
    ReportContact,
    Attachment,
    InformationReport,
    Household,
    Opinion,
    Plan,
    AuditEvent,
    Draft,
    Setting,
    InboxItem,
    InboxReport,
    InboxPhoto,
    Absence,
    SyncLedger,
)

__all__ = [
    "MODELS",
    "RT",
    "RW",
    "Absence",
    "ActivityType",
    "Assignment",
    "Attachment",
    "AuditEvent",
    "BaseModel",
    "Contact",
    "Draft",
    "Household",
    "InboxItem",
    "InboxPhoto",
    "InboxReport",
    "InformationReport",
    "Kelurahan",
    "Officer",
    "Operation",
    "Opinion",
    "Plan",
    "Problem",
    "Report",
    "ReportAudience",
    "ReportContact",
    "ReportOfficer",
    "ReportType",
    "Setting",
    "Station",
    "SyncLedger",
    "VersionedModel",
    "database_proxy",
    "new_uid",
    "stamp",
]
