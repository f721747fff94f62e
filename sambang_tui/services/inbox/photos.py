"""The photos of an export: which report each belongs to, and their copies.

A photo belongs to the report it was sent with (a photo whose caption is the
report), or else to the report the same sender sent closest in time, within
``WINDOW``. Each photo is copied once per content to
``attachments/inbox/<sha256>.<suffix>`` beside the database (the attachments
service's folder); saving a report from the inbox attaches the copy to it
through the attachments service, under the name the phone gave it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sambang_tui.services.core import file_modes
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.reports import attachments

WINDOW = dt.timedelta(minutes=5)
FOLDER = "inbox"
MAX_BYTES = attachments.MAX_BYTES
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass(frozen=True)
class PhotoRef:
    """A photo named in the export: by whom, when, and in which message."""

    sender: str
    sent_at: dt.datetime
    name: str
    line: int


@dataclass(frozen=True)
class StagedPhoto:
    name: str
    sha256: str
    size: int
    path: str  # relative to the attachments base
    created: bool  # this import wrote the copy


def nearest_report(photo: PhotoRef, reports: list[tuple[dt.datetime, int]]) -> int | None:
    """The index of the report (``(sent_at, index)``, one sender's, in
    time order) closest to ``photo`` within ``WINDOW``; on a tie the one
    sent after the photo (photos usually come first)."""
    best: tuple[dt.timedelta, int, int] | None = None
    for sent_at, index in reports:
        gap = abs(sent_at - photo.sent_at)
        if gap > WINDOW:
            continue
        rank = (gap, 0 if sent_at >= photo.sent_at else 1, index)
        if best is None or rank < best:
            best = rank
    return None if best is None else best[2]


def root() -> Path:
    """``attachments/inbox`` beside the database."""
    return attachments.base_dir() / attachments.FOLDER / FOLDER


def safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name
    stem = _UNSAFE.sub("_", Path(base).stem).strip(" ._") or "foto"
    suffix = _UNSAFE.sub("", Path(base).suffix)[:12]
    return f"{stem[:80]}{suffix}"


def _hash_into(stream: IO[bytes], out: IO[bytes] | None) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    while chunk := stream.read(1 << 20):
        size += len(chunk)
        if size > MAX_BYTES:
            raise ValidationError("file", "inbox.err.photo_too_large")
        digest.update(chunk)
        if out is not None:
            out.write(chunk)
    return digest.hexdigest(), size


def measure(stream: IO[bytes], name: str) -> StagedPhoto:
    """The hash and size of a photo without copying it (a dry run)."""
    sha, size = _hash_into(stream, None)
    return StagedPhoto(name, sha, size, "", False)


def stage(stream: IO[bytes], name: str, folder: Path | None = None) -> StagedPhoto:
    """Copy a photo to ``attachments/inbox/<sha256><suffix>``, once per
    content (not yet synced to disk: ``flush`` does that for all of them).
    ``folder`` is ``root()``, made by the caller once per import."""
    base = attachments.base_dir()
    if folder is None:
        folder = root()
        folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out:
            sha, size = _hash_into(stream, out)
        target = folder / f"{sha}{Path(safe_name(name)).suffix.lower()[:8]}"
        if target.exists():
            os.unlink(tmp)
            return StagedPhoto(name, sha, size, target.relative_to(base).as_posix(), False)
        file_modes.settle(Path(tmp))  # mkstemp's 0600: the other desks must read it too
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return StagedPhoto(name, sha, size, target.relative_to(base).as_posix(), True)


@contextlib.contextmanager
def named(path: Path, name: str) -> Iterator[Path]:
    """The staged copy under the photo's own file name (a hard link in a
    scratch folder beside it), so the report's attachment keeps the name
    the phone gave it."""
    scratch = Path(tempfile.mkdtemp(dir=path.parent, prefix=".named-"))
    try:
        linked = scratch / safe_name(name)
        try:
            os.link(path, linked)
        except OSError:
            shutil.copyfile(path, linked)
        yield linked
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def flush(photos: list[StagedPhoto]) -> None:
    """Make the copies an import wrote durable before the items that name
    them are committed: one ``sync`` for all (an ``fsync`` per photo cost
    ten milliseconds each, 20 s for an export of 2 000 photos)."""
    if any(p.created for p in photos):
        os.sync()


def discard(photos: list[StagedPhoto]) -> None:
    """Remove the copies an import made and then did not keep."""
    base = attachments.base_dir()
    for photo in photos:
        if photo.created and photo.path:
            (base / photo.path).unlink(missing_ok=True)


def staged_file(path: str) -> Path:
    return attachments.resolve(path)
