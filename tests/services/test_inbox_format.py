"""Reading WhatsApp chat exports: both phone formats, both languages, both
clocks, media markers, multi-line messages and system lines (no database)."""

from __future__ import annotations

import codecs
import datetime as dt
from pathlib import Path

import inbox_exports as ie
import pytest

from sambang_tui.services.core.errors import ValidationError
from sambang_tui.services.inbox.export_format import Order, read_messages, scan_order
from sambang_tui.services.inbox.export_source import detect_encoding, open_export


def _read(text: str) -> list:
    lines = text.splitlines(keepends=True)
    order, _ = scan_order(lines)
    assert order is not None
    return list(read_messages(lines, order))


@pytest.mark.parametrize("style", ie.STYLES)
def test_every_style_reads_back_the_same_conversation(style: str) -> None:
    sent = ie.day_messages(style)
    got = _read(ie.render(sent, style))
    assert len(got) == len(sent)
    for want, have in zip(sent, got, strict=True):
        assert have.sent_at.replace(second=0) == want.at.replace(second=0)
        if want.system:
            assert have.system and have.sender == ""
            continue
        assert not have.system
        assert have.sender == want.sender
        assert have.media == want.photos
        assert have.omitted == 0
        if have.deleted:
            continue
        assert have.text == want.text
    paseban = next(m for m in got if m.text == ie.REPORT_PASEBAN)
    assert paseban.text.count("\n") == 7  # the multi-line message kept its lines
    assert [m.deleted for m in got].count(True) == 1
    sticker = next(m for m in got if m.media and m.media[0].startswith("STK-"))
    assert sticker.photos == []  # a sticker is no photo


@pytest.mark.parametrize("style", ie.STYLES)
def test_media_left_out_are_counted_not_read_as_text(style: str) -> None:
    got = _read(ie.render(ie.day_messages(style), style, with_media=False))
    assert sum(m.omitted for m in got) == 4
    assert all(m.media == [] for m in got)
    own = next(m for m in got if m.text == ie.REPORT_KRAMAT)
    assert own.omitted == 1


def test_twelve_hour_clock_midnight_and_noon() -> None:
    day = dt.date(2024, 12, 13)
    msgs = [
        ie.Msg(dt.datetime.combine(day, dt.time(0, 5)), "Aiptu Heri", "tengah malam"),
        ie.Msg(dt.datetime.combine(day, dt.time(12, 30)), "Aiptu Heri", "siang"),
        ie.Msg(dt.datetime.combine(day, dt.time(23, 59)), "Aiptu Heri", "malam"),
    ]
    for style in ("android_en_us", "ios_en_us"):
        got = _read(ie.render(msgs, style))
        assert [m.sent_at.time().replace(second=0) for m in got] == [
            dt.time(0, 5),
            dt.time(12, 30),
            dt.time(23, 59),
        ]


def test_date_order_from_a_day_above_twelve() -> None:
    assert scan_order(["13/12/24 10.00 - A: x\n"])[0] is Order.DMY
    assert scan_order(["12/13/24, 10:00 AM - A: x\n"])[0] is Order.MDY
    assert scan_order(["2024-12-02 10:00 - A: x\n"])[0] is Order.YMD


def test_ambiguous_dates_follow_time_forward() -> None:
    # 01/12 → 02/12 → 03/12 runs forward day-first, backwards month-first… and
    # 12/1 → 1/2 → 2/3 the other way round
    dmy = ["30/11/24 10.00 - A: a\n", "01/12/24 10.00 - A: b\n", "02/12/24 10.00 - A: c\n"]
    assert scan_order(dmy)[0] is Order.DMY
    mdy = ["11/30/24, 10:00 - A: a\n", "12/1/24, 10:00 - A: b\n", "12/2/24, 10:00 - A: c\n"]
    assert scan_order(mdy)[0] is Order.MDY


def test_a_line_that_looks_like_a_header_inside_a_message_stays_in_it() -> None:
    text = (
        "02/12/24 09.00 - Aiptu Heri: Jadwal kegiatan\n"
        "02/12/24 10.00 - 12.00 sambang di balai warga\n"
        "02/12/24 09.05 - Bripka Dwi: Siap\n"
    )
    got = _read(text)
    assert [m.sender for m in got] == ["Aiptu Heri", "Bripka Dwi"]
    assert "12.00 sambang di balai warga" in got[0].text


def test_system_lines_in_both_languages() -> None:
    lines = [
        "02/12/24 08.00 - Messages and calls are end-to-end encrypted. No one outside of this "
        "chat, not even WhatsApp, can read or listen to them.",
        '02/12/24 08.01 - Iptu Dedi changed the subject from "Laporan: lama" to "Bhabin"',
        "02/12/24 08.02 - Iptu Dedi menambahkan Bripka Dwi",
        "02/12/24 08.03 - Bripka Agus keluar",
        "02/12/24 08.04 - Aiptu Heri: pesan",
        f"[02/12/24 08.05.00] {ie.GROUP}: {ie.LRM}Iptu Dedi mengubah subjek menjadi “Bhabin”",
    ]
    got = _read("\n".join(lines))
    assert [m.system for m in got] == [True, True, True, True, False, True]


def test_omitted_media_markers_in_every_wording() -> None:
    text = (
        "02/12/24 10.00 - Aiptu Heri: <Media omitted>\n"
        "02/12/24 10.01 - Aiptu Heri: <Media tidak disertakan>\n"
        f"[02/12/24 10.02.00] Aiptu Heri: {ie.LRM}image omitted\n"
        f"[02/12/24 10.03.00] Aiptu Heri: {ie.LRM}gambar tidak disertakan\n"
    )
    got = _read(text)
    assert [m.omitted for m in got] == [1, 1, 1, 1]
    assert all(m.text == "" for m in got)


def test_a_photo_with_its_caption() -> None:
    text = "02/12/24 22.40 - Bripka Dwi: IMG-20241202-WA0003.jpg (file attached)\nSambang RW 09\n"
    (message,) = _read(text)
    assert message.media == ["IMG-20241202-WA0003.jpg"] and message.photos == message.media
    assert message.text == "Sambang RW 09"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-16-le", b""),
    ],
)
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    text = ie.render(ie.day_messages(), "android_id")
    path = tmp_path / "chat.txt"
    path.write_bytes(bom + text.encode(encoding))
    assert detect_encoding(path.read_bytes()[:8192]).replace("-sig", "").startswith(encoding[:6])
    with open_export(path) as export:
        order, headers = scan_order(export.lines())
        got = list(read_messages(export.lines(), order))
    assert headers == len(got) == 14
    assert got[7].text == ie.REPORT_PASEBAN


def test_not_utf_text_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(b"02/12/24 10.00 - A: ok\n02/12/24 10.01 - B: \xff\xfe\xfa rusak\n")
    with open_export(path) as export, pytest.raises(ValidationError, match="UTF-8"):
        list(export.lines())
