"""Building blocks of the entry form: compact one-line inputs, short text
areas, and a row that puts labels left of its inputs with the row's error
messages (Indonesian, at the field) underneath."""

from __future__ import annotations

import re

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from sambang_tui.i18n import t
from sambang_tui.ui.widgets.compact import compact
from sambang_tui.ui.widgets.entry_picker import Picker
from sambang_tui.ui.widgets.inputs import Input, TextArea

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
            restrict=restrict,
            id=field_id(field) if with_id else None,
        )
        compact(self)
        self.field = field

    class Refused(Message):
        """A typed character the field does not take (a letter in RT)."""

        def __init__(self, input: FieldInput) -> None:
            super().__init__()
            self.input = input

    def restricted(self) -> None:
        self.post_message(self.Refused(self))

    def _on_paste(self, event: events.Paste) -> None:
        # Textual calls the ``_on_paste`` of every class in the MRO: Input's
        # own runs after this one and inserts the cleaned text (calling it
        # here as well inserted every paste twice)
        event.text = visible(event.text)


class FieldArea(TextArea):
    """A short multi-line text field; Tab leaves it, Enter is a new line."""

    def __init__(self, field: str, *, height: int = 3) -> None:
        super().__init__(
            soft_wrap=True,
            tab_behavior="focus",
            highlight_cursor_line=False,
            id=field_id(field),
        )
        compact(self)
        self.field = field
        self.styles.height = height

    async def _on_paste(self, event: events.Paste) -> None:
        event.text = visible(event.text)  # TextArea's own handler inserts it next

    def _on_resize(self) -> None:
        # TextArea's own handler (run next) wraps the text again at the new
        # width but does not repaint: narrowed by the "periksa" mark beside
        # it, an unfocused field kept its lines wrapped for the old width,
        # cut at the new one (a word of a pasted appeal hidden by the mark)
        self.refresh()


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
    FieldRow.-filled Input.-filled, FieldRow.-filled TextArea.-filled,
    FieldRow.-filled .-filled PickerInput {
        background: $warning 25%;
    }
    FieldRow.-filled Input.-filled:ansi, FieldRow.-filled TextArea.-filled:ansi,
    FieldRow.-filled .-filled PickerInput:ansi {
        background: ansi_default;
        border-left: outer ansi_yellow !important;
    }
    /* the focus bar wins over the "periksa" mark */
    FieldRow.-filled Input.-filled:focus, FieldRow.-filled TextArea.-filled:focus,
    FieldRow.-filled .-filled PickerInput:focus {
        border-left: thick $accent !important;
    }
    FieldRow.-filled Input.-filled:ansi:focus, FieldRow.-filled TextArea.-filled:ansi:focus,
    FieldRow.-filled .-filled PickerInput:ansi:focus {
        border-left: thick ansi_bright_cyan !important;
    }
    """

    def __init__(
        self, *parts: tuple[str, Widget], fields: tuple[str, ...] = (), classes: str = ""
    ) -> None:
        super().__init__(classes=classes)
        self.parts = parts
        self.fields = set(fields)
        self.errors: dict[str, str] = {}
        self.marked: dict[Widget, object] = {}  # field widget → its value when marked

    def compose(self) -> ComposeResult:
        with Horizontal():
            for index, (label, widget) in enumerate(self.parts):
                yield Static(label, classes="lbl" if index == 0 else "lbl2", markup=False)
                yield widget
            yield Static(t("entry.filled_hint"), classes="hint", markup=False)
        yield Static("", classes="field-error", markup=False)
        yield Static("", classes="field-warning", markup=False)

    # -- "periksa": fields a parser filled, marked one by one until edited ----------

    @property
    def field_widgets(self) -> list[Widget]:
        return [widget for _, widget in self.parts if hasattr(widget, "field")]

    @staticmethod
    def widget_value(widget: Widget) -> object:
        if isinstance(widget, TextArea):
            return widget.text
        if isinstance(widget, Input):
            return widget.value
        if isinstance(widget, Picker):
            return (tuple(widget.values), widget.text)
        return None

    # The classes change without restyling; then only what they style is
    # restyled: the fields changed and the hint (a restyle per class, of
    # each node below it, cost most of the time to show the next message).

    def mark(self, widgets: list[Widget]) -> None:
        if not widgets:
            return
        for widget in widgets:
            widget.add_class("-filled", update=False)
            self.marked[widget] = self.widget_value(widget)
        self.add_class("-filled", update=False)
        self._restyle(widgets)

    def unmark(self, widget: Widget | None = None) -> None:
        """Unmark one field widget, or every one; the row's hint goes with the last."""
        if not self.marked:
            return
        changed = [w for w in ([widget] if widget is not None else self.marked) if w in self.marked]
        for marked in changed:
            marked.remove_class("-filled", update=False)
            del self.marked[marked]
        if not self.marked:
            self.remove_class("-filled", update=False)
        self._restyle(changed)

    def _restyle(self, widgets: list[Widget]) -> None:
        if not self.is_mounted:
            return
        nodes: list[Widget] = [self, *self.query(".hint")]
        for widget in widgets:
            nodes.extend(widget.walk_children(Widget, with_self=True))
        self.app.stylesheet.update_nodes(nodes, animate=False)

    def owner_of(self, control: Widget) -> Widget | None:
        for widget in self.field_widgets:
            if control is widget or widget in control.ancestors:
                return widget
        return None

    def on_input_changed(self, event: Input.Changed) -> None:
        self._edited(event.input)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._edited(event.text_area)

    def on_picker_changed(self, event: Picker.Changed) -> None:
        self._edited(event.picker)

    def _edited(self, control: Widget) -> None:
        """Unmark the edited field only; the row keeps its mark while any
        of its fields is still marked."""
        widget = self.owner_of(control)
        if widget in self.marked and self.widget_value(widget) != self.marked[widget]:
            self.unmark(widget)

    def set_warning(self, message: str) -> None:
        """A remark that does not block saving (e.g. the same text as
        another report)."""
        if not message and not self.has_class("-warning"):
            return
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
