"""Forms left as drafts by app instances that are gone (a killed terminal, a
dropped SSH link) or left for later ("not now" in the form), offered at
start and from the palette: ``DraftsOfferModal(drafts)`` lists them
and dismisses with ``("open", draft)``, ``("discard", draft)`` or None
(later: every draft stays kept)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from sambang_tui.i18n import t
from sambang_tui.services.desk.drafts import OrphanDraft

DraftChoice = tuple[str, OrphanDraft]


def draft_line(draft: OrphanDraft) -> Text:
    """One draft: what form, when it was last kept, a few words of it."""
    when = draft.saved_at.strftime("%d/%m/%Y %H.%M") if draft.saved_at else ""
    if draft.kind == "new":
        what = t("startup.draft.kind.new")
    else:
        label = draft.label or t("startup.draft.target_gone")
        what = t(f"startup.draft.kind.{draft.kind}", what=label)
    text = Text(f"{when}  ")
    text.append(what, style="bold")
    if draft.hint:
        text.append(f" · {draft.hint}")  # typed text: a Text, never markup
    return text


class DraftsOfferModal(ModalScreen["DraftChoice | None"]):
    DEFAULT_CSS = """
    DraftsOfferModal { align: center middle; }
    DraftsOfferModal > Vertical {
        width: 90%; max-width: 100; height: auto; max-height: 90%;
        border: round $warning; background: $surface; padding: 0 1;
    }
    DraftsOfferModal Label { width: 1fr; }
    DraftsOfferModal OptionList { height: auto; max-height: 12; }
    DraftsOfferModal #drafts-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("enter", "answer('open')", t("startup.draft.key.open"), id="drafts.open"),
        Binding("d", "answer('discard')", t("startup.draft.key.discard"), id="drafts.discard"),
        Binding("escape", "close", t("startup.draft.key.later"), id="drafts.later"),
    ]

    def __init__(self, drafts: list[OrphanDraft]) -> None:
        super().__init__()
        self.drafts = drafts

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(t("startup.draft.title", count=len(self.drafts)), style="bold"))
            yield OptionList(
                *[Option(draft_line(d), id=str(d.id)) for d in self.drafts], id="drafts-list"
            )
            yield Static(Text(t("startup.draft.hint")), id="drafts-hint")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_answer("open")

    def action_answer(self, action: str) -> None:
        index = self.query_one(OptionList).highlighted
        if index is None:
            return
        self.dismiss((action, self.drafts[index]))

    def action_close(self) -> None:
        self.dismiss(None)
