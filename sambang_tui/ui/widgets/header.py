"""The one-line header: station, person at the keyboard, today's date."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from sambang_tui.i18n import format_date_long
from sambang_tui.services import clock


class SambangHeader(Widget):
    DEFAULT_CSS = """
    SambangHeader {
        dock: top;
        height: 1;
        background: $primary;
        color: $text;
    }
    """

    def render(self) -> Text:
        ctx = getattr(self.app, "ctx", None)
        station = ctx.station_name if ctx else ""
        person = ctx.actor.display_name if ctx else ""
        date = format_date_long(clock.today())
        left = Text(f" {station}", style="bold")
        left.append(f" │ {person}")
        right = Text(f"{date} ")
        width = self.size.width
        pad = max(1, width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * pad, right)
