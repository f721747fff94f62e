"""The plans of one cell: ``PlanListModal(title, plans)`` lists them and
dismisses with ``(action, plan_id)`` — action one of edit, new, cancel,
realise, move, restore, delete — or None on Esc. With ``pick`` set, Enter
answers that action for the highlighted plan."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from sambang_tui.i18n import t
from sambang_tui.services.schedule.grid import PlanCell, issue_text
from sambang_tui.ui.widgets.schedule_grid import STATUS_MARK, safe

PlanAction = tuple[str, int | None]


def plan_line(plan: PlanCell) -> Text:
    """One plan as the list shows it; user text stays plain text."""
    time = plan.start_time.strftime("%H.%M") if plan.start_time else "--.--"
    area = plan.kelurahan
    if plan.rw is not None:
        area += f" RW {plan.rw:02d}"
    if plan.rt is not None:
        area += f" RT {plan.rt:02d}"
    text = Text(f"{time} {STATUS_MARK.get(plan.status, '?')} ")
    text.append(plan.type_code, style="bold")
    text.append(f" {safe(area)}")
    if plan.target:
        text.append(f" · {safe(plan.target)}")
    text.append(f" — {t('plan.' + plan.status)}", style="italic")
    if plan.report_id:
        text.append(f" ({t('jadwal.list.report', number=plan.report_number or '?')})")
    if plan.cancel_reason:
        text.append(f" ({t('jadwal.list.reason', reason=safe(plan.cancel_reason))})")
    for code in sorted(plan.issues):
        text.append(f"\n   * {issue_text(code)}", style="bold")
    return text


class PlanListModal(ModalScreen[PlanAction | None]):
    DEFAULT_CSS = """
    PlanListModal { align: center middle; }
    PlanListModal > Vertical {
        width: 90%; max-width: 110; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    PlanListModal OptionList { height: auto; max-height: 14; }
    PlanListModal #plan-list-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("e", "answer('edit')", t("jadwal.list.key.edit"), id="jadwal.list.edit"),
        Binding("n", "answer('new')", t("jadwal.list.key.new"), id="jadwal.list.new"),
        Binding("x", "answer('cancel')", t("jadwal.list.key.cancel"), id="jadwal.list.cancel"),
        Binding("r", "answer('realise')", t("jadwal.list.key.realise"), id="jadwal.list.realise"),
        Binding("M,shift+m", "answer('move')", t("jadwal.list.key.move"), id="jadwal.list.move"),
        Binding("a", "answer('restore')", t("jadwal.list.key.restore"), id="jadwal.list.restore"),
        Binding("d", "answer('delete')", t("jadwal.list.key.delete"), id="jadwal.list.delete"),
        Binding("escape", "close", t("jadwal.list.key.close"), id="jadwal.list.close"),
    ]

    def __init__(self, title: str, plans: list[PlanCell], pick: str | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.plans = plans
        self.pick = pick

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self.title_text, style="bold"))
            if self.plans:
                yield OptionList(
                    *[Option(plan_line(p), id=str(p.id)) for p in self.plans], id="plan-list"
                )
            else:
                yield Static(Text(t("jadwal.list.empty")))
            hint = t("jadwal.list.pick") if self.pick else t("jadwal.list.hint")
            yield Static(Text(hint), id="plan-list-hint")

    def on_mount(self) -> None:
        if self.plans:
            options = self.query_one(OptionList)
            options.highlighted = 0
            options.focus()

    def _current(self) -> int | None:
        if not self.plans:
            return None
        index = self.query_one(OptionList).highlighted
        return self.plans[index].id if index is not None else None

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_answer(self.pick or "edit")

    def action_answer(self, action: str) -> None:
        plan_id = self._current()
        if plan_id is None and action != "new":
            return
        self.dismiss((action, plan_id))

    def action_close(self) -> None:
        self.dismiss(None)
