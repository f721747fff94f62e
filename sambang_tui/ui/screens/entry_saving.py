"""Saving the entry form: Ctrl+S / F9, the duplicates named first, errors
at their fields, a conflict with someone else's edit, and the form cleared
for the next report."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.text import Text
from textual.widgets import Static

from sambang_tui.i18n import t
from sambang_tui.services import reports
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ConflictError, ValidationError
from sambang_tui.services.core.vocab import AUDIENCE_CATEGORIES
from sambang_tui.services.reports.duplicates import Duplicate, find_duplicates
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.results import EditableReport, SavedReport
from sambang_tui.ui.screens.entry_checks import EntryChecks
from sambang_tui.ui.widgets.entry_form import DATE_FORMAT, format_time
from sambang_tui.ui.widgets.entry_panels import Panel
from sambang_tui.ui.workers import run_db

SUBMITTABLE = ("draft", "dikembalikan")


class EntrySaving(EntryChecks):
    def on_panel_built(self, event: Panel.Built) -> None:
        """A save asked for while a just-chosen type's panel was being made."""
        if self.loaded and self._save_when_loaded is not None and not self.form.building:
            submit, self._save_when_loaded = self._save_when_loaded, None
            self.action_save(submit)

    # -- saving ----------------------------------------------------------------------------

    def action_save(self, submit: bool = False) -> None:
        """Ctrl+S saves (a new report as a draft); F9 saves and submits it to
        the Kanit at once. A report that looks like one already stored is
        named first; the same key again on the unchanged form saves anyway."""
        if self.actor.read_only:
            self.notify(
                t("entry.readonly", user=self.actor.os_user), severity="warning", markup=False
            )
            return
        if not self.loaded or self.form.building:
            self._save_when_loaded = submit  # a fast typist is not ignored
            return
        if self._saving:
            return
        form = self.form
        data, _raw, errors = form.collect()
        if self.initial is not None and self.initial.plan_id is not None:
            data.plan_id = self.initial.plan_id
            data.plan_version = self.initial.plan_version
        if errors:
            self._show_errors(list(errors.items()))
            return
        snapshot = form.snapshot()
        force = snapshot == self._duplicates_seen
        self._show_duplicates([])
        self._save(data, self.version, submit=submit, check=not force, snapshot=snapshot)

    def _show_duplicates(self, found: list[Any], snapshot: dict[str, Any] | None = None) -> None:
        """Name the reports this one may repeat above the status line."""
        self._duplicates_seen = snapshot if found else None
        warning = self.query_one("#entry-warning", Static)
        warning.set_class(bool(found), "-shown")
        if found:
            lines = [f"⚠ {d.message}" for d in found[:2]]
            lines.append(t("entry.duplicate.again", save=self._key_of("entry.save")))
            warning.update(Text("\n".join(lines)))

    def _key_of(self, binding_id: str) -> str:
        for binding in self._bindings.key_to_bindings.values():
            for each in binding:
                if each.id == binding_id:
                    return self.app.get_key_display(each)
        return ""

    def create_report(self, actor: Actor, data: ReportInput) -> SavedReport:
        """Store a new report (on a worker thread). The Kotak masuk's form
        saves through its inbox item instead."""
        return reports.create_report(actor, data)

    def _save(
        self,
        data: ReportInput,
        version: int | None,
        *,
        submit: bool = False,
        check: bool = False,
        snapshot: dict[str, Any] | None = None,
    ) -> None:
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        self._saving = True
        actor, report_id = self.actor, self.report_id
        seq, key, user = self._draft_ask()

        def save() -> SavedReport | list[Duplicate]:
            if check:
                if report_id is not None:
                    # saved by someone else meanwhile: that is the news, and a
                    # duplicate question would be asked of stale data
                    stale = reports.stale_conflict(actor, report_id, version, data)
                    if stale is not None:
                        raise stale
                found = find_duplicates(actor, data, exclude_id=report_id)
                if found:
                    return found
            if report_id is not None:
                result = reports.update_report(actor, report_id, version or 0, data)
            else:
                result = self.create_report(actor, data)
            self._write_draft(seq, None, key, user)
            if submit and result.status in SUBMITTABLE:
                warnings, plan_left = result.warnings, result.plan_left
                result = reports.submit(actor, result.id, result.version)
                result.warnings, result.plan_left = warnings, plan_left
            return result

        def done(result: SavedReport | list[Duplicate]) -> None:
            if isinstance(result, list):
                self._saving = False
                self._schedule_draft()
                self._show_duplicates(result, snapshot)
                return
            self._saved(result)

        run_db(
            self,
            save,
            done,
            on_error=lambda exc: self._save_failed(exc, data, submit),
            group="entry-save",
        )

    def _show_errors(self, errors: list[tuple[str, str]]) -> None:
        widget, unplaced = self.form.show_errors(errors)
        if widget is not None:
            widget.focus()
        # each message is at its field; the notification only counts them
        # (and says those with no field on screen)
        text = t("entry.err.summary", count=len(errors))
        if unplaced:
            text += "\n" + "\n".join(unplaced)
        self.notify(text, severity="error", markup=False)

    def _save_failed(self, exc: BaseException, data: ReportInput, submit: bool = False) -> None:
        self._saving = False
        self._schedule_draft()  # not saved: what is typed is kept as a draft again
        if isinstance(exc, ValidationError):
            self._show_errors([(e.field, e.message) for e in exc.errors])
        elif isinstance(exc, ConflictError):
            self._conflict(exc, data, submit)
        else:
            self.sambang.report_error(exc)

    def _saved(self, saved: SavedReport) -> None:
        self._saving = False
        self.last_saved = saved
        # what was typed is stored now: nothing may write it back as a draft
        # when the form closes (keys typed within the debounce left it pending)
        self._pending_snap = None
        self._baseline = self.form.snapshot()
        self._last_draft = None
        self._status_draft = ""
        if self.report_id is not None:
            self.status = saved.status
            self.refresh_bindings()
        state = t(f"entry.saved_as.{saved.status}")
        self._status_saved = t("entry.status.saved", number=saved.number, state=state)
        if saved.warnings:
            self._status_saved += " ⚠ " + saved.warnings[0]
        self.notify(t("entry.saved", number=saved.number, state=state), markup=False)
        for warning in saved.warnings:
            self.notify(warning, severity="warning", markup=False, timeout=8)
        if self.is_pushed:
            self.after_save(saved)
            return
        if self.report_id is not None:
            self.version = saved.version
            self.number = saved.number
            self._baseline = self.form.snapshot()
            self._set_status()
            return
        self._clear_for_next()

    def after_save(self, saved: SavedReport) -> None:
        """A form opened over another screen closes with what it saved."""
        self.dismiss(saved)

    def _clear_for_next(self) -> None:
        form = self.form
        data, _raw, _ = form.collect()
        kept = ReportInput(
            date=data.date or clock.today(),
            officer_ids=list(data.officer_ids),
            type_ids=list(data.type_ids),
        )
        self._auto = {"kelurahan_id": None, "operation_id": None}
        form.fill(kept)
        self._date = kept.date
        self._baseline = form.snapshot()
        self._set_status()
        self._refresh_defaults()
        self.focus_first_empty()

    # -- conflicts -------------------------------------------------------------------------

    def check_restored(self, base: int | None, data: ReportInput) -> None:
        """A draft typed against version ``base`` (None: an old draft that
        did not record it, taken as the first) now fills the form: the form
        edits that version, so a save meets any later one as a conflict, and
        when the report was saved since, the conflict is shown at once."""
        loaded = self.version
        self.version = 1 if base is None else base
        self._set_status()
        actor, report_id = self.actor, self.report_id
        if report_id is None:
            return

        def checked(error: ConflictError | None) -> None:
            if not self.is_mounted:
                return
            if error is None:  # nothing it would overwrite: it edits what is stored
                self.version = loaded
                self._set_status()
                return
            self._conflict(error, None)

        run_db(
            self,
            lambda: reports.stale_conflict(actor, report_id, base, data),
            checked,
            group="entry-restore",
        )

    def _conflict(
        self, error: ConflictError, data: ReportInput | None, submit: bool = False
    ) -> None:
        """The conflict dialog: keep mine (save ``data``, or with None the
        form as it is, over what is stored — and submit it when the desk had
        pressed F9), take theirs, or back to editing."""
        from sambang_tui.ui.modals.conflict import ConflictModal

        def chosen(choice: str | None) -> None:
            if choice == "mine" and data is None:
                self.version = error.current_version
                self._set_status()
                self.action_save()
            elif choice == "mine" and data is not None:
                # what mine may repeat is asked now, of what is stored
                self.version = error.current_version
                snapshot = self.form.snapshot()
                self._save(
                    data, error.current_version, submit=submit, check=True, snapshot=snapshot
                )
            elif choice == "theirs":
                self._reload()
            else:
                self.focus_first_empty()

        self.app.push_screen(
            ConflictModal(error, self.describe_value, self.field_label, self.actor.os_user), chosen
        )

    def _reload(self) -> None:
        report_id = self.report_id
        if report_id is None:
            return
        seq, key, user = self._draft_ask()
        actor = self.actor

        def read() -> EditableReport:
            self._write_draft(seq, None, key, user)
            return reports.load_input(report_id, actor)

        def loaded(editable: EditableReport) -> None:
            self._load_editable(editable)
            self._baseline = self.form.snapshot()
            self._last_draft = None
            self._status_draft = ""
            self._set_status()
            self.notify(t("entry.reloaded"), markup=False)

        run_db(self, read, loaded, group="entry-open")

    def describe_value(self, name: str, value: object) -> str:
        """A stored or typed value as a person reads it."""
        form = self.form
        if value is None or value == "" or value == [] or value == {}:
            return "—"
        if name in (
            "officer_ids",
            "type_ids",
            "contact_ids",
            "kelurahan_id",
            "operation_id",
            "threat_level",
            "situation",
        ):
            picker = form.picker(name)
            values: list[Any] = value if isinstance(value, list) else [value]
            return ", ".join(picker.chip_label(v) for v in values)
        if name == "audience" and isinstance(value, dict):
            parts = []
            for category in AUDIENCE_CATEGORIES:
                if category in value:
                    count = value[category]
                    parts.append(f"{t(f'entry.aud.{category}')} {'?' if count is None else count}")
            return ", ".join(parts)
        if name == "date":
            return _as_typed(value, dt.date)
        if name in ("start_time", "end_time"):
            return _as_typed(value, dt.time)
        return str(value)


def _as_typed(value: object, kind: type[dt.date] | type[dt.time]) -> str:
    """A date or a clock as the form shows it (a conflict carries them as
    stored: ISO text)."""
    parsed: object = value
    if isinstance(value, str):
        try:
            parsed = kind.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(parsed, dt.time):
        return format_time(parsed)
    if isinstance(parsed, dt.date):
        return parsed.strftime(DATE_FORMAT)
    return str(parsed)
