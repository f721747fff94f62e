"""The tabs about people: officers, their assignments, their absences."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sambang_tui.i18n import t
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.vocab import ABSENCE_KINDS, RANKS, ROLES
from sambang_tui.services.master import absences, areas, assignments, lookup, officers
from sambang_tui.services.master.absences import AbsenceInput
from sambang_tui.services.master.assignments import AssignmentInput
from sambang_tui.services.master.officers import OfficerInput
from sambang_tui.ui.modals.master_form import FormField as F
from sambang_tui.ui.screens.master.cells import cells, code, day, label, vocab, yes
from sambang_tui.ui.screens.master.tab import Choices, Form, MasterTab, Row, deleted


class OfficersTab(MasterTab):
    name = "officers"
    # rank and name share a column: the name gets the room at 80 columns
    columns = (("nrp", 8), ("rank_name", 28), ("role", 15), ("login", 12), ("active", 5))
    imports = "officers"

    def fetch(self, actor: Actor) -> Any:
        return officers.list_officers(actor)

    def cells(self, row: Any) -> list[Row]:
        values = [
            row.nrp,
            f"{row.rank} {row.name}".strip(),
            label("role", row.role),
            row.os_user,
            yes(row.active),
        ]
        return [cells(row.id, values, "" if row.active else "dim")]

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        new = row is None
        d = OfficerInput() if new else row.to_input()
        roles = vocab("role", ROLES)
        fields = [
            F("nrp", t("master.f.nrp"), d.nrp, max_length=8, hint=t("master.hint.nrp")),
            F("name", t("master.f.name"), d.name),
            F("rank", t("master.f.rank"), d.rank, choices=RANKS, hint=", ".join(RANKS)),
            F("role", t("master.f.role"), label("role", d.role), choices=roles,
              hint=", ".join(roles)),
            F("phone", t("master.f.phone"), d.phone),
            F("os_user", t("master.f.os_user"), d.os_user, hint=t("master.hint.os_user")),
            F("active", t("master.f.active"), d.active, kind="bool"),
        ]  # fmt: skip
        if not new:
            fields.append(F("is_admin", t("master.f.is_admin"), row.is_admin, kind="bool"))

        def save(v: dict[str, Any], version: int | None) -> Any:
            role = code("role", ROLES, v["role"])
            data = OfficerInput(
                v["nrp"], v["name"], v["rank"], role, v["phone"], v["os_user"], v["active"]
            )
            if new:
                return officers.create_officer(actor, data)
            return officers.update_officer(
                actor, row.id, version or 0, data, is_admin=v["is_admin"]
            )

        return Form(self.title(new, "officer"), fields, save)

    def delete(self, actor: Actor, row: Any) -> Callable[[], str]:
        return lambda: officers.delete_officer(actor, row.id)


class AssignmentsTab(MasterTab):
    name = "assignments"
    columns = (("officer", 36), ("kelurahan", 14), ("start", 10), ("end", 10))

    def fetch(self, actor: Actor) -> Any:
        return assignments.list_assignments(actor)

    def cells(self, row: Any) -> list[Row]:
        end = day(row.end) or t("master.open_end")
        return [cells(row.id, [row.officer_label, row.kelurahan, day(row.start), end])]

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        new = row is None
        d = AssignmentInput() if new else row.to_input()
        fields = [
            F("officer", t("master.f.officer"), "" if new else row.officer_label,
              choices=choices.officers, also=("officer_id",)),
            F("kelurahan", t("master.f.kelurahan"), "" if new else row.kelurahan,
              choices=choices.kelurahan, also=("kelurahan_id",)),
            F("start", t("master.f.start"), day(d.start) if not new else "",
              hint=t("master.hint.date")),
            F("end", t("master.f.end"), day(d.end) if not new else "",
              hint=t("master.hint.open_end")),
        ]  # fmt: skip

        def save(v: dict[str, Any], version: int | None) -> Any:
            officer = lookup.resolve_officer(actor, v["officer"])
            kel = areas.find_kelurahan(actor, v["kelurahan"])
            data = AssignmentInput(
                officer.id if officer else None, kel.id if kel else None, v["start"], v["end"]
            )
            if new:
                return assignments.create_assignment(actor, data)
            return assignments.update_assignment(actor, row.id, version or 0, data)

        return Form(self.title(new, "assignment"), fields, save)

    def delete(self, actor: Actor, row: Any) -> Callable[[], str]:
        return deleted(lambda: assignments.delete_assignment(actor, row.id))


class AbsencesTab(MasterTab):
    """Officers on leave or on duty elsewhere (issue 18)."""

    name = "absences"
    columns = (("officer", 30), ("absence", 11), ("start", 10), ("end", 10), ("days", 4))

    def fetch(self, actor: Actor) -> Any:
        return absences.list_absences(actor)

    def cells(self, row: Any) -> list[Row]:
        kind = label("absence.kind", row.kind)
        return [cells(row.id, [row.officer_label, kind, day(row.start), day(row.end),
                               str(row.days)])]  # fmt: skip

    def form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        new = row is None
        d = AbsenceInput() if new else row.to_input()
        kinds = vocab("absence.kind", ABSENCE_KINDS)
        fields = [
            F("officer", t("master.f.officer"), "" if new else row.officer_label,
              choices=choices.officers, also=("officer_id",)),
            F("kind", t("master.f.absence"), "" if new else label("absence.kind", d.kind),
              choices=kinds, hint=", ".join(kinds) + t("master.hint.absence_empty")),
            F("start", t("master.f.start"), day(d.start) if not new else "",
              hint=t("master.hint.date")),
            F("end", t("master.f.end"), day(d.end) if not new else ""),
            F("note", t("master.f.notes"), d.note),
        ]  # fmt: skip

        def save(v: dict[str, Any], version: int | None) -> Any:
            officer = lookup.resolve_officer(actor, v["officer"])
            data = AbsenceInput(
                officer.id if officer else None,
                code("absence.kind", ABSENCE_KINDS, v["kind"]),
                v["start"],
                v["end"],
                v["note"],
            )
            if new:
                return absences.create_absence(actor, data)
            return absences.update_absence(actor, row.id, version or 0, data)

        return Form(self.title(new, "absence"), fields, save)

    def delete(self, actor: Actor, row: Any) -> Callable[[], str]:
        return deleted(lambda: absences.delete_absence(actor, row.id))
