"""Hard-wrapped lines: a phone wraps a long line or the Bhabin presses
Enter mid-sentence, so the line after ``Tempat : Jl. Salemba`` may be
``Raya RT 01 RW 06`` — the same value — or ``Situasi aman`` — a new item.
These are the clues that tell one from the other."""

from __future__ import annotations

import re

from sambang_tui.db.vocab import RANKS
from sambang_tui.services.parse.vocabulary import caseless

# words a "." after does not end a sentence: "Jl. Salemba", "Kel. Paseban"
ABBREVIATIONS = frozenset(
    [
        "jl",
        "jln",
        "gg",
        "kel",
        "kec",
        "bpk",
        "bp",
        "sdr",
        "sdri",
        "h",
        "hj",
        "no",
        "rt",
        "rw",
        "pkl",
        "tgl",
        "dll",
        "dsb",
        "dkk",
        "s.d",
        "a.n",
        "st",
        "dr",
        "ir",
        "drs",
        "hr",
        "ust",
        "wr",
        "wb",
        "kab",
        "prov",
        "yth",
        "sh",
        "mh",
        "sik",
        "se",
        "kp",
        "blok",
    ]
)

# a line ending in one of these stops mid-sentence: the next line goes on with it
CONNECTORS = frozenset(
    [
        "dan",
        "serta",
        "atau",
        "di",
        "ke",
        "dari",
        "yang",
        "yg",
        "agar",
        "supaya",
        "untuk",
        "utk",
        "dengan",
        "dgn",
        "para",
        "kepada",
        "kpd",
        "bahwa",
        "akan",
        "tetap",
        "tidak",
        "tdk",
        "jangan",
        "oleh",
        "atas",
        "bagi",
        "pada",
        "tentang",
        "terhadap",
        "menjaga",
        "jaga",
        "sebagai",
        "sekitar",
        "bersama",
        "antara",
        "dalam",
        "juga",
        "selalu",
        "lebih",
        "saling",
        "ikut",
        "turut",
        "segera",
        "mudah",
        "karena",
        "jika",
        "apabila",
        "bila",
        "sehingga",
        "maupun",
        "hingga",
        "sampai",
        "tokoh",
        "kelompok",
        "ketua",
    ]
)

_RANK = r"(?:" + "|".join(sorted((r.casefold() for r in RANKS), key=len, reverse=True)) + r")"
# a signature line: a rank and a name, nothing else ("Aiptu Heri Kurniawan")
SIGNATURE = re.compile(
    rf"^(?:{_RANK}|brigadir|brig|bharada)\b\.?\s+[A-Za-z][A-Za-z'.-]*(?:\s+[A-Za-z][A-Za-z'.-]*){{0,3}}"
    r"(?:\s*,?\s*(?:NRP\.?\s*:?\s*)?\d{8})?"
    # a phone number after the name: "Aiptu Budi 📞 0812…", "Bripka Dwi HP. 0813-…"
    r"(?:\s*[^\w\s]{0,3}\s*(?:hp|telp|wa|no\.?\s*hp)?\.?\s*:?\s*\+?\d[\d\s-]{8,16})?\s*$",
    re.I,
)
# "Situasi aman", "Sit: kondusif": a situation line, never the rest of a sentence
SITUATION_LEAD = re.compile(
    # "Overall situation safe & kondusif", "Secara umum situasi aman": qualified, the same lead
    r"(?:(?:overall|secara\s+umum|umumnya)\s*,?\s*)?"
    r"(?:situasi|sit|sitkamtibmas|kondisi|keadaan|situation|all\s+clear)\b\.?\s*[:,]?\s*(?:[\w/&]+\s+){0,3}?"
    r"(?:aman|kondusif|terkendali|waspada|rawan|siaga)\b"
    r"|(?:aman|kondusif)(?:\s+(?:dan\s+)?(?:kondusif|terkendali|lancar))?"
    r"(?:\s+(?:ndan|komandan|pak))?\s*(?:[.,!]|[^\w\s]*\s*$)",
    re.I,
)
# a template item written without its colon ("Hasil warga mendukung")
UNLABELLED = re.compile(
    r"^(?:hasil(?:nya)?|pesan|himbauan|imbauan|kegiatan|giat|tempat|lokasi|waktu|pukul|pkl|"
    r"tanggal|tgl|sasaran|dihadiri|pelapor|nrp|dokumentasi|keluhan|harapan|kendala)\b",
    re.I,
)
_LAST_WORD = re.compile(r"([\w.']*)[.!?]+[\"')]*$")


def ends_sentence(line: str) -> bool:
    """``line`` ends with a full stop, "!" or "?" that is no abbreviation's."""
    line = line.rstrip()[-60:]
    m = _LAST_WORD.search(line)
    if m is None:
        return False
    word = m.group(1).casefold().rstrip(".")
    return not (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()))


def ends_open(line: str) -> bool:
    """``line`` stops where a sentence cannot: after a comma, a hyphen or a
    word like "dan", "agar", "di"."""
    line = line.rstrip()
    if line.endswith((",", "-", "/", "&", "+")):
        return True
    words = line.split()
    return bool(words) and words[-1].casefold() in CONNECTORS


def joins(previous: str, line: str, no_case: bool = False) -> bool:
    """Whether ``line`` goes on with the sentence of ``previous`` in free
    prose: the previous line stops mid-sentence, or it does not end one and
    this one starts in lower case (unless the message is ``no_case``)."""
    if not previous or not line or SIGNATURE.match(line):
        return False
    if ends_open(previous):
        return True
    if ends_sentence(previous) or previous.rstrip().endswith((":", ";")):
        return False
    lower = line[0].islower() and not no_case
    return (lower or line[0].isdigit()) and not SITUATION_LEAD.match(line)


def unwrap(text: str, apart: re.Pattern[str] | None = None) -> str:
    """``text`` with the lines that go on with the one before joined to it
    by a space; blank lines and whole lines stay as they are, and so does a
    line ``apart`` matches, whatever the line before ends with."""
    out: list[str] = []
    # a field's two or three lines say nothing of the writer's habit; a message's do
    no_case = text.count("\n") >= 3 and caseless(text)
    for line in text.split("\n"):
        if (
            out
            and out[-1]
            and line
            and not (apart is not None and apart.match(line))
            and joins(out[-1], line, no_case)
        ):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)


# words that open no part of a place: a wrapped line starting with one goes on with the
# report ("aman", "hadir …", "DIALOG DENGAN …"), read in ``places``
NOT_PLACE_WORDS = frozenset(
    [
        "warga",
        "aman",
        "kondusif",
        "terkendali",
        "lancar",
        "situasi",
        "sit",
        "rawan",
        "waspada",
        "hadir",
        "dihadiri",
        "orang",
        "org",
        "sambang",
        "dds",
        "patroli",
        "binluh",
        "pesan",
        "hasil",
        "himbauan",
        "lapor",
        "ijin",
        "izin",
        "ndan",
        "tokoh",
        "tomas",
        "toga",
        "sasaran",
        "keluhan",
        "terima",
        "kasih",
        "mohon",
        "demikian",
        "dokumentasi",
        # a line that opens with meeting someone goes on with the visit, not the place
        "dialog",
        "berdialog",
        "ngobrol",
        "ketemu",
        "ktm",
        "bertemu",
        "berbincang",
    ]
)
