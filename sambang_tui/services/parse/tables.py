"""A report typed as a table: a header row naming the columns (``No | Waktu |
Kegiatan | Lokasi | Ket``, cells split by ``|`` or a tab, as a spreadsheet
pastes them) and a row per activity under it. Each row is rewritten as the
template the Bhabin would otherwise have typed, a ``Column : value`` line a
cell, so that the one reading of labels reads it and a row is a report;
what no column name says (``Ket``, notes) stays a line of free text."""

from __future__ import annotations

import re

# a header's cells: the column names a desk's own form and the templates use; a header names
# at least two of them, and it is a header only by them (a row of values names none)
_COLUMN_WORDS = frozenset(
    [
        "tgl", "tanggal", "hari", "hari/tgl", "hari/tanggal", "jam", "waktu", "pukul", "pkl",
        "giat", "kegiatan", "jenis kegiatan", "tempat", "lokasi", "tkp", "alamat", "sasaran",
        "ktm", "bertemu", "yang ditemui", "peserta", "pesan", "himbauan", "hasil", "keluhan",
        "situasi", "sikon", "sit", "ket", "keterangan", "no", "no.",
    ]
)  # fmt: skip
# columns whose values are no field of their own: the row's number, and notes that mix whom
# the officer met, what he said and how it was ("ktm pedagang ± 10 org, himbau …")
_NUMBER = frozenset(["no", "no."])
_NOTES = frozenset(["ket", "keterangan"])
_CELL_SPLIT = re.compile(r"[ \t]*(?:\||\t)[ \t]*")


def _cells(line: str) -> list[str] | None:
    """The cells of a table's line, or None: a line of prose has fewer than two splits."""
    if line.count("|") < 2 and line.count("\t") < 2:
        return None
    cells = _CELL_SPLIT.split(line.strip().strip("|").strip())
    return [cell.strip() for cell in cells]


def _header(cells: list[str]) -> bool:
    names = [cell.casefold() for cell in cells]
    known = sum(name in _COLUMN_WORDS for name in names)
    return known >= 2 and known * 2 >= len(names) and not any(re.search(r"\d", n) for n in names)


def _rows(header: list[str], rows: list[list[str]]) -> list[str]:
    out: list[str] = []
    numbered = len(rows) > 1
    for index, row in enumerate(rows, 1):
        lines: list[str] = []
        notes: list[str] = []
        for name, value in zip(header, row, strict=False):
            if not value or value in ("-", "–"):
                continue
            key = name.casefold()
            if key in _NUMBER:
                continue
            if key in _NOTES:
                notes.append(value)
            else:
                lines.append(f"{name} : {value}")
        # the notes under the item's first line: last, the splitter gives them to the next item
        lines[1:1] = notes
        if lines and numbered:
            lines[0] = f"{index}. {lines[0]}"
        out += lines
    return out


def untabled(text: str) -> str:
    """``text`` with each table in it written as a template a row (the rest as it is)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    changed = False
    while i < len(lines):
        header = _cells(lines[i])
        if header is None or not _header(header):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines) and (cells := _cells(lines[j])) is not None:
            if len(cells) not in (len(header), len(header) - 1, len(header) + 1):
                break
            rows.append(cells)
            j += 1
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        out += _rows(header, rows)
        changed = True
        i = j
    return "\n".join(out) if changed else text
