"""Building the app for pilot tests: ``make_app(target, **kw)``.

``make_app`` connects to ``target`` (path or URL), maps the OS user
(``SAMBANG_USER``, or ``user=``) to an actor and returns a ``SambangApp``.
By default the theme is pinned to the default one (so snapshots do not
depend on the test terminal's TERM) and the daily backup is off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sambang_tui.config import Settings
from sambang_tui.services.admin import runtime


def make_app(
    target: str,
    *,
    user: str | None = None,
    theme: str | None = "sambang",
    settings: Settings | None = None,
    **settings_values: Any,
):
    """A ready ``SambangApp`` on ``target``.

    ``theme=None`` lets the app choose by the terminal; other keyword
    arguments are set on the ``Settings`` (e.g. ``keymap={...}``,
    ``compact=True``, ``auto_backup=True``).
    """
    from sambang_tui.ui.app import SambangApp
    from sambang_tui.ui.context import AppContext

    settings = settings or Settings(auto_backup=False)
    if theme is not None:
        settings.theme = theme
    for key, value in settings_values.items():
        setattr(settings, key, value)
    runtime.connect(target)
    actor = runtime.actor_for(user)
    ctx = AppContext(
        db_target=target,
        actor=actor,
        station_name=runtime.station_for().name,
        settings=settings,
    )
    return SambangApp(ctx)


async def wait(pilot: Any) -> None:
    """Let workers finish and their results reach the screen — and the
    workers those results start (a list that loads and then opens a form
    that loads), until none is left running. A worker cancelled meanwhile
    (its screen closed, or an exclusive one replacing it) is no failure; a
    worker that raised is."""
    import asyncio

    from textual.worker import WorkerCancelled, WorkerState

    await pilot.pause()
    for _ in range(20):
        states = {worker: worker.state for worker in pilot.app.workers}
        running = [worker for worker, state in states.items() if state == WorkerState.RUNNING]
        if not running and WorkerState.PENDING not in states.values():
            break
        results = await asyncio.gather(
            *[worker.wait() for worker in running], return_exceptions=True
        )
        for result in results:
            if isinstance(result, BaseException) and not isinstance(result, WorkerCancelled):
                raise result
        await pilot.pause()


async def wait_until(pilot: Any, done: Callable[[], object], rounds: int = 100) -> None:
    """`wait` until `done()` holds (or `rounds` are spent; the caller's
    assert then says what is missing). What starts after a paint, or on a
    worker a screen starts when it is shown, may not have begun when one
    round of `wait` returns on a loaded machine."""
    for _ in range(rounds):
        await wait(pilot)
        if done():
            break
    await wait(pilot)


async def poll_until(pilot: Any, done: Callable[[], object], tries: int = 250) -> None:
    """Pause in short slices until `done()` holds, without waiting for
    workers: for a test that holds a worker on purpose and looks at the
    screen meanwhile. Fails if it never holds (about 5 s and more)."""
    for _ in range(tries):
        if done():
            return
        await pilot.pause(0.02)
    raise AssertionError("the screen never got there")


def screen_text(app: Any) -> str:
    """Everything the current screen shows, as plain text (for asserts)."""
    from textual.widgets import DataTable, Static

    parts: list[str] = []
    for widget in app.screen.query("*"):
        if isinstance(widget, Static):
            parts.append(str(widget.render()))
        elif isinstance(widget, DataTable):
            for row_key in widget.rows:
                parts.append(" | ".join(str(c) for c in widget.get_row(row_key)))
    return "\n".join(parts)


def screen_lines(app: Any) -> list[str]:
    """The terminal as plain text lines, as the person sees it."""
    return [strip.text for strip in app.screen._compositor.render_strips()]
