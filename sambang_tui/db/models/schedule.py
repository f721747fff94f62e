"""The schedule: planned activities and officers' absences."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import (
    CharField,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    TextField,
    TimeField,
)

from sambang_tui.db.models.base import VersionedModel, new_uid, stamp
from sambang_tui.db.models.core import RT, RW, ActivityType, Kelurahan, Officer, Station
from sambang_tui.db.models.reports import Report


class Plan(VersionedModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int
        officer_id: int
        activity_type_id: int
        kelurahan_id: int
        rw_id: int | None
        rt_id: int | None
        report_id: int | None

    station = ForeignKeyField(Station, backref="plans", on_delete="CASCADE")
    date = DateField()
    start_time = TimeField(null=True)
    officer = ForeignKeyField(Officer, backref="plans", on_delete="CASCADE")
    activity_type = ForeignKeyField(ActivityType)
    kelurahan = ForeignKeyField(Kelurahan, backref="plans")
    rw = ForeignKeyField(RW, null=True, on_delete="SET NULL")
    rt = ForeignKeyField(RT, null=True, on_delete="SET NULL")
    target = CharField(max_length=250, default="")
    note = TextField(default="")
    status = CharField(max_length=12, default="rencana")
    cancel_reason = CharField(max_length=250, default="")
    report = ForeignKeyField(Report, null=True, backref="plans", on_delete="SET NULL")
    created_by = CharField(max_length=64, default="")
    created_at = DateTimeField(default=stamp)
    updated_at = DateTimeField(default=stamp)
    uid = CharField(max_length=32, null=True, unique=True, default=new_uid)
    version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("station", "date"), False),
            (("officer", "date"), False),
            (("kelurahan", "date"), False),
        )


class Absence(VersionedModel):
    """An officer away from ``start`` to ``end`` (both included): leave
    (``cuti``), duty elsewhere (``dinas_luar``), sick (``sakit``), training
    (``pendidikan``) or other (``lainnya``). Nobody is proposed a plan then."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int
        officer_id: int

    station = ForeignKeyField(Station, backref="absences", on_delete="CASCADE")
    officer = ForeignKeyField(Officer, backref="absences", on_delete="CASCADE")
    kind = CharField(max_length=16, default="cuti")
    start = DateField()
    end = DateField()
    note = TextField(default="")
    uid = CharField(max_length=32, null=True, unique=True, default=new_uid)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("officer", "start"), False), (("station", "start"), False))
