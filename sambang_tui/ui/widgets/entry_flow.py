"""How the keyboard moves through the entry form: Enter to the next empty
field, Tab and Shift+Tab round the fields, Ctrl+Up/Down from group to group."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widget import Widget
from textual.widgets import Input, TextArea

from sambang_tui.ui.widgets.entry_panels import Group
from sambang_tui.ui.widgets.entry_picker import PickerInput


class FormFlow(VerticalScroll):
    @staticmethod
    def field_is_empty(widget: Widget) -> bool:
        if isinstance(widget, PickerInput):
            return widget.picker.is_empty
        if isinstance(widget, Input):
            return not widget.value.strip()
        if isinstance(widget, TextArea):
            return not widget.text.strip()
        return False

    def advance(self, widget: Widget) -> None:
        """Move to the next empty field after ``widget`` (else the next one)."""
        chain = [w for w in self.screen.focus_chain if self in w.ancestors]
        if widget not in chain:
            return
        index = chain.index(widget)
        # set_focus, not focus(): focus() waits for the next turn, and keys
        # already typed would still go to the field being left.
        for candidate in chain[index + 1 :]:
            if self.field_is_empty(candidate):
                self.screen.set_focus(candidate)
                return
        if index + 1 < len(chain):
            self.screen.set_focus(chain[index + 1])

    def step(self, widget: Widget, step: int) -> None:
        """The next (``step`` 1) or previous (-1) field, wrapping around."""
        chain = [w for w in self.screen.focus_chain if self in w.ancestors]
        if widget in chain:
            self.screen.set_focus(chain[(chain.index(widget) + step) % len(chain)])

    def jump_group(self, widget: Widget | None, step: int) -> None:
        groups = [
            g
            for g in self.query(Group)
            if g.display and (not g.has_class("panel") or g.has_class("-shown"))
        ]
        if not groups:
            return
        current = 0
        if widget is not None:
            for i, group in enumerate(groups):
                if group in widget.ancestors:
                    current = i
                    break
        target = groups[(current + step) % len(groups)]
        chain = [w for w in self.screen.focus_chain if target in w.ancestors]
        if chain:
            # at once, not after a refresh: a second jump typed ahead starts here
            self.screen.set_focus(chain[0])
            target.scroll_visible(top=True)
