"""A template field read from what its value looks like, for a line whose
label the parser does not know or that has only an emoji for one ("🗓️
Senin, 2 Desember 2024", "Pelaksanaan : 09.00 s/d selesai", "▶️ Aman
kondusif"). Only values that can be nothing else are read: a weekday or a
date, a clock time, a short statement of the situation, an appeal's opening
word, a street or a named venue. Anything else — what was found, whom was
met, what was done — reads alike under any label and is left to the prose."""

from __future__ import annotations

import re

from sambang_tui.services.parse import situation, verbs
from sambang_tui.services.parse.dates import MONTH_WORD, WEEKDAY_WORD

# "Senin, 02 Desember 2024", "Sabtu 30/11/2024 pkl 21.00", "2 Des 2024", "Hari Kamis tgl 5-12-24"
_DATE = re.compile(
    rf"(?:hari\s+)?(?:{WEEKDAY_WORD}\b[\s,/-]*)?(?:(?:tgl|tanggal)\.?\s*)?"
    rf"(?:\d{{1,2}}\s*([/.-])\s*\d{{1,2}}\s*\1\s*(?:\d{{4}}|\d{{2}})\b|\d{{1,2}}\s*-?\s*{MONTH_WORD}(?!\w)"
    r"|\d{4}-\d{2}-\d{2}\b)",
    re.I,
)
_CLOCK = r"(?:(?:pukul|pkl|jam|jm)\.?\s*)?\d{1,2}[.:]\d{2}|(?:pukul|pkl|jam|jm)\.?\s*\d{1,2}"
_ZONE = r"(?:\s*(?:wib|wita|wit))?"
_PART = r"(?:\s*(?:pagi|siang|sore|malam))?"
# "09.00 - 11.30 WIB", "21.00 WIB s/d selesai", "jam 9 pagi", "Pkl. 14.00"
_TIME = re.compile(
    rf"(?:{_CLOCK}){_ZONE}{_PART}"
    rf"(?:\s*(?:s\.?\s*/?\s*d\.?|sd|-|–|sampai|hingga)\s*(?:(?:{_CLOCK}){_ZONE}{_PART}|selesai))?"
    r"\s*[.)]?",
    re.I,
)
# "Aman kondusif", "aman terkendali", "Rawan banjir, tetap dipantau", "Situasi aman"
_SITUATION = re.compile(
    r"(?:(?:situasi|sit|sikon|kondisi|keadaan)\b\.?\s*(?:kamtibmas\s*)?)?"
    r"(?:aman|kondusif|terkendali|waspada|rawan|siaga)\b",
    re.I,
)
_SITUATION_WORDS = 10
# an appeal's opening: "Menghimbau warga …", "Agar warga …", "Jangan …", "Warga diajak …"
_APPEAL = re.compile(
    r"(?:me?ng?himbau|mengimbau|dihimbau|diimbau|himbau|imbau|berpesan|agar|supaya|spy|agr"
    r"|jangan|jgn|mengingatkan|diingatkan|mengajak|mari|ayo|hendaknya|dimohon"
    r"|menyampaikan\s+(?:pesan|himbauan|imbauan|agar|supaya)"
    r"|(?:[A-Za-z-]+\s+){1,3}(?:dihimbau|diimbau|diingatkan|diajak|diminta)\b"
    rf"|{verbs.DIRECTING_ACTIVE}|{verbs.DIRECTING_PASSIVE}|{verbs.DIRECTING_BARE}"
    rf"|(?:[A-Za-z-]+\s+){{1,3}}(?:{verbs.DIRECTING_PASSIVE}))\b",
    re.I,
)
# a street or a venue and its name: "Jl. Kramat Raya No. 5", "Masjid Al-Ikhlas", "Pos Kamling
# RW 03" — not "Rumah warga kebanjiran"
_STREET = re.compile(r"(?:jl|jln|gg)\b\.?\s*\S|(?:jalan|gang)\s+[A-Z0-9]", re.I)
_VENUE = re.compile(
    r"(?i:masjid|mesjid|musholl?a|mushala|musala|pos(?:\s+kamling|\s+ronda)?|posko|kantor|balai"
    r"|aula|lapangan|taman|pasar|stasiun|terminal|halte|warung|warkop|sekretariat|rptra|kediaman"
    r"|rumah|gedung|sekolah|gereja|vihara|klenteng|komplek|kompleks|perumahan|rusun|rusunawa"
    r"|kontrakan|kos|toko|ruko|kios|sd|sdn|smp|smpn|sma|sman|smk|smkn|madrasah|pesantren|ponpes"
    r"|gor|puskesmas|posyandu|apartemen|hotel|kafe|cafe|bengkel|pangkalan)"
    r"\s+(?:[A-Z0-9]|(?i:ketua|pak|bapak|bpk|ibu|bu|sdr|warga\s+(?:RT|RW)|RT|RW)\b)"
)
_PLACE_CHARS = 100


def value_kind(value: str) -> str | None:
    """The field ``value`` can only be, or None when it could be more than
    one or none."""
    value = value.strip()
    if not value:
        return None
    if _DATE.match(value) and len(value) <= 80:
        return "date"
    if _TIME.fullmatch(value):
        return "time"
    if (
        _SITUATION.match(value)
        and len(value.split()) <= _SITUATION_WORDS
        and situation.find_situation(value, "") is not None
    ):
        return "situation"
    if _APPEAL.match(value):
        return "message"
    if (_STREET.match(value) or _VENUE.match(value)) and len(value) <= _PLACE_CHARS:
        return "place"
    return None
