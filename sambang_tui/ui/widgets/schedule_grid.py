"""The schedule grid: officers × days, drawn line by line (Line API), so only
the visible rows and day columns are rendered however many officers and
days are loaded.

The officer column and the two-line day header stay put; the body scrolls
under them. Each plan is drawn as ``·CS 06``: a status mark (readable
without colour), the type code and the RW, coloured by status; ``*`` marks a
plan with a check (double booking, kelurahan not assigned, holiday).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from sambang_tui.i18n import format_day_short, language, t
from sambang_tui.services.core import clock
from sambang_tui.services.schedule.grid import GridData, GridOfficer, PlanCell

# "usulan": a plan proposed from RW coverage, not saved yet (services.plan_proposal)
STATUS_MARK = {"rencana": "·", "terlaksana": "✓", "batal": "✗", "terlewat": "!", "usulan": "~"}
ISSUE_MARK = "*"
HEADER_HEIGHT = 2
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def safe(text: str) -> str:
    """Text as a cell shows it: control characters (escape codes) dropped."""
    return _UNSAFE.sub("", text)


def plan_label(plan: PlanCell, compact: bool) -> str:
    short = plan.type_code if compact else plan.short
    mark = ISSUE_MARK if plan.issues else ""
    return f"{STATUS_MARK.get(plan.status, '?')}{short}{mark}"


def cell_pieces(plans: list[PlanCell], width: int, compact: bool) -> list[tuple[str, str]]:
    """What one cell of ``width`` shows: (text, status) pieces, as many
    plans as fit, then ``+n`` for the rest — or a bare ``+`` when that keeps
    the first plan whole (its RW), as in ``✓DDS 07+``."""
    pieces: list[tuple[str, str]] = []
    used = 0
    for index, plan in enumerate(plans):
        label = plan_label(plan, compact)
        rest = len(plans) - index - 1
        suffix = len(f"+{rest}") if rest else 0
        gap = 1 if pieces else 0
        if used + gap + len(label) + suffix > width:
            if not pieces and rest and len(label) + 1 <= width:
                return [(label, plan.status), ("+", "more")]
            break
        pieces.append((" " * gap + label, plan.status))
        used += gap + len(label)
    left = len(plans) - len(pieces)
    if left and not pieces:
        more = f"+{left - 1}" if left > 1 else ""
        label = plan_label(plans[0], True)[: max(1, width - len(more))]
        pieces.append((label, plans[0].status))
        if more:
            pieces.append((more, "more"))
    elif left:
        pieces.append((f"+{left}", "more"))
    return pieces


@dataclass(frozen=True)
class _Line:
    officer: int | None  # index into officers, None for a kelurahan group line
    title: str = ""


class ScheduleGrid(ScrollView, can_focus=True):
    """Officers × days. The screen gives it a ``GridData`` with ``set_data``
    and reacts to ``CursorMoved`` and ``PeriodNeeded`` (the cursor left the
    loaded days)."""

    COMPONENT_CLASSES = {
        "schedule-grid--header",
        "schedule-grid--today",
        "schedule-grid--holiday",
        "schedule-grid--weekend",
        "schedule-grid--weekend-header",
        "schedule-grid--group",
        "schedule-grid--officer",
        "schedule-grid--cursor",
        "schedule-grid--marked",
        "schedule-grid--rencana",
        "schedule-grid--terlaksana",
        "schedule-grid--batal",
        "schedule-grid--terlewat",
        "schedule-grid--usulan",
        "schedule-grid--more",
    }
    DEFAULT_CSS = """
    ScheduleGrid {
        overflow: hidden hidden;
        height: 1fr;
        background: $surface;
    }
    ScheduleGrid > .schedule-grid--header { text-style: bold; background: $panel; }
    ScheduleGrid > .schedule-grid--today { color: ansi_black; background: ansi_yellow; text-style: bold; }
    ScheduleGrid > .schedule-grid--holiday { color: ansi_bright_red; background: $panel; text-style: bold; }
    ScheduleGrid > .schedule-grid--weekend { background: $panel; }
    ScheduleGrid > .schedule-grid--weekend-header { color: ansi_red; }
    ScheduleGrid > .schedule-grid--group { color: $accent; text-style: bold; }
    ScheduleGrid > .schedule-grid--officer { }
    ScheduleGrid > .schedule-grid--cursor { text-style: reverse bold; }
    ScheduleGrid > .schedule-grid--marked { text-style: underline; }
    ScheduleGrid > .schedule-grid--rencana { color: ansi_bright_cyan; }
    ScheduleGrid > .schedule-grid--terlaksana { color: ansi_bright_green; }
    ScheduleGrid > .schedule-grid--batal { color: ansi_bright_black; text-style: strike; }
    ScheduleGrid > .schedule-grid--terlewat { color: ansi_bright_red; text-style: bold; }
    ScheduleGrid > .schedule-grid--usulan { color: ansi_bright_yellow; text-style: italic; }
    ScheduleGrid > .schedule-grid--more { color: ansi_bright_magenta; text-style: bold; }
    """
    BINDINGS = [
        Binding("up", "move(-1, 0)", t("jadwal.key.up"), id="jadwal.up", show=False),
        Binding("down", "move(1, 0)", t("jadwal.key.down"), id="jadwal.down", show=False),
        Binding("left", "move(0, -1)", t("jadwal.key.left"), id="jadwal.left", show=False),
        Binding("right", "move(0, 1)", t("jadwal.key.right"), id="jadwal.right", show=False),
        Binding("home", "edge(-1)", t("jadwal.key.home"), id="jadwal.home", show=False),
        Binding("end", "edge(1)", t("jadwal.key.end"), id="jadwal.end", show=False),
        Binding(
            "pageup,left_square_bracket",
            "screen.period(-1)",
            t("jadwal.key.prev"),
            id="jadwal.prev",
            show=False,
        ),
        Binding(
            "pagedown,right_square_bracket",
            "screen.period(1)",
            t("jadwal.key.next"),
            id="jadwal.next",
            show=False,
        ),
    ]

    class CursorMoved(Message):
        def __init__(self, officer: GridOfficer | None, day: dt.date) -> None:
            super().__init__()
            self.officer = officer
            self.day = day

    class PeriodNeeded(Message):
        """The cursor moved to ``day`` outside the loaded days."""

        def __init__(self, day: dt.date) -> None:
            super().__init__()
            self.day = day

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.data: GridData | None = None
        self.compact = False
        self.cursor_row = 0  # index into data.officers
        self.cursor_col = 0  # index into data.days
        self.marked: set[tuple[int, dt.date]] = set()
        self._lines: list[_Line] = []
        self._line_of: list[int] = []
        self._days: list[dt.date] = []
        self._styles: dict[str, Style] = {}
        self._cells: dict[tuple[int, int, bool, bool], list[Segment]] = {}
        self._base: Style | None = None
        self._view_w = self._view_h = 0
        self._cell_w, self._officer_w = 8, 14

    # ---- data and geometry -------------------------------------------------

    def set_data(self, data: GridData, compact: bool, cursor: tuple[int | None, dt.date]) -> None:
        """Show ``data``; put the cursor on officer id / day ``cursor``."""
        self.data = data
        self.compact = compact
        self._days = data.days
        self._lines = []
        self._line_of = []
        group: str | None = None
        for index, officer in enumerate(data.officers):
            title = officer.kelurahan if officer.is_bhabin else ""
            title = title or t("jadwal.group.other")
            if title != group:
                self._lines.append(_Line(None, title))
                group = title
            self._line_of.append(len(self._lines))
            self._lines.append(_Line(index))
        officer_id, day = cursor
        rows = [i for i, o in enumerate(data.officers) if o.id == officer_id]
        self.cursor_row = rows[0] if rows else min(self.cursor_row, max(0, len(data.officers) - 1))
        self.cursor_col = min(max(0, (day - data.start).days), len(self._days) - 1)
        self._update_virtual_size()
        self._scroll_to_cursor()
        self.refresh()
        self._announce()

    def _update_virtual_size(self) -> None:
        """Recompute the layout (view size, column widths) and the virtual
        size; drop cached cells."""
        region = self.scrollable_content_region
        self._view_w = region.width or self.size.width
        self._view_h = region.height or self.size.height
        days = max(1, len(self._days))
        if self.compact:
            # a month: below 100 columns narrow cells (weekday over day
            # number) show about two weeks at once instead of nine days
            narrow = self._view_w < 100
            self._cell_w = 5 if narrow else 7
            self._officer_w = 14 if narrow else max(14, min(24, self._view_w // 5))
        else:
            self._cell_w = max(8, min(18, (self._view_w - 16) // days))
            self._officer_w = max(14, min(34, self._view_w - self._cell_w * len(self._days)))
        self._cells.clear()
        self._base = None
        width = self._officer_w + self._cell_w * len(self._days)
        self.virtual_size = Size(width, HEADER_HEIGHT + len(self._lines))

    @property
    def cell_width(self) -> int:
        """Week view: as wide as the screen allows (8-18); month view: 7."""
        return self._cell_w

    @property
    def officer_width(self) -> int:
        return self._officer_w

    def on_resize(self) -> None:
        self._update_virtual_size()
        self._scroll_to_cursor()
        self.refresh()

    def notify_style_update(self) -> None:
        self._styles.clear()
        self._cells.clear()
        self._base = None
        super().notify_style_update()

    @property
    def base_style(self) -> Style:
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self.get_component_rich_style(f"schedule-grid--{name}", partial=True)
            self._styles[name] = style
        return style

    # ---- cursor ------------------------------------------------------------

    @property
    def cursor_officer(self) -> GridOfficer | None:
        if self.data is None or not self.data.officers:
            return None
        return self.data.officers[self.cursor_row]

    @property
    def cursor_day(self) -> dt.date:
        if not self._days:
            return clock.today()
        return self._days[self.cursor_col]

    @property
    def cursor_plans(self) -> list[PlanCell]:
        officer = self.cursor_officer
        if officer is None or self.data is None:
            return []
        return self.data.plans_at(officer.id, self.cursor_day)

    def action_move(self, rows: int, days: int) -> None:
        if self.data is None:
            return
        if days:
            col = self.cursor_col + days
            if not 0 <= col < len(self._days):
                self.post_message(self.PeriodNeeded(self.cursor_day + dt.timedelta(days=days)))
                return
            self._set_cursor(self.cursor_row, col)
        if rows and self.data.officers:
            row = min(max(0, self.cursor_row + rows), len(self.data.officers) - 1)
            self._set_cursor(row, self.cursor_col)

    def action_edge(self, direction: int) -> None:
        self._set_cursor(self.cursor_row, 0 if direction < 0 else len(self._days) - 1)

    def _set_cursor(self, row: int, col: int) -> None:
        old = (self.cursor_row, self.cursor_col)
        if old == (row, col):
            return
        self._refresh_officer_line(self.cursor_row)
        self.cursor_row, self.cursor_col = row, col
        before = self.scroll_offset
        self._scroll_to_cursor()
        if self.scroll_offset == before:
            self._refresh_officer_line(row)
            self._refresh_header()
        self._announce()

    def _announce(self) -> None:
        self.post_message(self.CursorMoved(self.cursor_officer, self.cursor_day))

    def _refresh_officer_line(self, row: int) -> None:
        if row < len(self._line_of):
            y = HEADER_HEIGHT + self._line_of[row] - self.scroll_offset.y
            self.refresh(Region(0, y, self.size.width, 1))

    def _refresh_header(self) -> None:
        self.refresh(Region(0, 0, self.size.width, HEADER_HEIGHT))

    def _scroll_to_cursor(self) -> None:
        if not self._lines:
            return
        height = max(1, self._view_h - HEADER_HEIGHT)
        line = self._line_of[self.cursor_row] if self._line_of else 0
        y = self.scroll_offset.y
        top = line - 1 if line > 0 and self._lines[line - 1].officer is None else line
        if top < y:
            y = top
        elif line >= y + height:
            y = line - height + 1
        body = max(1, self._view_w - self.officer_width)
        cell = self.cell_width
        x = self.scroll_offset.x
        left = self.cursor_col * cell
        if left < x:
            x = left
        elif left + cell > x + body:
            x = max(0, left + cell - body)
            x = ((x + cell - 1) // cell) * cell
        if (x, y) != tuple(self.scroll_offset):
            self.scroll_to(x, y, animate=False, force=True, immediate=True)

    # ---- rendering ---------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self._view_w
        if self.data is None:
            return Strip.blank(width)
        if y < HEADER_HEIGHT:
            return self._header_line(y, width)
        index = y - HEADER_HEIGHT + self.scroll_offset.y
        if index >= len(self._lines):
            return Strip.blank(width, self.base_style)
        line = self._lines[index]
        if line.officer is None:
            return self._group_line(line.title, width)
        return self._officer_line(line.officer, width)

    def _visible_days(self, width: int) -> tuple[int, int, int]:
        """(first day index, last day index + 1, crop offset) of the body."""
        cell = self.cell_width
        body = max(0, width - self.officer_width)
        x = self.scroll_offset.x
        first = x // cell
        last = min(len(self._days), (x + body) // cell + 1)
        return first, last, x - first * cell

    def _line(self, fixed: Segment, cells: list[list[Segment]], width: int) -> Strip:
        """The fixed officer column plus the visible day cells (each exactly
        one cell wide), cut to ``width`` without measuring every segment."""
        cell = self.cell_width
        body = max(0, width - self.officer_width)
        _first, _last, offset = self._visible_days(width)
        segments = [fixed]
        used = 0
        if offset:
            joined = Strip([seg for c in cells for seg in c], cell * len(cells))
            cropped = joined.crop_extend(offset, offset + body, self.base_style)
            return Strip([fixed, *cropped], width)
        for cell_segments in cells:
            if used + cell <= body:
                segments.extend(cell_segments)
                used += cell
            else:
                rest = body - used
                if rest > 0:
                    segments.extend(Strip(cell_segments, cell).crop(0, rest))
                    used = body
                break
        if used < body:
            segments.append(Segment(" " * (body - used), self.base_style))
        return Strip(segments, width)

    def _fixed(self, text: str, style: Style) -> Segment:
        """The officer column: plain text cut to fit (names are assumed one
        cell per character, as Indonesian names are)."""
        width = self.officer_width
        return Segment(safe(text)[: width - 1].ljust(width), style)

    def _header_line(self, y: int, width: int) -> Strip:
        assert self.data is not None
        base = self.base_style + self._style("header")
        first, last, _ = self._visible_days(width)
        cell = self.cell_width
        cells: list[list[Segment]] = []
        for col in range(first, last):
            day = self._days[col]
            style = base
            if day.weekday() >= 5:
                style += self._style("weekend-header")
            if day in self.data.holidays:
                style += self._style("holiday")
            if day == self.data.today:
                style += self._style("today")
            stacked = cell < 8  # "Sen" over "02": the marks are said in the title
            margin = " "
            if y == 0:
                text = format_weekday(day) if stacked else _day_label(day, cell)
            elif stacked:
                text = f"{day.day:02d}"
            elif day == self.data.today:
                text = t("jadwal.today_mark")
                if len(text) >= cell:  # "HARI INI" in a cell of 8: all of it, no margin
                    margin = ""
            elif day in self.data.holidays:
                text = t("jadwal.holiday_mark")
            else:
                text = ""
            if col == self.cursor_col:
                style += Style(underline=True)
            room = cell - len(margin)
            cells.append([Segment(margin + text[:room].ljust(room), style)])
        label = t("jadwal.officer_header") if y == 0 else ""
        return self._line(self._fixed(f" {label}", base), cells, width)

    def _group_line(self, title: str, width: int) -> Strip:
        style = self.base_style + self._style("group")
        return Strip([Segment(safe(f" {title}")[:width].ljust(width), style)])

    def _officer_line(self, row: int, width: int) -> Strip:
        assert self.data is not None
        officer = self.data.officers[row]
        first, last, _ = self._visible_days(width)
        row_cells: list[list[Segment]] = []
        cells = self._cells
        for col in range(first, last):
            cursor = row == self.cursor_row and col == self.cursor_col
            marked = (officer.id, self._days[col]) in self.marked if self.marked else False
            key = (row, col, cursor, marked)
            cell = cells.get(key)
            if cell is None:
                cell = cells[key] = self._cell_segments(officer.id, col, cursor, marked)
            row_cells.append(cell)
        officer_style = self.base_style + self._style("officer")
        if row == self.cursor_row:
            officer_style += Style(bold=True, underline=True)
        room = self.officer_width - 2
        label = officer.label if len(officer.label) <= room else officer.name
        if len(label) > room:
            label = label[: room - 1].rstrip(" ,.") + "…"
        return self._line(self._fixed(f" {label}", officer_style), row_cells, width)

    def _cell_segments(
        self, officer_id: int, col: int, cursor: bool, marked: bool
    ) -> list[Segment]:
        assert self.data is not None
        day = self._days[col]
        cell = self.cell_width
        background = self.base_style
        if day.weekday() >= 5 or day in self.data.holidays:
            background += self._style("weekend")
        if marked:
            background += self._style("marked")
        pieces = cell_pieces(self.data.plans_at(officer_id, day), cell - 1, self.compact)
        sep = "┃" if day == self.data.today else " "
        sep_style = background + self._style("today") if sep != " " else background
        if cursor:
            sep_style += self._style("cursor")
        segments = [Segment(sep, sep_style)]
        used = 0
        for text, status in pieces:
            style = background + self._style(status)
            if cursor:
                style += self._style("cursor")
            segments.append(Segment(text, style))
            used += len(text)
        filler = background + self._style("cursor") if cursor else background
        if used < cell - 1:
            segments.append(Segment(" " * (cell - 1 - used), filler))
        return segments


def _day_label(day: dt.date, width: int) -> str:
    return _day_label_in(day, width, language())


def format_weekday(day: dt.date) -> str:
    """``Sen``: the day's short name alone."""
    return _day_label_in(day, 4, language()).split(" ")[0]


@lru_cache(maxsize=512)
def _day_label_in(day: dt.date, width: int, lang: str) -> str:
    label = format_day_short(day, lang)  # "Sen 02/12"
    if len(label) + 1 > width:
        label = label.split("/")[0]  # "Sen 02"
    return label
