"""Rules first, the learned clause classifier after (issue 15): it fills an
appeal or findings the rules left empty, only from lines under no label,
only in a message of one activity, and never replaces what the rules read."""

from __future__ import annotations

import datetime as dt

import pytest

from sambang_tui.services.parse import learned, parser

TODAY = dt.date(2026, 12, 7)

# the rules read the appeal ("Dihimbau …") but no finding: "Menurut warga …"
# names no label and no verb of theirs; the classifier takes it
HEARD = (
    "DDS di Jl Paseban Raya RT 03 RW 02 bersama 10 warga. Menurut warga ada rumah kosong yg "
    "sering dipakai nongkrong anak muda sampai larut. Dihimbau orang tua mengawasi anaknya. "
    "Aiptu Heri"
)


def _rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser, "_fill_from_clauses", lambda *args: None)


def test_a_finding_the_rules_miss_comes_from_the_classifier(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with_classifier = parser.parse_message(HEARD, TODAY)
    _rules_only(monkeypatch)
    rules = parser.parse_message(HEARD, TODAY)
    assert rules.findings == ""
    assert with_classifier.findings == (
        "Menurut warga ada rumah kosong yg sering dipakai nongkrong anak muda sampai larut"
    )
    assert with_classifier.message == rules.message == "Dihimbau orang tua mengawasi anaknya."
    assert with_classifier.narrative == rules.narrative  # it stays in the prose, as the rules' do
    assert "findings" in with_classifier.filled  # marked for the desk to check


def test_what_the_rules_read_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        learned, "guess", lambda text, within=None: learned.Guess("lain", "lain juga")
    )
    parsed = parser.parse_message(HEARD, TODAY)
    assert parsed.message == "Dihimbau orang tua mengawasi anaknya."
    assert parsed.findings == "lain juga"  # the one field the rules left empty


def test_a_message_of_several_activities_is_left_to_the_rules(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(text: str, within: str | None = None) -> learned.Guess:
        raise AssertionError("the classifier was asked")

    monkeypatch.setattr(learned, "guess", fail)
    reports = parser.parse_reports(
        "Giat 1: sambang Jl Kenari II jam 09.00 ketemu 4 warga, aman\n"
        "Giat 2: DDS Jl Kenari Raya jam 13.00, aman\nBripka Agus",
        TODAY,
    )
    assert len(reports) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Hari/Tgl : Selasa, 10 Februari 2026\nKegiatan : Patroli\nKesimpulan : perlu patroli "
        "tambahan di gang buntu\nSituasi : aman",
        "Kegiatan : DDS\nTanggal : 9/2/2026\nHimbauan : -\nKeluhan/Harapan : nihil\nSituasi : aman",
    ],
)
def test_a_labelled_line_is_the_rules_to_read(text: str) -> None:
    """What the rules decided of a label (a judgement is no finding, a blank
    field is empty) the classifier does not overrule."""
    parsed = parser.parse_message(text, TODAY)
    assert (parsed.message, parsed.findings) == ("", "")


def test_the_classifier_sees_only_the_unlabelled_lines() -> None:
    assert learned.guess(HEARD, within="").findings == ""
    assert learned.guess(HEARD, within=HEARD).findings
