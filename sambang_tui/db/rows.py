"""Rows of a query typed as what ``.tuples()`` and ``.dicts()`` make of them.

peewee's stubs type ``query.tuples()`` and ``query.dicts()`` as the query
itself, so mypy thinks their rows are model instances ("Report" object is not
iterable). These call the same methods on the same query and only say what the
rows are; nothing changes at run time (the query's results are still cached and
can be iterated twice).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from peewee import BaseQuery, Model


def tuple_rows(query: BaseQuery) -> Iterable[tuple[Any, ...]]:
    """``query.tuples()``: each row a tuple of the selected columns."""
    return cast("Iterable[tuple[Any, ...]]", query.tuples())


def dict_rows(query: BaseQuery) -> Iterable[dict[str, Any]]:
    """``query.dicts()``: each row a dict of the selected columns by name."""
    return cast("Iterable[dict[str, Any]]", query.dicts())


def aliased(row: Model, name: str) -> Any:
    """A value selected beside the row's columns, under ``.alias(name)`` or a
    joined model's column put on the row by ``.objects()``: peewee sets it as
    an attribute the model does not declare."""
    return getattr(row, name)
