"""The floor for start-up: a bare Textual app that shows one static screen,
run headless, exiting as soon as that screen has been painted."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Hello")
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(self.exit)


if __name__ == "__main__":
    BareApp().run(headless=True, size=(80, 24))
