"""Documents: the facts are in the PDF (text extracted with pypdf), the DOCX
(python-docx), the text and the CSV; the seed release reads like the seed."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from recap_fixture import (
    SEED_QUOTE,
    Fixture,
    build_week,
    information_report,
    seed_story,
    setup_station,
)

from sambang_tui.db.models import Attachment
from sambang_tui.services import documents
from sambang_tui.services.core import periods
from sambang_tui.services.core.errors import NotFound, ValidationError
from sambang_tui.services.core.formula import neutralise
from sambang_tui.services.documents import informasi, kegiatan, recap_doc, release
from sambang_tui.services.documents.model import Document, Paragraph, Table
from sambang_tui.services.documents.render_text import LIMIT, render_text

WEEK = periods.week(dt.date(2024, 12, 2))


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]

    def cells(tables):
        for table in tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
                    cells(cell.tables)

    cells(d.tables)
    return "\n".join(parts)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def fx(db, actor, monkeypatch: pytest.MonkeyPatch) -> Fixture:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    return build_week(actor)


@pytest.fixture
def seed(db, actor, monkeypatch: pytest.MonkeyPatch) -> Fixture:
    monkeypatch.setenv("SAMBANG_TODAY", "2024-12-04")
    fx = setup_station(actor)
    seed_story(fx)
    return fx


def test_recap_pdf_and_docx_hold_the_figures(fx: Fixture, tmp_path: Path) -> None:
    doc = recap_doc.build(fx.actor, WEEK)
    pdf = documents.write(doc, "pdf", tmp_path / "r.pdf")
    docx_path = documents.write(doc, "docx", tmp_path / "r.docx")
    for text in (squash(pdf_text(pdf)), squash(docx_text(docx_path))):
        assert "KEPOLISIAN DAERAH METRO JAYA RESOR METRO JAKARTA PUSAT SEKTOR SENEN" in text
        assert "KEPOLISIAN NEGARA" not in text  # three lines only
        assert "periode 2 Desember 2024 – 8 Desember 2024" in text
        assert "Jakarta Pusat, 4 Desember 2024" in text  # date of issue
        assert "Aiptu Sutrisno" in text and "78050123" in text
        assert "25%" in text and "AKTIF" in text and "KURANG" in text
        assert "Sengketa parkir" in text
        assert "03, 04, 06" in text  # Paseban RWs not visited
        assert "BAMBANG SANTOSO, S.H., M.H." in text
        assert "AJUN KOMISARIS POLISI NRP 75030111" in text
        assert "KEPALA KEPOLISIAN SEKTOR SENEN" in text


def test_recap_is_a_letter_to_the_polres(fx: Fixture, tmp_path: Path) -> None:
    """Nomor with classification and unit, Klasifikasi, Perihal, the
    addressee u.p. the Kasat Binmas, a legend of the codes, Tembusan; the
    period once."""
    fx.station.unit_code = "Sek Senen"
    fx.station.copies = (
        "Kabag Ops Polres Metro Jakarta Pusat\nKasat Intelkam Polres Metro Jakarta Pusat"
    )
    fx.station.save()
    doc = recap_doc.build(fx.actor, WEEK)
    pdf = documents.write(doc, "pdf", tmp_path / "r.pdf")
    docx_path = documents.write(doc, "docx", tmp_path / "r.docx")
    for text in (squash(pdf_text(pdf)), squash(docx_text(docx_path))):
        assert re.search(r"Nomor : B/\s+/XII/2024/Sek Senen", text), text[:400]
        assert "Klasifikasi : BIASA" in text
        assert "Perihal : Rekap mingguan kegiatan Bhabinkamtibmas" in text
        assert "Kepada Yth. Kapolres Metro Jakarta Pusat u.p. Kasat Binmas di Jakarta Pusat" in text
        assert "Kode kegiatan: SB = Sambang;" in text and "CS = Cooling System" in text
        assert "Tembusan: 1. Kabag Ops Polres Metro Jakarta Pusat 2. Kasat Intelkam" in text
        assert text.count("2 Desember 2024 – 8 Desember 2024") == 1
    fx.station.addressee, fx.station.attention = "Kapolres Jakpus", "Kasat Binmas Polres"
    fx.station.save()
    text = squash(render_text(recap_doc.build(fx.actor, WEEK)))
    assert "Kapolres Jakpus" in text and "u.p. Kasat Binmas Polres" in text


def test_recap_letter_counts_no_draft(fx: Fixture) -> None:
    """The letter says how many reports were submitted, and that drafts are
    not counted: a draft typed a minute ago is not in its figures."""
    from recap_fixture import add_report

    add_report(fx, "D1", WEEK.start, "Paseban", 1, ["SB"], ["A"], status="draft")
    text = squash(render_text(recap_doc.build(fx.actor, WEEK)))
    assert (
        "sebanyak 5 laporan yang telah diajukan (draf yang belum diajukan tidak dihitung)" in text
    )


def test_recap_signed_by_kanit(fx: Fixture, tmp_path: Path) -> None:
    doc = recap_doc.build(fx.actor, WEEK, signer="kanit")
    text = squash(docx_text(documents.write(doc, "docx", tmp_path / "k.docx")))
    assert "a.n. KEPALA KEPOLISIAN SEKTOR SENEN KANIT BINMAS" in text
    assert "HENDRA GUNAWAN" in text and "INSPEKTUR POLISI SATU NRP 77040222" in text


def test_recap_csv_has_every_table(fx: Fixture, tmp_path: Path) -> None:
    path = documents.write(recap_doc.build(fx.actor, WEEK), "csv", tmp_path / "r.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    flat = [";".join(r) for r in rows]
    assert "A. Kegiatan per jenis dan kelurahan" in flat
    assert any(r[:2] == ["Paseban", "2"] for r in rows)  # SB column
    assert any(r and r[0] == "Jumlah" for r in rows)
    assert "E. Cakupan RW" in flat


def test_recap_subject_names_the_period_once(fx: Fixture, tmp_path: Path) -> None:
    from sambang_tui.services.documents.model import Fields

    assert fx.operation is not None
    cases = {
        "Rekap mingguan kegiatan Bhabinkamtibmas": WEEK,
        "Rekap bulanan kegiatan Bhabinkamtibmas": periods.month(dt.date(2024, 12, 2)),
        "Rekap kegiatan Bhabinkamtibmas selama operasi": periods.operation(
            fx.actor, fx.operation.id
        ),
        "Rekap kegiatan Bhabinkamtibmas": periods.custom(
            dt.date(2024, 11, 25), dt.date(2024, 12, 4)
        ),
    }
    for expected, period in cases.items():
        doc = recap_doc.build(fx.actor, period)
        fields = dict(next(b for b in doc.blocks if isinstance(b, Fields)).rows)
        assert fields["Perihal"] == expected
        assert "KEGIATAN KEGIATAN" not in squash(render_text(doc)).upper()
    custom = recap_doc.build(fx.actor, cases["Rekap kegiatan Bhabinkamtibmas"])
    text = squash(docx_text(documents.write(custom, "docx", tmp_path / "c.docx")))
    assert text.count("25 November 2024 – 4 Desember 2024") == 1


def test_csv_cells_are_neutralised(tmp_path: Path) -> None:
    assert [neutralise(v) for v in ("=1+1", "+62", "-5", "@x", "ok", "-", "\tx")] == [
        "'=1+1",
        "+62",  # a plain number calls nothing (services.formula)
        "-5",
        "'@x",
        "ok",
        "-",
        "'\tx",
    ]
    doc = Document("t").add(Table(("a", "b"), (('=HYPERLINK("x")', "@SUM(A1)"),)))
    path = documents.write(doc, "csv", tmp_path / "t.csv")
    text = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM" in text


def test_recap_text_fits_a_chat_message(fx: Fixture) -> None:
    text = render_text(recap_doc.build(fx.actor, WEEK))
    assert len(text) <= LIMIT
    assert text.startswith("REKAP MINGGUAN KEGIATAN BHABINKAMTIBMAS 2 Desember 2024")
    assert "Paseban" in text
    long_doc = Document("x").add(*(Paragraph("kata " * 200) for _ in range(20)))
    assert len(render_text(long_doc)) <= LIMIT


def test_kegiatan_for_the_seed_report(seed: Fixture, tmp_path: Path) -> None:
    rid = seed.reports["SEED"].id
    seed.station.warrant = "Surat Perintah Kapolsek Senen Nomor Sprin/12/I/2024"
    seed.station.save()
    doc = kegiatan.build(seed.actor, rid)
    for fmt in ("pdf", "docx"):
        path = documents.write(doc, fmt, tmp_path / f"k.{fmt}")
        text = squash(pdf_text(path) if fmt == "pdf" else docx_text(path))
        assert "LAPORAN KEGIATAN" in text
        assert f"Nomor: {seed.reports['SEED'].number}/Sek Senen" in text
        assert "Dasar : Surat Perintah Kapolsek Senen Nomor Sprin/12/I/2024" in text
        assert "Senin, 2 Desember 2024" in text
        assert "10.00 s.d. 11.30 WIB" in text
        assert "Jalan Salemba Raya, RT 01 RW 06, Kelurahan Paseban" in text
        assert "Aiptu Sutrisno NRP 78050123" in text
        assert "Yang ditemui : warga (25 orang)" in text
        assert "Tidak mudah terprovokasi" in text
        assert "Aman kondusif" in text
        assert "Sambang lanjutan" in text
        # the Kapolsek countersigns: his own words are no section of the report
        assert "Kutipan" not in text and "Perbedaan pilihan itu biasa" not in text
        # dated on the activity's day, not on the day it is printed (4 Dec)
        assert "Jakarta Pusat, 2 Desember 2024" in text
        assert "4 Desember 2024" not in text
        assert "Mengetahui," in text and "KEPALA KEPOLISIAN SEKTOR SENEN" in text
        assert "BAMBANG SANTOSO, S.H., M.H." in text and "SUTRISNO" in text


def test_kegiatan_dasar_of_an_operation_and_another_date(seed: Fixture, tmp_path: Path) -> None:
    """The operation's Surat Perintah before the station's; a date chosen at
    export replaces the activity's day."""
    seed.station.warrant = "Sprin Polsek"
    seed.station.save()
    assert seed.operation is not None
    seed.operation.warrant = "Sprin/1845/VIII/2024 Operasi Mantap Praja Jaya"
    seed.operation.save()
    rid = seed.reports["SEED"].id
    doc = kegiatan.build(seed.actor, rid, issued=dt.date(2024, 12, 6), signer="kanit")
    text = squash(render_text(doc))
    assert "Dasar: Sprin/1845/VIII/2024 Operasi Mantap Praja Jaya" in text
    assert "Sprin Polsek" not in text
    assert "Jakarta Pusat, 6 Desember 2024" in text
    assert "a.n. KEPALA KEPOLISIAN SEKTOR SENEN" in text
    seed.reports["SEED"].operation = None
    seed.reports["SEED"].save()
    assert "Dasar: Sprin Polsek" in squash(render_text(kegiatan.build(seed.actor, rid)))


def test_kegiatan_prints_photos_on_a_documentation_page(seed: Fixture, tmp_path: Path) -> None:
    from fpdf import FPDF

    photo = tmp_path / "foto.png"
    maker = FPDF()
    # a tiny valid PNG written by hand (1×1 pixel)
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b"")
    photo.write_bytes(png)
    del maker
    rid = seed.reports["SEED"].id
    Attachment.create(
        report=rid,
        path=str(photo),
        original_name="foto.png",
        sha256="0",
        caption="Dialog dengan warga RW 06",
    )
    Attachment.create(
        report=rid, path=str(tmp_path / "hilang.jpg"), original_name="hilang.jpg", sha256="0"
    )
    doc = kegiatan.build(seed.actor, rid)
    pdf = documents.write(doc, "pdf", tmp_path / "k.pdf")
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    assert len(reader.pages) >= 2
    last = squash(reader.pages[-1].extract_text())
    assert "LAMPIRAN DOKUMENTASI" in squash(pdf_text(pdf))
    assert "Dialog dengan warga RW 06" in last
    assert "foto tidak dapat dimuat: hilang.jpg" in last
    assert any(reader.pages[-1].images) or "/XObject" in str(reader.pages[-1].get("/Resources"))
    docx_path = documents.write(doc, "docx", tmp_path / "k.docx")
    import docx

    assert len(docx.Document(str(docx_path)).inline_shapes) == 1


def test_release_reads_like_the_seed(seed: Fixture, tmp_path: Path) -> None:
    """Headline with the street and the context, a dateline lead naming the
    Polres, whom they met and why, the Kapolsek's statement then his quote,
    the appeal, the closing, the sign-off; nothing invented."""
    rid = seed.reports["SEED"].id
    text = release.draft_text(seed.actor, [rid])
    paragraphs = [squash(p) for p in text.split("\n\n") if p.strip()]
    headline, lead, met, statement, quote, appeal, closing, signoff = paragraphs
    assert headline == (
        "Bhabinkamtibmas Polsek Senen Gelar Sambang dan Cooling System di Jalan Salemba Raya "
        "Pasca Pemungutan Suara Pilkada 2024"
    )
    assert lead.startswith(
        "Jakarta Pusat – Bhabinkamtibmas Kelurahan Paseban Polsek Senen Polres Metro Jakarta "
        "Pusat, Aiptu Sutrisno, melaksanakan kegiatan sambang dan cooling system di Jalan "
        "Salemba Raya RT 01 RW 06, Kelurahan Paseban, Kecamatan Senen, Jakarta Pusat, pada "
        "Senin, 2 Desember 2024 pukul 10.00 WIB."
    )
    assert "aman dan kondusif pasca pemungutan suara Pilkada 2024" in lead
    assert "02/12/2024" not in text and "Operasi Mantap Praja Jaya" not in text
    assert "Sambang dan Cooling System" not in lead  # normal case inside a sentence
    assert "warga, tokoh masyarakat dan kelompok pemuda setempat" in met
    assert "menunggu hasil rekapitulasi KPU DKI Jakarta" in met
    assert statement.startswith("Kapolsek Senen AKP Bambang Santoso, S.H., M.H. mengatakan")
    assert release.placeholders(statement)  # the record holds no statement: to fill
    assert quote == f"“{SEED_QUOTE},” ujarnya."
    assert appeal.startswith("Pada kesempatan tersebut, Bhabinkamtibmas juga menyampaikan")
    assert "1. Tidak mudah terprovokasi" in text
    assert "terpantau aman dan kondusif" in closing and "berkomitmen" in closing
    assert signoff == "(Humas Polres Metro Jakarta Pusat)"
    for fmt in ("docx", "text", "pdf"):
        path = documents.write(release.build(seed.actor, [rid]), fmt, tmp_path / f"rel.{fmt}")
        out = squash(
            docx_text(path)
            if fmt == "docx"
            else pdf_text(path)
            if fmt == "pdf"
            else path.read_text()
        )
        assert "Jalan Salemba Raya RT 01 RW 06" in out
        assert "aman dan kondusif" in out


def test_release_without_a_quote_marks_what_to_fill(seed: Fixture) -> None:
    report = seed.reports["SEED"]
    report.quote_text, report.quote_by = "", ""
    report.date = dt.date(2024, 10, 14)  # no election in the month before
    report.save()
    text = release.draft_text(seed.actor, [report.id])
    assert len(release.placeholders(text)) == 2  # the statement and the quote
    assert "Pasca Pemungutan" not in text and "pasca" not in text
    assert "bertujuan" not in text  # no purpose the record does not give
    assert release.election_before(dt.date(2024, 12, 2)) == "Pilkada 2024"
    assert release.election_before(dt.date(2024, 11, 27)) == ""
    assert release.election_before(dt.date(2025, 1, 10)) == ""


def test_release_docx_carries_the_photos(seed: Fixture, tmp_path: Path) -> None:
    import docx
    from PIL import Image as PILImage

    photo = tmp_path / "foto.jpg"
    PILImage.new("RGB", (40, 30), (90, 120, 150)).save(photo)
    rid = seed.reports["SEED"].id
    Attachment.create(
        report=rid, path=str(photo), original_name="foto.jpg", sha256="0", caption="Di RW 06"
    )
    path = documents.write(release.build(seed.actor, [rid]), "docx", tmp_path / "r.docx")
    assert len(docx.Document(str(path)).inline_shapes) == 1
    assert "Di RW 06" in docx_text(path)
    pictures = release.photos(seed.actor, [rid])
    edited = release.document_from_text("Judul\n\nIsi.", pictures=pictures)
    path = documents.write(edited, "docx", tmp_path / "e.docx")
    assert len(docx.Document(str(path)).inline_shapes) == 1


def test_release_of_several_reports_same_day_and_kind(fx: Fixture) -> None:
    r1, r2, r3 = fx.reports["R1"].id, fx.reports["R2"].id, fx.reports["R3"].id
    text = squash(release.draft_text(fx.actor, [r1, r2]))
    assert "di 2 lokasi" in text and "RW 01" in text and "RW 02" in text
    assert "waspada" in text  # R2 was waspada: the worst decides the closing
    with pytest.raises(ValidationError):
        release.draft_text(fx.actor, [r1, r3])


def test_edited_release_text_becomes_the_document(tmp_path: Path) -> None:
    text = (
        "Judul Rilis\n\nParagraf satu [bold]x[/] <b>y</b>.\n\nImbauan:\n1. Satu\n2. Dua\n\n(Humas)"
    )
    doc = release.document_from_text(text)
    out = squash(docx_text(documents.write(doc, "docx", tmp_path / "e.docx")))
    assert "Judul Rilis" in out and "[bold]x[/] <b>y</b>" in out and "2. Dua" in out


def test_informasi(seed: Fixture, tmp_path: Path) -> None:
    rid = information_report(seed).id
    doc = informasi.build(seed.actor, rid)
    for fmt in ("pdf", "docx"):
        path = documents.write(doc, fmt, tmp_path / f"li.{fmt}")
        text = squash(pdf_text(path) if fmt == "pdf" else docx_text(path))
        assert "LAPORAN INFORMASI" in text
        assert "R/LI-7/XII/2024/Sek Senen" in text
        assert "Politik" in text and "Rencana kumpul massa" in text
        assert "I. PENDAHULUAN" in text and "II. FAKTA-FAKTA" in text
        assert "III. PENDAPAT PELAPOR" in text
        assert "1. Sumber : Ketua RW 02" in text
        assert "2. Hubungan dengan sumber" in text
        assert "3. Cara mendapatkan : Wawancara langsung" in text
        assert "4. Waktu mendapatkan informasi : Selasa, 3 Desember 2024 pukul 19.30 WIB" in text
        assert "6. Nilai informasi : B2 (sumber dapat dipercaya" in text
        assert "2. Belum ada izin keramaian" in text
        assert "1. Perlu pengamanan terbuka" in text
        assert "Jakarta Pusat, 3 Desember 2024 PELAPOR" in text
        assert "WATI LESTARI" in text and "BRIGADIR POLISI KEPALA" in text
        assert "Distribusi: 1. Kapolsek Senen" in text
    with pytest.raises(NotFound, match="deteksi dini"):
        informasi.build(seed.actor, seed.reports["SEED"].id)


def test_markup_and_long_text_print_literally(seed: Fixture, tmp_path: Path) -> None:
    report = seed.reports["SEED"]
    hostile = "[bold]tebal[/] **x** <i>y</i> {name} \x1b[31mmerah"
    long_word = "A" * 300
    report.narrative = hostile + " " + ("panjang sekali " * 400) + long_word
    report.save()
    doc = kegiatan.build(seed.actor, report.id)
    pdf = documents.write(doc, "pdf", tmp_path / "h.pdf")
    text = pdf_text(pdf)
    assert "[bold]tebal[/] **x** <i>y</i> {name}" in text
    assert "\x1b" not in text
    from pypdf import PdfReader

    assert len(PdfReader(str(pdf)).pages) >= 2  # wrapped onto more pages, not cut
    docx_out = docx_text(documents.write(doc, "docx", tmp_path / "h.docx"))
    assert "[bold]tebal[/] **x** <i>y</i> {name}" in docx_out
    assert "[bold]tebal[/]" in documents.write(doc, "text", tmp_path / "h.txt").read_text()


def test_unknown_report_is_not_found(seed: Fixture) -> None:
    with pytest.raises(NotFound):
        kegiatan.build(seed.actor, 99999)


def test_a_child_process_writes_the_same_documents(fx: Fixture, tmp_path: Path) -> None:
    """The app writes PDF and DOCX in a child process (its memory goes with
    the child); what comes out is what the in-process writer makes."""
    doc = recap_doc.build(fx.actor, WEEK)
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text)):
        here = documents.write(doc, fmt, tmp_path / f"here.{fmt}")
        child = documents.write(doc, fmt, tmp_path / "sub" / f"child.{fmt}", in_child=True)
        assert child == tmp_path / "sub" / f"child.{fmt}"
        assert squash(read(child)) == squash(read(here))


def test_a_failure_in_the_child_comes_back_as_the_same_error(tmp_path: Path) -> None:
    doc = Document(title="t", blocks=[Paragraph("x")])
    taken = tmp_path / "taken.pdf"
    taken.mkdir()  # a folder where the file should go
    with pytest.raises(OSError) as caught:
        documents.write(doc, "pdf", taken, in_child=True)
    assert caught.value.filename == str(taken)
    assert caught.value.strerror
