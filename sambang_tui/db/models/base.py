"""What every model shares: the database they are bound to (``database_proxy``,
opened by ``db.database``), the base classes, and the two column defaults
(the creation stamp and the stable row key)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

from peewee import AutoField, DatabaseProxy, IntegerField, Model

database_proxy = DatabaseProxy()


def stamp() -> dt.datetime:
    """Now, to the second: the default of the columns that stamp a row's
    creation or change (the db layer's one read of the wall clock)."""
    return dt.datetime.now().replace(microsecond=0)


def new_uid() -> str:
    """A row's stable key across databases (a station's export into the
    Polres database, migration 0009)."""
    return uuid.uuid4().hex


class BaseModel(Model):
    """Rows typed for mypy through peewee's own stubs: the ``id`` peewee adds
    to every model without a declared key, and (per model) the ids of its
    foreign keys, declared under TYPE_CHECKING so nothing changes at run time."""

    if TYPE_CHECKING:
        id = AutoField()

    class Meta:
        database = database_proxy
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A row edited under optimistic locking (``store.update_versioned``).
    Each such model declares its own ``version`` column, so the columns keep
    their order; this class only tells mypy that it has one."""

    if TYPE_CHECKING:
        version = IntegerField(default=1)
