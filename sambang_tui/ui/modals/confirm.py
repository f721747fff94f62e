"""A yes/no question. ``ConfirmModal(question)`` dismisses with True or False;
Enter answers with the focused button, "no" unless ``default_yes``."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from sambang_tui.i18n import t


class ConfirmModal(ModalScreen[bool]):
    DEFAULT_CSS = """
    ConfirmModal { align: center middle; }
    ConfirmModal > Vertical {
        width: 60; max-width: 95%; height: auto;
        border: round $warning; background: $surface; padding: 1 2;
    }
    ConfirmModal #confirm-question { margin-bottom: 1; }
    ConfirmModal Horizontal { height: auto; align: center middle; }
    ConfirmModal Button { margin: 0 1; }
    """
    BINDINGS = [
        Binding("y", "answer(True)", t("word.yes"), id="confirm.yes"),
        Binding("n,escape", "answer(False)", t("word.no"), id="confirm.no"),
    ]

    def __init__(
        self, question: str, yes_label: str = "", no_label: str = "", *, default_yes: bool = False
    ) -> None:
        super().__init__()
        self.default_yes = default_yes  # Enter answers yes (the focused button)
        self.question = question
        self.yes_label = yes_label or t("confirm.yes")
        self.no_label = no_label or t("confirm.no")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.question), id="confirm-question")
            with Horizontal():
                yield Button(self.yes_label, id="yes", variant="warning")
                yield Button(self.no_label, id="no")

    def on_mount(self) -> None:
        self.query_one("#yes" if self.default_yes else "#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)
