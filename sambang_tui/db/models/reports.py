"""A Laporan Kegiatan and what hangs off it: its types, officers, audience,
contacts, attachments, the Laporan Informasi part and the DDS households."""

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

from sambang_tui.db.models.base import BaseModel, VersionedModel, stamp
from sambang_tui.db.models.core import (
    RT,
    RW,
    ActivityType,
    Contact,
    Kelurahan,
    Officer,
    Operation,
    Problem,
    Station,
)


class Report(VersionedModel):
    """A Laporan Kegiatan. ``number`` (``LK/17/XII/2024``) is derived from
    ``seq``, the running number per station and year, and the report month
    (``services.reports.numbers``)."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int
        activity_type_id: int
        operation_id: int | None
        kelurahan_id: int
        rw_id: int | None
        rt_id: int | None
        problem_id: int | None
        reviewer_id: int | None

    station = ForeignKeyField(Station, backref="reports", on_delete="CASCADE")
    year = IntegerField()
    seq = IntegerField()
    number = CharField(max_length=32, index=True)
    activity_type = ForeignKeyField(ActivityType, backref="reports")
    operation = ForeignKeyField(Operation, null=True, backref="reports", on_delete="SET NULL")
    date = DateField()
    start_time = TimeField(null=True)
    end_time = TimeField(null=True)
    kelurahan = ForeignKeyField(Kelurahan, backref="reports")
    rw = ForeignKeyField(RW, null=True, on_delete="SET NULL")
    rt = ForeignKeyField(RT, null=True, on_delete="SET NULL")
    place = CharField(max_length=250, default="")
    narrative = TextField(default="")
    message = TextField(default="")
    findings = TextField(default="")
    threat_level = CharField(max_length=8, default="nihil")
    situation = CharField(max_length=16, default="aman_kondusif")
    follow_up = TextField(default="")
    quote_by = CharField(max_length=160, default="")
    quote_text = TextField(default="")
    problem = ForeignKeyField(Problem, null=True, backref="reports", on_delete="SET NULL")
    status = CharField(max_length=14, default="draft")
    reviewer = ForeignKeyField(Officer, null=True, backref="reviewed", on_delete="SET NULL")
    review_note = TextField(default="")
    reviewed_at = DateTimeField(null=True)
    search_text = TextField(default="")
    created_by = CharField(max_length=64, default="")
    created_at = DateTimeField(default=stamp)
    updated_by = CharField(max_length=64, default="")
    updated_at = DateTimeField(default=stamp)
    deleted_at = DateTimeField(null=True)
    version = IntegerField(default=1)

    class Meta:
        indexes = (
            (("station", "year", "seq"), True),
            (("station", "date"), False),
            (("station", "status", "date"), False),
            (("kelurahan", "date"), False),
            (("activity_type", "date"), False),
        )


class ReportType(BaseModel):
    """Every activity type of a report (a visit can be Sambang and Cooling
    System at once); position 0 is ``Report.activity_type``."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        report_id: int
        activity_type_id: int

    report = ForeignKeyField(Report, backref="types", on_delete="CASCADE")
    activity_type = ForeignKeyField(ActivityType)
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("report", "activity_type"), True), (("activity_type",), False))


class ReportOfficer(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        report_id: int
        officer_id: int

    report = ForeignKeyField(Report, backref="officer_links", on_delete="CASCADE")
    officer = ForeignKeyField(Officer, backref="report_links")
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("report", "officer"), True), (("officer", "report"), False))


class ReportAudience(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        report_id: int

    report = ForeignKeyField(Report, backref="audience", on_delete="CASCADE")
    category = CharField(max_length=24)
    count = IntegerField(null=True)

    class Meta:
        indexes = ((("report", "category"), True),)


class ReportContact(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        report_id: int
        contact_id: int

    report = ForeignKeyField(Report, backref="contact_links", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="report_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("report", "contact"), True),)


class Attachment(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        report_id: int

    report = ForeignKeyField(Report, backref="attachments", on_delete="CASCADE")
    path = CharField(max_length=400)
    original_name = CharField(max_length=250)
    sha256 = CharField(max_length=64)
    size = IntegerField(default=0)
    caption = CharField(max_length=250, default="")
    created_at = DateTimeField(default=stamp)


class InformationReport(BaseModel):
    """The Laporan Informasi part of a deteksi dini report."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        report_id: int

    report = ForeignKeyField(Report, backref="information", unique=True, on_delete="CASCADE")
    seq = IntegerField()
    field = CharField(max_length=60, default="")
    subject = CharField(max_length=250, default="")
    source = CharField(max_length=250, default="")
    source_relation = CharField(max_length=250, default="")
    how_obtained = CharField(max_length=250, default="")
    obtained_at = DateTimeField(null=True)
    reliability = CharField(max_length=1, default="")
    accuracy = CharField(max_length=1, default="")
    facts = TextField(default="")
    assessment = TextField(default="")


class Household(BaseModel):
    """A household visited in a DDS report."""

    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        report_id: int

    report = ForeignKeyField(Report, backref="households", on_delete="CASCADE")
    head_name = CharField(max_length=120)
    address = CharField(max_length=250, default="")
    position = IntegerField(default=0)


class Opinion(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        household_id: int

    household = ForeignKeyField(Household, backref="opinions", on_delete="CASCADE")
    kind = CharField(max_length=8)
    field = CharField(max_length=60, default="")
    text = TextField()
