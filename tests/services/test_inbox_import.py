"""Importing a day's WhatsApp export into the Kotak masuk (demo database of
Polsek Senen): counts, officers matched, photos attached and copied once,
idempotent re-import, overlapping exports, dry runs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import inbox_exports as ie
import pytest

from sambang_tui.db.models import AuditEvent, InboxItem, InboxPhoto, Officer, Report
from sambang_tui.services.admin import runtime
from sambang_tui.services.core.errors import PermissionDenied
from sambang_tui.services.inbox import photos
from sambang_tui.services.inbox.importer import import_export


@pytest.fixture
def desk(demo_target: str):
    runtime.connect(demo_target)
    return runtime.actor_for("desk")


def _officer(name: str) -> int:
    return Officer.get(Officer.name == name).id


def _staged() -> list[Path]:
    folder = photos.root()
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.mark.parametrize("style", ie.STYLES)
def test_a_days_export_becomes_three_items(desk, tmp_path: Path, style: str) -> None:
    path = ie.write_zip(tmp_path / "ekspor.zip", ie.day_messages(style), style)
    reports_before = Report.select().count()
    summary = import_export(desk, path)
    assert (summary.messages, summary.system, summary.reports, summary.chatter) == (12, 2, 3, 9)
    assert (summary.new, summary.already, summary.photos) == (3, 0, 3)
    assert summary.probably_entered == 1  # the seed story is in the demo already
    items = {i.kelurahan: i for i in InboxItem.select()}
    assert set(items) == {"Paseban", "Bungur", "Kramat"}
    paseban, bungur, kramat = items["Paseban"], items["Bungur"], items["Kramat"]
    assert paseban.officer_id == _officer("Heri Kurniawan")  # rank and name
    assert bungur.officer_id == _officer("Yusuf Maulana")  # by phone: +62 813-1000-0016
    assert kramat.officer_id == _officer("Dwi Hartono")
    assert paseban.sent_at.replace(second=0) == ie.at(10, 41)
    assert paseban.text == ie.REPORT_PASEBAN
    assert paseban.types == "SB, CS" and paseban.state == "baru"
    assert paseban.entered_report.number == "LK/208/XII/2024"
    assert bungur.entered_report is None
    # the two photos sent just before the report are its; Dwi's is his message's own
    names = {
        i.kelurahan: sorted(p.name for p in InboxPhoto.select().where(InboxPhoto.item == i.id))
        for i in items.values()
    }
    assert names["Paseban"] == [
        ie.photo_name(style, ie.at(10, 38), 1),
        ie.photo_name(style, ie.at(10, 39), 2),
    ]
    assert names["Kramat"] == [ie.photo_name(style, ie.at(22, 40), 3)]
    assert names["Bungur"] == []
    assert (paseban.photo_count, kramat.photo_count) == (2, 1)
    # originals copied, byte for byte, once each
    sent = ie.photo_bytes(ie.day_messages(style))
    for photo in InboxPhoto.select():
        assert photos.staged_file(photo.path).read_bytes() == sent[photo.name]
    assert len(_staged()) == 3
    part = json.loads(paseban.parts)[0]
    assert part["input"]["date"] == "2024-12-02" and part["input"]["rw"] == 6
    assert "officer_ids" in part["filled"]
    assert Report.select().count() == reports_before  # nothing became a report
    assert AuditEvent.select().where(AuditEvent.table == "inbox_item").count() == 1


def test_importing_again_adds_nothing(desk, tmp_path: Path) -> None:
    path = ie.write_zip(tmp_path / "ekspor.zip", ie.day_messages(), "android_id")
    import_export(desk, path)
    again = import_export(desk, path)
    assert (again.reports, again.new, again.already, again.photos) == (3, 0, 3, 0)
    assert InboxItem.select().count() == 3 and InboxPhoto.select().count() == 3
    assert len(_staged()) == 3


@pytest.mark.parametrize("style", ["android_en_us", "ios_id", "ios_en_us"])
def test_the_same_chat_exported_by_another_phone_is_already_there(desk, tmp_path, style) -> None:
    import_export(desk, ie.write_zip(tmp_path / "a.zip", ie.day_messages(), "android_id"))
    other = import_export(desk, ie.write_zip(tmp_path / "b.zip", ie.day_messages(style), style))
    assert (other.new, other.already) == (0, 3)


def test_a_later_export_that_overlaps_adds_only_the_new_report(desk, tmp_path: Path) -> None:
    import_export(desk, ie.write_zip(tmp_path / "senin.zip", ie.day_messages(), "android_id"))
    later = [
        *ie.day_messages(),
        ie.Msg(ie.at(7, 0) + dt.timedelta(days=1), "Bripka Dwi Hartono", "Siap, selamat pagi"),
        ie.Msg(
            ie.at(9, 30) + dt.timedelta(days=1),
            "Bripka Agus Setiawan",
            "Ijin lapor, sambang ke pos RW 03 kel Kenari jam 09.00 bersama ketua RT dan "
            "warga ± 10 org. Situasi aman kondusif",
        ),
    ]
    summary = import_export(desk, ie.write_zip(tmp_path / "selasa.zip", later, "android_id"))
    assert (summary.reports, summary.new, summary.already) == (4, 1, 3)
    newest = InboxItem.select().order_by(InboxItem.sent_at.desc()).first()
    assert newest.kelurahan == "Kenari" and newest.officer_id == _officer("Agus Setiawan")


def test_text_first_then_the_zip_adds_the_photos(desk, tmp_path: Path) -> None:
    text = ie.write_text(tmp_path / "chat.txt", ie.day_messages(), "android_id")
    first = import_export(desk, text)
    assert (first.new, first.photos, first.media_omitted) == (3, 0, 4)
    summary = import_export(desk, ie.write_zip(tmp_path / "b.zip", ie.day_messages(), "android_id"))
    assert (summary.new, summary.already, summary.photos) == (0, 3, 3)
    assert sum(i.photo_count for i in InboxItem.select()) == 3


def test_an_unpacked_export_finds_its_photos_beside_the_text(desk, tmp_path: Path) -> None:
    folder = tmp_path / "unpacked"
    folder.mkdir()
    messages = ie.day_messages()
    for name, data in ie.photo_bytes(messages).items():
        (folder / name).write_bytes(data)
    chat = folder / ie.chat_name("android_id")
    chat.write_text(ie.render(messages, "android_id"), encoding="utf-8")
    summary = import_export(desk, chat)
    assert (summary.new, summary.photos, summary.photos_missing) == (3, 3, 0)


def test_photos_named_but_missing_are_counted(desk, tmp_path: Path) -> None:
    messages = ie.day_messages()
    path = ie.write_zip(tmp_path / "x.zip", messages, "android_id", photos={})
    summary = import_export(desk, path)
    assert (summary.new, summary.photos, summary.photos_missing) == (3, 0, 3)


def test_the_same_photo_twice_is_kept_once(desk, tmp_path: Path) -> None:
    messages = ie.day_messages()
    data = ie.photo_bytes(messages)
    first = ie.photo_name("android_id", ie.at(10, 38), 1)
    data[ie.photo_name("android_id", ie.at(10, 39), 2)] = data[first]  # sent twice
    import_export(desk, ie.write_zip(tmp_path / "x.zip", messages, "android_id", photos=data))
    paseban = InboxItem.get(InboxItem.kelurahan == "Paseban")
    assert paseban.photo_count == 1 and len(_staged()) == 2


def test_a_dry_run_writes_nothing(desk, tmp_path: Path) -> None:
    path = ie.write_zip(tmp_path / "x.zip", ie.day_messages(), "android_id")
    summary = import_export(desk, path, dry_run=True)
    assert (summary.reports, summary.new, summary.photos, summary.probably_entered) == (3, 3, 3, 1)
    assert InboxItem.select().count() == 0 and _staged() == []


def test_since_leaves_older_messages_out(desk, tmp_path: Path) -> None:
    path = ie.write_zip(tmp_path / "x.zip", ie.day_messages(), "android_id")
    assert import_export(desk, path, since=dt.date(2024, 12, 3)).messages == 0
    assert import_export(desk, path, since=dt.date(2024, 12, 2)).new == 3


def test_a_read_only_login_cannot_import(demo_target: str, tmp_path: Path) -> None:
    runtime.connect(demo_target)
    nobody = runtime.actor_for("tamu")
    path = ie.write_zip(tmp_path / "x.zip", ie.day_messages(), "android_id")
    with pytest.raises(PermissionDenied):
        import_export(nobody, path)


def test_probably_entered_needs_similar_words(desk, tmp_path: Path) -> None:
    """Same officer, day and kelurahan as the seed story (LK/208), but
    another visit told in other words: not flagged."""
    other = (
        "Ijin lapor, Senin 02/12/2024 jam 15.00 patroli dialogis di pasar Paseban RW 02 "
        "bersama pedagang ± 8 org, menyampaikan agar waspada copet. Situasi aman"
    )
    messages = [
        ie.Msg(ie.at(15, 30), "Aiptu Heri Kurniawan", other),
        ie.Msg(ie.at(16, 0), "Aiptu Heri Kurniawan", ie.REPORT_PASEBAN),
    ]
    summary = import_export(desk, ie.write_zip(tmp_path / "x.zip", messages, "android_id"))
    assert (summary.new, summary.probably_entered) == (2, 1)
    flagged = {i.text[:12]: i.entered_report_id is not None for i in InboxItem.select()}
    assert flagged == {"Ijin lapor, ": False, "Ijin melapor": True}
