"""The plan form: ``PlanFormModal(initial, plan_id=None, version=0)``
saves the plan itself (so errors show at their field) and dismisses with
the ``SavedPlan``, or None on Esc.

Officer, type and kelurahan complete as they are typed: the inline
suggestion (→ accepts it) for a prefix, and a line of choices under the
field for anything that contains the text.
"""

from __future__ import annotations

import asyncio

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Label, Static

from sambang_tui.i18n import t
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ConflictError, NotFound, ValidationError
from sambang_tui.services.master import lookup
from sambang_tui.services.schedule import plan_form
from sambang_tui.services.schedule.plans import PlanInput, SavedPlan
from sambang_tui.ui.context import sambang_app
from sambang_tui.ui.modals.discard import AsksBeforeDiscard
from sambang_tui.ui.widgets.inputs import Input
from sambang_tui.ui.workers import run_db

# form field -> (label key, ValidationError field names)
FIELDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "date": ("jadwal.form.date", ("date",)),
    "start_time": ("jadwal.form.time", ("start_time",)),
    "officer": ("jadwal.form.officer", ("officer_id",)),
    "type": ("jadwal.form.type", ("type_id",)),
    "kelurahan": ("jadwal.form.kelurahan", ("kelurahan_id",)),
    "rw": ("jadwal.form.rw", ("rw",)),
    "rt": ("jadwal.form.rt", ("rt",)),
    "target": ("jadwal.form.target", ("target",)),
    "note": ("jadwal.form.note", ("note",)),
}
COMPLETED = ("officer", "type", "kelurahan", "rw", "rt")


def field_of(error_field: str) -> str:
    for name, (_label, errors) in FIELDS.items():
        if error_field in errors:
            return name
    return "target"


async def _in_thread(fn):
    def run():
        with runtime.session():
            return fn()

    return await asyncio.to_thread(run)


class LookupSuggester(Suggester):
    """Inline completion for one form field, from services.lookup."""

    def __init__(self, form: PlanFormModal, name: str) -> None:
        super().__init__(use_cache=False, case_sensitive=False)
        self.form = form
        self.name = name

    async def get_suggestion(self, value: str) -> str | None:
        if not value.strip():
            return None
        options = await _in_thread(lambda: self.form.choices(self.name, value))
        for option in options:
            if option.casefold().startswith(value):
                return option
        return None


class PlanFormModal(AsksBeforeDiscard, ModalScreen[SavedPlan | None]):
    DEFAULT_CSS = """
    PlanFormModal { align: center middle; }
    PlanFormModal > VerticalScroll {
        width: 78; max-width: 100%; height: auto; max-height: 100%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    PlanFormModal .plan-title { text-style: bold; color: $accent; }
    PlanFormModal .plan-row { height: 1; }
    PlanFormModal .plan-label { width: 16; }
    PlanFormModal Input { width: 1fr; }
    PlanFormModal .plan-msg { height: auto; padding-left: 16; color: $text-muted; }
    PlanFormModal .plan-msg.-error { color: $error; text-style: bold; }
    PlanFormModal .plan-msg.-empty { display: none; }
    PlanFormModal #plan-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("ctrl+s", "save", t("jadwal.form.save"), id="jadwal.form.save", priority=True),
        Binding("escape", "cancel", t("jadwal.form.cancel"), id="jadwal.form.cancel"),
    ]

    def __init__(
        self, actor: Actor, initial: PlanInput, plan_id: int | None = None, version: int = 0
    ) -> None:
        super().__init__()
        self.actor = actor
        self.initial = initial
        self.plan_id = plan_id
        self.version = version
        self._saving = False

    def compose(self) -> ComposeResult:
        title = t("jadwal.form.edit") if self.plan_id else t("jadwal.form.new")
        with VerticalScroll(id="plan-form"):
            yield Label(Text(title), classes="plan-title")
            for name, (label, _errors) in FIELDS.items():
                suggester = LookupSuggester(self, name) if name in COMPLETED else None
                with Horizontal(classes="plan-row"):
                    yield Label(Text(t(label)), classes="plan-label")
                    yield Input(id=f"plan-{name}", suggester=suggester, select_on_focus=False)
                yield Static("", id=f"plan-{name}-msg", classes="plan-msg -empty")
            yield Static(Text(t("jadwal.form.hint")), id="plan-hint")

    def on_mount(self) -> None:
        actor, initial = self.actor, self.initial
        run_db(
            self, lambda: plan_form.form_texts(actor, initial), self._fill, name="plan_form_texts"
        )

    def _fill(self, texts: dict[str, str]) -> None:
        for name, value in texts.items():
            widget = self.query_one(f"#plan-{name}", Input)
            if widget.value:
                continue  # typed before the form was filled: kept
            with widget.prevent(Input.Changed):
                widget.value = value
                widget.cursor_position = len(value)
        first_empty = next((n for n in ("type", "rw", "target") if not texts.get(n)), "type")
        self.query_one(f"#plan-{first_empty}", Input).focus()
        self._filled = self._texts()

    def _texts(self) -> dict[str, str]:
        return {name: self._value(name) for name in FIELDS}

    def has_unsaved(self) -> bool:
        """Changed and not saved: Ctrl+Q asks before it is lost."""
        filled = getattr(self, "_filled", None)
        return filled is not None and self._texts() != filled

    # ---- completion --------------------------------------------------------

    def choices(self, name: str, value: str) -> list[str]:
        """Completion texts for ``name`` given ``value`` (runs in a thread)."""
        value = value.strip()
        if name == "officer":
            found = lookup.officers(self.actor, value, limit=8)
            texts = []
            for choice in found:
                nrp = choice.label.rsplit("·", 1)[-1].strip()
                if value.isdigit():
                    texts.append(f"{nrp} · {choice.label.rsplit('·', 1)[0].strip()}")
                else:
                    texts.append(choice.label)
                    rank_name = choice.label.rsplit("·", 1)[0].strip()
                    name_only = rank_name.split(" ", 1)[-1]
                    texts.append(f"{name_only} · {nrp}")
            return texts
        if name == "type":
            return [f"{c.code} {c.name}" for c in lookup.activity_types(value, limit=8)]
        if name == "kelurahan":
            return [c.label for c in lookup.kelurahan(self.actor, value, limit=8)]
        if name in ("rw", "rt"):
            kel_id = plan_form.resolve_kelurahan_text(self.actor, self._value("kelurahan"))
            if kel_id is None:
                return []
            if name == "rw":
                numbers = lookup.rw_numbers(kel_id)
            elif self._value("rw").isdigit():
                numbers = lookup.rt_numbers(kel_id, int(self._value("rw")))
            else:
                numbers = []
            return [f"{n:02d}" for n in numbers]
        return []

    def _value(self, name: str) -> str:
        return self.query_one(f"#plan-{name}", Input).value

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        name = (event.input.id or "").removeprefix("plan-")
        self._message(name, "")
        if name not in COMPLETED:
            return
        value = event.value

        def find() -> list[str]:
            return self.choices(name, value)

        run_db(
            self,
            find,
            lambda found: self._show_choices(name, value, found),
            group=f"complete-{name}",
            exclusive=True,
            name="plan_form_choices",
        )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        """Enter goes to the next empty field (else the next one), as in
        Input cepat: a field filled already (the officer's kelurahan) is
        not typed into; on the last field it saves."""
        event.stop()
        names = list(FIELDS)
        name = (event.input.id or "").removeprefix("plan-")
        if name not in names or name == names[-1]:
            self.action_save()
            return
        later = names[names.index(name) + 1 :]
        target = next((n for n in later if not self._value(n).strip()), later[0])
        # at once: keys typed behind Enter land in the field they were typed for
        self.set_focus(self.query_one(f"#plan-{target}", Input))

    def _show_choices(self, name: str, value: str, found: list[str]) -> None:
        if self._value(name) != value or not value.strip():
            return
        if name == "officer":
            found = [f for f in found if not f[0].isdigit() or value[:1].isdigit()][::2] or found
        self._message(name, t("jadwal.form.choices", items=" | ".join(found[:6])) if found else "")

    def _message(self, name: str, text: str, error: bool = False) -> None:
        if name not in FIELDS:
            return
        msg = self.query_one(f"#plan-{name}-msg", Static)
        msg.update(Text(text))
        msg.set_class(not text, "-empty")
        msg.set_class(error, "-error")
        self.query_one(f"#plan-{name}", Input).set_class(error, "-field-error")

    # ---- saving --------------------------------------------------------------

    def action_save(self) -> None:
        if self._saving:
            return
        self._saving = True
        texts = self._texts()
        for name in FIELDS:
            self._message(name, "")
        actor, plan_id, version = self.actor, self.plan_id, self.version
        run_db(
            self,
            lambda: plan_form.save_form(actor, texts, plan_id, version),
            self._saved,
            on_error=self._failed,
            name="plan_form_save",
        )

    def _saved(self, saved: SavedPlan) -> None:
        self._saving = False
        self.dismiss(saved)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, ValidationError):
            first = None
            for error in exc.errors:
                name = field_of(error.field)
                self._message(name, error.message, error=True)
                first = first or name
            if first:
                self.query_one(f"#plan-{first}", Input).focus()
            return
        sambang_app(self).report_error(exc)
        if isinstance(exc, ConflictError | NotFound):
            self.dismiss(None)
