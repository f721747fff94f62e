"""Placeholder until this section is built."""

from __future__ import annotations

from sambang_tui.ui.screens.placeholder import PlaceholderScreen


class MasterScreen(PlaceholderScreen):
    TITLE_KEY = "nav.master"
