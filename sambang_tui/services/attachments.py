"""Documentation photos and files of a report, copied into an
``attachments/<year>/<report id>/`` folder beside the SQLite file (the data
dir for PostgreSQL) and recorded with the original name, size and SHA-256.

The stored path is relative to that base folder, so a database moved or
restored together with its ``attachments`` folder keeps its pictures.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from pathlib import Path

from sambang_tui.config import data_dir
from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import Attachment, Report, database_proxy
from sambang_tui.services import audit, store
from sambang_tui.services.actor import Actor
from sambang_tui.services.errors import NotFound, ValidationError
from sambang_tui.services.report_access import live_report, require_edit
from sambang_tui.services.report_detail import AttachmentInfo
from sambang_tui.services.validate import clean_text

MAX_BYTES = 20 * 1024 * 1024
FOLDER = "attachments"
_UNSAFE = re.compile(r"[^\w.\- ]+")


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


def _check_source(src: Path) -> int:
    shown = clean_text(str(src))
    if not src.exists():
        raise ValidationError("file", f"Berkas {shown} tidak ada.")
    if not src.is_file():
        raise ValidationError("file", f"{shown} bukan berkas (mungkin folder).")
    if not os.access(src, os.R_OK):
        raise ValidationError("file", f"Berkas {shown} tidak dapat dibaca (periksa hak aksesnya).")
    size = src.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(
            "file",
            f"Berkas {shown} terlalu besar ({size / 1024 / 1024:.1f} MB, maksimal "
            f"{MAX_BYTES // 1024 // 1024} MB). Kecilkan fotonya dulu.",
        )
    return size


def _copy(src: Path, folder: Path) -> tuple[Path, str, int]:
    """Copy through a temporary file, hashing on the way; return the final
    path, the SHA-256 and the bytes copied."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(fd, "wb") as out, src.open("rb") as inp:
            while chunk := inp.read(1 << 20):
                size += len(chunk)
                if size > MAX_BYTES:
                    raise ValidationError(
                        "file", "Berkas bertambah besar saat disalin (maks 20 MB)."
                    )
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        target = _free_name(folder, _safe_name(src.name))
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
    _check_source(src)
    caption_text = clean_text(caption)[:250]
    base = base_dir()
    try:
        target, sha, size = _copy(src, base / FOLDER / str(report.year) / str(report.id))
    except PermissionError:
        raise ValidationError(
            "file", f"Folder lampiran {base / FOLDER} tidak dapat ditulis (periksa hak aksesnya)."
        ) from None
    except OSError as exc:
        raise ValidationError(
            "file", f"Berkas tidak dapat disalin: {exc.strerror or exc}."
        ) from None

    def run() -> Attachment:
        live_report(actor, report_id)
        same = Attachment.get_or_none((Attachment.report == report_id) & (Attachment.sha256 == sha))
        if same is not None:
            raise ValidationError(
                "file", f"Berkas ini sudah dilampirkan pada laporan ini ({same.original_name})."
            )
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
            raise NotFound(f"Lampiran #{attachment_id} tidak ditemukan.")
        report = Report.get_or_none(
            (Report.id == row.report_id) & (Report.station == actor.station_id)
        )
        if report is None:
            raise NotFound(f"Lampiran #{attachment_id} tidak ditemukan.")
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
