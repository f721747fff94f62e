"""Reading a CSV file as Excel writes it, row by row, never the whole file
in memory: Indonesian headers (case and surrounding spaces ignored, aliases),
comma or semicolon (sniffed from the header), UTF-8 with or without BOM
(UTF-16, cp1252 and Excel workbooks refused with a clear message), quoted
newlines, blank lines skipped, extra columns named; each data row checked
and converted to the values it would store, or the reasons it cannot be.

Problems with the file as a whole raise ``ValidationError`` with field
``"path"``; a bad row comes back as ``(line, message)``.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sambang_tui.i18n import t
from sambang_tui.services.core.errors import Msg, ValidationError
from sambang_tui.services.core.formula import is_formula
from sambang_tui.services.core.validate import Checker
from sambang_tui.services.master.areas import KelurahanInput, area_number, kelurahan_fields
from sambang_tui.services.master.contacts import ContactInput, contact_fields
from sambang_tui.services.master.officers import OfficerInput, officer_fields

KINDS = ("officers", "areas", "contacts")
# a cell can only be a formula when it starts with one of these or with white space
SUSPECT = frozenset("=@+-")
SAVE_AS_UTF8 = Msg("master.csv.save_as_utf8")


@dataclass(frozen=True)
class Column:
    name: str
    required: bool
    aliases: tuple[str, ...] = ()
    max_len: int = 120


COLUMNS: dict[str, tuple[Column, ...]] = {
    "officers": (
        Column("nrp", True, max_len=8),
        Column("nama", True, ("name",)),
        Column("pangkat", True, ("rank",), 16),
        Column("jabatan", True, ("peran", "role"), 20),
        Column("telepon", False, ("telp", "hp", "no hp", "no_hp", "phone"), 32),
        Column("login", False, ("os_user", "user"), 64),
    ),
    "areas": (
        Column("kelurahan", True, ("desa", "kelurahan/desa"), 80),
        Column("jenis", True, ("kind",), 12),
        Column("kecamatan", True, (), 80),
        Column("kota", True, ("kabupaten", "kota/kabupaten", "city"), 80),
        Column("rw", True, (), 8),
        Column("rt", True, (), 8),
    ),
    "contacts": (
        Column("nama", True, ("name",)),
        Column("kategori", True, ("category",), 40),
        Column("kelurahan", True, ("desa",), 80),
        Column("rw", False, (), 8),
        Column("rt", False, (), 8),
        Column("telepon", False, ("telp", "hp", "no hp", "no_hp", "phone"), 32),
        Column("catatan", False, ("notes", "keterangan"), 2000),
    ),
}


def _fail(key: str, **params: object) -> ValidationError:
    return ValidationError("path", key, None, **params)


def _check_head(path: Path) -> None:
    """Refuse what is no UTF-8 text by its first bytes (an unreadable file,
    a folder, UTF-16, an Excel workbook)."""
    try:
        with Path(path).open("rb") as fh:
            head = fh.read(8)
    except FileNotFoundError:
        raise _fail("master.csv.no_file", path=path) from None
    except IsADirectoryError:
        raise _fail("master.csv.is_folder", path=path) from None
    except OSError as exc:
        raise _fail("master.csv.unreadable", path=path, reason=exc.strerror) from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail("master.csv.utf16", save_as=SAVE_AS_UTF8)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _fail("master.csv.excel", save_as=SAVE_AS_UTF8)


def _open(path: Path) -> IO[str]:
    return Path(path).open(encoding="utf-8-sig", errors="strict", newline="")


def _bad_utf8_line(path: Path) -> int:
    """The line of the first byte that is not UTF-8, reading in chunks."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line = 1
    with Path(path).open("rb") as fh:
        while chunk := fh.read(1 << 16):
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                return line + chunk[: max(exc.start, 0)].count(b"\n")
            line += chunk.count(b"\n")
    return line


def _not_utf8(path: Path) -> ValidationError:
    line = _bad_utf8_line(path)
    return _fail("master.csv.not_utf8", line=line, save_as=SAVE_AS_UTF8)


def _header_line(path: Path) -> str:
    """The first line that is not blank (the header), read line by line."""
    try:
        with _open(path) as fh:
            for line in fh:
                if "\x00" in line:
                    raise _fail("master.csv.nul")
                if line.strip().strip(",;"):
                    return line
    except UnicodeDecodeError:
        raise _not_utf8(path) from None
    raise _fail("master.csv.empty")


def _norm_header(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\ufeff", "").strip().lower())


def sniff_delimiter(header_line: str, kind: str) -> str:
    """Comma or semicolon: whichever splits the header into known columns."""
    known = {c.name for c in COLUMNS[kind]} | {a for c in COLUMNS[kind] for a in c.aliases}

    def score(sep: str) -> int:
        cells = next(csv.reader([header_line], delimiter=sep), [])
        return sum(1 for cell in cells if _norm_header(cell) in known)

    comma, semi = score(","), score(";")
    if comma == semi == 0:
        return ";" if header_line.count(";") > header_line.count(",") else ","
    return ";" if semi > comma else ","


def _map_header(cells: list[str], kind: str, line: int) -> tuple[dict[str, int], list[str]]:
    columns = COLUMNS[kind]
    lookup: dict[str, str] = {}
    for col in columns:
        lookup[col.name] = col.name
        for alias in col.aliases:
            lookup[alias] = col.name
    index: dict[str, int] = {}
    extra: list[str] = []
    for i, cell in enumerate(cells):
        name = _norm_header(cell)
        target = lookup.get(name)
        if target is None:
            if name:
                extra.append(cell.strip())
            continue
        if target in index:
            raise _fail("master.csv.column_twice", line=line, column=target)
        index[target] = i
    missing = [c.name for c in columns if c.required and c.name not in index]
    if missing:
        seen = ", ".join(c.strip() for c in cells if c.strip()) or Msg("master.csv.no_columns")
        wanted = ", ".join(c.name for c in columns if c.required)
        hint: Msg | str = ""
        if len(cells) == 1 and any(s in cells[0] for s in "\t|"):
            hint = Msg("master.csv.hint_tab")
        elif len(cells) == 1:
            hint = Msg("master.csv.hint_separator")
        raise _fail(
            "master.csv.missing_columns",
            line=line,
            missing=", ".join(missing),
            seen=seen,
            wanted=wanted,
            hint=hint,
        )
    return index, extra


@dataclass
class Record:
    line: int
    values: dict[str, str]


def read_records(path: Path, kind: str, notes: list[str]) -> Iterator[Record | tuple[int, str]]:
    """The data rows of the file as ``Record``s, or ``(line, message)`` for a
    row that is bad before its fields are checked (formula cells), streamed:
    only the current row is in memory. Unknown columns are named in ``notes``."""
    _check_head(path)
    sep = sniff_delimiter(_header_line(path), kind)
    with _open(path) as fh:
        reader = csv.reader(fh, delimiter=sep)
        index: dict[str, int] | None = None
        start = 1
        try:
            for cells in reader:
                line = start
                start = reader.line_num + 1
                if any("\x00" in c for c in cells):
                    raise _fail("master.csv.nul")
                if not any(c.strip() for c in cells):
                    continue
                if index is None:
                    index, extra = _map_header(cells, kind, line)
                    if extra:
                        notes.append(t("master.csv.unknown_columns", columns=", ".join(extra)))
                    continue
                bad = [
                    name
                    for name, i in index.items()
                    if i < len(cells)
                    and (cells[i][:1] in SUSPECT or cells[i][:1].isspace())
                    and is_formula(cells[i])
                ]
                if bad:
                    yield (line, t("master.csv.formula", columns=", ".join(bad)))
                    continue
                yield Record(
                    line, {name: (cells[i] if i < len(cells) else "") for name, i in index.items()}
                )
        except csv.Error as exc:
            raise _fail("master.csv.unparsable", line=start, reason=exc) from None
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
    if index is None:
        raise _fail("master.csv.empty")


# ---------------------------------------------------------------- checking


class RowErrors(Exception):
    def __init__(self, messages: list[str]) -> None:
        super().__init__("; ".join(messages))
        self.messages = messages


def _checked(c: Checker, values: dict[str, Any]) -> dict[str, Any]:
    if c.errors:
        raise RowErrors([e.message for e in c.errors])
    return values


def _officer_values(v: dict[str, str]) -> dict[str, Any]:
    c = Checker()
    data = OfficerInput(
        nrp=v["nrp"],
        name=v["nama"],
        rank=v["pangkat"],
        role=v["jabatan"],
        phone=v.get("telepon", ""),
        os_user=v.get("login", ""),
    )
    return _checked(c, officer_fields(c, data))


def _area_values(v: dict[str, str]) -> dict[str, Any]:
    c = Checker()
    data = KelurahanInput(
        name=v["kelurahan"], kind=v["jenis"], kecamatan=v["kecamatan"], city=v["kota"]
    )
    values = kelurahan_fields(c, data)
    del values["code"]
    values["rw"] = area_number(c, "rw", "master.label.rw", v["rw"], required=True)
    values["rt"] = area_number(c, "rt", "master.label.rt", v["rt"], required=True)
    return _checked(c, values)


def _contact_values(v: dict[str, str]) -> dict[str, Any]:
    c = Checker()
    data = ContactInput(
        name=v["nama"],
        category=v["kategori"],
        rw=v.get("rw", ""),
        rt=v.get("rt", ""),
        phone=v.get("telepon", ""),
        notes=v.get("catatan", ""),
    )
    values = contact_fields(c, data)
    values["kelurahan"] = c.text(
        "kelurahan", "master.label.kelurahan", v["kelurahan"], required=True, max_len=80
    )
    return _checked(c, values)


CONVERT = {"officers": _officer_values, "areas": _area_values, "contacts": _contact_values}
