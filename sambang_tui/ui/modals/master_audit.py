"""One audit event in full: who, when, what, every old and new value.
``AuditDetailModal(row)`` dismisses with None."""

from __future__ import annotations

import json
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from sambang_tui.i18n import t
from sambang_tui.services.admin.audit_log import AuditRow


def _value(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def detail_text(row: AuditRow) -> Text:
    out = Text()
    out.append(row.at.strftime("%d/%m/%Y %H:%M:%S"), style="bold")
    who = f"{row.who} ({row.os_user})" if row.who else row.os_user
    out.append(f"  {who}  {row.action_label}  {row.table_label}")
    if row.row_id is not None:
        out.append(f" #{row.row_id}")
    for change in row.readable or row.changes:
        out.append(f"\n{change.field}: ", style="bold")
        if row.action == "update":
            out.append(_value(change.old), style="red")
            out.append(" → ")
            out.append(_value(change.new), style="green")
        elif row.action == "delete":
            out.append(_value(change.old))
        else:
            out.append(_value(change.new))
    if not row.changes:
        out.append("\n" + t("master.audit.no_values"))
    return out


class AuditDetailModal(ModalScreen[None]):
    DEFAULT_CSS = """
    AuditDetailModal { align: center middle; }
    AuditDetailModal > VerticalScroll {
        width: 78; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    AuditDetailModal #ad-text { height: auto; }
    AuditDetailModal #ad-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("escape,enter,q", "close", t("word.close"), id="master.audit.close"),
    ]

    def __init__(self, row: AuditRow) -> None:
        super().__init__()
        self.row = row

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="ad-scroll"):
            yield Static(detail_text(self.row), id="ad-text")
            yield Static(Text(t("master.audit.detail_hint")), id="ad-hint")

    def on_mount(self) -> None:
        self.query_one("#ad-scroll").focus()

    def action_close(self) -> None:
        self.dismiss(None)
