"""What a template's label names: ``Hari/Tgl`` a date, ``Sasaran`` whom
the visit reached, ``Pesan ke panitia`` the appeal — from the label tables,
the words around a label that do not change it, and, for a label no table
lists, the family its words belong to."""

from __future__ import annotations

import re

from sambang_tui.services.parse import fuzzy
from sambang_tui.services.parse.label_words import LABEL_FILLERS, LABEL_HEADS, LABEL_PARTICIPLES
from sambang_tui.services.parse.label_words import LABELS as LABEL_TABLE

# label (lower case, spaces around "/" removed) -> section kind
LABELS: dict[str, str] = {label: kind for kind, labels in LABEL_TABLE.items() for label in labels}

# words around a label that do not change it: "Adapun pesan kamtibmas yang disampaikan"
_LABEL_FRAME = re.compile(
    r"^(?:adapun|dengan|berikut|isi)\s+|\s+(?:yang|yg)\s+(?:di|ter)\w+(?:\s+\w+){0,3}$"
)


def _label_key(label: str) -> str:
    key = re.sub(r"\s*[/,]\s*", "/", label.strip().casefold())  # "Hari, tgl" as "Hari/tgl"
    return re.sub(r"\s+", " ", key).rstrip(". ")


# words of a date-and-time label, in any combination: "Hari, tgl", "Tgl/jam", "Hari & waktu"
_WHEN_WORDS = frozenset(["hari", "hr", "tanggal", "tgl", "tang", "jam", "waktu", "pukul", "pkl"])
_WHEN_SPLIT = re.compile(r"\s*(?:/|&|\+|\bdan\b)\s*")
# a label's qualifier that does not change it: "Situasi saat ini", "Kondisi terakhir"
_QUALIFIER = re.compile(r"\s+(?:saat\s+ini|sekarang|terkini|terakhir|akhir|umum)$")
# a label naming whom the visit reached: "Pihak yang hadir", "Jumlah KK dikunjungi",
# "Warga yg ditemui", "Sumber info"
_MET_LABEL = re.compile(
    r"^(?:[a-z]+\s+){0,3}(?:yang\s*|yg\s*)?(?:hadir|dikunjungi|ditemui|disambangi|didatangi|diajak\s+bicara)$"
    r"|^(?:nara)?sumber(?:\s+(?:info|informasi|berita))?$"
)

# whom an appeal's label names: "Pesan ke panitia", "Himbauan utk para pedagang"
_ADDRESSEE = re.compile(r"\s+(?:ke|kepada|kpd|utk|untuk|bagi|buat)\s+[a-z0-9][a-z0-9 .&/-]{0,30}$")


# whose appeal a label names: "Pesan ane", "Himbauan dari kami", "Pesan abang Bhabin"
_SPEAKER = re.compile(
    r"\s+(?:dari\s+)?(?:saya|sy|kami|kmi|ane|aku|gue|gw"
    r"|(?:(?:abang|bang|pak|om)\s+)?(?:bhabin\w*|petugas))$"
)


def _when_kind(key: str) -> str | None:
    parts = [p for p in _WHEN_SPLIT.split(key) if p]
    if len(parts) < 2 or not all(p in _WHEN_WORDS for p in parts):
        return None
    return "date" if any(p in ("hari", "hr", "tanggal", "tgl", "tang") for p in parts) else "time"


_HEAD_OF = {word: kind for kind, words in LABEL_HEADS.items() for word in words}
_PARTICIPLE_OF = {word: kind for kind, words in LABEL_PARTICIPLES.items() for word in words}


def _family_kind(key: str) -> str | None:
    """The kind of a label no table lists, from the family its words belong
    to: "Tgl giat", "Kondisi wilayah", "Yang disampaikan"."""
    words = [w for w in re.findall(r"[a-z]+", key) if w not in LABEL_FILLERS]
    if not words or len(words) > 3:
        return None
    heads = {_HEAD_OF.get(w) for w in words if w not in _PARTICIPLE_OF}
    if None in heads:
        return None  # "Kondisi jalan", "Yang disampaikan warga": a word of no family
    if heads <= {"date", "time"} and len(heads) == 2:
        return "date"  # "Hari jam giat": the date, its time beside it
    if len(heads) == 1:
        return heads.pop()
    if heads:
        return None
    participles = {_PARTICIPLE_OF[w] for w in words}
    return participles.pop() if len(participles) == 1 else None


def label_kind(label: str) -> str | None:
    """The section kind of a written label, or None when it is no label."""
    key = _label_key(label)
    if key in LABELS:
        return LABELS[key]
    bare = _LABEL_FRAME.sub("", _LABEL_FRAME.sub("", key))
    if bare in LABELS:
        return LABELS[bare]
    kind = _when_kind(bare) or LABELS.get(_QUALIFIER.sub("", bare))
    if kind is None and LABELS.get(_SPEAKER.sub("", _ADDRESSEE.sub("", bare))) == "message":
        # "Pesan ke panitia", "Himbauan kepada warga", "Pesan ane", "Pesan sy ke sekolah",
        # "Pesan abang Bhabin": the appeal, whoever to and whoever by
        return "message"
    if kind is None and (_MET_LABEL.match(key) or _MET_LABEL.match(bare)):
        kind = "audience"
    if kind is None and "/" in bare:
        # "Hasil/Temuan", "Keluhan/Masukan", "Sasaran / yg ditemui": labels of one kind side by
        # side, each read as a label of its own
        kinds = {label_kind(part.strip()) for part in bare.split("/") if part.strip()}
        if len(kinds) == 1 and None not in kinds:
            kind = kinds.pop()
    return (
        kind
        or LABELS.get(_label_key(fuzzy.correct(bare)))  # "Kegiatn", "Sitkamtibmas"
        or _family_kind(bare)
    )


# "2. Waktu/Tempat : Selasa … pkl 10.00 / Pos Kamling …": one label naming two fields, the
# values in the same order, parted by a slash with spaces around it (a date's or an RT/RW's
# slash has none)
_PAIRED_LINE = re.compile(
    r"^(?P<lead>[ \t]*(?:\(?\d{1,2}[.)]|[a-hA-H][.)]|[-•*▪·])?[ \t]*)"
    r"(?P<label>[A-Za-z]+(?:[ \t]*(?:/|&)[ \t]*[A-Za-z]+)+)[ \t]*:[ \t]*(?P<value>\S.*)$",
    re.M,
)
_PAIR_CUT = re.compile(r"[ \t]*(?:/|&)[ \t]*")
_VALUE_CUT = re.compile(r"[ \t]+/[ \t]+")


def _unpaired(m: re.Match[str]) -> str:
    label, value = m.group("label"), m.group("value")
    if label_kind(label) is not None:
        return m.group(0)  # "Hari/Tanggal", "Hasil/Temuan": one field under two words
    names = _PAIR_CUT.split(label)
    kinds = [label_kind(name) for name in names]
    values = _VALUE_CUT.split(value.strip())
    if None in kinds or len(set(kinds)) != len(kinds) or len(values) != len(names):
        return m.group(0)
    indent = " " * len(m.group("lead"))
    lines = [f"{name} : {v}" for name, v in zip(names, values, strict=True)]
    return m.group("lead") + f"\n{indent}".join(lines)


def unpaired(text: str) -> str:
    """``text`` with each label naming two fields ("Waktu/Tempat : 20.00 / Pos Kamling …",
    "Tempat/Waktu : Pasar … / Kamis 3 Juli …") written as the two labels it names, each on a
    line with its value."""
    return _PAIRED_LINE.sub(_unpaired, text)
