"""The chat-message parser, round 25: whom the officer met, only where a
pattern recurs in three or more corpora and gains in two or more writer
pools. Every example is invented (styles Bhabins write, at least one case
per rule where it must not apply)."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import parse_message
from sambang_tui.services.parse.audience import find_audience
from sambang_tui.services.parse.labels import label_kind

TODAY = dt.date(2026, 2, 11)  # a Wednesday


# --- a dispute form's "Saksi :" line names people met, and its "Pihak I / II" lines the
# parties (heldout18, 40, 41: "Saksi : Ketua RT 05 & Bpk. H. X (tomas)", "Pihak I : Bpk. X")


@pytest.mark.parametrize(
    "label",
    ["Saksi", "Para saksi", "Saksi-saksi", "Pihak I", "Pihak II", "Pihak 1", "Pihak kedua"],
)
def test_dispute_form_labels_name_whom_he_met(label: str) -> None:
    assert label_kind(label) == "audience"


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        (
            "*LAPORAN PS*\n1. Hari/tgl : Selasa 10/2/2026\n2. Jam : 19.30 WIB\n"
            "3. Tempat : rumah Ketua RT 04 RW 02 Jl. Anggrek\n"
            "4. Para pihak : Sdr. Bowo dan Sdr. Andri (warga RT 04)\n"
            "5. Permasalahan : jemuran menghalangi jalan gang\n"
            "6. Saksi : Ketua RT 04 Bpk. Samsul & Bpk. H. Rosyid (tomas)\n"
            "7. Sikon : aman\nAipda Rahmat",
            {"warga": 2, "perangkat_rt_rw": 1, "tokoh_masyarakat": 1},
        ),
        (
            "LAPORAN PROBLEM SOLVING\nTgl : 10 Februari 2026\nLokasi : Jl. Melati No. 3\n"
            "Pihak I : Ibu Warsini\nPihak II : Bpk. Tarjo\n"
            "Masalah : pohon mangga Bpk. Tarjo menjorok ke atap Ibu Warsini\n"
            "Saksi : Ketua RT 03\nSituasi : aman\nPelapor : Bripka Dedi",
            {"warga": 2, "perangkat_rt_rw": 1},
        ),
    ],
)
def test_witnesses_and_parties_of_a_dispute_form_are_met(
    text: str, audience: dict[str, int | None]
) -> None:
    assert parse_message(text, TODAY).audience == audience


def test_witness_label_is_no_election_witness() -> None:
    # the label heads whom it names: no "saksi" of other besides
    said = "Pihak : Bpk. Anwar dan Bpk. Juned\nSaksi : Ketua RW 05, Bpk. Karim (Ketua RT 02)"
    assert find_audience("", "Jl. Kenanga", said) == {"warga": 2, "perangkat_rt_rw": 2}


def test_name_above_the_witnesses_is_not_their_role() -> None:
    # "Bpk. Hendra" closes the parties' line; the Ketua RT on the next is someone else
    said = "Pihak I : Bpk. Yono\nPihak II : Bpk. Hendra\nSaksi : Ketua RT 07"
    assert find_audience("", "Jl. Kenanga", said) == {"warga": 2, "perangkat_rt_rw": 1}


def test_witnesses_only_counted_keep_their_label() -> None:
    # must not apply: a count of witnesses names no one, the label is the only kind said
    assert find_audience("", "TPS 05", "Saksi : 4 org") == {"other": 4}


def test_saksi_as_a_word_in_a_list_is_still_other() -> None:
    # must not apply: election witnesses listed among those met at a polling station
    said = "Sasaran : KPPS 7 org, saksi 3 org, linmas 2 org"
    assert find_audience("", "TPS 05", said) == {"other": 12}
