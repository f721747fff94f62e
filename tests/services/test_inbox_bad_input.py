"""Exports that cannot be imported: each refused with a clear Indonesian
message, and nothing half-imported (no item, no photo copy, no file outside
the attachments folder)."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import inbox_exports as ie
import pytest

from sambang_tui.db.models import InboxItem, InboxPhoto
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.inbox import export_source, photos
from sambang_tui.services.inbox.importer import import_export


@pytest.fixture
def desk(demo_target: str):
    runtime.connect(demo_target)
    return runtime.actor_for("desk")


def _refused(desk, path: Path, match: str) -> ValidationError:
    with pytest.raises(ValidationError, match=match) as caught:
        import_export(desk, path)
    assert caught.value.field == "file"
    assert "\n" not in caught.value.message and "Traceback" not in caught.value.message
    assert InboxItem.select().count() == 0 and InboxPhoto.select().count() == 0
    folder = photos.root()
    assert not folder.exists() or not [p for p in folder.rglob("*") if p.is_file()]
    return caught.value


def _zip(path: Path, entries: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return path


def _chat() -> bytes:
    return ie.render(ie.day_messages(), "android_id").encode()


def test_a_text_that_is_no_chat_export(desk, tmp_path: Path) -> None:
    path = tmp_path / "catatan.txt"
    path.write_text("Daftar belanja:\n- beras\n- minyak\n", encoding="utf-8")
    _refused(desk, path, "bukan ekspor chat WhatsApp")


def test_a_photo_renamed_to_txt(desk, tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(ie.jpeg(1) * 3)
    _refused(desk, path, "bukan teks|biner|bukan ekspor chat")


@pytest.mark.parametrize(
    "name", ["../../evil.txt", "media/../../x.jpg", "/etc/passwd", "C:\\evil.jpg"]
)
def test_zip_entries_escaping_the_folder(desk, tmp_path: Path, name: str) -> None:
    path = _zip(tmp_path / "jahat.zip", {"_chat.txt": _chat(), name: b"x"})
    error = _refused(desk, path, "berbahaya")
    assert "ditolak" in error.message
    assert not (tmp_path.parent / "evil.txt").exists()


def test_a_zip_bomb_entry(desk, tmp_path: Path) -> None:
    path = _zip(tmp_path / "bom.zip", {"_chat.txt": _chat(), "IMG-1.jpg": b"\0" * (40 * 1024**2)})
    _refused(desk, path, "zip bomb")


def test_too_many_entries(desk, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_source, "MAX_ENTRIES", 10)
    entries = {"_chat.txt": _chat(), **{f"IMG-{i}.jpg": b"x" for i in range(12)}}
    _refused(desk, _zip(tmp_path / "banyak.zip", entries), "paling banyak 10")


def test_too_much_unpacked(desk, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_source, "MAX_UNPACKED", 1000)
    path = _zip(tmp_path / "besar.zip", {"_chat.txt": _chat(), "IMG-1.jpg": ie.jpeg(1, (300, 300))})
    _refused(desk, path, "membengkak")


def test_a_chat_text_too_large(desk, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_source, "MAX_CHAT_BYTES", 1000)
    path = ie.write_text(tmp_path / "chat.txt", ie.day_messages() * 3, "android_id")
    _refused(desk, path, "terlalu besar")
    _refused(desk, _zip(tmp_path / "c.zip", {"_chat.txt": path.read_bytes()}), "terlalu besar")


def test_a_zip_without_chat_text(desk, tmp_path: Path) -> None:
    _refused(desk, _zip(tmp_path / "foto.zip", {"IMG-1.jpg": ie.jpeg(1)}), "tidak berisi teks chat")


def test_a_broken_zip(desk, tmp_path: Path) -> None:
    good = ie.write_zip(tmp_path / "x.zip", ie.day_messages(), "android_id").read_bytes()
    broken = tmp_path / "rusak.zip"
    broken.write_bytes(good[: len(good) // 2])
    _refused(desk, broken, "bukan zip yang utuh")


def test_a_photo_corrupted_inside_the_zip_leaves_nothing(desk, tmp_path: Path) -> None:
    """The chat reads fine and the first photos are copied; then one photo
    fails its checksum: the whole import is undone, copies included."""
    path = ie.write_zip(tmp_path / "x.zip", ie.day_messages(), "android_id")
    data = bytearray(path.read_bytes())
    victim = ie.photo_bytes(ie.day_messages())[ie.photo_name("android_id", ie.at(22, 40), 3)]
    at = data.find(victim)
    data[at + 200] ^= 0xFF
    path.write_bytes(bytes(data))
    _refused(desk, path, "rusak|tidak dapat dibaca")


@pytest.mark.parametrize("kind", ["missing", "folder", "empty"])
def test_files_that_are_not_there(desk, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "ekspor.zip"
    if kind == "folder":
        path.mkdir()
    elif kind == "empty":
        path.write_bytes(b"")
    _refused(desk, path, {"missing": "tidak ada", "folder": "folder", "empty": "kosong"}[kind])


def test_broken_utf8_deep_in_the_text_imports_nothing(desk, tmp_path: Path) -> None:
    good = ie.render(ie.day_messages(), "android_id").encode()
    path = tmp_path / "chat.txt"
    path.write_bytes(good + b"03/12/24 10.00 - Aiptu Heri: \xff\xfe rusak\n")
    _refused(desk, path, "UTF-8")


def test_a_100_mb_export_with_its_media_imports(desk, tmp_path: Path) -> None:
    """Forty reports, each with a 2.7 MB photo: a zip over 100 MB, read as a
    stream and copied in chunks."""
    import os
    import random

    rng = random.Random(5)
    messages, data = [], {}
    for n in range(40):
        at = ie.at(8, 0) + dt.timedelta(minutes=10 * n)
        name = f"IMG-20241202-WA{n:04d}.jpg"
        data[name] = b"\xff\xd8\xff\xe0" + rng.randbytes(2_700_000)
        text = f"Giat sambang pos kamling rw 0{1 + n % 8} kel kramat jam {8 + n // 6}.00 warga ± {n + 3} org"
        messages.append(ie.Msg(at, "Bripka Dwi Hartono", text, photos=[name]))
    path = ie.write_zip(tmp_path / "besar.zip", messages, "android_id", photos=data)
    assert os.path.getsize(path) > 100 * 1024**2
    summary = import_export(desk, path)
    assert (summary.new, summary.photos) == (40, 40)


def test_a_100_mb_chat_text_is_refused_at_once(desk, tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    with path.open("wb") as fh:
        fh.write(ie.render(ie.day_messages(), "android_id").encode())
        fh.truncate(100 * 1024**2)
    error = _refused(desk, path, "terlalu besar")
    assert "100 MB" in error.message and "64 MB" in error.message
