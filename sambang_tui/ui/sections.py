"""The app's sections: one key each, reachable from anywhere. Screens are
imported only when first opened, so start-up pays for the home screen only."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from textual.screen import Screen


@dataclass(frozen=True)
class Section:
    id: str
    key: str
    label_key: str
    target: str

    def factory(self) -> Callable[[], Screen]:
        def build() -> Screen:
            module_name, class_name = self.target.split(":")
            return getattr(importlib.import_module(module_name), class_name)()

        return build


SECTIONS: tuple[Section, ...] = (
    Section("home", "f2", "nav.home", "sambang_tui.ui.screens.home:HomeScreen"),
    Section("jadwal", "f3", "nav.jadwal", "sambang_tui.ui.screens.jadwal:JadwalScreen"),
    Section("entry", "f4", "nav.entry", "sambang_tui.ui.screens.entry:EntryScreen"),
    Section("list", "f5", "nav.list", "sambang_tui.ui.screens.list_reports:ReportListScreen"),
    Section("rekap", "f6", "nav.rekap", "sambang_tui.ui.screens.rekap:RekapScreen"),
    Section("master", "f7", "nav.master", "sambang_tui.ui.screens.master:MasterScreen"),
    Section("inbox", "f8", "nav.inbox", "sambang_tui.ui.screens.inbox:InboxScreen"),
)
