from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from sambang_tui.db.models import RT, RW, AuditEvent, Contact, Kelurahan, Officer
from sambang_tui.db.vocab import RANKS, ROLES
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import PermissionDenied, ValidationError
from sambang_tui.services.master import areas
from sambang_tui.services.master.importing.run import import_csv, is_formula

OFFICERS = """nrp,nama,pangkat,jabatan,telepon,login
78050123,Sutrisno,Aiptu,bhabinkamtibmas,0812 1111,sutrisno
85010001,Budi Santoso,Bripka,Bhabinkamtibmas,,
70010001,"Bambang Santoso, SH., MH",AKP,kapolsek,,kapolsek
"""

AREAS = """Kelurahan ; Jenis ; Kecamatan ; Kota ; RW ; RT
Paseban;kelurahan;Senen;Jakarta Pusat;06;01
Paseban;kelurahan;Senen;Jakarta Pusat;06;02
Paseban;kelurahan;Senen;Jakarta Pusat;01;01
Kenari;kelurahan;Senen;Jakarta Pusat;1;1
"""

CONTACTS = """nama,kategori,kelurahan,rw,rt,telepon,catatan
H. Rahmat,tokoh agama,Paseban,6,1,0812,"imam masjid
Al-Ikhlas"
Ani,warga,Kenari,,,,
"""


def _write(tmp_path: Path, text: str, name: str = "x.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_officers_import_and_reimport(db, actor, tmp_path) -> None:
    path = _write(tmp_path, OFFICERS)
    result = import_csv(actor, "officers", path)
    assert (result.created, result.updated, result.unchanged, result.errors) == (3, 0, 0, [])
    assert result.written
    bambang = Officer.get(Officer.nrp == "70010001")
    assert (bambang.name, bambang.rank, bambang.role, bambang.os_user) == (
        "Bambang Santoso, SH., MH",
        "AKP",
        "kapolsek",
        "kapolsek",
    )
    events = AuditEvent.select().where(AuditEvent.table == "officer").count()
    assert events == 3
    again = import_csv(actor, "officers", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert not again.written
    assert AuditEvent.select().count() == events
    changed = _write(tmp_path, OFFICERS.replace("0812 1111", "0812 2222"), "y.csv")
    third = import_csv(actor, "officers", changed)
    assert (third.created, third.updated, third.unchanged) == (0, 1, 2)
    assert Officer.get(Officer.nrp == "78050123").version == 2


def test_semicolon_bom_blank_lines_and_header_case(db, actor, tmp_path) -> None:
    text = "\n\n" + AREAS.replace("\n", "\r\n", 2) + "\n;;;;;\n\n"
    path = _write(tmp_path, "\ufeff" + text)
    result = import_csv(actor, "areas", path)
    assert result.errors == [] and result.created == 4
    assert "2 kelurahan baru, 3 RW baru." in result.notes
    assert Kelurahan.select().count() == 2 and RW.select().count() == 3 and RT.select().count() == 4
    paseban = Kelurahan.get(Kelurahan.name == "Paseban")
    assert [r.number for r in areas.list_rw(actor, paseban.id)] == [1, 6]
    again = import_csv(actor, "areas", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)


def test_contacts_with_quoted_newline(db, actor, tmp_path) -> None:
    import_csv(actor, "areas", _write(tmp_path, AREAS, "a.csv"))
    result = import_csv(actor, "contacts", _write(tmp_path, CONTACTS))
    assert result.errors == [] and result.created == 2
    rahmat = Contact.get(Contact.name == "H. Rahmat")
    assert rahmat.notes == "imam masjid\nAl-Ikhlas" and rahmat.category == "tokoh_agama"
    assert RT.get_by_id(rahmat.rt_id).number == 1
    again = import_csv(actor, "contacts", _write(tmp_path, CONTACTS))
    assert again.unchanged == 2 and again.created == 0


def test_bad_rows_reported_with_line_numbers_and_nothing_written(db, actor, tmp_path) -> None:
    text = (
        "nrp;nama;pangkat;jabatan\n"  # 1
        "78050123;Sutrisno;Aiptu;bhabinkamtibmas\n"  # 2
        "7805012X;Budi;Bripka;bhabinkamtibmas\n"  # 3
        "\n"  # 4
        "78050123;Dobel;Bripka;bhabinkamtibmas\n"  # 5
        '"85010001";"Nama\n'  # 6
        'dua baris";Jenderal;bhabinkamtibmas\n'  # 7
        '85010002;=HYPERLINK("http://x");Bripka;desk\n'  # 8
        "85010003;;Bripka;boss\n"  # 9
    )
    result = import_csv(actor, "officers", _write(tmp_path, text))
    lines = [line for line, _ in result.errors]
    assert lines == [3, 5, 6, 8, 9]
    messages = dict(result.errors)
    assert "angka" in messages[3]
    assert "sudah ada di baris 2" in messages[5]
    assert "Pangkat 'Jenderal' tidak dikenal" in messages[6]
    assert "rumus" in messages[8] and "nama" in messages[8]
    assert "Nama wajib diisi" in messages[9] and "Jabatan 'boss'" in messages[9]
    assert not result.written and Officer.select().count() == 0
    assert result.summary().startswith("Tidak disimpan: 6 baris")
    assert "dilewati" not in result.summary()  # nothing written, nothing skipped
    skipped = import_csv(actor, "officers", _write(tmp_path, text), skip_bad=True)
    assert skipped.written and skipped.created == 1 and skipped.skipped == 5
    assert skipped.summary().endswith("5 baris salah (5 dilewati).")
    assert Officer.select().count() == 1


def test_unknown_kelurahan_and_rt(db, actor, tmp_path) -> None:
    import_csv(actor, "areas", _write(tmp_path, AREAS, "a.csv"))
    text = "nama,kategori,kelurahan,rw,rt\nA,warga,Atlantis,,\nB,warga,Paseban,6,9\nC,dukun,Paseban,,\nD,warga,Paseban,,3\n"
    result = import_csv(actor, "contacts", _write(tmp_path, text))
    messages = dict(result.errors)
    assert "Atlantis' tidak dikenal" in messages[2]
    assert "RT 09 RW 06 tidak ada di Paseban" in messages[3]
    assert "Kategori 'dukun'" in messages[4]
    assert "Isi RW bila RT diisi" in messages[5]
    assert Contact.select().count() == 0


def test_cp1252_file_refused_clearly(db, actor, tmp_path) -> None:
    text = "nama,kategori,kelurahan\nJosé Café,warga,Paseban\n"
    with pytest.raises(
        ValidationError, match="simpan ulang sebagai CSV UTF-8|Simpan ulang sebagai CSV UTF-8"
    ) as exc:
        import_csv(actor, "contacts", _write(tmp_path, text, encoding="cp1252"))
    assert "baris 2" in exc.value.message


def test_wrong_separator_and_missing_columns(db, actor, tmp_path) -> None:
    tab = "nrp\tnama\tpangkat\tjabatan\n78050123\tA\tAiptu\tdesk\n"
    with pytest.raises(ValidationError, match="bukan tab") as exc:
        import_csv(actor, "officers", _write(tmp_path, tab))
    assert "kolom wajib tidak ada: nrp, nama, pangkat, jabatan" in exc.value.message
    missing = "nrp,nama\n78050123,A\n"
    with pytest.raises(ValidationError, match="kolom wajib tidak ada: pangkat, jabatan"):
        import_csv(actor, "officers", _write(tmp_path, missing))
    with pytest.raises(ValidationError, match="kosong"):
        import_csv(actor, "officers", _write(tmp_path, "\n\n"))
    with pytest.raises(ValidationError, match="tidak ditemukan"):
        import_csv(actor, "officers", tmp_path / "nope.csv")
    with pytest.raises(ValidationError, match="Excel"):
        import_csv(actor, "officers", _write(tmp_path, "PK\x03\x04junk", "x.xlsx"))


def test_extra_columns_ignored_and_noted(db, actor, tmp_path) -> None:
    text = (
        "No,NRP,Nama,Pangkat,Jabatan,Keterangan\n1,78050123,Sutrisno,Aiptu,bhabinkamtibmas,baru\n"
    )
    result = import_csv(actor, "officers", _write(tmp_path, text))
    assert result.created == 1
    assert "Kolom tidak dikenal diabaikan: No, Keterangan." in result.notes


def test_dry_run_and_permissions(db, actor, tmp_path) -> None:
    path = _write(tmp_path, OFFICERS)
    result = import_csv(actor, "officers", path, dry_run=True)
    assert result.created == 3 and not result.written and Officer.select().count() == 0
    assert result.summary().startswith("Uji coba")
    with pytest.raises(PermissionDenied):
        import_csv(Actor("tamu", actor.station_id), "officers", path)
    with pytest.raises(ValidationError, match="Jenis impor"):
        import_csv(actor, "plans", path)


def test_login_taken_and_nrp_of_other_station(db, actor, tmp_path) -> None:
    import_csv(actor, "officers", _write(tmp_path, OFFICERS))
    text = "nrp,nama,pangkat,jabatan,login\n11111111,X,Bripda,desk,sutrisno\n22222222,Y,Bripda,desk,y\n33333333,Z,Bripda,desk,y\n"
    result = import_csv(actor, "officers", _write(tmp_path, text, "b.csv"))
    messages = dict(result.errors)
    assert "sudah dipakai personel NRP 78050123" in messages[2]
    assert "sudah ada di baris 3" in messages[4]


@pytest.mark.parametrize(
    ("cell", "formula"),
    [
        ("=1+1", True),
        ('=HYPERLINK("x")', True),
        ("+SUM(A1:A2)", True),
        ("-cmd|' /C calc'!A0", True),
        ("@SUM(A1)", True),
        ("+A1", True),
        ("+62 812 3456", False),
        ("+62 812-3456-7890", False),
        ("(021) 555-0101", False),
        ("-5", False),
        ("-", False),
        ("Budi-Santoso", False),
        ("- catatan singkat", True),  # a spreadsheet evaluates it (#NAME?)
        ("@budi_ig", True),
        ("+A1+B2", True),
        ("+ab12cd", True),
        ("-2+3+cmd|' /C calc'!A0", True),  # let through by the import's old rule
        ("  =1+1", True),
        ("\tx", True),
    ],
)
def test_formula_detection(cell: str, formula: bool) -> None:
    assert is_formula(cell) is formula


@pytest.mark.parametrize(
    "cell", ["-2+3+cmd|' /C calc'!A0", "=1+1", "+A1", "- catatan", "@x", "+62 812", "-5", "ok"]
)
def test_import_refuses_exactly_what_export_neutralises(cell: str) -> None:
    """One rule: what the import refuses is what every export (reports CSV,
    document tables) neutralises, through the one ``neutralise``."""
    from sambang_tui.services.core.formula import neutralise
    from sambang_tui.services.documents import render_csv
    from sambang_tui.services.reports import export

    assert render_csv.formula.neutralise is export.neutralise is neutralise
    assert is_formula(cell) is (neutralise(cell) != cell)


def test_hundred_thousand_rows(db, actor, tmp_path) -> None:
    lines = ["kelurahan;jenis;kecamatan;kota;rw;rt"]
    for i in range(100_000):
        lines.append(
            f"Kel {i // 1000:03d};kelurahan;Senen;Jakarta Pusat;{i // 50 % 20 + 1};{i % 50 + 1}"
        )
    path = _write(tmp_path, "\n".join(lines) + "\n")
    result = import_csv(actor, "areas", path)
    assert result.errors == [] and result.created == 100_000
    assert RT.select().count() == 100_000 and Kelurahan.select().count() == 100
    again = import_csv(actor, "areas", path)
    assert again.unchanged == 100_000 and not again.written


_names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=40,
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    names=st.lists(_names, min_size=1, max_size=5),
    delimiter=st.sampled_from([",", ";"]),
    bom=st.booleans(),
    crlf=st.booleans(),
)
def test_import_round_trip_property(db, actor, tmp_path, names, delimiter, bom, crlf) -> None:
    """Whatever names Excel writes (quotes, separators, newlines, emoji, RTL),
    what is stored is the cleaned name, and importing again changes nothing."""
    import csv
    import io

    from sambang_tui.services.core.validate import clean_text

    names = [n for n in names if clean_text(n) and not is_formula(n)]
    assume(names)
    buf = io.StringIO()
    # Excel writes CRLF and quotes cells with line breaks; an LF writer must
    # quote a cell holding a bare CR itself (QUOTE_ALL here), or the file is
    # not CSV any more.
    writer = csv.writer(
        buf,
        delimiter=delimiter,
        lineterminator="\r\n" if crlf else "\n",
        quoting=csv.QUOTE_MINIMAL if crlf else csv.QUOTE_ALL,
    )
    writer.writerow(["NRP", "Nama", "Pangkat", "Jabatan"])
    rows = [(f"{90000000 + i}", name, "Bripda", "desk") for i, name in enumerate(names)]
    writer.writerows(rows)
    path = tmp_path / "prop.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + buf.getvalue().encode("utf-8"))
    first = import_csv(actor, "officers", path)
    assert first.errors == []
    for nrp, name, _, _ in rows:
        assert Officer.get(Officer.nrp == nrp).name == clean_text(name)
    again = import_csv(actor, "officers", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(rows))


@given(
    values=st.fixed_dictionaries(
        {k: st.text(max_size=12) for k in ("nrp", "nama", "pangkat", "jabatan", "telepon", "login")}
    )
)
def test_officer_row_check_property(values) -> None:
    from sambang_tui.services.master.importing.read import RowErrors, _officer_values

    try:
        out = _officer_values(values)
    except RowErrors as exc:
        assert exc.messages and all(isinstance(m, str) and m for m in exc.messages)
        return
    assert len(out["nrp"]) == 8 and out["nrp"].isdigit()
    assert out["name"] and out["rank"] in RANKS and out["role"] in ROLES


def test_a_row_is_checked_by_the_forms_rule_in_the_forms_words(db, actor, tmp_path) -> None:
    """One rule, not two: every message the officer, kelurahan and contact
    forms give for bad values is the message the CSV row gets for them."""
    from sambang_tui.services.core.validate import Checker
    from sambang_tui.services.master import contacts, officers

    def form_messages(check, *args) -> list[str]:
        with pytest.raises(ValidationError) as exc:
            check(*args)
        return [e.message for e in exc.value.errors]

    officer = officers.OfficerInput(
        nrp="8501 00x1", name="", rank="Jenderal", role="boss", phone="08x12", os_user="a b"
    )
    row = "nrp,nama,pangkat,jabatan,telepon,login\n8501 00x1,,Jenderal,boss,08x12,a b\n"
    got = dict(import_csv(actor, "officers", _write(tmp_path, row, "o.csv")).errors)[2]
    expected = form_messages(officers.check, officer)
    assert len(expected) == 6 and all(m in got for m in expected), (expected, got)

    kel = areas.KelurahanInput(name="", kind="kota", kecamatan="x" * 81)
    row = "kelurahan,jenis,kecamatan,kota,rw,rt\n,kota," + "x" * 81 + ",,RW x,0\n"
    got = dict(import_csv(actor, "areas", _write(tmp_path, row, "a.csv")).errors)[2]
    expected = form_messages(areas.check_kelurahan, actor, kel)
    c = Checker()
    areas.area_number(c, "rw", "RW", "RW x", required=True)
    areas.area_number(c, "rt", "RT", "0", required=True)
    expected += [e.message for e in c.errors]
    assert len(expected) == 5 and all(m in got for m in expected), (expected, got)

    contact = contacts.ContactInput(name="", category="dukun", rt="3", phone="1", notes="")
    row = "nama,kategori,kelurahan,rw,rt\n,dukun,Paseban,,3\n"
    got = dict(import_csv(actor, "contacts", _write(tmp_path, row, "c.csv")).errors)[2]
    expected = [m for m in form_messages(contacts.check, actor, contact) if "Kelurahan" not in m]
    assert len(expected) == 3 and all(m in got for m in expected), (expected, got)
