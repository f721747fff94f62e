"""The chat-message parser, round 20, disputes: a problem and its outcome
told without labels are both findings, the problem first on a line of its
own (the README's ruling: "joined with \\n as Permasalahan and Hasil are").
Every message is invented; each rule has cases where it must apply and
where it must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message

TODAY = dt.date(2026, 3, 4)


def _lines(text: str) -> list[str]:
    return parse_message(text, today=TODAY).findings.split("\n")


# --- the dispute named in the activity's clause, the parties' agreement further on ---------


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "Ijin lapor, Senin 2 Maret 2026 pkl 16.00 Aipda Rahmat melaksanakan problem solving di "
            "rumah Ketua RT 03 RW 05, Jl. Melati, terkait cekcok dua tetangga soal saluran got. "
            "Setelah dimediasi Ketua RT, kedua pihak sepakat membersihkan got bersama tiap Minggu. "
            "Situasi aman.",
            "cekcok dua tetangga soal saluran got",
        ),
        (
            "Selasa 3 Maret 2026 jam 10.00 Bripka Anton problem solving di pos RW 02 Jl. Anggrek, "
            "antara Bpk. Sardi dan Bpk. Yanto (bertetangga) soal pohon yang menaungi atap. "
            "Kedua pihak sepakat dahan dipotong hari Sabtu. Situasi aman.",
            "antara Bpk. Sardi dan Bpk. Yanto (bertetangga) soal pohon yang menaungi atap.",
        ),
        (
            # the matter opens its own sentence
            "Lapor Ndan, Senin 2 Maret 2026 pkl 19.00 Aiptu Joko PS di rumah Pak RW 04 Jl. Cempaka.\n"
            "Permasalahannya Bu Wati cekcok dgn penyewa kiosnya soal listrik yg dipakai bersama.\n"
            "Setelah dimediasi, kedua pihak sepakat pasang meteran sendiri.\nSituasi aman.",
            "Permasalahannya Bu Wati cekcok dgn penyewa kiosnya soal listrik yg dipakai bersama.",
        ),
    ],
)
def test_the_dispute_goes_first_before_how_it_ended(text: str, problem: str) -> None:
    lines = _lines(text)
    assert len(lines) == 2
    assert lines[0].rstrip(".") == problem.rstrip(".")
    assert "sepakat" in lines[1]


def test_what_a_visit_follows_is_no_dispute_it_settles() -> None:
    # "pasca bentrokan": the clash is the occasion of the visit, not a matter mediated
    text = (
        "Senin 2 Maret 2026 pkl 15.00 Bripka Anton cooling system pasca bentrokan dua kelompok "
        "remaja di Jl. Anggrek, bertemu 10 remaja. Kedua kelompok sepakat menahan diri. Aman."
    )
    assert _lines(text) == ["Kedua kelompok sepakat menahan diri."]


def test_an_agreement_with_no_dispute_named_stays_alone() -> None:
    text = (
        "Senin 2 Maret 2026 pkl 20.00 Aipda Rahmat rapat warga di balai RW 05 Jl. Melati, hadir "
        "15 warga. Kedua pihak sepakat jadwal ronda dibagi per RT. Situasi aman."
    )
    assert _lines(text) == ["Kedua pihak sepakat jadwal ronda dibagi per RT."]


def test_a_dispute_told_alone_is_no_outcome_to_pair() -> None:
    # an agreement that is not the parties' (a group told further on) takes no dispute
    text = (
        "Senin 2 Maret 2026 pkl 09.00 Bripka Anton sambang di Jl. Anggrek, terkait keributan "
        "pemuda minggu lalu. Menurut Ketua RW, para orang tua sudah sepakat mengawasi anaknya. Aman."
    )
    assert not any("keributan" in line for line in _lines(text))


# --- a terse outcome with the dispute before it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "problem", "outcome"),
    [
        (
            "ps ribut parkir motor antar tetangga di gg mawar rt 2, sdh damai. aman",
            "ribut parkir motor antar tetangga",
            "sdh damai",
        ),
        (
            "PS sengketa pagar antara 2 warga RT 4, udh akur, aman",
            "sengketa pagar antara 2 warga",
            "udh akur",
        ),
    ],
)
def test_a_terse_outcome_takes_the_dispute_before_it(text: str, problem: str, outcome: str) -> None:
    lines = _lines(text)
    assert lines[0] == problem
    assert lines[-1].startswith(outcome)
