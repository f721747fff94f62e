"""The original chat message beside the form opened from the Kotak masuk:
who sent it and when, which of its reports this is, its photos by name, a
warning when it may be entered already, and the text as it was sent."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from sambang_tui.i18n import format_day_short, t
from sambang_tui.services.inbox.queue import ItemDetail, ItemPart
from sambang_tui.ui.text import plain


def heading(detail: ItemDetail, part: ItemPart) -> Text:
    count = len(detail.parts)
    part_text = t("inbox.form.part", n=part.index + 1, count=count) if count > 1 else ""
    when = f"{format_day_short(detail.sent_at.date())} {detail.sent_at:%H.%M}"
    sender = detail.officer.split(" · ")[0] if detail.officer else detail.sender
    return plain(t("inbox.form.source", sender=sender, when=when, part=part_text), style="bold")


def photo_line(detail: ItemDetail) -> Text:
    if not detail.photos:
        return Text(t("inbox.form.no_photos"), style="italic")
    names = ", ".join(
        p.name + ("" if p.present else t("inbox.form.photo_missing")) for p in detail.photos
    )
    return plain(t("inbox.form.photos", count=len(detail.photos), names=names), style="italic")


class InboxMessage(VerticalScroll, can_focus=False):
    DEFAULT_CSS = """
    InboxMessage { height: 7; padding: 0 1; background: $boost; border-bottom: solid $primary; }
    InboxMessage.-tall { height: 2fr; }
    InboxMessage Static { height: auto; }
    InboxMessage #im-entered { color: $warning; text-style: bold; }
    """

    def __init__(self, detail: ItemDetail, part: ItemPart) -> None:
        super().__init__()
        self.detail = detail
        self.part = part

    def compose(self) -> ComposeResult:
        yield Static(id="im-heading")
        yield Static(id="im-photos")
        yield Static(id="im-entered")
        yield Static(id="im-text")

    def on_mount(self) -> None:
        self.show(self.detail, self.part)

    def show(self, detail: ItemDetail, part: ItemPart) -> None:
        """The message of ``detail`` for its report ``part``."""
        self.detail, self.part = detail, part
        self.query_one("#im-heading", Static).update(heading(detail, part))
        self.query_one("#im-photos", Static).update(photo_line(detail))
        entered = self.query_one("#im-entered", Static)
        entered.display = bool(detail.entered_number and part.report_id is None)
        entered.update(Text(t("inbox.form.entered", number=detail.entered_number or "")))
        self.query_one("#im-text", Static).update(plain(detail.text))
        self.scroll_home(animate=False)
