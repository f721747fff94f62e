"""What to do when someone else saved the report being edited: each field
that differs (mine against what is stored), who saved and when; keep mine,
take theirs, or go back to editing. Never a silent overwrite.

``ConflictModal(error, describe)`` dismisses with ``"mine"``, ``"theirs"``
or ``"edit"``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Static

from sambang_tui.i18n import t
from sambang_tui.services.core.errors import ConflictError

Choice = Literal["mine", "theirs", "edit"]
MAX_CELL = 60


def _plain(value: object) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, list):
        return ", ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items())
    return str(value)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


class ConflictModal(ModalScreen[str]):
    DEFAULT_CSS = """
    ConflictModal { align: center middle; }
    ConflictModal > Vertical {
        width: 96%; max-width: 120; height: auto; max-height: 95%;
        border: round $error; background: $surface; padding: 0 1;
    }
    ConflictModal .title { text-style: bold; color: $error; }
    ConflictModal DataTable { height: auto; max-height: 12; margin: 1 0; }
    ConflictModal Horizontal { height: auto; align: center middle; margin-bottom: 1; }
    ConflictModal Button { margin: 0 1; min-width: 10; }
    """
    BINDINGS = [
        Binding("m", "choose('mine')", t("conflict.keep_mine"), id="conflict.mine"),
        Binding("t", "choose('theirs')", t("conflict.take_theirs"), id="conflict.theirs"),
        Binding("escape,b", "choose('edit')", t("conflict.back"), id="conflict.back"),
    ]

    def __init__(
        self,
        error: ConflictError,
        describe: Callable[[str, object], str] | None = None,
        label: Callable[[str], str] | None = None,
        me: str = "",
    ) -> None:
        """``me``: the login of who sees it (its own saves say so)."""
        super().__init__()
        self.error = error
        self.me = me
        self.describe = describe or (lambda _field, value: _plain(value))
        self.label = label or (lambda field: field)

    def compose(self) -> ComposeResult:
        error = self.error
        with Vertical():
            yield Static(t("conflict.title"), classes="title", markup=False)
            if error.by:
                at = error.at
                when = (
                    at.strftime("%d/%m/%Y %H.%M") if isinstance(at, dt.datetime) else str(at or "")
                )
                mine = error.by_login and error.by_login == self.me
                # the same login in a second window is no "someone else"
                who = t("conflict.who_self" if mine else "conflict.who", by=error.by, at=when)
            else:
                who = t("conflict.who_unknown")
            yield Static(Text(who), id="conflict-who")
            table: DataTable[Text] = DataTable(cursor_type="row", zebra_stripes=True)
            table.add_columns(
                t("conflict.col.field"), t("conflict.col.mine"), t("conflict.col.theirs")
            )
            for change in error.changes:
                table.add_row(
                    Text(self.label(change.field)),
                    Text(_short(self.describe(change.field, change.mine))),
                    Text(_short(self.describe(change.field, change.theirs))),
                )
            if not error.changes:
                table.add_row(Text(t("conflict.no_fields")), Text(""), Text(""))
            yield table
            with Horizontal():
                yield Button(
                    f"{t('conflict.keep_mine')} (m)", id="mine", variant="warning", compact=True
                )
                yield Button(
                    f"{t('conflict.take_theirs')} (t)", id="theirs", variant="primary", compact=True
                )
                yield Button(f"{t('conflict.back')} (b)", id="edit", compact=True)

    def on_mount(self) -> None:
        self.query_one("#edit", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id or "edit")

    def action_choose(self, choice: str) -> None:
        self.dismiss(choice)
