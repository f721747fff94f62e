"""Numbered and labelled templates: ``1. Hari/Tanggal : Senin, 02 Desember
2024``, ``Tempat : …``, ``Situasi : aman``. Each known label maps to one
kind of section; the lines that belong to no section are the free text
read as prose."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# label (lower case, spaces around "/" removed) -> section kind
LABELS: dict[str, str] = {}


def _labels(kind: str, *names: str) -> None:
    for name in names:
        LABELS[name] = kind


_labels(
    "date",
    "hari/tanggal",
    "hari/tgl",
    "hr/tgl",
    "hari,tanggal",
    "hari, tanggal",
    "hari tanggal",
    "hari/tanggal/jam",
    "hari/tgl/jam",
    "tanggal",
    "tgl",
    "hari",
    "waktu pelaksanaan",
)
_labels("time", "waktu", "jam", "pukul", "pkl", "waktu kegiatan")
_labels(
    "place",
    "tempat",
    "lokasi",
    "tkp",
    "alamat",
    "tempat kegiatan",
    "lokasi kegiatan",
    "tempat/lokasi",
)
_labels(
    "activity",
    "kegiatan",
    "giat",
    "jenis kegiatan",
    "uraian kegiatan",
    "bentuk kegiatan",
    "nama kegiatan",
    "jenis giat",
)
_labels(
    "audience",
    "sasaran",
    "dihadiri",
    "peserta",
    "yang hadir",
    "hadir",
    "jumlah peserta",
    "sasaran kegiatan",
    "jumlah",
    "jumlah penonton",
    "jumlah warga",
    "jumlah hadir",
)
_labels(
    "message",
    "pesan kamtibmas",
    "pesan",
    "himbauan",
    "himbauan kamtibmas",
    "pesan dan himbauan",
    "pesan/himbauan",
    "materi",
    "materi penyuluhan",
)
_labels("findings", "hasil", "hasil kegiatan", "hasil giat", "hasil yang dicapai", "hasil sambang")
_labels("situation", "situasi", "situasi kamtibmas", "sit", "kondisi", "keadaan", "situasi akhir")
_labels(
    "officer",
    "nama",
    "pelapor",
    "personil",
    "personel",
    "petugas",
    "nama personil",
    "pelaksana",
    "yang melaksanakan",
    "anggota",
)
_labels(
    "officer",
    "nama/pangkat",
    "pangkat/nama",
    "nama/pangkat/nrp",
    "pangkat/nama/nrp",
    "nama pelapor",
    "nama petugas",
)
_labels("nrp", "nrp", "nrp/nip")
_labels("role", "jabatan")
_labels("area", "kelurahan", "kel", "desa/kelurahan", "kelurahan/desa", "wilayah", "wilayah binaan")

_LABEL_LINE = re.compile(
    r"^(?:(?P<num>\d{1,2})\s*[.)]\s*)?(?P<label>[A-Za-z][A-Za-z /,&.-]{0,40}?)\s*:\s*(?P<value>.*)$"
)
_BULLET = re.compile(r"^[-•*·>]\s*")


@dataclass
class Section:
    kind: str  # a LABELS kind, or "other" for a numbered line with an unknown label
    label: str
    value: str
    line: int  # index of the label line


@dataclass
class Layout:
    sections: list[Section] = field(default_factory=list)
    free: list[tuple[int, str]] = field(default_factory=list)  # (line index, text)

    def first(self, kind: str) -> Section | None:
        return next((s for s in self.sections if s.kind == kind), None)

    def values(self, *kinds: str) -> list[str]:
        return [s.value for s in self.sections if s.kind in kinds and s.value]

    @property
    def numbered(self) -> bool:
        return any(s.kind != "other" for s in self.sections)

    def free_text(self) -> str:
        return "\n".join(text for _, text in self.free)


def _label_key(label: str) -> str:
    key = re.sub(r"\s*/\s*", "/", label.strip().casefold())
    return re.sub(r"\s+", " ", key).rstrip(". ")


def split(text: str) -> Layout:
    layout = Layout()
    current: Section | None = None
    open_value = False  # the current section's label line had no value
    for index, line in enumerate(text.split("\n")):
        if not line:
            current, open_value = None, False
            continue
        m = _LABEL_LINE.match(line)
        if m:
            key = _label_key(m.group("label"))
            kind = LABELS.get(key)
            if kind is None and m.group("num"):
                kind = "other"
            if kind is not None:
                current = Section(kind, m.group("label").strip(), m.group("value").strip(), index)
                layout.sections.append(current)
                open_value = not current.value
                continue
        if current is not None and (open_value or _BULLET.match(line)):
            current.value = f"{current.value}\n{line}" if current.value else line
            continue
        current, open_value = None, False
        layout.free.append((index, line))
    return layout
