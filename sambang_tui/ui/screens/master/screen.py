"""F7 Data induk: officers, kelurahan → RW → RT, assignments, contacts,
activity types, operations, problems, the station, the audit trail and
absences.

One tab per entity (keys 1–9 and 0), each a table declared by its
``MasterTab`` (people, places, setup, audit). ``n`` new, ``e``/Enter edit,
``d`` delete (or deactivate what history still needs) after a question,
``i`` CSV import. In Wilayah, ``w`` adds an RW and ``t`` an RT to the RW
under the cursor. In Masalah, ``s`` settles or reopens. In Audit, ``f``
filters and PgUp/PgDn page. Every database call runs in a thread worker;
user text is shown as plain text.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static, TabbedContent, TabPane

from sambang_tui.i18n import t
from sambang_tui.services.admin.audit_log import AuditFilter
from sambang_tui.services.master import lookup
from sambang_tui.ui.modals.master_audit import AuditDetailModal
from sambang_tui.ui.modals.master_form import MasterFormModal
from sambang_tui.ui.modals.master_import import MasterImportModal
from sambang_tui.ui.screens.master.base import TABS
from sambang_tui.ui.screens.master.places import ProblemsTab
from sambang_tui.ui.screens.master.rw_pane import RwPane
from sambang_tui.ui.screens.master.tab import Choices, Form
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db


def _tab_bindings() -> list[Binding]:
    """Keys 1–9 and 0 pick a tab; the footer shows them once as "0-9 Tab"."""
    hidden = [
        Binding(
            str((i + 1) % 10),
            f"tab('{name}')",
            t(f"master.tab.{name}"),
            id=f"master.tab_{name}",
            show=False,
        )
        for i, name in enumerate(TABS)
    ]
    shown = Binding(
        "tab_hint",
        "tab_hint",
        t("master.tabs"),
        id="master.tabs_hint",
        key_display=f"1-{len(TABS)}" if len(TABS) < 10 else "0-9",
    )
    return [*hidden, shown]


class MasterScreen(RwPane):
    TITLE_KEY = "nav.master"
    HELP_KEY = "master.help"
    DEFAULT_CSS = """
    MasterScreen TabbedContent { height: 1fr; }
    MasterScreen TabPane { padding: 0; height: 1fr; }
    MasterScreen DataTable { height: 1fr; }
    MasterScreen #areas-box { height: 1fr; }
    MasterScreen #tbl-rw { width: 24; border-left: solid $primary; }
    MasterScreen #master-status { height: 1; padding: 0 1; color: $text-muted; }
    """
    BINDINGS = [
        Binding("n", "new", t("master.new"), id="master.new"),
        Binding("e", "edit", t("master.edit"), id="master.edit"),
        Binding("d", "delete", t("master.delete"), id="master.delete"),
        Binding("i", "import_csv", t("master.import"), id="master.import"),
        Binding("w", "add_rw", t("master.add_rw"), id="master.add_rw"),
        Binding("t", "add_rt", t("master.add_rt"), id="master.add_rt"),
        Binding("s", "settle", t("master.settle"), id="master.settle"),
        Binding("f", "filter", t("master.filter"), id="master.filter"),
        Binding("pagedown", "page(1)", t("master.next_page"), id="master.next_page", show=False),
        Binding("pageup", "page(-1)", t("master.prev_page"), id="master.prev_page", show=False),
        Binding("ctrl+r", "reload", t("master.reload"), id="master.reload", show=False),
        *_tab_bindings(),
    ]

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        with TabbedContent(id="master-tabs", initial="tab-officers"):
            for name, tab in self.tabs.items():
                with TabPane(t(f"master.tab.{name}"), id=f"tab-{name}"):
                    yield from tab.compose()
        yield Static("", id="master-status")
        yield self.footer()

    def on_mount(self) -> None:
        for name, tab in self.tabs.items():
            table = self.table(name)
            for key, width in tab.columns:
                table.add_column(Text(t(f"master.col.{key}")), width=width, key=key)
        self.table("rw").add_column(Text(t("master.col.area")), width=18, key="area")
        self.table("officers").focus()
        self.load("officers")
        if not self.actor.sees_audit:  # the trail shows every value: reviewers and admins only
            self.query_one("#master-tabs", TabbedContent).hide_tab("tab-audit")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return True
        try:
            tab = self.tabs[self.tab]
        except Exception:  # noqa: BLE001 - before the tabs exist
            return True
        if action in ("add_rw", "add_rt"):
            return tab.name == "areas"
        if action == "settle":
            return isinstance(tab, ProblemsTab)
        if action in ("filter", "page"):
            return tab is self.audit
        if action == "import_csv":
            return tab.imports is not None
        if action in ("new", "delete"):
            return tab.creates
        return True

    # ---- tabs -------------------------------------------------------------

    def action_tab_hint(self) -> None:
        """Only there to show "1-9 Tab" in the footer."""

    def action_tab(self, name: str) -> None:
        if name == "audit" and not self.actor.sees_audit:
            self.notify(t("master.audit.refused"), severity="warning", markup=False)
            return
        self.query_one("#master-tabs", TabbedContent).active = f"tab-{name}"

    @on(TabbedContent.TabActivated)
    def _tab_changed(self, event: TabbedContent.TabActivated) -> None:
        name = self.tab
        self.refresh_bindings()
        self.table(name).focus()
        if name not in self.loaded:
            self.load(name)
        else:
            self.status_for(name)

    def action_reload(self) -> None:
        self.load(self.tab)

    # ---- new, edit, delete --------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.data_table.id == "tbl-rw":
            return
        self.action_edit()

    def action_new(self) -> None:
        tab = self.tabs[self.tab]
        if not self.can_edit(write_only=tab.writers_edit):
            return
        if self.rw_focused():
            self.action_add_rw()
            return
        self._with_choices(lambda: self._open_form(tab.name, None))

    def action_edit(self) -> None:
        name = self.tab
        if name == "audit":
            row = self.current("audit")
            if row is not None:
                self.app.push_screen(AuditDetailModal(row))
            return
        if not self.can_edit(write_only=self.tabs[name].writers_edit):
            return
        if self.rw_focused():
            self.notify(t("master.rw_no_edit"), markup=False)
            return
        row = self.current(name)
        if row is None:
            self.notify(t("master.nothing_selected"), markup=False)
            return
        self._with_choices(lambda: self._open_form(name, row))

    def _with_choices(self, then: Any) -> None:
        """Load the officer and kelurahan names offered as completions."""
        actor = self.actor

        def fetch() -> Choices:
            return Choices(
                tuple(c.label for c in lookup.officers(actor, limit=500)),
                tuple(c.label for c in lookup.kelurahan(actor, limit=500)),
            )

        def done(found: Choices) -> None:
            self.choices = found
            then()

        run_db(self, fetch, done, name="master_choices")

    def _open_form(self, name: str, row: Any) -> None:
        form = self.tabs[name].form(self.actor, row, self.choices)
        if form is not None:
            version = getattr(row, "version", None) if row is not None else None
            self._push_form(name, form, version)

    def _push_form(self, name: str, form: Form, version: int | None = None) -> None:
        modal: MasterFormModal[Any] = MasterFormModal(form.title, form.fields, form.save, version)
        self.app.push_screen(modal, lambda result: self._saved(name, result))

    def action_delete(self) -> None:
        if not self.can_edit():
            return
        if self.rw_focused():
            self.delete_rw_or_rt()
            return
        tab = self.tabs[self.tab]
        row = self.current(tab.name)
        if row is None:
            self.notify(t("master.nothing_selected"), markup=False)
            return
        run = tab.delete(self.actor, row)
        if run is None:
            return
        label = (
            getattr(row, "name", "")
            or getattr(row, "title", "")
            or getattr(row, "officer_label", "")
            or str(row.id)
        )
        self._confirm_then(t("master.confirm.delete", what=label), run, tab.name)

    def action_settle(self) -> None:
        """Close the problem under the cursor with its resolution, or open a
        settled one again."""
        if not self.can_edit(write_only=True):
            return
        row = self.current("problems")
        if row is None:
            self.notify(t("master.nothing_selected"), markup=False)
            return
        tab = self.tabs["problems"]
        assert isinstance(tab, ProblemsTab)
        if row.status == "selesai":
            question = t("master.confirm.reopen", what=row.title)
            self._confirm_then(question, tab.reopen(self.actor, row), "problems")
            return
        self._push_form("problems", tab.settle_form(self.actor, row), row.version)

    def action_import_csv(self) -> None:
        if not self.can_edit():
            return
        kind = self.tabs[self.tab].imports or "officers"

        def done(result: Any) -> None:
            if result is None:
                return
            kinds = {tab.imports for tab in self.tabs.values()}
            self.load(result.kind if result.kind in kinds else "officers")
            self.loaded.discard("audit")

        self.app.push_screen(MasterImportModal(self.actor, kind), done)

    # ---- audit trail ------------------------------------------------------

    def action_filter(self) -> None:
        form = self.audit.filter_form(self.actor, None, self.choices)

        def done(filt: AuditFilter | None) -> None:
            if filt is None:
                return
            self.audit.filtered(filt)
            self.load("audit")

        self.app.push_screen(MasterFormModal(form.title, form.fields, form.save), done)

    def action_page(self, step: int) -> None:
        if self.audit.turn(step):
            self.load("audit")
