"""Pick the Polsek to work in (a Polres reader on a database of several):
``StationPickerModal(stations, current)`` dismisses with the chosen
station's id, or None on Esc."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from sambang_tui.i18n import t
from sambang_tui.services.recap.polres import StationRow


class StationPickerModal(ModalScreen[int | None]):
    DEFAULT_CSS = """
    StationPickerModal { align: center middle; }
    StationPickerModal > Vertical {
        width: 60; max-width: 100%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    StationPickerModal OptionList { height: auto; max-height: 16; }
    StationPickerModal #station-hint { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "close", t("polres.pick.close"), id="polres.pick.close")]

    def __init__(self, stations: list[StationRow], current: int) -> None:
        super().__init__()
        self.stations = stations
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("polres.pick.title"), style="bold"))
            options = []
            for s in self.stations:
                line = Text("● " if s.id == self.current else "  ")
                line.append(s.name, style="bold" if s.id == self.current else "")
                if s.city:
                    line.append(f" · {s.city}", style="dim")
                options.append(Option(line, id=str(s.id)))
            yield OptionList(*options, id="station-list")
            yield Static(Text(t("polres.pick.hint")), id="station-hint")

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.focus()
        index = next((i for i, s in enumerate(self.stations) if s.id == self.current), 0)
        listing.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))

    def action_close(self) -> None:
        self.dismiss(None)
