"""Activity types by their words and abbreviations, as ActivityType codes
(db/vocab.DEFAULT_ACTIVITY_TYPES), in the order the message names them."""

from __future__ import annotations

import re

from sambang_tui.services.parse import fuzzy, numerals

# a code after a number is a number plate's letters ("B 1234 SB"), after a clock the activity's
_NOT_PLATE = r"(?:(?<=\d[.:]\d\d\s)|(?<!\d)(?<!\d\s))"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Jumat Curhat": Polri's weekly listening visit to residents, a sambang by another name
    (
        "SB",
        re.compile(
            r"\b(?:sambang\w*|sbg|smbg|sbng|menyambangi|disambangi|nyambangi|sambangi|jum'?at\s+curhat)\b"
            # the code in capitals, as CS, PS, DD are read ("- SB ke Ketua RW …"); not a number
            # plate's letters ("B 1234 SB") nor a person's initials ("inisial SB", "Sdr. SB"); a
            # clock before it is the activity's time ("10.30 SB ke Ketua RW …")
            rf"|{_NOT_PLATE}(?<!inisial\s)(?<!sdr\s)(?<!sdr\.\s)(?<!sdri\s)(?-i:\bSB\b)",
            re.I,
        ),
    ),
    ("DDS", re.compile(r"\bDDS\b|\bdoor[\s-]*to[\s-]*door\b", re.I)),
    ("CS", re.compile(r"\bc[o0]{1,2}l+ing\s*s[iy]ste?m\b|(?-i:\bCS\b)", re.I)),
    ("PS", re.compile(r"\bproblem\s*solv\w*|(?-i:\bPS\b)", re.I)),
    ("DD", re.compile(r"\bdeteksi\s+dini\b|\bdetdin\b|(?-i:\bDD\b)|\blaporan\s+informasi\b", re.I)),
    # "BL di SMP …", "09.00-10.00 BL …": the form's code in capitals, as SB is read
    (
        "BL",
        re.compile(
            r"\bbinluh\b|\bpenyuluhan\b|\bbimbingan\s+dan\s+penyuluhan\b"
            rf"|{_NOT_PLATE}(?-i:\bBL\b)",
            re.I,
        ),
    ),
    ("PD", re.compile(r"\bpatroli\s+dialogis\b|\bpatroli\s+sambang\b|(?-i:\bPD\b)", re.I)),
    # "PKM hajatan …", "giat PKM pengajian …": the code in capitals, as the form writes it; "PKM
    # Senen", "PKM Kec. Senen", "ke PKM" is a puskesmas, named by the place around it
    (
        "PKM",
        re.compile(
            r"\bpengamanan\b|(?<!\bair\s)\bpam\b(?!\s+jaya)(?=\s+\w)"
            r"|(?<!\bke\s)(?<!\bdi\s)(?<!\bdari\s)"  # "ke PKM utk berobat": to the puskesmas
            r"(?-i:\bPKM\b(?![ \t]+(?:[A-Z][a-z]|kec\b|kel\b|kecamatan\b|kelurahan\b)))",
            re.I,
        ),
    ),
)


# a type's abbreviation in lower case, as terse chat writes it, where an activity is told:
# "kmrn cs di jl …", "ps ke rumah …", "dd pkl 20.00"
_LOWER_CODE = re.compile(
    r"(?-i:\b(cs|ps|dd|pd)\b)(?=\s+(?:di|ke|dgn|dengan|pkl|pukul|jam|jm|wil|kel|rw|rt|tgl)\b)", re.I
)

# ... and where it opens the message or joins another activity: "ps batas tanah …", "kmrn ps
# …", "sambang + dd malming …" ("pd" opening a message is chat's "pada", "ps" before a
# market's name "pasar")
_OPENING_CODE = re.compile(
    r"(?:\A\s*|(?-i:\b(?:kmrn|kemarin|kemaren|tadi|td|giat)\s+)|[+&]\s*)(?-i:(cs|ps|dd))\b"
    r"(?=\s+[a-z])(?!\s+(?:senen|baru|minggu|pagi|tanah\s+abang)\b)",
    re.I,
)

# ... and where it stands in an activity's slot: after a clock time, a label's colon, an item's
# mark or "lapor" ("16.30 pd ngabuburit …", "giat 2: ps cekcok …", "- dd ada spanduk …", "lapor,
# ps …", "td siang ps …"). Chat's "pd" for "pada" and "ps" for "pasar" name the time or market
# that follows them ("pd hari senin", "pd saat", "ps senen")
_SLOT_CODE = re.compile(
    r"(?:^[ \t]*(?:[-•*][ \t]*)?|\b\d{1,2}[.:]\d{2}[ \t]*(?:wib[ \t]*)?(?:[:-][ \t]*)?|:[ \t]*"
    r"|(?-i:\b(?:lapor|lap|laporan|giat)(?:[ \t]+(?:ndan|dan|komandan))?)\W{0,2}[ \t]*"
    r"|(?-i:\b(?:td|tadi|kmrn|kemarin|kemaren)\s+(?:pagi|siang|sore|malam)\s+))"
    r"(?-i:(cs|ps|dd|pd))\b(?=[ \t]+[a-z+&])"
    r"(?!(?<=pd)[ \t]+(?:malam|pagi|siang|sore|minggu|bulan|tahun|thn)\b)"
    r"(?![ \t]+(?:hari|hr|saat|waktu|tgl|tanggal|pukul|pkl|jam|kesempatan|acara|kegiatan|giat|umumnya|dasarnya|intinya|senen|baru|tanah\s+abang"
    r"|kenari|paseban|kramat|bungur|kwitang|gembrong|jatinegara)\b)",
    re.I | re.M,
)

# "menyambangi", "sambangi": the verb of any visit; a sambang only when nothing else is named
_VISIT_VERB = re.compile(r"\b(?:menyambangi|disambangi|nyambangi|sambangi)\b", re.I)


# "membahas rencana pengamanan malam Tahun Baru", "petugas pengamanan gedung": the security
# talked of or the people who keep it, not the activity
_TOPIC_BEFORE = re.compile(
    r"\b(?:rangka|rencana|persiapan|terkait|tentang|soal|membahas|bahas|koordinasi|mengenai"
    r"|perihal|guna|untuk|utk|berharap|harapan|meminta|mohon|bantuan"
    r"|petugas|personil|personel|anggota|sistem|pos|tim|regu|satuan|pihak|bagian)\s+$",
    re.I,
)


_PURPOSE_BEFORE = re.compile(
    r"\b(?:rangka|guna|untuk|upaya|langkah|sebagai|bentuk)\s+(?:upaya\s+|langkah\s+)?$",
    re.I,
)


# "#DeteksiDini", "#deteksidini", "#dds": a caption's hashtag names the activity as its label would
_HASHTAG = re.compile(r"#([A-Za-z][A-Za-z0-9]*)")
_JOINED_LABELS = re.compile(
    r"(deteksi)(dini)|(cooling)(system)|(problem)(solving)|(patroli)(dialogis)|(jumat)(curhat)",
    re.I,
)
_CODES = frozenset(code for code, _ in PATTERNS)


def _tag_words(m: re.Match[str]) -> str:
    tag = m.group(1)
    if tag.upper() in _CODES:
        return tag.upper()
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", tag)  # "SambangPaseban" → "Sambang Paseban"
    return _JOINED_LABELS.sub(lambda j: " ".join(g for g in j.groups() if g), words)


def untagged(text: str) -> str:
    """``text`` with each hashtag as the words it runs together."""
    return _HASHTAG.sub(_tag_words, text) if "#" in text else text


def tagged_types(text: str) -> list[str]:
    """The activity types a message's hashtags name ("#sambang #DeteksiDini"), whichever
    line they stand on: a caption's tags, which cleaning drops with the station's own."""
    return find_types(" , ".join(m.group(0) for m in _HASHTAG.finditer(text)))


def find_types(text: str) -> list[str]:
    text = untagged(text)
    hits: list[tuple[int, str]] = []
    for code, pattern in PATTERNS:
        matches = list(pattern.finditer(text))
        if code == "PKM":
            matches = [m for m in matches if not _TOPIC_BEFORE.search(text[: m.start()][-30:])]
        elif code == "DD":  # "guna deteksi dini gangguan kamtibmas": the purpose of another
            matches = [m for m in matches if not _PURPOSE_BEFORE.search(text[: m.start()][-30:])]
        if code == "SB" and matches:
            nouns = [m for m in matches if not _VISIT_VERB.fullmatch(m.group(0))]
            if not nouns and any(p.search(text) for c, p in PATTERNS if c != "SB"):
                continue  # "menyambangi" in a report of cooling system adds no sambang
            matches = nouns or matches
        if matches:
            hits.append((matches[0].start(), code))
    for m in (
        *_LOWER_CODE.finditer(text),
        *_OPENING_CODE.finditer(text),
        *_SLOT_CODE.finditer(text),
    ):
        if all(code != m.group(1).upper() for _, code in hits):
            hits.append((m.start(1), m.group(1).upper()))
    return [code for _, code in sorted(hits)]


def classified(text: str) -> str:
    """``text`` as the classifiers read it: numbers in words as digits, typos forgiven."""
    return fuzzy.correct(numerals.as_digits(text))
