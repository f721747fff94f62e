"""Input cepat (F4): a report in as few keystrokes as possible.

``EntryScreen()`` is the F4 section: it saves and clears for the next
report. ``EntryScreen(report_id=N)`` edits a stored report and
``EntryScreen(initial=ReportInput(...))`` starts pre-filled (plan
realisation); pushed like that, it dismisses with the ``SavedReport`` (Esc:
None, the draft is kept).

What is typed is kept as a draft (debounced, in a worker) under the OS user
and a form key, and offered back when the form opens again.
"""

from __future__ import annotations

import importlib.util
from typing import Any

from rich.text import Text
from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static, TextArea

from sambang_tui.i18n import t
from sambang_tui.services import reports
from sambang_tui.services.core import clock
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.ui.screens.entry_drafts import own_draft
from sambang_tui.ui.screens.entry_lookups import Opening, read_lookups
from sambang_tui.ui.screens.entry_saving import SUBMITTABLE, EntrySaving
from sambang_tui.ui.widgets.entry_fields import FieldArea, FieldInput
from sambang_tui.ui.widgets.entry_form import (
    EntryForm,
)
from sambang_tui.ui.widgets.entry_picker import Picker, PickerInput
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db


class EntryScreen(EntrySaving):
    HELP_KEY = "entry.help"
    TITLE_KEY = "nav.entry"
    AUTO_FOCUS = ""  # the form takes focus once loaded (see _loading)
    DEFAULT_CSS = """
    EntryScreen #entry-readonly { height: auto; background: $warning 30%; padding: 0 1; display: none; }
    EntryScreen.-readonly #entry-readonly { display: block; }
    EntryScreen #entry-status { height: 1; background: $panel; padding: 0 1; }
    EntryScreen #entry-warning {
        height: auto; max-height: 4; padding: 0 1; display: none;
        background: $warning 20%; color: $text;
    }
    EntryScreen #entry-warning.-shown { display: block; }
    EntryScreen #entry-warning:ansi { background: ansi_default; color: ansi_yellow; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("entry.key.save"), id="entry.save", priority=True),
        Binding(
            "f9",
            "save(True)",
            t("entry.key.save_submit"),
            id="entry.save_submit",
            priority=True,
        ),
        # in F1 help and the palette; the footer keeps room for the save keys
        Binding(
            "ctrl+down",
            "group(1)",
            t("entry.key.next_group"),
            id="entry.next_group",
            priority=True,
            show=False,
        ),
        Binding(
            "ctrl+up",
            "group(-1)",
            t("entry.key.prev_group"),
            id="entry.prev_group",
            priority=True,
            show=False,
        ),
        Binding("ctrl+t", "paste", t("entry.key.paste"), id="entry.paste"),
        Binding("enter", "next_field", show=False, priority=True, id="entry.next_field"),
        Binding("ctrl+n", "new_form", t("entry.key.clear"), id="entry.clear"),
        Binding("escape", "cancel", t("entry.key.cancel"), id="entry.cancel", show=False),
    ]

    # -- layout ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Static("", id="entry-readonly", markup=False)
        yield EntryForm()
        yield Static("", id="entry-warning", markup=False)
        yield Static("", id="entry-status", markup=False)
        yield self.footer()

    def on_mount(self) -> None:
        actor = self.actor
        if actor.read_only:
            self.add_class("-readonly")
            self.query_one("#entry-readonly", Static).update(
                Text(t("entry.readonly", user=actor.os_user))
            )
        self._set_status(loading=True)
        report_id, key = self.report_id, self.draft_key
        if self.chosen_draft is None and key == "entry.new":
            app = self.sambang
            self.chosen_draft, app.pending_new_draft = app.pending_new_draft, None
        chosen = self.chosen_draft is not None

        def opening() -> Opening:
            found = read_lookups(actor)
            editable = reports.load_input(report_id, actor) if report_id is not None else None
            draft = own_draft(actor, key) if not chosen else None
            return Opening(found, editable, draft)

        run_db(self, opening, self._opened, on_error=self._open_failed, group="entry-open")

    def section_shown(self) -> None:
        """F4 again: the form, if untouched, offers a draft left for later."""
        self.offer_again()

    def _open_failed(self, exc: BaseException) -> None:
        self.sambang.report_error(exc)
        if self.is_pushed:
            self.dismiss(None)

    def _opened(self, opening: Opening) -> None:
        form = self.form
        if opening.lookups is not self.lookups:  # the same ones when it moves on
            self.lookups = found = opening.lookups
            form.picker("officer_ids").set_items(found.officers)
            form.picker("type_ids").set_items(found.types)
            form.picker("kelurahan_id").set_items(found.kelurahan)
            form.picker("contact_ids").set_items(found.contacts)
            form.picker("operation_id").set_items(found.operations)
            form.problem_panel.picker.set_items(found.problems)
        found = self.lookups
        if opening.editable is not None:
            self._load_editable(opening.editable)
        else:
            data = self.initial or ReportInput(date=clock.today())
            if data.date is None:
                data.date = clock.today()
            lead = data.officer_ids[0] if data.officer_ids else None
            kel, operation = found.defaults(lead, data.date)
            if data.operation_id is None and operation is not None:
                data.operation_id = operation
                self._auto["operation_id"] = operation
            if data.kelurahan_id is None and kel is not None:
                data.kelurahan_id = kel
                self._auto["kelurahan_id"] = kel
            form.fill(data)
            form.mark_filled(set(self.initial_filled))
            self._date = data.date
        self._baseline = form.snapshot()
        self.loaded = True
        if self.actor.read_only:
            form.disabled = True
        self._set_status()
        if not self.actor.read_only:
            if self.initial is None and opening.editable is None:
                # at once, not on a later turn: keys already queued land in it
                self.set_focus(form.input("date"))  # a new report starts at the top
            else:
                self.focus_first_empty()
        if self.chosen_draft is not None:
            # after the refresh that enables the form, so the focus can land in it
            self.call_after_refresh(self.restore_draft, self.chosen_draft)
        elif opening.draft is not None:
            self._offer_draft(*opening.draft)
        if self._save_when_loaded is not None:
            submit, self._save_when_loaded = self._save_when_loaded, None
            self.call_after_refresh(self.action_save, submit)

    # -- keys typed while the form loads ---------------------------------------------
    #
    # Nothing has focus until the look-ups are in (a restyle of the whole form
    # to disable and enable it cost more than reading them), and keys typed in
    # the meantime go nowhere, as they did into the disabled form: replaying
    # them lost their order in a real terminal, where Enter and Tab (priority
    # keys) overtake the characters typed before them.

    @property
    def _loading(self) -> bool:
        return not self.loaded

    def on_key(self, event: events.Key) -> None:
        if self._loading and (event.is_printable or event.key == "backspace"):
            event.prevent_default()
            event.stop()

    # -- events from the form --------------------------------------------------------

    @on(Input.Changed)
    @on(TextArea.Changed)
    @on(Picker.Changed)
    def _changed(self, event: Any) -> None:
        # "periksa" marks follow their fields in FieldRow, which sees the change first
        if isinstance(event, Picker.Changed) and event.picker.field == "type_ids":
            self.form.update_panels()
        elif isinstance(event, Picker.Changed) and event.picker.field == "kelurahan_id":
            self._kelurahan_digits_to_rw()
        self._schedule_draft()
        if self._duplicates_seen is not None and self._pending_snap != self._duplicates_seen:
            self._show_duplicates([])  # changed: checked again at the next save
        if self._status_saved and self.loaded:
            # "LK/76 tersimpan …" told what the last save did; a form typed
            # or pasted into since holds another report, not saved
            snap = self._pending_snap if self._pending_snap is not None else self.form.snapshot()
            if snap != self._baseline:
                self._status_saved = ""
                self._set_status()

    def action_next_field(self) -> None:
        """Enter in a one-line field moves on at once, in the app's own turn,
        so keys typed right behind it (a burst over a slow SSH link) land in
        the next field, not in this one."""
        if self._loading:
            return
        focused = self.focused
        if isinstance(focused, FieldInput):
            self.form.advance(focused)
        elif isinstance(focused, PickerInput) and focused.message_queue_size:
            # keys typed before Enter are still queued for the picker: move on
            # now, so the keys behind Enter go to the next field, and choose
            # once the picker has read its text (a miss shows at the picker)
            self.form.advance(focused)
            focused.call_later(focused.picker.accept, advance=False)
        elif isinstance(focused, PickerInput):
            if focused.picker.accept(advance=False):
                if focused.picker.field == "officer_ids":
                    self._refresh_defaults()  # before moving on: a defaulted field is skipped
                self.form.advance(focused)
        else:
            raise SkipAction()

    def focus_step(self, step: int) -> None:
        """Tab / Shift+Tab (the app's priority keys): the next or previous
        field, at once; a completion field chooses from its text first, as
        Enter does."""
        if self._loading:
            return
        focused = self.focused
        form = self.form
        if focused is None or form not in focused.ancestors:
            self.focus_next() if step > 0 else self.focus_previous()
            return
        if isinstance(focused, PickerInput) and focused.value.strip():
            if focused.message_queue_size:
                focused.call_later(focused.picker.accept, advance=False)
            elif focused.picker.accept(advance=False) and focused.picker.field == "officer_ids":
                self._refresh_defaults()
        form.step(focused, step)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.form.advance(event.input)

    def on_picker_advance(self, event: Picker.Advance) -> None:
        event.stop()
        self.form.advance(event.picker.input)

    def on_picker_no_match(self, event: Picker.NoMatch) -> None:
        event.stop()
        self.form.set_error(event.picker.field, t("entry.err.no_match", text=event.text))

    def on_picker_chosen(self, event: Picker.Chosen) -> None:
        event.stop()
        self.form.set_error(event.picker.field, None)
        if event.picker.field == "officer_ids" and event.picker.values:
            self._refresh_defaults()
        elif event.picker.field == "kelurahan_id":
            self._auto["kelurahan_id"] = None
            self._check_area()
        elif event.picker.field == "operation_id":
            self._auto["operation_id"] = None

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        widget = event.widget
        if isinstance(widget, FieldArea) and widget.field in ("narrative", "message"):
            self._check_duplicates()

    # -- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "new_form" and self.report_id is not None:
            return None  # an edit has no "next report"
        # save+submit is hidden once the report is submitted or verified, and
        # from one who may edit it but is not its author (a reviewer)
        submitted = self.status not in ("", *SUBMITTABLE) or not self.may_submit
        return not (action == "save" and parameters == (True,) and submitted)

    def action_group(self, step: int) -> None:
        focused = self.focused
        self.form.jump_group(focused, step)

    def action_cancel(self) -> None:
        if not self.is_pushed:
            raise SkipAction()
        self.flush_draft()
        self.dismiss(None)

    def action_new_form(self) -> None:
        """Clear the form (keeping date, officer and type); the draft goes."""
        if not self.loaded or self.report_id is not None:
            return
        self._clear_for_next()
        self._delete_draft()

    def action_paste(self) -> None:
        """Tempel laporan: the chat-message parser's modal fills the form
        through ``load_input`` (its module arrives with the paste issue)."""
        module_name = "sambang_tui.ui.modals.paste_report"
        if importlib.util.find_spec(module_name) is None:
            self.notify(t("entry.paste_unavailable"), severity="warning", markup=False)
            return
        module = importlib.import_module(module_name)

        def pasted(result: Any) -> None:
            """The activity taken fills the form while the dialog is still up,
            so the form shows filled in its first frame."""
            if isinstance(result, ReportInput):
                self.load_input(result)
            elif hasattr(result, "to_input"):
                # recognised fields over what the form already holds
                base, _raw, _errors = self.form.collect()
                # the filled fields and those in doubt (left empty) are marked "periksa"
                marked = getattr(result, "marked", getattr(result, "filled", ()))
                self.load_input(result.to_input(base), set(marked))

        self.app.push_screen(module.PasteReportModal(fill=pasted))

    def load_input(self, data: ReportInput, filled: set[str] | None = None) -> None:
        """Fill every field from ``data``; mark the fields in ``filled`` for
        review until the person changes them."""
        form = self.form
        if self.initial is not None and data.plan_id is None:
            data.plan_id = self.initial.plan_id
        form.fill(data)
        if data.date:
            self._date = data.date
        self._refresh_defaults()
        form.mark_filled(set(filled or ()))
        self._schedule_draft()
        self.focus_first_empty()
