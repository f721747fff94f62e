"""F7 Data induk: officers, kelurahan → RW → RT, assignments, contacts,
activity types, operations, the station, and the audit trail.

One tab per entity (keys 1–8), each a table. ``n`` new, ``e``/Enter edit,
``d`` delete (or deactivate what history still needs) after a question,
``i`` CSV import. In Wilayah, ``w`` adds an RW and ``t`` an RT to the RW
under the cursor. In Audit, ``f`` filters and PgUp/PgDn page. Every database
call runs in a thread worker; user text is shown as plain text.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static, TabbedContent, TabPane

from sambang_tui.i18n import t
from sambang_tui.services.admin import audit_log
from sambang_tui.services.admin.audit_log import AuditFilter, AuditRow
from sambang_tui.services.core.dates import parse_date
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.vocab import (
    ABSENCE_KINDS,
    AREA_KINDS,
    CONTACT_CATEGORIES,
    RANKS,
    ROLES,
)
from sambang_tui.services.master import (
    absences,
    activity_types,
    areas,
    assignments,
    contacts,
    lookup,
    officers,
    operations,
    problems,
    station,
)
from sambang_tui.services.master.absences import AbsenceInput
from sambang_tui.services.master.activity_types import ActivityTypeInput
from sambang_tui.services.master.areas import KelurahanInput
from sambang_tui.services.master.assignments import AssignmentInput
from sambang_tui.services.master.contacts import ContactInput
from sambang_tui.services.master.officers import OfficerInput
from sambang_tui.services.master.operations import OperationInput
from sambang_tui.services.master.problems import ProblemInput
from sambang_tui.services.master.station import StationInput
from sambang_tui.ui.modals.confirm import ConfirmModal
from sambang_tui.ui.modals.master_audit import AuditDetailModal
from sambang_tui.ui.modals.master_form import FormField, MasterFormModal
from sambang_tui.ui.modals.master_import import MasterImportModal
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.workers import run_db

TABS: tuple[str, ...] = (
    "officers",
    "areas",
    "assignments",
    "contacts",
    "types",
    "operations",
    "problems",
    "station",
    "audit",
    "absences",  # key 0: officers on leave or duty elsewhere (issue 18)
)
IMPORTABLE = {"officers": "officers", "areas": "areas", "contacts": "contacts"}
AUDIT_PAGE = 100
FORM_KINDS = ("general", "dds", "deteksi_dini", "problem_solving")


def _d(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _n(number: int | None) -> str:
    return f"{number:02d}" if number else ""


def _yes(flag: bool) -> str:
    return t("word.yes") if flag else t("word.no")


def _label(prefix: str, code: str) -> str:
    """The catalogue label of a vocabulary code (``role.kanit_binmas`` →
    "Kanit Binmas"); a table-sized ``master.<prefix>.<code>`` wins, and a code
    without a label shows as itself."""
    for key in (f"master.{prefix}.{code}", f"{prefix}.{code}"):
        text = t(key)
        if text != key:
            return text
    return code


def _vocab(prefix: str, codes: tuple[str, ...]) -> tuple[str, ...]:
    """The names a form shows and completes for a vocabulary's codes."""
    return tuple(_label(prefix, code) for code in codes)


def _code(prefix: str, codes: tuple[str, ...], text: str) -> str:
    """The code of a name typed into a form; other text goes to the service
    as typed (it knows more spellings and says what is wrong)."""
    typed = " ".join(text.split()).lower()
    for code in codes:
        if typed in (code, _label(prefix, code).lower()):
            return code
    return text


def _cell(value: str, style: str = "") -> Text:
    """A table cell: plain text (never markup) that ends in "…" when cut."""
    return Text(value, style=style, no_wrap=True, overflow="ellipsis", end="")


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


class MasterScreen(Screen[None]):
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

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, dict[str, Any]] = {name: {} for name in (*TABS, "rw")}
        self.rw_rows: dict[str, Any] = {}
        self.audit_filter = AuditFilter()
        self.audit_page = 0
        self.audit_total = 0
        self.loaded: set[str] = set()
        self.choices: dict[str, tuple[str, ...]] = {"officers": (), "kelurahan": ()}

    # ---- layout ---------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        with TabbedContent(id="master-tabs", initial="tab-officers"):
            with TabPane(t("master.tab.officers"), id="tab-officers"):
                yield DataTable(id="tbl-officers", cursor_type="row", zebra_stripes=True)
            with TabPane(t("master.tab.areas"), id="tab-areas"), Horizontal(id="areas-box"):
                yield DataTable(id="tbl-areas", cursor_type="row", zebra_stripes=True)
                yield DataTable(id="tbl-rw", cursor_type="row")
            with TabPane(t("master.tab.assignments"), id="tab-assignments"):
                yield DataTable(id="tbl-assignments", cursor_type="row", zebra_stripes=True)
            with TabPane(t("master.tab.contacts"), id="tab-contacts"):
                yield DataTable(id="tbl-contacts", cursor_type="row", zebra_stripes=True)
            with TabPane(t("master.tab.types"), id="tab-types"):
                yield DataTable(id="tbl-types", cursor_type="row", zebra_stripes=True)
            with TabPane(t("master.tab.operations"), id="tab-operations"):
                yield DataTable(id="tbl-operations", cursor_type="row", zebra_stripes=True)
            with TabPane(t("master.tab.problems"), id="tab-problems"):
                yield DataTable(id="tbl-problems", cursor_type="row", zebra_stripes=True)
            with TabPane(t("master.tab.station"), id="tab-station"):
                yield DataTable(id="tbl-station", cursor_type="row")
            with TabPane(t("master.tab.audit"), id="tab-audit"):
                yield DataTable(id="tbl-audit", cursor_type="row", zebra_stripes=True)
            with TabPane(t("master.tab.absences"), id="tab-absences"):
                yield DataTable(id="tbl-absences", cursor_type="row", zebra_stripes=True)
        yield Static("", id="master-status")
        yield Footer()

    def on_mount(self) -> None:
        cols = {
            # rank and name share a column: the name gets the room at 80 columns
            "officers": [
                ("nrp", 8),
                ("rank_name", 28),
                ("role", 15),
                ("login", 12),
                ("active", 5),
            ],
            "areas": [("name", 18), ("kind", 9), ("kecamatan", 12), ("rw", 3), ("rt", 4)],
            "rw": [("area", 18)],
            "assignments": [("officer", 36), ("kelurahan", 14), ("start", 10), ("end", 10)],
            "contacts": [
                ("name", 21),
                ("category", 19),
                ("kelurahan", 11),
                ("rwrt", 5),
                ("phone", 12),
            ],
            "types": [("code", 5), ("name", 32), ("form_kind", 15), ("active", 5)],
            "operations": [("name", 42), ("start", 10), ("end", 10)],
            "problems": [
                ("title", 26),
                ("kelurahan", 12),
                ("rw", 3),
                ("opened", 10),
                ("status", 8),
                ("reports", 4),
            ],
            "station": [("field", 18), ("value", 54)],
            "absences": [("officer", 30), ("absence", 11), ("start", 10), ("end", 10), ("days", 4)],
            "audit": [
                ("at", 11),
                ("user", 12),
                ("action", 6),
                ("table", 10),
                ("row", 5),
                ("changes", 23),
            ],
        }
        for name, columns in cols.items():
            table = self.query_one(f"#tbl-{name}", DataTable)
            for key, width in columns:
                table.add_column(Text(t(f"master.col.{key}")), width=width, key=key)
        self.query_one("#tbl-officers", DataTable).focus()
        self.load("officers")
        if not self.actor.sees_audit:  # the trail shows every value: reviewers and admins only
            self.query_one("#master-tabs", TabbedContent).hide_tab("tab-audit")

    # ---- helpers --------------------------------------------------------

    @property
    def actor(self):  # noqa: ANN201
        return self.app.ctx.actor  # type: ignore[attr-defined]

    @property
    def tab(self) -> str:
        active = self.query_one("#master-tabs", TabbedContent).active or "tab-officers"
        return active.removeprefix("tab-")

    def table(self, name: str) -> DataTable:
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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if not self.is_mounted:
            return True
        try:
            tab = self.tab
        except Exception:  # noqa: BLE001 - before the tabs exist
            return True
        if action in ("add_rw", "add_rt"):
            return tab == "areas"
        if action == "settle":
            return tab == "problems"
        if action == "filter" or action == "page":
            return tab == "audit"
        if action == "import_csv":
            return tab in IMPORTABLE
        if action in ("new", "delete"):
            return tab not in ("station", "audit")
        return True

    # ---- tabs and loading -----------------------------------------------

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
        table = self.table(name)
        table.focus()
        if name not in self.loaded:
            self.load(name)
        else:
            self._status_for(name)

    def action_reload(self) -> None:
        self.load(self.tab)

    def load(self, name: str, select: int | str | None = None) -> None:
        actor = self.actor
        fetch: dict[str, Callable[[], Any]] = {
            "officers": lambda: officers.list_officers(actor),
            "areas": lambda: areas.list_kelurahan(actor),
            "assignments": lambda: assignments.list_assignments(actor),
            "contacts": lambda: contacts.list_contacts(actor),
            "types": lambda: activity_types.list_types(),
            "operations": lambda: operations.list_operations(actor),
            "problems": lambda: problems.list_problems(actor),
            "station": lambda: station.get_station(actor),
            "audit": self._fetch_audit,
            "absences": lambda: absences.list_absences(actor),
        }
        run_db(
            self,
            fetch[name],
            lambda rows: self._fill(name, rows, select),
            group=f"master-load-{name}",
            exclusive=True,
            name=f"master_load_{name}",
        )

    def _fetch_audit(self) -> tuple[list[AuditRow], int]:
        filt, page = self.audit_filter, self.audit_page
        total = audit_log.count_events(self.actor, filt)
        return audit_log.list_events(self.actor, filt, page * AUDIT_PAGE, AUDIT_PAGE), total

    def _fill(self, name: str, data: Any, select: int | str | None) -> None:
        self.loaded.add(name)
        table = self.table(name)
        keep = select if select is not None else self.current_key(name)
        table.clear()
        self.rows[name] = {}
        if name == "audit":
            data, self.audit_total = data
        items = [data] if name == "station" else data
        for row in items:
            for key, cells in self._cells(name, row):
                self.rows[name][key] = row
                table.add_row(*cells, key=key)
        if keep is not None and str(keep) in self.rows[name]:
            table.move_cursor(row=table.get_row_index(str(keep)))
        self._status_for(name)
        if name == "areas":
            self._load_rw()

    def _cells(self, name: str, row: Any) -> list[tuple[str, list[Text]]]:
        T = _cell  # noqa: N806
        if name == "officers":
            dim = "" if row.active else "dim"
            cells = [
                row.nrp,
                f"{row.rank} {row.name}".strip(),
                _label("role", row.role),
                row.os_user,
                _yes(row.active),
            ]
            return [(str(row.id), [T(c, style=dim) for c in cells])]
        if name == "areas":
            kind = _label("area", row.kind)
            cells = [row.name, kind, row.kecamatan, str(row.rw_count), str(row.rt_count)]
            return [(str(row.id), [T(c) for c in cells])]
        if name == "assignments":
            end = _d(row.end) or t("master.open_end")
            return [
                (str(row.id), [T(row.officer_label), T(row.kelurahan), T(_d(row.start)), T(end)])
            ]
        if name == "contacts":
            dim = "" if row.active else "dim"
            rwrt = f"{_n(row.rw)}/{_n(row.rt)}" if row.rt else _n(row.rw)
            category = _label("contact", row.category)
            cells = [row.name, category, row.kelurahan, rwrt, row.phone]
            return [(str(row.id), [T(c, style=dim) for c in cells])]
        if name == "types":
            dim = "" if row.active else "dim"
            cells = [row.code, row.name, _label("form", row.form_kind), _yes(row.active)]
            return [(str(row.id), [T(c, style=dim) for c in cells])]
        if name == "operations":
            return [(str(row.id), [T(row.name), T(_d(row.start)), T(_d(row.end))])]
        if name == "problems":
            dim = "" if row.status == "terbuka" else "dim"
            cells = [
                row.title,
                row.kelurahan,
                _n(row.rw),
                _d(row.opened),
                t(f"master.problem.{row.status}"),
                str(row.report_count),
            ]
            return [(str(row.id), [T(c, style=dim) for c in cells])]
        if name == "station":
            pairs = [
                ("name", row.name),
                ("polres", row.polres),
                ("polda", row.polda),
                ("address", row.address),
                ("city", row.city),
                ("kapolsek", row.kapolsek_label),
                ("humas_signoff", row.humas_signoff),
                ("unit_code", row.unit_code),
                ("warrant", row.warrant),
                ("addressee", row.addressee),
                ("attention", row.attention),
                ("copies", "; ".join(row.copies.splitlines())),
                ("rw_visits_per_week", str(row.rw_visits_per_week)),
                ("plans_per_day", str(row.plans_per_day)),
            ]
            return [(key, [T(t(f"master.station.{key}")), T(value)]) for key, value in pairs]
        if name == "absences":
            cells = [
                row.officer_label,
                _label("absence.kind", row.kind),
                _d(row.start),
                _d(row.end),
                str(row.days),
            ]
            return [(str(row.id), [T(c) for c in cells])]
        if name == "audit":
            cells = [
                row.at.strftime("%d/%m %H:%M"),
                row.who.partition(" ")[2] or row.os_user,  # the name; the rank in the detail
                row.action_label,
                row.table_label,
                str(row.row_id or ""),
                row.summary(80),
            ]
            return [(str(row.id), [T(c) for c in cells])]
        return []

    def _status_for(self, name: str) -> None:
        count = len(self.rows[name])
        if name == "audit":
            first = self.audit_page * AUDIT_PAGE + (1 if count else 0)
            last = self.audit_page * AUDIT_PAGE + count
            text = t("master.audit.status", first=first, last=last, total=self.audit_total)
            active = self._filter_text()
            if active:
                text += " · " + active
            self.status(text)
            return
        if name == "station":
            self.status(t("master.status.station"))
            return
        self.status(t(f"master.status.{name}", n=count))

    def _filter_text(self) -> str:
        f = self.audit_filter
        parts = []
        if f.table:
            parts.append(audit_log.TABLE_LABELS.get(f.table, f.table))
        if f.os_user:
            parts.append(f.os_user)
        if f.date_from or f.date_to:
            parts.append(f"{_d(f.date_from)}–{_d(f.date_to)}")
        if f.row_id is not None:
            parts.append(f"#{f.row_id}")
        return ", ".join(parts)

    # ---- areas: the RW/RT side table ---------------------------------------

    @on(DataTable.RowHighlighted, "#tbl-areas")
    def _area_moved(self, event: DataTable.RowHighlighted) -> None:
        self._load_rw()

    def _load_rw(self) -> None:
        kel = self.current("areas")
        rw_table = self.table("rw")
        if kel is None:
            rw_table.clear()
            self.rw_rows = {}
            return
        actor, kel_id = self.actor, kel.id
        run_db(
            self,
            lambda: areas.list_rw(actor, kel_id),
            lambda rows: self._fill_rw(kel_id, rows),
            group="master-rw",
            exclusive=True,
            name="master_load_rw",
        )

    def _fill_rw(self, kel_id: int, rows: list[areas.RwRow]) -> None:
        kel = self.current("areas")
        if kel is None or kel.id != kel_id:
            return
        table = self.table("rw")
        keep = self.current_key("rw")
        table.clear()
        self.rw_rows = {}
        for rw in rows:
            key = f"rw:{rw.id}"
            self.rw_rows[key] = rw
            table.add_row(
                Text(f"RW {rw.number:02d} ({len(rw.rt_numbers)} RT)", style="bold"), key=key
            )
            for number in rw.rt_numbers:
                rt_key = f"rt:{rw.id}:{number}"
                self.rw_rows[rt_key] = rw
                table.add_row(Text(f"  RT {number:02d}"), key=rt_key)
        self.rows["rw"] = self.rw_rows
        if keep in self.rw_rows:
            table.move_cursor(row=table.get_row_index(keep))

    # ---- actions --------------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.data_table.id == "tbl-rw":
            return
        self.action_edit()

    def action_new(self) -> None:
        tab = self.tab
        if not self.can_edit(write_only=tab == "problems"):
            return
        if tab == "areas" and self.focused is self.table("rw"):
            self.action_add_rw()
            return
        self._with_choices(lambda: self._open_form(tab, None))

    def action_edit(self) -> None:
        tab = self.tab
        if tab == "audit":
            row = self.current("audit")
            if row is not None:
                self.app.push_screen(AuditDetailModal(row))
            return
        if not self.can_edit(write_only=tab == "problems"):
            return
        if tab == "areas" and self.focused is self.table("rw"):
            self.notify(t("master.rw_no_edit"), markup=False)
            return
        row = self.current(tab)
        if row is None:
            self.notify(t("master.nothing_selected"), markup=False)
            return
        self._with_choices(lambda: self._open_form(tab, row))

    def _with_choices(self, then: Callable[[], None]) -> None:
        """Load the officer and kelurahan names offered as completions."""
        actor = self.actor

        def fetch() -> dict[str, tuple[str, ...]]:
            return {
                "officers": tuple(c.label for c in lookup.officers(actor, limit=500)),
                "kelurahan": tuple(c.label for c in lookup.kelurahan(actor, limit=500)),
            }

        def done(found: dict[str, tuple[str, ...]]) -> None:
            self.choices = found
            then()

        run_db(self, fetch, done, name="master_choices")

    def _open_form(self, tab: str, row: Any) -> None:
        built = self._form(tab, row)
        if built is None:
            return
        title, fields, save = built
        version = getattr(row, "version", None) if row is not None else None
        modal: MasterFormModal[Any] = MasterFormModal(title, fields, save, version)
        self.app.push_screen(modal, lambda result: self._saved(tab, result))

    def _saved(self, tab: str, result: Any) -> None:
        if result is None:
            return
        self.notify(t("master.saved"), markup=False)
        select = getattr(result, "id", None) if tab != "station" else None
        self.load(tab, select)
        self.loaded.discard("audit")
        if tab in ("officers", "areas"):
            self.loaded.discard("assignments")
            self.loaded.discard("contacts")
            self.loaded.discard("station")

    def _form(self, tab: str, row: Any):  # noqa: ANN202, C901
        actor = self.actor
        new = row is None
        kels = self.choices.get("kelurahan", ())
        offs = self.choices.get("officers", ())
        F = FormField  # noqa: N806
        if tab == "officers":
            d = OfficerInput() if new else row.to_input()
            fields = [
                F("nrp", t("master.f.nrp"), d.nrp, max_length=8, hint=t("master.hint.nrp")),
                F("name", t("master.f.name"), d.name),
                F("rank", t("master.f.rank"), d.rank, choices=RANKS, hint=", ".join(RANKS)),
                F(
                    "role",
                    t("master.f.role"),
                    _label("role", d.role),
                    choices=_vocab("role", ROLES),
                    hint=", ".join(_vocab("role", ROLES)),
                ),
                F("phone", t("master.f.phone"), d.phone),
                F("os_user", t("master.f.os_user"), d.os_user, hint=t("master.hint.os_user")),
                F("active", t("master.f.active"), d.active, kind="bool"),
            ]
            if not new:
                fields.append(F("is_admin", t("master.f.is_admin"), row.is_admin, kind="bool"))

            def save_officer(v: dict[str, Any], version: int | None) -> Any:
                role = _code("role", ROLES, v["role"])
                data = OfficerInput(
                    v["nrp"], v["name"], v["rank"], role, v["phone"], v["os_user"], v["active"]
                )
                if new:
                    return officers.create_officer(actor, data)
                saved = officers.update_officer(actor, row.id, version or 0, data)
                if v["is_admin"] != saved.is_admin:
                    saved = officers.set_is_admin(actor, saved.id, saved.version, v["is_admin"])
                return saved

            title = t("master.title.officer_new") if new else t("master.title.officer_edit")
            return title, fields, save_officer
        if tab == "areas":
            d = KelurahanInput() if new else row.to_input()
            fields = [
                F("name", t("master.f.kelurahan"), d.name),
                F(
                    "kind",
                    t("master.f.kind"),
                    d.kind,
                    choices=AREA_KINDS,
                    hint=", ".join(AREA_KINDS),
                ),
                F("kecamatan", t("master.f.kecamatan"), d.kecamatan),
                F("city", t("master.f.city"), d.city),
                F("code", t("master.f.code"), d.code),
            ]
            if new:
                fields.append(
                    F("rw_count", t("master.f.rw_count"), "", hint=t("master.hint.rw_count"))
                )

            def save_kel(v: dict[str, Any], version: int | None) -> Any:
                data = KelurahanInput(v["name"], v["kind"], v["kecamatan"], v["city"], v["code"])
                if not new:
                    return areas.update_kelurahan(actor, row.id, version or 0, data)
                layout = _parse_rw_layout(v.get("rw_count", ""))
                saved = areas.create_kelurahan(actor, data)
                for rw_number, rt_count in layout:
                    areas.add_rw(actor, saved.id, rw_number, rt_count)
                return saved

            title = t("master.title.kel_new") if new else t("master.title.kel_edit")
            return title, fields, save_kel
        if tab == "assignments":
            d = AssignmentInput() if new else row.to_input()
            fields = [
                F(
                    "officer",
                    t("master.f.officer"),
                    "" if new else row.officer_label,
                    choices=offs,
                    also=("officer_id",),
                ),
                F(
                    "kelurahan",
                    t("master.f.kelurahan"),
                    "" if new else row.kelurahan,
                    choices=kels,
                    also=("kelurahan_id",),
                ),
                F(
                    "start",
                    t("master.f.start"),
                    _d(d.start) if not new else "",
                    hint=t("master.hint.date"),
                ),
                F(
                    "end",
                    t("master.f.end"),
                    _d(d.end) if not new else "",
                    hint=t("master.hint.open_end"),
                ),
            ]

            def save_assignment(v: dict[str, Any], version: int | None) -> Any:
                officer = lookup.resolve_officer(actor, v["officer"])
                kel = areas.find_kelurahan(actor, v["kelurahan"])
                data = AssignmentInput(
                    officer.id if officer else None, kel.id if kel else None, v["start"], v["end"]
                )
                if new:
                    return assignments.create_assignment(actor, data)
                return assignments.update_assignment(actor, row.id, version or 0, data)

            title = t("master.title.assignment_new") if new else t("master.title.assignment_edit")
            return title, fields, save_assignment
        if tab == "contacts":
            d = ContactInput() if new else row.to_input()
            fields = [
                F("name", t("master.f.name"), d.name),
                F(
                    "category",
                    t("master.f.category"),
                    _label("contact", d.category),
                    choices=_vocab("contact", CONTACT_CATEGORIES),
                    hint=", ".join(_vocab("contact", CONTACT_CATEGORIES)),
                ),
                F(
                    "kelurahan",
                    t("master.f.kelurahan"),
                    "" if new else row.kelurahan,
                    choices=kels,
                    also=("kelurahan_id",),
                ),
                F("rw", t("master.f.rw"), _n(d.rw if isinstance(d.rw, int) else None)),
                F("rt", t("master.f.rt"), _n(d.rt if isinstance(d.rt, int) else None)),
                F("phone", t("master.f.phone"), d.phone),
                F("notes", t("master.f.notes"), d.notes, kind="multiline"),
                F("active", t("master.f.active"), d.active, kind="bool"),
            ]

            def save_contact(v: dict[str, Any], version: int | None) -> Any:
                kel = areas.find_kelurahan(actor, v["kelurahan"])
                data = ContactInput(
                    v["name"],
                    _code("contact", CONTACT_CATEGORIES, v["category"]),
                    kel.id if kel else None,
                    v["rw"],
                    v["rt"],
                    v["phone"],
                    v["notes"],
                    v["active"],
                )
                if new:
                    return contacts.create_contact(actor, data)
                return contacts.update_contact(actor, row.id, version or 0, data)

            title = t("master.title.contact_new") if new else t("master.title.contact_edit")
            return title, fields, save_contact
        if tab == "types":
            d = ActivityTypeInput() if new else row.to_input()
            fields = [
                F("code", t("master.f.code_type"), d.code, max_length=8),
                F("name", t("master.f.name"), d.name),
                F(
                    "form_kind",
                    t("master.f.form_kind"),
                    d.form_kind,
                    choices=FORM_KINDS,
                    hint=", ".join(FORM_KINDS),
                ),
                F("sort", t("master.f.sort"), "" if new else str(d.sort)),
                F("active", t("master.f.active"), d.active, kind="bool"),
            ]

            def save_type(v: dict[str, Any], version: int | None) -> Any:
                data = ActivityTypeInput(
                    v["code"], v["name"], v["form_kind"], v["active"], v["sort"]
                )
                if new:
                    return activity_types.create_type(actor, data)
                return activity_types.update_type(actor, row.id, version or 0, data)

            title = t("master.title.type_new") if new else t("master.title.type_edit")
            return title, fields, save_type
        if tab == "operations":
            d = OperationInput() if new else row.to_input()
            fields = [
                F("name", t("master.f.operation"), d.name),
                F(
                    "start",
                    t("master.f.start"),
                    _d(d.start) if not new else "",
                    hint=t("master.hint.date"),
                ),
                F("end", t("master.f.end_op"), _d(d.end) if not new else ""),
                F("warrant", t("master.f.warrant"), d.warrant, hint=t("master.hint.warrant")),
            ]

            def save_operation(v: dict[str, Any], version: int | None) -> Any:
                data = OperationInput(v["name"], v["start"], v["end"], v["warrant"])
                if new:
                    return operations.create_operation(actor, data)
                return operations.update_operation(actor, row.id, version or 0, data)

            title = t("master.title.operation_new") if new else t("master.title.operation_edit")
            return title, fields, save_operation
        if tab == "problems":
            d = ProblemInput() if new else row.to_input()
            fields = [
                F("title", t("master.f.title"), d.title),
                F(
                    "kelurahan",
                    t("master.f.kelurahan"),
                    "" if new else row.kelurahan,
                    choices=kels,
                    also=("kelurahan_id",),
                ),
                F("rw", t("master.f.rw"), _n(d.rw if isinstance(d.rw, int) else None)),
                F("field", t("master.f.field"), d.field),
                F("parties", t("master.f.parties"), d.parties, kind="multiline"),
                F("description", t("master.f.description"), d.description, kind="multiline"),
                F(
                    "opened",
                    t("master.f.opened"),
                    _d(d.opened) if not new else "",
                    hint=t("master.hint.today"),
                ),
            ]

            def save_problem(v: dict[str, Any], version: int | None) -> Any:
                kel = areas.find_kelurahan(actor, v["kelurahan"])
                data = ProblemInput(
                    v["title"],
                    kel.id if kel else None,
                    v["rw"],
                    v["field"],
                    v["parties"],
                    v["description"],
                    v["opened"],
                )
                if new:
                    return problems.open_problem(actor, data)
                return problems.update_problem(actor, row.id, version or 0, data)

            title = t("master.title.problem_new") if new else t("master.title.problem_edit")
            return title, fields, save_problem
        if tab == "station":
            info = row
            fields = [
                F("name", t("master.station.name"), info.name),
                F("polres", t("master.station.polres"), info.polres),
                F("polda", t("master.station.polda"), info.polda),
                F("address", t("master.station.address"), info.address),
                F("city", t("master.station.city"), info.city, hint=t("master.hint.city")),
                F(
                    "kapolsek",
                    t("master.station.kapolsek"),
                    info.kapolsek_label,
                    choices=offs,
                    also=("kapolsek_id",),
                ),
                F("humas_signoff", t("master.station.humas_signoff"), info.humas_signoff),
                F("unit_code", t("master.station.unit_code"), info.unit_code,
                  hint=t("master.hint.unit_code")),
                F("warrant", t("master.station.warrant"), info.warrant,
                  hint=t("master.hint.warrant")),
                F("addressee", t("master.station.addressee"), info.addressee,
                  hint=t("master.hint.addressee")),
                F("attention", t("master.station.attention"), info.attention),
                F("copies", t("master.station.copies"), "; ".join(info.copies.splitlines()),
                  hint=t("master.hint.copies")),
                F("rw_visits_per_week", t("master.station.rw_visits_per_week"),
                  str(info.rw_visits_per_week), hint=t("master.hint.rw_visits_per_week")),
                F("plans_per_day", t("master.station.plans_per_day"), str(info.plans_per_day),
                  hint=t("master.hint.plans_per_day")),
            ]  # fmt: skip

            def save_station(v: dict[str, Any], version: int | None) -> Any:
                kapolsek_id = None
                if v["kapolsek"].strip():
                    found = lookup.resolve_officer(actor, v["kapolsek"])
                    if found is None:
                        raise ValidationError("kapolsek_id", t("master.err.officer_unknown"))
                    kapolsek_id = found.id
                data = StationInput(
                    v["name"],
                    v["polres"],
                    v["polda"],
                    v["address"],
                    v["city"],
                    kapolsek_id,
                    v["humas_signoff"],
                    v["unit_code"],
                    v["warrant"],
                    v["addressee"],
                    v["attention"],
                    "\n".join(c.strip() for c in v["copies"].split(";") if c.strip()),
                    v["rw_visits_per_week"],
                    v["plans_per_day"],
                )
                return station.update_station(actor, version or 0, data)

            return t("master.title.station"), fields, save_station
        if tab == "absences":
            d = AbsenceInput() if new else row.to_input()
            kinds = _vocab("absence.kind", ABSENCE_KINDS)
            fields = [
                F(
                    "officer",
                    t("master.f.officer"),
                    "" if new else row.officer_label,
                    choices=offs,
                    also=("officer_id",),
                ),
                F(
                    "kind",
                    t("master.f.absence"),
                    "" if new else _label("absence.kind", d.kind),
                    choices=kinds,
                    hint=", ".join(kinds) + t("master.hint.absence_empty"),
                ),
                F("start", t("master.f.start"), _d(d.start) if not new else "",
                  hint=t("master.hint.date")),
                F("end", t("master.f.end"), _d(d.end) if not new else ""),
                F("note", t("master.f.notes"), d.note),
            ]  # fmt: skip

            def save_absence(v: dict[str, Any], version: int | None) -> Any:
                officer = lookup.resolve_officer(actor, v["officer"])
                data = AbsenceInput(
                    officer.id if officer else None,
                    _code("absence.kind", ABSENCE_KINDS, v["kind"]),
                    v["start"],
                    v["end"],
                    v["note"],
                )
                if new:
                    return absences.create_absence(actor, data)
                return absences.update_absence(actor, row.id, version or 0, data)

            title = t("master.title.absence_new") if new else t("master.title.absence_edit")
            return title, fields, save_absence
        return None

    def action_delete(self) -> None:
        if not self.can_edit():
            return
        tab = self.tab
        actor = self.actor
        if tab == "areas" and self.focused is self.table("rw"):
            key = self.current_key("rw")
            if key is None:
                return
            rw = self.rw_rows[key]
            if key.startswith("rt:"):
                number = int(key.rsplit(":", 1)[1])
                question = t("master.confirm.rt", rt=f"{number:02d}", rw=f"{rw.number:02d}")

                def run_rt() -> str:
                    rt = areas.rt_id(rw.id, number)
                    if rt is not None:
                        areas.delete_rt(actor, rt)
                    return "deleted"

                self._confirm_then(question, run_rt, "areas")
            else:
                question = t("master.confirm.rw", rw=f"{rw.number:02d}", n=len(rw.rt_numbers))
                self._confirm_then(
                    question, lambda: (areas.delete_rw(actor, rw.id), "deleted")[1], "areas"
                )
            return
        row = self.current(tab)
        if row is None:
            self.notify(t("master.nothing_selected"), markup=False)
            return
        label = (
            getattr(row, "name", "")
            or getattr(row, "title", "")
            or getattr(row, "officer_label", "")
            or str(row.id)
        )
        question = t("master.confirm.delete", what=label)
        action: dict[str, Callable[[], str]] = {
            "officers": lambda: officers.delete_officer(actor, row.id),
            "areas": lambda: (areas.delete_kelurahan(actor, row.id), "deleted")[1],
            "assignments": lambda: (assignments.delete_assignment(actor, row.id), "deleted")[1],
            "contacts": lambda: contacts.delete_contact(actor, row.id),
            "types": lambda: activity_types.delete_type(actor, row.id),
            "operations": lambda: (operations.delete_operation(actor, row.id), "deleted")[1],
            "problems": lambda: (problems.delete_problem(actor, row.id), "deleted")[1],
            "absences": lambda: (absences.delete_absence(actor, row.id), "deleted")[1],
        }
        if tab in action:
            self._confirm_then(question, action[tab], tab)

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

    def action_settle(self) -> None:
        """Close the problem under the cursor with its resolution, or open a
        settled one again."""
        if not self.can_edit(write_only=True):
            return
        row = self.current("problems")
        if row is None:
            self.notify(t("master.nothing_selected"), markup=False)
            return
        actor = self.actor
        if row.status == "selesai":
            question = t("master.confirm.reopen", what=row.title)
            self._confirm_then(
                question,
                lambda: (problems.reopen_problem(actor, row.id, row.version), "reopened")[1],
                "problems",
            )
            return
        from sambang_tui.services.core import clock

        fields = [
            FormField("resolution", t("master.f.resolution"), "", kind="multiline"),
            FormField(
                "closed", t("master.f.closed"), _d(clock.today()), hint=t("master.hint.date")
            ),
        ]

        def save(v: dict[str, Any], version: int | None) -> Any:
            return problems.settle_problem(
                actor, row.id, version or 0, v["resolution"], v["closed"]
            )

        title = t("master.title.settle", what=row.title)
        modal: MasterFormModal[Any] = MasterFormModal(title, fields, save, row.version)
        self.app.push_screen(modal, lambda result: self._saved("problems", result))

    def action_add_rw(self) -> None:
        if not self.can_edit():
            return
        kel = self.current("areas")
        if kel is None:
            self.notify(t("master.pick_kelurahan"), markup=False)
            return
        actor = self.actor
        fields = [
            FormField("rw", t("master.f.rw"), ""),
            FormField("rt_count", t("master.f.rt_count"), "", hint=t("master.hint.rt_count")),
        ]

        def save(v: dict[str, Any], version: int | None) -> Any:
            return areas.add_rw(actor, kel.id, v["rw"], v["rt_count"])

        title = t("master.title.rw_new", kelurahan=kel.name)
        self.app.push_screen(
            MasterFormModal(title, fields, save), lambda r: self._saved("areas", r and kel)
        )

    def action_add_rt(self) -> None:
        if not self.can_edit():
            return
        key = self.current_key("rw") if self.tab == "areas" else None
        if key is None:
            self.notify(t("master.pick_rw"), markup=False)
            return
        rw = self.rw_rows[key]
        actor = self.actor
        fields = [FormField("rt", t("master.f.rt"), str(max(rw.rt_numbers, default=0) + 1))]

        def save(v: dict[str, Any], version: int | None) -> Any:
            return areas.add_rt(actor, rw.id, v["rt"])

        title = t("master.title.rt_new", rw=f"{rw.number:02d}")
        kel = self.current("areas")
        self.app.push_screen(
            MasterFormModal(title, fields, save), lambda r: self._saved("areas", kel if r else None)
        )

    def action_import_csv(self) -> None:
        if not self.can_edit():
            return
        kind = IMPORTABLE.get(self.tab, "officers")

        def done(result: Any) -> None:
            if result is None:
                return
            self.load(kind_tab(result.kind))
            self.loaded.discard("audit")

        self.app.push_screen(MasterImportModal(self.actor, kind), done)

    # ---- audit trail ------------------------------------------------------

    def action_filter(self) -> None:
        f = self.audit_filter
        tables = tuple(audit_log.TABLE_LABELS.values())  # names; parse_audit_filter takes both
        fields = [
            FormField(
                "table",
                t("master.audit.f.table"),
                audit_log.TABLE_LABELS.get(f.table or "", f.table or ""),
                choices=tables,
                hint=", ".join(tables),
            ),
            FormField("os_user", t("master.audit.f.user"), f.os_user),
            FormField(
                "date_from", t("master.audit.f.from"), _d(f.date_from), hint=t("master.hint.date")
            ),
            FormField("date_to", t("master.audit.f.to"), _d(f.date_to)),
            FormField("row_id", t("master.audit.f.row"), "" if f.row_id is None else str(f.row_id)),
        ]

        def build(v: dict[str, Any], version: int | None) -> AuditFilter:
            return parse_audit_filter(v)

        def done(filt: AuditFilter | None) -> None:
            if filt is None:
                return
            self.audit_filter = filt
            self.audit_page = 0
            self.load("audit")

        self.app.push_screen(MasterFormModal(t("master.audit.filter_title"), fields, build), done)

    def action_page(self, step: int) -> None:
        page = self.audit_page + step
        if page < 0 or page * AUDIT_PAGE >= max(self.audit_total, 1):
            return
        self.audit_page = page
        self.load("audit")


def kind_tab(kind: str) -> str:
    return {"officers": "officers", "areas": "areas", "contacts": "contacts"}.get(kind, "officers")


def _parse_rw_layout(text: str) -> list[tuple[int, int]]:
    """``"6"`` → RW 1–6 with no RT; ``"3x5"`` → RW 1–3 with 5 RT each;
    ``"5,7,4"`` → RW 1 with 5 RT, RW 2 with 7, RW 3 with 4."""
    text = (text or "").strip().lower().replace(" ", "")
    if not text:
        return []
    try:
        if "x" in text:
            rws, rts = text.split("x", 1)
            return [(n, int(rts)) for n in range(1, int(rws) + 1)]
        if "," in text or ";" in text:
            counts = [int(p) for p in text.replace(";", ",").split(",") if p]
            return [(i + 1, c) for i, c in enumerate(counts)]
        return [(n, 0) for n in range(1, int(text) + 1)]
    except ValueError:
        raise ValidationError("rw_count", t("master.err.rw_layout")) from None


def parse_audit_filter(v: dict[str, Any]) -> AuditFilter:
    from sambang_tui.services.core import clock

    table = v["table"].strip().lower() or None
    if table is not None and table not in audit_log.TABLE_LABELS:
        by_label = {label.lower(): key for key, label in audit_log.TABLE_LABELS.items()}
        table = by_label.get(table, table)
    today = clock.today()
    date_from = parse_date(v["date_from"], today, "date_from") if v["date_from"].strip() else None
    date_to = parse_date(v["date_to"], today, "date_to") if v["date_to"].strip() else None
    row_text = v["row_id"].strip().lstrip("#")
    if row_text and not row_text.isdigit():
        raise ValidationError("row_id", t("master.err.row_id"))
    return AuditFilter(
        table=table,
        os_user=v["os_user"].strip(),
        date_from=date_from,
        date_to=date_to,
        row_id=int(row_text) if row_text else None,
    )
