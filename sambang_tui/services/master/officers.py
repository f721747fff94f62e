"""Officers (personel): NRP, name, rank, role, phone, OS login, active.

An officer that appears in reports or plans is deactivated rather than
deleted, so history keeps its names.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, TypeVar

from peewee import IntegrityError, fn

from sambang_tui.db.models import Officer, Plan, ReportOfficer, Station
from sambang_tui.db.vocab import RANKS, ROLES, rank_order
from sambang_tui.services.core import authority, identity, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, NotFound, PermissionDenied, ValidationError
from sambang_tui.services.core.validate import Checker, clean_text, nrp_problem
from sambang_tui.services.master.lookup import icontains, istartswith
from sambang_tui.services.master.people import RankNamed

T = TypeVar("T")

WHAT = "master.what.officer"
LOGIN_MAX = 64


@dataclass
class OfficerInput:
    nrp: str = ""
    name: str = ""
    rank: str = ""
    role: str = "bhabinkamtibmas"
    phone: str = ""
    os_user: str = ""
    active: bool = True


@dataclass(frozen=True)
class OfficerRow(RankNamed):
    id: int
    version: int
    nrp: str
    name: str
    rank: str
    role: str
    phone: str
    os_user: str
    active: bool
    is_admin: bool

    def to_input(self) -> OfficerInput:
        return OfficerInput(
            nrp=self.nrp,
            name=self.name,
            rank=self.rank,
            role=self.role,
            phone=self.phone,
            os_user=self.os_user,
            active=self.active,
        )


def _row(o: Officer) -> OfficerRow:
    return OfficerRow(
        id=o.id,
        version=o.version,
        nrp=o.nrp,
        name=o.name,
        rank=o.rank,
        role=o.role,
        phone=o.phone,
        os_user=o.os_user or "",
        active=o.active,
        is_admin=o.is_admin,
    )


def normalise_rank(text: str) -> str | None:
    """The rank as spelt in ``RANKS`` for any capitalisation, else None."""
    low = text.strip().lower()
    for rank in RANKS:
        if rank.lower() == low:
            return rank
    return None


# how the desk names the roles (forms and CSV files may use these or the codes)
ROLE_NAMES = {
    "bhabinkamtibmas": "Bhabinkamtibmas",
    "kanit_binmas": "Kanit Binmas",
    "kapolsek": "Kapolsek",
    "wakapolsek": "Wakapolsek",
    "desk": "Petugas desk",
    "other": "Lainnya",
}
_ROLE_ALIASES = {
    **{name.lower(): code for code, name in ROLE_NAMES.items()},
    "bhabin": "bhabinkamtibmas",
    "petugas piket/desk": "desk",
    "petugas piket": "desk",
    "piket": "desk",
    "lain": "other",
    "lain-lain": "other",
}


def normalise_role(text: str) -> str | None:
    """A role code from its code or its Indonesian name."""
    low = " ".join(text.strip().lower().split())
    if low in _ROLE_ALIASES:
        return _ROLE_ALIASES[low]
    low = low.replace(" ", "_")
    return low if low in ROLES else None


def officer_fields(c: Checker, data: OfficerInput) -> dict[str, Any]:
    """An officer's own fields checked (errors collected in ``c``): the one
    rule for the form and the CSV import. An NRP may be typed with spaces or
    dots (``8705 0123``)."""
    nrp = (
        c.text("nrp", "master.label.nrp", data.nrp, max_len=8 + 10)
        .replace(" ", "")
        .replace(".", "")
    )
    problem = nrp_problem(nrp)
    if problem:
        c.fail("nrp", problem)
    name = c.text("name", "master.label.name", data.name, required=True, max_len=120)
    rank_text = clean_text(data.rank)
    rank = normalise_rank(rank_text)
    if not rank_text:
        c.fail("rank", "master.err.rank_required")
    elif rank is None:
        c.fail("rank", "master.err.rank", text=rank_text[:20], choices=", ".join(RANKS))
    role = normalise_role(clean_text(data.role))
    if role is None:
        c.fail(
            "role",
            "master.err.role",
            text=clean_text(data.role)[:20],
            choices=", ".join(ROLE_NAMES[r] for r in ROLES),
        )
    phone = c.text("phone", "master.label.phone", data.phone, max_len=32)
    if phone and not all(ch.isdigit() or ch in "+-() " for ch in phone):
        c.fail("phone", "master.err.phone_chars")
    login = c.text("os_user", "master.label.login", data.os_user, max_len=LOGIN_MAX)
    if login and any(ch.isspace() for ch in login):
        c.fail("os_user", "master.err.login_space")
    return {
        "nrp": nrp,
        "name": name,
        "rank": rank,
        "role": role,
        "phone": phone,
        "os_user": login or None,
    }


def check(data: OfficerInput, officer_id: int | None = None) -> dict[str, Any]:
    """The values to store, or ValidationError naming every bad field."""
    c = Checker()
    values = officer_fields(c, data)
    failed = {e.field for e in c.errors}
    for field, column, key in (
        ("nrp", Officer.nrp, "master.err.nrp_taken"),
        ("os_user", Officer.os_user, "master.err.login_taken"),
    ):
        value = values[field]
        if not value or field in failed:
            continue
        taken = Officer.select(Officer.id).where(column == value)
        if officer_id is not None:
            taken = taken.where(Officer.id != officer_id)
        if taken.exists():
            c.fail(field, key, nrp=value, login=value)
    c.done()
    return {**values, "active": bool(data.active)}


def _own(actor: Actor, officer_id: int) -> Officer:
    row = store.get(Officer, officer_id, WHAT)
    if row.station_id != actor.station_id:
        raise NotFound("master.err.not_here", what=Msg(WHAT), id=officer_id)
    return row


# what nobody changes on his own officer row (the station server's
# ``officer_rules`` trigger holds the same line): else an admin makes himself
# Kanit Binmas, or hands his login to a reviewer's row, and verifies
SELF_FIELDS = ("role", "os_user", "active")


def not_self(actor: Actor, current: dict[str, Any] | None, values: dict[str, Any]) -> str | None:
    """The catalogue key that refuses writing ``values`` over the officer
    row ``current`` (None: a new row) as ``actor``, else None."""
    me = actor.os_user
    if not me:
        return None
    if current is not None and (current.get("os_user") or None) == me:
        for field in SELF_FIELDS:
            if field in values and (values[field] or None) != (current.get(field) or None):
                return "master.err.own_officer"
        return None
    if (values.get("os_user") or None) == me:
        return "master.err.own_login"
    return None


def answerable(actor: Actor) -> bool:
    """Whether the rule binds ``actor``: not for root, a PostgreSQL superuser
    or the owner of the database file (a personal file, a demo: they can
    change the file anyway, and there is nobody else to ask)."""
    person = identity.person()
    if person.login != actor.os_user:
        return True
    return not (person.is_root or authority.owns_database(person))


def _refuse_self(actor: Actor, row: Officer | None, values: dict[str, Any]) -> None:
    if not answerable(actor):
        return
    current = None if row is None else {f: getattr(row, f) for f in SELF_FIELDS}
    key = not_self(actor, current, values)
    if key:
        raise PermissionDenied(key, login=actor.os_user)


def _unique_write(run: Callable[[], T]) -> T:
    """Run a write whose checks passed but which lost a race with another
    desk saving the same NRP or login at the same moment (PostgreSQL)."""
    try:
        return store.write(run)
    except IntegrityError:
        raise ValidationError("nrp", "master.err.officer_race") from None


def create_officer(actor: Actor, data: OfficerInput) -> OfficerRow:
    actor.require_admin()

    def run() -> Officer:
        values = check(data)
        _refuse_self(actor, None, values)
        return store.create(actor, Officer, {**values, "station": actor.station_id})

    return _row(_unique_write(run))


def update_officer(
    actor: Actor,
    officer_id: int,
    version: int,
    data: OfficerInput,
    is_admin: bool | None = None,
) -> OfficerRow:
    """Save the officer's fields and, given ``is_admin``, their admin right
    with them: one transaction, one audit event (the form's one save)."""
    actor.require_admin()

    def run() -> Officer:
        row = _own(actor, officer_id)
        values = check(data, officer_id)
        _refuse_self(actor, row, values)
        if is_admin is not None and is_admin != row.is_admin:
            _may_change_admin(row, is_admin)
            values["is_admin"] = is_admin
        return store.update_versioned(actor, Officer, officer_id, version, values, WHAT)

    return _row(_unique_write(run))


def set_active(actor: Actor, officer_id: int, version: int, active: bool) -> OfficerRow:
    actor.require_admin()

    def run() -> Officer:
        _refuse_self(actor, _own(actor, officer_id), {"active": active})
        return store.update_versioned(actor, Officer, officer_id, version, {"active": active}, WHAT)

    return _row(store.write(run))


def in_use(officer_id: int) -> bool:
    return (
        ReportOfficer.select().where(ReportOfficer.officer == officer_id).exists()
        or Plan.select().where(Plan.officer == officer_id).exists()
    )


def delete_officer(actor: Actor, officer_id: int) -> str:
    """Delete an officer with no history, or deactivate one that has some.
    Returns ``"deleted"`` or ``"deactivated"``."""
    actor.require_admin()

    def run() -> str:
        row = _own(actor, officer_id)
        _refuse_self(actor, row, {"active": False})
        if in_use(officer_id):
            if row.active:
                store.update_versioned(
                    actor, Officer, officer_id, row.version, {"active": False}, WHAT
                )
            return "deactivated"
        Station.update(kapolsek=None).where(Station.kapolsek == officer_id).execute()
        store.delete(actor, Officer, officer_id, WHAT)
        return "deleted"

    return store.write(run)


def get_officer(actor: Actor, officer_id: int) -> OfficerRow:
    return _row(_own(actor, officer_id))


def list_officers(
    actor: Actor,
    text: str = "",
    include_inactive: bool = True,
    offset: int = 0,
    limit: int = 500,
) -> list[OfficerRow]:
    """Officers of the station, highest rank first, then by name."""
    query = Officer.select().where(Officer.station == actor.station_id)
    if not include_inactive:
        query = query.where(Officer.active == True)  # noqa: E712
    text = text.strip()
    if text:
        query = query.where(istartswith(Officer.nrp, text) | icontains(Officer.name, text))
    rows = [_row(o) for o in query.order_by(fn.LOWER(Officer.name), Officer.id)]
    rows.sort(key=lambda r: (not r.active, -rank_order(r.rank), r.name.lower()))
    return rows[offset : offset + limit]


def count_officers(actor: Actor) -> int:
    return Officer.select().where(Officer.station == actor.station_id).count()


def set_admin(actor: Actor, login: str) -> OfficerRow:
    """Make the officer whose OS login is ``login`` an admin (``sambang init
    --admin``): for an admin, root, or the database file's owner while the
    station has no admin yet (``services.core.authority``).

    Creates nothing: an unknown login raises ValidationError asking to add the
    officer with that login first (an admin must be a real, named person).
    """
    if not actor.can_admin:
        raise PermissionDenied("master.err.set_admin_refused", login=actor.os_user)
    login = (login or "").strip()
    if not login:
        raise ValidationError("os_user", "master.err.login_required")
    officer = Officer.get_or_none(Officer.os_user == login)
    if officer is None:
        raise ValidationError("os_user", "master.err.no_officer_login", login=login)

    def run() -> Officer:
        current = store.get(Officer, officer.id, WHAT)
        if current.is_admin and current.active:
            return current
        return store.update_versioned(
            actor, Officer, officer.id, current.version, {"is_admin": True, "active": True}, WHAT
        )

    return _row(store.write(run))


def _may_change_admin(row: Officer, is_admin: bool) -> None:
    """The station keeps at least one active admin."""
    if not is_admin and row.is_admin:
        others = Officer.select().where(
            (Officer.is_admin == True) & (Officer.id != row.id) & (Officer.active == True)  # noqa: E712
        )
        if not others.exists():
            raise ValidationError("is_admin", "master.err.last_admin")


def set_is_admin(actor: Actor, officer_id: int, version: int, is_admin: bool) -> OfficerRow:
    """Grant or withdraw admin rights from the master-data screen; the last
    admin cannot withdraw their own."""
    actor.require_admin()

    def run() -> Officer:
        _may_change_admin(_own(actor, officer_id), is_admin)
        return store.update_versioned(
            actor, Officer, officer_id, version, {"is_admin": is_admin}, WHAT
        )

    return _row(store.write(run))


def input_from(values: dict[str, Any]) -> OfficerInput:
    base = asdict(OfficerInput())
    base.update({k: v for k, v in values.items() if k in base})
    return OfficerInput(**base)
