"""The demo's fixed story: Polsek Senen, its kelurahan, staff and
Bhabinkamtibmas, the names and opinions drawn from, the operation and the
problems followed across visits. Every random choice is ``seeded`` by the
demo's constant and what it is about."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Any

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
class Area:
    id: int
    name: str
    streets: tuple[str, ...]
    rws: dict[int, tuple[int, list[tuple[int, int]]]] = field(default_factory=dict)
    """RW number -> (RW id, [(RT number, RT id), ...])"""


@dataclass
class Visit:
    """A plan, and the report realising it when it took place."""

    day: dt.date
    time: dt.time
    officer: int
    kel: Area
    type_code: str
    rw: int
    rt: int
    street: str
    target: str = ""
    problem: int | None = None
    problem_step: str = ""
    forced: dict[str, Any] | None = None


@dataclass(frozen=True)
class ProblemSpec:
    kelurahan: str
    rw: int
    title: str
    field: str
    parties: str
    description: str
    visits: tuple[dt.date, ...]
    resolution: str = ""


PROBLEMS: tuple[ProblemSpec, ...] = (
    ProblemSpec(
        "Kramat", 5, "Sengketa lahan parkir warung di Jalan Kramat Raya", "Sosial",
        "Pemilik warung makan dan pengelola parkir RW 05",
        "Perebutan lahan parkir di depan warung memicu adu mulut berulang.",
        (dt.date(2024, 10, 30), dt.date(2024, 11, 6), dt.date(2024, 11, 13)),
        "Kedua pihak sepakat membagi lahan parkir dan membuat surat pernyataan damai.",
    ),
    ProblemSpec(
        "Kenari", 2, "Keluhan kebisingan bengkel las pada malam hari", "Lingkungan",
        "Warga RT 03 RW 02 dan pemilik bengkel las",
        "Bengkel las bekerja hingga pukul 23.00 sehingga warga terganggu.",
        (dt.date(2024, 11, 5), dt.date(2024, 11, 19)),
        "Pemilik bengkel bersedia berhenti bekerja paling lambat pukul 21.00.",
    ),
    ProblemSpec(
        "Bungur", 4, "Sengketa batas tembok antartetangga", "Pertanahan",
        "Keluarga Bapak Sutarman dan keluarga Ibu Nani",
        "Tembok pembatas dibangun melewati batas tanah menurut salah satu pihak.",
        (dt.date(2024, 11, 20), dt.date(2024, 11, 28), dt.date(2024, 12, 12)),
    ),
    ProblemSpec(
        "Paseban", 3, "Gesekan antarkelompok pemuda pendukung pasangan calon", "Pilkada",
        "Kelompok pemuda RW 03 dan RW 07",
        "Saling ejek di media sosial setelah hitung cepat berlanjut menjadi adu mulut.",
        (dt.date(2024, 11, 29), dt.date(2024, 12, 3), dt.date(2024, 12, 10)),
    ),
)  # fmt: skip


SETTLED_LATER = "Kedua pihak sepakat berdamai disaksikan Ketua RW dan Bhabinkamtibmas."
CURRENT_PROBLEM = ProblemSpec(
    "Kwitang", 3, "Keributan antarwarga soal parkir motor di gang sempit", "Sosial",
    "Warga RT 02 dan RT 04 RW 03",
    "Motor yang diparkir di gang menghalangi jalan; dua keluarga bertengkar.",
    (),
)  # fmt: skip


def seeded(*parts: object) -> random.Random:
    return random.Random("-".join(str(p) for p in (SEED, *parts)))
