"""Documentation photos and files of a report, copied into an
``attachments/<year>/<report id>/`` folder beside the SQLite file (the data
dir for PostgreSQL) and recorded with the original name, size and SHA-256.

Only plain files whose bytes say they are an image (JPEG, PNG, WebP, HEIC)
or a PDF are taken; symlinks, folders, devices and FIFOs are refused, and
the checks are made on the opened file. Copies are readable by the
station's group in a shared folder (0600 files were left out of the other
desks' documents without a word).

The stored path is relative to that base folder, so a database moved or
restored together with its ``attachments`` folder keeps its pictures.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sambang_tui.config import data_dir
from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import Attachment, Report, database_proxy
from sambang_tui.services.core import audit, file_modes, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, NotFound, ValidationError
from sambang_tui.services.core.validate import clean_text
from sambang_tui.services.reports.access import live_report, require_edit

MAX_BYTES = 20 * 1024 * 1024
FOLDER = "attachments"
_UNSAFE = re.compile(r"[^\w.\- ]+")


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    path: Path
    original_name: str
    sha256: str
    size: int
    caption: str
    created_at: dt.datetime

    @property
    def is_image(self) -> bool:
        return self.path.suffix.lower() in {".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"}


def base_dir() -> Path:
    """The folder that holds ``attachments/``: beside the SQLite file, or
    the data dir for PostgreSQL."""
    db = database_proxy.obj
    if is_sqlite() and db is not None and db.database not in ("", ":memory:"):
        return Path(db.database).expanduser().resolve().parent
    return data_dir()


def resolve(stored: str) -> Path:
    """The file on disk for a stored (relative) attachment path."""
    path = Path(stored)
    return path if path.is_absolute() else base_dir() / path


def _safe_name(name: str) -> str:
    stem = _UNSAFE.sub("_", Path(name).stem).strip(" ._") or "lampiran"
    suffix = _UNSAFE.sub("", Path(name).suffix)[:12]
    return f"{stem[:80]}{suffix}"


def _free_name(folder: Path, name: str) -> Path:
    target = folder / name
    n = 2
    while target.exists():
        target = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
        n += 1
    return target


def content_kind(head: bytes) -> str | None:
    """What the first bytes of a file say it is — ``jpeg``, ``png``,
    ``webp``, ``heic`` or ``pdf`` — or None. The name says nothing: a
    ``link.png`` may be ``/etc/passwd``."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS:
        return "heic"
    if head.startswith(b"%PDF"):
        return "pdf"
    return None


HEIF_BRANDS = frozenset({b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"})


def _open_source(src: Path) -> tuple[int, int]:
    """Open ``src`` for reading, refusing what is not a plain file of an
    image or a PDF by its content; return the descriptor and the size. The
    checks are made on the opened file itself (no symlink is followed, a
    FIFO never blocks), so the file cannot be swapped between check and copy."""
    shown = clean_text(str(src))
    try:
        st = os.lstat(src)
    except FileNotFoundError:
        raise ValidationError("file", "reports.err.file_missing", name=shown) from None
    except OSError as exc:
        raise ValidationError(
            "file", "reports.err.file_unreadable", name=shown, reason=exc.strerror
        ) from None
    if stat.S_ISLNK(st.st_mode):
        raise ValidationError("file", "reports.err.file_symlink", name=shown)
    if not stat.S_ISREG(st.st_mode):
        what = "reports.word.folder" if stat.S_ISDIR(st.st_mode) else "reports.word.special_file"
        raise ValidationError("file", "reports.err.file_is", name=shown, what=Msg(what))
    try:
        fd = os.open(src, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except PermissionError:
        raise ValidationError("file", "reports.err.file_no_access", name=shown) from None
    except OSError as exc:
        raise ValidationError(
            "file", "reports.err.file_unopenable", name=shown, reason=exc.strerror
        ) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ValidationError("file", "reports.err.file_not_regular", name=shown)
        size = st.st_size
        if size > MAX_BYTES:
            raise ValidationError(
                "file",
                "reports.err.file_too_big",
                name=shown,
                mb=size / 1024 / 1024,
                max=MAX_BYTES // 1024 // 1024,
            )
        if content_kind(os.pread(fd, 16, 0)) is None:
            raise ValidationError("file", "reports.err.file_kind", name=shown)
    except BaseException:
        os.close(fd)
        raise
    return fd, size


def _copy(fd: int, name: str, folder: Path) -> tuple[Path, str, int]:
    """Copy the open file through a temporary file, hashing on the way;
    return the final path, the SHA-256 and the bytes copied. The copy gets
    the rights of the folder it lands in (group read-write in a shared
    folder), so every desk's documents can print it."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    tmp_fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(tmp_fd, "wb") as out, os.fdopen(fd, "rb", closefd=False) as inp:
            while chunk := inp.read(1 << 20):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise ValidationError(
                        "file", "reports.err.file_grew", max=MAX_BYTES // 1024 // 1024
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        file_modes.settle(Path(tmp_name))
        target = _free_name(folder, _safe_name(name))
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target, digest.hexdigest(), size


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        row.id,
        resolve(row.path),
        row.original_name,
        row.sha256,
        row.size,
        row.caption,
        row.created_at,
    )


def attach_file(actor: Actor, report_id: int, src: Path, caption: str = "") -> AttachmentInfo:
    """Copy ``src`` into the report's attachment folder and record it.
    Refuses missing, unreadable and over-large files, and a file already
    attached to the same report."""
    actor.require_write()
    src = Path(src).expanduser()
    report = live_report(actor, report_id)
    require_edit(actor, report)
    fd, _ = _open_source(src)
    caption_text = clean_text(caption)[:250]
    base = base_dir()
    try:
        target, sha, size = _copy(fd, src.name, base / FOLDER / str(report.year) / str(report.id))
    except PermissionError:
        raise ValidationError(
            "file", "reports.err.folder_unwritable", folder=base / FOLDER
        ) from None
    except OSError as exc:
        raise ValidationError(
            "file", "reports.err.copy_failed", reason=exc.strerror or exc
        ) from None
    finally:
        os.close(fd)

    def run() -> Attachment:
        live_report(actor, report_id)
        same = Attachment.get_or_none((Attachment.report == report_id) & (Attachment.sha256 == sha))
        if same is not None:
            raise ValidationError("file", "reports.err.already_attached", name=same.original_name)
        return store.create(
            actor,
            Attachment,
            {
                "report": report_id,
                "path": target.relative_to(base).as_posix(),
                "original_name": clean_text(src.name)[:250] or target.name,
                "sha256": sha,
                "size": size,
                "caption": caption_text,
            },
        )

    try:
        row = store.write(run)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return _info(row)


def list_attachments(report_id: int) -> list[AttachmentInfo]:
    return [
        _info(a)
        for a in Attachment.select().where(Attachment.report == report_id).order_by(Attachment.id)
    ]


def remove_attachment(actor: Actor, attachment_id: int) -> None:
    """Forget an attachment and delete its copy (the original is untouched)."""
    actor.require_write()

    def run() -> Attachment:
        row = Attachment.get_or_none(Attachment.id == attachment_id)
        if row is None:
            raise NotFound("reports.err.attachment_not_found", id=attachment_id)
        report = Report.get_or_none(
            (Report.id == row.report_id) & (Report.station == actor.station_id)
        )
        if report is None:
            raise NotFound("reports.err.attachment_not_found", id=attachment_id)
        require_edit(actor, report)
        old = audit.snapshot(row)
        row.delete_instance()
        audit.record(actor, "delete", "attachment", attachment_id, old, None)
        return row

    row = store.write(run)
    resolve(row.path).unlink(missing_ok=True)


def copy_tree_for_backup(dest: Path) -> Path | None:
    """Copy the attachments folder next to a backup; None if there is none."""
    src = base_dir() / FOLDER
    if not src.is_dir():
        return None
    target = dest / FOLDER
    shutil.copytree(src, target, dirs_exist_ok=True)
    return target
