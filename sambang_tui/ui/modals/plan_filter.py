"""Filter the schedule by kelurahan and/or officer text:
``PlanFilterModal(actor, current)`` dismisses with a ``GridFilter`` (empty
for no filter), or None on Esc."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static

from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.master import lookup
from sambang_tui.services.schedule import plan_form
from sambang_tui.ui.widgets.inputs import Input
from sambang_tui.ui.workers import run_db


@dataclass(frozen=True)
class GridFilter:
    kelurahan_id: int | None = None
    kelurahan: str = ""
    text: str = ""

    @property
    def active(self) -> bool:
        return self.kelurahan_id is not None or bool(self.text)

    def describe(self) -> str:
        return " · ".join(p for p in (self.kelurahan, self.text and f'"{self.text}"') if p)


class PlanFilterModal(ModalScreen[GridFilter | None]):
    DEFAULT_CSS = """
    PlanFilterModal { align: center middle; }
    PlanFilterModal > Vertical {
        width: 64; max-width: 100%; height: auto;
        border: round $primary; background: $surface; padding: 0 1;
    }
    PlanFilterModal #filter-msg { height: auto; color: $text-muted; }
    PlanFilterModal #filter-msg.-error { color: $error; }
    PlanFilterModal #filter-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape", "close", t("word.cancel"), id="jadwal.filter.close"),
        Binding(
            "ctrl+delete", "clear", t("jadwal.filter.hint"), id="jadwal.filter.clear", show=False
        ),
    ]

    def __init__(self, actor: Actor, current: GridFilter) -> None:
        super().__init__()
        self.actor = actor
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("jadwal.filter.title"), style="bold"))
            yield Label(Text(t("jadwal.filter.kelurahan")))
            yield Input(self.current.kelurahan, id="filter-kelurahan")
            yield Label(Text(t("jadwal.filter.text")))
            yield Input(self.current.text, id="filter-text")
            yield Static("", id="filter-msg")
            yield Static(Text(t("jadwal.filter.hint")), id="filter-hint")

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "filter-kelurahan":
            return
        actor, value = self.actor, event.value

        def find() -> list[str]:
            return [c.label for c in lookup.kelurahan(actor, value, limit=8)] if value else []

        def show(found: list[str]) -> None:
            msg = self.query_one("#filter-msg", Static)
            msg.remove_class("-error")
            msg.update(Text(t("jadwal.form.choices", items=" | ".join(found)) if found else ""))

        run_db(self, find, show, group="filter-complete", exclusive=True, name="filter_choices")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        kel_text = self.query_one("#filter-kelurahan", Input).value.strip()
        text = self.query_one("#filter-text", Input).value.strip()
        actor = self.actor

        def resolve() -> tuple[int | None, str]:
            kel_id = plan_form.resolve_kelurahan_text(actor, kel_text) if kel_text else None
            names = [c.label for c in lookup.kelurahan(actor, kel_text) if c.id == kel_id]
            return kel_id, names[0] if names else kel_text

        def done(found: tuple[int | None, str]) -> None:
            kel_id, name = found
            if kel_text and kel_id is None:
                msg = self.query_one("#filter-msg", Static)
                msg.add_class("-error")
                msg.update(Text(t("jadwal.form.unknown_kelurahan", text=kel_text)))
                return
            self.dismiss(GridFilter(kel_id, name, text))

        run_db(self, resolve, done, name="filter_resolve")

    def action_clear(self) -> None:
        self.dismiss(GridFilter())

    def action_close(self) -> None:
        self.dismiss(None)
