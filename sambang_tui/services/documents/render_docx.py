"""DOCX through python-docx, A4, Times New Roman 12 as Polri letters are set;
every value is added as a plain run (no field codes, no markup)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Mm, Pt

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

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


def _clean(text: str) -> str:
    """XML cannot hold control characters; keep newlines and tabs."""
    return "".join(ch for ch in str(text) if ch in "\n\t" or unicodedata.category(ch)[0] != "C")


def _para(docx, text: str = "", *, bold=False, italic=False, align="left", size=None, indent=0):
    p = docx.add_paragraph()
    p.alignment = ALIGN.get(align, WD_ALIGN_PARAGRAPH.LEFT)
    p.paragraph_format.space_after = Pt(4)
    if indent:
        p.paragraph_format.left_indent = Cm(0.8 * indent)
    if text:
        run = p.add_run(_clean(text))
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
    return p


def _letterhead(docx, block: Letterhead) -> None:
    table = docx.add_table(rows=1, cols=2)
    cell = table.cell(0, 0)
    cell.width = Cm(9)
    first = True
    for i, line in enumerate(block.lines):
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        run = p.add_run(_clean(line))
        run.font.size = Pt(11)
        run.bold = i == len(block.lines) - 1
        if i == len(block.lines) - 1:
            run.underline = True
    if block.address:
        p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(_clean(block.address))
        run.font.size = Pt(8)
    docx.add_paragraph()


def _table(docx, block: Table) -> None:
    if block.title:
        _para(docx, block.title, bold=True)
    table = docx.add_table(rows=1, cols=len(block.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    size = 10 if len(block.headers) <= 6 else 8
    for cell, text in zip(table.rows[0].cells, block.headers, strict=True):
        cell.text = ""
        run = cell.paragraphs[0].add_run(_clean(text))
        run.bold = True
        run.font.size = Pt(size)
    rows = list(block.rows)
    if block.footer:
        rows.append(block.footer)
    for index, values in enumerate(rows):
        cells = table.add_row().cells
        last = block.footer is not None and index == len(rows) - 1
        for cell, text in zip(cells, values, strict=True):
            run = cell.paragraphs[0].add_run(_clean(str(text)))
            run.font.size = Pt(size)
            run.bold = last
    docx.add_paragraph()


def _fields(docx, block: Fields) -> None:
    table = docx.add_table(rows=0, cols=3)
    for label, value in block.rows:
        cells = table.add_row().cells
        cells[0].width = Cm(4.5)
        cells[1].width = Cm(0.5)
        cells[2].width = Cm(11)
        cells[0].paragraphs[0].add_run(_clean(label))
        cells[1].paragraphs[0].add_run(":")
        cells[2].paragraphs[0].add_run(_clean(value or "-"))
    docx.add_paragraph()


def _signature_cell(cell, block: Signature) -> None:
    lines = [block.place_date, *block.title_lines, "", "", ""]
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        if line:
            p.add_run(_clean(line))
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(_clean(block.name))
    run.bold = True
    run.underline = True
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(_clean(block.rank_nrp))


def _signatures(docx, blocks: list[Signature]) -> None:
    """One signature (in its column), or two side by side."""
    table = docx.add_table(rows=1, cols=2)
    if len(blocks) == 1:
        _signature_cell(table.cell(0, 1 if blocks[0].align == "right" else 0), blocks[0])
    else:
        _signature_cell(table.cell(0, 0), blocks[0])
        _signature_cell(table.cell(0, 1), blocks[1])


def _image(docx, block: Image) -> None:
    try:
        docx.add_picture(str(block.path), width=Mm(130))
        docx.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    except Exception:  # a missing or unreadable photo must not stop the document
        _para(docx, f"[foto tidak dapat dimuat: {Path(block.path).name}]", align="center")
    if block.caption:
        _para(docx, block.caption, italic=True, align="center", size=9)


def render_docx(doc: Document, path: Path) -> Path:
    docx = new_docx()
    section = docx.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin = section.bottom_margin = Mm(18)
    style = docx.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)
    docx.core_properties.title = _clean(doc.title)
    docx.core_properties.author = "Sambang"
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
            _signatures(docx, pair)
        elif isinstance(block, Letterhead):
            _letterhead(docx, block)
        elif isinstance(block, Heading):
            p = _para(
                docx, block.text, bold=True, align=block.align, size=14 if block.level == 1 else 12
            )
            if block.underline:
                for run in p.runs:
                    run.underline = True
        elif isinstance(block, Paragraph):
            _para(
                docx,
                block.text,
                bold=block.bold,
                italic=block.italic,
                align=block.align,
                indent=block.indent,
            )
        elif isinstance(block, Bullets):
            for i, item in enumerate(block.items, 1):
                mark = f"{i}. " if block.numbered else "– "
                _para(docx, mark + item, align="justify", indent=block.indent)
        elif isinstance(block, Fields):
            _fields(docx, block)
        elif isinstance(block, Table):
            _table(docx, block)
        elif isinstance(block, Image):
            _image(docx, block)
        elif isinstance(block, PageBreak):
            docx.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    docx.save(str(path))
    return path
