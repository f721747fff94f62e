"""The one-line header: station, person at the keyboard, the section, today's date."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from sambang_tui.i18n import format_date_long
from sambang_tui.services.core import clock
from sambang_tui.ui.text import clean


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
        left = Text(f" {clean(station)}", style="bold")
        left.append(f" │ {clean(person)}")
        title = getattr(self.app, "screen_title", None)
        if callable(title):
            left.append(f" │ {title(self.screen)}", style="italic")
        right = Text(f"{date} ")
        width = self.size.width
        if left.cell_len + right.cell_len + 1 > width:
            left.truncate(max(1, width - right.cell_len - 1), overflow="ellipsis")
        pad = max(1, width - left.cell_len - right.cell_len)
        return Text.assemble(left, " " * pad, right)
