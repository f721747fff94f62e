"""What official documents need of the station and of an operation.

``station.unit_code``: the unit at the end of a document number
(``R/LI-16/XI/2024/Sek Senen``). ``station.warrant``: the station's standing
Surat Perintah for its Bhabinkamtibmas, printed as the "Dasar" of a Laporan
Kegiatan; ``operation.warrant`` the operation's own, used instead for its
reports. ``station.addressee`` / ``station.attention``: to whom the recap
goes (``Kapolres Metro Jakarta Pusat``, u.p. ``Kasat Binmas``);
``station.copies``: its Tembusan, one per line.
"""

from peewee import *

# a default in the database too, so rows inserted by plain SQL (bulk loads,
# other tools) that name no such column still get the empty text
EMPTY = [SQL("DEFAULT ''")]


def up(migrator, db):
    migrator.migrate(
        migrator.add_column(
            "station", "unit_code", CharField(max_length=40, default="", constraints=EMPTY)
        ),
        migrator.add_column("station", "warrant", TextField(default="", constraints=EMPTY)),
        migrator.add_column(
            "station", "addressee", CharField(max_length=160, default="", constraints=EMPTY)
        ),
        migrator.add_column(
            "station", "attention", CharField(max_length=160, default="", constraints=EMPTY)
        ),
        migrator.add_column("station", "copies", TextField(default="", constraints=EMPTY)),
        migrator.add_column("operation", "warrant", TextField(default="", constraints=EMPTY)),
    )


def down(migrator, db):
    migrator.migrate(
        migrator.drop_column("operation", "warrant"),
        *(
            migrator.drop_column("station", c)
            for c in ("copies", "attention", "addressee", "warrant", "unit_code")
        ),
    )
