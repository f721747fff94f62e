"""A PostgreSQL cluster whose local socket uses peer authentication, and
throw-away OS users who connect to it as themselves — the station server of
the README, built by the test session (as root, as CI runs).

- ``Cluster.start()``: ``initdb`` and ``pg_ctl`` as the ``postgres`` OS user
  in a scratch folder, socket only (no TCP), ``local all all peer`` with one
  ident map: root may connect as ``postgres`` (the tests' superuser, like
  ``runuser -u postgres``), everyone else only as themselves.
- ``OsUsers``: ``useradd`` users with unique names, removed at the end.
- ``run_as(user, fn, …)``: fork, drop to that user's uid/gid, run ``fn`` and
  hand back its result or its exception. The project lives under paths the
  user may not read (/root is 0700), so everything the child needs must be
  imported before the fork (``preload``).
- ``psql_as(user, sql)``: the real ``psql`` client as that user.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import pkgutil
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PG_ROOT = Path("/usr/lib/postgresql")


def pg_bin() -> Path:
    versions = sorted(PG_ROOT.glob("*/bin"), key=lambda p: int(p.parent.name))
    if not versions:
        raise RuntimeError("PostgreSQL server binaries not found under /usr/lib/postgresql")
    return versions[-1]


def require_root() -> None:
    if os.getuid() != 0:
        raise RuntimeError(
            "the station-server tests create OS users and a PostgreSQL cluster: run them as "
            "root (CI does, see .ci/run)"
        )


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path = field(default_factory=pg_bin)

    @classmethod
    def start(cls) -> Cluster:
        require_root()
        folder = Path(tempfile.mkdtemp(prefix="sambang-peer-"))
        folder.chmod(0o755)  # the socket lives here: every test user must reach it
        shutil.chown(folder, "postgres")
        cluster = cls(folder, free_port())
        data = folder / "data"
        cluster._as_postgres(
            "initdb", "-D", str(data), "-U", "postgres", "--auth-local=peer",
            "--auth-host=reject", "--no-sync",
        )  # fmt: skip
        (data / "pg_hba.conf").write_text("local all all peer map=sambang\n")
        (data / "pg_ident.conf").write_text("sambang root postgres\nsambang /^(.*)$ \\1\n")
        options = f"-p {cluster.port} -k {folder} -c listen_addresses='' -c fsync=off"
        cluster._as_postgres(
            "pg_ctl", "-D", str(data), "-l", str(folder / "log"), "-w", "-t", "60", "-o", options,
            "start",
        )  # fmt: skip
        return cluster

    def _as_postgres(self, tool: str, *args: str) -> None:
        subprocess.run(
            ["runuser", "-u", "postgres", "--", str(self.bin / tool), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._as_postgres("pg_ctl", "-D", str(self.folder / "data"), "-m", "fast", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str, user: str | None = None) -> str:
        who = f"{user}@" if user else ""
        return f"postgresql://{who}/{database}?host={self.folder}&port={self.port}"

    def psql(self, user: str, database: str, sql: str) -> subprocess.CompletedProcess[str]:
        """``psql`` as the OS user ``user`` (root connects as ``postgres``)."""
        cmd = [
            str(self.bin / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-A", "-t",
            "-h", str(self.folder), "-p", str(self.port), "-d", database, "-c", sql,
        ]  # fmt: skip
        if user == "postgres":
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        elif user != "root":
            cmd = ["runuser", "-u", user, "--", *cmd]
        return subprocess.run(
            cmd, capture_output=True, text=True, stdin=subprocess.DEVNULL, cwd="/", check=False
        )


@dataclass
class OsUsers:
    """Throw-away OS users named ``sb<hex>_<role>``; ``remove()`` deletes them."""

    tag: str = field(default_factory=lambda: "sb" + secrets.token_hex(3))
    created: list[str] = field(default_factory=list)

    def add(self, role: str) -> str:
        name = f"{self.tag}_{role}"
        subprocess.run(
            ["useradd", "--no-create-home", "--shell", "/usr/sbin/nologin", name],
            check=True,
            stdin=subprocess.DEVNULL,
        )
        self.created.append(name)
        return name

    def remove(self) -> None:
        for name in self.created:
            subprocess.run(["userdel", name], check=False, stderr=subprocess.DEVNULL)
        self.created.clear()


def preload() -> None:
    """Import every non-UI module of the project (and what they import), so
    a forked child that cannot read /root still has them."""
    import sambang_tui

    for info in pkgutil.walk_packages(sambang_tui.__path__, "sambang_tui."):
        skip = info.name.startswith("sambang_tui.ui") or ".migrations." in info.name
        if skip or info.name.endswith("__main__"):
            continue
        importlib.import_module(info.name)
    for name in (
        "traceback", "errno", "csv", "json", "uuid", "psycopg", "psycopg.errors",
        "encodings.utf_8_sig",
    ):  # fmt: skip
        importlib.import_module(name)


@dataclass
class ChildError(Exception):
    """An exception raised in a ``run_as`` child: its type name and text."""

    kind: str
    message: str
    trace: str = ""

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"


def run_as(
    user: str, fn: Callable[..., Any], *args: Any, env: dict[str, str | None] | None = None
) -> Any:
    """Run ``fn(*args)`` in a child process as the OS user ``user``; return
    its result or raise ``ChildError`` with what it raised. ``env`` sets
    variables (None: unset). Close database connections before calling: the
    child must not share the parent's."""
    entry = pwd.getpwnam(user)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(read)
        status = 0
        try:
            os.setgroups([])
            os.setgid(entry.pw_gid)
            os.setuid(entry.pw_uid)
            for name, value in (env or {}).items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
            os.environ["HOME"] = "/nonexistent"
            os.environ["USER"] = os.environ["LOGNAME"] = "root"  # must not matter
            os.chdir("/")
            try:
                payload = ("ok", fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the parent
                payload = ("error", (type(exc).__name__, str(exc), traceback.format_exc()))
            data = pickle.dumps(payload)
        except BaseException as exc:  # noqa: BLE001
            data = pickle.dumps(("error", (type(exc).__name__, str(exc), traceback.format_exc())))
            status = 1
        with os.fdopen(write, "wb") as fh:
            fh.write(data)
        os._exit(status)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    os.waitpid(pid, 0)
    kind, value = pickle.loads(data)
    if kind == "error":
        raise ChildError(*value)
    return value
