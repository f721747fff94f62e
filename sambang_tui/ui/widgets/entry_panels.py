"""The parts of the entry form that only some activity types have: the
Laporan Informasi of Deteksi Dini, the households of DDS, and the problem of
Problem Solving."""

from __future__ import annotations

import datetime as dt

from textual.app import ComposeResult
from textual.containers import Vertical
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


class InformationPanel(Group):
    TEXT_FIELDS = ("field", "subject", "source", "source_relation", "how_obtained")

    def __init__(self) -> None:
        super().__init__(t("entry.group.info"), id="panel-info", classes="group panel")

    def compose(self) -> ComposeResult:
        yield self.compose_title()
        for index, name in enumerate(self.TEXT_FIELDS):
            fname = f"information.{name}"
            extra = ("information",) if index == 0 else ()
            yield FieldRow((t(f"entry.li.{name}"), FieldInput(fname)), fields=(fname, *extra))
        yield FieldRow(
            (
                t("entry.li.obtained_at"),
                FieldInput("information.obtained_at", placeholder=t("entry.ph.obtained_at")),
            ),
            fields=("information.obtained_at",),
        )
        yield FieldRow(
            (
                t("entry.li.reliability"),
                Picker("information.reliability", id="f-information--reliability"),
            ),
            (t("entry.li.accuracy"), Picker("information.accuracy", id="f-information--accuracy")),
            fields=("information.reliability", "information.accuracy"),
        )
        for name in ("facts", "assessment"):
            fname = f"information.{name}"
            yield FieldRow((t(f"entry.li.{name}"), FieldArea(fname, height=3)), fields=(fname,))

    def on_mount(self) -> None:
        self.query_one("#f-information--reliability", Picker).set_items(
            [PickItem(v, v, code=v) for v in SOURCE_RELIABILITY]
        )
        self.query_one("#f-information--accuracy", Picker).set_items(
            [PickItem(v, v, code=v) for v in INFO_ACCURACY]
        )

    def _input(self, name: str) -> FieldInput:
        return self.query_one(f"#f-information--{name.replace('_', '-')}", FieldInput)

    def _area(self, name: str) -> FieldArea:
        return self.query_one(f"#f-information--{name}", FieldArea)

    def _picker(self, name: str) -> Picker:
        return self.query_one(f"#f-information--{name}", Picker)

    def get(self, errors: dict[str, str]) -> InformationInput:
        info = InformationInput(
            **{name: self._input(name).value for name in self.TEXT_FIELDS},
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
        return {"information.obtained_at": self._input("obtained_at").value}

    def put(self, info: InformationInput | None, raw: dict[str, str] | None = None) -> None:
        info = info or InformationInput()
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


class HouseholdRow(Vertical):
    DEFAULT_CSS = "HouseholdRow { height: auto; }"

    def __init__(self, index: int, house: HouseholdInput | None = None) -> None:
        super().__init__(classes="household")
        self.index = index
        self.house = house or HouseholdInput()

    def compose(self) -> ComposeResult:
        p = f"households.{self.index}."
        house = self.house
        keluhan = "; ".join(o.text for o in house.opinions if o.kind == "keluhan")
        harapan = "; ".join(o.text for o in house.opinions if o.kind == "harapan")
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
        head, address, keluhan, harapan = (i.value for i in self.inputs())
        opinions = []
        if keluhan.strip():
            opinions.append(OpinionInput("keluhan", "", keluhan))
        if harapan.strip():
            opinions.append(OpinionInput("harapan", "", harapan))
        return HouseholdInput(head_name=head, address=address, opinions=opinions)

    @property
    def is_empty(self) -> bool:
        house = self.get()
        return not (house.head_name.strip() or house.address.strip() or house.opinions)


class HouseholdsPanel(Group):
    """Households of a DDS visit; an empty row is always kept at the end."""

    def __init__(self) -> None:
        super().__init__(t("entry.group.dds"), id="panel-dds", classes="group panel")

        self._rows: list[HouseholdRow] = [HouseholdRow(0)]

    def compose(self) -> ComposeResult:
        yield self.compose_title()
        yield from self._rows

    def rows(self) -> list[HouseholdRow]:
        return [row for row in self._rows if row.is_mounted]

    def on_input_changed(self) -> None:
        rows = self._rows
        if rows and rows[-1].is_mounted and not rows[-1].is_empty:
            row = HouseholdRow(len(rows))
            self._rows.append(row)
            self.mount(row)

    def put(self, houses: list[HouseholdInput]) -> None:
        for row in self._rows:
            row.remove()
        self._rows = [HouseholdRow(i, h) for i, h in enumerate([*houses, HouseholdInput()])]
        self.mount_all(self._rows)

    def get(self) -> list[HouseholdInput]:
        houses = [row.get() for row in self._rows]
        while (
            houses
            and not houses[-1].head_name
            and not houses[-1].address
            and not houses[-1].opinions
        ):
            houses.pop()
        return houses


class ProblemPanel(Group):
    def __init__(self) -> None:
        super().__init__(t("entry.group.problem"), id="panel-problem", classes="group panel")

    def compose(self) -> ComposeResult:
        yield self.compose_title()
        yield FieldRow(
            (
                t("entry.ps.problem_id"),
                Picker("problem_id", id="f-problem-id", placeholder=t("entry.ph.pick")),
            ),
            fields=("problem_id",),
        )
        yield Static(t("entry.ps.or_new"), classes="lbl-note", markup=False)
        yield FieldRow(
            (t("entry.ps.title"), FieldInput("new_problem.title")),
            fields=("new_problem.title", "new_problem"),
        )
        yield FieldRow(
            (t("entry.ps.field"), FieldInput("new_problem.field")), fields=("new_problem.field",)
        )
        yield FieldRow(
            (t("entry.ps.parties"), FieldArea("new_problem.parties", height=2)),
            fields=("new_problem.parties",),
        )
        yield FieldRow(
            (t("entry.ps.description"), FieldArea("new_problem.description", height=3)),
            fields=("new_problem.description",),
        )

    @property
    def picker(self) -> Picker:
        return self.query_one("#f-problem-id", Picker)

    def get(self) -> tuple[int | None, ProblemInput | None]:
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
        self.picker.set_values([problem_id] if problem_id else [])
        new = new or ProblemInput()
        self.query_one("#f-new-problem--title", FieldInput).value = new.title
        self.query_one("#f-new-problem--field", FieldInput).value = new.field
        self.query_one("#f-new-problem--parties", FieldArea).text = new.parties
        self.query_one("#f-new-problem--description", FieldArea).text = new.description
