"""The tabs about places: kelurahan (with their RW and RT beside), contacts
in them, and the problems handled there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable

from sambang_tui.i18n import t
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.vocab import AREA_KINDS, CONTACT_CATEGORIES
from sambang_tui.services.master import areas, contacts, problems
from sambang_tui.services.master.areas import KelurahanInput
from sambang_tui.services.master.contacts import ContactInput
from sambang_tui.services.master.problems import ProblemInput
from sambang_tui.ui.modals.master_form import FormField as F
from sambang_tui.ui.screens.master.cells import cells, code, day, label, number, vocab
from sambang_tui.ui.screens.master.tab import Choices, Form, MasterTab, Row, deleted


def _maybe(value: object) -> int | None:
    return value if isinstance(value, int) else None


class AreasTab(MasterTab):
    """Kelurahan; the RW and RT of the one under the cursor sit in a narrow
    table beside (run by the screen's ``RwPane``)."""

    name = "areas"
    columns = (("name", 18), ("kind", 9), ("kecamatan", 12), ("rw", 3), ("rt", 4))
    imports = "areas"

    def compose(self) -> ComposeResult:
        with Horizontal(id="areas-box"):
            yield DataTable(id="tbl-areas", cursor_type="row", zebra_stripes=True)
            yield DataTable(id="tbl-rw", cursor_type="row")

    def fetch(self, actor: Actor) -> Any:
        return areas.list_kelurahan(actor)

    def cells(self, row: Any) -> list[Row]:
        kind = label("area", row.kind)
        return [cells(row.id, [row.name, kind, row.kecamatan, str(row.rw_count),
                               str(row.rt_count)])]  # fmt: skip

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        new = row is None
        d = KelurahanInput() if new else row.to_input()
        fields = [
            F("name", t("master.f.kelurahan"), d.name),
            F("kind", t("master.f.kind"), d.kind, choices=AREA_KINDS, hint=", ".join(AREA_KINDS)),
            F("kecamatan", t("master.f.kecamatan"), d.kecamatan),
            F("city", t("master.f.city"), d.city),
            F("code", t("master.f.code"), d.code),
        ]
        if new:
            fields.append(F("rw_count", t("master.f.rw_count"), "", hint=t("master.hint.rw_count")))

        def save(v: dict[str, Any], version: int | None) -> Any:
            data = KelurahanInput(v["name"], v["kind"], v["kecamatan"], v["city"], v["code"])
            if not new:
                return areas.update_kelurahan(actor, row.id, version or 0, data)
            return areas.create_kelurahan(actor, data, v.get("rw_count", ""))

        return Form(self.title(new, "kel"), fields, save)

    def delete(self, actor: Actor, row: Any) -> Callable[[], str]:
        return deleted(lambda: areas.delete_kelurahan(actor, row.id))


class ContactsTab(MasterTab):
    name = "contacts"
    columns = (("name", 21), ("category", 19), ("kelurahan", 11), ("rwrt", 5), ("phone", 12))
    imports = "contacts"

    def fetch(self, actor: Actor) -> Any:
        return contacts.list_contacts(actor)

    def cells(self, row: Any) -> list[Row]:
        rwrt = f"{number(row.rw)}/{number(row.rt)}" if row.rt else number(row.rw)
        category = label("contact", row.category)
        values = [row.name, category, row.kelurahan, rwrt, row.phone]
        return [cells(row.id, values, "" if row.active else "dim")]

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        new = row is None
        d = ContactInput() if new else row.to_input()
        categories = vocab("contact", CONTACT_CATEGORIES)
        fields = [
            F("name", t("master.f.name"), d.name),
            F("category", t("master.f.category"), label("contact", d.category),
              choices=categories, hint=", ".join(categories)),
            F("kelurahan", t("master.f.kelurahan"), "" if new else row.kelurahan,
              choices=choices.kelurahan, also=("kelurahan_id",)),
            F("rw", t("master.f.rw"), number(_maybe(d.rw))),
            F("rt", t("master.f.rt"), number(_maybe(d.rt))),
            F("phone", t("master.f.phone"), d.phone),
            F("notes", t("master.f.notes"), d.notes, kind="multiline"),
            F("active", t("master.f.active"), d.active, kind="bool"),
        ]  # fmt: skip

        def save(v: dict[str, Any], version: int | None) -> Any:
            kel = areas.find_kelurahan(actor, v["kelurahan"])
            data = ContactInput(
                v["name"],
                code("contact", CONTACT_CATEGORIES, v["category"]),
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

        return Form(self.title(new, "contact"), fields, save)

    def delete(self, actor: Actor, row: Any) -> Callable[[], str]:
        return lambda: contacts.delete_contact(actor, row.id)


class ProblemsTab(MasterTab):
    """Problems any officer who can write may open, edit and settle (s)."""

    name = "problems"
    columns = (("title", 26), ("kelurahan", 12), ("rw", 3), ("opened", 10), ("status", 8),
               ("reports", 4))  # fmt: skip
    writers_edit = True

    def fetch(self, actor: Actor) -> Any:
        return problems.list_problems(actor)

    def cells(self, row: Any) -> list[Row]:
        values = [
            row.title,
            row.kelurahan,
            number(row.rw),
            day(row.opened),
            t(f"master.problem.{row.status}"),
            str(row.report_count),
        ]
        return [cells(row.id, values, "" if row.status == "terbuka" else "dim")]

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        new = row is None
        d = ProblemInput() if new else row.to_input()
        fields = [
            F("title", t("master.f.title"), d.title),
            F("kelurahan", t("master.f.kelurahan"), "" if new else row.kelurahan,
              choices=choices.kelurahan, also=("kelurahan_id",)),
            F("rw", t("master.f.rw"), number(_maybe(d.rw))),
            F("field", t("master.f.field"), d.field),
            F("parties", t("master.f.parties"), d.parties, kind="multiline"),
            F("description", t("master.f.description"), d.description, kind="multiline"),
            F("opened", t("master.f.opened"), day(d.opened) if not new else "",
              hint=t("master.hint.today")),
        ]  # fmt: skip

        def save(v: dict[str, Any], version: int | None) -> Any:
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

        return Form(self.title(new, "problem"), fields, save)

    def delete(self, actor: Actor, row: Any) -> Callable[[], str]:
        return deleted(lambda: problems.delete_problem(actor, row.id))

    def reopen(self, actor: Actor, row: Any) -> Callable[[], str]:
        def go() -> str:
            problems.reopen_problem(actor, row.id, row.version)
            return "reopened"

        return go

    def settle_form(self, actor: Actor, row: Any) -> Form:
        """Closing a problem: its resolution and the day."""
        fields = [
            F("resolution", t("master.f.resolution"), "", kind="multiline"),
            F("closed", t("master.f.closed"), day(clock.today()), hint=t("master.hint.date")),
        ]

        def save(v: dict[str, Any], version: int | None) -> Any:
            return problems.settle_problem(
                actor, row.id, version or 0, v["resolution"], v["closed"]
            )

        return Form(t("master.title.settle", what=row.title), fields, save)
