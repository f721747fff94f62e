"""The tabs that set the station up: activity types, operations, and the
station itself (one row per field)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.master import activity_types, lookup, operations, station
from sambang_tui.services.master.activity_types import ActivityTypeInput
from sambang_tui.services.master.operations import OperationInput
from sambang_tui.services.master.station import StationInput
from sambang_tui.ui.modals.master_form import FormField as F
from sambang_tui.ui.screens.master.cells import cells, day, label, yes
from sambang_tui.ui.screens.master.tab import Choices, Form, MasterTab, Row, deleted

FORM_KINDS = ("general", "dds", "deteksi_dini", "problem_solving")


class TypesTab(MasterTab):
    name = "types"
    columns = (("code", 5), ("name", 32), ("form_kind", 15), ("active", 5))

    def fetch(self, actor: Actor) -> Any:
        return activity_types.list_types()

    def cells(self, row: Any) -> list[Row]:
        values = [row.code, row.name, label("form", row.form_kind), yes(row.active)]
        return [cells(row.id, values, "" if row.active else "dim")]

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        new = row is None
        d = ActivityTypeInput() if new else row.to_input()
        fields = [
            F("code", t("master.f.code_type"), d.code, max_length=8),
            F("name", t("master.f.name"), d.name),
            F("form_kind", t("master.f.form_kind"), d.form_kind, choices=FORM_KINDS,
              hint=", ".join(FORM_KINDS)),
            F("sort", t("master.f.sort"), "" if new else str(d.sort)),
            F("active", t("master.f.active"), d.active, kind="bool"),
        ]  # fmt: skip

        def save(v: dict[str, Any], version: int | None) -> Any:
            data = ActivityTypeInput(v["code"], v["name"], v["form_kind"], v["active"], v["sort"])
            if new:
                return activity_types.create_type(actor, data)
            return activity_types.update_type(actor, row.id, version or 0, data)

        return Form(self.title(new, "type"), fields, save)

    def delete(self, actor: Actor, row: Any) -> Callable[[], str]:
        return lambda: activity_types.delete_type(actor, row.id)


class OperationsTab(MasterTab):
    name = "operations"
    columns = (("name", 42), ("start", 10), ("end", 10))

    def fetch(self, actor: Actor) -> Any:
        return operations.list_operations(actor)

    def cells(self, row: Any) -> list[Row]:
        return [cells(row.id, [row.name, day(row.start), day(row.end)])]

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        new = row is None
        d = OperationInput() if new else row.to_input()
        fields = [
            F("name", t("master.f.operation"), d.name),
            F("start", t("master.f.start"), day(d.start) if not new else "",
              hint=t("master.hint.date")),
            F("end", t("master.f.end_op"), day(d.end) if not new else ""),
            F("warrant", t("master.f.warrant"), d.warrant, hint=t("master.hint.warrant")),
        ]  # fmt: skip

        def save(v: dict[str, Any], version: int | None) -> Any:
            data = OperationInput(v["name"], v["start"], v["end"], v["warrant"])
            if new:
                return operations.create_operation(actor, data)
            return operations.update_operation(actor, row.id, version or 0, data)

        return Form(self.title(new, "operation"), fields, save)

    def delete(self, actor: Actor, row: Any) -> Callable[[], str]:
        return deleted(lambda: operations.delete_operation(actor, row.id))


STATION_FIELDS = (
    "name", "polres", "polda", "address", "city", "kapolsek", "humas_signoff", "unit_code",
    "warrant", "addressee", "attention", "copies", "rw_visits_per_week", "plans_per_day",
)  # fmt: skip


def _station_values(info: Any) -> dict[str, str]:
    return {
        **{name: getattr(info, name) for name in STATION_FIELDS if hasattr(info, name)},
        "kapolsek": info.kapolsek_label,
        "copies": "; ".join(info.copies.splitlines()),
        "rw_visits_per_week": str(info.rw_visits_per_week),
        "plans_per_day": str(info.plans_per_day),
    }


class StationTab(MasterTab):
    """The station's own data, one table row per field; edited, never added
    or deleted."""

    name = "station"
    columns = (("field", 18), ("value", 54))
    zebra = False
    creates = False

    def fetch(self, actor: Actor) -> Any:
        return [station.get_station(actor)]

    def cells(self, row: Any) -> list[Row]:
        values = _station_values(row)
        return [cells(key, [t(f"master.station.{key}"), values[key]]) for key in STATION_FIELDS]

    def status(self, count: int) -> str:
        return t("master.status.station")

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        v = _station_values(row)
        fields = [
            F("name", t("master.station.name"), v["name"]),
            F("polres", t("master.station.polres"), v["polres"]),
            F("polda", t("master.station.polda"), v["polda"]),
            F("address", t("master.station.address"), v["address"]),
            F("city", t("master.station.city"), v["city"], hint=t("master.hint.city")),
            F("kapolsek", t("master.station.kapolsek"), v["kapolsek"], choices=choices.officers,
              also=("kapolsek_id",)),
            F("humas_signoff", t("master.station.humas_signoff"), v["humas_signoff"]),
            F("unit_code", t("master.station.unit_code"), v["unit_code"],
              hint=t("master.hint.unit_code")),
            F("warrant", t("master.station.warrant"), v["warrant"],
              hint=t("master.hint.warrant")),
            F("addressee", t("master.station.addressee"), v["addressee"],
              hint=t("master.hint.addressee")),
            F("attention", t("master.station.attention"), v["attention"]),
            F("copies", t("master.station.copies"), v["copies"], hint=t("master.hint.copies")),
            F("rw_visits_per_week", t("master.station.rw_visits_per_week"),
              v["rw_visits_per_week"], hint=t("master.hint.rw_visits_per_week")),
            F("plans_per_day", t("master.station.plans_per_day"), v["plans_per_day"],
              hint=t("master.hint.plans_per_day")),
        ]  # fmt: skip

        def save(v: dict[str, Any], version: int | None) -> Any:
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

        return Form(t("master.title.station"), fields, save)
