"""Why a plan is cancelled: ``PlanCancelModal(plan_label)`` dismisses with
the reason, or None on Esc. A reason is required."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from sambang_tui.i18n import t
from sambang_tui.ui.modals.discard import AsksBeforeDiscard
from sambang_tui.ui.widgets.inputs import Input


class PlanCancelModal(AsksBeforeDiscard, ModalScreen[str | None]):
    DEFAULT_CSS = """
    PlanCancelModal { align: center middle; }
    PlanCancelModal > Vertical {
        width: 70; max-width: 100%; height: auto;
        border: round $warning; background: $surface; padding: 0 1;
    }
    PlanCancelModal #cancel-error { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", t("word.cancel"), id="jadwal.cancel_reason.close")]

    def __init__(self, plan_label: str) -> None:
        super().__init__()
        self.plan_label = plan_label

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("jadwal.cancel.title", plan=self.plan_label), style="bold"))
            yield Input(id="cancel-reason", max_length=250)
            yield Static("", id="cancel-error")

    def has_unsaved(self) -> bool:
        """A reason typed and not given: Ctrl+Q asks before it is lost."""
        return bool(self.query_one("#cancel-reason", Input).value.strip())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        reason = event.value.strip()
        if not reason:
            self.query_one("#cancel-error", Static).update(Text(t("jadwal.cancel.required")))
            return
        self.dismiss(reason)

    def on_input_changed(self, event: Input.Changed) -> None:
        """The reason being typed: the refusal has been answered."""
        if event.value.strip():
            self.query_one("#cancel-error", Static).update("")
