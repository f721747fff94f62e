"""CSV import streamed in batches (issue 11, point 10): every batch is its
own short transaction, so another desk can save between batches; a
duplicate far apart in the file is still found; ``--dry-run`` says what
would be new even when a row is bad; a full disk says so, stops between
batches with nothing half-written, and importing the file again finishes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from peewee import OperationalError

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import RT, AuditEvent, Kelurahan, Officer, database_proxy
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.errors import ServiceError
from sambang_tui.services.master.importing import kinds as csv_batches
from sambang_tui.services.master.importing import run as csv_import
from sambang_tui.services.master.importing.run import import_csv


def areas_file(tmp_path: Path, rows: int, name: str = "wilayah.csv") -> Path:
    lines = ["kelurahan;jenis;kecamatan;kota;rw;rt"]
    for i in range(rows):
        lines.append(
            f"Kel {i // 400:02d};kelurahan;Senen;Jakarta Pusat;{i // 20 % 20 + 1};{i % 20 + 1}"
        )
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csv_import, "FIRST_BATCH", 300)
    monkeypatch.setattr(csv_import, "MIN_BATCH", 300)
    monkeypatch.setattr(csv_import, "MAX_BATCH", 300)
    monkeypatch.setattr(csv_import, "PAUSE_S", 0.0)


def test_written_in_batches_each_its_own_transaction(
    db, actor, tmp_path, small_batches, db_target: str
) -> None:
    path = areas_file(tmp_path, 2000)
    seen_between: list[int] = []

    def another_desk_saves(result) -> None:
        """Between two batches nobody holds the write lock: a save from
        another connection that does not wait at all goes through."""
        if is_sqlite():
            other = sqlite3.connect(db_target, timeout=0)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute(
                    "INSERT INTO setting (key, value) VALUES (?, 'x')", (f"desk-{result.batches}",)
                )
                other.execute("COMMIT")
            finally:
                other.close()
        seen_between.append(RT.select().count())

    result = import_csv(actor, "areas", path, on_batch=another_desk_saves)
    assert result.error_count == 0 and result.created == 2000 and result.written
    assert result.batches == 7 and len(seen_between) == 7
    assert seen_between == sorted(seen_between) and seen_between[0] == 300  # committed one by one
    assert RT.select().count() == 2000 and Kelurahan.select().count() == 5
    assert AuditEvent.select().where(AuditEvent.table == "rt").count() == 2000
    again = import_csv(actor, "areas", path)
    assert again.unchanged == 2000 and not again.written


def test_a_duplicate_far_apart_is_found_and_nothing_is_written(
    db, actor, tmp_path, small_batches
) -> None:
    path = areas_file(tmp_path, 1500)
    with path.open("a", encoding="utf-8") as fh:
        fh.write("Kel 00;kelurahan;Senen;Jakarta Pusat;1;1\n")  # line 1502 repeats line 2
        fh.write("Kel 01;desa;Senen;Jakarta Pusat;1;99\n")  # Kel 01 was a kelurahan
    result = import_csv(actor, "areas", path)
    assert [line for line, _ in result.errors] == [1502, 1503]
    assert "sudah ada di baris 2" in result.errors[0][1]
    assert "berbeda dengan baris 402" in result.errors[1][1]
    assert RT.select().count() == 0 and not result.written


def test_dry_run_says_what_would_be_new_beside_a_bad_row(db, actor, tmp_path) -> None:
    """It said '0 baru' where the good rows would be new (issue 13, item 12)."""
    path = tmp_path / "personel.csv"
    path.write_text(
        "nrp;nama;pangkat;jabatan\n"
        "78050123;Sutrisno;Aiptu;bhabinkamtibmas\n"
        "78050124;Budi;Bripka;bhabinkamtibmas\n"
        "780501;Pendek;Bripka;bhabinkamtibmas\n"
        "78050125;Ani;Briptu;desk\n",
        encoding="utf-8",
    )
    result = import_csv(actor, "officers", path, dry_run=True)
    assert (result.created, result.error_count, result.rows) == (3, 1, 4)
    assert result.summary() == (
        "Uji coba (tidak disimpan): 4 baris: 3 baru, 0 diubah, 0 tetap, 1 baris salah."
    )
    assert Officer.select().count() == 0
    refused = import_csv(actor, "officers", path)
    assert refused.summary().startswith("Tidak disimpan: 4 baris: 0 baru")


def test_errors_are_counted_all_but_kept_up_to_a_limit(db, actor, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(csv_import, "MAX_ERRORS", 5)
    lines = ["nrp;nama;pangkat;jabatan"] + [f"1;N{i};Aiptu;desk" for i in range(40)]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_csv(actor, "officers", path)
    assert result.error_count == 40 and len(result.errors) == 5
    assert [line for line, _ in result.errors] == [2, 3, 4, 5, 6]
    assert "40 baris salah" in result.summary()


def test_a_full_disk_stops_between_batches_and_says_so(
    db, actor, tmp_path, small_batches, monkeypatch
) -> None:
    path = areas_file(tmp_path, 1200)
    if is_sqlite():

        def fill_up(result) -> None:  # after the first batch the file may not grow any more
            if result.batches == 1:
                pages = database_proxy.obj.execute_sql("PRAGMA page_count").fetchone()[0]
                database_proxy.obj.execute_sql(f"PRAGMA max_page_count = {pages}")
    else:  # PostgreSQL: a batch refused as a server with no space left refuses it
        real = csv_batches.WRITE["areas"]
        calls = []

        def fill_up(result) -> None:
            pass

        def write(actor_, plan) -> None:
            calls.append(1)
            if len(calls) == 2:
                raise OperationalError('could not extend file "base/1/2": No space left on device')
            real(actor_, plan)

        monkeypatch.setitem(csv_batches.WRITE, "areas", write)
    with pytest.raises(ServiceError) as caught:
        import_csv(actor, "areas", path, on_batch=fill_up)
    message = str(caught.value)
    assert message.startswith("Disk penuh")
    assert "Impor berhenti di baris 302: 300 baris sebelumnya sudah tersimpan" in message
    assert "cannot rollback" not in message
    assert RT.select().count() == 300  # the first batch, whole; nothing of the second
    if is_sqlite():
        database_proxy.obj.execute_sql("PRAGMA max_page_count = 1073741823")
    else:
        monkeypatch.setitem(csv_batches.WRITE, "areas", real)
    again = import_csv(actor, "areas", path)
    assert (again.created, again.unchanged) == (900, 300)
    assert RT.select().count() == 1200


def test_a_write_on_a_full_disk_names_the_cause(db, actor) -> None:
    """SQLite ends the transaction itself when the disk is full; the failed
    rollback after it ('cannot rollback - no transaction is active') hid why."""
    from sambang_tui.services.core import store

    if not is_sqlite():  # PostgreSQL keeps its transaction: its own error arrives as it is

        def refuse() -> None:
            raise OperationalError("could not extend file: No space left on device")

        with pytest.raises(OperationalError, match="No space left"):
            store.write(refuse)
        return
    pages = database_proxy.obj.execute_sql("PRAGMA page_count").fetchone()[0]
    database_proxy.obj.execute_sql(f"PRAGMA max_page_count = {pages + 2}")

    def fill() -> None:
        for _ in range(500):
            AuditEvent.create(os_user="desk", action="x", table="t", new="y" * 4000)

    with pytest.raises(OperationalError) as caught:
        store.write(fill)
    assert "full" in str(caught.value)
    assert runtime.explain("x.db", caught.value).startswith("Disk penuh")
    database_proxy.obj.execute_sql("PRAGMA max_page_count = 1073741823")
    assert AuditEvent.select().where(AuditEvent.action == "x").count() == 0
    store.write(lambda: AuditEvent.create(os_user="desk", action="x", table="t"))  # usable again


def test_a_row_another_desk_wrote_meanwhile_is_planned_again(
    db, actor, tmp_path, small_batches, monkeypatch
) -> None:
    """Batches are planned outside the write lock; an RT another desk added
    between planning and writing makes the batch planned again, inside its
    transaction, instead of failing."""
    from sambang_tui.services.master import areas

    path = areas_file(tmp_path, 600)
    real = csv_batches.PLAN["areas"]
    calls = []

    def plan(actor_, rows, seen, ctx, errors):  # noqa: ANN001, ANN202
        planned = real(actor_, rows, seen, ctx, errors)
        calls.append(1)
        if len(calls) == 4:  # the second pass's second batch, planned: now another desk saves
            kel = Kelurahan.get(Kelurahan.name == "Kel 00")  # Kel 00 RW 16 RT 01 is line 302
            rw = areas.add_rw(actor, kel.id, 16)
            areas.add_rt(actor, rw.id, 1)
        return planned

    monkeypatch.setitem(csv_batches.PLAN, "areas", plan)
    result = import_csv(actor, "areas", path)
    assert len(calls) == 5  # planned once more, inside the transaction
    assert result.error_count == 0
    assert (result.created, result.unchanged) == (599, 1)
    assert RT.select().count() == 600
