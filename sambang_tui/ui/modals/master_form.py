"""The edit form of every master-data entity.

``MasterFormModal(title, fields, save, version)`` shows one line per field,
runs ``save(values, version)`` in a thread worker on Ctrl+S and dismisses
with what it returned, or None on Esc. A ``ValidationError`` puts each
message under its field; a ``ConflictError`` says what someone else changed
and lets the person choose: Esc to drop their edit, Ctrl+S again to save
their version over it (never silently).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Label, Static

from sambang_tui.i18n import t
from sambang_tui.services.core.errors import ConflictError, ValidationError
from sambang_tui.ui.context import sambang_app
from sambang_tui.ui.modals.discard import AsksBeforeDiscard
from sambang_tui.ui.widgets.inputs import Input, TextArea
from sambang_tui.ui.widgets.tickbox import TickBox
from sambang_tui.ui.workers import run_db

T = TypeVar("T")


@dataclass(frozen=True)
class FormField:
    """One field: ``name`` is the key in the values handed to ``save`` and
    the ``ValidationError.field`` shown under it (``also`` lists other error
    field names that belong here)."""

    name: str
    label: str
    value: Any = ""
    kind: str = "text"  # text | bool | multiline
    choices: tuple[str, ...] = ()
    hint: str = ""
    also: tuple[str, ...] = ()
    max_length: int = 0


class MasterFormModal(AsksBeforeDiscard, ModalScreen[T | None], Generic[T]):
    DEFAULT_CSS = """
    MasterFormModal { align: center middle; }
    MasterFormModal > VerticalScroll {
        width: 76; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    MasterFormModal .mf-title { text-style: bold; color: $accent; }
    MasterFormModal .mf-row { height: auto; }
    MasterFormModal .mf-label { width: 18; }
    MasterFormModal Input { width: 1fr; }
    MasterFormModal TextArea, MasterFormModal TextArea:focus {
        width: 1fr; height: 3; border: none; padding: 0 1;
    }
    MasterFormModal .mf-msg { height: auto; padding-left: 18; color: $text-muted; }
    MasterFormModal .mf-msg.-error { color: $error; text-style: bold; }
    MasterFormModal .mf-msg.-empty { display: none; }
    MasterFormModal #mf-top { height: auto; color: $error; text-style: bold; }
    MasterFormModal #mf-top.-empty { display: none; }
    MasterFormModal #mf-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("master.form.save"), id="master.form.save", priority=True),
        Binding("escape", "cancel", t("master.form.cancel"), id="master.form.cancel"),
    ]

    def __init__(
        self,
        title: str,
        fields: list[FormField],
        save: Callable[[dict[str, Any], int | None], T],
        version: int | None = None,
    ) -> None:
        super().__init__()
        self.form_title = title
        self.fields = fields
        self.save_fn = save
        self.version = version
        self.saving = False
        self.conflict = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="mf-form"):
            yield Label(Text(self.form_title), classes="mf-title")
            yield Static("", id="mf-top", classes="-empty")
            for f in self.fields:
                with Horizontal(classes="mf-row"):
                    yield Label(Text(f.label), classes="mf-label")
                    yield self._widget(f)
                yield Static(
                    Text(f.hint),
                    id=f"mf-{f.name}-msg",
                    classes="mf-msg" + ("" if f.hint else " -empty"),
                )
            yield Static(Text(t("master.form.hint")), id="mf-hint")

    def _widget(self, f: FormField) -> Input | TickBox | TextArea:
        wid = f"mf-{f.name}"
        if f.kind == "bool":
            return TickBox(Text(f.label), bool(f.value), id=wid)
        if f.kind == "multiline":
            area = TextArea(str(f.value or ""), id=wid, soft_wrap=True, show_line_numbers=False)
            return area
        suggester = SuggestFromList(f.choices, case_sensitive=False) if f.choices else None
        value = "" if f.value is None else str(f.value)
        return Input(
            value,
            id=wid,
            suggester=suggester,
            select_on_focus=False,
            max_length=f.max_length or 0,
        )

    def on_mount(self) -> None:
        self._initial = self.values()
        first = self.query_one(f"#mf-{self.fields[0].name}")
        first.focus()

    def has_unsaved(self) -> bool:
        """Changed and not saved: Ctrl+Q asks before it is lost."""
        initial = getattr(self, "_initial", None)
        return initial is not None and self.values() != initial

    @on(Input.Submitted)
    def _next_field(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    @on(Input.Changed)
    def _clear_error(self, event: Input.Changed) -> None:
        name = (event.input.id or "").removeprefix("mf-")
        field = next((f for f in self.fields if f.name == name), None)
        if field is not None and event.input.has_class("-field-error"):
            self._message(field, field.hint, error=False)

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self.fields:
            widget = self.query_one(f"#mf-{f.name}")
            if isinstance(widget, TickBox):
                out[f.name] = widget.value
            elif isinstance(widget, TextArea):
                out[f.name] = widget.text
            elif isinstance(widget, Input):
                out[f.name] = widget.value
        return out

    def _message(self, f: FormField, text: str, error: bool) -> None:
        msg = self.query_one(f"#mf-{f.name}-msg", Static)
        msg.update(Text(text))
        msg.set_class(not text, "-empty")
        msg.set_class(error, "-error")
        self.query_one(f"#mf-{f.name}").set_class(error, "-field-error")

    def _top(self, text: str) -> None:
        top = self.query_one("#mf-top", Static)
        top.update(Text(text))
        top.set_class(not text, "-empty")

    def field_for(self, error_field: str) -> FormField:
        for f in self.fields:
            if error_field == f.name or error_field in f.also:
                return f
        return self.fields[0]

    def action_save(self) -> None:
        if self.saving:
            return
        self.saving = True
        values = self.values()
        version = self.version
        for f in self.fields:
            self._message(f, f.hint, error=False)
        if not self.conflict:
            self._top("")
        save = self.save_fn
        run_db(
            self,
            lambda: save(values, version),
            self._saved,
            on_error=self._failed,
            name="master_form_save",
        )

    def _saved(self, result: T) -> None:
        self.saving = False
        self.dismiss(result)

    def _failed(self, exc: BaseException) -> None:
        self.saving = False
        if isinstance(exc, ValidationError):
            self._top("")
            first: FormField | None = None
            for error in exc.errors:
                f = self.field_for(error.field)
                self._message(f, error.message, error=True)
                first = first or f
            if first is not None:
                self.query_one(f"#mf-{first.name}").focus()
            return
        if isinstance(exc, ConflictError):
            self.conflict = True
            self.version = exc.current_version
            details = "; ".join(
                f"{c.field}: {c.theirs!s:.30} (Anda: {c.mine!s:.30})" for c in exc.changes
            )
            self._top(t("master.form.conflict", message=exc.message, details=details))
            return
        sambang_app(self).report_error(exc)
