"""The chat-message parser, round 24: whom the officer met, only where a
pattern recurs in three or more corpora and gains in two or more writer
pools. Every example is invented (styles Bhabins write, at least one case
per rule where it must not apply)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.audience import find_audience

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a candidate in an RT/RW election is a resident, and the office elected no one met ----
# ("kedua calon ketua RT", "2 calon yg tdk terpilih", "calon yg kalah Bpk. X", "3 bakal calon",
# "pasca pemilihan Ketua RW 04": heldout29, 36, 40 — a candidate is not the RT's ketua)


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "1. Senin 9/2/2026 pkl 19.30\n2. Cooling System pasca pemilihan Ketua RW 07\n"
            "3. Sasaran : Ketua RW terpilih, 2 calon yg tdk terpilih, tomas 2\n4. Sit: aman\n"
            "Aipda Rahmat",
            {"perangkat_rt_rw": 1, "warga": 2, "tokoh_masyarakat": 2},
        ),
        (
            "Ijin ndan, 9/2/2026 jam 16.00 CS ke RW 03 Jl. Melati pasca pemilihan ketua RW. "
            "Ktm kedua calon, Pak Anwar dan Pak Sobri, di pos RW. Sdh salaman. Aman. Bripka Dedi",
            {"warga": 2},
        ),
        (
            # worded unlike any corpus message
            "CS Senin 9/2/2026 ba'da isya jelang pilih ketua rt 05 jl anggrek\n"
            "ktm: ketua RW 02 Bpk. Salim, calon yg kalah Bpk. Tono\naman\nAipda Yusuf",
            {"perangkat_rt_rw": 1, "warga": 1},
        ),
    ],
)
def test_a_candidate_for_ketua_is_a_resident(text: str, audience: dict[str, int | None]) -> None:
    assert parse_message(text, today=TODAY).audience == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        # whose supporters or team: no candidate met
        ("Sasaran : koordinator tim calon nomor 1, tomas 2", None),
        ("ktm pendukung kedua calon, tomas 2", None),
        # a would-be traveller or voter is no candidate for an office
        ("Himbauan: calon pemudik waspada copet. Ktm ketua RT 02", {"perangkat_rt_rw": 1}),
        # the elected ketua is met as a ketua
        (
            "Bertemu Ketua RW terpilih Bpk. Salim dan 3 tomas",
            {"perangkat_rt_rw": 1, "tokoh_masyarakat": 3},
        ),
    ],
)
def test_no_candidate_where_none_was_met(text: str, audience: dict[str, int | None] | None) -> None:
    found = find_audience(text)
    if audience is None:
        assert "warga" not in found
    else:
        assert found == audience


def test_the_office_an_election_fills_is_no_one_met() -> None:
    found = find_audience("Cooling System pasca pemilihan Ketua RW 05, ktm 3 tomas")
    assert found == {"tokoh_masyarakat": 3}
    # the ketua himself, met, stays
    assert find_audience("pasca pemilihan, ktm Ketua RW 05 dan 3 tomas") == {
        "perangkat_rt_rw": 1,
        "tokoh_masyarakat": 3,
    }
