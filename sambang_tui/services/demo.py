"""The demo database of Polsek Senen: master data, eight weeks of plans and
reports around Pilkada 2024 (voting day 27 November 2024), the two past, the
current and the next week relative to ``today``, and the seed story of
2 December 2024.

Deterministic: every random choice comes from a ``random.Random`` seeded with
a constant and the day it is about, and no wall clock is read except
``today`` (``services.clock.today()`` by default), which decides what is past
(realised or missed) and what is still planned. Rows are written with
explicit ids in bulk inserts, so a demo is built in well under a second.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from peewee import Database, Model

from sambang_tui.db.database import is_sqlite, make_database, sqlite_path
from sambang_tui.db.models import (
    MODELS,
    RT,
    RW,
    ActivityType,
    Assignment,
    AuditEvent,
    Contact,
    Household,
    InformationReport,
    Kelurahan,
    Officer,
    Operation,
    Opinion,
    Plan,
    Problem,
    Report,
    ReportAudience,
    ReportContact,
    ReportOfficer,
    ReportType,
    Setting,
    Station,
)
from sambang_tui.db.pg import session as pg_session
from sambang_tui.services.admin import runtime
from sambang_tui.services.core import clock, store
from sambang_tui.services.core.actor import current_os_user
from sambang_tui.services.core.errors import PermissionDenied, ServiceError
from sambang_tui.services.core.identity import DEMO_KEY, mark_demo
from sambang_tui.services.reports.search_text import compose

SEED = 20241127
PILKADA_DAY = dt.date(2024, 11, 27)
HISTORY_START = dt.date(2024, 10, 28)
HISTORY_END = dt.date(2024, 12, 22)
SEED_STORY_DAY = dt.date(2024, 12, 2)
OPERATION = ("Operasi Mantap Praja Jaya 2024", dt.date(2024, 8, 14), dt.date(2024, 12, 31))
KAPOLSEK_QUOTE_BY = "Kapolsek Senen AKP Bambang Santoso, SH., MH"

STATION = {
    "name": "Polsek Senen",
    "polres": "Polres Metro Jakarta Pusat",
    "polda": "Polda Metro Jaya",
    "address": "Jalan Kramat Raya No. 61, Senen, Jakarta Pusat 10450",
    "city": "Jakarta Pusat",
    "humas_signoff": "Humas Polres Metro Jakarta Pusat",
    "unit_code": "Sek Senen",
    "warrant": (
        "Surat Perintah Kapolsek Senen Nomor Sprin/12/I/2024 tanggal 2 Januari 2024 "
        "tentang Penugasan Bhabinkamtibmas Polsek Senen"
    ),
    "addressee": "Kapolres Metro Jakarta Pusat",
    "attention": "Kasat Binmas",
    "copies": "Kabag Ops Polres Metro Jakarta Pusat\nKasat Intelkam Polres Metro Jakarta Pusat",
}
OPERATION_WARRANT = (
    "Surat Perintah Kapolda Metro Jaya Nomor Sprin/1845/VIII/2024 tanggal 12 Agustus 2024 "
    "tentang Operasi Mantap Praja Jaya 2024"
)

# name, RW count, streets
KELURAHAN: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("Senen", 8, ("Jalan Senen Raya", "Jalan Kramat Bunder", "Jalan Kalilio")),
    ("Kwitang", 9, ("Jalan Kwitang Raya", "Jalan Kembang Raya", "Jalan Prapatan")),
    ("Kenari", 10, ("Jalan Kenari Raya", "Jalan Salemba Tengah", "Jalan Kenari II")),
    ("Paseban", 9, ("Jalan Salemba Raya", "Jalan Paseban Raya", "Jalan Kramat Sawah")),
    ("Kramat", 9, ("Jalan Kramat Raya", "Jalan Kramat Pulo", "Jalan Kramat Sentiong")),
    ("Bungur", 7, ("Jalan Bungur Besar", "Jalan Gunung Sahari", "Jalan Kepu Selatan")),
)

# login, nrp, rank, name, role, phone, is_admin
STAFF: tuple[tuple[str, str, str, str, str, str, bool], ...] = (
    ("kapolsek", "75080412", "AKP", "Bambang Santoso, SH., MH", "kapolsek", "081210000001", False),
    ("wakapolsek", "77030518", "Iptu", "Hendra Gunawan, SH", "wakapolsek", "081210000002", False),
    ("kanit", "78110264", "Iptu", "Dedi Suryadi", "kanit_binmas", "081210000003", False),
    ("desk", "86040977", "Bripka", "Rina Marlina", "desk", "081210000004", True),
)
# kelurahan -> (nrp, rank, name, phone)
BHABINS: dict[str, tuple[str, str, str, str]] = {
    "Senen": ("78050123", "Aiptu", "Sutrisno", "081310000011"),
    "Kwitang": ("80070331", "Aipda", "Joko Prasetyo", "081310000012"),
    "Kenari": ("83020745", "Bripka", "Agus Setiawan", "081310000013"),
    "Paseban": ("79100586", "Aiptu", "Heri Kurniawan", "081310000014"),
    "Kramat": ("84060219", "Bripka", "Dwi Hartono", "081310000015"),
    "Bungur": ("81120458", "Aipda", "Yusuf Maulana", "081310000016"),
}
EXTRA_DESK = ("90010733", "Brigpol", "Andi Wijaya", "081210000005")
RETIRED = ("68090114", "Aiptu", "Slamet Riyadi", "")

FIRST_NAMES = (
    "Ahmad", "Budi", "Cahya", "Darmawan", "Eko", "Fajar", "Gilang", "Hasan", "Imam",
    "Jamal", "Kurnia", "Lukman", "Mulyadi", "Nur", "Oki", "Putri", "Rahmat", "Sri",
    "Taufik", "Umar", "Wahyu", "Yanti", "Zainal", "Dewi", "Ratna", "Siti",
)  # fmt: skip
LAST_NAMES = (
    "Hidayat", "Saputra", "Nasution", "Siregar", "Wibowo", "Lestari", "Kusuma", "Harahap",
    "Rahman", "Firmansyah", "Susanto", "Purba", "Halim", "Pratama", "Hakim", "Sembiring",
)  # fmt: skip
CONTACT_ROLES: tuple[tuple[str, str, str], ...] = (
    ("ketua_rw", "", "Ketua RW"),
    ("tokoh_masyarakat", "H. ", "Tokoh masyarakat"),
    ("tokoh_agama", "Ustadz ", "Pengurus masjid"),
    ("tokoh_pemuda", "", "Ketua Karang Taruna"),
    ("ketua_rt", "", "Ketua RT"),
    ("perangkat_kelurahan", "", "Sekretaris Kelurahan"),
)

TIMES = (dt.time(9, 0), dt.time(10, 0), dt.time(13, 30), dt.time(19, 30))
PROBLEM_TIME = dt.time(15, 30)
CANCEL_REASONS = (
    "Dipanggil mendadak untuk pengamanan unjuk rasa di depan KPU DKI Jakarta",
    "Hujan deras, warga tidak dapat berkumpul",
    "Mengikuti apel gabungan di Polres Metro Jakarta Pusat",
    "Tokoh yang akan ditemui sedang ke luar kota",
)
OPINIONS: tuple[tuple[str, str, str], ...] = (
    ("keluhan", "Kamtibmas", "Masih ada balap liar di jalan raya menjelang dini hari."),
    ("keluhan", "Lingkungan", "Saluran air tersumbat sehingga gang tergenang saat hujan."),
    ("keluhan", "Sosial", "Anak muda sering nongkrong sampai larut malam di pos ronda."),
    ("keluhan", "Kamtibmas", "Penerangan jalan di gang belakang mati sejak sebulan."),
    ("harapan", "Kamtibmas", "Patroli malam polisi lebih sering melintas di wilayah RW."),
    ("harapan", "Sosial", "Siskamling diaktifkan kembali dengan jadwal yang jelas."),
    ("harapan", "Pilkada", "Hasil Pilkada diterima semua pihak dengan damai."),
    ("harapan", "Ekonomi", "Ada pelatihan usaha kecil untuk ibu-ibu PKK."),
)


@dataclass(frozen=True)
class DemoSummary:
    target: str
    today: dt.date
    station_id: int
    officers: int
    kelurahan: int
    contacts: int
    plans: int
    reports: int
    problems: int
    seed_report_number: str
    logins: tuple[str, ...]
    safety_backup: str | None = None


@dataclass
class _Area:
    id: int
    name: str
    streets: tuple[str, ...]
    rws: dict[int, tuple[int, list[tuple[int, int]]]] = field(default_factory=dict)
    """RW number -> (RW id, [(RT number, RT id), ...])"""


@dataclass
class _Visit:
    """A plan, and the report realising it when it took place."""

    day: dt.date
    time: dt.time
    officer: int
    kel: _Area
    type_code: str
    rw: int
    rt: int
    street: str
    target: str = ""
    problem: int | None = None
    problem_step: str = ""
    forced: dict[str, Any] | None = None


@dataclass(frozen=True)
class _ProblemSpec:
    kelurahan: str
    rw: int
    title: str
    field: str
    parties: str
    description: str
    visits: tuple[dt.date, ...]
    resolution: str = ""


PROBLEMS: tuple[_ProblemSpec, ...] = (
    _ProblemSpec(
        "Kramat", 5, "Sengketa lahan parkir warung di Jalan Kramat Raya", "Sosial",
        "Pemilik warung makan dan pengelola parkir RW 05",
        "Perebutan lahan parkir di depan warung memicu adu mulut berulang.",
        (dt.date(2024, 10, 30), dt.date(2024, 11, 6), dt.date(2024, 11, 13)),
        "Kedua pihak sepakat membagi lahan parkir dan membuat surat pernyataan damai.",
    ),
    _ProblemSpec(
        "Kenari", 2, "Keluhan kebisingan bengkel las pada malam hari", "Lingkungan",
        "Warga RT 03 RW 02 dan pemilik bengkel las",
        "Bengkel las bekerja hingga pukul 23.00 sehingga warga terganggu.",
        (dt.date(2024, 11, 5), dt.date(2024, 11, 19)),
        "Pemilik bengkel bersedia berhenti bekerja paling lambat pukul 21.00.",
    ),
    _ProblemSpec(
        "Bungur", 4, "Sengketa batas tembok antartetangga", "Pertanahan",
        "Keluarga Bapak Sutarman dan keluarga Ibu Nani",
        "Tembok pembatas dibangun melewati batas tanah menurut salah satu pihak.",
        (dt.date(2024, 11, 20), dt.date(2024, 11, 28), dt.date(2024, 12, 12)),
    ),
    _ProblemSpec(
        "Paseban", 3, "Gesekan antarkelompok pemuda pendukung pasangan calon", "Pilkada",
        "Kelompok pemuda RW 03 dan RW 07",
        "Saling ejek di media sosial setelah hitung cepat berlanjut menjadi adu mulut.",
        (dt.date(2024, 11, 29), dt.date(2024, 12, 3), dt.date(2024, 12, 10)),
    ),
)  # fmt: skip


SETTLED_LATER = "Kedua pihak sepakat berdamai disaksikan Ketua RW dan Bhabinkamtibmas."
CURRENT_PROBLEM = _ProblemSpec(
    "Kwitang", 3, "Keributan antarwarga soal parkir motor di gang sempit", "Sosial",
    "Warga RT 02 dan RT 04 RW 03",
    "Motor yang diparkir di gang menghalangi jalan; dua keluarga bertengkar.",
    (),
)  # fmt: skip


def demo_path() -> str:
    """Where ``sambang --demo`` keeps its demo database."""
    from sambang_tui.config import data_dir

    return str(data_dir() / "demo.db")


def _rng(*parts: object) -> random.Random:
    return random.Random("-".join(str(p) for p in (SEED, *parts)))


def is_empty(target: str) -> bool:
    """True when ``target`` holds no master data, plans or reports (a missing
    or zero-length file, a fresh schema): safe to write a demo into."""
    path = sqlite_path(target)
    if path is not None and (not path.exists() or path.stat().st_size == 0):
        return True
    db = make_database(target)
    try:
        db.connect()
        tables = set(db.get_tables())
        for model in (Officer, Kelurahan, Contact, Plan, Report):
            name = model._meta.table_name
            if name in tables and db.execute_sql(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone():
                return False
        if "station" in tables:
            names = [r[0] for r in db.execute_sql('SELECT name FROM "station"').fetchall()]
            if names not in ([], [runtime.DEFAULT_STATION]):
                return False  # a station already set up by hand
        ours = {m._meta.table_name for m in MODELS} | {"schema_migration"}
        return all(t in ours or t.startswith("report_fts") for t in tables)
    except Exception:  # not a database at all: something to keep
        return False
    finally:
        db.close()


def is_demo(target: str) -> bool:
    """True when ``target`` is a database ``sambang demo`` wrote: it carries
    the demo marker (or, written before the marker existed, the demo's own
    audit event)."""
    path = sqlite_path(target)
    if path is not None and (not path.is_file() or path.stat().st_size == 0):
        return False
    db = make_database(target)
    try:
        db.connect()
        tables = set(db.get_tables())
        if "setting" in tables:
            row = db.execute_sql(
                f'SELECT value FROM "setting" WHERE key = {db.param}', (DEMO_KEY,)
            ).fetchone()
            if row is not None:
                return row[0] == "1"
        if "audit_event" in tables:
            sql = f'SELECT 1 FROM "audit_event" WHERE action = {db.param} AND "table" = {db.param}'
            return db.execute_sql(sql, ("demo", "station")).fetchone() is not None
        return False
    except Exception:  # not a database at all
        return False
    finally:
        db.close()


def demo_target_state(target: str) -> str:
    """``"empty"`` (new, or no data yet) or ``"demo"``; anything else is a
    station's data (or not a database at all), which a demo never replaces."""
    if is_empty(target):
        return "empty"
    if is_demo(target):
        return "demo"
    raise PermissionDenied(
        f"Basis data {runtime.describe_target(target)} berisi data Polsek (bukan demo); demo "
        "tidak pernah ditulis di atasnya, juga dengan --force. Pakai --db dengan berkas baru."
    )


def _clear(db: Database) -> None:
    """Delete every row of a demo database in place (inside the caller's
    transaction): the file stays the same file, so a desk app still open on
    it keeps working on what is now the new demo."""
    if is_sqlite(db):
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for model in reversed(MODELS):
            if model is not Setting:
                db.execute_sql(f'DELETE FROM "{model._meta.table_name}"')
        return
    tables = [m._meta.table_name for m in MODELS if m is not Setting]
    db.execute_sql(
        "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"
    )


def build_demo(
    target: str,
    today: dt.date | None = None,
    *,
    os_user: str | None = None,
    replace: bool = False,
) -> DemoSummary:
    """Write the demo station into ``target`` and return what it holds.

    ``os_user`` (default: the current OS login) is mapped to a second desk
    officer when it is none of the demo logins, so the person who built the
    demo can work in it. ``target`` must be new or empty, or — with
    ``replace`` — an earlier demo, which is first saved as a safety backup
    and then rewritten in place in one transaction. A station's data is
    never replaced (``PermissionDenied``).
    """
    today = today or clock.today()
    os_user = current_os_user() if os_user is None else os_user
    state = demo_target_state(target)
    if state == "demo" and not replace:
        raise ServiceError(
            f"Basis data {runtime.describe_target(target)} sudah berisi data demo; "
            "demo tidak ditulis (pakai --force untuk menimpanya)."
        )
    safety = safety_backup(target) if state == "demo" else None
    db = runtime.connect(target)
    try:
        station_server = pg_session.managed(db)
        if station_server:
            os_user = _station_server_builder(db)
        with store.refusals(), db.atomic():
            if station_server:  # the rows are the demo's own: no review rules, no audit rows
                db.execute_sql("SET LOCAL session_replication_role = replica")
            if state == "demo":
                _clear(db)
                runtime.ensure_defaults()
            builder = _Builder(today, os_user)
            mark_demo()
            summary = builder.build(target)
        if is_sqlite(db):
            db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        else:
            _reset_sequences(db, builder.written)
        if station_server:
            from sambang_tui.services.admin import server

            server.sync_all(db)  # the demo logins get their login roles
    finally:
        runtime.close()
    return dataclasses.replace(summary, safety_backup=safety)


def _station_server_builder(db: Database) -> str:
    """On a station server only a PostgreSQL superuser writes a demo, and
    its own login is mapped to no officer (a superuser is never a desk)."""
    login, superuser = pg_session.session_user(db)
    if not superuser:
        raise PermissionDenied(
            f"Demo di server Polsek hanya ditulis oleh superuser PostgreSQL (yang mencoba: "
            f"{login}): runuser -u postgres -- sambang demo --db … --force"
        )
    return ""


def safety_backup(target: str) -> str | None:
    """Keep the demo about to be rewritten: a SQLite backup beside it, or a
    ``pg_dump`` file in the data folder."""
    from sambang_tui.services.admin.backup import backup, pg_dump_file, prune

    if sqlite_path(target) is None:
        return str(pg_dump_file(target, label="sebelum-demo"))
    made = backup(target, label="sebelum-demo")
    prune(made.parent, "sebelum-demo", keep=3)
    return str(made)


def _reset_sequences(db: Database, models: Iterable[type[Model]]) -> None:
    for model in models:
        table = model._meta.table_name
        db.execute_sql(
            f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
            f'COALESCE((SELECT MAX(id) FROM "{table}"), 1))'
        )


def _bulk(model: type[Model], rows: list[dict[str, Any]], written: list[type[Model]]) -> None:
    for start in range(0, len(rows), 400):
        model.insert_many(rows[start : start + 400]).as_rowcount().execute()
    written.append(model)


def _stamp(day: dt.date, time: dt.time, minutes: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, time) + dt.timedelta(minutes=minutes)


class _Builder:
    def __init__(self, today: dt.date, os_user: str) -> None:
        self.today = today
        self.os_user = os_user
        self.written: list[type[Model]] = []
        self.types = {t.code: t for t in ActivityType.select()}
        self.areas: dict[str, _Area] = {}
        self.officers: list[dict[str, Any]] = []
        self.bhabin_of: dict[str, int] = {}
        self.contacts: list[dict[str, Any]] = []
        self.contacts_by_kel: dict[int, list[dict[str, Any]]] = {}
        self.logins: list[str] = []

    # --- master data -------------------------------------------------------

    def build(self, target: str) -> DemoSummary:
        station = Station.select().order_by(Station.id).first()
        self.station_id = station.id
        self._areas()
        self._officers()
        Station.update(**STATION, kapolsek=self.kapolsek_id).where(
            Station.id == self.station_id
        ).execute()
        self._contacts()
        self.operation_id = 1
        _bulk(
            Operation,
            [
                {
                    "id": 1,
                    "station": self.station_id,
                    "name": OPERATION[0],
                    "start": OPERATION[1],
                    "end": OPERATION[2],
                    "warrant": OPERATION_WARRANT,
                }
            ],
            self.written,
        )
        self._problems()
        visits = self._visits()
        seed_number, plans, reports = self._plans_and_reports(visits)
        AuditEvent.create(
            at=_stamp(self.today, dt.time(7, 0)),
            os_user=self.os_user,
            station=self.station_id,
            action="demo",
            table="station",
            row_id=self.station_id,
            new=f'{{"demo": true, "reports": {reports}, "plans": {plans}}}',
        )
        return DemoSummary(
            target=target,
            today=self.today,
            station_id=self.station_id,
            officers=len(self.officers),
            kelurahan=len(self.areas),
            contacts=len(self.contacts),
            plans=plans,
            reports=reports,
            problems=len(PROBLEMS),
            seed_report_number=seed_number,
            logins=tuple(self.logins),
        )

    def _areas(self) -> None:
        rng = _rng("areas")
        kel_rows, rw_rows, rt_rows = [], [], []
        rw_id = rt_id = 0
        for kel_id, (name, rw_count, streets) in enumerate(KELURAHAN, start=1):
            area = _Area(kel_id, name, streets)
            kel_rows.append(
                {
                    "id": kel_id,
                    "station": self.station_id,
                    "name": name,
                    "kind": "kelurahan",
                    "kecamatan": "Senen",
                    "city": "Jakarta Pusat",
                }
            )
            for rw in range(1, rw_count + 1):
                rw_id += 1
                rw_rows.append({"id": rw_id, "kelurahan": kel_id, "number": rw})
                rts = []
                for rt in range(1, rng.randint(5, 15) + 1):
                    rt_id += 1
                    rt_rows.append({"id": rt_id, "rw": rw_id, "number": rt})
                    rts.append((rt, rt_id))
                area.rws[rw] = (rw_id, rts)
            self.areas[name] = area
        _bulk(Kelurahan, kel_rows, self.written)
        _bulk(RW, rw_rows, self.written)
        _bulk(RT, rt_rows, self.written)

    def _officers(self) -> None:
        rows = self.officers

        def add(nrp: str, rank: str, name: str, role: str, phone: str, **kw: Any) -> int:
            rows.append(
                {
                    "id": len(rows) + 1,
                    "station": self.station_id,
                    "nrp": nrp,
                    "rank": rank,
                    "name": name,
                    "role": role,
                    "phone": phone,
                    "os_user": kw.get("os_user"),
                    "is_admin": kw.get("is_admin", False),
                    "active": kw.get("active", True),
                }
            )
            if kw.get("os_user"):
                self.logins.append(kw["os_user"])
            return len(rows)

        for login, nrp, rank, name, role, phone, admin in STAFF:
            officer_id = add(nrp, rank, name, role, phone, os_user=login, is_admin=admin)
            if role == "kapolsek":
                self.kapolsek_id = officer_id
            if role == "kanit_binmas":
                self.kanit_id = officer_id
        for kel, (nrp, rank, name, phone) in BHABINS.items():
            login = f"bhabin.{kel.lower()}"
            self.bhabin_of[kel] = add(nrp, rank, name, "bhabinkamtibmas", phone, os_user=login)
        if self.os_user and self.os_user not in self.logins:
            add(*EXTRA_DESK[:3], "desk", EXTRA_DESK[3], os_user=self.os_user, is_admin=True)
        add(*RETIRED[:3], "bhabinkamtibmas", RETIRED[3], active=False)
        _bulk(Officer, rows, self.written)
        assignments = [
            {
                "id": i,
                "officer": self.bhabin_of[kel],
                "kelurahan": self.areas[kel].id,
                "start": dt.date(2023, 1, 2),
                "end": None,
            }
            for i, kel in enumerate(BHABINS, start=1)
        ]
        assignments.append(
            {
                "id": len(assignments) + 1,
                "officer": len(rows),
                "kelurahan": self.areas["Kramat"].id,
                "start": dt.date(2019, 3, 1),
                "end": dt.date(2022, 12, 31),
            }
        )
        _bulk(Assignment, assignments, self.written)

    def _contacts(self) -> None:
        rng = _rng("contacts")
        used: set[str] = set()

        def person() -> str:
            while True:
                name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                if name not in used:
                    used.add(name)
                    return name

        rows = self.contacts
        for area in self.areas.values():
            specs: list[tuple[str, str, int, str]] = []
            for category, prefix, note in CONTACT_ROLES:
                rw = rng.choice(list(area.rws))
                specs.append((category, prefix + person(), rw, note))
            if area.name == "Paseban":
                specs[1] = ("tokoh_masyarakat", "H. Ahmad Fauzi", 6, "Tokoh masyarakat RW 06")
                specs[3] = ("tokoh_pemuda", "Rizky Pratama", 6, "Ketua Karang Taruna RW 06")
                used.update({"Ahmad Fauzi", "Rizky Pratama"})
            for category, name, rw, note in specs:
                rw_id, rts = area.rws[rw]
                rt_number, rt_id = rts[0] if category != "ketua_rt" else rng.choice(rts)
                if category == "ketua_rw":
                    note = f"Ketua RW {rw:02d}"
                elif category == "ketua_rt":
                    note = f"Ketua RT {rt_number:02d} RW {rw:02d}"
                row = {
                    "id": len(rows) + 1,
                    "station": self.station_id,
                    "name": name,
                    "category": category,
                    "kelurahan": area.id,
                    "rw": rw_id,
                    "rt": rt_id if category in ("ketua_rt", "warga") else None,
                    "phone": f"0812{rng.randint(10_000_000, 99_999_999)}",
                    "notes": note,
                }
                rows.append(row)
                self.contacts_by_kel.setdefault(area.id, []).append(row)
        _bulk(Contact, rows, self.written)

    def _problems(self) -> None:
        rows = []
        self.problem_ids: dict[int, _ProblemSpec] = {}
        for pid, spec in enumerate(self._problem_specs(), start=1):
            area = self.areas[spec.kelurahan]
            last = spec.visits[-1]
            settled = bool(spec.resolution) and last < self.today
            rows.append(
                {
                    "id": pid,
                    "station": self.station_id,
                    "title": spec.title,
                    "kelurahan": area.id,
                    "rw": area.rws[spec.rw][0],
                    "field": spec.field,
                    "parties": spec.parties,
                    "description": spec.description,
                    "opened": spec.visits[0],
                    "status": "selesai" if settled else "terbuka",
                    "resolution": spec.resolution if settled else "",
                    "closed": last if settled else None,
                }
            )
            self.problem_ids[pid] = spec
        _bulk(Problem, rows, self.written)

    def _problem_specs(self) -> list[_ProblemSpec]:
        """The 2024 problems; when today is long after them, those still open
        are settled and a fresh one opens around this week, so the open
        problems shown are recent on any day."""
        if self.today <= HISTORY_END + dt.timedelta(days=14):
            return list(PROBLEMS)
        specs = [
            spec if spec.resolution else replace(spec, resolution=SETTLED_LATER)
            for spec in PROBLEMS
        ]
        monday = self.today - dt.timedelta(days=self.today.weekday())
        visits = (monday - dt.timedelta(days=5), monday + dt.timedelta(days=1))
        specs.append(replace(CURRENT_PROBLEM, visits=(*visits, monday + dt.timedelta(days=8))))
        return specs

    # --- plans -------------------------------------------------------------

    def _days(self) -> list[dt.date]:
        days = set()
        day = HISTORY_START
        while day <= HISTORY_END:
            days.add(day)
            day += dt.timedelta(days=1)
        # Two past weeks too, so the default recap (last full week) and the
        # Kanit's "who is behind" have something to show on any date.
        monday = self.today - dt.timedelta(days=self.today.weekday())
        days.update(monday + dt.timedelta(days=i) for i in range(-14, 14))
        return sorted(d for d in days if d.weekday() != 6)

    def _type_for(self, day: dt.date, rng: random.Random) -> str:
        cooling = dt.date(2024, 11, 18) <= day <= dt.date(2024, 12, 15)
        if cooling:
            return rng.choice(("CS", "CS", "SB", "SB", "DDS", "DD", "PD"))
        return rng.choice(("SB", "SB", "SB", "DDS", "DDS", "BL", "PD", "PD", "PKM", "DD"))

    def _visits(self) -> list[_Visit]:
        visits: list[_Visit] = []
        for day in self._days():
            for kel, officer in self.bhabin_of.items():
                rng = _rng("visit", day.isoformat(), kel)
                area = self.areas[kel]
                if day == SEED_STORY_DAY and kel == "Paseban":
                    visits.append(self._seed_visit(area, officer))
                    times = [dt.time(14, 0)]
                else:
                    count = 2 if rng.random() < 0.3 else 1
                    times = sorted(rng.sample(TIMES, count))
                for time in times:
                    rw = rng.choice(list(area.rws))
                    rt = rng.choice(area.rws[rw][1])[0]
                    code = "PKM" if day == PILKADA_DAY else self._type_for(day, rng)
                    target = (
                        f"Pengamanan TPS di RW {rw:02d}"
                        if day == PILKADA_DAY
                        else f"Warga RT {rt:02d} RW {rw:02d}"
                    )
                    visits.append(
                        _Visit(
                            day, time, officer, area, code, rw, rt, rng.choice(area.streets), target
                        )
                    )
        for pid, spec in self.problem_ids.items():
            area = self.areas[spec.kelurahan]
            rt = area.rws[spec.rw][1][0][0]
            for step, day in enumerate(spec.visits):
                visits.append(
                    _Visit(
                        day, PROBLEM_TIME, self.bhabin_of[spec.kelurahan], area, "PS", spec.rw,
                        rt, area.streets[0], f"Mediasi: {spec.title}", pid,
                        "last" if step == len(spec.visits) - 1 else str(step),
                    )
                )  # fmt: skip
        visits.sort(key=lambda v: (v.day, v.time, v.officer))
        return visits

    def _seed_visit(self, area: _Area, officer: int) -> _Visit:
        return _Visit(
            SEED_STORY_DAY,
            dt.time(10, 0),
            officer,
            area,
            "SB",
            6,
            1,
            "Jalan Salemba Raya",
            "Warga, tokoh masyarakat dan pemuda RT 01 RW 06",
            forced={
                "types": ["SB", "CS"],
                "end_time": dt.time(11, 30),
                "audience": {"warga": 25, "tokoh_masyarakat": 4, "kelompok_pemuda": 12},
                "contacts": ["H. Ahmad Fauzi", "Rizky Pratama"],
                "narrative": (
                    "Bhabinkamtibmas Kelurahan Paseban melaksanakan kegiatan Sambang dan "
                    "Cooling System di Jalan Salemba Raya RT 01 RW 06 Kelurahan Paseban, "
                    "Kecamatan Senen, Jakarta Pusat. Bertatap muka dan berdialog dengan warga, "
                    "tokoh masyarakat dan kelompok pemuda setempat."
                ),
                "message": (
                    "Menghimbau warga agar tetap menjaga persatuan dan kesatuan serta tidak "
                    "mudah terprovokasi oleh perbedaan pilihan pada Pilkada 2024 sambil "
                    "menunggu hasil rekapitulasi KPU DKI Jakarta."
                ),
                "findings": "Situasi wilayah RW 06 aman dan kondusif; tidak ditemukan potensi "
                "gangguan kamtibmas.",
                "follow_up": "Melanjutkan sambang dan cooling system hingga penetapan hasil "
                "Pilkada oleh KPU DKI Jakarta.",
                "quote_by": KAPOLSEK_QUOTE_BY,
                "quote_text": (
                    "Perbedaan pilihan dalam Pilkada adalah hal yang wajar. Mari kita tunggu "
                    "hasil rekapitulasi resmi KPU DKI Jakarta dengan tenang dan tetap menjaga "
                    "kerukunan antarwarga."
                ),
                "status": "diverifikasi",
            },
        )

    # --- realisation -------------------------------------------------------

    def _status(self, day: dt.date, rng: random.Random) -> str:
        age = (self.today - day).days
        roll = rng.random()
        if age > 7:
            return "diverifikasi"
        if age > 3:
            return "diverifikasi" if roll < 0.6 else "diajukan" if roll < 0.9 else "dikembalikan"
        return "diajukan" if roll < 0.5 else "draft" if roll < 0.85 else "dikembalikan"

    def _plans_and_reports(self, visits: list[_Visit]) -> tuple[str, int, int]:
        plans: list[dict[str, Any]] = []
        realised: list[tuple[_Visit, int]] = []
        for plan_id, visit in enumerate(visits, start=1):
            rng = _rng("plan", visit.day.isoformat(), visit.time, visit.officer)
            status, reason = "rencana", ""
            if visit.day < self.today:
                roll = rng.random()
                if visit.forced or visit.problem or roll < 0.8:
                    status = "terlaksana"
                    realised.append((visit, plan_id))
                elif roll > 0.93:
                    status, reason = "batal", rng.choice(CANCEL_REASONS)
            created = _stamp(visit.day - dt.timedelta(days=visit.day.weekday() + 3), dt.time(15))
            plans.append(
                {
                    "id": plan_id,
                    "station": self.station_id,
                    "date": visit.day,
                    "start_time": visit.time,
                    "officer": visit.officer,
                    "activity_type": self.types[visit.type_code].id,
                    "kelurahan": visit.kel.id,
                    "rw": visit.kel.rws[visit.rw][0],
                    "rt": dict(visit.kel.rws[visit.rw][1])[visit.rt],
                    "target": visit.target,
                    "note": "",
                    "status": status,
                    "cancel_reason": reason,
                    "report": None,
                    "created_by": "desk",
                    "created_at": created,
                    "updated_at": created,
                }
            )
        seed_number = self._reports(realised, plans)
        _bulk(Plan, plans, self.written)
        return seed_number, len(plans), len(realised)

    def _reports(self, realised: list[tuple[_Visit, int]], plans: list[dict[str, Any]]) -> str:
        officers = {o["id"]: o for o in self.officers}
        kel_names = {a.id: a.name for a in self.areas.values()}
        rows: list[dict[str, Any]] = []
        types: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        audience: list[dict[str, Any]] = []
        met: list[dict[str, Any]] = []
        infos: list[dict[str, Any]] = []
        homes: list[dict[str, Any]] = []
        opinions: list[dict[str, Any]] = []
        seq: dict[int, int] = {}
        info_seq: dict[int, int] = {}
        seed_number = ""
        for report_id, (visit, plan_id) in enumerate(realised, start=1):
            rng = _rng("report", visit.day.isoformat(), visit.time, visit.officer)
            forced = visit.forced or {}
            year = visit.day.year
            seq[year] = seq.get(year, 0) + 1
            number = Report.format_number(seq[year], visit.day)
            codes = forced.get("types") or self._codes(visit, rng)
            team = [visit.officer] + ([self.kanit_id] if rng.random() < 0.08 else [])
            end = forced.get("end_time") or (
                _stamp(visit.day, visit.time, rng.choice((60, 90, 120))).time()
            )
            text = forced or self._texts(visit, codes, rng)
            status = forced.get("status") or self._status(visit.day, rng)
            contacts = self._met(visit, forced, rng)
            counts = forced.get("audience") or self._audience(codes, rng)
            created = _stamp(visit.day, end, 30 + rng.randint(0, 90))
            reviewed = status in ("diverifikasi", "dikembalikan")
            op = OPERATION[1] <= visit.day <= OPERATION[2]
            row = {
                "id": report_id,
                "station": self.station_id,
                "year": year,
                "seq": seq[year],
                "number": number,
                "activity_type": self.types[codes[0]].id,
                "operation": self.operation_id if op else None,
                "date": visit.day,
                "start_time": visit.time,
                "end_time": end,
                "kelurahan": visit.kel.id,
                "rw": visit.kel.rws[visit.rw][0],
                "rt": dict(visit.kel.rws[visit.rw][1])[visit.rt],
                "place": visit.street,
                "narrative": text["narrative"],
                "message": text["message"],
                "findings": text["findings"],
                "threat_level": text.get("threat_level", "nihil"),
                "situation": text.get("situation", "aman_kondusif"),
                "follow_up": text["follow_up"],
                "quote_by": text.get("quote_by", ""),
                "quote_text": text.get("quote_text", ""),
                "problem": visit.problem,
                "status": status,
                "reviewer": self.kanit_id if reviewed else None,
                "review_note": (
                    "Lengkapi jumlah warga yang hadir dan foto dokumentasi."
                    if status == "dikembalikan"
                    else ""
                ),
                "reviewed_at": created + dt.timedelta(hours=16) if reviewed else None,
                "created_by": "desk",
                "created_at": created,
                "updated_by": "desk",
                "updated_at": created,
            }
            row["search_text"] = compose(
                number,
                row["place"],
                kel_names[visit.kel.id],
                *(f"{officers[o]['name']} {officers[o]['nrp']}" for o in team),
                *(f"{c} {self.types[c].name}" for c in codes),
                *(c["name"] for c in contacts),
                row["narrative"],
                row["message"],
                row["findings"],
                row["quote_by"],
            )
            rows.append(row)
            plans[plan_id - 1]["report"] = report_id
            plans[plan_id - 1]["updated_at"] = created
            types.extend(
                {"report": report_id, "activity_type": self.types[c].id, "position": i}
                for i, c in enumerate(codes)
            )
            links.extend(
                {"report": report_id, "officer": o, "position": i} for i, o in enumerate(team)
            )
            audience.extend(
                {"report": report_id, "category": k, "count": v} for k, v in counts.items()
            )
            met.extend({"report": report_id, "contact": c["id"]} for c in contacts)
            if "DD" in codes:
                info_seq[year] = info_seq.get(year, 0) + 1
                info = self._information(report_id, info_seq[year], visit, rng)
                infos.append({"id": len(infos) + 1, **info})
            if "DDS" in codes:
                self._households(report_id, visit, rng, homes, opinions)
            if forced:
                seed_number = number
        _bulk(Report, rows, self.written)
        _bulk(ReportType, [{"id": i, **r} for i, r in enumerate(types, 1)], self.written)
        _bulk(ReportOfficer, [{"id": i, **r} for i, r in enumerate(links, 1)], self.written)
        _bulk(ReportAudience, [{"id": i, **r} for i, r in enumerate(audience, 1)], self.written)
        _bulk(ReportContact, [{"id": i, **r} for i, r in enumerate(met, 1)], self.written)
        _bulk(InformationReport, infos, self.written)
        _bulk(Household, homes, self.written)
        _bulk(Opinion, opinions, self.written)
        return seed_number

    def _codes(self, visit: _Visit, rng: random.Random) -> list[str]:
        codes = [visit.type_code]
        if visit.type_code == "SB" and visit.day.year == 2024 and rng.random() < 0.5:
            if dt.date(2024, 11, 18) <= visit.day <= dt.date(2024, 12, 15):
                codes.append("CS")
        elif visit.type_code == "PD" and rng.random() < 0.3:
            codes.append("BL")
        return codes

    def _met(
        self, visit: _Visit, forced: dict[str, Any], rng: random.Random
    ) -> list[dict[str, Any]]:
        pool = self.contacts_by_kel[visit.kel.id]
        if forced.get("contacts"):
            return [c for c in pool if c["name"] in forced["contacts"]]
        return rng.sample(pool, rng.choice((0, 1, 1, 2)))

    def _audience(self, codes: list[str], rng: random.Random) -> dict[str, int]:
        if codes[0] == "DDS":
            return {"warga": rng.randint(4, 12)}
        if codes[0] == "PS":
            return {"warga": rng.randint(2, 6), "perangkat_rt_rw": rng.randint(1, 3)}
        if codes[0] == "DD":
            return {"tokoh_masyarakat": rng.randint(1, 3)}
        counts = {"warga": rng.randint(8, 40)}
        for category in ("tokoh_masyarakat", "tokoh_agama", "kelompok_pemuda", "perangkat_rt_rw"):
            if rng.random() < 0.45:
                counts[category] = rng.randint(1, 12 if category == "kelompok_pemuda" else 4)
        return counts

    def _texts(self, visit: _Visit, codes: list[str], rng: random.Random) -> dict[str, str]:
        names = " dan ".join(self.types[c].name.split(" (")[0] for c in codes)
        where = f"{visit.street} RT {visit.rt:02d} RW {visit.rw:02d} Kelurahan {visit.kel.name}"
        pilkada = dt.date(2024, 10, 1) <= visit.day <= dt.date(2024, 12, 31)
        message = (
            "Menghimbau warga menjaga persatuan, tidak mudah terprovokasi berita bohong "
            "seputar Pilkada 2024 dan menyerahkan hasilnya pada proses resmi KPU."
            if pilkada
            else rng.choice(
                (
                    "Menghimbau warga mengaktifkan kembali siskamling dan segera melapor "
                    "ke Bhabinkamtibmas bila ada gangguan kamtibmas.",
                    "Menghimbau warga mewaspadai pencurian kendaraan bermotor dan memakai "
                    "kunci ganda.",
                    "Menghimbau orang tua mengawasi anak agar tidak terlibat tawuran dan "
                    "balap liar.",
                )
            )
        )
        text = {
            "narrative": (
                f"Bhabinkamtibmas Kelurahan {visit.kel.name} melaksanakan kegiatan {names} "
                f"di {where}, Kecamatan Senen, Jakarta Pusat."
            ),
            "message": message,
            "findings": "Situasi aman dan kondusif; tidak ditemukan potensi gangguan kamtibmas.",
            "follow_up": "Melanjutkan sambang rutin ke wilayah binaan.",
        }
        if codes[0] == "PKM":
            text["narrative"] = (
                f"Bhabinkamtibmas Kelurahan {visit.kel.name} melaksanakan pengamanan "
                f"kegiatan masyarakat di {where}."
            )
        if codes[0] == "DD":
            text["findings"] = (
                "Informasi rencana pengerahan massa ke kantor KPU DKI Jakarta saat "
                "rekapitulasi suara."
                if pilkada
                else "Informasi rencana pesta minuman keras di pos ronda pada malam Minggu."
            )
            text["threat_level"] = "rendah"
            text["situation"] = "waspada" if rng.random() < 0.5 else "aman_kondusif"
            text["follow_up"] = "Koordinasi dengan Kanit Intelkam dan monitoring lanjutan."
        if codes[0] == "PS" and visit.problem:
            spec = self.problem_ids[visit.problem]
            text["narrative"] = (
                f"Bhabinkamtibmas Kelurahan {visit.kel.name} memediasi permasalahan "
                f"'{spec.title}' antara {spec.parties} di {where}."
            )
            settled = visit.problem_step == "last" and spec.resolution
            text["findings"] = spec.resolution if settled else spec.description
            text["follow_up"] = (
                "Permasalahan selesai; monitoring berkala."
                if settled
                else "Mediasi lanjutan dijadwalkan bersama Ketua RW dan pihak kelurahan."
            )
            text["threat_level"] = "nihil" if settled else "rendah"
            text["situation"] = "aman_kondusif" if settled else "waspada"
        return text

    def _information(
        self, report_id: int, seq: int, visit: _Visit, rng: random.Random
    ) -> dict[str, Any]:
        contact = rng.choice(self.contacts_by_kel[visit.kel.id])
        pilkada = visit.day.year == 2024
        return {
            "report": report_id,
            "seq": seq,
            "field": "Politik" if pilkada else "Kamtibmas",
            "subject": (
                "Rencana pengerahan massa saat rekapitulasi KPU DKI Jakarta"
                if pilkada
                else "Rencana pesta minuman keras di pos ronda"
            ),
            "source": contact["name"],
            "source_relation": contact["notes"],
            "how_obtained": "Wawancara langsung",
            "obtained_at": _stamp(visit.day, visit.time, 30),
            "reliability": rng.choice("BC"),
            "accuracy": rng.choice("23"),
            "facts": (
                f"Di wilayah RW {visit.rw:02d} Kelurahan {visit.kel.name} beredar ajakan "
                "melalui grup percakapan untuk berkumpul dan bergerak bersama."
            ),
            "assessment": "Potensi gangguan kecil; perlu penggalangan tokoh dan monitoring.",
        }

    def _households(
        self,
        report_id: int,
        visit: _Visit,
        rng: random.Random,
        homes: list[dict[str, Any]],
        opinions: list[dict[str, Any]],
    ) -> None:
        for position in range(rng.randint(2, 4)):
            home_id = len(homes) + 1
            homes.append(
                {
                    "id": home_id,
                    "report": report_id,
                    "head_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                    "address": (
                        f"{visit.street} No. {rng.randint(1, 120)}, "
                        f"RT {visit.rt:02d} RW {visit.rw:02d}"
                    ),
                    "position": position,
                }
            )
            for kind, fld, text in rng.sample(OPINIONS, rng.randint(1, 2)):
                opinions.append(
                    {"id": len(opinions) + 1, "household": home_id, "kind": kind, "field": fld,
                     "text": text}
                )  # fmt: skip
