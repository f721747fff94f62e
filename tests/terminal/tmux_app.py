"""The installed ``sambang`` in a real terminal: a tmux session of 80×24
with a given TERM, typed into with ``send-keys`` (one call arrives as one
read, as over a slow SSH link), pasted into with a bracketed paste
(``load-buffer`` then ``paste-buffer -p``), read with ``capture-pane``.
Waits poll the screen until a deadline, never sleep blindly."""

from __future__ import annotations

import atexit
import contextlib
import os
import shlex
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

SAMBANG = str(Path(sys.executable).with_name("sambang"))
# a tmux server of the tests' own, one per test process: a developer's tmux (and its
# kill-server) and the tests never meet
SOCKET = Path(tempfile.gettempdir()) / f"sambang-tests-{os.getpid()}.tmux"


def tmux(*args: str, check: bool = True) -> str:
    done = subprocess.run(
        ["tmux", "-S", str(SOCKET), *args], capture_output=True, text=True, timeout=30
    )
    if check and done.returncode != 0:
        raise AssertionError(f"tmux {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


@atexit.register
def _end_server() -> None:
    if SOCKET.exists():
        subprocess.run(["tmux", "-S", str(SOCKET), "kill-server"], capture_output=True, timeout=30)
        SOCKET.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"  # a zombie has ended


class TmuxApp:
    """``sambang --db TARGET`` in its own tmux session; ``keys`` counts the
    keys sent that are not free text (the seed story's budget)."""

    def __init__(self, target: str, env: dict[str, str], term: str, timeout: float = 60.0):
        self.name = f"sambang-test-{uuid.uuid4().hex[:10]}"
        self.timeout = timeout
        self.keys = 0
        self.free_text = 0
        exports = " ".join(
            f"{k}={shlex.quote(v)}"
            for k, v in env.items()
            if k.startswith(("SAMBANG_", "TEXTUAL_"))
            # PYTHONPATH: the tree under test (a worktree run with the main venv)
            or k in ("HOME", "PATH", "LANG", "NO_COLOR", "PYTHONPATH")
        )
        # the pane stays after the app ends, to read its last screen
        command = f"env -i {exports} TERM={term} {shlex.quote(SAMBANG)} --db {shlex.quote(target)}"
        tmux(
            "new-session", "-d", "-s", self.name, "-x", "80", "-y", "24",
            f"{command}; echo SAMBANG_EXIT=$?; sleep 600",
        )  # fmt: skip
        tmux("set-option", "-t", self.name, "remain-on-exit", "on", check=False)

    # -- reading ---------------------------------------------------------------

    def screen(self) -> str:
        return tmux("capture-pane", "-p", "-t", self.name, check=False)

    def wait_for(self, text: str, what: str = "", gone: bool = False) -> str:
        """Poll until ``text`` is on the screen (or, with ``gone``, is not)."""
        deadline = time.monotonic() + self.timeout
        while True:
            shown = self.screen()
            if (text in shown) != gone:
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what or text!r}:\n{shown}")
            time.sleep(0.1)

    # -- typing ----------------------------------------------------------------

    def key(self, *names: str) -> None:
        """Keys by tmux name (``Enter``, ``Tab``, ``C-s``, ``F4``), counted."""
        self.keys += len(names)
        tmux("send-keys", "-t", self.name, *names)

    def type(self, text: str) -> None:
        """Characters of structured input (dates, codes, counts), counted."""
        self.keys += len(text)
        tmux("send-keys", "-t", self.name, "-l", text)

    def free(self, text: str) -> None:
        """Free text (place, narrative…): typed, not counted."""
        self.free_text += len(text)
        tmux("send-keys", "-t", self.name, "-l", text)

    def burst(self, *parts: str) -> None:
        """Keys and text in one send-keys call: one read for the app."""
        tmux("send-keys", "-t", self.name, *parts)

    def paste(self, text: str) -> None:
        """A terminal's bracketed paste, as a chat message arrives over SSH."""
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
            handle.write(text)
        try:
            tmux("load-buffer", "-b", self.name, handle.name)
            tmux("paste-buffer", "-p", "-d", "-b", self.name, "-t", self.name)
        finally:
            os.unlink(handle.name)

    # -- ending ----------------------------------------------------------------

    def _children(self) -> list[int]:
        """The processes the pane's shell runs (none once the session is gone)."""
        pane = tmux("display-message", "-p", "-t", self.name, "#{pane_pid}", check=False).strip()
        if not pane:
            return []
        found = subprocess.run(["pgrep", "-P", pane], capture_output=True, text=True)
        return [int(child) for child in found.stdout.split()]

    def pid(self) -> int:
        """The sambang process (the pane runs a shell that runs it)."""
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            for child in self._children():
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
                if b"sambang" in cmdline:
                    return child
            time.sleep(0.1)
        raise AssertionError("no sambang process in the pane")

    def exit_code(self) -> int:
        shown = self.wait_for("SAMBANG_EXIT=", "the app to end")
        line = next(x for x in shown.splitlines() if "SAMBANG_EXIT=" in x)
        return int(line.split("SAMBANG_EXIT=")[1].split()[0])

    def close(self) -> None:
        """Kill the session and wait for the app to be gone: a hung-up app
        still writes its draft, which must not land in the next test's
        database (one database per worker on PostgreSQL)."""
        alive = self._children()
        with contextlib.suppress(Exception):
            tmux("kill-session", "-t", self.name, check=False)
        deadline = time.monotonic() + 20
        while alive and time.monotonic() < deadline:
            alive = [p for p in alive if _running(p)]
            time.sleep(0.05)

    def __enter__(self) -> TmuxApp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
