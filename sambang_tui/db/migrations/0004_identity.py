"""Identity and drafts per session.

``setting``: facts about the database itself, one row per key. ``demo`` = ``1``
is written by ``sambang demo`` (and the test fixtures): only on such a
database are ``SAMBANG_USER`` and ``SAMBANG_TODAY`` honoured.

``draft.session``: the app instance that is typing the form, so two
instances of one login keep separate drafts (was one draft per login and
form: two killed instances left one form). Existing drafts get the empty
session, which no running instance has, so they are offered at the next
start as orphaned.
"""

from peewee import *


SESSION_INDEX = (
    'CREATE UNIQUE INDEX "draft_os_user_form_session" ON "draft" ("os_user", "form", "session")'
)


def up(migrator, db):
    class Setting(Model):
        key = CharField(primary_key=True, max_length=40)
        value = TextField()

        class Meta:
            database = db
            table_name = "setting"

    db.create_tables([Setting])
    db.execute_sql("""ALTER TABLE "draft" ADD COLUMN "session" VARCHAR(64) NOT NULL DEFAULT ''""")
    db.execute_sql('DROP INDEX "draft_os_user_form"')
    db.execute_sql(SESSION_INDEX)


def down(migrator, db):
    db.execute_sql('DROP INDEX "draft_os_user_form_session"')
    db.execute_sql("""DELETE FROM "draft" WHERE "session" <> ''""")
    db.execute_sql('ALTER TABLE "draft" DROP COLUMN "session"')
    db.execute_sql('CREATE UNIQUE INDEX "draft_os_user_form" ON "draft" ("os_user", "form")')
    db.execute_sql('DROP TABLE IF EXISTS "setting"')
