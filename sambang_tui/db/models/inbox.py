"""The Kotak masuk: messages imported from the Bhabins' chat, the reports
saved from them and their photos."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from sambang_tui.db.models.base import BaseModel, VersionedModel, stamp
from sambang_tui.db.models.core import Officer, Station
from sambang_tui.db.models.reports import Report


class InboxItem(VersionedModel):
    """A report message from the Bhabins' chat export, waiting in the Kotak
    masuk until the desk saves or ignores it; never a report by itself.

    ``key`` (SHA-256 of sender, minute sent and text) makes a second import
    of the same message, by any desk, a no-op. ``parts`` holds the parsed
    report(s) as JSON: one per activity the message states."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int
        officer_id: int | None
        entered_report_id: int | None

    station = ForeignKeyField(Station, backref="inbox_items", on_delete="CASCADE")
    key = CharField(max_length=64)
    sender = CharField(max_length=120)
    officer = ForeignKeyField(Officer, null=True, backref="inbox_items", on_delete="SET NULL")
    sent_at = DateTimeField()
    text = TextField()
    parts = TextField(default="[]")
    kelurahan = CharField(max_length=80, default="")
    types = CharField(max_length=60, default="")
    photo_count = IntegerField(default=0)
    confidence = IntegerField(default=0)  # percent
    state = CharField(max_length=12, default="baru")
    reason = CharField(max_length=250, default="")
    handled_by = CharField(max_length=64, default="")  # who opened, saved or ignored it last
    entered_report = ForeignKeyField(Report, null=True, on_delete="SET NULL")
    source = CharField(max_length=250, default="")
    imported_by = CharField(max_length=64, default="")
    imported_at = DateTimeField(default=stamp)
    version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("station", "key"), True),
            (("station", "sent_at"), False),
            (("station", "state", "sent_at"), False),
        )


class InboxReport(BaseModel):
    """A report the desk saved from part ``part`` of an inbox item."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int
        item_id: int
        report_id: int

    station = ForeignKeyField(Station, on_delete="CASCADE")
    item = ForeignKeyField(InboxItem, backref="saved", on_delete="CASCADE")
    part = IntegerField(default=0)
    report = ForeignKeyField(Report, backref="inbox_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("item", "part"), True),)


class InboxPhoto(BaseModel):
    """A photo of an inbox item: sent with the message or by the same sender
    within minutes of it, copied once per content (SHA-256) under
    ``attachments/inbox/``; ``path`` is relative to the attachments base."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int
        item_id: int

    station = ForeignKeyField(Station, on_delete="CASCADE")
    item = ForeignKeyField(InboxItem, backref="photos", on_delete="CASCADE")
    name = CharField(max_length=250)
    sha256 = CharField(max_length=64)
    size = IntegerField(default=0)
    path = CharField(max_length=400)
    sent_at = DateTimeField()

    class Meta:
        indexes = ((("item", "sha256"), True), (("sha256",), False))
