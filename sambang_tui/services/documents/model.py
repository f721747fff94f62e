"""A document as a list of blocks every renderer understands: letterhead,
headings, paragraphs, field lists, tables, signature blocks, photos, page
breaks. Text is plain: no markup of any kind is interpreted anywhere.

Where a block sits on the page (margins, paper, sizes, widths) is decided in
``layout``, the same for every format."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Letterhead:
    """At most three lines of capitals, top left, closed by a rule as long as
    the longest line (naskah dinas)."""

    lines: tuple[str, ...]


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
    indent: float = 0  # in levels of ``layout.INDENT_MM``
    italic: bool = False


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = True
    indent: float = 1


@dataclass(frozen=True)
class Fields:
    """Label–value lines (``Tanggal : Senin, 2 Desember 2024``); the label
    column is as wide as the longest label, which never wraps. ``numbered``
    puts ``1.``, ``2.`` … before the labels."""

    rows: tuple[tuple[str, str], ...]
    indent: float = 0
    numbered: bool = False


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
    """One signature block: place and date (may be empty), the title lines
    (``a.n. KEPALA KEPOLISIAN SEKTOR SENEN``, ``KANIT BINMAS``), the name in
    capitals with its degrees, the rank spelled out with the NRP. Two
    signatures in a row are printed side by side, their lines aligned."""

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
class Photos:
    """Documentation photos, two to a row, each with its caption."""

    items: tuple[Image, ...]


@dataclass(frozen=True)
class Keep:
    """Blocks printed on one page (a page break comes before them if they
    do not fit): the last paragraph with the signatures below it."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = (
    Letterhead
    | Heading
    | Paragraph
    | Bullets
    | Fields
    | Table
    | Signature
    | Image
    | Photos
    | Keep
    | PageBreak
)


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    stem: str = "dokumen"
    paper: str = ""  # "A4" | "F4"; empty: the settings' paper when written
    marking: str = ""  # printed at the top and the bottom of every page (RAHASIA)

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self

    def flat(self) -> list[Block]:
        """Every block, with the blocks of a ``Keep`` in its place."""
        out: list[Block] = []
        for block in self.blocks:
            out.extend(block.blocks if isinstance(block, Keep) else (block,))
        return out

    def tables(self) -> list[Table]:
        return [b for b in self.flat() if isinstance(b, Table)]
