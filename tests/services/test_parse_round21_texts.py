"""The chat-message parser, round 21, the free texts (the appeal and the
findings): what was heard with its source named bare ("Kata ojol …", "Info
linmas ada …"), and where a dispute named in the activity's clause ends.
Every example is invented, with cases where the rule must apply and where it
must not."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.texts import findings_from_prose

TODAY = dt.date(2026, 3, 4)  # a Wednesday


# --- what was heard, its source named bare after "Kata" or "Info" ---------------------------
# (three corpora: "Kata ojol belakangan …", "Kata petugas halte sering …", "Info linmas ada …",
# "Info warga hari Sabtu … ada …", "…, info warga ada gudang …"); the ruling keeps the source


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "Td siang ane sambang ke pangkalan bajaj Jl. Melati, ktm 6 sopir. Ane pesen jgn ngetem di"
            " tikungan. Kata sopir sering ada yg nyerempet trus kabur malem2. Aman ndan.",
            "Kata sopir sering ada yg nyerempet trus kabur malem2.",
        ),
        (
            "Sambang pos ronda Jl. Anggrek, ktm 3 warga ronda. Info satpam ada mobil parkir semalaman"
            " tanpa pemilik di ujung gang. Aman.",
            "Info satpam ada mobil parkir semalaman tanpa pemilik di ujung gang.",
        ),
        (
            # worded unlike any corpus message
            "DDS Jl. Dahlia RT 02/04 jam 10.00, 8 rmh, info penghuni ada tandon air bocor di atap"
            " kontrakan.",
            "info penghuni ada tandon air bocor di atap kontrakan.",
        ),
        (
            "Patroli dialogis di depan minimarket Jl. Kamboja, ktm juru parkir 2 org. Kata marbot"
            " musholla belakang kotak amal dicongkel minggu lalu. Situasi aman.",
            "Kata marbot musholla belakang kotak amal dicongkel minggu lalu.",
        ),
    ],
)
def test_what_was_heard_with_its_bare_source_is_a_finding(text: str, finding: str) -> None:
    assert parse_message(text, TODAY).findings.rstrip(".") == finding.rstrip(".")


@pytest.mark.parametrize(
    "text",
    [
        # "kata sambutan": the opening words of an event, nobody telling anything
        "Pengamanan pengajian di Masjid Al-Ikhlas Jl. Mawar. Kata sambutan disampaikan oleh"
        " ketua DKM. Acara selesai pkl 21.00 aman.",
        # "info" naming no one who told it
        "Sambang warung Jl. Kenanga, ktm pemilik. Info kamtibmas disebar lewat grup WA RT. Aman.",
    ],
)
def test_kata_or_info_before_no_source_is_no_finding(text: str) -> None:
    assert parse_message(text, TODAY).findings == ""


def test_a_labelled_info_keeps_dropping_its_label() -> None:
    # "Info warga: …" with a colon is a label, taken off as before
    text = "DDS Jl. Cempaka RT 03/05, 7 rmh, info warga: lampu gang mati seminggu, aman"
    assert findings_from_prose(text) == "lampu gang mati seminggu"


# --- a dispute named bare in the activity's clause ends at its place ------------------------
# ("Giat PS perselisihan parkir motor di Jl. X RT 07 RW 04, sdh damai": the stop of "Jl." is no
# end of the dispute; "perselisihan" named with its parties or matter runs on as before)


@pytest.mark.parametrize(
    ("text", "finding"),
    [
        (
            "Giat PS perselisihan pagar rumah di Jl. Melati RT 02 RW 04, sdh damai. Bripka Rudi",
            "perselisihan pagar rumah\nsdh damai",
        ),
        (
            "PS pertengkaran soal jemuran di Gg. Mawar RT 05, sdh damai. Aipda Tono",
            "pertengkaran soal jemuran di Gg. Mawar RT 05\nsdh damai",
        ),
    ],
)
def test_a_bare_dispute_ends_at_its_place(text: str, finding: str) -> None:
    assert parse_message(text, TODAY).findings.rstrip(".") == finding


def test_a_dispute_naming_its_parties_runs_on_to_its_stop() -> None:
    text = (
        "Problem solving di rumah Ketua RT 03. Terjadi perselisihan antara Sdr. Amir (40) dengan"
        " tetangganya Sdr. Bowo soal saluran air. Setelah musyawarah, kedua pihak sepakat membuat"
        " saluran bersama. Situasi aman."
    )
    findings = parse_message(text, TODAY).findings
    assert "Sdr. Bowo soal saluran air" in findings
    assert "kedua pihak sepakat membuat saluran bersama" in findings
