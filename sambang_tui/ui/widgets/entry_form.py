"""The quick-entry form itself: every field of a report in natural order,
grouped, scrolling, with values read into and written from a
``ReportInput``. Database work and saving belong to the screen."""

from __future__ import annotations

import datetime as dt
from typing import Any

from textual.app import ComposeResult
from textual.widget import Widget

from sambang_tui.i18n import t
from sambang_tui.services.core.dates import parse_time
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.vocab import AUDIENCE_CATEGORIES, SITUATIONS, THREAT_LEVELS
from sambang_tui.services.reports.check import END_BEFORE_START, parse_report_date, times_in_order
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.typed_text import read_area_number, read_count
from sambang_tui.ui.widgets.entry_fields import (
    FieldArea,
    FieldInput,
    FieldRow,
    field_id,
    visible,
)
from sambang_tui.ui.widgets.entry_flow import FormFlow
from sambang_tui.ui.widgets.entry_panels import (
    Group,
    HouseholdsPanel,
    InformationPanel,
    Panel,
    ProblemPanel,
)
from sambang_tui.ui.widgets.entry_picker import Picker, PickItem

DATE_FORMAT = "%d/%m/%Y"
TEXT_INPUTS = ("place", "quote_by")
TEXT_AREAS = ("narrative", "message", "findings", "follow_up", "quote_text")
RAW_INPUTS = ("date", "start_time", "end_time", "rw", "rt")
PICKERS = (
    "officer_ids",
    "type_ids",
    "kelurahan_id",
    "contact_ids",
    "threat_level",
    "situation",
    "operation_id",
)
MULTI = {"officer_ids", "type_ids", "contact_ids"}
PANEL_FIELDS = {"information", "households", "problem_id", "new_problem"}


def format_time(value: dt.time | None) -> str:
    return value.strftime("%H.%M") if value else ""


def audience_field(category: str) -> str:
    return f"audience.{category}"


class _MainGroup(Group):
    """A group whose fields are given as rows."""

    def __init__(self, title: str, rows: list[Widget]) -> None:
        super().__init__(title, classes="group")
        self.rows = rows

    def compose(self) -> ComposeResult:
        yield self.compose_title()
        yield from self.rows


class EntryForm(FormFlow):
    DEFAULT_CSS = """
    EntryForm { height: 1fr; padding: 0 1; }
    EntryForm Input { height: 1; }
    EntryForm #f-date { width: 12; }
    EntryForm #f-start-time, EntryForm #f-end-time { width: 7; }
    EntryForm #f-rw, EntryForm #f-rt { width: 5; }
    EntryForm .count { width: 6; }
    EntryForm TextArea { width: 1fr; }
    EntryForm .panel { display: none; }
    EntryForm .panel.-shown { display: block; }
    EntryForm #f-place { width: 1fr; }
    /* A bar left of every field shows where it is, even empty; the focused
       field's bar is a full block, so focus shows by its shape in 256 or 16
       colours and under NO_COLOR, not by a shade alone (compact inputs drop
       borders with !important, hence the !important). */
    EntryForm Input.-textual-compact, EntryForm TextArea.-textual-compact {
        background: $panel;
        border-left: solid $primary !important;
    }
    EntryForm Input:focus, EntryForm TextArea:focus {
        background: $primary 35%;
        border-left: thick $accent !important;
        text-style: bold;
    }
    EntryForm Input:ansi, EntryForm TextArea:ansi {
        background: ansi_default;
        border-left: solid ansi_blue !important;
    }
    EntryForm Input:ansi:focus, EntryForm TextArea:ansi:focus {
        border-left: thick ansi_bright_cyan !important;
    }
    EntryForm .lbl-note { height: 1; color: $text-muted; padding-left: 13; }
    """

    def __init__(self) -> None:
        super().__init__()
        self._held_marks: set[str] = set()  # for panel fields not yet made

    def compose(self) -> ComposeResult:
        def inp(name: str, **kw: Any) -> FieldInput:
            return FieldInput(name, **kw)

        def picker(name: str, placeholder: str = "") -> Picker:
            return Picker(
                name,
                multiple=name in MULTI,
                placeholder=placeholder or t("entry.ph.pick"),
                id=field_id(name),
            )

        def lbl(name: str) -> str:
            return t(f"entry.f.{name}")

        def row(*names_widgets: tuple[str, Widget], extra: tuple[str, ...] = ()) -> FieldRow:
            fields = tuple(getattr(w, "field", n) for n, w in names_widgets)
            return FieldRow(*[(lbl(n), w) for n, w in names_widgets], fields=fields + extra)

        digits = r"\d{0,3}"
        yield _MainGroup(
            t("entry.group.when"),
            [
                row(
                    ("date", inp("date", placeholder=t("entry.ph.date"))),
                    ("start_time", inp("start_time", placeholder=t("entry.ph.time"))),
                    ("end_time", inp("end_time", placeholder=t("entry.ph.time"))),
                )
            ],
        )
        yield _MainGroup(
            t("entry.group.who"),
            [
                row(("officer_ids", picker("officer_ids", t("entry.ph.officers")))),
                row(("type_ids", picker("type_ids", t("entry.ph.types")))),
            ],
        )
        yield _MainGroup(
            t("entry.group.where"),
            [
                row(("kelurahan_id", picker("kelurahan_id", t("entry.ph.kelurahan")))),
                row(
                    ("rw", inp("rw", restrict=digits)),
                    ("rt", inp("rt", restrict=digits)),
                    ("place", inp("place")),
                ),
            ],
        )
        counts = [(t(f"entry.aud.{c}"), FieldInput(audience_field(c))) for c in AUDIENCE_CATEGORIES]
        for _, widget in counts:
            widget.add_class("count", update=False)  # not mounted: no restyle
        half = (len(counts) + 1) // 2
        yield _MainGroup(
            t("entry.group.met"),
            [
                FieldRow(
                    *counts[:half],
                    fields=("audience", *(w.field for _, w in counts[:half])),
                ),
                FieldRow(*counts[half:], fields=tuple(w.field for _, w in counts[half:])),
                row(("contact_ids", picker("contact_ids", t("entry.ph.contacts")))),
            ],
        )
        yield _MainGroup(
            t("entry.group.story"),
            [
                row(("narrative", FieldArea("narrative", height=4))),
                row(("message", FieldArea("message", height=3))),
                row(("findings", FieldArea("findings", height=2))),
            ],
        )
        yield _MainGroup(
            t("entry.group.assess"),
            [
                row(("threat_level", picker("threat_level")), ("situation", picker("situation"))),
                row(("follow_up", FieldArea("follow_up", height=2))),
                row(("operation_id", picker("operation_id"))),
            ],
        )
        yield _MainGroup(
            t("entry.group.quote"),
            [
                row(("quote_by", inp("quote_by"))),
                row(("quote_text", FieldArea("quote_text", height=2))),
            ],
        )
        yield InformationPanel()
        yield HouseholdsPanel()
        yield ProblemPanel()

    def on_mount(self) -> None:
        self.picker("threat_level").set_items(
            [PickItem(v, t(f"entry.threat.{v}"), code=v[:1]) for v in THREAT_LEVELS]
        )
        self.picker("situation").set_items(
            [PickItem(v, t(f"entry.sit.{v}"), code=v[:1]) for v in SITUATIONS]
        )

    # -- access ---------------------------------------------------------------

    def picker(self, name: str) -> Picker:
        return self.query_one(f"#{field_id(name)}", Picker)

    def input(self, name: str) -> FieldInput:
        return self.query_one(f"#{field_id(name)}", FieldInput)

    def area(self, name: str) -> FieldArea:
        return self.query_one(f"#{field_id(name)}", FieldArea)

    @property
    def info_panel(self) -> InformationPanel:
        return self.query_one(InformationPanel)

    @property
    def households_panel(self) -> HouseholdsPanel:
        return self.query_one(HouseholdsPanel)

    @property
    def problem_panel(self) -> ProblemPanel:
        return self.query_one(ProblemPanel)

    def field_widget(self, name: str) -> Widget | None:
        """The focusable widget of field ``name`` (pickers: their input)."""
        for found in self.query(f"#{field_id(name)}"):
            if isinstance(found, Picker):
                return found.input
            return found
        return None

    def kinds(self) -> set[str]:
        picker = self.picker("type_ids")
        kinds = set()
        for value in picker.values:
            item = picker.item(value)
            if item is not None and item.kind:
                kinds.add(item.kind)
        return kinds

    @property
    def building(self) -> bool:
        """A shown panel's fields are still being made."""
        panels = (self.info_panel, self.households_panel, self.problem_panel)
        return any(p.has_class("-shown") and not p.built for p in panels)

    def update_panels(self) -> None:
        kinds = self.kinds()
        self.info_panel.show("deteksi_dini" in kinds)
        self.households_panel.show("dds" in kinds)
        self.problem_panel.show("problem_solving" in kinds)

    def on_panel_built(self, event: Panel.Built) -> None:
        """Marks put on a panel's fields before they were there."""
        held, self._held_marks = self._held_marks, set()
        if held:
            self.mark_filled(held)

    # -- reading --------------------------------------------------------------

    def collect(self) -> tuple[ReportInput, dict[str, str], dict[str, str]]:
        """What the form holds: the input, the raw text of the fields typed
        as text, and the errors of what does not parse (field → message)."""
        errors: dict[str, str] = {}
        raw = {name: self.input(name).value for name in RAW_INPUTS}
        data = ReportInput()
        try:
            data.date = parse_report_date(raw["date"]) if raw["date"].strip() else None
        except ValidationError as exc:
            errors["date"] = exc.message
        for name in ("start_time", "end_time"):
            try:
                setattr(data, name, parse_time(raw[name], field=name))
            except ValidationError as exc:
                errors[name] = exc.message
        if not times_in_order(data.start_time, data.end_time):
            errors["end_time"] = t(END_BEFORE_START)
        for name in ("rw", "rt"):
            try:
                setattr(data, name, read_area_number(raw[name], name))
            except ValidationError as exc:
                errors[name] = exc.message
        data.officer_ids = [int(v) for v in self.picker("officer_ids").values]
        data.type_ids = [int(v) for v in self.picker("type_ids").values]
        kel = self.picker("kelurahan_id").values
        data.kelurahan_id = int(kel[0]) if kel else None
        data.contact_ids = [int(v) for v in self.picker("contact_ids").values]
        op = self.picker("operation_id").values
        data.operation_id = int(op[0]) if op else None
        threat = self.picker("threat_level").values
        data.threat_level = str(threat[0]) if threat else ""
        situation = self.picker("situation").values
        data.situation = str(situation[0]) if situation else ""
        for name in TEXT_INPUTS:
            setattr(data, name, self.input(name).value)
        for name in TEXT_AREAS:
            setattr(data, name, self.area(name).text)
        for category in AUDIENCE_CATEGORIES:
            name = audience_field(category)
            raw[name] = self.input(name).value
            try:
                given, count = read_count(raw[name], category, name)
            except ValidationError as exc:
                errors[name] = exc.message
                continue
            if given:
                data.audience[category] = count
        kinds = self.kinds()
        if "deteksi_dini" in kinds:
            data.information = self.info_panel.get(errors)
            raw.update(self.info_panel.raw())
        if "dds" in kinds:
            data.households = self.households_panel.get()
        if "problem_solving" in kinds:
            data.problem_id, data.new_problem = self.problem_panel.get()
        for name in PICKERS:
            pending = self.picker(name).text
            if pending:
                raw[name] = pending
        return data, raw, errors

    def snapshot(self) -> dict[str, Any]:
        """The draft form of what is typed: ``ReportInput.to_json()`` plus
        ``_raw``, the text of the fields typed as text."""
        data, raw, _ = self.collect()
        return {**data.to_json(), "_raw": raw}

    # -- writing --------------------------------------------------------------

    def fill(self, data: ReportInput, raw: dict[str, str] | None = None) -> None:
        """Put ``data`` in every field; ``raw`` (from a draft) wins for the
        fields typed as text."""
        raw = raw or {}

        def text_of(name: str, value: str) -> str:
            return raw.get(name, value)

        self.input("date").value = text_of(
            "date", data.date.strftime(DATE_FORMAT) if data.date else ""
        )
        self.input("start_time").value = text_of("start_time", format_time(data.start_time))
        self.input("end_time").value = text_of("end_time", format_time(data.end_time))
        self.input("rw").value = text_of("rw", str(data.rw) if data.rw is not None else "")
        self.input("rt").value = text_of("rt", str(data.rt) if data.rt is not None else "")
        self.picker("officer_ids").set_values(list(data.officer_ids))
        self.picker("type_ids").set_values(list(data.type_ids))
        self.picker("kelurahan_id").set_values(
            [data.kelurahan_id] if data.kelurahan_id is not None else []
        )
        self.picker("contact_ids").set_values(list(data.contact_ids))
        self.picker("operation_id").set_values(
            [data.operation_id] if data.operation_id is not None else []
        )
        self.picker("threat_level").set_values([data.threat_level] if data.threat_level else [])
        self.picker("situation").set_values([data.situation] if data.situation else [])
        for name in PICKERS:
            self.picker(name).set_text(raw.get(name, ""))
        for name in TEXT_INPUTS:
            self.input(name).value = visible(getattr(data, name) or "")
        for name in TEXT_AREAS:
            self.area(name).text = visible(getattr(data, name) or "")
        for category in AUDIENCE_CATEGORIES:
            name = audience_field(category)
            if category in data.audience:
                count = data.audience[category]
                value = "?" if count is None else str(count)
            else:
                value = ""
            self.input(name).value = text_of(name, value)
        self.info_panel.put(data.information, raw)
        self.households_panel.put(list(data.households))
        self.problem_panel.put(data.problem_id, data.new_problem)
        self.update_panels()
        self.clear_errors()
        self._held_marks = set()
        for row in self.rows():
            row.unmark()
            row.set_warning("")

    # -- errors and marks -----------------------------------------------------

    def rows(self) -> list[FieldRow]:
        """The rows of fields; a panel's only once it is made (while its
        fields are being mounted, the panel holds what was put in it)."""
        rows: list[FieldRow] = []
        for part in self.children:
            if not isinstance(part, Panel) or part.built:
                rows.extend(part.query(FieldRow))
        return rows

    def row_for(self, field: str, rows: list[FieldRow] | None = None) -> FieldRow | None:
        rows = self.rows() if rows is None else rows
        name = field
        while name:
            for row in rows:
                if name in row.fields:
                    return row
            name = name.rpartition(".")[0]
        return None

    def clear_errors(self) -> None:
        for row in self.rows():
            if row.errors:
                row.clear_error()

    def set_error(self, field: str, message: str | None) -> FieldRow | None:
        row = self.row_for(field)
        if row is None:
            return None
        if message:
            row.set_error(field, message)
        else:
            row.clear_error(field)
        return row

    def show_errors(self, errors: list[tuple[str, str]]) -> tuple[Widget | None, list[str]]:
        """Show each error at its field; return the first bad field's widget
        in form order and the messages that have no field on screen."""
        self.clear_errors()
        unplaced: list[str] = []
        bad_rows: list[FieldRow] = []
        for field, message in errors:
            row = self.set_error(field, message)
            if row is None:
                unplaced.append(message)
            elif row not in bad_rows:
                bad_rows.append(row)
        order = {row: i for i, row in enumerate(self.rows())}
        bad_rows.sort(key=lambda r: order.get(r, 0))
        for row in bad_rows:
            for widget in row.query("Input, TextArea"):
                if widget.focusable:
                    return widget, unplaced
        return None, unplaced

    def mark_filled(self, fields: set[str]) -> None:
        """Mark each field in ``fields`` "periksa" (to review) until edited:
        the field's own widget, so RW, RT and Tempat on one line are marked
        and unmarked one by one; ``audience`` marks every count it filled."""
        rows = self.rows()
        owner = {w: row for row in rows for w in row.field_widgets}
        for field in fields:
            widgets = self.field_widgets(field, rows)
            by_row: dict[FieldRow, list[Widget]] = {}
            for widget in widgets:
                by_row.setdefault(owner[widget], []).append(widget)
            for row, own in by_row.items():
                row.mark(own)
            if not widgets and (holder := self.row_for(field, rows)) is not None:
                holder.mark(holder.field_widgets)  # a field with no widget of its own
            elif not widgets and field.partition(".")[0] in PANEL_FIELDS:
                self._held_marks.add(field)  # its panel's fields are being made

    def field_widgets(self, field: str, rows: list[FieldRow] | None = None) -> list[Widget]:
        every = [w for row in (self.rows() if rows is None else rows) for w in row.field_widgets]
        if field == "audience":
            counts = {audience_field(c) for c in AUDIENCE_CATEGORIES}
            return [
                w for w in every if getattr(w, "field", "") in counts and not self.field_is_empty(w)
            ]
        return [w for w in every if getattr(w, "field", "") == field]
