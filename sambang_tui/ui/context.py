"""What the running app knows about its session, handed to every screen,
and the one typed way to reach it from a widget or screen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, cast

from sambang_tui.config import Settings
from sambang_tui.services.core.actor import Actor

if TYPE_CHECKING:
    from textual.message_pump import MessagePump

    from sambang_tui.ui.app import SambangApp


@dataclass
class AppContext:
    db_target: str
    actor: Actor
    station_name: str
    settings: Settings = field(default_factory=Settings)
    demo: bool = False


def sambang_app(node: MessagePump) -> SambangApp:
    """The running app as a ``SambangApp`` (Textual types ``node.app`` as a
    plain ``App``)."""
    return cast("SambangApp", node.app)


def app_context(node: MessagePump) -> AppContext:
    """The session of the app ``node`` runs in."""
    return sambang_app(node).ctx
