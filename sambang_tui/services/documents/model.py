"""A document as a list of blocks every renderer understands: letterhead,
headings, paragraphs, field lists, tables, a signature block, images, page
breaks. Text is plain: no markup of any kind is interpreted anywhere."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Letterhead:
    lines: tuple[str, ...]
    address: str = ""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1
    align: str = "left"  # left | center
    underline: bool = False


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    align: str = "justify"  # left | center | justify | right
    indent: int = 0  # in levels of ~8 mm
    italic: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = True
    indent: int = 1


@dataclass(frozen=True)
class Fields:
    """Label–value lines (``Tanggal : Senin, 2 Desember 2024``)."""

    rows: tuple[tuple[str, str], ...]
    indent: int = 0


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    title: str = ""
    widths: tuple[float, ...] | None = None  # relative
    footer: tuple[str, ...] | None = None  # a totals row
    name: str = ""  # for CSV file names / sections


@dataclass(frozen=True)
class Signature:
    place_date: str
    title_lines: tuple[str, ...]
    name: str
    rank_nrp: str
    align: str = "right"


@dataclass(frozen=True)
class Image:
    path: Path
    caption: str = ""


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Letterhead | Heading | Paragraph | Bullets | Fields | Table | Signature | Image | PageBreak


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    stem: str = "dokumen"

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self

    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
