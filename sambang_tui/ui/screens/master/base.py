"""What every part of the master-data screen shares: its tabs, the rows
shown, loading a tab, and the steps after a save or a delete."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.widgets import DataTable, Static, TabbedContent

from sambang_tui.i18n import t
from sambang_tui.ui.modals.confirm import ConfirmModal
from sambang_tui.ui.screens.base import SambangScreen
from sambang_tui.ui.screens.master.audit import AuditTab
from sambang_tui.ui.screens.master.people import AbsencesTab, AssignmentsTab, OfficersTab
from sambang_tui.ui.screens.master.places import AreasTab, ContactsTab, ProblemsTab
from sambang_tui.ui.screens.master.setup import OperationsTab, StationTab, TypesTab
from sambang_tui.ui.screens.master.tab import Choices, MasterTab
from sambang_tui.ui.workers import run_db

# in key order: 1–9, then 0 for the absences (issue 18)
TAB_CLASSES: tuple[type[MasterTab], ...] = (
    OfficersTab,
    AreasTab,
    AssignmentsTab,
    ContactsTab,
    TypesTab,
    OperationsTab,
    ProblemsTab,
    StationTab,
    AuditTab,
    AbsencesTab,
)
TABS: tuple[str, ...] = tuple(cls.name for cls in TAB_CLASSES)


class MasterBase(SambangScreen[None]):
    def __init__(self) -> None:
        super().__init__()
        self.tabs: dict[str, MasterTab] = {cls.name: cls() for cls in TAB_CLASSES}
        self.rows: dict[str, dict[str, Any]] = {name: {} for name in (*TABS, "rw")}
        self.rw_rows: dict[str, Any] = {}
        self.loaded: set[str] = set()
        self.choices = Choices()

    @property
    def audit(self) -> AuditTab:
        tab = self.tabs["audit"]
        assert isinstance(tab, AuditTab)
        return tab

    @property
    def tab(self) -> str:
        active = self.query_one("#master-tabs", TabbedContent).active or "tab-officers"
        return active.removeprefix("tab-")

    def table(self, name: str) -> DataTable[Any]:
        return self.query_one(f"#tbl-{name}", DataTable)

    def current_key(self, name: str) -> str | None:
        table = self.table(name)
        if table.row_count == 0:
            return None
        try:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        except Exception:  # noqa: BLE001 - no row under the cursor
            return None
        return str(key.value) if key.value is not None else None

    def current(self, name: str) -> Any:
        key = self.current_key(name)
        return self.rows[name].get(key) if key else None

    def status(self, text: str) -> None:
        self.query_one("#master-status", Static).update(Text(text))

    def can_edit(self, write_only: bool = False) -> bool:
        """Master data needs an admin; problems any officer who can write."""
        if self.actor.can_admin or (write_only and self.actor.can_write):
            return True
        self.notify(
            t("master.readonly_why", user=self.actor.os_user), severity="warning", markup=False
        )
        return False

    # ---- loading ----------------------------------------------------------

    def load(self, name: str, select: int | str | None = None) -> None:
        actor, tab = self.actor, self.tabs[name]
        run_db(
            self,
            lambda: tab.fetch(actor),
            lambda data: self._fill(name, data, select),
            group=f"master-load-{name}",
            exclusive=True,
            name=f"master_load_{name}",
        )

    def _fill(self, name: str, data: Any, select: int | str | None) -> None:
        self.loaded.add(name)
        tab, table = self.tabs[name], self.table(name)
        keep = select if select is not None else self.current_key(name)
        table.clear()
        self.rows[name] = {}
        for row in tab.rows(data):
            for key, cells in tab.cells(row):
                self.rows[name][key] = row
                table.add_row(*cells, key=key)
        if keep is not None and str(keep) in self.rows[name]:
            table.move_cursor(row=table.get_row_index(str(keep)))
        self.status_for(name)
        if name == "areas":
            self._load_rw()

    def _load_rw(self) -> None:
        """The Wilayah tab's RW/RT side (``RwPane``)."""

    def status_for(self, name: str) -> None:
        self.status(self.tabs[name].status(len(self.rows[name])))

    # ---- after a save or a delete -----------------------------------------

    def _confirm_then(self, question: str, run: Callable[[], str], tab: str) -> None:
        def answered(yes: bool | None) -> None:
            if not yes:
                return
            run_db(self, run, lambda outcome: self._deleted(tab, outcome), name="master_delete")

        self.app.push_screen(ConfirmModal(question), answered)

    def _deleted(self, tab: str, outcome: str) -> None:
        self.notify(t(f"master.{outcome}"), markup=False)
        self.load(tab)
        self.loaded.discard("audit")
        if tab in ("officers", "areas"):
            self.loaded.discard("assignments")
            self.loaded.discard("contacts")

    def _saved(self, tab: str, result: Any) -> None:
        if result is None:
            return
        self.notify(t("master.saved"), markup=False)
        select = getattr(result, "id", None) if self.tabs[tab].creates else None
        self.load(tab, select)
        self.loaded.discard("audit")
        if tab in ("officers", "areas"):
            self.loaded.discard("assignments")
            self.loaded.discard("contacts")
            self.loaded.discard("station")
