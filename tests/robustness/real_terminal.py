"""The real ``sambang`` in a pseudo-terminal (no tmux, no pexpect): start it,
type into it like a person, read what it draws, signal it, hang up on it.

The screen is read as text with the escape sequences taken out; a wait for
a word polls that text until a deadline and fails with the last screen.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from typing import Any

ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[PX^_\]].*?(?:\x1b\\|\x07)|\x1b[@-Z\\-_]")
KEYS = {
    "f4": "\x1bOS",
    "enter": "\r",
    "tab": "\t",
    "ctrl+q": "\x11",
    "ctrl+s": "\x13",
    "escape": "\x1b",
}


def _own_terminal() -> None:
    """In the child: a session of its own with the pty (stdin) as its
    controlling terminal, as a login over SSH has; closing the pty's other
    end then sends it SIGHUP from the kernel."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class RealApp:
    """``python -m sambang_tui --db TARGET`` on a pty of 80×24."""

    def __init__(self, target: str, env: dict[str, str], *, timeout: float = 30.0) -> None:
        self.timeout = timeout
        self.raw = ""
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        self.master: int | None = master
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "sambang_tui", "--db", target],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**env, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"},
            preexec_fn=_own_terminal,
            close_fds=True,
        )
        os.close(slave)

    # -- reading ---------------------------------------------------------------

    def _pump(self, wait: float) -> None:
        if self.master is None:
            return
        ready, _, _ = select.select([self.master], [], [], wait)
        if not ready:
            return
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # the child is gone
            return
        self.raw += chunk.decode("utf-8", "replace")

    @property
    def text(self) -> str:
        """Everything drawn so far, without escape sequences."""
        return ESCAPES.sub("", self.raw)

    def wait_for(self, check: str | Callable[[], Any], what: str = "") -> Any:
        """Poll until ``check`` (a word on the screen, or a callable that
        returns something true) holds; fail with the screen at the deadline."""
        deadline = time.monotonic() + self.timeout
        while True:
            if isinstance(check, str):
                if check in self.text:
                    return True
            else:
                found = check()
                if found:
                    return found
            if self.proc.poll() is not None:
                self._pump(0.05)
                raise AssertionError(
                    f"the app ended ({self.proc.returncode}) waiting for {what or check!r}:\n"
                    + self.text[-2000:]
                )
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"timed out waiting for {what or check!r}:\n{self.text[-2000:]}"
                )
            self._pump(0.05)

    def mark(self) -> None:
        """Forget what was drawn so far (a later ``wait_for`` sees new text only)."""
        self.raw = ""

    # -- typing ----------------------------------------------------------------

    def press(self, *keys: str, pause: float = 0.15) -> None:
        """Keys by name (``f4``, ``enter``…) or literal text, one at a time
        with a person's pause between them."""
        assert self.master is not None
        for key in keys:
            os.write(self.master, KEYS.get(key, key).encode())
            end = time.monotonic() + pause
            while time.monotonic() < end:
                self._pump(max(0.0, end - time.monotonic()))

    def type(self, text: str) -> None:
        for char in text:
            self.press(char, pause=0.02)

    # -- ending ------------------------------------------------------------------

    def signal(self, signum: int) -> None:
        self.proc.send_signal(signum)

    def hang_up(self) -> None:
        """What a dropped SSH link does: the terminal goes away (the kernel
        then sends the process SIGHUP)."""
        if self.master is not None:
            os.close(self.master)
            self.master = None

    def wait_exit(self, timeout: float | None = None) -> int:
        deadline = time.monotonic() + (timeout or self.timeout)
        while self.proc.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"the app did not end:\n{self.text[-2000:]}")
            self._pump(0.05)
        self._pump(0.05)
        return self.proc.returncode

    def close(self) -> None:
        """Always leave nothing behind: kill the child if it still runs."""
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
        if self.master is not None:
            os.close(self.master)
            self.master = None

    def __enter__(self) -> RealApp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
