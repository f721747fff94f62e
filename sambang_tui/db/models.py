"""Peewee models. Every station-owned row carries a ``station`` so one PostgreSQL
database can hold all the Polsek of a Polres.

Editable rows have a ``version`` column for optimistic locking: an edit that
waited for a person is saved with ``UPDATE ... WHERE version = <read>``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DeferredForeignKey,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    TimeField,
)

database_proxy = DatabaseProxy()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def new_uid() -> str:
    """A row's stable key across databases (a station's export into the
    Polres database, migration 0009)."""
    return uuid.uuid4().hex


class BaseModel(Model):
    """Rows typed for mypy through peewee's own stubs: the ``id`` peewee adds
    to every model without a declared key, and (per model) the ids of its
    foreign keys, declared under TYPE_CHECKING so nothing changes at run time."""

    if TYPE_CHECKING:
        id = AutoField()

    class Meta:
        database = database_proxy
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A row edited under optimistic locking (``store.update_versioned``).
    Each such model declares its own ``version`` column, so the columns keep
    their order; this class only tells mypy that it has one."""

    if TYPE_CHECKING:
        version = IntegerField(default=1)


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
    created_at = DateTimeField(default=_now)
    updated_by = CharField(max_length=64, default="")
    updated_at = DateTimeField(default=_now)
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
    created_at = DateTimeField(default=_now)


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
    created_at = DateTimeField(default=_now)
    updated_at = DateTimeField(default=_now)
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


class AuditEvent(BaseModel):
    if TYPE_CHECKING:  # the foreign keys' ids, which peewee adds at run time
        station_id: int | None

    at = DateTimeField(default=_now, index=True)
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
    updated_at = DateTimeField(default=_now)
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
    imported_at = DateTimeField(default=_now)

    class Meta:
        indexes = ((("station", "kind", "key"), True),)


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
    imported_at = DateTimeField(default=_now)
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
