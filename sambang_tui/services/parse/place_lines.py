"""A place written over more than one line: where a line's place goes on
with the next ("Jl. Salemba\nRaya RT 01 RW 06") and where the next item
starts, for the place's own section and for one read from prose."""

from __future__ import annotations

import re

from sambang_tui.services.parse.mentions import STOP_WORDS
from sambang_tui.services.parse.place_clean import clean_place
from sambang_tui.services.parse.place_ends import STREET
from sambang_tui.services.parse.sentences import EMOJI
from sambang_tui.services.parse.wrapping import NOT_PLACE_WORDS, ends_sentence

_AREA_WORD = r"(?:RT|RW|No|Nomor|Blok|Kav|Kel|Kelurahan|Kec|Kecamatan)\b"
# words that end a place and go on with the sentence: "Raya dengan para pedagang",
# or start the next part of it: "KPU di Jl. Prapatan", "Jawa Jl. Kramat Bunder"
_AFTER_PLACE = (
    r"(?:dengan|bersama|pada|pukul|pkl|jam|yang|untuk|guna|kepada|sekitar|tgl|tanggal|hari"
    r"|dgn|yg|utk|kpd|(?-i:pd)"
    r"|di|ke|jl|jln|jalan|gg|gang)\b"
)
# a line ending in one of these stops inside a place: "RT 09 RW", "di depan", "Jl."
_PLACE_OPEN_END = re.compile(
    r"\b(?:RT|RW|No|Nomor|Blok|Kel|Kelurahan|Kec|Kecamatan|Jl|Jln|Jalan|Gg|Gang|di|ke|depan|"
    r"samping|belakang|seberang|dekat|sekitar)\.?\s*$",
    re.I,
)
_PLACE_GOES_ON = re.compile(
    rf"^(?:{_AREA_WORD}|(?:jl|jln|jalan|gg|gang)\b"
    rf"|(?P<words>[A-Za-z][\w'-]*\.?(?:\s+[A-Za-z0-9][\w'-]*\.?){{0,3}}?)\s*"
    rf"(?:$|[,(]|{_AREA_WORD}|{_AFTER_PLACE}))",
    re.I,
)
PLACE_STOP_WORDS = (
    (STOP_WORDS - {"jakarta", "jakpus", "kota", "kec", "kecamatan", "no", "nomor", "rt", "rw"})
    | NOT_PLACE_WORDS
    | {"ttd"}  # a signature's line ("Ttd. Lurah X") is no place's wrapped rest
)


def continues_place(line: str, previous: str = "") -> bool:
    """Whether ``line`` is the wrapped rest of a place ("Raya RT 01 RW 06",
    "Kel. Paseban", "Sentiong No. 5") rather than the next item; after
    ``previous`` stopped where a place cannot ("RT 09 RW", "di depan")."""
    line = line.strip()
    if _PLACE_OPEN_END.search(previous) and line[:1].isalnum():
        return True
    if previous.rstrip().endswith(",") and STREET.match(line):
        return True  # "Masjid Jami Bungur,\nJalan Bungur Besar"
    m = _PLACE_GOES_ON.match(line)
    if m is None:
        return False
    words = m.group("words") or ""
    return not any(w.casefold().strip(".,'") in PLACE_STOP_WORDS for w in words.split())


def ends_item(line: str, following: str) -> bool:
    """``line`` ends the place: a full stop, or a comma not followed by a street."""
    line = line.rstrip()
    if line.endswith(",") and STREET.match(following.strip()):
        return False
    return ends_sentence(line) or line.endswith((",", ";", ":"))


_EMOJI = re.compile(EMOJI)
_DASH_ITEM = re.compile(r"\s+[–—]\s+(?=\S)")


def place_from_section(value: str) -> str:
    lines = [line for line in value.split("\n") if line.strip()]
    kept = lines[:1]
    for line in lines[1:]:
        if ends_item(kept[-1], line) or not continues_place(line, kept[-1]):
            break
        kept.append(line)
    joined = " ".join(kept)
    emoji = _EMOJI.search(joined, 1)  # "Musholla X Jl. Y 👥 Ketua RT 02 …": the next field's mark
    joined = joined[: emoji.start()] if emoji else joined
    dash = _DASH_ITEM.search(joined)  # "Pos ronda Jl. Kalilio – ngobrol dgn 4 warga": what was done
    place = clean_place(joined[: dash.start()] if dash else joined)
    return place[:-1] if place.endswith(".") and ends_sentence(place) else place


def unwrap_place(tail: str) -> str:
    """``tail`` with the line breaks inside a wrapped place made spaces."""
    lines = tail.split("\n")
    out = lines[0]
    for number, line in enumerate(lines[1:], start=1):
        if ends_item(out, line) or not continues_place(line, out):
            return "\n".join([out, *lines[number:]])
        out = f"{out} {line.strip()}"
    return out
