"""PDF through fpdf2, A4 portrait, a Unicode TrueType font (DejaVu Sans; a
path in ``SAMBANG_PDF_FONT`` overrides it). Without a TrueType font on the
machine the built-in Helvetica is used and characters outside Latin-1 are
replaced. Every text goes through ``multi_cell``/table cells, so long texts
wrap and never run off the page; markdown is off, text prints literally."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import Align, XPos, YPos
from fpdf.fonts import FontFace

from sambang_tui.services.documents.model import (
    Bullets,
    Document,
    Fields,
    Heading,
    Image,
    Letterhead,
    PageBreak,
    Paragraph,
    Signature,
    Table,
)

FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/dejavu"),
    Path("/usr/local/share/fonts"),
    Path("/Library/Fonts"),
    Path("C:/Windows/Fonts"),
)
FAMILY = "SambangSans"
BODY = 10.5
LINE = 5.2
INDENT_MM = 8.0
ALIGN = {"left": Align.L, "center": Align.C, "justify": Align.J, "right": Align.R}


def _find_font() -> tuple[Path, Path] | None:
    override = os.environ.get("SAMBANG_PDF_FONT")
    if override and Path(override).is_file():
        bold = Path(override.replace(".ttf", "-Bold.ttf"))
        return Path(override), bold if bold.is_file() else Path(override)
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.is_file():
            return regular, bold if bold.is_file() else regular
    return None


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=18)
        font = _find_font()
        self.unicode = font is not None
        if font is not None:
            regular, bold = font
            self.add_font(FAMILY, "", str(regular))
            self.add_font(FAMILY, "B", str(bold))
            self.family = FAMILY
        else:
            self.family = "helvetica"
        self.alias_nb_pages()

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.family, "", 8)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="C")

    def clean(self, text: str) -> str:
        text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch)[0] != "C")
        if self.unicode:
            return text
        text = text.replace("–", "-").replace("—", "-").replace("“", '"').replace("”", '"')
        return text.encode("latin-1", "replace").decode("latin-1")

    def font(self, size: float = BODY, bold: bool = False) -> None:
        self.set_font(self.family, "B" if bold else "", size)

    def text_block(
        self, text: str, *, align: Align = Align.J, indent: float = 0.0, h: float = LINE
    ) -> None:
        self.set_x(self.l_margin + indent)
        self.multi_cell(
            self.epw - indent,
            h,
            self.clean(text),
            align=align,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
            wrapmode="CHAR" if _has_long_word(text) else "WORD",
        )


def _has_long_word(text: str, limit: int = 60) -> bool:
    return any(len(word) > limit for word in text.split())


def _letterhead(pdf: _Pdf, block: Letterhead) -> None:
    width = pdf.epw * 0.55
    for i, line in enumerate(block.lines):
        pdf.font(10, bold=i == len(block.lines) - 1)
        pdf.multi_cell(
            width, 4.6, pdf.clean(line), align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    if block.address:
        pdf.font(8)
        pdf.multi_cell(
            width, 4, pdf.clean(block.address), align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    y = pdf.get_y() + 0.5
    pdf.line(pdf.l_margin + 4, y, pdf.l_margin + width - 4, y)
    pdf.ln(6)


def _table(pdf: _Pdf, block: Table) -> None:
    if block.title:
        pdf.font(BODY, bold=True)
        pdf.text_block(block.title, align=Align.L)
        pdf.ln(1)
    columns = len(block.headers)
    widths = block.widths or tuple([1.0] * columns)
    size = 9 if columns <= 6 else 8 if columns <= 9 else 7
    pdf.font(size)
    rows = [block.headers, *block.rows]
    if block.footer:
        rows.append(block.footer)
    with pdf.table(
        col_widths=widths,
        width=pdf.epw,
        line_height=size * 0.5,
        text_align="LEFT",
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
        first_row_as_headings=True,
        markdown=False,
        wrapmode="WORD",
    ) as table:
        for index, values in enumerate(rows):
            row = table.row()
            last = block.footer is not None and index == len(rows) - 1
            for value in values:
                row.cell(pdf.clean(str(value)), style=FontFace(emphasis="BOLD") if last else None)
    pdf.ln(3)


def _fields(pdf: _Pdf, block: Fields) -> None:
    pdf.font(BODY)
    indent = block.indent * INDENT_MM
    label_w = 42.0
    for label, value in block.rows:
        pdf.set_x(pdf.l_margin + indent)
        y = pdf.get_y()
        pdf.multi_cell(label_w, LINE, pdf.clean(label), new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.cell(4, LINE, ":")
        pdf.multi_cell(
            pdf.epw - indent - label_w - 4,
            LINE,
            pdf.clean(value or "-"),
            align=Align.L,
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
            wrapmode="CHAR" if _has_long_word(value) else "WORD",
        )
        if pdf.get_y() < y + LINE:
            pdf.set_y(y + LINE)
    pdf.ln(1)


def _signature_column(pdf: _Pdf, block: Signature, x: float, width: float) -> float:
    """One signature block in a column from the current y; returns its end."""
    pdf.font(BODY)
    for line in (block.place_date, *block.title_lines):
        pdf.set_x(x)
        pdf.multi_cell(
            width, LINE, pdf.clean(line), align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT
        )
    pdf.ln(18)
    pdf.set_x(x)
    pdf.font(BODY, bold=True)
    pdf.multi_cell(
        width, LINE, pdf.clean(block.name), align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    pdf.font(BODY)
    pdf.set_x(x)
    pdf.multi_cell(
        width, LINE, pdf.clean(block.rank_nrp), align=Align.C, new_x=XPos.LMARGIN, new_y=YPos.NEXT
    )
    return pdf.get_y()


def _signatures(pdf: _Pdf, blocks: list[Signature]) -> None:
    """One signature, or two side by side (left and right)."""
    width = 80.0
    lines = max(2 + len(b.title_lines) + 2 for b in blocks)  # wrapped lines allowed for
    needed = 6 + lines * LINE + 18 + LINE * 2
    if pdf.get_y() + needed > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.ln(6)
    top = pdf.get_y()
    ends = []
    # the block is kept on one page: no automatic break between its columns
    pdf.set_auto_page_break(False)
    try:
        for i, block in enumerate(blocks[:2]):
            right = block.align == "right" if len(blocks) == 1 else i == 1
            x = pdf.l_margin + (pdf.epw - width if right else 0)
            pdf.set_y(top)
            ends.append(_signature_column(pdf, block, x, width))
    finally:
        pdf.set_auto_page_break(True, margin=18)
    pdf.set_y(max(ends))


def _image(pdf: _Pdf, block: Image) -> None:
    box_h = 110.0
    if pdf.get_y() + box_h > pdf.h - pdf.b_margin:
        pdf.add_page()
    try:
        pdf.image(str(block.path), x=Align.C, w=pdf.epw * 0.8, h=box_h, keep_aspect_ratio=True)
    except Exception:  # a missing or unreadable photo must not stop the document
        pdf.font(BODY)
        pdf.text_block(f"[foto tidak dapat dimuat: {block.path.name}]", align=Align.C)
    if block.caption:
        pdf.font(9)
        pdf.text_block(block.caption, align=Align.C)
    pdf.ln(4)


def render_pdf(doc: Document, path: Path) -> Path:
    pdf = _Pdf()
    pdf.set_title(pdf.clean(doc.title))
    pdf.set_creator("Sambang")
    pdf.add_page()
    blocks = list(doc.blocks)
    at = 0
    while at < len(blocks):
        block = blocks[at]
        at += 1
        if isinstance(block, Signature):
            pair = [block]
            if at < len(blocks) and isinstance(blocks[at], Signature):
                pair.append(blocks[at])  # type: ignore[arg-type]
                at += 1
            _signatures(pdf, pair)
        elif isinstance(block, Letterhead):
            _letterhead(pdf, block)
        elif isinstance(block, Heading):
            pdf.font(13 if block.level == 1 else 11, bold=True)
            pdf.text_block(block.text, align=ALIGN.get(block.align, Align.L), h=6)
            pdf.ln(2 if block.level == 1 else 1)
        elif isinstance(block, Paragraph):
            pdf.font(BODY, bold=block.bold)
            pdf.text_block(
                block.text, align=ALIGN.get(block.align, Align.J), indent=block.indent * INDENT_MM
            )
            pdf.ln(2)
        elif isinstance(block, Bullets):
            pdf.font(BODY)
            indent = block.indent * INDENT_MM
            for number, item in enumerate(block.items, 1):
                pdf.set_x(pdf.l_margin + indent)
                pdf.cell(7, LINE, f"{number}." if block.numbered else "-")
                pdf.multi_cell(
                    pdf.w - pdf.r_margin - pdf.get_x(),
                    LINE,
                    pdf.clean(item),
                    align=Align.J,
                    new_x=XPos.LMARGIN,
                    new_y=YPos.NEXT,
                    wrapmode="CHAR" if _has_long_word(item) else "WORD",
                )
            pdf.ln(2)
        elif isinstance(block, Fields):
            _fields(pdf, block)
        elif isinstance(block, Table):
            _table(pdf, block)
        elif isinstance(block, Image):
            _image(pdf, block)
        elif isinstance(block, PageBreak):
            pdf.add_page()
    pdf.output(str(path))
    return path
