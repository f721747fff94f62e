"""The Kotak masuk queue: list the items newest first, open one (state
``baru`` → ``dibuka``), ignore it with a reason (``diabaikan``) or bring it
back, and save a report from one of its parts; the item is ``disimpan``
when every part is. An item is never a report until the desk saves it."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from peewee import IntegrityError, fn

from sambang_tui.db.models import InboxItem, InboxPhoto, InboxReport, Officer, Report
from sambang_tui.db.rows import aliased
from sambang_tui.i18n import t
from sambang_tui.services import reports
from sambang_tui.services.core import audit, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import NotFound, ServiceError, ValidationError
from sambang_tui.services.core.validate import clean_text
from sambang_tui.services.inbox import photos
from sambang_tui.services.master.lookup import officer_label
from sambang_tui.services.reports.input import ReportInput
from sambang_tui.services.reports.results import SavedReport

STATES = ("baru", "dibuka", "disimpan", "diabaikan")
OPEN_STATES = ("baru", "dibuka")
PAGE = 200
PREVIEW = 400  # characters of the message a queue row carries


@dataclass(frozen=True)
class ItemRow:
    """One line of the queue."""

    id: int
    sender: str
    officer: str
    sent_at: dt.datetime
    kelurahan: str
    types: str
    photos: int
    state: str
    parts: int
    saved: int
    entered: bool
    version: int = 1
    preview: str = ""  # the message's first lines
    reason: str = ""


@dataclass
class ItemPart:
    """One report a message states, as the entry form takes it."""

    index: int
    data: ReportInput
    filled: set[str]
    types: list[str]
    kelurahan: str
    officer: str
    report_id: int | None = None
    report_number: str = ""
    # fields the message speaks of but not clearly enough (left empty, or the first
    # of several taken): marked like the filled ones, as the paste dialog does
    doubtful: set[str] = field(default_factory=set)

    @property
    def marked(self) -> set[str]:
        """The fields the form marks "periksa": those filled and those in doubt."""
        return self.filled | self.doubtful


@dataclass(frozen=True)
class ItemPhoto:
    name: str
    size: int
    path: Path
    present: bool


@dataclass
class ItemDetail:
    id: int
    version: int
    sender: str
    officer_id: int | None
    officer: str
    sent_at: dt.datetime
    text: str
    state: str
    reason: str
    handled_by: str
    source: str
    confidence: int
    parts: list[ItemPart] = field(default_factory=list)
    photos: list[ItemPhoto] = field(default_factory=list)
    entered_number: str = ""
    handled_by_name: str = ""  # the officer whose login opened it last, by rank and name

    def held_by_other(self, login: str) -> str:
        """Who else opened this message and has not saved it (an empty
        string when nobody else has it)."""
        if self.state != "dibuka" or not self.handled_by or self.handled_by == login:
            return ""
        return self.handled_by_name or self.handled_by

    @property
    def next_part(self) -> ItemPart | None:
        """The first part not saved yet."""
        return next((p for p in self.parts if p.report_id is None), None)


def _item(actor: Actor, item_id: int) -> InboxItem:
    row = InboxItem.get_or_none((InboxItem.id == item_id) & (InboxItem.station == actor.station_id))
    if row is None:
        raise NotFound("inbox.err.item_not_found", id=item_id)
    return row


def counts(actor: Actor) -> dict[str, int]:
    """Items per state."""
    query = (
        InboxItem.select(InboxItem.state, fn.COUNT(InboxItem.id).alias("n"))
        .where(InboxItem.station == actor.station_id)
        .group_by(InboxItem.state)
    )
    found = {state: 0 for state in STATES}
    found.update({row.state: aliased(row, "n") for row in query})
    return found


def list_items(
    actor: Actor, state: str | None = None, limit: int = PAGE, offset: int = 0
) -> list[ItemRow]:
    """The queue newest first; ``state`` ``"open"`` means baru and dibuka."""
    query = InboxItem.select(
        InboxItem.id,
        InboxItem.sender,
        InboxItem.officer,
        InboxItem.sent_at,
        InboxItem.kelurahan,
        InboxItem.types,
        InboxItem.photo_count,
        InboxItem.state,
        InboxItem.parts,
        InboxItem.entered_report,
        InboxItem.version,
        InboxItem.reason,
        fn.SUBSTR(InboxItem.text, 1, PREVIEW).alias("preview"),
    ).where(InboxItem.station == actor.station_id)
    if state == "open":
        query = query.where(InboxItem.state.in_(OPEN_STATES))
    elif state:
        query = query.where(InboxItem.state == state)
    rows = list(
        query.order_by(InboxItem.sent_at.desc(), InboxItem.id.desc()).limit(limit).offset(offset)
    )
    ids = [r.id for r in rows]
    saved: dict[int, int] = {}
    if ids:
        for link in (
            InboxReport.select(InboxReport.item, fn.COUNT(InboxReport.id).alias("n"))
            .where(InboxReport.item.in_(ids))
            .group_by(InboxReport.item)
        ):
            saved[link.item_id] = aliased(link, "n")
    officers = _officer_labels({r.officer_id for r in rows if r.officer_id})
    return [
        ItemRow(
            r.id,
            r.sender,
            officers.get(r.officer_id, "") if r.officer_id else "",
            r.sent_at,
            r.kelurahan,
            r.types,
            r.photo_count,
            r.state,
            max(1, len(json.loads(r.parts or "[]"))),
            saved.get(r.id, 0),
            r.entered_report_id is not None,
            r.version,
            aliased(r, "preview"),
            r.reason,
        )
        for r in rows
    ]


def _officer_labels(ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    return {
        o.id: f"{o.rank} {o.name}"
        for o in Officer.select(Officer.id, Officer.rank, Officer.name).where(Officer.id.in_(ids))
    }


def _parts(item: InboxItem) -> list[ItemPart]:
    out = []
    for index, raw in enumerate(json.loads(item.parts or "[]")):
        out.append(
            ItemPart(
                index,
                ReportInput.from_json(raw.get("input") or {}),
                set(raw.get("filled") or ()),
                list(raw.get("types") or ()),
                raw.get("kelurahan") or "",
                raw.get("officer") or "",
                doubtful=set(raw.get("doubtful") or ()),
            )
        )
    return out or [ItemPart(0, ReportInput(narrative=item.text), {"narrative"}, [], "", "")]


def detail(actor: Actor, item_id: int) -> ItemDetail:
    """Everything the desk sees of an item, read only."""
    item = _item(actor, item_id)
    parts = _parts(item)
    links = {
        link.part: link.report
        for link in InboxReport.select(InboxReport, Report)
        .join(Report)
        .where(InboxReport.item == item.id)
    }
    for part in parts:
        report = links.get(part.index)
        if report is not None:
            part.report_id, part.report_number = report.id, report.number
    officer = Officer.get_or_none(Officer.id == item.officer_id) if item.officer_id else None
    entered = ""
    if item.entered_report_id:
        found = Report.get_or_none(Report.id == item.entered_report_id)
        entered = found.number if found and found.deleted_at is None else ""
    found_photos = [
        ItemPhoto(p.name, p.size, photos.staged_file(p.path), photos.staged_file(p.path).is_file())
        for p in InboxPhoto.select()
        .where(InboxPhoto.item == item.id)
        .order_by(InboxPhoto.sent_at, InboxPhoto.id)
    ]
    return ItemDetail(
        item.id,
        item.version,
        item.sender,
        item.officer_id,
        officer_label(officer) if officer else "",
        item.sent_at,
        item.text,
        item.state,
        item.reason,
        item.handled_by,
        item.source,
        item.confidence,
        parts,
        found_photos,
        entered,
        store.person_of(item.handled_by),
    )


def open_item(actor: Actor, item_id: int) -> ItemDetail:
    """The item, marked ``dibuka`` (when it was ``baru`` and the actor writes)."""
    item = _item(actor, item_id)
    if item.state == "baru" and actor.can_write:

        def run() -> None:
            old = audit.snapshot(_item(actor, item_id))
            count = (
                InboxItem.update(
                    state="dibuka", handled_by=actor.os_user, version=InboxItem.version + 1
                )
                .where((InboxItem.id == item_id) & (InboxItem.state == "baru"))
                .execute()
            )
            if count:
                audit.record(
                    actor,
                    "update",
                    "inbox_item",
                    item_id,
                    old,
                    audit.snapshot(_item(actor, item_id)),
                )

        store.write(run)
    return detail(actor, item_id)


def _set_state(actor: Actor, item_id: int, version: int, values: dict[str, object]) -> None:
    store.update_versioned(
        actor, InboxItem, item_id, version, {**values, "handled_by": actor.os_user}, "Pesan"
    )


def ignore_item(actor: Actor, item_id: int, version: int, reason: str) -> None:
    """``diabaikan`` with the reason the desk gives (required)."""
    actor.require_write()
    text = clean_text(reason)
    if not text:
        raise ValidationError("reason", "inbox.err.reason_required")
    if len(text) > 250:
        raise ValidationError("reason", "inbox.err.reason_too_long", n=len(text))

    def run() -> None:
        item = _item(actor, item_id)
        if item.state == "disimpan":
            raise ValidationError("reason", "inbox.err.already_report")
        _set_state(actor, item_id, version, {"state": "diabaikan", "reason": text})

    store.write(run)


def restore_item(actor: Actor, item_id: int, version: int) -> None:
    """An ignored item back in the queue (``dibuka``)."""
    actor.require_write()

    def run() -> None:
        item = _item(actor, item_id)
        if item.state != "diabaikan":
            return
        _set_state(actor, item_id, version, {"state": "dibuka", "reason": ""})

    store.write(run)


def save_part(actor: Actor, item_id: int, part: int, data: ReportInput) -> SavedReport:
    """Save part ``part`` of an item as a new report (checked as any report
    is), link it to the item, then attach the item's photos to it through
    the attachments service. A photo that cannot be attached is a warning:
    the report stands."""
    actor.require_write()

    def run() -> SavedReport:
        item = _item(actor, item_id)
        if item.state == "diabaikan":
            raise ValidationError("inbox", "inbox.err.ignored")
        count = len(json.loads(item.parts or "[]")) or 1
        if not 0 <= part < count:
            raise ValidationError("inbox", "inbox.err.no_part", n=count, part=part + 1)
        done = InboxReport.get_or_none((InboxReport.item == item_id) & (InboxReport.part == part))
        if done is not None:
            raise _already_saved(done.report_id)
        saved = reports.create_report(actor, data)
        InboxReport.create(station=actor.station_id, item=item_id, part=part, report=saved.id)
        linked = InboxReport.select().where(InboxReport.item == item_id).count()
        old = audit.snapshot(item)
        InboxItem.update(
            state="disimpan" if linked >= count else "dibuka",
            handled_by=actor.os_user,
            version=InboxItem.version + 1,
        ).where(InboxItem.id == item_id).execute()
        audit.record(
            actor, "update", "inbox_item", item_id, old, audit.snapshot(_item(actor, item_id))
        )
        return saved

    try:
        saved = store.write(run)
    except IntegrityError:
        done = InboxReport.get_or_none((InboxReport.item == item_id) & (InboxReport.part == part))
        if done is None:
            raise
        raise _already_saved(done.report_id) from None
    saved.warnings += _attach_photos(actor, item_id, saved.id)
    _tidy_staged(item_id)
    return saved


def _already_saved(report_id: int) -> ValidationError:
    report = Report.get_or_none(Report.id == report_id)
    number = report.number if report else f"#{report_id}"
    return ValidationError("inbox", "inbox.err.saved_elsewhere", number=number)


def _attach_photos(actor: Actor, item_id: int, report_id: int) -> list[str]:
    from sambang_tui.services.reports import attachments

    warnings = []
    for photo in (
        InboxPhoto.select()
        .where(InboxPhoto.item == item_id)
        .order_by(InboxPhoto.sent_at, InboxPhoto.id)
    ):
        try:
            with photos.named(photos.staged_file(photo.path), photo.name) as named:
                attachments.attach_file(actor, report_id, named)
        except ServiceError as exc:
            warnings.append(t("inbox.warn.photo_not_attached", name=photo.name, reason=exc.message))
    return warnings


def _tidy_staged(item_id: int) -> None:
    """Once an item is saved, its photo copies in ``attachments/inbox`` go
    unless an item still open (or ignored, it may come back) uses them: the
    reports hold their own copies now."""
    item = InboxItem.get_or_none(InboxItem.id == item_id)
    if item is None or item.state != "disimpan":
        return
    for photo in InboxPhoto.select().where(InboxPhoto.item == item_id):
        still = (
            InboxPhoto.select()
            .join(InboxItem)
            .where(
                (InboxPhoto.path == photo.path)
                & (InboxPhoto.item != item_id)
                & (InboxItem.state != "disimpan")
            )
            .exists()
        )
        if not still:
            photos.staged_file(photo.path).unlink(missing_ok=True)
