"""What one tab of the master-data screen declares: its table's columns,
how its rows are fetched and shown, its form and its delete. The screen
(``screen.py``) runs every tab the same way through this interface."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable

from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.ui.modals.master_form import FormField

Save = Callable[[dict[str, Any], int | None], Any]
Row = tuple[str, list[Text]]


@dataclass
class Form:
    """A form to open: its title, fields and what Ctrl+S runs."""

    title: str
    fields: list[FormField]
    save: Save


@dataclass
class Choices:
    """The officer and kelurahan names a form offers as completions."""

    officers: tuple[str, ...] = ()
    kelurahan: tuple[str, ...] = ()


class MasterTab:
    """One tab. Subclasses set ``name`` and ``columns`` and fill in the
    methods; an instance lives as long as its screen (the audit keeps its
    page and filter)."""

    name: ClassVar[str]
    columns: ClassVar[tuple[tuple[str, int], ...]]
    zebra: ClassVar[bool] = True
    creates: ClassVar[bool] = True  # n and d work here
    writers_edit: ClassVar[bool] = False  # any officer who can write (problems), not only admins
    imports: ClassVar[str | None] = None  # the CSV import kind of i

    def compose(self) -> ComposeResult:
        yield DataTable(id=f"tbl-{self.name}", cursor_type="row", zebra_stripes=self.zebra)

    def fetch(self, actor: Actor) -> Any:
        """Runs in a thread worker; what it returns goes to ``rows``."""
        raise NotImplementedError

    def rows(self, data: Any) -> Iterable[Any]:
        return data

    def cells(self, row: Any) -> list[Row]:
        raise NotImplementedError

    def status(self, count: int) -> str:
        return t(f"master.status.{self.name}", n=count)

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form | None:
        """The form for a new row (``row`` None) or to edit ``row``."""
        return None

    def delete(self, actor: Actor, row: Any) -> Callable[[], str] | None:
        """What deleting ``row`` runs (in a worker): "deleted" or
        "deactivated"; None when this tab deletes nothing."""
        return None

    def title(self, new: bool, what: str) -> str:
        return t(f"master.title.{what}_new") if new else t(f"master.title.{what}_edit")


def deleted(run: Callable[[], object]) -> Callable[[], str]:
    """A delete whose service returns nothing: it reads "deleted"."""

    def go() -> str:
        run()
        return "deleted"

    return go
