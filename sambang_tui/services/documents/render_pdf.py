"""PDF through fpdf2, laid out by ``layout``: A4 or F4, naskah dinas margins,
Liberation Serif shipped with the package (never a font of the machine),
page numbers at the top from page 2, a marking (RAHASIA) at the top and the
bottom of every page.

Tables are drawn row by row here rather than by fpdf2's table: a row never
splits, the heading row is repeated on a new page, numbers are right-aligned
and the totals row never starts a page alone. Every text goes through
``multi_cell``, so long texts wrap; markdown is off, text prints literally."""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import cast

from fpdf import FPDF
from fpdf.enums import Align, MethodReturnValue, WrapMode, XPos, YPos

from sambang_tui.services.documents import layout as L
from sambang_tui.services.documents.model import (
    Block,
    Bullets,
    Document,
    Fields,
    Heading,
    Image,
    Keep,
    Letterhead,
    PageBreak,
    Paragraph,
    Photos,
    Signature,
    Table,
)

FAMILY = "SambangSerif"
ALIGN = {"left": Align.L, "center": Align.C, "justify": Align.J, "right": Align.R}
GRAY = (225, 225, 225)


def _clean(text: object) -> str:
    return "".join(
        ch for ch in str(text) if ch in "\n\t" or unicodedata.category(ch)[0] != "C"
    ).replace("\t", " ")


def _long_word(text: str, limit: int = 40) -> bool:
    return any(len(word) > limit for word in text.split())


class _Pdf(FPDF):
    def __init__(self, paper: str, marking: str) -> None:
        super().__init__(orientation="P", unit="mm", format=L.paper_size(paper))
        self.set_margins(L.MARGIN_LEFT, L.MARGIN_TOP, L.MARGIN_RIGHT)
        self.set_auto_page_break(True, margin=L.MARGIN_BOTTOM)
        for style, path in L.FONT_FILES.items():
            self.add_font(FAMILY, style, str(path))
        self.marking = marking
        self.c_margin = 0  # text starts where the layout says, as in the DOCX

    # -- page furniture -------------------------------------------------------

    def header(self) -> None:
        y = L.HEADER_Y - 4 if self.marking else L.HEADER_Y
        if self.marking:
            self.set_font(FAMILY, "B", L.BODY_PT)
            self.set_xy(self.l_margin, y - 2)
            self.cell(self.epw, L.line_mm(), self.marking, align=Align.C)
            y += L.line_mm()
        if self.page_no() > 1:
            self.set_font(FAMILY, "", L.BODY_PT)
            self.set_xy(self.l_margin, y - 2)
            self.cell(self.epw, L.line_mm(), f"- {self.page_no()} -", align=Align.C)
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if self.marking:
            self.set_font(FAMILY, "B", L.BODY_PT)
            self.set_xy(self.l_margin, self.h - L.FOOTER_Y)
            self.cell(self.epw, L.line_mm(), self.marking, align=Align.C)

    # -- text -----------------------------------------------------------------

    def font(self, pt: float = L.BODY_PT, style: str = "") -> None:
        self.set_font(FAMILY, style, pt)

    def room(self) -> float:
        return self.page_break_trigger - self.get_y()

    def ensure(self, height: float) -> None:
        """A page break now unless ``height`` still fits on this page."""
        if height > self.room() and self.get_y() > self.t_margin + 1:
            self.add_page()

    def wrapped(
        self,
        text: str,
        width: float,
        *,
        x: float | None = None,
        align: Align = Align.L,
        pt: float = L.BODY_PT,
        dry: bool = False,
    ) -> float:
        """A wrapped text at ``x`` (default: the left margin) and the current
        y; returns its height (``dry``: only measures it). Not FPDF's
        ``text`` (a string at a point), which this must not override."""
        text = _clean(text)
        wrap = WrapMode.CHAR if _long_word(text) else WrapMode.WORD
        if dry:
            height = self.multi_cell(
                width, L.line_mm(pt), text, align=align, wrapmode=wrap,
                dry_run=True, output=MethodReturnValue.HEIGHT,
            )  # fmt: skip
            return cast(float, height)  # output=HEIGHT: the height alone
        top = self.get_y()
        self.set_x(self.l_margin if x is None else x)
        self.multi_cell(
            width, L.line_mm(pt), text, align=align, wrapmode=wrap,
            new_x=XPos.LMARGIN, new_y=YPos.NEXT,
        )  # fmt: skip
        return self.get_y() - top

    def gap(self, pt: float = L.PARA_AFTER_PT) -> None:
        self.ln(pt * L.PT_MM)


def _letterhead(pdf: _Pdf, block: Letterhead) -> None:
    pdf.font()
    width = max(L.width_mm(line) for line in block.lines) + 1
    for line in block.lines:
        pdf.wrapped(line, width, align=Align.C)
    y = pdf.get_y() + 0.6
    pdf.set_line_width(0.3)
    pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
    pdf.ln(8)


def _heading(pdf: _Pdf, block: Heading, dry: bool = False) -> float:
    pdf.font(L.HEADING_PT, "BU" if block.underline else "B")
    h = pdf.wrapped(block.text, pdf.epw, align=ALIGN.get(block.align, Align.L), dry=dry)
    if not dry:
        pdf.gap(4 if block.level == 1 else 2)
    return h + (4 if block.level == 1 else 2) * L.PT_MM


def _paragraph(pdf: _Pdf, block: Paragraph, dry: bool = False) -> float:
    style = ("B" if block.bold else "") + ("I" if block.italic else "")
    pdf.font(L.BODY_PT, "B" if "B" in style else style)
    indent = block.indent * L.INDENT_MM
    h = pdf.wrapped(
        block.text,
        pdf.epw - indent,
        x=pdf.l_margin + indent,
        align=ALIGN.get(block.align, Align.J),
        dry=dry,
    )
    if not dry:
        pdf.gap()
    return h + L.PARA_AFTER_PT * L.PT_MM


def _bullets(pdf: _Pdf, block: Bullets, dry: bool = False) -> float:
    pdf.font()
    indent = block.indent * L.INDENT_MM
    width = pdf.epw - indent - L.NUMBER_MM
    total = 0.0
    for number, item in enumerate(block.items, 1):
        if dry:
            total += pdf.wrapped(item, width, dry=True)
            continue
        pdf.ensure(L.line_mm())
        y = pdf.get_y()
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.cell(L.NUMBER_MM, L.line_mm(), f"{number}." if block.numbered else "-")
        pdf.set_y(y)
        total += pdf.wrapped(item, width, x=pdf.l_margin + indent + L.NUMBER_MM, align=Align.J)
    if not dry:
        pdf.gap()
    return total + L.PARA_AFTER_PT * L.PT_MM


def _fields(pdf: _Pdf, block: Fields, dry: bool = False) -> float:
    pdf.font()
    indent = block.indent * L.INDENT_MM + (L.NUMBER_MM if block.numbered else 0)
    label_w = L.label_width([label for label, _ in block.rows])
    value_x = pdf.l_margin + indent + label_w + L.COLON_MM
    value_w = pdf.w - pdf.r_margin - value_x
    total = 0.0
    for number, (label, value) in enumerate(block.rows, 1):
        h = pdf.wrapped(value or "-", value_w, dry=True)
        total += h
        if dry:
            continue
        pdf.ensure(min(h, 3 * L.line_mm()))
        y = pdf.get_y()
        if block.numbered:
            pdf.set_xy(pdf.l_margin + indent - L.NUMBER_MM, y)
            pdf.cell(L.NUMBER_MM, L.line_mm(), f"{number}.")
        pdf.set_xy(pdf.l_margin + indent, y)
        pdf.cell(label_w, L.line_mm(), _clean(label))
        pdf.cell(L.COLON_MM, L.line_mm(), ":")
        pdf.set_y(y)
        pdf.wrapped(value or "-", value_w, x=value_x)
    if not dry:
        pdf.gap()
    return total + L.PARA_AFTER_PT * L.PT_MM


# -- tables ---------------------------------------------------------------------

_PAD_Y = L.CELL_PAD_Y_MM


def _row_height(pdf: _Pdf, values: tuple[str, ...], widths: list[float], style: str) -> float:
    pdf.font(L.TABLE_PT, style)
    lines = max(
        (
            pdf.wrapped(str(v), w - 2 * L.CELL_PAD_MM, pt=L.TABLE_PT, dry=True)
            for v, w in zip(values, widths, strict=False)
        ),
        default=L.line_mm(L.TABLE_PT),
    )
    return lines + 2 * _PAD_Y


def _draw_row(
    pdf: _Pdf,
    values: tuple[str, ...],
    widths: list[float],
    height: float,
    *,
    style: str = "",
    header: bool = False,
) -> None:
    y = pdf.get_y()
    x = pdf.l_margin
    pdf.font(L.TABLE_PT, style)
    for value, w in zip(values, widths, strict=False):
        text = str(value)
        if header:
            pdf.set_fill_color(*GRAY)
        pdf.rect(x, y, w, height, style="DF" if header else "D")
        align = Align.C if header else Align.R if L.is_number(text) else Align.L
        pdf.set_y(y + _PAD_Y)
        pdf.wrapped(text, w - 2 * L.CELL_PAD_MM, x=x + L.CELL_PAD_MM, align=align, pt=L.TABLE_PT)
        x += w
    pdf.set_y(y + height)


def _table(pdf: _Pdf, block: Table) -> None:
    widths = L.column_widths(block.widths, len(block.headers), pdf.epw)
    head_h = _row_height(pdf, block.headers, widths, "B")
    rows = [(tuple(map(str, r)), "") for r in block.rows]
    if block.footer:
        rows.append((tuple(map(str, block.footer)), "B"))
    heights = [_row_height(pdf, values, widths, style) for values, style in rows]
    title_h = 0.0
    if block.title:
        pdf.font(L.BODY_PT, "B")
        title_h = pdf.wrapped(block.title, pdf.epw, dry=True) + 2 * L.PT_MM
    pdf.ensure(title_h + head_h + (heights[0] if heights else 0))
    if block.title:
        pdf.font(L.BODY_PT, "B")
        pdf.wrapped(block.title, pdf.epw)
        pdf.gap(2)
    pdf.set_auto_page_break(False, margin=L.MARGIN_BOTTOM)
    try:
        _draw_row(pdf, block.headers, widths, head_h, style="B", header=True)
        last = len(rows) - 1
        for i, ((values, style), h) in enumerate(zip(rows, heights, strict=True)):
            # the last data row goes with the totals row
            need = h + (heights[last] if block.footer and i == last - 1 else 0)
            if need > pdf.room():
                pdf.add_page()
                _draw_row(pdf, block.headers, widths, head_h, style="B", header=True)
            _draw_row(pdf, values, widths, h, style=style)
    finally:
        pdf.set_auto_page_break(True, margin=L.MARGIN_BOTTOM)
    pdf.gap(L.TABLE_AFTER_PT)


# -- signatures -----------------------------------------------------------------


def _signature_columns(pdf: _Pdf, blocks: list[Signature]) -> list[float]:
    width = L.signature_width(pdf.epw)
    if len(blocks) == 2:
        return [pdf.l_margin, pdf.w - pdf.r_margin - width]
    right = blocks[0].align == "right"
    return [pdf.w - pdf.r_margin - width if right else pdf.l_margin]


def _signatures(pdf: _Pdf, blocks: list[Signature], dry: bool = False) -> float:
    pdf.font()
    width = L.signature_width(pdf.epw)
    rows = L.signature_rows(blocks, width)
    heights = [max(pdf.wrapped(t, width, dry=True) if t else L.line_mm() for t in r) for r in rows]
    total = sum(heights) + 3 * L.PT_MM
    if dry:
        return total
    pdf.ensure(total)
    pdf.gap(3)
    xs = _signature_columns(pdf, blocks)
    pdf.set_auto_page_break(False, margin=L.MARGIN_BOTTOM)
    try:
        for row, h in zip(rows, heights, strict=True):
            y = pdf.get_y()
            for text, x in zip(row, xs, strict=True):
                pdf.set_y(y)
                if text:
                    pdf.wrapped(text, width, x=x, align=Align.C)
            pdf.set_y(y + h)
    finally:
        pdf.set_auto_page_break(True, margin=L.MARGIN_BOTTOM)
    return total


# -- photos ---------------------------------------------------------------------


def _photo(pdf: _Pdf, image: Image, x: float, y: float, w: float) -> float:
    """One photo in a box at (x, y) with its caption below; returns the height."""
    h = L.PHOTO_H_MM
    try:
        pdf.image(str(image.path), x=x, y=y, w=w, h=h, keep_aspect_ratio=True)
    except Exception:  # a missing or unreadable photo must not stop the document
        pdf.rect(x, y, w, h)
        pdf.set_y(y + h / 2 - L.line_mm())
        pdf.font(L.CAPTION_PT)
        pdf.wrapped(f"[foto tidak dapat dimuat: {image.path.name}]", w, x=x, align=Align.C,
                 pt=L.CAPTION_PT)  # fmt: skip
    pdf.set_y(y + h + 1)
    pdf.font(L.CAPTION_PT, "I")
    caption = (
        pdf.wrapped(image.caption, w, x=x, align=Align.C, pt=L.CAPTION_PT) if image.caption else 0
    )
    return h + 1 + caption


def _photos(pdf: _Pdf, block: Photos) -> None:
    gap = 8.0
    w = (pdf.epw - gap) / 2
    pdf.font(L.CAPTION_PT, "I")
    items = list(block.items)
    for at in range(0, len(items), 2):
        pair = items[at : at + 2]
        caption_h = max(
            pdf.wrapped(i.caption, w, pt=L.CAPTION_PT, dry=True) if i.caption else 0 for i in pair
        )
        pdf.ensure(L.PHOTO_H_MM + 1 + caption_h)
        y = pdf.get_y()
        pdf.set_auto_page_break(False, margin=L.MARGIN_BOTTOM)
        try:
            ends = [_photo(pdf, image, pdf.l_margin + i * (w + gap), y, w) for i, image in
                    enumerate(pair)]  # fmt: skip
        finally:
            pdf.set_auto_page_break(True, margin=L.MARGIN_BOTTOM)
        pdf.set_y(y + max(ends) + 6)


def _image(pdf: _Pdf, block: Image) -> None:
    _photos(pdf, Photos((block,)))


# -- the document ---------------------------------------------------------------


def _height(pdf: _Pdf, group: list[Block]) -> float:
    first = group[0]
    if isinstance(first, Signature):
        return _signatures(pdf, [b for b in group if isinstance(b, Signature)], dry=True)
    if isinstance(first, Paragraph):
        return _paragraph(pdf, first, dry=True)
    if isinstance(first, Bullets):
        return _bullets(pdf, first, dry=True)
    if isinstance(first, Fields):
        return _fields(pdf, first, dry=True)
    if isinstance(first, Heading):
        return _heading(pdf, first, dry=True)
    return 0.0


def _draw(pdf: _Pdf, group: list[Block]) -> None:
    block = group[0]
    if isinstance(block, Signature):
        _signatures(pdf, [b for b in group if isinstance(b, Signature)])
    elif isinstance(block, Keep):
        pdf.ensure(sum(_height(pdf, g) for g in L.groups(list(block.blocks))))
        for g in L.groups(list(block.blocks)):
            _draw(pdf, g)
    elif isinstance(block, Letterhead):
        _letterhead(pdf, block)
    elif isinstance(block, Heading):
        # a heading never ends a page: it goes with the start of what follows
        pdf.ensure(_heading(pdf, block, dry=True) + 4 * L.line_mm())
        _heading(pdf, block)
    elif isinstance(block, Paragraph):
        _paragraph(pdf, block)
    elif isinstance(block, Bullets):
        _bullets(pdf, block)
    elif isinstance(block, Fields):
        _fields(pdf, block)
    elif isinstance(block, Table):
        _table(pdf, block)
    elif isinstance(block, Photos):
        _photos(pdf, block)
    elif isinstance(block, Image):
        _image(pdf, block)
    elif isinstance(block, PageBreak):
        pdf.add_page()


def render_pdf(doc: Document, path: Path) -> Path:
    pdf = _Pdf(doc.paper, doc.marking)
    pdf.set_title(_clean(doc.title))
    pdf.set_creator("Sambang")
    pdf.add_page()
    for group in L.groups(list(doc.blocks)):
        _draw(pdf, group)
    pdf.output(str(path))
    return path
