"""The automatic backup made at the first start of each day.

``backups/auto-YYYYmmdd.db`` beside the database; the last ``keep`` are
kept. Two desks starting at once make one file: the copy is written under a
private name and linked into place only if the day's file does not exist.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sambang_tui.db.database import sqlite_path
from sambang_tui.services.admin.backup import default_backup_dir, online_copy
from sambang_tui.services.admin.check import file_problem
from sambang_tui.services.core import clock
from sambang_tui.services.core.errors import ServiceError

AUTO_PREFIX = "auto-"


def daily_name(day: object | None = None) -> str:
    day = day or clock.today()
    return f"{AUTO_PREFIX}{day:%Y%m%d}.db"


def auto_backups(folder: Path) -> list[Path]:
    """The automatic backups in ``folder``, oldest first."""
    return sorted(p for p in folder.glob(f"{AUTO_PREFIX}[0-9]*.db") if p.is_file())


def maybe_daily_backup(target: str, keep: int = 14) -> Path | None:
    """Make today's automatic backup of ``target`` if there is none yet.

    Returns the new file, or None when nothing was done (PostgreSQL, no
    database file yet, today's backup already made). Raises ``ServiceError``
    when the backup cannot be written.
    """
    path = sqlite_path(target)
    if path is None or not path.exists() or file_problem(path):
        return None
    folder = default_backup_dir(target)
    final = folder / daily_name()
    if final.exists():
        return None
    tmp = folder / f".{final.name}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        online_copy(path, tmp)
        try:
            os.link(tmp, final)
        except FileExistsError:
            return None
    except (OSError, sqlite3.Error) as exc:
        raise ServiceError("admin.err.daily_backup_failed", path=folder, reason=exc) from None
    finally:
        tmp.unlink(missing_ok=True)
    prune(folder, keep)
    return final


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete the oldest automatic backups beyond ``keep``; return them."""
    old = auto_backups(folder)[: -max(keep, 1)]
    for p in old:
        p.unlink(missing_ok=True)
    return old
