"""DOCX through python-docx, laid out by ``layout`` like the PDF: the same
paper, margins, sizes, column widths and signature rows, in Times New Roman
(the PDF's Liberation Serif has its metrics). Page numbers at the top from
page 2 and the marking (RAHASIA) are header/footer fields, so Word keeps
them right after an edit. Every value is added as a plain run (no field
codes from user text, no markup)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as Docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm, Pt
from docx.table import Table as DocxTable
from docx.table import _Row
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

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

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
GRAY = "E1E1E1"


def _clean(text: object) -> str:
    """XML cannot hold control characters; keep newlines, tabs become spaces."""
    return "".join(
        ch for ch in str(text) if ch in "\n\t" or unicodedata.category(ch)[0] != "C"
    ).replace("\t", " ")


def _set(element: BaseOxmlElement, tag: str, **attrs: str) -> BaseOxmlElement:
    """A child ``tag`` of ``element`` (made if missing) with ``attrs``."""
    child: BaseOxmlElement | None = element.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        element.append(child)
    for key, value in attrs.items():
        child.set(qn(key), value)
    return child


def _run(
    p: DocxParagraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    pt: float | None = None,
) -> Run:
    run = p.add_run(_clean(text))
    run.bold = bold or None
    run.italic = italic or None
    run.underline = underline or None
    if pt:
        run.font.size = Pt(pt)
        p.paragraph_format.line_spacing = Pt(pt * L.LINE_FACTOR)
    return run


def _format(p: DocxParagraph, *, align: str = "left", after: float = 0.0, left: float = 0.0, right: float = 0.0,
            first: float = 0.0, keep: bool = False) -> None:  # fmt: skip
    f = p.paragraph_format
    p.alignment = ALIGN.get(align, WD_ALIGN_PARAGRAPH.LEFT)
    f.space_before = Pt(0)
    f.space_after = Pt(after)
    f.left_indent = Mm(left) if left else None
    f.right_indent = Mm(right) if right else None
    f.first_line_indent = Mm(first) if first else None
    if keep:
        f.keep_with_next = True


def _para(docx: Docx, text: str = "", *, align: str = "left", after: float = L.PARA_AFTER_PT,
          left: float = 0.0, bold: bool = False, italic: bool = False, underline: bool = False,
          pt: float | None = None) -> DocxParagraph:  # fmt: skip
    p = docx.add_paragraph()
    _format(p, align=align, after=after, left=left)
    if text:
        _run(p, text, bold=bold, italic=italic, underline=underline, pt=pt)
    return p


# -- tables the layout is made of -------------------------------------------------


def _grid(
    docx: Docx,
    widths: list[float],
    *,
    borders: bool,
    pad: float = 0.0,
    pad_y: float = 0.0,
    indent: float = 0.0,
) -> DocxTable:
    """A table with fixed column widths (mm), its rows never split."""
    table: DocxTable = docx.add_table(rows=0, cols=len(widths))
    if borders:
        table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    _set(tbl_pr, "w:tblLayout", **{"w:type": "fixed"})
    _set(tbl_pr, "w:tblW", **{"w:w": str(int(Mm(sum(widths)).twips)), "w:type": "dxa"})
    _set(tbl_pr, "w:tblInd", **{"w:w": str(int(Mm(indent).twips)), "w:type": "dxa"})
    margins = _set(tbl_pr, "w:tblCellMar")
    for side, size in (("left", pad), ("right", pad), ("top", pad_y), ("bottom", pad_y)):
        _set(margins, f"w:{side}", **{"w:w": str(int(Mm(size).twips)), "w:type": "dxa"})
    for col, width in zip(table.columns, widths, strict=True):
        col.width = Mm(width)
    return table


def _add_row(table: DocxTable, widths: list[float], *, header: bool = False) -> _Row:
    row: _Row = table.add_row()
    tr_pr = row._tr.get_or_add_trPr()
    _set(tr_pr, "w:cantSplit")
    if header:
        _set(tr_pr, "w:tblHeader")
    for cell, width in zip(row.cells, widths, strict=True):
        cell.width = Mm(width)
    return row


def _keep_row(row: _Row) -> None:
    for cell in row.cells:
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


# -- blocks ---------------------------------------------------------------------


def _letterhead(docx: Docx, block: Letterhead, text_w: float) -> None:
    width = max(L.width_mm(line) for line in block.lines) + 1
    for i, line in enumerate(block.lines):
        p = docx.add_paragraph()
        _format(p, align="center", right=text_w - width, keep=True)
        _run(p, line)
        if i == len(block.lines) - 1:
            borders = _set(p._p.get_or_add_pPr(), "w:pBdr")
            _set(borders, "w:bottom", **{"w:val": "single", "w:sz": "6", "w:space": "1",
                                         "w:color": "000000"})  # fmt: skip
    _para(docx, after=0).paragraph_format.line_spacing = Pt(8 / L.PT_MM)


def _heading(docx: Docx, block: Heading) -> None:
    p = _para(docx, block.text, align=block.align, after=4 if block.level == 1 else 2,
              bold=True, underline=block.underline, pt=L.HEADING_PT)  # fmt: skip
    p.paragraph_format.keep_with_next = True


def _bullets(docx: Docx, block: Bullets) -> None:
    left = block.indent * L.INDENT_MM + L.NUMBER_MM
    last = len(block.items) - 1
    for i, item in enumerate(block.items):
        p = docx.add_paragraph()
        _format(p, align="justify", after=L.PARA_AFTER_PT if i == last else 0, left=left,
                first=-L.NUMBER_MM)  # fmt: skip
        _run(p, (f"{i + 1}." if block.numbered else "-") + "\t" + item)


def _fields(docx: Docx, block: Fields, text_w: float) -> None:
    indent = block.indent * L.INDENT_MM
    label_w = L.label_width([label for label, _ in block.rows])
    widths = [label_w, L.COLON_MM, text_w - indent - label_w - L.COLON_MM]
    if block.numbered:
        widths = [L.NUMBER_MM, label_w, L.COLON_MM, text_w - indent - L.NUMBER_MM - label_w
                  - L.COLON_MM]  # fmt: skip
    table = _grid(docx, widths, borders=False, indent=indent)
    for number, (label, value) in enumerate(block.rows, 1):
        row = _add_row(table, widths)
        texts = [label, ":", value or "-"]
        if block.numbered:
            texts.insert(0, f"{number}.")
        for cell, text in zip(row.cells, texts, strict=True):
            p = cell.paragraphs[0]
            _format(p)
            _run(p, text)
    _para(docx, after=0).paragraph_format.line_spacing = Pt(L.PARA_AFTER_PT)


def _table(docx: Docx, block: Table, text_w: float) -> None:
    if block.title:
        _para(docx, block.title, bold=True, after=2).paragraph_format.keep_with_next = True
    widths = L.column_widths(block.widths, len(block.headers), text_w)
    table = _grid(docx, widths, borders=True, pad=L.CELL_PAD_MM, pad_y=L.CELL_PAD_Y_MM)
    rows: list[tuple[tuple[str, ...], bool]] = [(tuple(map(str, r)), False) for r in block.rows]
    if block.footer:
        rows.append((tuple(map(str, block.footer)), True))
    head = _add_row(table, widths, header=True)
    for cell, text in zip(head.cells, block.headers, strict=True):
        p = cell.paragraphs[0]
        _format(p, align="center")
        _run(p, text, bold=True, pt=L.TABLE_PT)
        shd = _set(cell._tc.get_or_add_tcPr(), "w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:fill"), GRAY)
    _keep_row(head)
    made = []
    for values, total in rows:
        row = _add_row(table, widths)
        for cell, text in zip(row.cells, values, strict=False):
            p = cell.paragraphs[0]
            _format(p, align="right" if L.is_number(text) else "left")
            _run(p, text, bold=total, pt=L.TABLE_PT)
        made.append(row)
    if block.footer and len(made) >= 2:
        _keep_row(made[-2])  # the last data row goes with the totals row
    _para(docx, after=0).paragraph_format.line_spacing = Pt(L.TABLE_AFTER_PT)


def _signatures(docx: Docx, blocks: list[Signature], text_w: float) -> None:
    width = L.signature_width(text_w)
    widths = [width, text_w - 2 * width, width]
    columns = [0, 2] if len(blocks) == 2 else [2 if blocks[0].align == "right" else 0]
    _para(docx, after=0).paragraph_format.line_spacing = Pt(3)
    table = _grid(docx, widths, borders=False)
    lines = L.signature_rows(blocks, width)
    for i, row_texts in enumerate(lines):
        row = _add_row(table, widths)
        for text, col in zip(row_texts, columns, strict=True):
            p = row.cells[col].paragraphs[0]
            _format(p, align="center")
            if text:
                _run(p, text)
        if i < len(lines) - 1:
            _keep_row(row)


def _picture_size(path: Path, box_w: float, box_h: float) -> tuple[float, float]:
    from docx.image.image import Image as DocxImage

    image = DocxImage.from_file(str(path))
    w, h = image.px_width or 1, image.px_height or 1
    scale = min(box_w / w, box_h / h)
    return w * scale, h * scale


def _photos(docx: Docx, block: Photos, text_w: float) -> None:
    gap = 8.0
    w = (text_w - gap) / 2
    widths = [w, gap, w]
    table = _grid(docx, widths, borders=False)
    items = list(block.items)
    for at in range(0, len(items), 2):
        row = _add_row(table, widths)
        for image, col in zip(items[at : at + 2], (0, 2), strict=False):
            cell = row.cells[col]
            p = cell.paragraphs[0]
            _format(p, align="center")
            p.paragraph_format.line_spacing = 1.0  # an exact height would clip the photo
            try:
                pw, ph = _picture_size(image.path, w, L.PHOTO_H_MM)
                p.add_run().add_picture(str(image.path), width=Mm(pw), height=Mm(ph))
            except Exception:  # a missing or unreadable photo must not stop the document
                _run(p, f"[foto tidak dapat dimuat: {Path(image.path).name}]", pt=L.CAPTION_PT)
            if image.caption:
                c = cell.add_paragraph()
                _format(c, align="center", after=6 / L.PT_MM * 0.35)
                _run(c, image.caption, italic=True, pt=L.CAPTION_PT)
    _para(docx, after=0)


# -- page furniture ---------------------------------------------------------------


def _page_field(p: DocxParagraph) -> None:
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        else:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)


def _furniture(section: Section, marking: str) -> None:
    """Page number at the top from page 2; the marking on every page."""
    section.different_first_page_header_footer = True
    for header, numbered in ((section.first_page_header, False), (section.header, True)):
        p = header.paragraphs[0]
        _format(p, align="center")
        if marking:
            _run(p, marking, bold=True)
            if numbered:
                p = header.add_paragraph()
                _format(p, align="center")
        if numbered:
            _run(p, "- ")
            _page_field(p)
            _run(p, " -")
    for footer in (section.first_page_footer, section.footer):
        p = footer.paragraphs[0]
        _format(p, align="center")
        if marking:
            _run(p, marking, bold=True)


# -- the document ---------------------------------------------------------------


def _draw(docx: Docx, group: list[Block], text_w: float) -> None:
    block = group[0]
    if isinstance(block, Signature):
        _signatures(docx, [b for b in group if isinstance(b, Signature)], text_w)
    elif isinstance(block, Keep):
        body = docx.element.body
        start = len(body)
        for g in L.groups(list(block.blocks)):
            _draw(docx, g, text_w)
        made = list(body)[start:-1] if body[-1].tag == qn("w:sectPr") else list(body)[start:]
        for element in made[:-1]:
            for p in element.iter(qn("w:p")):
                _set(p.get_or_add_pPr(), "w:keepNext")
    elif isinstance(block, Letterhead):
        _letterhead(docx, block, text_w)
    elif isinstance(block, Heading):
        _heading(docx, block)
    elif isinstance(block, Paragraph):
        _para(docx, block.text, align=block.align, left=block.indent * L.INDENT_MM,
              bold=block.bold, italic=block.italic)  # fmt: skip
    elif isinstance(block, Bullets):
        _bullets(docx, block)
    elif isinstance(block, Fields):
        _fields(docx, block, text_w)
    elif isinstance(block, Table):
        _table(docx, block, text_w)
    elif isinstance(block, Photos):
        _photos(docx, block, text_w)
    elif isinstance(block, Image):
        _photos(docx, Photos((block,)), text_w)
    elif isinstance(block, PageBreak):
        docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def render_docx(doc: Document, path: Path) -> Path:
    docx = new_docx()
    section = docx.sections[0]
    width, height = L.paper_size(doc.paper)
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin, section.bottom_margin = Mm(L.MARGIN_TOP), Mm(L.MARGIN_BOTTOM)
    section.left_margin, section.right_margin = Mm(L.MARGIN_LEFT), Mm(L.MARGIN_RIGHT)
    section.header_distance = Mm(L.HEADER_Y - (4 if doc.marking else 0))
    section.footer_distance = Mm(L.FOOTER_Y - L.line_mm())
    style = docx.styles["Normal"]
    style.font.name = L.DOCX_FONT
    style.font.size = Pt(L.BODY_PT)
    _set(style.element.get_or_add_rPr(), "w:rFonts", **{"w:eastAsia": L.DOCX_FONT,
                                                       "w:cs": L.DOCX_FONT})  # fmt: skip
    style.paragraph_format.space_after = Pt(0)
    # exact line heights, the PDF's: the same lines on a page in Word and LibreOffice
    style.paragraph_format.line_spacing = Pt(L.BODY_PT * L.LINE_FACTOR)
    _furniture(section, doc.marking)
    docx.core_properties.title = _clean(doc.title)
    docx.core_properties.author = "Sambang"
    text_w = width - L.MARGIN_LEFT - L.MARGIN_RIGHT
    for group in L.groups(list(doc.blocks)):
        _draw(docx, group, text_w)
    docx.save(str(path))
    return path
