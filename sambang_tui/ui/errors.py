"""What a person sees when something goes wrong, and the log file that
keeps what they should not have to see.

Errors a person can act on (``ServiceError``, an unavailable database) are
shown with their own message. Anything else is written with its traceback
to ``sambang.log`` in the user log dir and shown as one short sentence.
"""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from textual.worker import WorkerFailed

from sambang_tui import config
from sambang_tui.i18n import t
from sambang_tui.services.admin.runtime import DatabaseUnavailable
from sambang_tui.services.core.database_errors import explain
from sambang_tui.services.core.errors import ServiceError

LOGGER_NAME = "sambang"
_handlers: dict[Path, logging.Handler] = {}


def log_path() -> Path:
    return config.log_dir() / "sambang.log"


def logger() -> logging.Logger:
    """The app logger, writing to the current log dir (which tests change)."""
    log = logging.getLogger(LOGGER_NAME)
    path = log_path()
    if path not in _handlers:
        for old in _handlers.values():
            log.removeHandler(old)
            old.close()
        _handlers.clear()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handler: logging.Handler = logging.handlers.RotatingFileHandler(
                path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
        except OSError:
            handler = logging.NullHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
        _handlers[path] = handler
    return log


@dataclass(frozen=True)
class Shown:
    """A notification for an error: the text and its severity."""

    message: str
    severity: str = "error"
    expected: bool = True


def _is_database_error(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.Error):
        return True
    module = type(exc).__module__
    return module.startswith(("peewee", "psycopg"))


def unwrap(exc: BaseException) -> BaseException:
    if isinstance(exc, WorkerFailed):
        return exc.error
    return exc


def describe(exc: BaseException, db_target: str = "") -> Shown:
    """Turn an exception into what to show, logging the unexpected ones."""
    exc = unwrap(exc)
    if isinstance(exc, ServiceError):
        return Shown(exc.message, "warning")
    if isinstance(exc, DatabaseUnavailable):
        return Shown(str(exc), "error")
    if _is_database_error(exc):
        logger().error("database error", exc_info=exc)
        return Shown(explain(db_target, exc), "error")
    logger().error("unexpected error", exc_info=exc)
    return Shown(t("shell.error_logged", name=type(exc).__name__, path=log_path()), "error", False)
