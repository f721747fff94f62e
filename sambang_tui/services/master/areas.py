"""Areas: kelurahan/desa with their RW and RT, stored as rows so coverage can
be counted per RW and RT.

Areas that reports, plans, contacts or problems point at are not deleted:
the message says what still uses them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from peewee import JOIN, Expression, IntegrityError, fn

from sambang_tui.db.models import (
    RT,
    RW,
    Assignment,
    Contact,
    Kelurahan,
    Plan,
    Problem,
    Report,
)
from sambang_tui.db.rows import aliased
from sambang_tui.db.vocab import AREA_KINDS
from sambang_tui.services.core import store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, NotFound, ValidationError
from sambang_tui.services.core.validate import Checker, clean_text
from sambang_tui.services.master.lookup import Choice, icontains

T = TypeVar("T")

WHAT = "master.what.kelurahan"
MAX_AREA_NUMBER = 999


@dataclass
class KelurahanInput:
    name: str = ""
    kind: str = "kelurahan"
    kecamatan: str = ""
    city: str = ""
    code: str = ""


@dataclass(frozen=True)
class KelurahanRow:
    id: int
    version: int
    name: str
    kind: str
    kecamatan: str
    city: str
    code: str
    rw_count: int = 0
    rt_count: int = 0

    def to_input(self) -> KelurahanInput:
        return KelurahanInput(self.name, self.kind, self.kecamatan, self.city, self.code)


@dataclass(frozen=True)
class RwRow:
    id: int
    number: int
    rt_numbers: tuple[int, ...]


def _row(k: Kelurahan, rw_count: int = 0, rt_count: int = 0) -> KelurahanRow:
    return KelurahanRow(
        id=k.id,
        version=k.version,
        name=k.name,
        kind=k.kind,
        kecamatan=k.kecamatan,
        city=k.city,
        code=k.code or "",
        rw_count=rw_count,
        rt_count=rt_count,
    )


def own_kelurahan(actor: Actor, kelurahan_id: int | None, field: str = "kelurahan_id") -> Kelurahan:
    """The kelurahan of the actor's station, or ValidationError at ``field``."""
    row = Kelurahan.get_or_none(Kelurahan.id == kelurahan_id) if kelurahan_id else None
    if row is None or row.station_id != actor.station_id:
        raise ValidationError(field, "master.err.kelurahan_pick")
    return row


def find_kelurahan(actor: Actor, name: str) -> Choice | None:
    """The station's kelurahan of that name (any capitalisation), as a choice
    (id and name), or None."""
    name = name.strip()
    if not name:
        return None
    row = (
        Kelurahan.select(Kelurahan.id, Kelurahan.name)
        .where((Kelurahan.station == actor.station_id) & (fn.LOWER(Kelurahan.name) == name.lower()))
        .first()
    )
    return Choice(row.id, row.name) if row else None


def rt_needs_rw(c: Checker, rw: int | None, rt: int | None) -> None:
    """An RT is only ever within an RW."""
    if rt is not None and rw is None and not any(e.field == "rw" for e in c.errors):
        c.fail("rw", "master.err.rw_for_rt")


def area_ids(
    kelurahan_id: int, rw: int | None, rt: int | None, c: Checker | None = None
) -> tuple[int | None, int | None]:
    """The RW and RT row ids for numbers in a kelurahan. An RW or RT not in
    the kelurahan is an error at ``rw``/``rt`` (collected in ``c`` if given)."""
    own = c or Checker()
    rw_id = rt_id = None
    rt_needs_rw(own, rw, rt)
    if rw is not None:
        rw_row = RW.get_or_none((RW.kelurahan == kelurahan_id) & (RW.number == rw))
        if rw_row is None:
            kel = Kelurahan.get_or_none(Kelurahan.id == kelurahan_id)
            where = kel.name if kel else Msg("master.err.this_kelurahan")
            own.fail("rw", "master.err.no_rw", rw=rw, kelurahan=where)
        else:
            rw_id = rw_row.id
            if rt is not None:
                rt_row = RT.get_or_none((RT.rw == rw_row.id) & (RT.number == rt))
                if rt_row is None:
                    own.fail("rt", "master.err.no_rt", rt=rt, rw=rw)
                else:
                    rt_id = rt_row.id
    if c is None:
        own.done()
    return rw_id, rt_id


def kelurahan_fields(c: Checker, data: KelurahanInput) -> dict[str, Any]:
    """A kelurahan's own fields checked (errors collected in ``c``): the one
    rule for the form and the CSV import."""
    name = c.text("name", "master.label.kelurahan_name", data.name, required=True, max_len=80)
    kind = clean_text(data.kind).lower() or "kelurahan"
    if kind not in AREA_KINDS:
        c.fail("kind", "master.err.area_kind")
    kecamatan = c.text("kecamatan", "master.label.kecamatan", data.kecamatan, max_len=80)
    city = c.text("city", "master.label.city_regency", data.city, max_len=80)
    code = c.text("code", "master.label.kemendagri_code", data.code, max_len=16)
    if code and not all(ch.isdigit() or ch == "." for ch in code):
        c.fail("code", "master.err.kemendagri_code")
    return {"name": name, "kind": kind, "kecamatan": kecamatan, "city": city, "code": code or None}


def area_number(
    c: Checker, field: str, label: str, value: object, *, required: bool = False
) -> int | None:
    """An RW/RT number as typed ("06", "6", 6; "RW 06" or "RT.3" in a CSV
    cell), or None when blank: the one rule for forms and the CSV import.
    ``label`` is the field's catalogue key (``master.label.rw_number``); the
    unit a CSV cell may repeat (RW or RT) is the start of its last part."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = str(value)
    else:
        text = clean_text(value)
        unit = "RT" if label.rsplit(".", 1)[-1].lower().startswith("rt") else "RW"
        if text.upper().startswith(unit):
            text = text[len(unit) :].strip().lstrip(".").strip()
    if not text:
        if required:
            c.fail(field, "core.err.required", label=Msg(label))
        return None
    digits = text[1:] if text[:1] in "+-" else text
    if not (digits.isdigit() and digits.isascii()):
        c.fail(field, "master.err.number", label=Msg(label))
        return None
    number = int(text)
    if number < 1:
        c.fail(field, "master.err.number_min", label=Msg(label))
        return None
    if number > MAX_AREA_NUMBER:
        c.fail(field, "master.err.number_max", label=Msg(label), max=MAX_AREA_NUMBER)
        return None
    return number


def check_kelurahan(
    actor: Actor, data: KelurahanInput, kelurahan_id: int | None = None
) -> dict[str, Any]:
    c = Checker()
    values = kelurahan_fields(c, data)
    name = values["name"]
    if name:
        same = Kelurahan.select(Kelurahan.id).where(
            (Kelurahan.station == actor.station_id) & (fn.LOWER(Kelurahan.name) == name.lower())
        )
        if kelurahan_id is not None:
            same = same.where(Kelurahan.id != kelurahan_id)
        if same.exists():
            c.fail("name", "master.err.kelurahan_exists", name=name)
    c.done()
    return values


def rw_layout(text: str) -> list[tuple[int, int]]:
    """The RWs typed with a new kelurahan: ``"6"`` → RW 1–6 with no RT;
    ``"3x5"`` → RW 1–3 with 5 RT each; ``"5,7,4"`` → RW 1 with 5 RT, RW 2
    with 7, RW 3 with 4. A field error at ``rw_count`` otherwise."""
    text = (text or "").strip().lower().replace(" ", "")
    if not text:
        return []
    try:
        if "x" in text:
            rws, rts = text.split("x", 1)
            layout = [(n, int(rts)) for n in range(1, int(rws) + 1)]
        elif "," in text or ";" in text:
            counts = [int(p) for p in text.replace(";", ",").split(",") if p]
            layout = [(i + 1, c) for i, c in enumerate(counts)]
        else:
            layout = [(n, 0) for n in range(1, int(text) + 1)]
    except ValueError:
        raise ValidationError("rw_count", "master.err.rw_layout") from None
    c = Checker()
    if len(layout) > MAX_AREA_NUMBER:
        area_number(c, "rw_count", "master.label.rw_count", len(layout))
    for _, count in layout:
        if count:
            area_number(c, "rw_count", "master.label.rt_count", count)
    c.done()
    return layout


def create_kelurahan(actor: Actor, data: KelurahanInput, rws: str = "") -> KelurahanRow:
    """A new kelurahan with the RWs (and RTs) typed with it (``rw_layout``),
    all in one transaction: none of it is stored if any of it fails."""
    actor.require_admin()
    layout = rw_layout(rws)

    def run() -> tuple[Kelurahan, int, int]:
        values = check_kelurahan(actor, data)
        kel = store.create(actor, Kelurahan, {**values, "station": actor.station_id})
        for number, rt_count in layout:
            _create_rw(actor, kel.id, number, rt_count)
        return kel, len(layout), sum(count for _, count in layout)

    kel, rw_count, rt_count = _unique_write(run)
    return _row(kel, rw_count, rt_count)


def update_kelurahan(
    actor: Actor, kelurahan_id: int, version: int, data: KelurahanInput
) -> KelurahanRow:
    actor.require_admin()

    def run() -> Kelurahan:
        _own(actor, kelurahan_id)
        values = check_kelurahan(actor, data, kelurahan_id)
        return store.update_versioned(actor, Kelurahan, kelurahan_id, version, values, WHAT)

    return _row(_unique_write(run))


def _unique_write(run: Callable[[], T]) -> T:
    try:
        return store.write(run)
    except IntegrityError:
        raise ValidationError("name", "master.err.kelurahan_race") from None


def _own(actor: Actor, kelurahan_id: int) -> Kelurahan:
    row = store.get(Kelurahan, kelurahan_id, WHAT)
    if row.station_id != actor.station_id:
        raise NotFound("master.err.not_here", what=Msg(WHAT), id=kelurahan_id)
    return row


def _uses(where_kel: Callable[[Any], Expression | None]) -> str:
    """What still points at an area, counted (``2 laporan, 1 tokoh``), or ""."""
    found = []
    checks = [
        ("master.uses.report", Report, where_kel(Report)),
        ("master.uses.plan", Plan, where_kel(Plan)),
        ("master.uses.contact", Contact, where_kel(Contact)),
        ("master.uses.problem", Problem, where_kel(Problem)),
    ]
    for key, model, cond in checks:
        if cond is None:
            continue
        n = model.select().where(cond).count()
        if n:
            found.append(str(Msg(key, n=n)))
    return ", ".join(found)


def delete_kelurahan(actor: Actor, kelurahan_id: int) -> None:
    actor.require_admin()

    def run() -> None:
        row = _own(actor, kelurahan_id)
        used = _uses(lambda m: m.kelurahan == kelurahan_id)
        if used:
            raise ValidationError(
                "kelurahan_id", "master.err.kelurahan_used", name=row.name, uses=used
            )
        Assignment.delete().where(Assignment.kelurahan == kelurahan_id).execute()
        for rw in RW.select().where(RW.kelurahan == kelurahan_id):
            RT.delete().where(RT.rw == rw.id).execute()
        RW.delete().where(RW.kelurahan == kelurahan_id).execute()
        store.delete(actor, Kelurahan, kelurahan_id, WHAT)

    store.write(run)


def _check_number(value: object, field: str, label: str) -> int:
    c = Checker()
    number = area_number(c, field, label, value, required=True)
    c.done()
    assert number is not None
    return number


def add_rw(actor: Actor, kelurahan_id: int, number: object, rt_count: object = 0) -> RwRow:
    """Add RW ``number`` to a kelurahan, with RT 1..``rt_count``."""
    actor.require_admin()
    num = _check_number(number, "rw", "master.label.rw_number")
    count = 0
    if rt_count not in (None, "") and str(rt_count).strip() != "0":
        count = _check_number(rt_count, "rt_count", "master.label.rt_count")

    def run() -> RwRow:
        kel = _own(actor, kelurahan_id)
        if RW.select().where((RW.kelurahan == kelurahan_id) & (RW.number == num)).exists():
            raise ValidationError("rw", "master.err.rw_exists", rw=num, kelurahan=kel.name)
        return _create_rw(actor, kelurahan_id, num, count)

    return store.write(run)


def _create_rw(actor: Actor, kelurahan_id: int, number: int, rt_count: int) -> RwRow:
    """RW ``number`` with RT 1..``rt_count`` (inside the caller's transaction)."""
    rw = store.create(actor, RW, {"kelurahan": kelurahan_id, "number": number})
    for n in range(1, rt_count + 1):
        store.create(actor, RT, {"rw": rw.id, "number": n})
    return RwRow(rw.id, number, tuple(range(1, rt_count + 1)))


def add_rt(actor: Actor, rw_id: int, number: object) -> int:
    """Add RT ``number`` to an RW; returns the new RT id."""
    actor.require_admin()
    num = _check_number(number, "rt", "master.label.rt_number")

    def run() -> int:
        rw = store.get(RW, rw_id, "master.what.rw")
        _own(actor, rw.kelurahan_id)
        if RT.select().where((RT.rw == rw_id) & (RT.number == num)).exists():
            raise ValidationError("rt", "master.err.rt_exists", rt=num, rw=rw.number)
        return store.create(actor, RT, {"rw": rw_id, "number": num}).id

    return store.write(run)


def delete_rw(actor: Actor, rw_id: int) -> None:
    actor.require_admin()

    def run() -> None:
        rw = store.get(RW, rw_id, "master.what.rw")
        _own(actor, rw.kelurahan_id)
        used = _uses(lambda m: m.rw == rw_id if hasattr(m, "rw") else None)
        if used:
            raise ValidationError("rw", "master.err.rw_used", rw=rw.number, uses=used)
        for rt in RT.select().where(RT.rw == rw_id):
            _delete_rt(actor, rt.id, rw.number)
        store.delete(actor, RW, rw_id, "master.what.rw")

    store.write(run)


def _delete_rt(actor: Actor, rt_id: int, rw_number: int) -> None:
    rt = store.get(RT, rt_id, "master.what.rt")
    used = _uses(lambda m: m.rt == rt_id if hasattr(m, "rt") else None)
    if used:
        raise ValidationError("rt", "master.err.rt_used", rt=rt.number, rw=rw_number, uses=used)
    store.delete(actor, RT, rt_id, "master.what.rt")


def delete_rt(actor: Actor, rt_id: int) -> None:
    actor.require_admin()

    def run() -> None:
        rt = store.get(RT, rt_id, "master.what.rt")
        rw = store.get(RW, rt.rw_id, "master.what.rw")
        _own(actor, rw.kelurahan_id)
        _delete_rt(actor, rt_id, rw.number)

    store.write(run)


def rt_id(rw_id: int, number: int) -> int | None:
    row = RT.get_or_none((RT.rw == rw_id) & (RT.number == number))
    return row.id if row else None


def get_kelurahan(actor: Actor, kelurahan_id: int) -> KelurahanRow:
    return _row(_own(actor, kelurahan_id))


def list_kelurahan(actor: Actor, text: str = "") -> list[KelurahanRow]:
    """Kelurahan of the station with their RW and RT counts, by name."""
    rw_count = fn.COUNT(RW.id.distinct())
    rt_count = fn.COUNT(RT.id.distinct())
    query = (
        Kelurahan.select(Kelurahan, rw_count.alias("rw_n"), rt_count.alias("rt_n"))
        .join(RW, JOIN.LEFT_OUTER)
        .join(RT, JOIN.LEFT_OUTER)
        .where(Kelurahan.station == actor.station_id)
        .group_by(Kelurahan.id)
        .order_by(Kelurahan.name)
    )
    if text.strip():
        query = query.where(icontains(Kelurahan.name, text.strip()))
    return [_row(k, aliased(k, "rw_n"), aliased(k, "rt_n")) for k in query]


def list_rw(actor: Actor, kelurahan_id: int) -> list[RwRow]:
    _own(actor, kelurahan_id)
    rts: dict[int, list[int]] = {}
    query = (
        RT.select(RT.number, RT.rw).join(RW).where(RW.kelurahan == kelurahan_id).order_by(RT.number)
    )
    for rt in query:
        rts.setdefault(rt.rw_id, []).append(rt.number)
    return [
        RwRow(rw.id, rw.number, tuple(rts.get(rw.id, [])))
        for rw in RW.select().where(RW.kelurahan == kelurahan_id).order_by(RW.number)
    ]
