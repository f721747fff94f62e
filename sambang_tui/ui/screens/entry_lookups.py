"""What the entry form completes from, read once when it opens."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master import lookup
from sambang_tui.services.master.operations import list_operations
from sambang_tui.services.reports.results import EditableReport
from sambang_tui.ui.widgets.entry_picker import PickItem

CONTACT_LIMIT = 2000
OFFICER_LIMIT = 1000


@dataclass
class Lookups:
    """Everything the form completes from, read once when it opens."""

    officers: list[PickItem] = field(default_factory=list)
    types: list[PickItem] = field(default_factory=list)
    kelurahan: list[PickItem] = field(default_factory=list)
    contacts: list[PickItem] = field(default_factory=list)
    operations: list[PickItem] = field(default_factory=list)
    problems: list[PickItem] = field(default_factory=list)
    areas: dict[int, dict[int, list[int]]] = field(default_factory=dict)
    # what the kelurahan and operation default from, by date
    assignments: list[lookup.Span] = field(default_factory=list)
    operation_spans: list[lookup.Span] = field(default_factory=list)

    def defaults(self, officer_id: int | None, day: dt.date) -> tuple[int | None, int | None]:
        """The officer's kelurahan and the operation running on ``day``."""
        kel = lookup.span_on(self.assignments, day, officer_id) if officer_id else None
        return kel, lookup.span_on(self.operation_spans, day)


@dataclass
class Opening:
    lookups: Lookups
    editable: EditableReport | None
    draft: tuple[dict[str, Any], dt.datetime] | None


def read_lookups(actor: Actor) -> Lookups:
    found = Lookups()
    found.officers = [
        PickItem(c.id, c.label) for c in lookup.officers(actor, "", limit=OFFICER_LIMIT)
    ]
    found.types = [
        PickItem(c.id, c.name, c.code, code=c.code, kind=c.form_kind)
        for c in lookup.activity_types("", limit=200)
    ]
    kelurahan = lookup.kelurahan(actor, "", limit=500)
    found.kelurahan = [PickItem(c.id, c.label, c.detail) for c in kelurahan]
    found.contacts = [
        PickItem(c.id, c.label, c.detail.replace("_", " "))
        for c in lookup.contacts(actor, "", limit=CONTACT_LIMIT)
    ]
    found.operations = [
        PickItem(o.id, o.name, f"{o.start:%d/%m/%Y}–{o.end:%d/%m/%Y}")
        for o in list_operations(actor)
    ]
    found.problems = [PickItem(c.id, c.label, c.detail) for c in lookup.open_problems(actor)]
    found.assignments = lookup.assignment_spans(actor)
    found.operation_spans = lookup.operation_spans(actor)
    numbers = lookup.area_numbers(actor)
    found.areas = {kel.id: numbers.get(kel.id, {}) for kel in kelurahan}
    return found
