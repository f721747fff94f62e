"""Building blocks of the entry form: compact one-line inputs, short text
areas, and a row that puts labels left of its inputs with the row's error
messages (Indonesian, at the field) underneath."""

from __future__ import annotations

import re

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea

from sambang_tui.i18n import t

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Text without control characters (an escape sequence pasted in keeps
    its printable tail), so nothing typed can drive the terminal."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def field_id(name: str) -> str:
    """The widget id of a form field named like a ``ReportInput`` attribute."""
    return "f-" + name.replace(".", "--").replace("_", "-")


class FieldInput(Input):
    """A one-line input that belongs to the form field ``field``."""

    def __init__(
        self,
        field: str,
        *,
        value: str = "",
        placeholder: str = "",
        restrict: str | None = None,
        with_id: bool = True,
    ) -> None:
        super().__init__(
            value,
            placeholder=placeholder,
            compact=True,
            restrict=restrict,
            id=field_id(field) if with_id else None,
        )
        self.field = field

    def _on_paste(self, event: events.Paste) -> None:
        event.text = visible(event.text)
        super()._on_paste(event)


class FieldArea(TextArea):
    """A short multi-line text field; Tab leaves it, Enter is a new line."""

    def __init__(self, field: str, *, height: int = 3) -> None:
        super().__init__(
            soft_wrap=True,
            tab_behavior="focus",
            compact=True,
            highlight_cursor_line=False,
            id=field_id(field),
        )
        self.field = field
        self.styles.height = height

    async def _on_paste(self, event: events.Paste) -> None:
        event.text = visible(event.text)
        await super()._on_paste(event)


class FieldRow(Vertical):
    """One line of ``(label, widget)`` pairs and the errors of its fields."""

    DEFAULT_CSS = """
    FieldRow { height: auto; width: 1fr; }
    FieldRow > Horizontal { height: auto; width: 1fr; }
    FieldRow .lbl { width: 13; height: 1; color: $text-muted; }
    FieldRow .lbl2 { width: auto; height: 1; margin: 0 1; color: $text-muted; }
    FieldRow .hint { width: auto; height: 1; display: none; color: $warning; margin-left: 1; }
    FieldRow.-filled .hint { display: block; }
    FieldRow .field-error { display: none; height: auto; color: $error; padding-left: 13; }
    FieldRow.-error .field-error { display: block; }
    FieldRow .field-warning { display: none; height: auto; color: $warning; padding-left: 13; }
    FieldRow.-warning .field-warning { display: block; }
    FieldRow.-filled Input, FieldRow.-filled TextArea, FieldRow.-filled PickerInput {
        background: $warning 25%;
    }
    """

    def __init__(
        self, *parts: tuple[str, Widget], fields: tuple[str, ...] = (), classes: str = ""
    ) -> None:
        super().__init__(classes=classes)
        self.parts = parts
        self.fields = set(fields)
        self.errors: dict[str, str] = {}
        self.filled_value: tuple[object, ...] | None = None  # as marked for review

    def compose(self) -> ComposeResult:
        with Horizontal():
            for index, (label, widget) in enumerate(self.parts):
                yield Static(label, classes="lbl" if index == 0 else "lbl2", markup=False)
                yield widget
            yield Static(t("entry.filled_hint"), classes="hint", markup=False)
        yield Static("", classes="field-error", markup=False)
        yield Static("", classes="field-warning", markup=False)

    def set_warning(self, message: str) -> None:
        """A remark that does not block saving (e.g. the same text as
        another report)."""
        self.set_class(bool(message), "-warning")
        if self.is_mounted:
            self.query_one(".field-warning", Static).update(Text(message))

    def set_error(self, field: str, message: str) -> None:
        self.errors[field] = message
        self._show()

    def clear_error(self, field: str | None = None) -> None:
        if field is None:
            self.errors.clear()
        else:
            self.errors.pop(field, None)
        self._show()

    def _show(self) -> None:
        if not self.is_mounted:
            return
        self.set_class(bool(self.errors), "-error")
        self.query_one(".field-error", Static).update(Text(" ".join(self.errors.values())))
