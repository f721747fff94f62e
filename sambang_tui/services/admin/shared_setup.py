"""One SQLite file shared by several desks on a station server.

The folder is setgid and group-writable, so every file created in it (the
database, its -wal/-shm, backups, attachments) belongs to the group; the
database is 0660 and SQLite gives its -wal/-shm the same mode. A process
working on a database in such a folder uses umask 007, so what it creates
there stays group-writable.
"""

from __future__ import annotations

import grp
import os
from dataclasses import dataclass
from pathlib import Path

from sambang_tui.services.admin import runtime
from sambang_tui.services.core import file_modes
from sambang_tui.services.core.errors import ServiceError

DB_NAME = "sambang.db"
DIR_MODE = 0o2770
FILE_MODE = 0o660
SHARED_UMASK = 0o007


@dataclass(frozen=True)
class SharedSetup:
    folder: Path
    db_path: Path
    group: str

    @property
    def profile_line(self) -> str:
        return f"export SAMBANG_DB={self.db_path}"

    @property
    def settings_line(self) -> str:
        return f'db = "{self.db_path}"'


def _group_id(group: str) -> int:
    try:
        return grp.getgrnam(group).gr_gid
    except KeyError:
        raise ServiceError("admin.err.no_group", group=group) from None


def _share(path: Path, gid: int, mode: int) -> None:
    try:
        os.chown(path, -1, gid)
        os.chmod(path, mode)
    except PermissionError:
        raise ServiceError("admin.err.no_chmod", path=path) from None


def setup_shared(folder: str | Path, group: str) -> SharedSetup:
    """Prepare ``folder`` for a shared database and create it (migrated)."""
    gid = _group_id(group)
    folder = Path(folder).expanduser().absolute()
    folder.mkdir(parents=True, exist_ok=True)
    _share(folder, gid, DIR_MODE)
    db_path = folder / DB_NAME
    old = os.umask(SHARED_UMASK)
    try:
        if not db_path.exists():
            db_path.touch(mode=FILE_MODE)
        _share(db_path, gid, FILE_MODE)
        runtime.connect(str(db_path)).close()
        for suffix in ("-wal", "-shm"):
            side = db_path.with_name(db_path.name + suffix)
            if side.exists():
                _share(side, gid, FILE_MODE)
        backups = folder / "backups"
        backups.mkdir(exist_ok=True)
        _share(backups, gid, DIR_MODE)
    finally:
        os.umask(old)
    return SharedSetup(folder, db_path, group)


def is_shared_dir(path: Path) -> bool:
    return file_modes.is_shared_dir(path)


def apply_shared_umask(target: str) -> bool:
    """The umask for files written beside ``target``: 007 in a setgid
    (shared) folder, 077 elsewhere (``services.core.file_modes``); True when
    shared."""
    return file_modes.apply_umask(target)
