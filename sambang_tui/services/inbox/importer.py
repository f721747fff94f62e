"""``import_export``: a WhatsApp chat export in, new items in the Kotak masuk.

The export is read twice as a stream (once for its date order, once for its
messages), so a large one never sits in memory; only the messages read as
reports are kept. Everything is checked and every photo copied before one
transaction writes the items: an export is imported whole or not at all.
Importing it again, or a later export that overlaps it, adds only what is
new — each message is keyed by sender, minute sent and text, and that key
is unique in the database, so two desks importing at once store it once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from peewee import IntegrityError

from sambang_tui.db.models import InboxItem, InboxPhoto
from sambang_tui.services.core import audit, clock, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.core.validate import clean_text
from sambang_tui.services.inbox import classify, entered, photos
from sambang_tui.services.inbox.export_format import ChatMessage, read_messages, scan_order
from sambang_tui.services.inbox.export_source import ExportSource, file_error, open_export
from sambang_tui.services.inbox.photos import PhotoRef, StagedPhoto
from sambang_tui.services.inbox.senders import SenderIndex
from sambang_tui.services.master import lookup
from sambang_tui.services.parse import ParsedMessage

Progress = Callable[[str, int], None]
KEY_CHUNK = 500
WRITE_CHUNK = 200
WRITE_ATTEMPTS = 3


@dataclass
class ImportSummary:
    """What an import found and did (or, in a dry run, would do)."""

    source: str = ""
    dry_run: bool = False
    messages: int = 0  # sent by people (system lines not counted)
    system: int = 0  # joined, left, subject changed, encryption notice
    reports: int = 0  # messages read as reports
    chatter: int = 0  # the other messages
    new: int = 0  # reports added to the inbox
    already: int = 0  # reports the inbox held already
    probably_entered: int = 0  # new items that match a report already entered
    photos: int = 0  # photos added to items
    photos_missing: int = 0  # photos a message names that the export does not hold
    photos_refused: int = 0  # larger than an attachment may be
    media_omitted: int = 0  # media the export left out ("<Media omitted>")
    first: dt.datetime | None = None
    last: dt.datetime | None = None
    item_ids: list[int] = field(default_factory=list)


@dataclass
class Candidate:
    message: ChatMessage
    confidence: float
    parts: list[ParsedMessage]
    key: str = ""
    officer_id: int | None = None
    photos: list[PhotoRef] = field(default_factory=list)
    staged: list[StagedPhoto] = field(default_factory=list)
    entered_id: int | None = None


def message_key(sender: str, sent_at: dt.datetime, text: str) -> str:
    """The identity of a message across exports: the same sender, minute
    and text (lines trimmed, media markers already gone) give the same key,
    whatever the phone's language or clock format."""
    body = "\n".join(line.strip() for line in text.strip().splitlines())
    minute = sent_at.replace(second=0, microsecond=0).isoformat(timespec="minutes")
    raw = f"{sender.strip().casefold()}\n{minute}\n{body}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def _read(
    export: ExportSource, since: dt.date | None, summary: ImportSummary, progress: Progress
) -> tuple[list[Candidate], dict[str, list[photos.PhotoRef]]]:
    order, headers = scan_order(export.lines())
    if order is None:
        raise file_error("inbox.err.not_chat", name=clean_text(export.chat_name)[:120])
    candidates: list[Candidate] = []
    sent_photos: dict[str, list[photos.PhotoRef]] = defaultdict(list)
    for message in read_messages(export.lines(), order):
        if message.system:
            summary.system += 1
            continue
        if since is not None and message.sent_at.date() < since:
            continue
        summary.messages += 1
        if summary.messages % 500 == 0:
            progress("read", summary.messages)
        summary.first = summary.first or message.sent_at
        summary.last = message.sent_at
        summary.media_omitted += message.omitted
        for name in message.photos:
            sent_photos[message.sender].append(
                photos.PhotoRef(message.sender, message.sent_at, name, message.line)
            )
        if message.deleted or not classify.worth_reading(message.text):
            summary.chatter += 1
            continue
        key = message_key(message.sender, message.sent_at, message.text)
        candidates.append(Candidate(message, 0.0, [], key))
    return candidates, sent_photos


def _assign_photos(
    candidates: list[Candidate], sent_photos: dict[str, list[photos.PhotoRef]]
) -> None:
    """A message's own photos are its own; other photos go to the nearest
    report of the same sender within a few minutes."""
    by_sender: dict[str, list[tuple[dt.datetime, int]]] = defaultdict(list)
    own_lines: dict[int, int] = {}
    for index, c in enumerate(candidates):
        by_sender[c.message.sender].append((c.message.sent_at, index))
        own_lines[c.message.line] = index
    for sender, refs in sent_photos.items():
        reports = by_sender.get(sender, [])
        for ref in refs:
            at = own_lines.get(ref.line)
            if at is None:
                at = photos.nearest_report(ref, reports)
            if at is not None:
                candidates[at].photos.append(ref)


def _existing_keys(actor: Actor, keys: list[str]) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for start in range(0, len(keys), KEY_CHUNK):
        chunk = keys[start : start + KEY_CHUNK]
        query = InboxItem.select(InboxItem.id, InboxItem.key, InboxItem.state).where(
            (InboxItem.station == actor.station_id) & (InboxItem.key.in_(chunk))
        )
        found.update({row.key: (row.id, row.state) for row in query})
    return found


def _classify(
    actor: Actor,
    candidates: list[Candidate],
    existing: dict[str, tuple[int, str]],
    summary: ImportSummary,
    progress: Progress,
) -> list[Candidate]:
    """The candidates that are reports: those the inbox holds already, and
    the new ones the parser is confident about, read once against the
    station's master data. The sender's officer fills a part that names
    nobody, the day it was sent one that names no day (both marked for
    review like every parsed field)."""
    senders = SenderIndex.load(actor)
    done_before = entered.EnteredIndex(actor)
    reports: list[Candidate] = []
    for done, candidate in enumerate(candidates, start=1):
        if done % 100 == 0:
            progress("parse", done)
        if candidate.key in existing:
            reports.append(candidate)
            continue
        message = candidate.message
        confidence, parts = classify.read_report(message.text, message.sent_at.date(), actor)
        if confidence < classify.REPORT_CONFIDENCE:
            summary.chatter += 1
            continue
        candidate.confidence, candidate.parts = confidence, parts
        person = senders.match(message.sender)
        candidate.officer_id = person.id if person else None
        for part in parts:
            if part.officer_id is None and person is not None:
                part.officer_id = person.id
                part.officer_label = person.label
            if part.date is None:
                part.date = message.sent_at.date()  # no day named: the day it was sent
            part.refresh_filled()
            if candidate.officer_id is None:
                candidate.officer_id = part.officer_id
        candidate.entered_id = done_before.find(parts, message.text)
        reports.append(candidate)
    summary.reports = len(reports)
    return reports


def _stage_photos(
    export: ExportSource,
    candidate: Candidate,
    summary: ImportSummary,
    dry_run: bool,
    folder: Path,
) -> None:
    seen: set[str] = set()
    for ref in candidate.photos:
        opened = None
        try:
            opened = export.open_media(ref.name)
        except (OSError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
            raise file_error(
                "inbox.err.photo_unreadable", name=clean_text(ref.name)[:80], reason=exc
            ) from None
        if opened is None:
            summary.photos_missing += 1
            continue
        stream, size = opened
        with stream:
            if size > photos.MAX_BYTES:
                summary.photos_refused += 1
                continue
            try:
                staged = (
                    photos.measure(stream, ref.name)
                    if dry_run
                    else photos.stage(stream, ref.name, folder)
                )
            except ValidationError:
                summary.photos_refused += 1
                continue
            except (zipfile.BadZipFile, EOFError) as exc:
                raise file_error(
                    "inbox.err.photo_damaged", name=clean_text(ref.name)[:80], reason=exc
                ) from None
        if staged.sha256 in seen:
            photos.discard([staged])
            continue
        seen.add(staged.sha256)
        candidate.staged.append(staged)


def _part_json(part: ParsedMessage, confidence: float) -> dict[str, object]:
    return {
        "input": part.to_input().to_json(),
        "filled": sorted(part.filled),
        "doubtful": sorted(getattr(part, "doubtful", ())),
        "types": list(part.types),
        "kelurahan": part.kelurahan,
        "officer": part.officer_label or part.officer,
        "confidence": confidence,
    }


def _item_values(
    actor: Actor, candidate: Candidate, source: str, now: dt.datetime
) -> dict[str, object]:
    message = candidate.message
    parts = candidate.parts
    types: list[str] = []
    for part in parts:
        types += [code for code in part.types if code not in types]
    kelurahan = next((p.kelurahan for p in parts if p.kelurahan), "")
    return {
        "station": actor.station_id,
        "key": candidate.key,
        "sender": clean_text(message.sender)[:120],
        "officer": candidate.officer_id,
        "sent_at": message.sent_at,
        "text": clean_text(message.text, multiline=True),
        "parts": json.dumps(
            [_part_json(p, classify.report_confidence(p)) for p in parts], ensure_ascii=False
        ),
        "kelurahan": clean_text(kelurahan)[:80],
        "types": ", ".join(types)[:60],
        "photo_count": len(candidate.staged),
        "confidence": round(candidate.confidence * 100),
        "state": "baru",
        "entered_report": candidate.entered_id,
        "source": clean_text(source)[:250],
        "imported_by": actor.os_user,
        "imported_at": now,
    }


def _photo_rows(actor: Actor, item_id: int, candidate: Candidate) -> list[dict[str, object]]:
    sent = {ref.name: ref.sent_at for ref in candidate.photos}
    return [
        {
            "station": actor.station_id,
            "item": item_id,
            "name": clean_text(p.name)[:250],
            "sha256": p.sha256,
            "size": p.size,
            "path": p.path,
            "sent_at": sent.get(p.name, candidate.message.sent_at),
        }
        for p in candidate.staged
    ]


def _write(actor: Actor, candidates: list[Candidate], source: str, summary: ImportSummary) -> None:
    """One transaction: the items not yet stored, their photos, photos an
    item already stored (and still open) lacks, and one audit event."""
    now = clock.now()

    def run() -> tuple[int, int, int, list[int]]:
        existing = _existing_keys(actor, [c.key for c in candidates])
        fresh = [c for c in candidates if c.key not in existing]
        extra_photos = 0
        ids: list[int] = []
        for start in range(0, len(fresh), WRITE_CHUNK):
            chunk = fresh[start : start + WRITE_CHUNK]
            InboxItem.insert_many([_item_values(actor, c, source, now) for c in chunk]).execute()
            made = _existing_keys(actor, [c.key for c in chunk])
            rows = [r for c in chunk for r in _photo_rows(actor, made[c.key][0], c)]
            for at in range(0, len(rows), WRITE_CHUNK):
                InboxPhoto.insert_many(rows[at : at + WRITE_CHUNK]).execute()
            extra_photos += len(rows)
            ids += [made[c.key][0] for c in chunk]
        for candidate in candidates:
            found = existing.get(candidate.key)
            if found is None or found[1] not in ("baru", "dibuka") or not candidate.staged:
                continue
            have = {
                p.sha256
                for p in InboxPhoto.select(InboxPhoto.sha256).where(InboxPhoto.item == found[0])
            }
            rows = [r for r in _photo_rows(actor, found[0], candidate) if r["sha256"] not in have]
            if rows:
                InboxPhoto.insert_many(rows).execute()
                InboxItem.update(photo_count=InboxItem.photo_count + len(rows)).where(
                    InboxItem.id == found[0]
                ).execute()
                extra_photos += len(rows)
        if fresh or extra_photos:
            audit.record(
                actor,
                "import",
                "inbox_item",
                None,
                None,
                {"source": source, "new": len(fresh), "photos": extra_photos, "items": ids[:1000]},
            )
        flagged = sum(c.entered_id is not None for c in fresh)
        return len(fresh), extra_photos, flagged, ids

    for attempt in range(WRITE_ATTEMPTS):
        try:
            new, added, flagged, ids = store.write(run)
            break
        except IntegrityError:
            # another desk stored some of these keys meanwhile: read them again
            if attempt == WRITE_ATTEMPTS - 1:
                raise
    summary.new, summary.photos, summary.probably_entered = new, added, flagged
    summary.already = len(candidates) - new
    summary.item_ids = ids


def import_export(
    actor: Actor,
    path: Path | str,
    *,
    dry_run: bool = False,
    since: dt.date | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a chat export (``.zip`` or ``.txt``) into the Kotak masuk.
    ``ValidationError`` (field ``file``) when the file cannot be imported;
    nothing is written then."""
    actor.require_write()
    report = progress or (lambda stage, count: None)
    summary = ImportSummary(source=Path(path).name, dry_run=dry_run)
    with open_export(path) as export:
        found, sent_photos = _read(export, since, summary, report)
        existing = _existing_keys(actor, [c.key for c in found])
        with lookup.remembered():
            candidates = _classify(actor, found, existing, summary, report)
        del found
        _assign_photos(candidates, sent_photos)
        staged: list[photos.StagedPhoto] = []
        folder = photos.root()
        try:
            if not dry_run and any(c.photos for c in candidates):
                folder.mkdir(parents=True, exist_ok=True)
            for candidate in candidates:
                state = existing.get(candidate.key, (0, "baru"))[1]
                if state in ("baru", "dibuka"):
                    _stage_photos(export, candidate, summary, dry_run, folder)
                    staged += candidate.staged
            if dry_run:
                fresh = [c for c in candidates if c.key not in existing]
                summary.new = len(fresh)
                summary.already = len(candidates) - len(fresh)
                summary.probably_entered = sum(c.entered_id is not None for c in fresh)
                summary.photos = sum(len(c.staged) for c in fresh)
                return summary
            photos.flush(staged)
            _write(actor, candidates, summary.source, summary)
        except BaseException:
            if not dry_run:
                _discard_unused(staged)
            raise
    report("done", summary.new)
    return summary


def _discard_unused(staged: list[photos.StagedPhoto]) -> None:
    """After a failed import: remove the copies it made that no item uses."""
    made = [p for p in staged if p.created]
    if not made:
        return
    used = {
        row.path
        for row in InboxPhoto.select(InboxPhoto.path).where(
            InboxPhoto.path.in_([p.path for p in made])
        )
    }
    photos.discard([p for p in made if p.path not in used])
