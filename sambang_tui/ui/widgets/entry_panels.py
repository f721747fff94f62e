"""The parts of the entry form that only some activity types have: the
Laporan Informasi of Deteksi Dini, the households of DDS, and the problem of
Problem Solving.

A panel's fields are made the first time its type is chosen (or a report
with it is loaded): most reports have none of them, and without their ~140
widgets the form opens in about half the time. Until they are mounted, a
panel keeps what was put in it and gives it back as it was.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from typing import Any

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Static

from sambang_tui.i18n import t
from sambang_tui.services.core import clock
from sambang_tui.services.core.dates import parse_date, parse_time
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.vocab import INFO_ACCURACY, SOURCE_RELIABILITY
from sambang_tui.services.reports.input import (
    HouseholdInput,
    InformationInput,
    OpinionInput,
    ProblemInput,
)
from sambang_tui.ui.widgets.entry_fields import FieldArea, FieldInput, FieldRow
from sambang_tui.ui.widgets.entry_picker import Picker, PickItem


class Group(Vertical):
    """A titled group of fields; Ctrl+↓/↑ jump between groups."""

    DEFAULT_CSS = """
    Group { height: auto; width: 1fr; }
    Group > .group-title { height: 1; color: $accent; text-style: bold; }
    """

    def __init__(self, title: str, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.title = title

    def compose_title(self) -> Static:
        return Static(f"─ {self.title}", classes="group-title", markup=False)


def format_datetime(value: dt.datetime | None) -> str:
    return value.strftime("%d/%m/%Y %H.%M") if value else ""


def parse_datetime(text: str, field: str) -> dt.datetime | None:
    raw = text.strip()
    if not raw:
        return None
    parts = raw.split()
    time_part = None
    if len(parts) > 1:
        time_part = parse_time(parts[-1], field=field)
        raw = " ".join(parts[:-1])
    day = parse_date(raw, today=clock.today(), field=field)
    return dt.datetime.combine(day, time_part or dt.time(0, 0))


class Panel(Group):
    """A group shown for some activity types, its fields made on first use."""

    class Built(Message):
        """The panel's fields are mounted and hold what was put before."""

        def __init__(self, panel: Panel) -> None:
            super().__init__()
            self.panel = panel

    def __init__(self, title: str, *, id: str) -> None:
        super().__init__(title, id=id, classes="group panel")
        self.built = False  # the fields are mounted
        self._building = False

    def compose(self) -> ComposeResult:
        yield self.compose_title()

    def make_fields(self) -> list[Widget]:
        raise NotImplementedError

    def show(self, shown: bool) -> None:
        self.set_class(shown, "-shown")
        if shown:
            self.build()

    def build(self) -> None:
        """Mount the fields (once); ``Built`` follows when they are ready."""
        if self._building:
            return
        self._building = True
        self.call_later(self._mount_fields)

    async def _mount_fields(self) -> None:
        await self.mount_all(self.make_fields())
        self.built = True
        self.fields_ready()
        self.post_message(self.Built(self))

    def fields_ready(self) -> None:
        """Put what was put before the fields were there."""


class InformationPanel(Panel):
    TEXT_FIELDS = ("field", "subject", "source", "source_relation", "how_obtained")

    def __init__(self) -> None:
        super().__init__(t("entry.group.info"), id="panel-info")
        self._held: tuple[InformationInput, dict[str, str]] = (InformationInput(), {})

    def make_fields(self) -> list[Widget]:
        rows: list[Widget] = []
        for index, name in enumerate(self.TEXT_FIELDS):
            fname = f"information.{name}"
            extra = ("information",) if index == 0 else ()
            rows.append(
                FieldRow((t(f"entry.li.{name}"), FieldInput(fname)), fields=(fname, *extra))
            )
        rows.append(
            FieldRow(
                (
                    t("entry.li.obtained_at"),
                    FieldInput("information.obtained_at", placeholder=t("entry.ph.obtained_at")),
                ),
                fields=("information.obtained_at",),
            )
        )
        reliability = Picker("information.reliability", id="f-information--reliability")
        accuracy = Picker("information.accuracy", id="f-information--accuracy")
        reliability.set_items([PickItem(v, v, code=v) for v in SOURCE_RELIABILITY])
        accuracy.set_items([PickItem(v, v, code=v) for v in INFO_ACCURACY])
        rows.append(
            FieldRow(
                (t("entry.li.reliability"), reliability),
                (t("entry.li.accuracy"), accuracy),
                fields=("information.reliability", "information.accuracy"),
            )
        )
        for name in ("facts", "assessment"):
            fname = f"information.{name}"
            rows.append(
                FieldRow((t(f"entry.li.{name}"), FieldArea(fname, height=3)), fields=(fname,))
            )
        return rows

    def fields_ready(self) -> None:
        self.put(*self._held)

    def _input(self, name: str) -> FieldInput:
        return self.query_one(f"#f-information--{name.replace('_', '-')}", FieldInput)

    def _area(self, name: str) -> FieldArea:
        return self.query_one(f"#f-information--{name}", FieldArea)

    def _picker(self, name: str) -> Picker:
        return self.query_one(f"#f-information--{name}", Picker)

    def get(self, errors: dict[str, str]) -> InformationInput:
        if not self.built:
            info, raw = copy.deepcopy(self._held)
            try:
                obtained = raw.get("information.obtained_at")
                if obtained is not None:
                    info.obtained_at = parse_datetime(obtained, "information.obtained_at")
            except ValidationError as exc:
                errors[exc.field] = exc.message
            return info
        texts: dict[str, Any] = {name: self._input(name).value for name in self.TEXT_FIELDS}
        info = InformationInput(
            **texts,
            facts=self._area("facts").text,
            assessment=self._area("assessment").text,
        )
        try:
            info.obtained_at = parse_datetime(
                self._input("obtained_at").value, "information.obtained_at"
            )
        except ValidationError as exc:
            errors[exc.field] = exc.message
        rel = self._picker("reliability").values
        acc = self._picker("accuracy").values
        info.reliability = str(rel[0]) if rel else ""
        info.accuracy = str(acc[0]) if acc else ""
        return info

    def raw(self) -> dict[str, str]:
        if not self.built:
            info, raw = self._held
            text = raw.get("information.obtained_at")
            return {
                "information.obtained_at": text
                if text is not None
                else format_datetime(info.obtained_at)
            }
        return {"information.obtained_at": self._input("obtained_at").value}

    def put(self, info: InformationInput | None, raw: dict[str, str] | None = None) -> None:
        info = info or InformationInput()
        if not self.built:
            self._held = (copy.deepcopy(info), dict(raw or {}))
            return
        for name in self.TEXT_FIELDS:
            self._input(name).value = getattr(info, name) or ""
        obtained = (raw or {}).get("information.obtained_at")
        self._input("obtained_at").value = (
            obtained if obtained is not None else format_datetime(info.obtained_at)
        )
        self._area("facts").text = info.facts or ""
        self._area("assessment").text = info.assessment or ""
        self._picker("reliability").set_values([info.reliability] if info.reliability else [])
        self._picker("accuracy").set_values([info.accuracy] if info.accuracy else [])


OPINION_SEPARATOR = "; "
_SEPARATOR = re.compile(r";\s+")


def shown_opinions(opinions: list[OpinionInput], kind: str) -> str:
    """The one line a household's ``kind`` (keluhan, harapan) is typed in:
    its items, in order, joined by "; "."""
    return OPINION_SEPARATOR.join(o.text for o in opinions if o.kind == kind)


def opinions_from(stored: list[OpinionInput], typed: dict[str, str]) -> list[OpinionInput]:
    """A household's opinions from the lines ``typed`` (kind → text), given
    those it had (``stored``). The form shows only each kind's texts, joined
    in one line, not their field (Kamtibmas, Ekonomi …): a line left as it
    was shown keeps its items exactly — texts, fields, order (an edit of
    another part of the report rewrote them: fields emptied, items merged
    into one text). A line changed is read back item by item at "; "; an
    item typed in the place of one (as many items as before), or unchanged
    among others, keeps that one's field; its kind's items take the places
    that kind had among the others."""
    items: dict[str, list[OpinionInput]] = {}
    for kind, line in typed.items():
        before = [o for o in stored if o.kind == kind]
        if line == shown_opinions(stored, kind):
            items[kind] = [copy.deepcopy(o) for o in before]
            continue
        texts = [part.strip() for part in _SEPARATOR.split(line) if part.strip()]
        if len(texts) == len(before):
            items[kind] = [
                OpinionInput(kind, o.field, x) for o, x in zip(before, texts, strict=True)
            ]
            continue
        unused = list(before)
        made: list[OpinionInput] = []
        for text in texts:
            same = next((o for o in unused if o.text.strip() == text), None)
            if same is not None:
                unused.remove(same)
            made.append(OpinionInput(kind, same.field if same else "", text))
        items[kind] = made
    # each kind's items in the places it had among the others, any more after
    out: list[OpinionInput] = []
    for o in stored:
        queue = items.get(o.kind)
        if queue:
            out.append(queue.pop(0))
        elif o.kind not in items:
            out.append(copy.deepcopy(o))  # a kind the form does not show
    for kind in typed:
        out.extend(items[kind])
    return out


class HouseholdRow(Vertical):
    DEFAULT_CSS = "HouseholdRow { height: auto; }"

    def __init__(self, index: int, house: HouseholdInput | None = None) -> None:
        super().__init__(classes="household")
        self.index = index
        self.house = house or HouseholdInput()

    def compose(self) -> ComposeResult:
        p = f"households.{self.index}."
        house = self.house
        keluhan = shown_opinions(house.opinions, "keluhan")
        harapan = shown_opinions(house.opinions, "harapan")
        first = (p + "head_name", p + "address") + (("households",) if self.index == 0 else ())
        yield FieldRow(
            (
                t("entry.dds.household", n=self.index + 1),
                FieldInput(p + "head_name", value=house.head_name, with_id=False),
            ),
            (t("entry.dds.address"), FieldInput(p + "address", value=house.address, with_id=False)),
            fields=first,
        )
        yield FieldRow(
            (t("entry.dds.keluhan"), FieldInput(p + "keluhan", value=keluhan, with_id=False)),
            (t("entry.dds.harapan"), FieldInput(p + "harapan", value=harapan, with_id=False)),
            fields=(p + "opinions",),
        )

    def inputs(self) -> list[FieldInput]:
        return list(self.query(FieldInput))

    def get(self) -> HouseholdInput:
        inputs = self.inputs()
        if len(inputs) != 4:
            return self.house
        head, address, keluhan, harapan = (i.value for i in inputs)
        typed = {"keluhan": keluhan, "harapan": harapan}
        opinions = opinions_from(self.house.opinions, typed)
        return HouseholdInput(head_name=head, address=address, opinions=opinions)

    @property
    def is_empty(self) -> bool:
        house = self.get()
        return not (house.head_name.strip() or house.address.strip() or house.opinions)


class HouseholdsPanel(Panel):
    """Households of a DDS visit; an empty row is always kept at the end."""

    def __init__(self) -> None:
        super().__init__(t("entry.group.dds"), id="panel-dds")
        self._held: list[HouseholdInput] = []
        self._rows: list[HouseholdRow] = []

    def make_fields(self) -> list[Widget]:
        self._rows = self._rows_for(self._held)
        return list(self._rows)

    @staticmethod
    def _rows_for(houses: list[HouseholdInput]) -> list[HouseholdRow]:
        """A row per household, and an empty one to type the next."""
        return [HouseholdRow(i, h) for i, h in enumerate([*houses, HouseholdInput()])]

    def rows(self) -> list[HouseholdRow]:
        return [row for row in self._rows if row.is_mounted]

    def on_input_changed(self) -> None:
        rows = self._rows
        if rows and rows[-1].is_mounted and not rows[-1].is_empty:
            row = HouseholdRow(len(rows))
            self._rows.append(row)
            self.mount(row)

    def put(self, houses: list[HouseholdInput]) -> None:
        if not self.built:
            self._held = copy.deepcopy(houses)
            return
        for row in self._rows:
            row.remove()
        self._rows = self._rows_for(houses)
        self.mount_all(self._rows)

    def get(self) -> list[HouseholdInput]:
        if not self.built:
            return copy.deepcopy(self._held)
        houses = [row.get() for row in self._rows]
        while (
            houses
            and not houses[-1].head_name
            and not houses[-1].address
            and not houses[-1].opinions
        ):
            houses.pop()
        return houses


class ProblemPanel(Panel):
    def __init__(self) -> None:
        super().__init__(t("entry.group.problem"), id="panel-problem")
        self._held: tuple[int | None, ProblemInput | None] = (None, None)
        self.picker = Picker("problem_id", id="f-problem-id", placeholder=t("entry.ph.pick"))

    def make_fields(self) -> list[Widget]:
        return [
            FieldRow((t("entry.ps.problem_id"), self.picker), fields=("problem_id",)),
            Static(t("entry.ps.or_new"), classes="lbl-note", markup=False),
            FieldRow(
                (t("entry.ps.title"), FieldInput("new_problem.title")),
                fields=("new_problem.title", "new_problem"),
            ),
            FieldRow(
                (t("entry.ps.field"), FieldInput("new_problem.field")),
                fields=("new_problem.field",),
            ),
            FieldRow(
                (t("entry.ps.parties"), FieldArea("new_problem.parties", height=2)),
                fields=("new_problem.parties",),
            ),
            FieldRow(
                (t("entry.ps.description"), FieldArea("new_problem.description", height=3)),
                fields=("new_problem.description",),
            ),
        ]

    def fields_ready(self) -> None:
        self.put(*self._held)

    def get(self) -> tuple[int | None, ProblemInput | None]:
        if not self.built:
            problem_id, new = copy.deepcopy(self._held)
            return problem_id, new
        chosen = self.picker.values
        new = ProblemInput(
            title=self.query_one("#f-new-problem--title", FieldInput).value,
            field=self.query_one("#f-new-problem--field", FieldInput).value,
            parties=self.query_one("#f-new-problem--parties", FieldArea).text,
            description=self.query_one("#f-new-problem--description", FieldArea).text,
        )
        has_new = any(v.strip() for v in (new.title, new.field, new.parties, new.description))
        return (int(chosen[0]) if chosen else None), (new if has_new else None)

    def put(self, problem_id: int | None, new: ProblemInput | None) -> None:
        if not self.built:
            self._held = (problem_id, copy.deepcopy(new))
            return
        self.picker.set_values([problem_id] if problem_id else [])
        new = new or ProblemInput()
        self.query_one("#f-new-problem--title", FieldInput).value = new.title
        self.query_one("#f-new-problem--field", FieldInput).value = new.field
        self.query_one("#f-new-problem--parties", FieldArea).text = new.parties
        self.query_one("#f-new-problem--description", FieldArea).text = new.description
