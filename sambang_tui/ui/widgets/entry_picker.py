"""A one-line chooser with completion: the chosen values show as chips
before the input, matches drop down under it while typing.

Keys in the input: ↑/↓ move through the matches; Enter accepts the
highlighted match and asks the form to move on (on an empty input it only
moves on); a comma accepts and stays, to add another; Backspace on an empty
input removes the last chip; Escape closes the list.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.message import Message
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from sambang_tui.ui.widgets.compact import compact
from sambang_tui.ui.widgets.inputs import Input

MAX_MATCHES = 8


@dataclass(frozen=True)
class PickItem:
    id: int | str
    label: str
    detail: str = ""
    code: str = ""
    kind: str = ""

    def matches(self, text: str) -> int | None:
        """Rank of a match (lower is better) or None."""
        low = text.lower().strip()
        if not low:
            return 2
        if self.code and self.code.lower() == low:
            return -1
        if self.code and self.code.lower().startswith(low):
            return 0
        label = self.label.lower()
        if label.startswith(low):
            return 1
        if low in label or low in self.detail.lower():
            return 2
        return None


class PickerInput(Input):
    """The typing part of a ``Picker``."""

    BINDINGS = [
        Binding("enter", "pick_accept", show=False),
        Binding("down", "pick_move(1)", show=False),
        Binding("up", "pick_move(-1)", show=False),
        Binding("backspace", "pick_backspace", show=False),
        Binding("escape", "pick_close", show=False),
    ]

    @property
    def picker(self) -> Picker:
        return self.query_ancestor(Picker)

    async def _on_key(self, event: events.Key) -> None:
        if event.character == ",":
            event.stop()
            event.prevent_default()
            self.picker.accept(advance=False)
        # any other key: Textual calls the ``_on_key`` of each class after
        # this one (the bindings run in order, then Input inserts the text)

    def action_pick_accept(self) -> None:
        self.picker.accept(advance=True)

    def action_pick_move(self, step: int) -> None:
        if not self.picker.move(step):
            raise SkipAction()

    def action_pick_backspace(self) -> None:
        if not self.value and self.cursor_position == 0 and self.picker.values:
            self.picker.remove_last()
            return
        self.action_delete_left()

    def action_pick_close(self) -> None:
        if not self.picker.close():
            raise SkipAction()


class _Dropdown(OptionList):
    can_focus = False


class Picker(Widget):
    """Chooses one (``multiple=False``) or several items by typing."""

    DEFAULT_CSS = """
    Picker { height: auto; width: 1fr; }
    Picker > Horizontal { height: 1; width: 1fr; }
    Picker .chip {
        width: auto; height: 1; margin-right: 1; padding: 0 1;
        background: $accent 40%; color: $text;
    }
    Picker PickerInput { width: 1fr; min-width: 8; }
    Picker _Dropdown {
        display: none; height: auto; max-height: 7; width: 1fr;
        border: none; padding: 0; background: $panel;
    }
    Picker _Dropdown.-open { display: block; }
    """

    class Changed(Message):
        def __init__(self, picker: Picker) -> None:
            super().__init__()
            self.picker = picker

        @property
        def control(self) -> Picker:
            return self.picker

    class Chosen(Message):
        """The person chose or removed a value (not a programmatic fill)."""

        def __init__(self, picker: Picker) -> None:
            super().__init__()
            self.picker = picker

    class Advance(Message):
        def __init__(self, picker: Picker) -> None:
            super().__init__()
            self.picker = picker

    class NoMatch(Message):
        def __init__(self, picker: Picker, text: str) -> None:
            super().__init__()
            self.picker = picker
            self.text = text

    def __init__(
        self,
        field: str,
        *,
        multiple: bool = False,
        placeholder: str = "",
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        self.field = field
        self.multiple = multiple
        self.placeholder = placeholder
        self.items: list[PickItem] = []
        self._by_id: dict[int | str, PickItem] = {}
        self.values: list[int | str] = []
        self._matches: list[PickItem] = []
        self._matched_text = ""

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield compact(PickerInput(placeholder=self.placeholder, id=f"{self.id}-input"))
        yield _Dropdown()

    @property
    def input(self) -> PickerInput:
        return self.query_one(PickerInput)

    @property
    def text(self) -> str:
        return self.input.value if self.is_mounted else ""

    @property
    def is_empty(self) -> bool:
        return not self.values and not self.text.strip()

    def focus(self, scroll_visible: bool = True) -> Picker:
        self.input.focus(scroll_visible)
        return self

    def item(self, value: int | str) -> PickItem | None:
        return self._by_id.get(value)

    def set_items(self, items: list[PickItem]) -> None:
        self.items = list(items)
        self._by_id = {item.id: item for item in items}
        self._render_chips()

    def set_values(self, values: list[int | str], *, notify: bool = True) -> None:
        unique: list[int | str] = []
        for value in values:
            if value not in unique:
                unique.append(value)
        self.values = unique if self.multiple else unique[:1]
        self._render_chips()
        if notify:
            self.post_message(self.Changed(self))

    def set_text(self, text: str) -> None:
        self.input.value = text

    def chip_label(self, value: int | str) -> str:
        item = self._by_id.get(value)
        if item is None:
            return f"#{value}"
        return item.label.split(" · ")[0]

    def _render_chips(self) -> None:
        if not self.is_mounted:
            return
        row = self.query_one(Horizontal)
        for chip in list(row.query(".chip")):
            chip.remove()
        chips = [Static(Text(self.chip_label(v)), classes="chip") for v in self.values]
        self.input.placeholder = "" if self.values else self.placeholder
        if chips:
            row.mount_all(chips, before=self.input)

    def on_mount(self) -> None:
        self._render_chips()

    # -- completion ----------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._refresh_matches(event.value)
        self.post_message(self.Changed(self))

    def _refresh_matches(self, text: str) -> None:
        self._matched_text = text
        dropdown = self.query_one(_Dropdown)
        if not text.strip():
            self._matches = []
            dropdown.remove_class("-open")
            return
        ranked = [
            (rank, i, item)
            for i, item in enumerate(self.items)
            if (rank := item.matches(text)) is not None
        ]
        ranked.sort(key=lambda r: (r[0], r[1]))
        self._matches = [item for _, _, item in ranked[:MAX_MATCHES]]
        dropdown.clear_options()
        if not self._matches:
            dropdown.remove_class("-open")
            return
        options = []
        for item in self._matches:
            prompt = Text(item.label)
            if item.detail:
                prompt.append(f"  {item.detail}", style="dim")
            options.append(Option(prompt))
        dropdown.add_options(options)
        dropdown.highlighted = 0
        if not dropdown.has_class("-open"):
            dropdown.add_class("-open")
            self.call_after_refresh(dropdown.scroll_visible, animate=False)

    def move(self, step: int) -> bool:
        dropdown = self.query_one(_Dropdown)
        if not dropdown.has_class("-open") or not self._matches:
            return False
        current = dropdown.highlighted or 0
        dropdown.highlighted = (current + step) % len(self._matches)
        return True

    def close(self) -> bool:
        dropdown = self.query_one(_Dropdown)
        if dropdown.has_class("-open"):
            dropdown.remove_class("-open")
            return True
        return False

    def accept(self, *, advance: bool) -> bool:
        """Take the highlighted match (or nothing, when empty); False when the
        text matches nothing."""
        text = self.text.strip()
        if not text:
            if advance:
                self.post_message(self.Advance(self))
            return True
        if self.input.value != self._matched_text:  # typed faster than Changed arrived
            self._refresh_matches(self.input.value)
        dropdown = self.query_one(_Dropdown)
        if not self._matches:
            self.post_message(self.NoMatch(self, text))
            return False
        index = dropdown.highlighted if dropdown.highlighted is not None else 0
        self._choose(self._matches[index])
        if advance:
            self.post_message(self.Advance(self))
        return True

    def _choose(self, item: PickItem) -> None:
        values = [*self.values, item.id] if self.multiple else [item.id]
        self.input.value = ""
        self.close()
        self.set_values(values)
        self.post_message(self.Chosen(self))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self._matches):
            self._choose(self._matches[event.option_index])
            self.input.focus()

    def remove_last(self) -> None:
        if self.values:
            self.set_values(self.values[:-1])
            self.post_message(self.Chosen(self))
