"""The entry form's checks as a field is left (dates, times, counts, RW/RT
in the kelurahan, a narrative repeated this month) and the kelurahan and
operation it fills from the officer and the date."""

from __future__ import annotations

from textual.widgets import Input

from sambang_tui.i18n import catalogue, t
from sambang_tui.services import reports
from sambang_tui.services.core import clock
from sambang_tui.services.core.dates import parse_time
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.reports.check import (
    END_BEFORE_START,
    check_report_date,
    parse_report_date,
    times_in_order,
)
from sambang_tui.services.reports.typed_text import read_count
from sambang_tui.ui.screens.entry_drafts import EntryDrafts
from sambang_tui.ui.widgets.entry_fields import FieldInput
from sambang_tui.ui.widgets.entry_form import (
    DATE_FORMAT,
    format_time,
)
from sambang_tui.ui.workers import run_db


class EntryChecks(EntryDrafts):
    def _check_duplicates(self) -> None:
        """Warn (not block) at the narrative/message when the same text is in
        another report of the same officer this month."""
        if not self.loaded or self.actor.read_only:
            return
        data, _raw, errors = self.form.collect()
        if errors or not data.officer_ids or data.date is None:
            return
        actor, exclude = self.actor, self.report_id

        def read() -> list[tuple[str, str]]:
            return reports.duplicate_remarks(actor, data, exclude_id=exclude)

        def show(remarks: list[tuple[str, str]]) -> None:
            for name in ("narrative", "message"):
                row = self.form.row_for(name)
                if row is not None:
                    row.set_warning(" ".join(text for field, text in remarks if field == name))

        run_db(self, read, show, group="entry-duplicates", exclusive=True)

    def on_field_input_refused(self, event: FieldInput.Refused) -> None:
        """Say why a typed key did nothing; the next check of the field (on
        leaving it) clears the message."""
        event.stop()
        name = event.input.field
        self.form.set_error(name, t("entry.err.number", label=self.field_label(name)))

    def on_input_blurred(self, event: Input.Blurred) -> None:
        widget = event.input
        if isinstance(widget, FieldInput) and self.loaded:
            self._check_field(widget)

    def _check_field(self, widget: FieldInput) -> None:
        name, text = widget.field, widget.value.strip()
        form = self.form
        message: str | None = None
        try:
            if name == "date" and text:
                day = parse_report_date(text)
                normal = day.strftime(DATE_FORMAT)
                if normal != widget.value:
                    widget.value = normal
                if day != self._date:
                    self._date = day
                    self._refresh_defaults()
                check_report_date(day)  # not yet come: said here, not at saving
            elif name in ("start_time", "end_time") and text:
                value = parse_time(text, field=name)
                if format_time(value) != widget.value:
                    widget.value = format_time(value)
            elif name.startswith("audience."):
                read_count(text, name.split(".", 1)[1], name)
        except ValidationError as exc:
            message = exc.message
        form.set_error(name, message)
        if name in ("start_time", "end_time") and message is None:
            self._check_times()
        if name in ("rw", "rt"):
            self._check_area()

    def _check_times(self) -> None:
        form = self.form
        try:
            start = parse_time(form.input("start_time").value, field="start_time")
            end = parse_time(form.input("end_time").value, field="end_time")
        except ValidationError:
            return
        if not times_in_order(start, end):
            form.set_error("end_time", t(END_BEFORE_START))
        else:
            form.set_error("end_time", None)

    def _check_area(self) -> None:
        form = self.form
        kel = form.picker("kelurahan_id").values
        rw_text = form.input("rw").value.strip()
        rt_text = form.input("rt").value.strip()
        form.set_error("rw", None)
        form.set_error("rt", None)
        if rt_text and not rw_text:
            form.set_error("rw", t("entry.err.rt_without_rw"))
            return
        if not kel or int(kel[0]) not in self.lookups.areas:
            return
        kel_id = int(kel[0])
        areas = self.lookups.areas[kel_id]
        label = form.picker("kelurahan_id").chip_label(kel_id)
        if rw_text.isdigit() and int(rw_text) not in areas:
            form.set_error(
                "rw", t("entry.err.rw_unknown", rw=f"{int(rw_text):02d}", kelurahan=label)
            )
            return
        if rw_text.isdigit() and rt_text.isdigit() and int(rt_text) not in areas[int(rw_text)]:
            form.set_error(
                "rt",
                t(
                    "entry.err.rt_unknown",
                    rt=f"{int(rt_text):02d}",
                    rw=f"{int(rw_text):02d}",
                    kelurahan=label,
                ),
            )

    # -- defaults ---------------------------------------------------------------------

    def _refresh_defaults(self) -> None:
        """Fill kelurahan (the officer's assignment) and operation (running
        that day) where the person has not chosen one — at once, from what
        the form read when it opened, so a field filled this way is already
        skipped by the Enter that follows."""
        form = self.form
        officers = form.picker("officer_ids").values
        officer_id = int(officers[0]) if officers else None
        self._apply_defaults(self.lookups.defaults(officer_id, self._date or clock.today()))

    def _apply_defaults(self, found: tuple[int | None, int | None]) -> None:
        form = self.form
        clean = form.snapshot() == self._baseline
        kelurahan = form.picker("kelurahan_id")
        filled_kelurahan = False
        for name, value in zip(("kelurahan_id", "operation_id"), found, strict=True):
            picker = form.picker(name)
            current = picker.values[0] if picker.values else None
            if value is None and current is not None and current == self._auto[name]:
                picker.set_values([])  # the default no longer applies on this date
                self._auto[name] = None
                continue
            if value is None or current == value:
                continue
            if current is None or current == self._auto[name]:
                picker.set_values([value])
                self._auto[name] = value
                if name == "kelurahan_id":
                    filled_kelurahan = True
                    self._check_area()
        if filled_kelurahan and self.focused is kelurahan.input:
            # a burst (`sutr`, Enter, `06`): Enter moved on before the
            # officer was read, into the kelurahan his choice now fills
            if kelurahan.text:
                self._kelurahan_digits_to_rw()
            else:
                form.advance(kelurahan.input)
        if clean:
            self._baseline = form.snapshot()

    def _kelurahan_digits_to_rw(self) -> None:
        """Digits typed into a kelurahan the officer's default filled were
        meant for RW (no kelurahan name is a number): move them there."""
        form = self.form
        kelurahan = form.picker("kelurahan_id")
        text = kelurahan.text.strip()
        auto = self._auto["kelurahan_id"]
        if not (text.isdigit() and kelurahan.values and kelurahan.values[0] == auto):
            return
        rw = form.input("rw")
        kelurahan.set_text("")
        rw.value = (rw.value + text)[:3]
        rw.cursor_position = len(rw.value)
        if self.focused is kelurahan.input:
            self.set_focus(rw)

    def field_label(self, name: str) -> str:
        key = f"entry.f.{name}"
        return t(key) if key in catalogue() else name
