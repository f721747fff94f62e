"""Closed vocabularies of the domain, in the order they are shown and ranked."""

from __future__ import annotations

RANKS: tuple[str, ...] = (
    "Bripda",
    "Briptu",
    "Brigpol",
    "Bripka",
    "Aipda",
    "Aiptu",
    "Ipda",
    "Iptu",
    "AKP",
    "Kompol",
    "AKBP",
)

ROLES: tuple[str, ...] = (
    "bhabinkamtibmas",
    "kanit_binmas",
    "kapolsek",
    "wakapolsek",
    "desk",
    "other",
)
REVIEWER_ROLES: frozenset[str] = frozenset({"kanit_binmas", "kapolsek", "wakapolsek"})

AREA_KINDS: tuple[str, ...] = ("kelurahan", "desa")

CONTACT_CATEGORIES: tuple[str, ...] = (
    "tokoh_masyarakat",
    "tokoh_agama",
    "tokoh_pemuda",
    "ketua_rt",
    "ketua_rw",
    "perangkat_kelurahan",
    "warga",
    "other",
)

FORM_KINDS: tuple[str, ...] = ("general", "dds", "deteksi_dini", "problem_solving")

AUDIENCE_CATEGORIES: tuple[str, ...] = (
    "warga",
    "tokoh_masyarakat",
    "tokoh_agama",
    "kelompok_pemuda",
    "perangkat_rt_rw",
    "other",
)

THREAT_LEVELS: tuple[str, ...] = ("nihil", "rendah", "sedang", "tinggi")
SITUATIONS: tuple[str, ...] = ("aman_kondusif", "waspada", "rawan")

# why an officer is away (``absence.kind``): leave, duty elsewhere, sick, training, other
ABSENCE_KINDS: tuple[str, ...] = ("cuti", "dinas_luar", "sakit", "pendidikan", "lainnya")

PLAN_STATUSES: tuple[str, ...] = ("rencana", "terlaksana", "batal", "terlewat")
REPORT_STATUSES: tuple[str, ...] = ("draft", "diajukan", "diverifikasi", "dikembalikan")
PROBLEM_STATUSES: tuple[str, ...] = ("terbuka", "selesai")

OPINION_KINDS: tuple[str, ...] = ("keluhan", "harapan")
SOURCE_RELIABILITY: tuple[str, ...] = ("A", "B", "C", "D", "E", "F")
INFO_ACCURACY: tuple[str, ...] = ("1", "2", "3", "4", "5", "6")

DEFAULT_ACTIVITY_TYPES: tuple[tuple[str, str, str], ...] = (
    ("SB", "Sambang", "general"),
    ("DDS", "DDS (Door to Door System)", "dds"),
    ("CS", "Cooling System", "general"),
    ("DD", "Deteksi Dini", "deteksi_dini"),
    ("PS", "Problem Solving", "problem_solving"),
    ("BL", "Penyuluhan/Binluh", "general"),
    ("PD", "Patroli Dialogis", "general"),
    ("PKM", "Pengamanan Kegiatan Masyarakat", "general"),
)

ROMAN_MONTHS: tuple[str, ...] = (
    "I",
    "II",
    "III",
    "IV",
    "V",
    "VI",
    "VII",
    "VIII",
    "IX",
    "X",
    "XI",
    "XII",
)


def rank_order(rank: str) -> int:
    """Position of a rank, lowest first; unknown ranks sort last."""
    try:
        return RANKS.index(rank)
    except ValueError:
        return len(RANKS)


def roman_month(month: int) -> str:
    return ROMAN_MONTHS[month - 1]
