"""The kelurahan a message names: after ``Kel.``/``Kelurahan`` or
``Bhabinkamtibmas`` (``Bhabinkamtibmas Kel. Paseban``, ``Bhabin Kenari``).
Read with the place in ``places``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sambang_tui.services.parse.vocabulary import OFFICER_RANKS

_STOP_TEXT = (
    "kec kecamatan jakarta jakpus jaksel jakbar jaktim jakut kota kab kabupaten rt rw jl "
    "jalan gg gang polsek polres pada hari tanggal tgl sekitar pukul pkl jam bersama dan di "
    "yang melaksanakan melakukan menggelar dengan kepada ke bertemu untuk serta selaku telah "
    "sedang senin selasa rabu kamis jumat sabtu minggu wilayah setempat tersebut no nomor "
    "dalam kegiatan giat wib dari oleh sbg sebagai atas binmas"
)
STOP_WORDS = frozenset([*_STOP_TEXT.split(), *OFFICER_RANKS, "brigadir", "akbp"])
_KEL_KEYWORD = re.compile(
    r"(?<![A-Za-z])(?P<kw>kelurahan|kel)\b\.?\s*(?P<name>[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){0,2})",
    re.I,
)
_BHABIN = re.compile(
    r"\b(?:bhabinkamtibmas|bhabin|babinkamtibmas)\s+(?!kel\b|kelurahan\b)(?P<name>[A-Za-z][A-Za-z'-]*)",
    re.I,
)


@dataclass(frozen=True)
class Mention:
    words: tuple[str, ...]  # up to three words, the first is the likeliest name
    start: int
    keyword: bool  # after "Kel."/"Kelurahan" (else after "Bhabinkamtibmas")
    bhabin: bool  # part of "Bhabinkamtibmas Kel. X"


def name_words(value: str) -> tuple[str, ...]:
    """The leading name words of a ``Kelurahan : Paseban`` value."""
    m = re.match(r"[A-Za-z][A-Za-z'-]*(?:[ \t]+[A-Za-z][A-Za-z'-]*){0,2}", value.strip())
    return _words(m.group(0)) if m else ()


def _words(raw: str) -> tuple[str, ...]:
    out: list[str] = []
    for word in raw.split():
        if word.casefold().strip(".,") in STOP_WORDS:
            break
        out.append(word.strip(".,"))
    return tuple(out)


def kelurahan_mentions(text: str) -> list[Mention]:
    found: list[Mention] = []
    for m in _KEL_KEYWORD.finditer(text):
        words = _words(m.group("name"))
        if not words:
            continue
        before = text[max(0, m.start() - 30) : m.start()].casefold()
        bhabin = bool(re.search(r"(bhabinkamtibmas|bhabin|babinkamtibmas)\s*$", before))
        found.append(Mention(words, m.start(), True, bhabin))
    for m in _BHABIN.finditer(text):
        words = _words(m.group("name"))
        if words:
            found.append(Mention(words, m.start(), False, True))
    found.sort(key=lambda x: x.start)
    return found
