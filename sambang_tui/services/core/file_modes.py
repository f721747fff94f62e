"""Who can read the files the program writes.

- A *personal* database (any folder that is not a shared one): the process
  runs with umask 077, so the database, its ``-wal``/``-shm``, backups,
  attachments and logs are 0600 in 0700 folders; an existing personal
  database left readable by others (0644 in a 0755 data folder) is
  tightened when it is opened.
- A *shared* folder (setgid, made by ``sambang init --shared``): umask 007,
  so every file is group read-write with the folder's group (setgid gives the
  group); ``settle`` puts the same right on a file written elsewhere and
  moved in (restore), and ``problems`` lists what is not so for ``check``.
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import stat
from pathlib import Path

from sambang_tui.db.database import sqlite_path

PERSONAL_UMASK = 0o077
SHARED_UMASK = 0o007
SIDE_SUFFIXES = ("-wal", "-shm")
MAX_LISTED = 20


def is_shared_dir(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & stat.S_ISGID)
    except OSError:
        return False


def shared_folder(target: str) -> Path | None:
    """The shared folder holding the SQLite database ``target``, or None."""
    path = sqlite_path(target)
    if path is None:
        return None
    folder = path.expanduser().absolute().parent
    return folder if is_shared_dir(folder) else None


def apply_umask(target: str) -> bool:
    """Set the process umask for ``target``; True when it is a shared folder."""
    if shared_folder(target) is not None:
        current = os.umask(SHARED_UMASK)
        os.umask((current & ~0o070) | SHARED_UMASK)  # group may write, others get nothing
        return True
    os.umask(PERSONAL_UMASK)
    return False


def tighten_personal(target: str, data_dir: Path) -> None:
    """Close a personal database left open to other local users: the data
    folder (when it is the program's own) to 0700, the database files to
    0600. Only files this user owns, and never one that is group-writable
    (that is a deliberately shared file, which ``check`` reports instead)."""
    path = sqlite_path(target)
    if path is None or shared_folder(target) is not None:
        return
    path = path.expanduser().absolute()
    uid = os.getuid()
    folder = path.parent
    try:
        if folder.resolve() == data_dir.expanduser().resolve():
            st = folder.stat()
            if st.st_uid == uid and stat.S_IMODE(st.st_mode) & 0o077:
                os.chmod(folder, 0o700)
        for p in (path, *(path.with_name(path.name + s) for s in SIDE_SUFFIXES)):
            found = p.lstat() if p.exists() else None
            if found is None or not stat.S_ISREG(found.st_mode) or found.st_uid != uid:
                continue
            mode = stat.S_IMODE(found.st_mode)
            if mode & 0o077 and not mode & 0o020:
                os.chmod(p, 0o600)
    except OSError:
        pass  # not ours to change: nothing lost, check reports it


def settle(path: Path, like: Path | None = None) -> None:
    """Give a file the program wrote elsewhere and moves into ``path``'s
    folder the rights files made in place get: in a shared folder group
    read-write with the folder's group; else 0600. Run by root, it also
    takes the owner and group of ``like`` (the file it replaces)."""
    folder = path.absolute().parent
    if is_shared_dir(folder):
        gid = folder.stat().st_gid
        if os.getuid() == 0 and like is not None and like.exists():
            os.chown(path, like.stat().st_uid, gid)
        else:
            with contextlib.suppress(PermissionError):  # not in the group: the mode lets it in
                os.chown(path, -1, gid)
        os.chmod(path, 0o660)
        return
    if os.getuid() == 0 and like is not None and like.exists():
        st = like.stat()
        os.chown(path, st.st_uid, st.st_gid)
    os.chmod(path, 0o600)


def _name(uid: int) -> str:
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:
        return str(uid)


def _members(gid: int) -> set[str]:
    try:
        group = grp.getgrgid(gid)
    except KeyError:
        return set()
    members = set(group.gr_mem)
    members.update(p.pw_name for p in pwd.getpwall() if p.pw_gid == gid)
    return members


def problems(target: str) -> list[str]:
    """Files of a shared database that a desk of the group could not read or
    write, or that others could: wrong group, mode, or an owner outside the
    group. Empty for a personal database."""
    folder = shared_folder(target)
    if folder is None:
        return []
    path = sqlite_path(target)
    assert path is not None
    st = folder.stat()
    gid = st.st_gid
    group = _group_name(gid)
    members = _members(gid)
    found: list[str] = []
    if stat.S_IMODE(st.st_mode) != 0o2770:
        found.append(f"folder {folder}: mode {stat.S_IMODE(st.st_mode):04o}, seharusnya 2770")
    files = [path.absolute(), *(path.absolute().with_name(path.name + s) for s in SIDE_SUFFIXES)]
    for sub in ("backups", "attachments"):
        base = folder / sub
        if base.is_dir():
            files.append(base)
            files.extend(sorted(base.rglob("*")))
    for p in files:
        try:
            pst = p.lstat()
        except OSError:
            continue
        mode = stat.S_IMODE(pst.st_mode)
        what = f"{p.relative_to(folder) if p.is_relative_to(folder) else p}"
        if stat.S_ISLNK(pst.st_mode):
            found.append(f"{what}: tautan simbolik (tidak boleh ada di folder bersama)")
            continue
        if pst.st_gid != gid:
            found.append(f"{what}: grup {_group_name(pst.st_gid)}, seharusnya {group}")
        wanted = 0o070 if stat.S_ISDIR(pst.st_mode) else 0o060
        if mode & wanted != wanted:
            found.append(f"{what}: mode {mode:04o}, grup {group} harus dapat membaca dan menulis")
        if mode & 0o007:
            found.append(f"{what}: mode {mode:04o}, pengguna lain tidak boleh mengakses")
        owner = _name(pst.st_uid)
        if pst.st_uid != 0 and owner not in members:
            found.append(f"{what}: pemilik {owner} bukan anggota grup {group}")
    if len(found) > MAX_LISTED:
        found = [*found[:MAX_LISTED], f"… dan {len(found) - MAX_LISTED} lagi"]
    return found


def _group_name(gid: int) -> str:
    try:
        return grp.getgrgid(gid).gr_name
    except KeyError:
        return str(gid)
