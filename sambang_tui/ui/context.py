"""What the running app knows about its session, handed to every screen."""

from __future__ import annotations

from dataclasses import dataclass, field

from sambang_tui.config import Settings
from sambang_tui.services.core.actor import Actor


@dataclass
class AppContext:
    db_target: str
    actor: Actor
    station_name: str
    settings: Settings = field(default_factory=Settings)
    demo: bool = False
