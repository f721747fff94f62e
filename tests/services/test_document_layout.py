"""Where things sit on the printed page, read back from the PDF with
pdfplumber (each word's box) and from the DOCX with python-docx: no two text
boxes overlap, margins and paper, the letterhead and its rule, page numbers
at the top from page 2, RAHASIA on every page, signature lines aligned and
kept with the last paragraph, tables that break cleanly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import docx
import pdfplumber
import pytest
from recap_fixture import Fixture, build_week, information_report, seed_story, setup_station

from sambang_tui.services import documents
from sambang_tui.services.core import periods
from sambang_tui.services.documents import informasi, kegiatan, layout, recap_doc, release
from sambang_tui.services.documents.model import Document, Paragraph, Signature, Table

MM = 72 / 25.4  # points per millimetre
WEEK = periods.week(dt.date(2024, 12, 2))


@pytest.fixture
def fx(db, actor, monkeypatch: pytest.MonkeyPatch) -> Fixture:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    fx = build_week(actor)
    seed_story(fx)
    information_report(fx)
    return fx


def _all_documents(fx: Fixture) -> dict[str, Document]:
    return {
        "rekap": recap_doc.build(fx.actor, WEEK),
        "kegiatan": kegiatan.build(fx.actor, fx.reports["SEED"].id),
        "informasi": informasi.build(fx.actor, fx.reports["LI"].id),
        "rilis": release.build(fx.actor, [fx.reports["SEED"].id]),
    }


def words(path: Path) -> list[list[dict]]:
    with pdfplumber.open(str(path)) as pdf:
        return [page.extract_words(keep_blank_chars=False) for page in pdf.pages]


def _overlap(a: dict, b: dict, tol: float = 0.3) -> bool:
    return (
        min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > tol
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > tol
    )


def test_no_two_text_boxes_overlap_on_any_page(fx: Fixture, tmp_path: Path) -> None:
    for name, doc in _all_documents(fx).items():
        path = documents.write(doc, "pdf", tmp_path / f"{name}.pdf")
        for number, page in enumerate(words(path), 1):
            for i, a in enumerate(page):
                for b in page[i + 1 :]:
                    assert not _overlap(a, b), (name, number, a["text"], b["text"])


def test_overlap_check_sees_an_overlap(tmp_path: Path) -> None:
    """The check above can fail: two words printed at one place."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.text(20, 20, "Hubungan dengan")
    pdf.text(22, 21, "Cara mendapatkan")
    pdf.output(str(tmp_path / "o.pdf"))
    page = words(tmp_path / "o.pdf")[0]
    assert any(_overlap(a, b) for i, a in enumerate(page) for b in page[i + 1 :])


def test_text_inside_the_margins_on_a4_and_f4(fx: Fixture, tmp_path: Path, monkeypatch) -> None:
    """2 cm top, 3 cm bottom, 2.5 cm left, 1.5 cm right; the paper from the
    settings (F4 = 215 × 330 mm), the same in the DOCX."""
    for paper, (w, h) in (("A4", (210, 297)), ("F4", (215, 330))):
        (tmp_path / "config").mkdir(exist_ok=True)
        (tmp_path / "config" / "settings.toml").write_text(f'paper = "{paper}"\n')
        monkeypatch.setenv("SAMBANG_CONFIG_DIR", str(tmp_path / "config"))
        for name, doc in _all_documents(fx).items():
            doc.paper = ""  # as built: the settings decide
            path = documents.write(doc, "pdf", tmp_path / f"{name}-{paper}.pdf")
            with pdfplumber.open(str(path)) as pdf:
                for page in pdf.pages:
                    assert (round(page.width / MM), round(page.height / MM)) == (w, h)
                    body = [
                        x
                        for x in page.extract_words()
                        if x["text"] != "RAHASIA" and not x["text"].startswith("-")
                        and not x["text"].isdigit()
                    ]  # fmt: skip
                    assert min(x["x0"] for x in body) >= 25 * MM - 0.5, name
                    assert max(x["x1"] for x in body) <= (w - 15) * MM + 0.5, name
                    assert min(x["top"] for x in body) >= 20 * MM - 0.5, name
                    assert max(x["bottom"] for x in body) <= (h - 30) * MM + 0.5, name
            section = docx.Document(
                str(documents.write(doc, "docx", tmp_path / f"{name}-{paper}.docx"))
            ).sections[0]
            assert (round(section.page_width.mm), round(section.page_height.mm)) == (w, h)
            assert round(section.top_margin.mm) == 20 and round(section.bottom_margin.mm) == 30
            assert round(section.left_margin.mm) == 25 and round(section.right_margin.mm) == 15


def test_the_font_is_shipped_and_the_same_in_both_formats(fx: Fixture, tmp_path: Path) -> None:
    doc = kegiatan.build(fx.actor, fx.reports["SEED"].id)
    with pdfplumber.open(str(documents.write(doc, "pdf", tmp_path / "k.pdf"))) as pdf:
        fonts = {c["fontname"].split("+")[-1] for c in pdf.pages[0].chars}
        sizes = {round(c["size"]) for c in pdf.pages[0].chars}
    assert fonts and all(f.startswith("LiberationSerif") for f in fonts)
    assert sizes == {12}
    d = docx.Document(str(documents.write(doc, "docx", tmp_path / "k.docx")))
    normal = d.styles["Normal"].font
    assert normal.name == "Times New Roman" and normal.size.pt == 12  # Liberation's metrics
    assert all(p.exists() for p in layout.FONT_FILES.values())
    assert (layout.FONT_DIR / "OFL.txt").read_text().startswith("Liberation Serif")


def test_letterhead_three_lines_top_left_closed_by_its_rule(fx: Fixture, tmp_path: Path) -> None:
    doc = recap_doc.build(fx.actor, WEEK)
    head = doc.blocks[0]
    assert len(head.lines) <= 3 and all(len(line) <= 41 for line in head.lines)
    assert all(line == line.upper() for line in head.lines)
    with pdfplumber.open(str(documents.write(doc, "pdf", tmp_path / "r.pdf"))) as pdf:
        page = pdf.pages[0]
        lines = page.extract_text_lines()[:3]
        assert [x["text"] for x in lines] == list(head.lines)
        rule = min(page.lines, key=lambda x: x["top"])
        longest = max(x["x1"] - x["x0"] for x in lines)
        assert abs(rule["x0"] - 25 * MM) < 1  # top left, at the margin
        assert abs((rule["x1"] - rule["x0"]) - longest) < 3 * MM  # as long as the longest line
        assert rule["top"] > lines[-1]["bottom"]
    d = docx.Document(str(documents.write(doc, "docx", tmp_path / "r.docx")))
    texts = [p.text for p in d.paragraphs[:3]]
    assert texts == list(head.lines)
    assert d.paragraphs[2]._p.pPr.find(docx.oxml.ns.qn("w:pBdr")) is not None


def test_page_numbers_at_the_top_from_page_two(fx: Fixture, tmp_path: Path) -> None:
    doc = recap_doc.build(fx.actor, WEEK)
    pages = words(documents.write(doc, "pdf", tmp_path / "r.pdf"))
    assert len(pages) >= 2
    assert not any(w["text"] == "1" and w["top"] < 20 * MM for w in pages[0])
    for number, page in enumerate(pages[1:], 2):
        top = [w["text"] for w in page if w["bottom"] < 20 * MM]
        assert top == ["-", str(number), "-"]
        assert not [w for w in page if w["top"] > page[0]["top"] and w["top"] > 267 * MM]
    section = docx.Document(str(documents.write(doc, "docx", tmp_path / "r.docx"))).sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml


def test_laporan_informasi_is_rahasia_at_top_and_bottom_of_every_page(
    fx: Fixture, tmp_path: Path
) -> None:
    info = fx.reports["LI"].information.get()
    info.facts = "\n".join(f"Fakta nomor {i} tentang rencana kumpul massa." for i in range(1, 60))
    info.save()
    doc = informasi.build(fx.actor, fx.reports["LI"].id)
    pages = words(documents.write(doc, "pdf", tmp_path / "li.pdf"))
    assert len(pages) >= 2
    for page in pages:
        marks = [w for w in page if w["text"] == "RAHASIA"]
        assert len(marks) == 2
        assert marks[0]["bottom"] < 20 * MM and marks[1]["top"] > 267 * MM
    d = docx.Document(str(documents.write(doc, "docx", tmp_path / "li.docx")))
    section = d.sections[0]
    for part in (section.header, section.first_page_header, section.footer,
                 section.first_page_footer):  # fmt: skip
        assert "RAHASIA" in part.paragraphs[0].text


def test_signatures_aligned_and_kept_with_the_last_paragraph(fx: Fixture, tmp_path: Path) -> None:
    """Names and ranks of the pair on the same lines even when one title
    wraps; the block on the page of the last paragraph (Tindak lanjut)."""
    report = fx.reports["SEED"]
    report.narrative = "Uraian panjang kegiatan sambang. " * 75  # pushes the end down the page
    report.save()
    fx.officers["A"].name = "Sutrisno Wicaksono Adiningrat Hadikusumo"  # a long name
    fx.officers["A"].save()
    doc = kegiatan.build(fx.actor, report.id)
    pages = words(documents.write(doc, "pdf", tmp_path / "k.pdf"))
    where = {
        w["text"]: (n, w["top"]) for n, page in enumerate(pages) for w in page if w["text"] in (
            "BAMBANG", "SUTRISNO", "Mengetahui,", "lanjutan", "NRP")
    }  # fmt: skip
    assert where["BAMBANG"] == where["SUTRISNO"]  # names on one line
    assert where["lanjutan"][0] == where["BAMBANG"][0]  # with the last paragraph
    nrps = [(n, w["top"]) for n, page in enumerate(pages) for w in page if w["text"] == "NRP"]
    sigs = [t for t in nrps if t[0] == where["BAMBANG"][0] and t[1] > where["BAMBANG"][1]]
    assert len(sigs) == 2 and sigs[0][1] == sigs[1][1]
    d = docx.Document(str(documents.write(doc, "docx", tmp_path / "k.docx")))
    table = d.tables[-1]
    rows = [[c.text for c in row.cells] for row in table.rows]
    names = next(r for r in rows if "BAMBANG SANTOSO, S.H., M.H." in r)
    assert "SUTRISNO WICAKSONO ADININGRAT HADIKUSUMO" in names
    kept = [p.paragraph_format.keep_with_next for p in d.paragraphs if "lanjutan" in p.text]
    assert kept == [True]


def test_table_numbers_right_heading_repeated_totals_kept(tmp_path: Path) -> None:
    """A table across pages: its heading row on top of the new page, a row
    never split, the totals row never alone; numbers right-aligned."""
    alone = 0
    for count in range(38, 52):  # one of these ends a page exactly at its last data row
        rows = tuple((f"Kelurahan {i}", str(i), str(i * 10)) for i in range(1, count + 1))
        table = Table(("Kelurahan", "Laporan", "Orang"), rows, footer=("Jumlah", "0", "0"))
        doc = Document("t", paper="A4").add(Paragraph("Isi."), table)
        pages = words(documents.write(doc, "pdf", tmp_path / "t.pdf"))
        last = next(n for n, page in enumerate(pages) if any(w["text"] == "Jumlah" for w in page))
        assert any(w["text"] == str(count) for w in pages[last])  # the last row goes along
        alone += len([w for w in pages[last] if w["text"].startswith("Kelurahan")]) == 2
        for page in pages[1:]:
            assert [w["text"] for w in page if w["text"] == "Kelurahan"][:1] == ["Kelurahan"]
        right_edges = {round(w["x1"]) for page in pages for w in page if w["text"].isdigit()
                       and w["x0"] > 100 * MM and w["top"] > 20 * MM}  # fmt: skip
        assert len(right_edges) <= 2  # two numeric columns, each flush right
    assert alone >= 1  # the case that would have left the totals alone was met
    d = docx.Document(str(documents.write(doc, "docx", tmp_path / "t.docx")))
    grid = d.tables[0]
    qn = docx.oxml.ns.qn
    assert grid.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in grid.rows)
    assert grid.rows[-2].cells[0].paragraphs[0].paragraph_format.keep_with_next
    assert grid.rows[1].cells[1].paragraphs[0].alignment == 2  # RIGHT
    assert grid.rows[1].cells[0].paragraphs[0].alignment == 0  # LEFT
    widths = [c.width.mm for c in grid.rows[1].cells]
    assert round(sum(widths)) == 170 and max(widths) - min(widths) < 0.1  # the text width


def test_a_signature_never_starts_alone(db, actor, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    setup_station(actor)
    sig = Signature("Jakarta Pusat, 4 Desember 2024", ("KEPALA",), "NAMA", "PANGKAT NRP 1")
    for n in range(30, 60):
        doc = Document("s", paper="A4").add(Paragraph("Baris. " * (n * 12)), sig)
        pages = words(documents.write(doc, "pdf", tmp_path / "s.pdf"))
        sig_page = next(i for i, p in enumerate(pages) if any(w["text"] == "KEPALA" for w in p))
        assert any(w["text"] == "NAMA" for w in pages[sig_page])
        assert any(w["text"] == "PANGKAT" for w in pages[sig_page])
