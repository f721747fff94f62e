"""Where an exported document is about to be written, checked before
writing: a folder given where a file name belongs, a folder that does not
exist yet (created only when the person agrees), a file that would be
overwritten (only when the person agrees), a folder nobody may write in."""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

OK, IS_DIR, NO_FOLDER, EXISTS, NOT_WRITABLE, PARENT_NOT_DIR = (
    "ok",
    "is_dir",
    "no_folder",
    "exists",
    "not_writable",
    "parent_not_dir",
)


@dataclass(frozen=True)
class Target:
    path: Path
    state: str
    folder: Path  # the folder to create (NO_FOLDER) or that holds the file


def check(path: Path | str) -> Target:
    """What writing to ``path`` would meet, the first problem first."""
    path = Path(path).expanduser()
    if path.is_dir():
        return Target(path, IS_DIR, path)
    folder = path.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return Target(path, PARENT_NOT_DIR, existing)
    if existing != folder:
        if not os.access(existing, os.W_OK | os.X_OK):
            return Target(path, NOT_WRITABLE, existing)
        return Target(path, NO_FOLDER, folder)
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        return Target(path, NOT_WRITABLE, folder)
    if path.exists():
        return Target(path, EXISTS, folder)
    return Target(path, OK, folder)


def create_folder(target: Target) -> None:
    target.folder.mkdir(parents=True, exist_ok=True)


# Errors of writing a file, as words (OSError.strerror is English).
MESSAGES = {
    errno.EISDIR: "{path} adalah folder, bukan berkas: tulis nama berkasnya, mis. {path}/laporan.pdf.",
    errno.ENOTDIR: "Bagian dari {path} bukan folder.",
    errno.ENOENT: "Folder untuk {path} tidak ada.",
    errno.EACCES: "Tidak ada izin menulis {path}.",
    errno.EPERM: "Tidak ada izin menulis {path}.",
    errno.EROFS: "{path} ada di penyimpanan yang hanya bisa dibaca.",
    errno.ENOSPC: "Ruang disk habis: {path} tidak dapat ditulis.",
    errno.EDQUOT: "Kuota disk habis: {path} tidak dapat ditulis.",
    errno.ENAMETOOLONG: "Nama berkas terlalu panjang: {path}.",
}


def os_error_text(exc: OSError) -> str:
    """An ``OSError`` of writing a file in Indonesian, naming the file."""
    path = exc.filename or ""
    known = MESSAGES.get(exc.errno or 0)
    if known:
        return known.format(path=path)
    code = errno.errorcode.get(exc.errno or 0, "")
    return f"Berkas {path} tidak dapat ditulis ({code or type(exc).__name__})."
