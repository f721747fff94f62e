"""The audit trail tab: who changed what, a page of 100 at a time, filtered
with f. Reviewers and admins only: it shows every value."""

from __future__ import annotations

from typing import Any

from sambang_tui.i18n import t
from sambang_tui.services.admin import audit_log
from sambang_tui.services.admin.audit_log import AuditFilter
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.dates import parse_date
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.ui.modals.master_form import FormField as F
from sambang_tui.ui.screens.master.cells import cells, day
from sambang_tui.ui.screens.master.tab import Choices, Form, MasterTab, Row

PAGE = 100


class AuditTab(MasterTab):
    name = "audit"
    columns = (("at", 11), ("user", 12), ("action", 6), ("table", 10), ("row", 5),
               ("changes", 23))  # fmt: skip
    creates = False

    def __init__(self) -> None:
        super().__init__()
        self.filter = AuditFilter()
        self.page = 0
        self.total = 0

    def fetch(self, actor: Actor) -> Any:
        filt, page = self.filter, self.page
        total = audit_log.count_events(actor, filt)
        return audit_log.list_events(actor, filt, page * PAGE, PAGE), total

    def rows(self, data: Any) -> Any:
        rows, self.total = data
        return rows

    def cells(self, row: Any) -> list[Row]:
        values = [
            row.at.strftime("%d/%m %H:%M"),
            row.who.partition(" ")[2] or row.os_user,  # the name; the rank in the detail
            row.action_label,
            row.table_label,
            str(row.row_id or ""),
            row.summary(80),
        ]
        return [cells(row.id, values)]

    def status(self, count: int) -> str:
        first = self.page * PAGE + (1 if count else 0)
        last = self.page * PAGE + count
        text = t("master.audit.status", first=first, last=last, total=self.total)
        active = self.filter_text()
        return text + " · " + active if active else text

    def filter_text(self) -> str:
        f = self.filter
        parts = []
        if f.table:
            parts.append(audit_log.TABLE_LABELS.get(f.table, f.table))
        if f.os_user:
            parts.append(f.os_user)
        if f.date_from or f.date_to:
            parts.append(f"{day(f.date_from)}–{day(f.date_to)}")
        if f.row_id is not None:
            parts.append(f"#{f.row_id}")
        return ", ".join(parts)

    def turn(self, step: int) -> bool:
        """Go ``step`` pages on; False when there is no such page."""
        page = self.page + step
        if page < 0 or page * PAGE >= max(self.total, 1):
            return False
        self.page = page
        return True

    def filter_form(self, actor: Actor, row: Any, choices: Choices) -> Form:
        f = self.filter
        tables = tuple(audit_log.TABLE_LABELS.values())  # names; parse_audit_filter takes both
        fields = [
            F("table", t("master.audit.f.table"),
              audit_log.TABLE_LABELS.get(f.table or "", f.table or ""), choices=tables,
              hint=", ".join(tables)),
            F("os_user", t("master.audit.f.user"), f.os_user),
            F("date_from", t("master.audit.f.from"), day(f.date_from),
              hint=t("master.hint.date")),
            F("date_to", t("master.audit.f.to"), day(f.date_to)),
            F("row_id", t("master.audit.f.row"), "" if f.row_id is None else str(f.row_id)),
        ]  # fmt: skip

        def build(v: dict[str, Any], version: int | None) -> AuditFilter:
            return parse_audit_filter(v)

        return Form(t("master.audit.filter_title"), fields, build)

    def filtered(self, filt: AuditFilter) -> None:
        self.filter = filt
        self.page = 0


def parse_audit_filter(v: dict[str, Any]) -> AuditFilter:
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
