"""F2 Beranda: today's plans, reports waiting for verification, open
problems, counts of the week."""

from __future__ import annotations

from sambang_tui.ui.screens.placeholder import PlaceholderScreen


class HomeScreen(PlaceholderScreen):
    TITLE_KEY = "nav.home"
