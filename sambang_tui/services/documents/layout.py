"""One page layout for every format (naskah dinas, Perkap 7/2017): paper,
margins, font and sizes, the widths that follow from the text.

The PDF embeds Liberation Serif, shipped in ``fonts/`` under the SIL Open
Font License; the DOCX names Times New Roman, whose metrics Liberation Serif
shares, so both formats break their lines in the same places. Widths that
depend on the text (the label column of a field list, the letterhead's
rule) are measured here from the shipped font, once for both renderers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from sambang_tui.services.documents.model import Block, Signature

FONT_DIR = Path(__file__).parent / "fonts"
FONT_FILES = {
    "": FONT_DIR / "LiberationSerif-Regular.ttf",
    "B": FONT_DIR / "LiberationSerif-Bold.ttf",
    "I": FONT_DIR / "LiberationSerif-Italic.ttf",
}
DOCX_FONT = "Times New Roman"

PAPERS: dict[str, tuple[float, float]] = {"A4": (210.0, 297.0), "F4": (215.0, 330.0)}
DEFAULT_PAPER = "A4"
# top, bottom, left, right in mm
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20.0, 30.0, 25.0, 15.0
HEADER_Y = 10.0  # page number / marking above the text, from the top edge
FOOTER_Y = 18.0  # marking below the text, from the bottom edge

BODY_PT = 12.0
TABLE_PT = 10.0  # every table, every column
HEADING_PT = 12.0
CAPTION_PT = 10.0
PT_MM = 25.4 / 72
LINE_FACTOR = 1.15  # Times' own line height ("single" spacing in a word processor)
PARA_AFTER_PT = 6.0
INDENT_MM = 10.0
COLON_MM = 5.0  # the ":" column of a field list
NUMBER_MM = 7.0  # the ``1.`` before a numbered item
SIGNATURE_GAP_LINES = 4  # blank lines left for the signature itself
PHOTO_H_MM = 65.0
CELL_PAD_MM = 1.2
CELL_PAD_Y_MM = 0.6
TABLE_AFTER_PT = 12.0  # the space after a table

_NUMBER = re.compile(r"^[-+]?\d[\d.,]*\s*%?$|^-$")


def line_mm(pt: float = BODY_PT) -> float:
    return pt * LINE_FACTOR * PT_MM


def paper_size(paper: str) -> tuple[float, float]:
    return PAPERS.get((paper or DEFAULT_PAPER).upper(), PAPERS[DEFAULT_PAPER])


def text_width(paper: str) -> float:
    return paper_size(paper)[0] - MARGIN_LEFT - MARGIN_RIGHT


def is_number(value: str) -> bool:
    """A figure (``12``, ``82,4%``, ``-``): right-aligned in a table."""
    return bool(_NUMBER.match(value.strip()))


@cache
def _metrics(style: str) -> tuple[dict[int, str], dict[str, int], int]:
    from fontTools.ttLib import TTFont

    font = TTFont(str(FONT_FILES[style]), lazy=True)
    cmap = font.getBestCmap()
    advances = {name: adv for name, (adv, _) in font["hmtx"].metrics.items()}
    return cmap, advances, font["head"].unitsPerEm


def width_mm(text: str, pt: float = BODY_PT, bold: bool = False) -> float:
    """The printed width of ``text`` in the shipped font."""
    cmap, advances, units = _metrics("B" if bold else "")
    missing = advances.get(".notdef", units // 2)
    total = sum(advances.get(cmap.get(ord(ch), ""), missing) for ch in text)
    return total / units * pt * PT_MM


def label_width(labels: list[str], pt: float = BODY_PT) -> float:
    """The label column of a field list: the longest label, never wrapped."""
    return max((width_mm(label, pt) for label in labels), default=0.0) + 2.0


def column_widths(relative: tuple[float, ...] | None, columns: int, total: float) -> list[float]:
    weights = list(relative or (1.0,) * columns)
    whole = sum(weights) or 1.0
    return [total * w / whole for w in weights]


def signature_width(text_w: float) -> float:
    """One signature column: a little less than half the text width."""
    return text_w * 0.49


def groups(blocks: list[Block]) -> Iterator[list[Block]]:
    """Blocks in drawing order; two signatures in a row make one group."""
    at = 0
    while at < len(blocks):
        group = [blocks[at]]
        at += 1
        if (
            isinstance(group[0], Signature)
            and at < len(blocks)
            and isinstance(blocks[at], Signature)
        ):
            group.append(blocks[at])
            at += 1
        yield group


def signature_rows(blocks: list[Signature], width: float) -> list[tuple[str, ...]]:
    """The lines of one or two signature blocks as rows, so that the titles,
    the names and the ranks of a pair sit on the same lines. A rank line too
    wide for its column puts the NRP on a line of its own (in both blocks)."""
    titles = max(len(b.title_lines) for b in blocks)
    rows: list[tuple[str, ...]] = []
    if any(b.place_date for b in blocks):
        rows.append(tuple(b.place_date for b in blocks))
    for i in range(titles):
        rows.append(tuple(b.title_lines[i] if i < len(b.title_lines) else "" for b in blocks))
    rows.extend([tuple("" for _ in blocks)] * SIGNATURE_GAP_LINES)
    rows.append(tuple(b.name for b in blocks))
    if any(width_mm(b.rank_nrp) > width - 1 for b in blocks):
        split = [_split_nrp(b.rank_nrp) for b in blocks]
        rows.append(tuple(rank for rank, _ in split))
        rows.append(tuple(nrp for _, nrp in split))
    else:
        rows.append(tuple(b.rank_nrp for b in blocks))
    return rows


def _split_nrp(line: str) -> tuple[str, str]:
    rank, sep, nrp = line.rpartition(" NRP ")
    return (rank, f"NRP {nrp}") if sep else (line, "")
