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

import contextlib
import datetime as dt
import importlib.util
import threading
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text
from textual import events, on
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static, TextArea

from sambang_tui.i18n import catalogue, t
from sambang_tui.services import reports
from sambang_tui.services.admin import runtime
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.dates import parse_time
from sambang_tui.services.core.errors import ConflictError, ValidationError
from sambang_tui.services.core.vocab import AUDIENCE_CATEGORIES
from sambang_tui.services.desk import drafts
from sambang_tui.services.master import lookup
from sambang_tui.services.master.operations import list_operations
from sambang_tui.services.reports.duplicates import Duplicate, find_duplicates
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.results import EditableReport, SavedReport
from sambang_tui.ui.errors import logger
from sambang_tui.ui.widgets.entry_fields import FieldArea, FieldInput
from sambang_tui.ui.widgets.entry_form import (
    DATE_FORMAT,
    EntryForm,
    format_time,
    parse_entry_date,
)
from sambang_tui.ui.widgets.entry_picker import Picker, PickerInput, PickItem
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db

DRAFT_DELAY = 1.0
SUBMITTABLE = ("draft", "dikembalikan")
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
    for kel in kelurahan:
        found.areas[kel.id] = {
            rw: lookup.rt_numbers(kel.id, rw) for rw in lookup.rw_numbers(kel.id)
        }
    return found


class EntryScreen(Screen["SavedReport | None"]):
    HELP_KEY = "entry.help"
    TITLE_KEY = "nav.entry"
    AUTO_FOCUS = ""  # the form takes focus once loaded (see _hold)
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

    def __init__(
        self,
        report_id: int | None = None,
        initial: ReportInput | None = None,
        draft: dict[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.report_id = report_id
        # a draft chosen from the start-up offer: restored without asking again
        self.chosen_draft = draft
        self.initial = initial
        # fields of ``initial`` read from a chat message: marked "periksa"
        self.initial_filled: set[str] = set()
        self.version: int | None = None
        self.number = ""
        self.lookups = Lookups()
        self.loaded = False
        self._baseline: dict[str, Any] | None = None
        self._last_draft: dict[str, Any] | None = None
        self._draft_timer: Timer | None = None
        # what the form held at its last change, for a save at unmount when
        # the fields can no longer be read
        self._pending_snap: dict[str, Any] | None = None
        # draft writes run on workers and at unmount on this thread: the
        # newest one must win even when an older worker lands after it
        self._draft_lock = threading.Lock()
        self._draft_seq = 0
        self._draft_written = 0
        self._saving = False
        # Ctrl+S / F9 pressed before the form was loaded: done once it is
        self._save_when_loaded: bool | None = None
        # keys typed before the look-ups are in, replayed into the form after
        self._early_keys: list[tuple[str, str | None]] = []
        self._auto: dict[str, int | None] = {"kelurahan_id": None, "operation_id": None}
        self._date: dt.date | None = None
        self._status_saved = ""
        self._status_draft = ""
        self.last_saved: SavedReport | None = None
        self.status = ""  # the stored report's status (edit)
        # the form as it was when its duplicates were shown: saving it
        # unchanged once more saves anyway
        self._duplicates_seen: dict[str, Any] | None = None

    # -- layout ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Static("", id="entry-readonly", markup=False)
        yield EntryForm()
        yield Static("", id="entry-warning", markup=False)
        yield Static("", id="entry-status", markup=False)
        yield Footer()

    @property
    def form(self) -> EntryForm:
        return self.query_one(EntryForm)

    @property
    def actor(self) -> Actor:
        return self.app.ctx.actor  # type: ignore[attr-defined]

    @property
    def draft_key(self) -> str:
        if self.report_id is not None:
            return f"entry.report.{self.report_id}"
        if self.initial is not None and self.initial.plan_id is not None:
            return f"entry.plan.{self.initial.plan_id}"
        return "entry.new"

    @property
    def is_pushed(self) -> bool:
        stack = self.app.screen_stack
        return self in stack and stack[0] is not self

    def on_mount(self) -> None:
        actor = self.actor
        if actor.read_only:
            self.add_class("-readonly")
            self.query_one("#entry-readonly", Static).update(
                Text(t("entry.readonly", user=actor.os_user))
            )
        self._set_status(loading=True)
        report_id, key, user = self.report_id, self.draft_key, actor.os_user
        if self.chosen_draft is None and key == "entry.new":
            self.chosen_draft = getattr(self.app, "pending_new_draft", None)
            with contextlib.suppress(AttributeError):
                self.app.pending_new_draft = None  # type: ignore[attr-defined]
        chosen = self.chosen_draft is not None

        def opening() -> Opening:
            found = read_lookups(actor)
            editable = reports.load_input(report_id) if report_id is not None else None
            draft = None
            if actor.can_write and not chosen:
                # this instance's own draft, else one left by an instance that died
                draft = drafts.load_draft(user, key) or drafts.claim(user, key)
            return Opening(found, editable, draft)

        run_db(self, opening, self._opened, on_error=self._open_failed, group="entry-open")

    def _open_failed(self, exc: BaseException) -> None:
        self.app.report_error(exc)
        if self.is_pushed:
            self.dismiss(None)

    def _opened(self, opening: Opening) -> None:
        form = self.form
        self.lookups = found = opening.lookups
        form.picker("officer_ids").set_items(found.officers)
        form.picker("type_ids").set_items(found.types)
        form.picker("kelurahan_id").set_items(found.kelurahan)
        form.picker("contact_ids").set_items(found.contacts)
        form.picker("operation_id").set_items(found.operations)
        form.problem_panel.picker.set_items(found.problems)
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
                form.input("date").focus()  # a new report starts at the top
            else:
                self.focus_first_empty()
        if self.chosen_draft is not None:
            # after the refresh that enables the form, so the focus can land in it
            self.call_after_refresh(self.restore_draft, self.chosen_draft)
        elif opening.draft is not None:
            self._offer_draft(*opening.draft)
        early, self._early_keys = self._early_keys, []
        if early and self.chosen_draft is None and opening.draft is None:
            self.call_after_refresh(self._replay, early)
        if self._save_when_loaded is not None:
            submit, self._save_when_loaded = self._save_when_loaded, None
            self.call_after_refresh(self.action_save, submit)

    # -- keys typed while the form loads ---------------------------------------------
    #
    # Nothing has focus until the look-ups are in (a restyle of the whole form
    # to disable and enable it cost more than reading them); keys typed in the
    # meantime are held and then typed into the form, in order.

    def _hold(self, key: str, character: str | None) -> bool:
        if self.loaded or self.actor.read_only:
            return False
        self._early_keys.append((key, character))
        return True

    def on_key(self, event: events.Key) -> None:
        if (event.is_printable or event.key == "backspace") and self._hold(
            event.key, event.character
        ):
            event.prevent_default()
            event.stop()

    def _replay(self, keys: list[tuple[str, str | None]]) -> None:
        for key, character in keys:
            self.app.post_message(events.Key(key, character))

    def _load_editable(self, editable: EditableReport) -> None:
        self.version = editable.version
        self.number = editable.number
        self.status = editable.status
        self.refresh_bindings()  # save+submit only while it can be submitted
        self.form.fill(editable.data)
        self._date = editable.data.date

    def focus_first_empty(self) -> None:
        form = self.form
        chain = [w for w in self.focus_chain if form in w.ancestors]
        for widget in chain:
            if form.is_empty(widget):
                widget.focus()
                return
        if chain:
            chain[0].focus()

    # -- status line -------------------------------------------------------------

    def _set_status(self, loading: bool = False) -> None:
        if loading:
            mode = t("entry.status.loading")
        elif self.report_id is not None:
            mode = t("entry.status.edit", number=self.number, version=self.version)
            if self.status:
                mode += f" · {t('report.' + self.status)}"
        elif self.initial is not None and self.initial.plan_id is not None:
            mode = t("entry.status.plan", plan=self.initial.plan_id)
        else:
            mode = t("entry.status.new")
        parts = [self._status_saved, mode, self._status_draft]  # what the save did first
        self.query_one("#entry-status", Static).update(Text(" │ ".join(p for p in parts if p)))

    # -- drafts --------------------------------------------------------------------

    def _offer_draft(self, data: dict[str, Any], saved_at: dt.datetime) -> None:
        if data == self._baseline:
            return
        from sambang_tui.ui.modals.confirm import ConfirmModal

        when = saved_at.strftime("%d/%m/%Y %H.%M") if saved_at else ""

        def answer(restore: bool | None) -> None:
            # Declining keeps the stored draft until new typing replaces it
            # or a save removes it: an Escape never throws work away.
            if restore:
                self.restore_draft(data)

        self.app.push_screen(
            ConfirmModal(
                t("entry.draft.offer", when=when),
                t("entry.draft.restore"),
                t("entry.draft.discard"),
            ),
            answer,
        )

    def restore_draft(self, data: dict[str, Any]) -> None:
        raw = data.get("_raw") or {}
        report = ReportInput.from_json({k: v for k, v in data.items() if k != "_raw"})
        self.form.fill(report, raw)
        self._last_draft = data
        self._status_draft = t("entry.status.draft")
        self._set_status()
        self.notify(t("entry.draft.restored"), markup=False)
        self.focus_first_empty()

    def _schedule_draft(self) -> None:
        if not self.loaded or self.actor.read_only:
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._pending_snap = self.form.snapshot()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self.flush_draft)

    def flush_draft(self) -> None:
        """Save the draft now if the form differs from what was loaded."""
        self._pending_snap = None
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        if not self.loaded or self._saving or self.actor.read_only or not self.is_mounted:
            return
        snap = self.form.snapshot()
        if snap == self._last_draft:
            return
        if snap == self._baseline:
            if self._last_draft is not None:
                self._last_draft = None
                self._status_draft = ""
                self._set_status()
                self._write_draft_async(None)
            return
        self._last_draft = snap

        def saved(_: object) -> None:
            self._status_draft = t("entry.status.draft")
            if self.is_mounted:
                self._set_status()

        self._write_draft_async(snap, saved)

    def _write_draft(self, seq: int, snap: dict[str, Any] | None) -> None:
        """Save (or, with ``None``, delete) the draft unless a newer write
        has landed already."""
        user, key = self.actor.os_user, self.draft_key
        with self._draft_lock:
            if seq < self._draft_written:
                return
            if snap is None:
                drafts.delete_draft(user, key)
            else:
                drafts.save_draft(user, key, snap)
            self._draft_written = seq

    def _next_draft_seq(self) -> int:
        """The number of a draft write about to be made: a higher one wins."""
        self._draft_seq += 1
        return self._draft_seq

    def _write_draft_async(self, snap: dict[str, Any] | None, done: Any = None) -> None:
        seq = self._next_draft_seq()
        run_db(self, lambda: self._write_draft(seq, snap), done, group="entry-draft")

    def save_draft_now(self) -> None:
        """Write the draft at once, on this thread: the app is closing
        (Ctrl+Q, a hung-up terminal) and a worker might not get to run."""
        pending, self._pending_snap = self._pending_snap, None
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        if not self.loaded or self._saving or self.actor.read_only:
            return
        # read the fields while they exist: a value set by the form itself
        # (a time completed on leaving the field) may not have announced its
        # change yet; at unmount they are gone and the last change holds
        try:
            snap = self.form.snapshot()
        except NoMatches:
            snap = pending
        if snap is None:
            return
        cleared = snap == self._baseline
        if snap == self._last_draft or (cleared and self._last_draft is None):
            return
        seq = self._next_draft_seq()
        try:
            with runtime.session():
                self._write_draft(seq, None if cleared else snap)
        except Exception:  # noqa: BLE001 - nobody is left to tell: the log keeps it
            logger().exception("draft not saved at exit")
            return
        self._last_draft = None if cleared else snap

    def on_unmount(self) -> None:
        self.save_draft_now()

    def has_unsaved(self) -> bool:
        """Typed and not saved (Ctrl+Q asks; the draft keeps it anyway)."""
        if not self.loaded or self.actor.read_only or not self.is_mounted:
            return False
        try:
            return self.form.snapshot() != self._baseline
        except NoMatches:
            return False

    def _delete_draft(self) -> None:
        self._last_draft = None
        self._status_draft = ""
        self._set_status()
        self._write_draft_async(None)

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

    def action_next_field(self) -> None:
        """Enter in a one-line field moves on at once, in the app's own turn,
        so keys typed right behind it (a burst over a slow SSH link) land in
        the next field, not in this one."""
        if self._hold("enter", "\r"):
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
        if self._hold("tab" if step > 0 else "shift+tab", "\t" if step > 0 else None):
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

    def _check_duplicates(self) -> None:
        """Warn (not block) at the narrative/message when the same text is in
        another report of the same officer this month."""
        if not self.loaded or self.actor.read_only:
            return
        data, _raw, errors = self.form.collect()
        if errors or not data.officer_ids or data.date is None:
            return
        actor, exclude = self.actor, self.report_id

        def read() -> list[str]:
            return reports.duplicate_warnings(actor, data, exclude_id=exclude)

        def show(warnings: list[str]) -> None:
            # the service words its remarks by field; anything else goes
            # to the narrative
            on_message = [w for w in warnings if w.startswith("Pesan")]
            on_narrative = [w for w in warnings if w not in on_message]
            for name, found in (("narrative", on_narrative), ("message", on_message)):
                row = self.form.row_for(name)
                if row is not None:
                    row.set_warning(" ".join(found))

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
                day = parse_entry_date(text)
                normal = day.strftime(DATE_FORMAT)
                if normal != widget.value:
                    widget.value = normal
                if day != self._date:
                    self._date = day
                    self._refresh_defaults()
            elif name in ("start_time", "end_time") and text:
                value = parse_time(text, field=name)
                if format_time(value) != widget.value:
                    widget.value = format_time(value)
            elif name.startswith("audience.") and text:
                category = name.split(".", 1)[1]
                if not (text.isdigit() or text in ("?", "ada", "v", "-")):
                    message = t("entry.err.count", label=t(f"entry.aud.{category}"))
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
        if start and end and end <= start:
            form.set_error("end_time", t("entry.err.end_before_start"))
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

    # -- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "new_form" and self.report_id is not None:
            return None  # an edit has no "next report"
        # save+submit is hidden once the report is submitted or verified
        submitted = self.status not in ("", *SUBMITTABLE)
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
        modal = module.PasteReportModal()

        def pasted(result: Any) -> None:
            if result is None:
                return
            if isinstance(result, ReportInput):
                self.load_input(result)
            elif hasattr(result, "to_input"):
                # recognised fields over what the form already holds
                base, _raw, _errors = self.form.collect()
                # the filled fields and those in doubt (left empty) are marked "periksa"
                marked = getattr(result, "marked", getattr(result, "filled", ()))
                self.load_input(result.to_input(base), set(marked))

        self.app.push_screen(modal, pasted)

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
        if not self.loaded:
            self._save_when_loaded = submit  # a fast typist is not ignored
            return
        if self._saving:
            return
        form = self.form
        data, _raw, errors = form.collect()
        if self.initial is not None and self.initial.plan_id is not None:
            data.plan_id = self.initial.plan_id
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
        seq = self._next_draft_seq()

        def save() -> SavedReport | list[Duplicate]:
            if check:
                found = find_duplicates(actor, data, exclude_id=report_id)
                if found:
                    return found
            if report_id is not None:
                result = reports.update_report(actor, report_id, version or 0, data)
            else:
                result = self.create_report(actor, data)
            self._write_draft(seq, None)
            if submit and result.status in SUBMITTABLE:
                warnings = result.warnings
                result = reports.submit(actor, result.id, result.version)
                result.warnings = warnings
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
            on_error=lambda exc: self._save_failed(exc, data),
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

    def _save_failed(self, exc: BaseException, data: ReportInput) -> None:
        self._saving = False
        self._schedule_draft()  # not saved: what is typed is kept as a draft again
        if isinstance(exc, ValidationError):
            self._show_errors([(e.field, e.message) for e in exc.errors])
        elif isinstance(exc, ConflictError):
            self._conflict(exc, data)
        else:
            self.app.report_error(exc)

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
            self.dismiss(saved)
            return
        if self.report_id is not None:
            self.version = saved.version
            self.number = saved.number
            self._baseline = self.form.snapshot()
            self._set_status()
            return
        self._clear_for_next()

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

    def _conflict(self, error: ConflictError, data: ReportInput) -> None:
        from sambang_tui.ui.modals.conflict import ConflictModal

        def chosen(choice: str | None) -> None:
            if choice == "mine":
                self.version = error.current_version
                self._save(data, error.current_version)
            elif choice == "theirs":
                self._reload()
            else:
                self.focus_first_empty()

        self.app.push_screen(ConflictModal(error, self.describe_value, self.field_label), chosen)

    def _reload(self) -> None:
        report_id = self.report_id
        if report_id is None:
            return
        seq = self._next_draft_seq()

        def read() -> EditableReport:
            self._write_draft(seq, None)
            return reports.load_input(report_id)

        def loaded(editable: EditableReport) -> None:
            self._load_editable(editable)
            self._baseline = self.form.snapshot()
            self._last_draft = None
            self._status_draft = ""
            self._set_status()
            self.notify(t("entry.reloaded"), markup=False)

        run_db(self, read, loaded, group="entry-open")

    def field_label(self, name: str) -> str:
        key = f"entry.f.{name}"
        return t(key) if key in catalogue() else name

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
            values = value if isinstance(value, list) else [value]
            return ", ".join(picker.chip_label(v) for v in values)
        if name == "audience" and isinstance(value, dict):
            parts = []
            for category in AUDIENCE_CATEGORIES:
                if category in value:
                    count = value[category]
                    parts.append(f"{t(f'entry.aud.{category}')} {'?' if count is None else count}")
            return ", ".join(parts)
        if isinstance(value, list | dict):
            return str(value)
        return str(value)
