"""Database work off the UI thread.

``run_db`` runs a function in a thread worker inside its own connection
context and hands the result back on the UI thread; an exception becomes a
notification through the app's error hook instead of a traceback.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from textual.dom import DOMNode
from textual.worker import Worker, get_current_worker

from sambang_tui.services.admin import reads, runtime

T = TypeVar("T")


def run_db(
    node: DOMNode,
    fn: Callable[[], T],
    on_done: Callable[[T], Any] | None = None,
    *,
    on_error: Callable[[BaseException], Any] | None = None,
    group: str = "db",
    exclusive: bool = False,
    name: str = "",
    reads_only: bool = False,
) -> Worker[None]:
    """Run ``fn()`` on a worker thread; call ``on_done(result)`` (or
    ``on_error(exc)``, else the app's error report) on the UI thread.

    With ``exclusive`` a newer call in the same group supersedes an older
    one: the older result is dropped. ``reads_only`` work (it must never
    write) is abandoned when the app leaves (``SambangApp.leaving``): the
    app does not wait for its query to end.
    """
    app = node.app
    leaving: threading.Event | None = getattr(app, "leaving", None) if reads_only else None

    def guarded(callback: Callable[..., Any], value: object) -> None:
        try:
            callback(value)
        except Exception as exc:  # noqa: BLE001
            report = getattr(app, "report_error", None)
            if report is None:
                raise
            report(exc)

    def deliver(callback: Callable[..., Any], value: object) -> None:
        if get_current_worker().is_cancelled:
            return
        with contextlib.suppress(RuntimeError):  # the app is shutting down
            app.call_from_thread(guarded, callback, value)

    def task() -> None:
        if get_current_worker().is_cancelled:
            # superseded, or its screen or the app closed, before this thread began
            return
        try:
            with runtime.session() if leaving is None else reads.read_session(leaving):
                result = fn()
        except Exception as exc:  # noqa: BLE001 - every error goes to the person
            if leaving is not None and leaving.is_set():
                return  # abandoned as the app leaves: nobody waits for it
            handler = on_error or getattr(app, "report_error", None)
            if handler is None:
                raise
            deliver(handler, exc)
            return
        if on_done is not None:
            deliver(on_done, result)

    return node.run_worker(
        task,
        name=name or getattr(fn, "__name__", "db"),
        group=group,
        exclusive=exclusive,
        thread=True,
        exit_on_error=False,
    )
