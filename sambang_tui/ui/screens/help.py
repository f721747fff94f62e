"""F1: context help — what the screen underneath is for, its keys, and the
keys that work everywhere."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from sambang_tui.i18n import t
from sambang_tui.ui.keymap import KeyLine


def _key_table(title: str, lines: list[KeyLine]) -> Text:
    text = Text(title, style="bold")
    width = max((len(line.key) for line in lines), default=4)
    for line in lines:
        text.append("\n")
        text.append(f"  {line.key:<{width}}", style="bold")
        text.append(f"  {line.description}")
    return text


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 96; height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    HelpScreen .help-title { text-style: bold; color: $accent; }
    HelpScreen .help-para { margin: 1 0; }
    .-compact HelpScreen > VerticalScroll { width: 100%; height: 100%; border: none; }
    """
    BINDINGS = [
        Binding("escape,f1,q", "close", t("help.close"), id="help.close"),
    ]

    def __init__(
        self, screen_title: str, paragraph: str, screen_keys: list[KeyLine], app_keys: list[KeyLine]
    ) -> None:
        super().__init__()
        self.screen_title = screen_title
        self.paragraph = paragraph
        self.screen_keys = screen_keys
        self.app_keys = app_keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body"):
            yield Static(
                Text(t("help.title", screen=self.screen_title)),
                classes="help-title",
                id="help-title",
            )
            yield Static(
                Text(self.paragraph or t("help.none")), classes="help-para", id="help-para"
            )
            if self.screen_keys:
                yield Static(
                    _key_table(t("help.screen_keys"), self.screen_keys), id="help-screen-keys"
                )
            yield Static(Text(""))
            yield Static(_key_table(t("help.global_keys"), self.app_keys), id="help-app-keys")
            yield Static(Text("\n" + t("help.shell")), classes="help-para")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
