from __future__ import annotations

import csv
import io
import json

from sambang_tui import cli
from sambang_tui.db.models import Contact, Officer, Report
from sambang_tui.services.admin import runtime


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _officers(target: str) -> int:
    runtime.connect(target)
    try:
        return Officer.select().count()
    finally:
        runtime.close()


def test_import_officers_semicolon_bom(db_target: str, tmp_path, capsys) -> None:
    path = tmp_path / "personel.csv"
    path.write_bytes(
        "\ufeffNRP; Nama ;Pangkat;Jabatan;Login\r\n"
        "78050123;Sutrisno;Aiptu;bhabinkamtibmas;sutrisno\r\n"
        "80070331;Joko Prasetyo;Aipda;bhabinkamtibmas;\r\n".encode()
    )
    code, out, err = run(capsys, "import", "officers", str(path), "--db", db_target)
    assert code == 0, err
    assert "2 baru" in out
    assert _officers(db_target) == 2
    code, out, err = run(capsys, "--db", db_target, "import", "officers", str(path))
    assert code == 0, err
    assert "2 tetap" in out
    assert _officers(db_target) == 2


def test_import_bad_rows_are_numbered_and_nothing_changes(db_target: str, tmp_path, capsys) -> None:
    path = tmp_path / "personel.csv"
    path.write_text(
        "nrp,nama,pangkat,jabatan\n"
        "78050123,Sutrisno,Aiptu,bhabinkamtibmas\n"
        "1234x,Salah,Aiptu,bhabinkamtibmas\n"
        "78050123,Kembar,Aiptu,bhabinkamtibmas\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "officers", str(path), "--db", db_target)
    assert code == 1
    assert "personel.csv:3:" in err and "NRP" in err
    assert "personel.csv:4:" in err
    assert "Traceback" not in err
    assert _officers(db_target) == 0


def test_import_skip_bad_and_dry_run(db_target: str, tmp_path, capsys) -> None:
    path = tmp_path / "personel.csv"
    path.write_text(
        "nrp,nama,pangkat,jabatan\n78050123,Sutrisno,Aiptu,bhabinkamtibmas\nxx,Salah,Aiptu,desk\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", "officers", str(path), "--skip-bad", "--dry-run",
                       "--db", db_target)  # fmt: skip
    assert code == 1 and ":3:" in err
    assert _officers(db_target) == 0
    code, _, err = run(capsys, "import", "officers", str(path), "--skip-bad", "--db", db_target)
    assert code == 1 and ":3:" in err
    assert _officers(db_target) == 1


def test_import_contacts_into_demo(demo_target: str, tmp_path, capsys) -> None:
    path = tmp_path / "tokoh.csv"
    path.write_text(
        "nama;kategori;kelurahan;rw;rt\nUstadz Baru Sekali;tokoh agama;Paseban;6;1\n",
        encoding="utf-8",
    )
    runtime.connect(demo_target)
    before = Contact.select().count()
    runtime.close()
    code, out, err = run(capsys, "import", "contacts", str(path), "--db", demo_target)
    assert code == 0, err
    runtime.connect(demo_target)
    assert Contact.select().count() == before + 1


def test_import_missing_file(db_target: str, tmp_path, capsys) -> None:
    code, _, err = run(capsys, "import", "areas", str(tmp_path / "none.csv"), "--db", db_target)
    assert code == 1
    assert "none.csv" in err and "Traceback" not in err


def test_import_needs_a_kind(capsys) -> None:
    code, _, err = run(capsys, "import", "people", "x.csv")
    assert code == 2 and "people" in err


def test_export_csv_to_file(demo_target: str, tmp_path, capsys) -> None:
    out_file = tmp_path / "laporan.csv"
    code, out, err = run(capsys, "export", "reports", "--from", "01/12/2024", "--to",
                         "2024-12-03", "--out", str(out_file), "--db", demo_target)  # fmt: skip
    assert code == 0, err
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    runtime.connect(demo_target)
    expected = Report.select().where(Report.date.between("2024-12-01", "2024-12-03")).count()
    assert len(rows) == expected and f"{expected} laporan" in out
    seed = [r for r in rows if r["tempat"] == "Jalan Salemba Raya" and r["mulai"] == "10:00"]
    assert seed and seed[0]["jenis"] == "SB+CS" and seed[0]["kelurahan"] == "Paseban"
    assert seed[0]["status"] == "diverifikasi"


def test_export_neutralises_formulas(demo_target: str, tmp_path, capsys) -> None:
    runtime.connect(demo_target)
    report = Report.get(Report.date == "2024-12-02", Report.place == "Jalan Salemba Raya")
    Report.update(
        place='=HYPERLINK("http://x")',
        narrative="+A1",
        message="-2+3+cmd|' /C calc'!A0",
        findings="@A1",
        follow_up="-2",
    ).where(Report.id == report.id).execute()
    runtime.close()
    out_file = tmp_path / "l.csv"
    code, _, err = run(capsys, "export", "reports", "--from", "2/12/2024", "--to", "2/12/2024",
                       "--out", str(out_file), "--db", demo_target)  # fmt: skip
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out_file.read_text(encoding="utf-8-sig"))))
    row = next(r for r in rows if r["nomor"] == report.number)
    assert row["tempat"] == '\'=HYPERLINK("http://x")'
    assert (row["uraian"], row["himbauan"], row["temuan"]) == (
        "'+A1",
        "'-2+3+cmd|' /C calc'!A0",
        "'@A1",
    )
    assert row["tindak_lanjut"] == "-2"  # a plain number calls nothing


def test_export_json_to_stdout(demo_target: str, capsys) -> None:
    code, out, err = run(capsys, "export", "reports", "--from", "2/12/2024", "--to", "2/12/2024",
                         "--format", "json", "--db", demo_target)  # fmt: skip
    assert code == 0, err
    data = json.loads(out)
    seed = next(r for r in data if r["tempat"] == "Jalan Salemba Raya" and r["mulai"] == "10:00")
    assert seed["jenis"] == ["SB", "CS"]
    assert seed["personel"][0]["nrp"] == "79100586"
    assert seed["kutipan_oleh"].startswith("Kapolsek Senen AKP Bambang Santoso")
    assert "laporan diekspor" in err


def test_export_bad_dates(demo_target: str, capsys) -> None:
    code, _, err = run(capsys, "export", "reports", "--from", "31/02/2024", "--to", "1/3/2024")
    assert code == 2 and "tidak ada di kalender" in err
    code, _, err = run(capsys, "export", "reports", "--from", "5/12/2024", "--to", "1/12/2024",
                       "--db", demo_target)  # fmt: skip
    assert code == 1 and "sebelum" in err


def test_import_dry_run_counts_the_new_rows_beside_a_bad_one(
    db_target: str, tmp_path, capsys
) -> None:
    """``--dry-run`` said '0 baru' where three rows would be new."""
    path = tmp_path / "personel.csv"
    path.write_text(
        "nrp;nama;pangkat;jabatan\n"
        "78050123;A;Aiptu;desk\n78050124;B;Aiptu;desk\n780501;C;Aiptu;desk\n78050125;D;Aiptu;desk\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "officers", str(path), "--dry-run", "--db", db_target)
    assert code == 1
    assert "personel.csv:4: NRP harus 8 digit" in err
    assert "Uji coba (tidak disimpan): 4 baris: 3 baru, 0 diubah, 0 tetap, 1 baris salah." in err
    assert _officers(db_target) == 0
