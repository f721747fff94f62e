"""The app's text fields: Textual's ``Input`` and ``TextArea`` that handle
their own keys in the order they were typed.

Textual runs a focused field's own key bindings (End, Home, ←, Backspace …)
only when the key has bubbled up to the app, while the characters typed
after it are inserted by the field as soon as it reads them. Keys that
arrive in one read — a burst over a slow SSH link — then change places:
End followed by " Q" on a field just entered with Tab (all of it selected)
replaced the whole text with " Q"; Home and "X" put the X at the end. These
fields run a binding of their own in their own turn, between the keys typed
before and after it; a binding that does not apply (its action skipped)
goes on up as before. Every field of the app's forms is made from here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual import widgets as _textual

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    # not a widget itself: Textual takes the styles and component classes
    # of a widget from its first base that is one (Input, TextArea)
    _Base = object


class KeysInOrder(_Base):
    """Mixed in before a widget class: runs the widget's own (non-priority)
    key bindings as it reads each key, not after the key has gone round the
    app."""

    async def _on_key(self, event: events.Key) -> None:
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if binding.priority:
                continue  # the app ran it before the key got here
            if await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()  # Input's and TextArea's own handlers
                return


class Input(KeysInOrder, _textual.Input):
    """A one-line field whose keys land in the order typed."""


class TextArea(KeysInOrder, _textual.TextArea):
    """A multi-line field whose keys land in the order typed."""
