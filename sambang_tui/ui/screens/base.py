"""The base of the section screens: typed access to the app and the session."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.screen import Screen, ScreenResultType
from textual.widgets import Footer

from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.ui.context import AppContext, app_context, sambang_app

if TYPE_CHECKING:
    from sambang_tui.ui.app import SambangApp


class SambangScreen(Screen[ScreenResultType]):
    _resumed = False

    def _on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first resume of a screen just mounted skips Textual's restyle
        of every widget: each was styled as it mounted, and a class changed
        since restyled its own part. On the entry form the second pass cost
        a fifth of the time to open it. Later resumes restyle as usual."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def footer(self) -> Footer:
        """The key bar, compact as the app is from the start: made plain and
        made compact once mounted, it laid out its keys twice."""
        return Footer(compact=self.app.has_class("-compact"))

    def section_shown(self) -> None:
        """Its section key pressed while it is the section's screen already,
        or again after another section (F4 offers a draft left for later)."""

    def notify_realised(self, saved: object) -> None:
        """Say what the entry form opened from a plan saved (Beranda, Jadwal)."""
        number = getattr(saved, "number", None)
        if number and getattr(saved, "plan_left", False):
            # the plan changed at another desk meanwhile: the form said how
            self.notify(
                t("jadwal.realised_plan_left", number=number), severity="warning", markup=False
            )
        elif number:
            self.notify(t("jadwal.realised", number=number), markup=False)

    @property
    def sambang(self) -> SambangApp:
        """The running app, typed."""
        return sambang_app(self)

    @property
    def ctx(self) -> AppContext:
        return app_context(self)

    @property
    def actor(self) -> Actor:
        """Who is at the desk: what they may see and do."""
        return app_context(self).actor
