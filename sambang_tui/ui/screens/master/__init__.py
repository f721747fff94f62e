"""F7 Data induk, one ``MasterTab`` per tab (see ``screen.py``)."""

from sambang_tui.ui.screens.master.screen import MasterScreen

__all__ = ["MasterScreen"]
