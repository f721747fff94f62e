"""Importing officers, areas and contacts from CSV as Excel writes it
(``read``), streamed: a file of a million rows is never in memory.

Two passes over the file. The first checks every row (its fields, a
duplicate within the file, what is stored) and counts what would be new,
changed or unchanged, writing nothing: that is all of ``--dry-run``, and an
import with a bad row stops there unless ``skip_bad``. The second reads the
file again and writes it batch by batch (``batches``), each batch one
short transaction, so other desks' saves wait at most a batch (about a
quarter of a second) instead of the whole import. Rows are upserted
(officers by NRP, areas by kelurahan+RW+RT, contacts by name+kelurahan), so
importing the same file again changes nothing — which is also how an import
stopped half-way (a full disk) is finished: the message says how far it got.

Problems with the file as a whole raise ``ValidationError`` with field
``"path"``; row problems come back in ``ImportResult.errors`` (the first
``MAX_ERRORS``; ``error_count`` counts them all).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from peewee import IntegrityError, PeeweeException

from sambang_tui.db.database import is_sqlite
from sambang_tui.db.models import database_proxy
from sambang_tui.i18n import t
from sambang_tui.services.core import store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import Msg, ServiceError, ValidationError
from sambang_tui.services.core.formula import is_formula
from sambang_tui.services.master.importing.batches import (
    BatchPlan,
    Context,
    Errors,
    Rows,
    Seen,
)
from sambang_tui.services.master.importing.kinds import PLAN, WRITE
from sambang_tui.services.master.importing.read import CONVERT, KINDS, RowErrors, read_records

__all__ = ["KINDS", "ImportResult", "import_csv", "is_formula"]

MAX_ERRORS = 1000
FIRST_BATCH = 2000
MIN_BATCH, MAX_BATCH = 200, 50_000
TARGET_S = 0.25  # a batch's transaction: what another desk's save may wait
PAUSE_S = 0.12  # between batches on SQLite: longer than a waiting desk's busy-handler sleep


@dataclass
class ImportResult:
    kind: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rows: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    error_count: int = 0
    notes: list[str] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    batches: int = 0
    longest_batch_s: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.error_count

    def add_error(self, line: int, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append((line, message))

    def summary(self) -> str:
        head: Msg | str = ""
        if self.dry_run:
            head = Msg("master.csv.head_dry_run")
        elif self.error_count and not self.written:
            head = Msg("master.csv.head_not_saved")
        bad: Msg | str = ""
        if self.error_count and self.skipped:
            bad = Msg("master.csv.bad_rows_skipped", n=self.error_count, skipped=self.skipped)
        elif self.error_count:
            bad = Msg("master.csv.bad_rows", n=self.error_count)
        return t(
            "master.csv.summary",
            head=head,
            rows=self.rows,
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
            bad=bad,
        )


class _Reader:
    """The good rows of the file in batches; bad rows go to ``errors``."""

    def __init__(self, path: Path, kind: str, result: ImportResult, seen: Seen) -> None:
        self.path, self.kind, self.result, self.seen = path, kind, result, seen
        self.size = FIRST_BATCH

    def batches(self, first_pass: bool, keep: bool = False) -> Iterator[Rows]:
        """The first pass reads and converts the file (and with ``keep``
        keeps the converted rows in the scratch file); the second reads them
        back from there instead of parsing the file again."""
        if not first_pass:
            yield from self.seen.kept(lambda: self.size)
            return
        convert = CONVERT[self.kind]
        batch: Rows = []
        for item in read_records(self.path, self.kind, self.result.notes):
            self.result.rows += 1
            if isinstance(item, tuple):
                self.bad(*item)
                continue
            try:
                batch.append((item.line, convert(item.values)))
            except RowErrors as exc:
                self.bad(item.line, " ".join(exc.messages))
                continue
            if len(batch) >= self.size:
                if keep:
                    self.seen.keep(batch)
                yield batch
                batch = []
        if batch:
            if keep:
                self.seen.keep(batch)
            yield batch

    def bad(self, line: int, message: str) -> None:
        if self.seen.mark_bad(line):  # a row found bad again on the second pass counts once
            self.result.add_error(line, message)

    def adapt(self, seconds: float) -> None:
        """Aim each batch's transaction at ``TARGET_S``: the size follows the
        time the last batch took, growing a quarter at most."""
        if seconds <= 0:
            return
        wanted = int(self.size * min(1.25, TARGET_S / seconds))
        self.size = max(MIN_BATCH, min(MAX_BATCH, wanted))


def import_csv(
    actor: Actor,
    kind: str,
    path: Path,
    skip_bad: bool = False,
    dry_run: bool = False,
    *,
    on_batch: Callable[[ImportResult], None] | None = None,
) -> ImportResult:
    """Import ``path`` as ``kind`` (officers, areas, contacts): for admins."""
    actor.require_admin("core.do.import_master")
    if kind not in KINDS:
        raise ValidationError("kind", "master.csv.kind", kinds=", ".join(KINDS))
    result = ImportResult(kind=kind, dry_run=dry_run)
    with Seen() as seen:
        reader = _Reader(Path(path), kind, result, seen)
        ctx = Context()
        changes = False
        for batch in reader.batches(first_pass=True, keep=not dry_run):
            errors: list[tuple[int, str]] = []
            plan = PLAN[kind](actor, batch, seen, ctx, errors)
            for line, message in errors:
                reader.bad(line, message)
            _count(result, plan)
            changes = changes or plan.changes
        result.errors.sort(key=lambda e: e[0])
        if kind == "areas" and (ctx.new_kel or ctx.new_rw):
            result.notes.append(
                t("master.csv.new_areas", kelurahan=len(ctx.new_kel), rw=len(ctx.new_rw))
            )
        if result.error_count and not skip_bad and not dry_run:
            result.created = result.updated = result.unchanged = 0  # nothing will be written
            return result
        if dry_run or not changes:
            return result
        result.skipped = result.error_count
        _write(actor, kind, reader, seen, result, on_batch)
    result.errors.sort(key=lambda e: e[0])
    return result


def _count(result: ImportResult, plan: BatchPlan) -> None:
    result.created += len(plan.creates)
    result.updated += len(plan.updates)
    result.unchanged += plan.unchanged


def _write(
    actor: Actor,
    kind: str,
    reader: _Reader,
    seen: Seen,
    result: ImportResult,
    on_batch: Callable[[ImportResult], None] | None,
) -> None:
    """The second pass: each batch planned again (outside the write lock:
    reading blocks nobody) and written in its own short transaction; when
    another desk wrote one of its rows in between, planned again inside the
    transaction. The counts become what was written."""
    result.created = result.updated = result.unchanged = 0
    ctx = Context()
    pause = PAUSE_S if is_sqlite() else 0.0
    done = 0
    for batch in reader.batches(first_pass=False):
        errors: list[tuple[int, str]] = []
        # planned outside the write lock (reads do not block other desks)
        plan = PLAN[kind](actor, batch, seen, ctx, errors)
        started = time.monotonic()
        try:
            try:
                if plan.changes:
                    store.write(partial(WRITE[kind], actor, plan))
            except IntegrityError:  # another desk wrote one of these rows meanwhile: plan again
                errors = []
                ctx.kels = None  # read the kelurahan again, with what that desk added
                plan = store.write(partial(_plan_and_write, kind, actor, batch, seen, errors))
        except (PeeweeException, sqlite3.Error, OSError) as exc:
            raise _stopped(exc, batch[0][0], done) from None
        took = time.monotonic() - started
        for line, message in errors:  # found since the first pass: another desk's change
            reader.bad(line, message)
        _count(result, plan)
        done += len(plan.creates) + len(plan.updates) + plan.unchanged
        result.written = result.written or plan.changes
        result.batches += 1
        result.longest_batch_s = max(result.longest_batch_s, took)
        reader.adapt(took)
        if on_batch is not None:
            on_batch(result)
        if pause:
            time.sleep(pause)  # let a desk waiting for the write lock have it
    result.skipped = result.error_count


def _plan_and_write(kind: str, actor: Actor, batch: Rows, seen: Seen, errors: Errors) -> BatchPlan:
    """A batch planned again inside its transaction, against what is stored
    now, and written."""
    plan = PLAN[kind](actor, batch, seen, Context(), errors)
    if plan.changes:
        WRITE[kind](actor, plan)
    return plan


def _stopped(exc: BaseException, line: int, done: int) -> ServiceError:
    from sambang_tui.services.core.database_errors import explain

    db = database_proxy.obj
    reason = explain(str(getattr(db, "database", "") or ""), exc)
    return ServiceError("master.csv.stopped", reason=reason, line=line, done=done)
