"""Deterministic generator of a large station history for the benchmarks.

Default: 1 000 000 reports, 200 officers, 40 kelurahan with their RW/RT,
five years of plans (most realised by a report), contacts and problems,
ending on 2026-11-30. Rows are written with ``executemany`` in large
transactions straight through the SQLite driver; the schema comes from the
app's own migrations, so what is measured is what the app opens.

    python benchmarks/generate.py [--db PATH] [--reports N] [--force]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sambang_tui.db.models import Report  # noqa: E402
from sambang_tui.db.vocab import AUDIENCE_CATEGORIES, CONTACT_CATEGORIES, RANKS  # noqa: E402
from sambang_tui.services.admin import runtime  # noqa: E402

DEFAULT_DB = ROOT / "benchmarks" / "data" / "large.db"
END = dt.date(2026, 11, 30)

STREETS = (
    "Salemba Raya",
    "Kramat Raya",
    "Kwitang",
    "Senen Raya",
    "Bungur Besar",
    "Kenari",
    "Paseban Raya",
    "Gunung Sahari",
    "Percetakan Negara",
    "Pramuka",
    "Matraman",
    "Cikini",
    "Diponegoro",
    "Tanah Tinggi",
    "Garuda",
    "Kalibaru",
    "Rawasari",
    "Cempaka Putih",
)
FIRST = (
    "Agus",
    "Budi",
    "Dedi",
    "Eko",
    "Fajar",
    "Hendra",
    "Imam",
    "Joko",
    "Kurniawan",
    "Lukman",
    "Made",
    "Nanang",
    "Putu",
    "Rahmat",
    "Slamet",
    "Teguh",
    "Wahyu",
    "Yudi",
    "Zainal",
    "Asep",
)
LAST = (
    "Santoso",
    "Wibowo",
    "Saputra",
    "Hidayat",
    "Setiawan",
    "Pratama",
    "Nugroho",
    "Siregar",
    "Simanjuntak",
    "Harahap",
    "Kusuma",
    "Gunawan",
    "Purnomo",
    "Susanto",
    "Firmansyah",
)
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
    ("SB", 40),
    ("DDS", 15),
    ("CS", 10),
    ("DD", 8),
    ("PS", 5),
    ("BL", 10),
    ("PD", 10),
    ("PKM", 2),
)


@dataclass
class Summary:
    reports: int
    plans: int
    officers: int
    kelurahan: int
    seconds: float


def _roman(month: int) -> str:
    return ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")[month - 1]


def generate(
    path: Path,
    reports: int = 1_000_000,
    officers: int = 200,
    kelurahan: int = 40,
    years: int = 5,
    end: dt.date = END,
    seed: int = 20241202,
) -> Summary:
    """Write the history into a new SQLite file at ``path``."""
    started = time.perf_counter()
    rnd = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = runtime.connect(str(path))
    conn = db.connection()
    conn.execute("PRAGMA synchronous=OFF")
    start = end - dt.timedelta(days=365 * years)
    now = dt.datetime(end.year, end.month, end.day, 18, 0).isoformat(sep=" ")
    types = dict(conn.execute("SELECT code, id FROM activity_type").fetchall())
    type_codes = [c for c, _ in TYPE_WEIGHTS]
    type_weights = [w for _, w in TYPE_WEIGHTS]

    def q(sql: str, rows: list[tuple]) -> None:
        conn.executemany(sql, rows)

    conn.execute("BEGIN")
    conn.execute(
        "UPDATE station SET name='Polsek Benchmark', polres='Polres Metro Jakarta Pusat', "
        "polda='Polda Metro Jaya', city='Jakarta Pusat' WHERE id=1"
    )
    kel_rows, rw_rows, rt_rows = [], [], []
    rws_of: dict[int, list[tuple[int, int, list[int]]]] = {}
    rw_id = rt_id = 0
    for k in range(1, kelurahan + 1):
        kel_rows.append(
            (k, 1, f"Kelurahan {k:02d}", "kelurahan", f"Kecamatan {1 + k // 7}", "Jakarta Pusat")
        )
        rws_of[k] = []
        for rw_no in range(1, rnd.randint(5, 15) + 1):
            rw_id += 1
            rw_rows.append((rw_id, k, rw_no))
            rts = []
            for rt_no in range(1, rnd.randint(5, 12) + 1):
                rt_id += 1
                rt_rows.append((rt_id, rw_id, rt_no))
                rts.append(rt_id)
            rws_of[k].append((rw_id, rw_no, rts))
    q(
        "INSERT INTO kelurahan (id, station_id, name, kind, kecamatan, city, version) VALUES (?,?,?,?,?,?,1)",
        kel_rows,
    )
    q("INSERT INTO rw (id, kelurahan_id, number) VALUES (?,?,?)", rw_rows)
    q("INSERT INTO rt (id, rw_id, number) VALUES (?,?,?)", rt_rows)

    off_rows, assign_rows = [], []
    kel_of: dict[int, int] = {}
    names: dict[int, str] = {}
    bhabins = []
    for o in range(1, officers + 1):
        role = (
            "bhabinkamtibmas"
            if o > 10
            else ("kapolsek" if o == 1 else "kanit_binmas" if o == 2 else "desk")
        )
        name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
        names[o] = name
        off_rows.append(
            (o, 1, f"{70000000 + o * 37:08d}", name, rnd.choice(RANKS[:8]), role, f"user{o}", 1)
        )
        if role == "bhabinkamtibmas":
            k = 1 + (o % kelurahan)
            kel_of[o] = k
            bhabins.append(o)
            assign_rows.append((o, k, start.isoformat()))
    q(
        "INSERT INTO officer (id, station_id, nrp, name, rank, role, phone, os_user, is_admin, active, version) "
        "VALUES (?,?,?,?,?,?,'',?,0,?,1)",
        off_rows,
    )
    q(
        "INSERT INTO assignment (officer_id, kelurahan_id, start, version) VALUES (?,?,?,1)",
        assign_rows,
    )
    q(
        "INSERT INTO operation (station_id, name, start, end, version) VALUES (?,?,?,?,1)",
        [
            (1, f"Operasi Bina Kusuma {y}", f"{y}-03-01", f"{y}-04-30")
            for y in range(start.year, end.year + 1)
        ],
    )

    contact_rows = []
    for c in range(officers * 10):
        k = 1 + c % kelurahan
        contact_rows.append(
            (1, f"{rnd.choice(FIRST)} {rnd.choice(LAST)}", rnd.choice(CONTACT_CATEGORIES), k)
        )
    q(
        "INSERT INTO contact (station_id, name, category, kelurahan_id, phone, notes, active, version) "
        "VALUES (?,?,?,?,'','',1,1)",
        contact_rows,
    )
    problem_rows = []
    for p in range(max(1, reports // 200)):
        k = 1 + p % kelurahan
        opened = start + dt.timedelta(days=rnd.randrange((end - start).days))
        settled = rnd.random() < 0.8
        closed = (opened + dt.timedelta(days=rnd.randint(3, 60))).isoformat() if settled else None
        problem_rows.append(
            (
                1,
                f"Sengketa warga #{p + 1}",
                k,
                "sosial",
                opened.isoformat(),
                "selesai" if settled else "terbuka",
                closed,
            )
        )
    q(
        "INSERT INTO problem (station_id, title, kelurahan_id, field, parties, description, opened, status, "
        "resolution, closed, version) VALUES (?,?,?,?,'','',?,?,'',?,1)",
        problem_rows,
    )
    conn.execute("COMMIT")

    days = (end - start).days + 1
    # Reports: dates sorted so the running numbers follow the calendar.
    dates = sorted(start + dt.timedelta(days=rnd.randrange(days)) for _ in range(reports))
    seq_of_year: dict[int, int] = {}
    report_id = 0
    plan_rows: list[tuple] = []
    batch: dict[str, list[tuple]] = {"r": [], "o": [], "t": [], "a": []}

    def flush() -> None:
        q(
            "INSERT INTO report (id, station_id, year, seq, number, activity_type_id, operation_id, date, "
            "start_time, end_time, kelurahan_id, rw_id, rt_id, place, narrative, message, findings, "
            "threat_level, situation, follow_up, quote_by, quote_text, problem_id, status, review_note, "
            "search_text, created_by, created_at, updated_by, updated_at, version) VALUES "
            "(?,1,?,?,?,?,NULL,?,?,?,?,?,?,?,?,?,'','nihil',?,'','','',NULL,?,'',?,'bench',?,'bench',?,1)",
            batch["r"],
        )
        q("INSERT INTO report_officer (report_id, officer_id, position) VALUES (?,?,?)", batch["o"])
        q(
            "INSERT INTO report_type (report_id, activity_type_id, position) VALUES (?,?,?)",
            batch["t"],
        )
        q("INSERT INTO report_audience (report_id, category, count) VALUES (?,?,?)", batch["a"])
        for rows in batch.values():
            rows.clear()

    conn.execute("BEGIN")
    for day in dates:
        report_id += 1
        seq = seq_of_year[day.year] = seq_of_year.get(day.year, 0) + 1
        officer = rnd.choice(bhabins)
        k = kel_of[officer]
        rw, rw_no, rts = rnd.choice(rws_of[k])
        rt = rnd.choice(rts)
        rt_no = rts.index(rt) + 1
        code = rnd.choices(type_codes, type_weights)[0]
        street = rnd.choice(STREETS)
        place = f"Jl. {street} RT {rt_no:02d} RW {rw_no:02d}"
        narrative = " ".join(rnd.sample(NARRATIVE, 2)).format(street=street)
        message = rnd.choice(MESSAGE)
        situation = "aman_kondusif" if rnd.random() < 0.95 else rnd.choice(("waspada", "rawan"))
        status = (
            "diverifikasi"
            if day < end - dt.timedelta(days=14)
            else rnd.choice(("draft", "diajukan", "diverifikasi"))
        )
        number = f"LK/{seq}/{_roman(day.month)}/{day.year}"
        hour = rnd.randint(8, 20)
        search = f"{number} {place} Kelurahan {k:02d} {names[officer]} {code} {narrative} {message}".lower()
        batch["r"].append(
            (
                report_id,
                day.year,
                seq,
                number,
                types[code],
                day.isoformat(),
                f"{hour:02d}:00:00",
                f"{hour + 1:02d}:30:00",
                k,
                rw,
                rt,
                place,
                narrative,
                message,
                situation,
                status,
                search,
                now,
                now,
            )
        )
        batch["o"].append((report_id, officer, 0))
        batch["t"].append((report_id, types[code], 0))
        if code == "SB" and rnd.random() < 0.3:
            batch["t"].append((report_id, types["CS"], 1))
        for cat in rnd.sample(AUDIENCE_CATEGORIES[:4], rnd.randint(1, 3)):
            batch["a"].append((report_id, cat, rnd.randint(2, 40)))
        if rnd.random() < 0.2:
            plan_rows.append(
                (day.isoformat(), officer, types[code], k, rw, "terlaksana", report_id)
            )
        if len(batch["r"]) >= 20_000:
            flush()
    flush()

    # Unrealised plans: cancelled, missed, and the coming weeks.
    for _ in range(max(1, len(plan_rows) // 4)):
        officer = rnd.choice(bhabins)
        k = kel_of[officer]
        rw = rnd.choice(rws_of[k])[0]
        day = start + dt.timedelta(days=rnd.randrange(days + 28))
        status = "rencana" if rnd.random() < 0.7 else "batal"
        plan_rows.append(
            (
                day.isoformat(),
                officer,
                types[rnd.choices(type_codes, type_weights)[0]],
                k,
                rw,
                status,
                None,
            )
        )
    q(
        "INSERT INTO plan (station_id, date, officer_id, activity_type_id, kelurahan_id, rw_id, target, note, "
        "status, cancel_reason, report_id, created_by, created_at, updated_at, version) "
        f"VALUES (1,?,?,?,?,?,'','',?,'',?,'bench','{now}','{now}',1)",
        plan_rows,
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    runtime.close()
    assert Report._meta.table_name == "report"
    return Summary(report_id, len(plan_rows), officers, kelurahan, time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--reports", type=int, default=1_000_000)
    parser.add_argument("--officers", type=int, default=200)
    parser.add_argument("--kelurahan", type=int, default=40)
    parser.add_argument("--force", action="store_true", help="replace an existing file")
    args = parser.parse_args(argv)
    if args.db.exists():
        if not args.force:
            print(f"{args.db} exists; use --force to regenerate", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    summary = generate(args.db, args.reports, args.officers, args.kelurahan)
    print(
        f"{args.db}: {summary.reports:,} reports, {summary.plans:,} plans, "
        f"{summary.officers} officers, {summary.kelurahan} kelurahan in {summary.seconds:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
