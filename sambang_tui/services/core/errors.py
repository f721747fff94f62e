"""The errors services raise. Each carries an Indonesian message fit to show
to the desk officer as it is."""

from __future__ import annotations

from dataclasses import dataclass, field


class ServiceError(Exception):
    """Base of every error a person can act on; ``str()`` is the message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str


class ValidationError(ServiceError):
    """Input is wrong. ``field`` names the first bad field; ``errors`` all."""

    def __init__(self, field: str, message: str, errors: list[FieldError] | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.errors = errors or [FieldError(field, message)]

    @classmethod
    def many(cls, errors: list[FieldError]) -> ValidationError:
        first = errors[0]
        return cls(first.field, first.message, errors)


@dataclass
class Change:
    field: str
    mine: object
    theirs: object


class ConflictError(ServiceError):
    """Someone else saved the row after it was read. ``changes`` lists the
    fields where what is stored now differs from what this person wants to
    save; ``by`` and ``at`` say who saved last and when, where known."""

    def __init__(
        self,
        table: str,
        row_id: int,
        changes: list[Change],
        by: str = "",
        at: object = None,
        current_version: int = 0,
    ) -> None:
        names = ", ".join(c.field for c in changes) or "-"
        who = f" oleh {by}" if by else ""
        super().__init__(
            f"Data ini sudah diubah{who} sejak dibuka. Berbeda: {names}. "
            "Muat ulang atau simpan versi Anda."
        )
        self.table = table
        self.row_id = row_id
        self.changes = changes
        self.by = by
        self.at = at
        self.current_version = current_version


class NotFound(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


@dataclass
class Warnings:
    """Non-blocking remarks returned beside a saved result."""

    messages: list[str] = field(default_factory=list)
