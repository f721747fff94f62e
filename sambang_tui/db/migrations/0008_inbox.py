"""Kotak masuk: report messages imported from the Bhabins' WhatsApp chat
export, waiting for the desk (``inbox_item``), the reports saved from them
(``inbox_report``) and their photos (``inbox_photo``). Every row carries its
station. ``inbox_item (station_id, key)`` is unique: two desks importing the
same export at once store each message once."""

from peewee import *


def up(migrator, db):
    class Station(Model):
        class Meta:
            database = db
            table_name = "station"

    class Officer(Model):
        class Meta:
            database = db
            table_name = "officer"

    class Report(Model):
        class Meta:
            database = db
            table_name = "report"

    class InboxItem(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        key = CharField(max_length=64)
        sender = CharField(max_length=120)
        officer = ForeignKeyField(Officer, null=True, on_delete="SET NULL")
        sent_at = DateTimeField()
        text = TextField()
        parts = TextField(default="[]")
        kelurahan = CharField(max_length=80, default="")
        types = CharField(max_length=60, default="")
        photo_count = IntegerField(default=0)
        confidence = IntegerField(default=0)
        state = CharField(max_length=12, default="baru")
        reason = CharField(max_length=250, default="")
        handled_by = CharField(max_length=64, default="")
        entered_report = ForeignKeyField(Report, null=True, on_delete="SET NULL")
        source = CharField(max_length=250, default="")
        imported_by = CharField(max_length=64, default="")
        imported_at = DateTimeField()
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "inbox_item"
            indexes = (
                (("station", "key"), True),
                (("station", "sent_at"), False),
                (("station", "state", "sent_at"), False),
            )

    class InboxReport(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        item = ForeignKeyField(InboxItem, on_delete="CASCADE")
        part = IntegerField(default=0)
        report = ForeignKeyField(Report, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "inbox_report"
            indexes = ((("item", "part"), True),)

    class InboxPhoto(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        item = ForeignKeyField(InboxItem, on_delete="CASCADE")
        name = CharField(max_length=250)
        sha256 = CharField(max_length=64)
        size = IntegerField(default=0)
        path = CharField(max_length=400)
        sent_at = DateTimeField()

        class Meta:
            database = db
            table_name = "inbox_photo"
            indexes = ((("item", "sha256"), True), (("sha256",), False))

    db.create_tables([InboxItem, InboxReport, InboxPhoto])


def down(migrator, db):
    for table in ("inbox_photo", "inbox_report", "inbox_item"):
        db.execute_sql(f'DROP TABLE IF EXISTS "{table}"')
