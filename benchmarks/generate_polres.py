"""Deterministic generator of a whole Polres on one database: ``--stations``
Polsek (default 20) with ``--reports`` reports each (default 50 000: a
million in all), their officers, kelurahan with RW/RT, assignments,
contacts, problems and about a quarter million plans, over five years
ending 2026-11-30.

On PostgreSQL every table is loaded with ``COPY … FROM STDIN`` (the
search index is dropped for the load and built once after it); on SQLite
with ``executemany`` in large transactions. The schema comes from the app's
own migrations, so what is measured is what the app opens.

    python benchmarks/generate_polres.py --db postgresql://…/sambang_bench_polres
    python benchmarks/generate_polres.py --db /tmp/polres.db --stations 3 --reports 300
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sambang_tui.db.database import is_url, sqlite_path  # noqa: E402
from sambang_tui.db.vocab import AUDIENCE_CATEGORIES, CONTACT_CATEGORIES, RANKS  # noqa: E402
from sambang_tui.services.admin import runtime  # noqa: E402

END = dt.date(2026, 11, 30)
POLRES = "Polres Metro Jakarta Pusat"
SECTORS = (
    "Gambir", "Sawah Besar", "Kemayoran", "Senen", "Cempaka Putih", "Johar Baru",
    "Menteng", "Tanah Abang", "Pasar Baru", "Gunung Sahari", "Kramat", "Salemba",
    "Cikini", "Petojo", "Galur", "Serdang", "Utan Panjang", "Bendungan Hilir",
    "Karet Tengsin", "Kebon Kacang", "Kebon Melati", "Kampung Bali", "Harapan Mulya",
    "Sumur Batu",
)  # fmt: skip
STREETS = (
    "Salemba Raya", "Kramat Raya", "Kwitang", "Senen Raya", "Bungur Besar", "Kenari",
    "Paseban Raya", "Gunung Sahari", "Percetakan Negara", "Pramuka", "Cikini Raya",
    "Diponegoro", "Tanah Tinggi", "Garuda", "Kalibaru", "Rawasari", "Cempaka Putih",
    "Kéboné Jéruk",  # accented on purpose: search folds accents
)  # fmt: skip
FIRST = (
    "Agus", "Budi", "Dedi", "Eko", "Fajar", "Hendra", "Imam", "Joko", "Kurniawan", "Lukman",
    "Made", "Nanang", "Putu", "Rahmat", "Slamet", "Teguh", "Wahyu", "Yudi", "Zainal", "Asep",
)  # fmt: skip
LAST = (
    "Santoso", "Wibowo", "Saputra", "Hidayat", "Setiawan", "Pratama", "Nugroho", "Siregar",
    "Simanjuntak", "Harahap", "Kusuma", "Gunawan", "Purnomo", "Susanto", "Firmansyah",
)  # fmt: skip
NARRATIVE = (
    "Bhabinkamtibmas melaksanakan sambang dan tatap muka dengan warga di {street}.",
    "Dialog dengan tokoh masyarakat mengenai situasi kamtibmas di lingkungan RW.",
    "Warga menyampaikan keluhan tentang parkir liar dan kenakalan remaja.",
    "Kegiatan berjalan tertib; warga menyambut baik kehadiran Polri.",
    "Pengecekan pos kamling dan himbauan ronda malam kepada pengurus RT.",
    "Koordinasi dengan perangkat kelurahan terkait kegiatan warga akhir pekan.",
)
MESSAGE = (
    "Menghimbau warga menjaga persatuan dan tidak terprovokasi isu hoaks.",
    "Menghimbau warga mengaktifkan siskamling dan melapor bila ada kejadian.",
    "Menghimbau orang tua mengawasi anak agar tidak terlibat tawuran.",
    "Menghimbau warga waspada terhadap pencurian kendaraan bermotor.",
)
TYPE_WEIGHTS = (
    ("SB", 40), ("DDS", 15), ("CS", 10), ("DD", 8), ("PS", 5), ("BL", 10), ("PD", 10), ("PKM", 2),
)  # fmt: skip
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

COLUMNS = {
    "station": (
        "id", "name", "polres", "polda", "address", "city", "humas_signoff", "version",
        "unit_code", "warrant", "addressee", "attention", "copies", "rw_visits_per_week",
        "plans_per_day",
    ),
    "officer": (
        "id", "station_id", "nrp", "name", "rank", "role", "phone", "os_user", "is_admin",
        "active", "version",
    ),
    "kelurahan": ("id", "station_id", "name", "kind", "kecamatan", "city", "version", "uid"),
    "rw": ("id", "kelurahan_id", "number"),
    "rt": ("id", "rw_id", "number"),
    "assignment": ("id", "officer_id", "kelurahan_id", "start", "version", "uid"),
    "contact": (
        "id", "station_id", "name", "category", "kelurahan_id", "phone", "notes", "active",
        "version", "uid",
    ),
    "problem": (
        "id", "station_id", "title", "kelurahan_id", "field", "parties", "description",
        "opened", "status", "resolution", "closed", "version", "uid",
    ),
    "report": (
        "id", "station_id", "year", "seq", "number", "activity_type_id", "date", "start_time",
        "end_time", "kelurahan_id", "rw_id", "rt_id", "place", "narrative", "message",
        "findings", "threat_level", "situation", "follow_up", "quote_by", "quote_text",
        "status", "review_note", "search_text", "created_by", "created_at", "updated_by",
        "updated_at", "version",
    ),
    "report_officer": ("report_id", "officer_id", "position"),
    "report_type": ("report_id", "activity_type_id", "position"),
    "report_audience": ("report_id", "category", "count"),
    "plan": (
        "station_id", "date", "officer_id", "activity_type_id", "kelurahan_id", "rw_id",
        "target", "note", "status", "cancel_reason", "report_id", "created_by", "created_at",
        "updated_at", "version", "uid",
    ),
}  # fmt: skip


@dataclass
class Summary:
    stations: int
    reports: int
    plans: int
    officers: int
    seconds: float


class Sink:
    """Rows into tables, in batches: COPY on PostgreSQL, executemany on SQLite."""

    def __init__(self, db: object, postgres: bool) -> None:
        self.db = db
        self.postgres = postgres
        self.conn = db.connection()  # type: ignore[attr-defined]
        self.pending: dict[str, list[tuple]] = {}

    def add(self, table: str, row: tuple) -> None:
        rows = self.pending.setdefault(table, [])
        rows.append(row)
        if len(rows) >= 20_000:
            self.flush()  # every table, parents first (in the order they were first seen)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.pending):
            rows = self.pending.get(name) or []
            if rows:
                self._write(name, rows)
                rows.clear()

    def _write(self, table: str, rows: list[tuple]) -> None:
        cols = COLUMNS[table]
        quoted = ", ".join(f'"{c}"' for c in cols)
        if self.postgres:
            with self.conn.cursor() as cur, cur.copy(f'COPY "{table}" ({quoted}) FROM STDIN') as cp:
                for row in rows:
                    cp.write_row(row)
        else:
            marks = ", ".join("?" for _ in cols)
            self.conn.executemany(
                f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})', [_plain(r) for r in rows]
            )


def _plain(row: tuple) -> tuple:
    """A row as the SQLite driver takes it (peewee stores ISO text)."""
    out = []
    for value in row:
        if isinstance(value, dt.datetime):
            value = value.isoformat(sep=" ")
        elif isinstance(value, dt.date | dt.time):
            value = value.isoformat()
        out.append(value)
    return tuple(out)


def _uid(rnd: random.Random) -> str:
    return f"{rnd.getrandbits(128):032x}"


def generate(
    target: str,
    stations: int = 20,
    reports: int = 50_000,
    officers: int = 60,
    kelurahan: int = 8,
    years: int = 5,
    end: dt.date = END,
    seed: int = 20241202,
) -> Summary:
    """Write the Polres into the empty (or new) database at ``target``."""
    started = time.perf_counter()
    rnd = random.Random(seed)
    postgres = is_url(target) and not target.startswith("sqlite")
    path = sqlite_path(target)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    db = runtime.connect(target)
    conn = db.connection()
    if not postgres:
        conn.execute("PRAGMA synchronous=OFF")
    types = dict(db.execute_sql("SELECT code, id FROM activity_type").fetchall())
    type_codes = [c for c, _ in TYPE_WEIGHTS]
    type_weights = [w for _, w in TYPE_WEIGHTS]
    start = end - dt.timedelta(days=365 * years)
    days = (end - start).days + 1
    now = dt.datetime(end.year, end.month, end.day, 18, 0)

    search_index = None
    if postgres:
        import importlib

        m9 = importlib.import_module("sambang_tui.db.migrations.0009_polres")
        search_index = m9.SEARCH_INDEX
        db.execute_sql("DROP INDEX IF EXISTS report_search_idx")
    else:
        conn.execute("BEGIN")
    db.execute_sql('DELETE FROM "station"')  # the default one: ids start at 1 below
    sink = Sink(db, postgres)
    ids = {"officer": 0, "kelurahan": 0, "rw": 0, "rt": 0, "contact": 0, "problem": 0}
    report_id = 0
    plan_count = 0
    station_names = [
        f"Polsek {SECTORS[i]}" if i < len(SECTORS) else f"Polsek Sektor {i + 1:02d}"
        for i in range(stations)
    ]
    for s in range(1, stations + 1):
        sector = station_names[s - 1].removeprefix("Polsek ")
        sink.add(
            "station",
            (
                s, station_names[s - 1], POLRES, "Polda Metro Jaya", f"Jalan {sector} No. {s}",
                "Jakarta Pusat", f"Humas {POLRES}", 1, f"Sek {sector}", "",
                f"Kapolres {POLRES.removeprefix('Polres ')}", "Kasat Binmas", "", 1, 3,
            ),
        )  # fmt: skip
    sink.flush()
    for s in range(1, stations + 1):
        kels: list[tuple[int, list[tuple[int, int, list[int]]]]] = []
        for k in range(kelurahan):
            ids["kelurahan"] += 1
            kid = ids["kelurahan"]
            sink.add(
                "kelurahan",
                (kid, s, f"Kelurahan {s:02d}-{k + 1:02d}", "kelurahan", f"Kecamatan {s:02d}",
                 "Jakarta Pusat", 1, _uid(rnd)),
            )  # fmt: skip
            rws = []
            for rw_no in range(1, rnd.randint(5, 12) + 1):
                ids["rw"] += 1
                sink.add("rw", (ids["rw"], kid, rw_no))
                rts = []
                for rt_no in range(1, rnd.randint(4, 10) + 1):
                    ids["rt"] += 1
                    sink.add("rt", (ids["rt"], ids["rw"], rt_no))
                    rts.append(ids["rt"])
                rws.append((ids["rw"], rw_no, rts))
            kels.append((kid, rws))
        bhabins: list[tuple[int, int, list[tuple[int, int, list[int]]]]] = []
        names: dict[int, str] = {}
        for o in range(1, officers + 1):
            ids["officer"] += 1
            oid = ids["officer"]
            role = (
                "kapolsek" if o == 1 else "kanit_binmas" if o == 2 else "desk" if o <= 5
                else "bhabinkamtibmas"
            )  # fmt: skip
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            names[oid] = name
            sink.add(
                "officer",
                (oid, s, f"{60000000 + oid * 37:08d}", name, rnd.choice(RANKS[:8]), role, "",
                 f"p{s:02d}u{o:03d}", o == 5, True, 1),
            )  # fmt: skip
            if role == "bhabinkamtibmas":
                kid, rws = kels[o % kelurahan]
                bhabins.append((oid, kid, rws))
                sink.add(
                    "assignment", (oid, oid, kid, start.isoformat(), 1, _uid(rnd))
                )  # one assignment per officer: its id is the officer's
        for c in range(officers * 3):
            ids["contact"] += 1
            kid = kels[c % kelurahan][0]
            sink.add(
                "contact",
                (ids["contact"], s, f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                 rnd.choice(CONTACT_CATEGORIES), kid, "", "", True, 1, _uid(rnd)),
            )  # fmt: skip
        for p in range(max(1, reports // 200)):
            ids["problem"] += 1
            kid = kels[p % kelurahan][0]
            opened = start + dt.timedelta(days=rnd.randrange(days))
            settled = rnd.random() < 0.8
            closed = opened + dt.timedelta(days=rnd.randint(3, 60)) if settled else None
            sink.add(
                "problem",
                (ids["problem"], s, f"Sengketa warga #{p + 1}", kid, "sosial", "", "", opened,
                 "selesai" if settled else "terbuka", "", closed, 1, _uid(rnd)),
            )  # fmt: skip
        sink.flush()

        dates = sorted(start + dt.timedelta(days=rnd.randrange(days)) for _ in range(reports))
        seq_of_year: dict[int, int] = {}
        realised: list[tuple] = []
        for day in dates:
            report_id += 1
            seq = seq_of_year[day.year] = seq_of_year.get(day.year, 0) + 1
            officer, kid, rws = rnd.choice(bhabins)
            rw, rw_no, rts = rnd.choice(rws)
            rt = rnd.choice(rts)
            rt_no = rts.index(rt) + 1
            code = rnd.choices(type_codes, type_weights)[0]
            street = rnd.choice(STREETS)
            place = f"Jl. {street} RT {rt_no:02d} RW {rw_no:02d}"
            narrative = " ".join(rnd.sample(NARRATIVE, 2)).format(street=street)
            message = rnd.choice(MESSAGE)
            situation = "aman_kondusif" if rnd.random() < 0.95 else rnd.choice(("waspada", "rawan"))
            recent = day >= end - dt.timedelta(days=14)
            status = rnd.choice(("draft", "diajukan", "diverifikasi")) if recent else "diverifikasi"
            number = f"LK/{seq}/{ROMAN[day.month - 1]}/{day.year}"
            hour = rnd.randint(8, 20)
            search = (
                f"{number} {place} Kelurahan {kid:02d} {names[officer]} {code} {narrative} "
                f"{message}"
            ).lower()
            sink.add(
                "report",
                (report_id, s, day.year, seq, number, types[code], day, dt.time(hour),
                 dt.time(hour + 1, 30), kid, rw, rt, place, narrative, message, "", "nihil",
                 situation, "", "", "", status, "", search, "bench", now, "bench", now, 1),
            )  # fmt: skip
            sink.add("report_officer", (report_id, officer, 0))
            sink.add("report_type", (report_id, types[code], 0))
            if code == "SB" and rnd.random() < 0.3:
                sink.add("report_type", (report_id, types["CS"], 1))
            for cat in rnd.sample(AUDIENCE_CATEGORIES[:4], rnd.randint(1, 3)):
                sink.add("report_audience", (report_id, cat, rnd.randint(2, 40)))
            if rnd.random() < 0.2:
                realised.append((day, officer, types[code], kid, rw, "terlaksana", report_id))
        # unrealised plans: cancelled, missed and the coming weeks
        for _ in range(max(1, len(realised) // 4)):
            officer, kid, rws = rnd.choice(bhabins)
            day = start + dt.timedelta(days=rnd.randrange(days + 28))
            status = "rencana" if rnd.random() < 0.7 else "batal"
            code = rnd.choices(type_codes, type_weights)[0]
            realised.append((day, officer, types[code], kid, rnd.choice(rws)[0], status, None))
        for day, officer, type_id, kid, rw, status, rid in realised:
            sink.add(
                "plan",
                (s, day, officer, type_id, kid, rw, "", "", status, "", rid, "bench", now, now, 1,
                 _uid(rnd)),
            )  # fmt: skip
        plan_count += len(realised)
        sink.flush()
        if not postgres:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
        print(f"  {station_names[s - 1]}: {reports:,} reports", file=sys.stderr, flush=True)
    if postgres:
        for table in ("station", "officer", "kelurahan", "rw", "rt", "assignment", "contact",
                      "problem", "report"):  # fmt: skip
            db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT COALESCE(max(id), 1) FROM "{table}"))'
            )
        print("  search index …", file=sys.stderr, flush=True)
        db.execute_sql("SET maintenance_work_mem = '512MB'")
        db.execute_sql(search_index)
        db.execute_sql("ANALYZE")
        conn.commit()
    else:
        conn.execute("COMMIT")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    runtime.close()
    return Summary(stations, report_id, plan_count, ids["officer"], time.perf_counter() - started)


def holds_reports(target: str) -> bool:
    path = sqlite_path(target)
    if path is not None and not path.exists():
        return False
    from sambang_tui.db.database import make_database

    db = make_database(target)
    db.connect()
    try:
        return bool(db.table_exists("report")) and bool(
            db.execute_sql("SELECT EXISTS (SELECT 1 FROM report)").fetchone()[0]
        )
    finally:
        db.close()


def drop_all(target: str) -> None:
    """Empty the target: a SQLite file removed, a PostgreSQL database's
    tables dropped (the app migrates it again)."""
    path = sqlite_path(target)
    if path is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return
    from sambang_tui.db.database import make_database

    db = make_database(target)
    db.connect()
    db.execute_sql("DROP SCHEMA public CASCADE")
    db.execute_sql("CREATE SCHEMA public")
    db.close()


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite file or postgresql:// URL")
    parser.add_argument("--stations", type=int, default=20)
    parser.add_argument("--reports", type=int, default=50_000, help="reports per station")
    parser.add_argument("--officers", type=int, default=60, help="officers per station")
    parser.add_argument("--kelurahan", type=int, default=8, help="kelurahan per station")
    parser.add_argument("--force", action="store_true", help="replace what the database holds")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.force:
        drop_all(args.db)
    elif holds_reports(args.db):
        print(f"{args.db} holds reports; use --force to regenerate", file=sys.stderr)
        return 1
    summary = generate(args.db, args.stations, args.reports, args.officers, args.kelurahan)
    print(
        f"{args.db}: {summary.stations} stations, {summary.reports:,} reports, "
        f"{summary.plans:,} plans, {summary.officers} officers in {summary.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
