"""The chat-message parser, round 18, the splitting lane: two activities in
one message written without the marks the readers of items, templates and
prose go by — run into one line, as plain lines, pasted one after another,
each under its heading. Each part is read as if it came alone; one activity
told in several sentences (two types named at once, a second sentence about
the same visit, a findings sentence naming another place or time, a recap,
a headline) stays one. Every example is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_reports

TODAY = dt.date(2026, 2, 11)  # a Wednesday

FIRST = "Sambang pos ronda RW 04 Jl. Melati pkl 20.30, 6 warga ronda, aman."
SECOND = "DDS RT 02 RW 07 Jl. Anggrek jam 10.00, 9 rumah, himbau kunci ganda. Aman."


def _fields(text: str) -> list[tuple[object, ...]]:
    return [
        (r.types, r.rw, r.rt, r.start_time, r.date, r.situation)
        for r in parse_reports(text, today=TODAY)
    ]


def _alone() -> list[tuple[object, ...]]:
    return [*_fields(FIRST), *_fields(SECOND)]


@pytest.mark.parametrize(
    "joined",
    [
        f"{FIRST} {SECOND}",  # run into one line
        f"{FIRST}\n{SECOND}",  # plain lines
        f"{FIRST[:-1]}; {SECOND}",
        f"{FIRST[:-1]} 👍 {SECOND}",
        f"{FIRST[:-1]}, kemudian {SECOND[0].lower()}{SECOND[1:]}",
        f"{FIRST} Aipda Rahmat {SECOND} Aipda Rahmat",  # each signed, no stop after the name
        f"{FIRST} Izin lapor Dan, td pagi {SECOND}",
    ],
)
def test_reports_run_together_read_as_each_alone(joined: str) -> None:
    got = _fields(joined)
    assert len(got) == 2
    assert [g[:4] for g in got] == [a[:4] for a in _alone()]


@pytest.mark.parametrize(
    "text",
    [
        # one activity whose sentence names two types
        "Sambang sekaligus DDS ke warga RT 03 RW 05 pkl 09.00, 7 rumah, aman.",
        # a second sentence going on about the same visit
        "Sambang Ketua RW 06 di Jl. Flamboyan pkl 19.00. Sambang tersebut dihadiri 4 warga. Aman.",
        "Patroli dialogis di Pasar Cempaka pkl 07.00, 10 pedagang. Patroli dialogis ini untuk cegah copet. Aman.",
        # a findings sentence naming another place and time
        "Sambang pos kamling RW 02 pkl 21.00, 5 warga, aman. Warga lapor curanmor di RW 06 jam 02.00 kemarin.",
        # a recap of the same visit
        "DDS RT 01 RW 07 pkl 10.00, 6 rumah warga. DDS RW 07 aman terkendali.",
        # a title line over the report
        "Sambang di Jl. Kamboja\nsambang warga RT 01/06 pkl 10.00, pesan kamtibmas: jaga lingkungan.\nSituasi aman",
    ],
)
def test_one_activity_in_several_sentences_stays_one(text: str) -> None:
    assert len(parse_reports(text, today=TODAY)) == 1


RELEASE_ONE = (
    "Bhabinkamtibmas Kelurahan Melati Aipda Rahmat pada Senin, 9 Februari 2026 pukul 09.00 WIB "
    "melaksanakan sambang ke Pos RW 03 Jl. Melati Raya. Aipda Rahmat bertemu 8 warga. Situasi aman."
)
RELEASE_TWO = (
    "Pada Selasa, 10 Februari 2026 pukul 15.00 WIB, Aipda Rahmat selaku Bhabinkamtibmas Melati "
    "melaksanakan problem solving di Balai Warga RW 05 terkait sengketa parkir. Kedua pihak sepakat damai."
)


def test_two_releases_run_together_read_as_two() -> None:
    got = parse_reports(f"{RELEASE_ONE} {RELEASE_TWO}", today=TODAY)
    assert [(r.types, r.rw, r.date) for r in got] == [
        (["SB"], 3, dt.date(2026, 2, 9)),
        (["PS"], 5, dt.date(2026, 2, 10)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the Bhabin named again in the same release, with no day or hour of his own
        f"{RELEASE_ONE} Dalam kesempatan itu Bhabinkamtibmas juga memberikan himbauan kamtibmas.",
        # a headline over the release
        f"BHABINKAMTIBMAS MELATI LAKUKAN SAMBANG DI POS RW 03\n\n{RELEASE_ONE}",
    ],
)
def test_one_release_stays_one(text: str) -> None:
    assert len(parse_reports(text, today=TODAY)) == 1


def test_a_date_written_before_the_first_activity_is_every_reports() -> None:
    got = parse_reports(f"Senin 9/2 {FIRST} {SECOND}", today=TODAY)
    assert [r.date for r in got] == [dt.date(2026, 2, 9)] * 2


def test_a_date_written_after_the_first_activity_is_its_own() -> None:
    first = "Sambang pos ronda RW 04 Jl. Melati pkl 20.30, Senin 9/2, 6 warga, aman."
    got = parse_reports(f"{first} {SECOND}", today=TODAY)
    assert [r.date for r in got] == [dt.date(2026, 2, 9), None]


TEMPLATE_ONE = (
    "Ijin Dan, laporan giat Sambang\n\n- Hari/Tgl : Senin 9/2/2026\n- Waktu : 10.00 WIB\n"
    "- Tempat : Pos RW 03 Jl. Melati\n- Situasi : Aman\n\nAipda Rahmat"
)
TEMPLATE_TWO = (
    "Selamat malam Komandan, ijin melaporkan giat Deteksi Dini\n\n1. Hari/Tgl : Senin 9/2/2026\n"
    "2. Jam : 21.00 WIB\n3. Tempat : Pangkalan ojek Jl. Anggrek RW 08\n4. Situasi : Aman\n\nAipda Rahmat"
)


@pytest.mark.parametrize(
    "text",
    [
        f"{TEMPLATE_ONE}\n\n{TEMPLATE_TWO}",
        f"{TEMPLATE_ONE}\n----------\n{TEMPLATE_TWO}",
        f"Kegiatan pertama:\n{TEMPLATE_ONE}\n\nKegiatan kedua:\n{TEMPLATE_TWO}",
    ],
)
def test_messages_pasted_one_after_another_read_as_two(text: str) -> None:
    got = parse_reports(text, today=TODAY)
    assert [(r.types, r.start_time) for r in got] == [
        (["SB"], dt.time(10)),
        (["DD"], dt.time(21)),
    ]


def test_a_greeting_under_one_template_opens_no_second_message() -> None:
    text = f"{TEMPLATE_ONE}\n\nIjin, demikian laporan kami Dan 🙏"
    assert len(parse_reports(text, today=TODAY)) == 1
