"""The floor for start-up: a bare Textual app that shows one static screen,
run headless, exiting as soon as that screen has been painted; with
``--terminal``, in the terminal it is started in, staying open (the tmux
measure reads the screen until "Hello" is on it)."""

from __future__ import annotations

import sys

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Hello")
        yield Footer()

    def on_mount(self) -> None:
        if not TERMINAL:
            self.call_after_refresh(self.exit)


TERMINAL = "--terminal" in sys.argv

if __name__ == "__main__":
    if TERMINAL:
        BareApp().run()
    else:
        BareApp().run(headless=True, size=(80, 24))
