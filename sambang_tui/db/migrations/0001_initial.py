"""Initial schema: a frozen copy of the models as they were at version 1."""

from peewee import *


def up(migrator, db):
    class ActivityType(Model):
        code = CharField(unique=True, max_length=8)
        name = CharField(max_length=80)
        form_kind = CharField(max_length=16, default="general")
        active = BooleanField(default=True)
        sort = IntegerField(default=0)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "activity_type"

    db.create_tables([ActivityType])

    class Station(Model):
        name = CharField(unique=True, max_length=120)
        polres = CharField(max_length=120, default="")
        polda = CharField(max_length=120, default="")
        address = CharField(max_length=250, default="")
        city = CharField(max_length=80, default="")
        humas_signoff = CharField(max_length=160, default="")
        version = IntegerField(default=1)
        # Officer is created after Station; the column holds its id without a
        # constraint (SQLite cannot add one later) and the service keeps it valid.
        kapolsek = IntegerField(null=True, column_name="kapolsek_id")

        class Meta:
            database = db
            table_name = "station"

    db.create_tables([Station])

    class Officer(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        nrp = CharField(unique=True, max_length=8)
        name = CharField(max_length=120)
        rank = CharField(max_length=16)
        role = CharField(index=True, max_length=20, default="bhabinkamtibmas")
        phone = CharField(max_length=32, default="")
        os_user = CharField(unique=True, null=True, max_length=64)
        is_admin = BooleanField(default=False)
        active = BooleanField(default=True)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "officer"

    db.create_tables([Officer])

    class Kelurahan(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        name = CharField(max_length=80)
        kind = CharField(max_length=12, default="kelurahan")
        kecamatan = CharField(max_length=80, default="")
        city = CharField(max_length=80, default="")
        code = CharField(null=True, max_length=16)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "kelurahan"
            indexes = ((("station", "name"), True),)

    db.create_tables([Kelurahan])

    class Assignment(Model):
        officer = ForeignKeyField(Officer, on_delete="CASCADE")
        kelurahan = ForeignKeyField(Kelurahan, on_delete="CASCADE")
        start = DateField()
        end = DateField(null=True)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "assignment"

    db.create_tables([Assignment])

    class Operation(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        name = CharField(max_length=160)
        start = DateField()
        end = DateField()
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "operation"

    db.create_tables([Operation])

    class RW(Model):
        kelurahan = ForeignKeyField(Kelurahan, on_delete="CASCADE")
        number = IntegerField()

        class Meta:
            database = db
            table_name = "rw"
            indexes = ((("kelurahan", "number"), True),)

    db.create_tables([RW])

    class RT(Model):
        rw = ForeignKeyField(RW, on_delete="CASCADE")
        number = IntegerField()

        class Meta:
            database = db
            table_name = "rt"
            indexes = ((("rw", "number"), True),)

    db.create_tables([RT])

    class Problem(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        title = CharField(max_length=200)
        kelurahan = ForeignKeyField(Kelurahan, on_delete="CASCADE")
        rw = ForeignKeyField(RW, null=True, on_delete="SET NULL")
        field = CharField(max_length=60, default="")
        parties = TextField(default="")
        description = TextField(default="")
        opened = DateField()
        status = CharField(index=True, max_length=12, default="terbuka")
        resolution = TextField(default="")
        closed = DateField(null=True)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "problem"

    db.create_tables([Problem])

    class Report(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        year = IntegerField()
        seq = IntegerField()
        number = CharField(index=True, max_length=32)
        activity_type = ForeignKeyField(ActivityType)
        operation = ForeignKeyField(Operation, null=True, on_delete="SET NULL")
        date = DateField()
        start_time = TimeField(null=True)
        end_time = TimeField(null=True)
        kelurahan = ForeignKeyField(Kelurahan)
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
        problem = ForeignKeyField(Problem, null=True, on_delete="SET NULL")
        status = CharField(max_length=14, default="draft")
        reviewer = ForeignKeyField(Officer, null=True, on_delete="SET NULL")
        review_note = TextField(default="")
        reviewed_at = DateTimeField(null=True)
        search_text = TextField(default="")
        created_by = CharField(max_length=64, default="")
        created_at = DateTimeField()
        updated_by = CharField(max_length=64, default="")
        updated_at = DateTimeField()
        deleted_at = DateTimeField(null=True)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "report"
            indexes = (
                (("station", "year", "seq"), True),
                (("station", "date"), False),
                (("station", "status", "date"), False),
                (("kelurahan", "date"), False),
                (("activity_type", "date"), False),
            )

    db.create_tables([Report])

    class Attachment(Model):
        report = ForeignKeyField(Report, on_delete="CASCADE")
        path = CharField(max_length=400)
        original_name = CharField(max_length=250)
        sha256 = CharField(max_length=64)
        size = IntegerField(default=0)
        caption = CharField(max_length=250, default="")
        created_at = DateTimeField()

        class Meta:
            database = db
            table_name = "attachment"

    db.create_tables([Attachment])

    class AuditEvent(Model):
        at = DateTimeField(index=True)
        os_user = CharField(max_length=64)
        station = ForeignKeyField(Station, null=True, on_delete="SET NULL")
        action = CharField(max_length=24)
        table = CharField(max_length=40)
        row_id = IntegerField(null=True)
        old = TextField(null=True)
        new = TextField(null=True)

        class Meta:
            database = db
            table_name = "audit_event"
            indexes = ((("table", "row_id"), False),)

    db.create_tables([AuditEvent])

    class Contact(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        name = CharField(max_length=120)
        category = CharField(max_length=24)
        kelurahan = ForeignKeyField(Kelurahan, on_delete="CASCADE")
        rw = ForeignKeyField(RW, null=True, on_delete="SET NULL")
        rt = ForeignKeyField(RT, null=True, on_delete="SET NULL")
        phone = CharField(max_length=32, default="")
        notes = TextField(default="")
        active = BooleanField(default=True)
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "contact"
            indexes = ((("station", "name"), False),)

    db.create_tables([Contact])

    class Draft(Model):
        os_user = CharField(max_length=64)
        form = CharField(max_length=40)
        data = TextField()
        updated_at = DateTimeField()

        class Meta:
            database = db
            table_name = "draft"
            indexes = ((("os_user", "form"), True),)

    db.create_tables([Draft])

    class Household(Model):
        report = ForeignKeyField(Report, on_delete="CASCADE")
        head_name = CharField(max_length=120)
        address = CharField(max_length=250, default="")
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "household"

    db.create_tables([Household])

    class InformationReport(Model):
        report = ForeignKeyField(Report, unique=True, on_delete="CASCADE")
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

        class Meta:
            database = db
            table_name = "information_report"

    db.create_tables([InformationReport])

    class Opinion(Model):
        household = ForeignKeyField(Household, on_delete="CASCADE")
        kind = CharField(max_length=8)
        field = CharField(max_length=60, default="")
        text = TextField()

        class Meta:
            database = db
            table_name = "opinion"

    db.create_tables([Opinion])

    class Plan(Model):
        station = ForeignKeyField(Station, on_delete="CASCADE")
        date = DateField()
        start_time = TimeField(null=True)
        officer = ForeignKeyField(Officer, on_delete="CASCADE")
        activity_type = ForeignKeyField(ActivityType)
        kelurahan = ForeignKeyField(Kelurahan)
        rw = ForeignKeyField(RW, null=True, on_delete="SET NULL")
        rt = ForeignKeyField(RT, null=True, on_delete="SET NULL")
        target = CharField(max_length=250, default="")
        note = TextField(default="")
        status = CharField(max_length=12, default="rencana")
        cancel_reason = CharField(max_length=250, default="")
        report = ForeignKeyField(Report, null=True, on_delete="SET NULL")
        created_by = CharField(max_length=64, default="")
        created_at = DateTimeField()
        updated_at = DateTimeField()
        version = IntegerField(default=1)

        class Meta:
            database = db
            table_name = "plan"
            indexes = (
                (("station", "date"), False),
                (("officer", "date"), False),
                (("kelurahan", "date"), False),
            )

    db.create_tables([Plan])

    class ReportAudience(Model):
        report = ForeignKeyField(Report, on_delete="CASCADE")
        category = CharField(max_length=24)
        count = IntegerField(null=True)

        class Meta:
            database = db
            table_name = "report_audience"
            indexes = ((("report", "category"), True),)

    db.create_tables([ReportAudience])

    class ReportContact(Model):
        report = ForeignKeyField(Report, on_delete="CASCADE")
        contact = ForeignKeyField(Contact, on_delete="CASCADE")

        class Meta:
            database = db
            table_name = "report_contact"
            indexes = ((("report", "contact"), True),)

    db.create_tables([ReportContact])

    class ReportOfficer(Model):
        report = ForeignKeyField(Report, on_delete="CASCADE")
        officer = ForeignKeyField(Officer)
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "report_officer"
            indexes = ((("report", "officer"), True), (("officer", "report"), False))

    db.create_tables([ReportOfficer])

    class ReportType(Model):
        report = ForeignKeyField(Report, on_delete="CASCADE")
        activity_type = ForeignKeyField(ActivityType)
        position = IntegerField(default=0)

        class Meta:
            database = db
            table_name = "report_type"
            indexes = ((("report", "activity_type"), True), (("activity_type",), False))

    db.create_tables([ReportType])


def down(migrator, db):
    migrator.migrate(migrator.drop_table("report_type"))
    migrator.migrate(migrator.drop_table("report_officer"))
    migrator.migrate(migrator.drop_table("report_contact"))
    migrator.migrate(migrator.drop_table("report_audience"))
    migrator.migrate(migrator.drop_table("plan"))
    migrator.migrate(migrator.drop_table("opinion"))
    migrator.migrate(migrator.drop_table("information_report"))
    migrator.migrate(migrator.drop_table("household"))
    migrator.migrate(migrator.drop_table("draft"))
    migrator.migrate(migrator.drop_table("contact"))
    migrator.migrate(migrator.drop_table("audit_event"))
    migrator.migrate(migrator.drop_table("attachment"))
    migrator.migrate(migrator.drop_table("report"))
    migrator.migrate(migrator.drop_table("problem"))
    migrator.migrate(migrator.drop_table("rt"))
    migrator.migrate(migrator.drop_table("rw"))
    migrator.migrate(migrator.drop_table("operation"))
    migrator.migrate(migrator.drop_table("assignment"))
    migrator.migrate(migrator.drop_table("kelurahan"))
    migrator.migrate(migrator.drop_table("officer"))
    migrator.migrate(migrator.drop_table("station"))
    migrator.migrate(migrator.drop_table("activity_type"))
