"""Working the Kotak masuk queue: open, save a report from an item (photos
attached through the attachments service), ignore with a reason, bring
back; two parts of one message; stations kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import inbox_exports as ie
import pytest

from sambang_tui.db.models import InboxItem, Station
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.actor import Actor
from sambang_tui.services.core.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from sambang_tui.services.inbox import photos, queue
from sambang_tui.services.inbox.importer import import_export
from sambang_tui.services.reports import attachments


@pytest.fixture
def desk(demo_target: str, tmp_path: Path):
    runtime.connect(demo_target)
    actor = runtime.actor_for("desk")
    import_export(actor, ie.write_zip(tmp_path / "x.zip", ie.day_messages(), "android_id"))
    return actor


def _item(kelurahan: str) -> InboxItem:
    return InboxItem.get(InboxItem.kelurahan == kelurahan)


def test_the_queue_is_newest_first(desk) -> None:
    rows = queue.list_items(desk)
    assert [r.kelurahan for r in rows] == ["Kramat", "Bungur", "Paseban"]
    kramat = rows[0]
    assert (kramat.officer, kramat.types, kramat.photos, kramat.state) == (
        "Bripka Dwi Hartono",
        "SB",
        1,
        "baru",
    )
    assert rows[2].entered and not rows[0].entered
    assert queue.counts(desk) == {"baru": 3, "dibuka": 0, "disimpan": 0, "diabaikan": 0}


def test_opening_marks_the_item_and_gives_the_form(desk) -> None:
    item = _item("Paseban")
    detail = queue.open_item(desk, item.id)
    assert detail.state == "dibuka" and _item("Paseban").handled_by == "desk"
    assert detail.text == ie.REPORT_PASEBAN
    assert [p.name for p in detail.photos] == ["IMG-20241202-WA0001.jpg", "IMG-20241202-WA0002.jpg"]
    assert all(p.present for p in detail.photos)
    assert detail.entered_number == "LK/208/XII/2024"
    part = detail.next_part
    assert part is not None and part.index == 0
    assert part.data.rw == 6 and part.data.officer_ids == [detail.officer_id]
    assert {"date", "officer_ids", "type_ids", "kelurahan_id", "rw", "rt"} <= part.filled


def test_saving_makes_the_report_and_attaches_the_photos(desk) -> None:
    item = _item("Paseban")
    detail = queue.open_item(desk, item.id)
    staged = [p.path for p in detail.photos]
    saved = queue.save_part(desk, item.id, 0, detail.parts[0].data)
    assert saved.number.startswith("LK/") and saved.warnings == []
    after = queue.detail(desk, item.id)
    assert after.state == "disimpan" and after.parts[0].report_number == saved.number
    files = attachments.list_attachments(saved.id)
    assert [a.original_name for a in files] == [p.name for p in detail.photos]
    assert [a.path.read_bytes() for a in files] == [
        ie.photo_bytes(ie.day_messages())[p.name] for p in detail.photos
    ]
    # the report holds its own copies now: the inbox's are gone
    assert not any(path.exists() for path in staged)
    with pytest.raises(ValidationError, match="sudah disimpan"):
        queue.save_part(desk, item.id, 0, detail.parts[0].data)


def test_a_form_the_report_service_refuses_leaves_the_item_open(desk) -> None:
    item = _item("Bungur")
    detail = queue.open_item(desk, item.id)
    data = detail.parts[0].data
    data.kelurahan_id = None
    with pytest.raises(ValidationError):
        queue.save_part(desk, item.id, 0, data)
    assert _item("Bungur").state == "dibuka"
    assert queue.detail(desk, item.id).parts[0].report_id is None


def test_ignore_needs_a_reason_and_can_be_undone(desk) -> None:
    item = _item("Kramat")
    with pytest.raises(ValidationError, match="Alasan wajib"):
        queue.ignore_item(desk, item.id, item.version, "  ")
    queue.ignore_item(desk, item.id, item.version, "sudah dilaporkan lisan")
    ignored = _item("Kramat")
    assert (ignored.state, ignored.reason) == ("diabaikan", "sudah dilaporkan lisan")
    with pytest.raises(ValidationError, match="diabaikan"):
        queue.save_part(desk, item.id, 0, queue.detail(desk, item.id).parts[0].data)
    with pytest.raises(ConflictError):
        queue.restore_item(desk, item.id, item.version)  # read before the ignore
    queue.restore_item(desk, item.id, ignored.version)
    assert _item("Kramat").state == "dibuka" and _item("Kramat").reason == ""
    assert [r.kelurahan for r in queue.list_items(desk, "diabaikan")] == []
    assert len(queue.list_items(desk, "open")) == 3


def test_a_message_with_two_activities_makes_two_reports(desk) -> None:
    item = _item("Paseban")
    first = json.loads(item.parts)[0]
    second = json.loads(json.dumps(first))
    second["input"]["rw"] = 5
    second["input"]["start_time"] = "13:00:00"
    InboxItem.update(parts=json.dumps([first, second])).where(InboxItem.id == item.id).execute()
    detail = queue.open_item(desk, item.id)
    assert [p.index for p in detail.parts] == [0, 1]
    one = queue.save_part(desk, item.id, 0, detail.parts[0].data)
    middle = queue.detail(desk, item.id)
    assert middle.state == "dibuka" and middle.next_part.index == 1
    two = queue.save_part(desk, item.id, 1, middle.parts[1].data)
    assert one.number != two.number
    done = queue.detail(desk, item.id)
    assert done.state == "disimpan" and done.next_part is None
    assert (
        len(attachments.list_attachments(one.id)) == len(attachments.list_attachments(two.id)) == 2
    )
    assert queue.list_items(desk, "disimpan")[0].saved == 2


def test_photo_copies_shared_with_an_open_item_stay(desk, tmp_path: Path) -> None:
    """Two reports sent with the same picture: saving one leaves the copy
    the other still needs."""
    messages = ie.day_messages()
    data = ie.photo_bytes(messages)
    data[ie.photo_name("android_id", ie.at(22, 40), 3)] = data["IMG-20241202-WA0001.jpg"]
    InboxItem.delete().execute()
    import_export(desk, ie.write_zip(tmp_path / "y.zip", messages, "android_id", photos=data))
    kramat = _item("Kramat")
    detail = queue.open_item(desk, kramat.id)
    queue.save_part(desk, kramat.id, 0, detail.parts[0].data)
    paseban = queue.detail(desk, _item("Paseban").id)
    assert all(p.present for p in paseban.photos)


def test_a_read_only_login_reads_but_does_not_change(desk) -> None:
    guest = runtime.actor_for("tamu")
    item = _item("Kramat")
    assert len(queue.list_items(guest)) == 3
    assert queue.open_item(guest, item.id).state == "baru"  # looking is not opening
    with pytest.raises(PermissionDenied):
        queue.ignore_item(guest, item.id, item.version, "x")
    with pytest.raises(PermissionDenied):
        queue.save_part(guest, item.id, 0, queue.detail(guest, item.id).parts[0].data)


def test_another_station_sees_nothing(desk) -> None:
    other = Station.create(name="Polsek Johar Baru")
    stranger = Actor(os_user="desk", station_id=other.id, is_admin=True, officer_id=1)
    assert queue.list_items(stranger) == []
    with pytest.raises(NotFound):
        queue.open_item(stranger, _item("Kramat").id)
    assert photos.root().exists()


TWO_ACTIVITIES = (
    "Ijin melaporkan:\n"
    "1. Pukul 09.00 Sambang ke rumah ketua RW 06 Paseban, menyampaikan pesan kamtibmas.\n"
    "2. Pukul 14.00 Patroli dialogis di Jl. Salemba Raya RW 06 Paseban bersama warga 5 org.\n"
    "Situasi aman"
)


def test_a_message_telling_two_activities_is_imported_as_two_parts(desk, tmp_path) -> None:
    messages = [ie.Msg(ie.at(15, 0), "Aiptu Heri Kurniawan", TWO_ACTIVITIES)]
    summary = import_export(desk, ie.write_zip(tmp_path / "dua.zip", messages, "ios_id"))
    assert (summary.reports, summary.new) == (1, 1)
    item = InboxItem.get(InboxItem.id == summary.item_ids[0])
    assert item.types == "SB, PD"
    detail = queue.open_item(desk, item.id)
    assert [(p.data.start_time.hour, p.types) for p in detail.parts] == [(9, ["SB"]), (14, ["PD"])]
    first = queue.save_part(desk, item.id, 0, detail.parts[0].data)
    second = queue.save_part(desk, item.id, 1, detail.parts[1].data)
    assert first.number != second.number and queue.detail(desk, item.id).state == "disimpan"
