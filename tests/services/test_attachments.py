"""Attachments: copied beside the database with name, size and SHA-256."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from report_fixtures import World, make_world

from sambang_tui.config import data_dir
from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import Attachment, AuditEvent
from sambang_tui.services import attachments, reports
from sambang_tui.services.errors import PermissionDenied, ValidationError


@pytest.fixture
def world(db, monkeypatch) -> World:
    return make_world(monkeypatch)


@pytest.fixture
def photo(tmp_path: Path) -> Path:
    src = tmp_path / "in" / "foto kegiatan [1].jpg"
    src.parent.mkdir()
    src.write_bytes(b"\xff\xd8\xff" + os.urandom(4096))
    return src


def test_file_is_copied_beside_the_database(world: World, photo: Path, db_target: str) -> None:
    saved = reports.create_report(world.actors["desk"], world.input())
    info = attachments.attach_file(world.actors["desk"], saved.id, photo, caption="Tatap muka")
    expected_base = Path(db_target).resolve().parent if is_sqlite() else data_dir()
    assert attachments.base_dir() == expected_base
    assert info.path.parent == expected_base / "attachments" / "2024" / str(saved.id)
    assert info.path.read_bytes() == photo.read_bytes()
    assert info.sha256 == hashlib.sha256(photo.read_bytes()).hexdigest()
    assert info.size == photo.stat().st_size
    assert info.original_name == "foto kegiatan [1].jpg"
    assert info.caption == "Tatap muka" and info.is_image
    row = Attachment.get_by_id(info.id)
    assert not Path(row.path).is_absolute() and row.path.startswith("attachments/2024/")
    detail = reports.get_detail(saved.id)
    assert [a.path for a in detail.attachments] == [info.path]
    assert AuditEvent.select().where(AuditEvent.table == "attachment").count() == 1
    assert not list(info.path.parent.glob(".incoming-*"))


def test_same_name_twice_gets_a_free_name_same_content_is_refused(
    world: World, photo: Path, tmp_path: Path
) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    first = attachments.attach_file(desk, saved.id, photo)
    with pytest.raises(ValidationError, match="sudah dilampirkan"):
        attachments.attach_file(desk, saved.id, photo)
    other = tmp_path / "foto kegiatan [1].jpg"
    other.write_bytes(b"lain")
    second = attachments.attach_file(desk, saved.id, other)
    assert first.path != second.path and second.path.exists()
    assert len(attachments.list_attachments(saved.id)) == 2
    assert len(list(first.path.parent.iterdir())) == 2


def test_missing_folder_large_and_unreadable_files_are_refused(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    with pytest.raises(ValidationError, match="tidak ada"):
        attachments.attach_file(desk, saved.id, tmp_path / "hilang.jpg")
    with pytest.raises(ValidationError, match="bukan berkas"):
        attachments.attach_file(desk, saved.id, tmp_path)
    big = tmp_path / "besar.mp4"
    with big.open("wb") as fh:
        fh.truncate(attachments.MAX_BYTES + 1)
    with pytest.raises(ValidationError, match=r"terlalu besar \(20.0 MB, maksimal 20 MB\)"):
        attachments.attach_file(desk, saved.id, big)
    locked = tmp_path / "rahasia.jpg"
    locked.write_bytes(b"x")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: make the check see what a desk would
        monkeypatch.setattr(attachments.os, "access", lambda path, mode: False)
    with pytest.raises(ValidationError, match="tidak dapat dibaca"):
        attachments.attach_file(desk, saved.id, locked)
    locked.chmod(0o600)
    assert Attachment.select().count() == 0


def test_exactly_twenty_megabytes_is_accepted(world: World, tmp_path: Path) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    edge = tmp_path / "pas.bin"
    with edge.open("wb") as fh:
        fh.truncate(attachments.MAX_BYTES)
    info = attachments.attach_file(desk, saved.id, edge)
    assert info.size == attachments.MAX_BYTES
    info.path.unlink()


def test_roles_and_removal(world: World, photo: Path) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    with pytest.raises(PermissionDenied):
        attachments.attach_file(world.actors["readonly"], saved.id, photo)
    with pytest.raises(PermissionDenied):
        attachments.attach_file(world.actors["desk2"], saved.id, photo)
    info = attachments.attach_file(desk, saved.id, photo)
    with pytest.raises(PermissionDenied):
        attachments.remove_attachment(world.actors["desk2"], info.id)
    attachments.remove_attachment(desk, info.id)
    assert not info.path.exists() and photo.exists()
    assert attachments.list_attachments(saved.id) == []
