"""F3 Jadwal: the schedule grid — plan the week, tick plans off as reports
come in, see clashes and the RWs nobody visited.

The screen keeps the period (week or month around the cursor day) and the
filter, loads the period's data in a worker, and turns keys into service
calls; the grid widget only draws and moves its cursor. The work is in
``jadwal_base`` (state, loading, display), ``jadwal_proposal`` and
``jadwal_plans``; this module holds the keys and the layout.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static

from sambang_tui.i18n import t
from sambang_tui.ui.screens.jadwal_plans import JadwalPlans
from sambang_tui.ui.widgets.header import SambangHeader
from sambang_tui.ui.widgets.schedule_grid import ScheduleGrid


class JadwalScreen(JadwalPlans):
    TITLE_KEY = "nav.jadwal"
    HELP_KEY = "jadwal.help"
    REFRESH_SECONDS = 30.0
    DEFAULT_CSS = """
    JadwalScreen #jadwal-title { height: 1; background: $panel; color: $text; }
    JadwalScreen #jadwal-detail { height: 2; color: $text; background: $panel; }
    JadwalScreen #jadwal-uncovered {
        dock: right; width: 30; display: none;
        border-left: solid $accent; background: $surface;
    }
    JadwalScreen.-uncovered #jadwal-uncovered { display: block; }
    JadwalScreen #jadwal-body { height: 1fr; }
    """
    BINDINGS = [
        # The footer shows the weekly routine (new, edit, cancel, realise, copy the
        # week) so it fits 80 columns; every key stays in F1 help and the palette.
        Binding("enter", "open", t("jadwal.key.open"), id="jadwal.open", show=False),
        Binding("n", "new", t("jadwal.key.new"), id="jadwal.new"),
        Binding("e", "edit", t("jadwal.key.edit"), id="jadwal.edit"),
        Binding("x", "cancel_plan", t("jadwal.key.cancel"), id="jadwal.cancel"),
        Binding("r", "realise", t("jadwal.key.realise"), id="jadwal.realise"),
        Binding("c", "copy", t("jadwal.key.copy"), id="jadwal.copy", show=False),
        Binding("v", "paste", t("jadwal.key.paste"), id="jadwal.paste", show=False),
        Binding("C,shift+c", "copy_week", t("jadwal.key.copy_week"), id="jadwal.copy_week"),
        Binding("M,shift+m", "move", t("jadwal.key.move"), id="jadwal.move", show=False),
        Binding("slash", "filter", t("jadwal.key.filter"), id="jadwal.filter", show=False),
        Binding("u", "uncovered", t("jadwal.key.uncovered"), id="jadwal.uncovered", show=False),
        # next week's plan proposed from RW coverage, shown as a preview (~SB 03)
        # the footer is full at 80 columns: the legend line says "p usulan"
        Binding("p", "propose", t("proposal.key.propose"), id="jadwal.propose", show=False),
        Binding("a", "accept('cell')", t("proposal.key.cell"), id="jadwal.accept", show=False),
        Binding(
            "o",
            "accept('officer')",
            t("proposal.key.officer"),
            id="jadwal.accept_officer",
            show=False,
        ),
        Binding(
            "A,shift+a", "accept('all')", t("proposal.key.all"), id="jadwal.accept_all", show=False
        ),
        Binding("t", "today", t("jadwal.key.today"), id="jadwal.today", show=False),
        Binding("g", "goto", t("jadwal.key.goto"), id="jadwal.goto", show=False),
        Binding("w", "view('week')", t("jadwal.key.week"), id="jadwal.week", show=False),
        Binding("m", "view('month')", t("jadwal.key.month"), id="jadwal.month", show=False),
        Binding("ctrl+r", "reload", t("jadwal.key.reload"), id="jadwal.reload", show=False),
        Binding("escape", "escape", t("jadwal.key.escape"), id="jadwal.escape", show=False),
    ]

    # ---- layout ------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield SambangHeader()
        yield Static("", id="jadwal-title")
        with Horizontal(id="jadwal-body"):
            yield ScheduleGrid(id="jadwal-grid")
            with VerticalScroll(id="jadwal-uncovered"):
                yield Static("", id="jadwal-uncovered-list")
        yield Static("", id="jadwal-detail")
        yield self.footer()

    def on_mount(self) -> None:
        self.grid.focus()
        self._show_title()
        self.load()
        self.set_interval(self.REFRESH_SECONDS, self._auto_reload, name="jadwal-refresh")

    def on_screen_resume(self) -> None:
        if self.data is not None:
            self.load()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "accept":
            return self.proposal is not None
        return True

    def action_escape(self) -> None:
        if self.moving is not None or self.clipboard is not None:
            self.moving = None
            self.clipboard = None
            self.grid.marked = set()
            self.grid.refresh()
            self._show_detail()
            return
        if self.proposal is not None:
            self._set_proposal(None)
            self.notify(t("proposal.closed"))
            return
        self.sambang.go_back()
