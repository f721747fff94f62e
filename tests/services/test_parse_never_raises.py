"""The parser never raises, whatever is pasted: every message of every
corpus written as another phone would send it, and messages put together
from their lines at random. A template whose value carried its situation
("… Situasi: aman") once made the activity splitter count lines of one
text against the indices of another and fail on a message never seen."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sambang_tui.services.parse import parse_reports

DATA = Path(__file__).resolve().parent.parent / "data"
MESSAGES = sorted(p.read_text(encoding="utf-8") for p in DATA.glob("*/*.txt"))
LINES = sorted({line for text in MESSAGES for line in text.splitlines()})
TODAY = dt.date(2025, 6, 2)


def variants(text: str) -> list[str]:
    return ["\n\n" + text.upper().replace("\n", "\r\n"), text.lower().strip()]


def test_every_corpus_message_as_other_phones_send_it() -> None:
    assert len(MESSAGES) > 300
    for text in MESSAGES:
        for variant in variants(text):
            assert isinstance(parse_reports(variant, today=TODAY), list)


def test_a_template_line_holding_its_situation_before_a_second_template() -> None:
    text = (
        "Kegiatan : sambang warga. Pesan kamtibmas: jaga lingkungan. Situasi: aman\n"
        "Tgl : 2/12/2024. Jam: 09.00. Tempat: pos RW 03\n"
        "GIAT 2\n"
        "Kegiatan : patroli dialogis\n"
        "Tgl : 2/12/2024\n"
    )
    reports = parse_reports(text, today=dt.date(2024, 12, 4))
    assert reports
    assert reports[0].date == dt.date(2024, 12, 2)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.one_of(st.sampled_from(LINES), st.text(max_size=60), st.just("")),
        min_size=1,
        max_size=14,
    )
)
def test_messages_made_of_corpus_lines_at_random(lines: list[str]) -> None:
    assert isinstance(parse_reports("\n".join(lines), today=TODAY), list)
