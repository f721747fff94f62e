"""The Textual interface. Talks to ``sambang_tui.services`` only."""
