"""The entry form screen's state and what every part of it uses: the form,
its draft key, whether it was pushed, its status line and focus."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from sambang_tui.i18n import t
from sambang_tui.services.desk import drafts
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.results import EditableReport, SavedReport
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.screens.entry_lookups import Lookups
from sambang_tui.ui.widgets.entry_form import (
    EntryForm,
)


class EntryBase(SambangScreen["SavedReport | None"]):
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
        # newest one wins even when an older worker lands after it
        self._draft_writes = drafts.DraftWrites()
        self._saving = False
        # Ctrl+S / F9 pressed before the form was loaded: done once it is
        self._save_when_loaded: bool | None = None
        self._auto: dict[str, int | None] = {"kelurahan_id": None, "operation_id": None}
        self._date: dt.date | None = None
        self._status_saved = ""
        self._status_draft = ""
        self.last_saved: SavedReport | None = None
        self.status = ""  # the stored report's status (edit)
        self.may_submit = True  # whether this actor submits it (its authors only)
        # the form as it was when its duplicates were shown: saving it
        # unchanged once more saves anyway
        self._duplicates_seen: dict[str, Any] | None = None

    @property
    def form(self) -> EntryForm:
        return self.query_one(EntryForm)

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

    def _load_editable(self, editable: EditableReport) -> None:
        self.version = editable.version
        self.number = editable.number
        self.status = editable.status
        self.may_submit = editable.may_submit
        self.refresh_bindings()  # save+submit only while it can be submitted
        self.form.fill(editable.data)
        self._date = editable.data.date

    def focus_first_empty(self) -> None:
        form = self.form
        chain = [w for w in self.focus_chain if form in w.ancestors]
        for widget in chain:
            if form.field_is_empty(widget):
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
            day = self.initial.date
            mode = t("entry.status.plan", day=day.strftime("%d/%m/%Y") if day else "")
        else:
            mode = t("entry.status.new")
        parts = [self._status_saved, mode, self._status_draft]  # what the save did first
        self.query_one("#entry-status", Static).update(Text(" │ ".join(p for p in parts if p)))
