"""The station and its master data: officers, kelurahan with their RW and RT,
assignments, contacts, activity types, operations and problems."""

from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from sambang_tui.db.models.base import BaseModel, VersionedModel, new_uid


class Station(VersionedModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        kapolsek_id: int | None

    name = CharField(max_length=120, unique=True)
    polres = CharField(max_length=120, default="")
    polda = CharField(max_length=120, default="")
    address = CharField(max_length=250, default="")
    city = CharField(max_length=80, default="")
    kapolsek = DeferredForeignKey("Officer", null=True, on_delete="SET NULL")
    humas_signoff = CharField(max_length=160, default="")
    version = IntegerField(default=1)
    # for official documents (migration 0006)
    unit_code = CharField(max_length=40, default="")  # "Sek Senen", ends document numbers
    warrant = TextField(default="")  # standing Surat Perintah: the "Dasar" of a report
    addressee = CharField(max_length=160, default="")  # "Kapolres Metro Jakarta Pusat"
    attention = CharField(max_length=160, default="")  # "u.p." of the recap: "Kasat Binmas"
    copies = TextField(default="")  # Tembusan, one per line
    # planning (migration 0009): the proposal's target and limit
    rw_visits_per_week = IntegerField(default=1)  # visits every RW should get a week
    plans_per_day = IntegerField(default=3)  # most plans proposed to one officer a day


class Officer(VersionedModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int

    station = ForeignKeyField(Station, backref="officers", on_delete="CASCADE")
    nrp = CharField(max_length=8, unique=True)
    name = CharField(max_length=120)
    rank = CharField(max_length=16)
    role = CharField(max_length=20, default="bhabinkamtibmas", index=True)
    phone = CharField(max_length=32, default="")
    os_user = CharField(max_length=64, null=True, unique=True)
    is_admin = BooleanField(default=False)
    active = BooleanField(default=True)
    version = IntegerField(default=1)


class Kelurahan(VersionedModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int

    station = ForeignKeyField(Station, backref="kelurahan", on_delete="CASCADE")
    name = CharField(max_length=80)
    kind = CharField(max_length=12, default="kelurahan")
    kecamatan = CharField(max_length=80, default="")
    city = CharField(max_length=80, default="")
    code = CharField(max_length=16, null=True)
    uid = CharField(max_length=32, null=True, unique=True, default=new_uid)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("station", "name"), True),)


class RW(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        kelurahan_id: int

    kelurahan = ForeignKeyField(Kelurahan, backref="rws", on_delete="CASCADE")
    number = IntegerField()

    class Meta:
        table_name = "rw"
        indexes = ((("kelurahan", "number"), True),)


class RT(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        rw_id: int

    rw = ForeignKeyField(RW, backref="rts", on_delete="CASCADE")
    number = IntegerField()

    class Meta:
        table_name = "rt"
        indexes = ((("rw", "number"), True),)


class Assignment(VersionedModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        officer_id: int
        kelurahan_id: int

    officer = ForeignKeyField(Officer, backref="assignments", on_delete="CASCADE")
    kelurahan = ForeignKeyField(Kelurahan, backref="assignments", on_delete="CASCADE")
    start = DateField()
    end = DateField(null=True)
    uid = CharField(max_length=32, null=True, unique=True, default=new_uid)
    version = IntegerField(default=1)


class Contact(VersionedModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int
        kelurahan_id: int
        rw_id: int | None
        rt_id: int | None

    station = ForeignKeyField(Station, backref="contacts", on_delete="CASCADE")
    name = CharField(max_length=120)
    category = CharField(max_length=24)
    kelurahan = ForeignKeyField(Kelurahan, backref="contacts", on_delete="CASCADE")
    rw = ForeignKeyField(RW, null=True, on_delete="SET NULL")
    rt = ForeignKeyField(RT, null=True, on_delete="SET NULL")
    phone = CharField(max_length=32, default="")
    notes = TextField(default="")
    active = BooleanField(default=True)
    uid = CharField(max_length=32, null=True, unique=True, default=new_uid)
    version = IntegerField(default=1)

    class Meta:
        indexes = ((("station", "name"), False),)


class ActivityType(VersionedModel):
    code = CharField(max_length=8, unique=True)
    name = CharField(max_length=80)
    form_kind = CharField(max_length=16, default="general")
    active = BooleanField(default=True)
    sort = IntegerField(default=0)
    version = IntegerField(default=1)


class Operation(VersionedModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int

    station = ForeignKeyField(Station, backref="operations", on_delete="CASCADE")
    name = CharField(max_length=160)
    start = DateField()
    end = DateField()
    uid = CharField(max_length=32, null=True, unique=True, default=new_uid)
    version = IntegerField(default=1)
    warrant = TextField(default="")  # its Surat Perintah: the "Dasar" of its reports


class Problem(VersionedModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int
        kelurahan_id: int
        rw_id: int | None

    station = ForeignKeyField(Station, backref="problems", on_delete="CASCADE")
    title = CharField(max_length=200)
    kelurahan = ForeignKeyField(Kelurahan, backref="problems", on_delete="CASCADE")
    rw = ForeignKeyField(RW, null=True, on_delete="SET NULL")
    field = CharField(max_length=60, default="")
    parties = TextField(default="")
    description = TextField(default="")
    opened = DateField()
    status = CharField(max_length=12, default="terbuka", index=True)
    resolution = TextField(default="")
    closed = DateField(null=True)
    uid = CharField(max_length=32, null=True, unique=True, default=new_uid)
    version = IntegerField(default=1)
