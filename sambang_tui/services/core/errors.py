"""The errors services raise. Each names its message by a key of the
interface catalogue (``sambang_tui/i18n``) with parameters, so the desk
officer reads it in the chosen language: ``.message`` (and ``str()``) render
it when shown. A key's Indonesian text is the sentence shown to the officer."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sambang_tui.i18n import t


class Msg:
    """A catalogue key with parameters, rendered in the current language when
    shown. A parameter may itself be a ``Msg`` (a field's label, a reason)."""

    __slots__ = ("key", "params")

    def __init__(self, key: str, **params: object) -> None:
        self.key = key
        self.params = params

    def __str__(self) -> str:
        return t(self.key, **self.params)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return f"Msg({self.key!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Msg) and (self.key, self.params) == (other.key, other.params)

    def __hash__(self) -> int:
        return hash(self.key)


class ServiceError(Exception):
    """Base of every error a person can act on: ``key`` and ``params`` name
    the message; ``message`` (and ``str()``) is it in the current language."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    @property
    def text(self) -> Msg:
        return Msg(self.key, **self.params)

    @property
    def message(self) -> str:
        return t(self.key, **self.params)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class FieldError:
    field: str
    key: str
    params: dict[str, object] = dataclasses.field(default_factory=dict)

    @property
    def message(self) -> str:
        return t(self.key, **self.params)

    @classmethod
    def of(cls, field: str, error: ServiceError) -> FieldError:
        """``error``'s message, placed on ``field``."""
        return cls(field, error.key, dict(error.params))


class ValidationError(ServiceError):
    """Input is wrong. ``field`` names the first bad field; ``errors`` all."""

    def __init__(
        self, field: str, key: str, errors: list[FieldError] | None = None, **params: object
    ) -> None:
        super().__init__(key, **params)
        self.field = field
        self.errors = errors or [FieldError(field, key, params)]

    @classmethod
    def many(cls, errors: list[FieldError]) -> ValidationError:
        first = errors[0]
        return cls(first.field, first.key, errors, **first.params)


@dataclass
class Change:
    field: str
    mine: object
    theirs: object


class ConflictError(ServiceError):
    """The row was saved again after it was read (by someone else, or by the
    same person in another window). ``changes`` lists the fields where what
    is stored now differs from what this person wants to save; ``by`` and
    ``at`` say who saved last (an officer's rank and name, else the login)
    and when, where known; ``by_login`` is that login."""

    def __init__(
        self,
        table: str,
        row_id: int,
        changes: list[Change],
        by: str = "",
        at: object = None,
        current_version: int = 0,
        by_login: str = "",
    ) -> None:
        names = ", ".join(c.field for c in changes) or "-"
        if by:
            super().__init__("core.err.conflict_by", by=by, fields=names)
        else:
            super().__init__("core.err.conflict", fields=names)
        self.table = table
        self.row_id = row_id
        self.changes = changes
        self.by = by
        self.by_login = by_login or by
        self.at = at
        self.current_version = current_version


class NotFound(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass
