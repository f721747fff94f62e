"""A short text, e.g. why a report is returned. ``NoteModal(title)``
dismisses with the text, or None when cancelled."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from sambang_tui.i18n import t
from sambang_tui.ui.modals.discard import AsksBeforeDiscard
from sambang_tui.ui.widgets.inputs import TextArea


class NoteModal(AsksBeforeDiscard, ModalScreen[str | None]):
    DEFAULT_CSS = """
    NoteModal { align: center middle; }
    NoteModal > Vertical {
        width: 70; max-width: 98%; height: auto;
        border: round $primary; background: $surface; padding: 0 1;
    }
    NoteModal #note-title { width: 1fr; }  /* wraps: a long question was cut at the border */
    NoteModal TextArea { height: 6; }
    NoteModal #note-error { color: $error; height: auto; }
    NoteModal #note-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("word.save"), id="note.save", priority=True),
        Binding("escape", "cancel", t("word.cancel"), id="note.cancel"),
    ]

    def __init__(self, title: str, initial: str = "", required: bool = True) -> None:
        super().__init__()
        self.title_text = title
        self.initial = initial
        self.required = required

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.title_text, style="bold"), id="note-title")
            yield TextArea(self.initial, id="note-text", soft_wrap=True, show_line_numbers=False)
            yield Static("", id="note-error")
            yield Static(Text(f"Ctrl+S {t('word.save')} · Esc {t('word.cancel')}"), id="note-hint")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def has_unsaved(self) -> bool:
        """A note typed and not saved: Ctrl+Q asks before it is lost."""
        return self.query_one(TextArea).text.strip() != self.initial.strip()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """A note being typed: the "required" message no longer applies."""
        self.query_one("#note-error", Static).update("")

    def action_save(self) -> None:
        text = self.query_one(TextArea).text.strip()
        if self.required and not text:
            self.query_one("#note-error", Static).update(Text(t("note.required")))
            return
        self.dismiss(text)
