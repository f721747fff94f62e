"""A place as the form holds it: without the RT/RW numbers (a range of them,
or a template's blank ones), the kelurahan, kecamatan and city written with
it, nor the words left at its edges; the RW's own post or office keeps its
"RW" (the rulings of the held-out README)."""

from __future__ import annotations

import re

from sambang_tui.services.parse.area import AREA_RANGE, AREA_TEXT

AREA_PARTS = re.compile(
    rf"{AREA_TEXT}"
    r"|(?<!kantor )\b(?:kel|kelurahan|kec|kecamatan)\b\.?\s*[A-Za-z]+(?:\s+(?:baru|raya|timur|barat|utara|selatan))?"
    r"|\b(?:kota\s+)?(?:jakarta|jakpus)(?:\s+(?:pusat|selatan|barat|timur|utara))?\b"
    r"|\bprov(?:insi)?\.?\s+dki\b|\bdki\b",
    re.I,
)
_EDGE_WORDS = re.compile(
    r"^(?:(?:dan|di|ke|wilayah|se)\b\s*)+|(?:\s*\b(?:dan|di|ke|wilayah|sekitar|se))+$", re.I
)


# "Pos RW 001", "Kantor RW 06": the RW's own post or office keeps its "RW"
_RW_VENUE = re.compile(
    r"\b(pos|kantor|sekretariat|sekret|balai|posko|ketua|pak|bapak|bpk|bu|ibu)(\s+)(RW|RT)\b\.?\s*(?:no\.?\s*)?\d{1,3}\b(?:\s*/\s*\d{1,3}\b)?",
    re.I,
)


# a template's RT/RW left blank: "RT ... RW ...", "Rt - / Rw -"
_BLANK_AREA = re.compile(r"\b(?:RT|RW)\b\.?\s*(?:(?:\.{2,}|…|-|_+)\s*/?\s*)+", re.I)
# and its blanks gone with a chat's italic marks ("RT __ RW __" read as "RT RW", "RT __ RW 02" as
# "RT RW 02"): once the numbered ones are cut, an RT left with no number ("Jl. X RT RW", "Jl. X
# RT") is no place's word — unless it is whose post, office or house it is ("Pos RT", "rumah
# Pak RT", "Ketua RT/RW"); a bare RW alone may be a hall's ("Balai Warga RW")
_BARE_AREA = re.compile(
    r"(?<!\bpos )(?<!\bkantor )(?<!\bsekretariat )(?<!\bbalai )(?<!\bketua )(?<!\bpengurus )"
    r"(?<!\bpak )(?<!\bbapak )(?<!\bbpk )(?<!\bbpk\. )(?<!\bbu )(?<!\bibu )"
    r"\bRT\b\.?(?:\s*/?\s*RW\b\.?)?\s*(?=$|,)",
    re.I,
)


# an aside about the officer is no part of where: "Lapangan X (bantu Bhabin Bungur)", "Area Y
# (back up Bhabin Senen yg cuti)"
_OFFICER_ASIDE = re.compile(r"\s*\([^()\n]*\b(?:bhabin\w*|babin\w*)\b[^()\n]*\)", re.I)


def clean_place(text: str) -> str:
    """``text`` without RT/RW numbers, kelurahan, kecamatan and city, tidied."""
    text = _OFFICER_ASIDE.sub(" ", text)
    text = _BLANK_AREA.sub(" ", text)
    text = AREA_RANGE.sub(" ", text)
    text = _RW_VENUE.sub(r"\1\2\3", text)
    text = _BARE_AREA.sub(" ", AREA_PARTS.sub(" ", text))  # (once the numbered ones are gone)
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.)])", r"\1", text)
    text = re.sub(r"(,\s*)+", ", ", text)
    text = _EDGE_WORDS.sub("", text.strip(" ,;-–"))
    return text.strip(" ,;-–").strip()
