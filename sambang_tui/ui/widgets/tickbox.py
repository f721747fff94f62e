"""A checkbox that reads the same in every terminal: ``[X] Aktif`` when
ticked, ``[ ] Aktif`` when not (Textual's draws the same X in both states
and tells them apart by colour only), and whose focus marks the label
without a frame that would hide it on a one-line row."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox


class TickBox(Checkbox):
    DEFAULT_CSS = """
    TickBox, TickBox:focus {
        border: none !important;
        height: 1;
        padding: 0 1;
        background: transparent;
    }
    TickBox > .toggle--button, TickBox.-on > .toggle--button {
        background: transparent;
        color: $foreground;
        text-style: bold;
    }
    TickBox:focus > .toggle--label, TickBox.-textual-compact:focus > .toggle--label {
        text-style: bold underline !important;
        background: transparent !important;
        color: $foreground !important;
    }
    """

    @property
    def _button(self) -> Content:
        """``[X]`` or ``[ ]`` in the button style (Textual draws its sides in
        the button's background colour, which a bracket cannot be)."""
        style = self.get_visual_style("toggle--button")
        return Content.assemble(("[" + ("X" if self.value else " ") + "]", style))
