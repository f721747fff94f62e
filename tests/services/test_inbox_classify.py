"""Report or chatter: every message of the development corpus is read as a
report; greetings, "siap", "86" and the day's small talk are not. And the
look-ups the parser repeats are remembered only inside an import."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest

from sambang_tui.db.models import Kelurahan
from sambang_tui.services.inbox import classify
from sambang_tui.services.master import lookup

CORPUS = Path(__file__).resolve().parents[1] / "data" / "messages"
CHATTER = [
    "Siap ndan",
    "86",
    "Siap 86 ndan, otw ke polsek",
    "Mantap",
    "Selamat pagi rekan2 semua, semangat!",
    "Terima kasih atas kerjanya hari ini",
    "Monitor ndan, siap laksanakan",
    "Jangan lupa besok pakai PDL lengkap",
    "Ada yang lihat kunci motor dinas?",
    "Selamat ulang tahun Aiptu Heri, semoga sehat selalu",
    "Mohon ijin ndan, sy izin sakit hari ini",
    "Ijin ndan, besok apel jam 7 di mako ya",
    "Rekan2 mohon laporan kegiatan hari ini dikirim sebelum jam 15.00",
    "Anggota piket hari ini: Bripka Dwi dan Briptu Andi",
    "😀👍🙏",
]


def _is_report(text: str) -> bool:
    if not classify.worth_reading(text):
        return False
    confidence, _ = classify.read_report(text, dt.date(2024, 12, 4))
    return confidence >= classify.REPORT_CONFIDENCE


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_corpus_message_is_a_report(path: Path) -> None:
    assert _is_report(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text", CHATTER)
def test_chatter_is_not(text: str) -> None:
    assert not _is_report(text)


def test_look_ups_are_remembered_inside_the_block_only(db, actor) -> None:
    Kelurahan.create(station=actor.station_id, name="Paseban")
    with lookup.remembered():
        first = lookup.kelurahan(actor, "", limit=1000)
        Kelurahan.create(station=actor.station_id, name="Kenari")
        assert lookup.kelurahan(actor, "", limit=1000) == first  # from memory
        seen: list[int] = []
        other = threading.Thread(target=lambda: seen.append(len(lookup.kelurahan(actor, "", 1000))))
        other.start()
        other.join()
        assert seen == [2]  # another thread asks the database
    assert [c.label for c in lookup.kelurahan(actor, "", limit=1000)] == ["Kenari", "Paseban"]
