"""``sambang import station``: a Polsek's export (``export``) carried
into the Polres database. Rows are matched by the keys both databases share
(``rows``), never by id.

Importing decides row by row, comparing the digest (SHA-256 of the row as
the file writes it) of the incoming row, of the row the Polres database
holds, and of what the last import wrote (``sync_ledger``):

- not there: inserted (``baru``);
- the same: nothing written (``sama``) — so a file imported twice changes
  nothing the second time;
- different, and the Polres row is still what the last import wrote: the
  station's newer version replaces it (``diperbarui``);
- different otherwise (changed at the Polres, or there before any import):
  left as it is and listed as a conflict. Nothing is overwritten silently.

Audit events are only ever added. Each import that changed something leaves
one audit event of its own (on a station server the database's triggers
record every row it writes as well).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from sambang_tui.db.models import (
    ActivityType,
    Officer,
    Report,
    Station,
    SyncLedger,
    database_proxy,
)
from sambang_tui.db.pg import session as pg_session
from sambang_tui.db.rows import tuple_rows
from sambang_tui.services.core import audit, clock, identity, store
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import PermissionDenied, ValidationError
from sambang_tui.services.transfer.rows import (
    BATCH,
    FORMAT,
    VERSION,
    Refs,
    absence_data,
    assignment_data,
    contact_data,
    digest,
    kelurahan_data,
    officer_data,
    operation_data,
    plan_data,
    problem_data,
    report_key,
    reports_data,
    rw_layout,
    station_data,
    type_data,
)
from sambang_tui.services.transfer.write import (
    MODELS_BY_KIND,
    Conflict,
    ImportResult,
    Missing,
    RowWriter,
)


def read_file(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with gzip.open(Path(path).expanduser(), "rt", encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                try:
                    yield json.loads(line)
                except ValueError:
                    raise ValidationError(
                        "file", "transfer.err.bad_line", path=path, line=number
                    ) from None
    except (gzip.BadGzipFile, EOFError):
        raise ValidationError("file", "transfer.err.not_export", path=path) from None


def _may_import(actor: Actor) -> None:
    if pg_session.managed():
        if not identity.person().is_root:
            raise PermissionDenied("transfer.err.superuser_only")
        return
    actor.require_admin("core.do.import_station")


class Importer(RowWriter):
    """Applies the records of one file, batch by batch (each batch one
    transaction, so an interrupted import is finished by importing again)."""

    def __init__(self, result: ImportResult) -> None:
        self.result = result
        self.refs = Refs()
        self.station_id: int | None = None
        self.created_now: set[tuple[str, str]] = set()
        self.now = clock.wall_now()

    # -- the ledger --------------------------------------------------------------
    def ledger(self, kind: str, keys: list[str]) -> dict[str, str]:
        if self.station_id is None or not keys:
            return {}
        return dict(
            tuple_rows(
                SyncLedger.select(SyncLedger.key, SyncLedger.digest).where(
                    (SyncLedger.station == self.station_id)
                    & (SyncLedger.kind == kind)
                    & SyncLedger.key.in_(keys)
                )
            )
        )

    def remember(self, kind: str, key: str, value: str) -> None:
        assert self.station_id is not None
        SyncLedger.insert(
            station=self.station_id, kind=kind, key=key, digest=value, imported_at=self.now
        ).on_conflict(
            conflict_target=[SyncLedger.station, SyncLedger.kind, SyncLedger.key],
            update={SyncLedger.digest: value, SyncLedger.imported_at: self.now},
        ).execute()

    # -- one batch of one kind ---------------------------------------------------------
    def apply(self, kind: str, batch: list[tuple[str, dict[str, Any]]]) -> None:
        if kind == "file":
            for key, data in batch:
                self.file(key, data)
            return
        if kind == "audit_event":
            self.audit_events(batch)
            return
        current = self.current(kind, [k for k, _ in batch])
        ledger = self.ledger(kind, [k for k, _ in batch])
        for key, data in batch:
            data = self.as_written(kind, key, data)
            incoming = digest(data)
            row_id, held = current.get(key, (None, None))
            try:
                with database_proxy.atomic():  # a savepoint: a row that fails leaves nothing
                    self.decide(kind, key, data, incoming, row_id, held, ledger.get(key))
            except Missing as exc:
                self.result.conflicts.append(Conflict(kind, key, str(exc)))

    def decide(
        self,
        kind: str,
        key: str,
        data: dict[str, Any],
        incoming: str,
        row_id: int | None,
        held: dict[str, Any] | None,
        last: str | None,
    ) -> None:
        if row_id is None:
            self.insert(kind, key, data)
            self.remember(kind, key, incoming)
            self.result.new[kind] += 1
            return
        if held is None:
            self.result.conflicts.append(
                Conflict(kind, key, "milik Polsek lain di basis data ini; tidak ditimpa")
            )
            return
        if digest(held) == incoming:
            if last != incoming:
                self.remember(kind, key, incoming)
            self.result.same[kind] += 1
            return
        if (kind, key) in self.created_now or (last is not None and last == digest(held)):
            self.update(kind, key, row_id, data)
            self.remember(kind, key, incoming)
            if (kind, key) not in self.created_now:
                self.result.updated[kind] += 1
            return
        reason = (
            "diubah di basis data ini sejak impor terakhir; tidak ditimpa"
            if last is not None
            else "sudah ada dengan isi lain; tidak ditimpa"
        )
        self.result.conflicts.append(Conflict(kind, key, reason))

    def as_written(self, kind: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
        """The row as it can be written here. A login belongs to one person
        in the whole database: when another officer has it here, the officer
        comes without it (and a note says so), every time alike."""
        login = data.get("os_user") if kind == "officer" else None
        if not login:
            return data
        taken = Officer.get_or_none((Officer.os_user == login) & (Officer.nrp != key))
        if taken is None:
            return data
        self.result.notes.append(
            f"personel {key}: login '{login}' sudah dipakai {taken.name} ({taken.nrp}); "
            "diimpor tanpa login"
        )
        return {**data, "os_user": None}

    # -- what the Polres database holds under these keys -------------------------------
    def current(self, kind: str, keys: list[str]) -> dict[str, tuple[int, dict[str, Any] | None]]:
        refs, sid = self.refs, self.station_id
        out: dict[str, tuple[int, dict[str, Any] | None]] = {}
        if kind == "station":
            for s in Station.select().where(Station.name.in_(keys)):
                out[s.name] = (s.id, station_data(s, refs))
        elif kind == "activity_type":
            for t in ActivityType.select().where(ActivityType.code.in_(keys)):
                out[t.code] = (t.id, type_data(t))
        elif kind == "officer":
            for o in Officer.select().where(Officer.nrp.in_(keys)):
                out[o.nrp] = (o.id, officer_data(o) if o.station_id == sid else None)
        elif kind == "report":
            wanted = {k: tuple(int(x) for x in k.split("/")) for k in keys}
            ids = {
                report_key(y, s): i
                for i, y, s in tuple_rows(
                    Report.select(Report.id, Report.year, Report.seq).where(
                        (Report.station == sid)
                        & Report.year.in_(sorted({y for y, _ in wanted.values()}))
                        & Report.seq.in_(sorted({s for _, s in wanted.values()}))
                    )
                )
                if report_key(y, s) in wanted
            }
            held = reports_data(list(ids.values()), refs)
            out = {k: (i, held[i]) for k, i in ids.items()}
        else:
            model = MODELS_BY_KIND[kind]
            # rows of the kind's model, read by the fields that kind has
            rows: list[Any] = list(model.select().where(model.uid.in_(keys)))  # type: ignore[attr-defined]
            layout = rw_layout([r.id for r in rows]) if kind == "kelurahan" else {}
            for r in rows:
                mine = r.officer.station_id if kind == "assignment" else r.station_id
                out[r.uid] = (r.id, self.represent(kind, r, layout) if mine == sid else None)
        return out

    def represent(
        self, kind: str, row: Any, layout: dict[int, list[tuple[int, list[int]]]]
    ) -> dict[str, Any]:
        refs = self.refs
        if kind == "kelurahan":
            return kelurahan_data(row, layout)
        if kind == "assignment":
            return assignment_data(row, refs)
        if kind == "contact":
            return contact_data(row, refs)
        if kind == "operation":
            return operation_data(row)
        if kind == "problem":
            return problem_data(row, refs)
        if kind == "absence":
            return absence_data(row, refs)
        return plan_data(row, refs)


def _batches(
    rows: Iterable[dict[str, Any]],
) -> Iterator[tuple[str, list[tuple[str, dict[str, Any]]]]]:
    kind: str | None = None
    batch: list[tuple[str, dict[str, Any]]] = []
    for row in rows:
        if row.get("kind") != kind or len(batch) >= BATCH:
            if batch and kind is not None:
                yield kind, batch
            kind, batch = row.get("kind"), []
        batch.append((str(row.get("key")), row.get("data") or {}))
    if batch and kind is not None:
        yield kind, batch


def import_station(actor: Actor, path: Path) -> ImportResult:
    """Carry a station's export into the bound database (see the module)."""
    _may_import(actor)
    rows = read_file(path)
    header = next(rows, None)
    if not header or header.get("format") != FORMAT:
        raise ValidationError("file", "transfer.err.not_export", path=path)
    if header.get("version") != VERSION:
        raise ValidationError(
            "file", "transfer.err.version", path=path, version=header.get("version")
        )
    result = ImportResult(str(header.get("station", "")))
    importer = Importer(result)
    existing = Station.get_or_none(Station.name == result.station)
    if existing is None:

        def create() -> None:
            row = Station.create(name=result.station)
            importer.created_now.add(("station", result.station))
            result.new["station"] += 1
            importer.station_id = row.id

        store.write(create)
    else:
        importer.station_id = existing.id
    importer.refs = Refs(importer.station_id)
    for kind, batch in _batches(rows):
        if kind not in (*MODELS_BY_KIND, "audit_event", "file"):
            result.notes.append(f"jenis data '{kind}' tidak dikenal versi ini; dilewati")
            continue
        if kind == "station":
            batch = [(k, d) for k, d in batch if k == result.station]
        store.write(partial(importer.apply, kind, batch))
    if result.changed:
        summary = {"file": str(path), "new": dict(result.new), "updated": dict(result.updated),
                   "conflicts": len(result.conflicts)}  # fmt: skip
        station_id = importer.station_id

        def note() -> None:
            audit.record(
                Actor(actor.os_user, station_id or actor.station_id), "import", "station",
                station_id, None, summary,
            )  # fmt: skip

        store.write(note)
    return result
