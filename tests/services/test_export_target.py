"""Checking where a document goes before it is written, and the words for
what went wrong (issue 13, items 11 and 12)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from sambang_tui.services.documents import export_target as et


def test_states(tmp_path: Path) -> None:
    assert et.check(tmp_path).state == et.IS_DIR
    assert et.check(tmp_path / "a.pdf").state == et.OK
    (tmp_path / "a.pdf").write_text("x")
    assert et.check(tmp_path / "a.pdf").state == et.EXISTS
    missing = et.check(tmp_path / "baru" / "dalam" / "b.pdf")
    assert missing.state == et.NO_FOLDER and missing.folder == tmp_path / "baru" / "dalam"
    et.create_folder(missing)
    assert et.check(missing.path).state == et.OK
    assert et.check(tmp_path / "a.pdf" / "c.pdf").state == et.PARENT_NOT_DIR


def test_read_only_folder(tmp_path: Path) -> None:
    """A folder without write permission refuses, except to root (who may
    write anywhere: the check says what writing would meet, no more)."""
    locked = tmp_path / "kunci"
    locked.mkdir(mode=0o500)
    expected = (et.OK, et.NO_FOLDER) if os.geteuid() == 0 else (et.NOT_WRITABLE,) * 2
    assert et.check(locked / "a.pdf").state == expected[0]
    assert et.check(locked / "sub" / "a.pdf").state == expected[1]


def test_os_errors_in_indonesian(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError) as caught:
        tmp_path.write_text("x")
    text = et.os_error_text(caught.value)
    assert text.startswith(f"{tmp_path} adalah folder") and "directory" not in text
    assert "habis" in et.os_error_text(OSError(errno.ENOSPC, "No space left", "/x.pdf"))
    assert et.os_error_text(OSError(errno.EIO, "I/O error", "/x.pdf")) == (
        "Berkas /x.pdf tidak dapat ditulis (EIO)."
    )
