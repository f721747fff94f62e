"""A small hand-built station for the recap and document tests.

The week 2–8 December 2024 (today = Wednesday 4 December) holds, besides
rows outside the period and a deleted report that must not count:

    report  date   kelurahan  RW  types    officers  situation  threat  audience
    R1      02/12  Paseban    1   SB, CS   A         aman       nihil   warga 20, tokoh 3, pemuda 5
    R2      02/12  Paseban    2   SB       A         waspada    rendah  warga 10
    R3      03/12  Paseban    1   DD       A, B      aman       sedang  warga (no count)
    R4      04/12  Kenari     1   SB       B         rawan      tinggi  tokoh agama 2
    R8      05/12  Paseban    1   PD       A         aman       nihil   -
    (R5 04/12 Paseban RW 3, deleted; R6 09/12 Paseban RW 4; R7 30/11 Kenari RW 2)

Every figure the tests expect is computed by hand from this table in the
test modules.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sambang_tui.db.models import (
    RT,
    RW,
    ActivityType,
    InformationReport,
    Kelurahan,
    Officer,
    Operation,
    Plan,
    Problem,
    Report,
    ReportAudience,
    ReportOfficer,
    ReportType,
    Station,
)
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.reports.numbers import report_number

D = dt.date


@dataclass
class Fixture:
    actor: Actor
    station: Station
    kel: dict[str, Kelurahan] = field(default_factory=dict)
    officers: dict[str, Officer] = field(default_factory=dict)
    reports: dict[str, Report] = field(default_factory=dict)
    types: dict[str, ActivityType] = field(default_factory=dict)
    operation: Operation | None = None
    rws: dict[tuple[str, int], RW] = field(default_factory=dict)


def _type(code: str) -> ActivityType:
    return ActivityType.get(ActivityType.code == code)


def setup_station(actor: Actor) -> Fixture:
    station = Station.get_by_id(actor.station_id)
    station.name = "Polsek Senen"
    station.polres = "Polres Metro Jakarta Pusat"
    station.polda = "Polda Metro Jaya"
    station.city = "Jakarta Pusat"
    station.address = "Jl. Kramat Raya No. 64, Senen, Jakarta Pusat"
    station.humas_signoff = "Humas Polres Metro Jakarta Pusat"
    station.save()
    fx = Fixture(actor=actor, station=station)
    for code in ("SB", "CS", "DD", "PD", "DDS"):
        fx.types[code] = _type(code)
    for name, rws in (("Paseban", (1, 2, 3, 4, 6)), ("Kenari", (1, 2)), ("Senen", ())):
        kel = Kelurahan.create(station=station, name=name, kecamatan="Senen", city="Jakarta Pusat")
        fx.kel[name] = kel
        for number in rws:
            rw = RW.create(kelurahan=kel, number=number)
            fx.rws[(name, number)] = rw
            RT.create(rw=rw, number=1)
    for key, nrp, name, rank, role in (
        ("A", "78050123", "Sutrisno", "Aiptu", "bhabinkamtibmas"),
        ("B", "85110456", "Wati Lestari", "Bripka", "bhabinkamtibmas"),
        ("D", "90020789", "Dedi Kurniawan", "Brigpol", "bhabinkamtibmas"),
        ("K", "75030111", "Bambang Santoso, SH., MH", "AKP", "kapolsek"),
        ("N", "77040222", "Hendra Gunawan", "Iptu", "kanit_binmas"),
    ):
        fx.officers[key] = Officer.create(station=station, nrp=nrp, name=name, rank=rank, role=role)
    station.kapolsek = fx.officers["K"]
    station.save()
    fx.operation = Operation.create(
        station=station,
        name="Operasi Mantap Praja Jaya 2024",
        start=D(2024, 8, 14),
        end=D(2024, 12, 31),
    )
    return fx


def add_report(
    fx: Fixture,
    key: str,
    day: dt.date,
    kel: str,
    rw: int | None,
    types: list[str],
    officers: list[str],
    situation: str = "aman_kondusif",
    threat: str = "nihil",
    audience: dict[str, int | None] | None = None,
    deleted: bool = False,
    operation: bool = False,
    status: str = "diajukan",
    **values: object,
) -> Report:
    seq = Report.select().count() + 1
    rw_row = fx.rws[(kel, rw)] if rw is not None else None
    report = Report.create(
        station=fx.station,
        year=day.year,
        seq=seq,
        number=report_number(seq, day),
        activity_type=fx.types[types[0]],
        operation=fx.operation if operation else None,
        date=day,
        kelurahan=fx.kel[kel],
        rw=rw_row,
        rt=rw_row.rts.first() if rw_row is not None else None,
        situation=situation,
        threat_level=threat,
        status=status,
        deleted_at=dt.datetime(2024, 12, 5, 9, 0) if deleted else None,
        **values,
    )
    for pos, code in enumerate(types):
        ReportType.create(report=report, activity_type=fx.types[code], position=pos)
    for pos, officer in enumerate(officers):
        ReportOfficer.create(report=report, officer=fx.officers[officer], position=pos)
    for category, count in (audience or {}).items():
        ReportAudience.create(report=report, category=category, count=count)
    fx.reports[key] = report
    return report


def _plan(fx: Fixture, officer: str, day: dt.date, status: str, report: str | None = None) -> None:
    Plan.create(
        station=fx.station,
        date=day,
        officer=fx.officers[officer],
        activity_type=fx.types["SB"],
        kelurahan=fx.kel["Paseban"],
        status=status,
        report=fx.reports[report] if report else None,
    )


def _problem(fx: Fixture, title: str, kel: str, opened: dt.date, closed: dt.date | None) -> None:
    Problem.create(
        station=fx.station,
        title=title,
        kelurahan=fx.kel[kel],
        opened=opened,
        status="selesai" if closed else "terbuka",
        closed=closed,
    )


def build_week(actor: Actor) -> Fixture:
    fx = setup_station(actor)
    add_report(
        fx, "R1", D(2024, 12, 2), "Paseban", 1, ["SB", "CS"], ["A"],
        audience={"warga": 20, "tokoh_masyarakat": 3, "kelompok_pemuda": 5}, operation=True,
    )  # fmt: skip
    add_report(
        fx, "R2", D(2024, 12, 2), "Paseban", 2, ["SB"], ["A"], "waspada", "rendah",
        audience={"warga": 10}, operation=True,
    )  # fmt: skip
    add_report(
        fx, "R3", D(2024, 12, 3), "Paseban", 1, ["DD"], ["A", "B"], threat="sedang",
        audience={"warga": None},
    )  # fmt: skip
    add_report(
        fx, "R4", D(2024, 12, 4), "Kenari", 1, ["SB"], ["B"], "rawan", "tinggi",
        audience={"tokoh_agama": 2},
    )  # fmt: skip
    add_report(
        fx, "R5", D(2024, 12, 4), "Paseban", 3, ["SB"], ["A"], "rawan", "tinggi",
        audience={"warga": 100}, deleted=True,
    )  # fmt: skip
    add_report(fx, "R6", D(2024, 12, 9), "Paseban", 4, ["SB"], ["A"])
    add_report(fx, "R7", D(2024, 11, 30), "Kenari", 2, ["SB"], ["B"])
    add_report(fx, "R8", D(2024, 12, 5), "Paseban", 1, ["PD"], ["A"])

    _plan(fx, "A", D(2024, 12, 2), "terlaksana", "R1")
    _plan(fx, "A", D(2024, 12, 3), "rencana")  # past, no report: missed
    _plan(fx, "A", D(2024, 12, 5), "rencana")  # future: neither
    _plan(fx, "A", D(2024, 12, 6), "batal")  # not counted
    _plan(fx, "A", D(2024, 12, 2), "terlewat")  # missed
    _plan(fx, "A", D(2024, 12, 10), "rencana")  # outside the week
    _plan(fx, "B", D(2024, 12, 4), "rencana", "R4")  # linked to a report: done
    _plan(fx, "B", D(2024, 12, 3), "terlaksana")

    _problem(fx, "Sengketa parkir", "Paseban", D(2024, 11, 20), None)
    _problem(fx, "Batas pagar", "Paseban", D(2024, 12, 3), D(2024, 12, 5))
    _problem(fx, "Kebisingan", "Kenari", D(2024, 12, 4), None)
    _problem(fx, "Air selokan", "Kenari", D(2024, 11, 1), D(2024, 12, 10))
    _problem(fx, "Nanti", "Kenari", D(2024, 12, 20), None)
    return fx


SEED_MESSAGE = (
    "Tidak mudah terprovokasi oleh perbedaan pilihan dalam Pilkada 2024.\n"
    "Menunggu dengan sabar hasil rekapitulasi KPU DKI Jakarta.\n"
    "Segera melapor kepada Bhabinkamtibmas bila ada gangguan kamtibmas."
)
SEED_QUOTE = (
    "Perbedaan pilihan itu biasa dalam demokrasi. Mari kita jaga persatuan dan "
    "kerukunan warga Paseban sampai seluruh tahapan Pilkada selesai"
)


def seed_story(fx: Fixture) -> Report:
    """The 2 December 2024 Paseban visit of the seed release."""
    report = add_report(
        fx,
        "SEED",
        D(2024, 12, 2),
        "Paseban",
        6,
        ["SB", "CS"],
        ["A"],
        audience={"warga": 25, "tokoh_masyarakat": 4, "kelompok_pemuda": 10},
        operation=True,
        place="Jalan Salemba Raya",
        start_time=dt.time(10, 0),
        end_time=dt.time(11, 30),
        narrative=(
            "Bhabinkamtibmas melaksanakan sambang dan cooling system, bertemu warga, "
            "tokoh masyarakat dan kelompok pemuda RW 06."
        ),
        message=SEED_MESSAGE,
        findings="Tidak ditemukan potensi gangguan kamtibmas.",
        follow_up="Sambang lanjutan pekan depan.",
        quote_by="Kapolsek Senen AKP Bambang Santoso, SH., MH",
        quote_text=SEED_QUOTE,
    )
    return report


def information_report(fx: Fixture) -> Report:
    report = add_report(
        fx,
        "LI",
        D(2024, 12, 3),
        "Kenari",
        2,
        ["DD"],
        ["B"],
        "waspada",
        "sedang",
        place="Pos RW 02",
        narrative="Pengumpulan informasi tentang rencana kumpul massa.",
    )
    InformationReport.create(
        report=report,
        seq=7,
        field="Politik",
        subject="Rencana kumpul massa pendukung paslon di Kenari",
        source="Ketua RW 02",
        source_relation="Warga binaan",
        how_obtained="Wawancara langsung",
        obtained_at=dt.datetime(2024, 12, 3, 19, 30),
        reliability="B",
        accuracy="2",
        facts="Sekitar 50 orang berencana berkumpul di lapangan RW 02.\nBelum ada izin keramaian.",
        assessment="Perlu pengamanan terbuka dan koordinasi dengan tokoh setempat.",
    )
    return report
