"""The plan form: a plan's ids shown as what a person types (officer, type,
kelurahan) and typed texts read back into a ``PlanInput``, checked and saved
through ``plans``."""

from __future__ import annotations

from sambang_tui.db.models import (
    ActivityType,
    Kelurahan,
    Officer,
)
from sambang_tui.services.core import clock
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import FieldError, ValidationError
from sambang_tui.services.core.validate import Checker
from sambang_tui.services.schedule.plans import (
    PlanInput,
    SavedPlan,
    create_plan,
    update_plan,
    values_of,
)

FORM_FIELDS = ("date", "start_time", "officer", "type", "kelurahan", "rw", "rt", "target", "note")


def form_texts(actor: Actor, data: PlanInput) -> dict[str, str]:
    """The plan form's texts for ``data``; a new plan without a kelurahan
    gets the officer's assignment on that day."""
    from sambang_tui.services.master import lookup

    texts = dict.fromkeys(FORM_FIELDS, "")
    if data.date:
        texts["date"] = data.date.strftime("%d/%m/%Y")
    if data.start_time:
        texts["start_time"] = data.start_time.strftime("%H.%M")
    kel_id = data.kelurahan_id
    if data.officer_id:
        officer = Officer.get_or_none(
            (Officer.id == data.officer_id) & (Officer.station == actor.station_id)
        )
        if officer is not None:
            texts["officer"] = lookup.officer_label(officer)
        if kel_id is None and data.date:
            kel_id = lookup.assigned_kelurahan(data.officer_id, data.date)
    if data.type_id:
        kind = ActivityType.get_or_none(ActivityType.id == data.type_id)
        texts["type"] = kind.code if kind else ""
    if kel_id:
        kel = Kelurahan.get_or_none(
            (Kelurahan.id == kel_id) & (Kelurahan.station == actor.station_id)
        )
        texts["kelurahan"] = kel.name if kel else ""
    texts["rw"] = f"{data.rw:02d}" if data.rw is not None else ""
    texts["rt"] = f"{data.rt:02d}" if data.rt is not None else ""
    texts["target"] = data.target
    texts["note"] = data.note
    return texts


def resolve_officer_text(actor: Actor, text: str) -> int | None:
    from sambang_tui.services.master import lookup

    for part in (p.strip() for p in text.split("·")):
        if part.isdigit() and len(part) == 8:
            found = lookup.resolve_officer(actor, part)
            if found:
                return found.id
    found = lookup.resolve_officer(actor, text)
    return found.id if found else None


def resolve_type_text(text: str) -> int | None:
    from sambang_tui.services.master import lookup

    word = text.strip().split(" ", 1)[0].strip().casefold() if text.strip() else ""
    if not word:
        return None
    choices = lookup.activity_types(word, limit=50)
    exact = [c for c in choices if c.code.casefold() == word]
    if exact:
        return exact[0].id
    named = lookup.activity_types(text.strip(), limit=3)
    return named[0].id if len(named) == 1 else None


def resolve_kelurahan_text(actor: Actor, text: str) -> int | None:
    from sambang_tui.services.master import lookup

    text = text.strip()
    if not text:
        return None
    choices = lookup.kelurahan(actor, text, limit=50)
    exact = [c for c in choices if c.label.casefold() == text.casefold()]
    if exact:
        return exact[0].id
    return choices[0].id if len(choices) == 1 else None


def parse_form(actor: Actor, texts: dict[str, str]) -> PlanInput:
    """The form's texts as a PlanInput; every unreadable field is named in
    one ValidationError (fields as in PlanInput)."""
    data, errors = _parse(actor, texts)
    if errors:
        raise ValidationError.many(errors)
    return data


def _parse(actor: Actor, texts: dict[str, str]) -> tuple[PlanInput, list[FieldError]]:
    from sambang_tui.services.core.dates import parse_date, parse_time

    check = Checker()
    data = PlanInput()
    raw = {k: (texts.get(k) or "").strip() for k in FORM_FIELDS}
    if raw["date"]:
        try:
            data.date = parse_date(raw["date"], clock.today(), field="date")
        except ValidationError as exc:
            check.fail("date", exc.text)
    try:
        data.start_time = parse_time(raw["start_time"], field="start_time")
    except ValidationError as exc:
        check.fail("start_time", exc.text)
    if raw["officer"]:
        data.officer_id = resolve_officer_text(actor, raw["officer"])
        if data.officer_id is None:
            check.fail("officer_id", "schedule.err.officer_text", text=raw["officer"])
    if raw["type"]:
        data.type_id = resolve_type_text(raw["type"])
        if data.type_id is None:
            check.fail("type_id", "schedule.err.type_text", text=raw["type"])
    if raw["kelurahan"]:
        data.kelurahan_id = resolve_kelurahan_text(actor, raw["kelurahan"])
        if data.kelurahan_id is None:
            check.fail("kelurahan_id", "schedule.err.kelurahan_text", text=raw["kelurahan"])
    for name, label in (("rw", "RW"), ("rt", "RT")):
        if raw[name]:
            if raw[name].isdigit():
                setattr(data, name, int(raw[name]))
            else:
                check.fail(name, "schedule.err.not_number", label=label)
    data.target = raw["target"]
    data.note = texts.get("note") or ""
    return data, check.errors


def save_form(
    actor: Actor, texts: dict[str, str], plan_id: int | None = None, version: int = 0
) -> SavedPlan:
    """Parse the form and create (or update) the plan, reporting every bad
    field of both steps together."""
    data, errors = _parse(actor, texts)
    if errors:
        try:
            values_of(actor, data)
        except ValidationError as exc:
            taken = {e.field for e in errors}
            errors += [e for e in exc.errors if e.field not in taken]
        raise ValidationError.many(errors)
    if plan_id is None:
        return create_plan(actor, data)
    return update_plan(actor, plan_id, version, data)
