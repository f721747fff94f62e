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
from sambang_tui.services import reports
from sambang_tui.services.core.errors import PermissionDenied, ValidationError
from sambang_tui.services.reports import attachments


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
    other.write_bytes(b"\xff\xd8\xff lain")
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
    with pytest.raises(ValidationError, match="adalah folder"):
        attachments.attach_file(desk, saved.id, tmp_path)
    big = tmp_path / "besar.mp4"
    with big.open("wb") as fh:
        fh.truncate(attachments.MAX_BYTES + 1)
    with pytest.raises(ValidationError, match=r"terlalu besar \(20.0 MB, maksimal 20 MB\)"):
        attachments.attach_file(desk, saved.id, big)
    locked = tmp_path / "rahasia.jpg"
    locked.write_bytes(b"\xff\xd8\xff x")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads anything: make the open see what a desk would
        real_open = os.open

        def refuse(path, flags, *args):  # noqa: ANN001, ANN202
            if Path(path) == locked:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args)

        monkeypatch.setattr(attachments.os, "open", refuse)
    with pytest.raises(ValidationError, match="tidak dapat dibaca"):
        attachments.attach_file(desk, saved.id, locked)
    locked.chmod(0o600)
    assert Attachment.select().count() == 0


def test_exactly_twenty_megabytes_is_accepted(world: World, tmp_path: Path) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    edge = tmp_path / "pas.pdf"
    with edge.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
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


# --- what may be attached (issue 11, point 9) ------------------------------------

KINDS = {
    "foto.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "foto.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "foto.webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "foto.heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00",
    "surat.pdf": b"%PDF-1.7\n%\xe2\xe3",
}


@pytest.mark.parametrize("name", sorted(KINDS))
def test_images_and_pdfs_are_taken_by_their_bytes(world: World, tmp_path: Path, name: str) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    src = tmp_path / name.replace("foto", "tanpa-akhiran").rsplit(".", 1)[0]  # no telling name
    src.write_bytes(KINDS[name] + os.urandom(64))
    info = attachments.attach_file(desk, saved.id, src)
    assert info.path.read_bytes() == src.read_bytes()


def test_a_text_file_named_like_a_photo_is_refused(world: World, tmp_path: Path) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    fake = tmp_path / "foto.png"
    fake.write_text("root:x:0:0:root:/root:/bin/bash\n")
    with pytest.raises(ValidationError, match="bukan foto .* atau PDF menurut isinya"):
        attachments.attach_file(desk, saved.id, fake)
    assert Attachment.select().count() == 0


def test_a_symlink_is_refused_even_to_an_image(world: World, tmp_path: Path, photo: Path) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    link = tmp_path / "link.png"
    link.symlink_to("/etc/passwd")
    with pytest.raises(ValidationError, match="tautan"):
        attachments.attach_file(desk, saved.id, link)
    to_photo = tmp_path / "foto-link.jpg"
    to_photo.symlink_to(photo)
    with pytest.raises(ValidationError, match="tautan"):
        attachments.attach_file(desk, saved.id, to_photo)
    assert Attachment.select().count() == 0
    assert not list((attachments.base_dir() / attachments.FOLDER).rglob("*.*"))


def test_a_fifo_or_a_device_is_refused_without_blocking(world: World, tmp_path: Path) -> None:
    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    fifo = tmp_path / "pipa.jpg"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="berkas khusus"):
        attachments.attach_file(desk, saved.id, fifo)
    with pytest.raises(ValidationError, match="berkas khusus"):
        attachments.attach_file(desk, saved.id, Path("/dev/null"))


def test_copies_are_private_or_group_readable_as_their_folder(
    world: World, photo: Path, tmp_path: Path, db_target: str
) -> None:
    """A personal database: 0600 (umask 077 of a personal set-up). In a
    shared (setgid) folder: group read-write, so the Kanit's documents print
    the desk's photo (copies were 0600 there too)."""
    import stat

    from sambang_tui.db.database import sqlite_path

    desk = world.actors["desk"]
    saved = reports.create_report(desk, world.input())
    path = sqlite_path(db_target)
    folder = attachments.base_dir()
    if path is not None:
        os.chmod(folder, 0o2770)  # the test database's folder, shared
    old = os.umask(0o007 if path is not None else 0o077)
    try:
        info = attachments.attach_file(desk, saved.id, photo)
    finally:
        os.umask(old)
        if path is not None:
            os.chmod(folder, 0o700)
    mode = stat.S_IMODE(info.path.stat().st_mode)
    if path is not None:
        assert mode == 0o660 and info.path.stat().st_gid == folder.stat().st_gid
    else:  # PostgreSQL: attachments in the personal data folder
        assert mode == 0o600
