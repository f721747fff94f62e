"""The database's own bookkeeping: the audit trail, forms being typed
(drafts), facts about the database (settings) and the import ledger."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from sambang_tui.db.models.base import BaseModel, new_uid, stamp
from sambang_tui.db.models.core import Station


class AuditEvent(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int | None

    at = DateTimeField(default=stamp, index=True)
    os_user = CharField(max_length=64)
    station = ForeignKeyField(Station, null=True, on_delete="SET NULL")
    action = CharField(max_length=24)
    table = CharField(max_length=40)
    row_id = IntegerField(null=True)
    old = TextField(null=True)
    new = TextField(null=True)
    uid = CharField(max_length=32, null=True, unique=True, default=new_uid)

    class Meta:
        indexes = ((("table", "row_id"), False),)


class Draft(BaseModel):
    """A form as it is being typed, per OS user, form key and app instance
    (``session``), so nothing typed is lost when the terminal dies and two
    instances of one login never write over each other's form."""

    os_user = CharField(max_length=64)
    form = CharField(max_length=40)
    data = TextField()
    updated_at = DateTimeField(default=stamp)
    session = CharField(max_length=64, default="")

    class Meta:
        indexes = ((("os_user", "form", "session"), True),)


class Setting(BaseModel):
    """Facts about the database itself (``demo`` = ``1`` on a demo database)."""

    key = CharField(primary_key=True, max_length=40)
    value = TextField()


class SyncLedger(BaseModel):
    """What the last import of a station's export wrote, per row key: the
    digest of its content (``services.transfer.load``)."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int

    station = ForeignKeyField(Station, on_delete="CASCADE")
    kind = CharField(max_length=24)
    key = CharField(max_length=120)
    digest = CharField(max_length=64)
    imported_at = DateTimeField(default=stamp)

    class Meta:
        indexes = ((("station", "kind", "key"), True),)
