"""``sambang review submit|verify|return NUMBER [--note TEXT]`` (issue 11,
point 3): the detail screen's rules, tightened, from the command line."""

from __future__ import annotations

import pytest

from sambang_tui import cli
from sambang_tui.db.models import Report
from sambang_tui.services.admin import runtime


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def waiting(demo_target: str) -> str:
    runtime.connect(demo_target)
    try:
        return (
            Report.select()
            .where((Report.status == "diajukan") & Report.deleted_at.is_null())
            .order_by(Report.id)
            .first()
            .number
        )
    finally:
        runtime.close()


def status(target: str, number: str) -> tuple[str, str]:
    runtime.connect(target)
    try:
        row = Report.get(Report.number == number)
        return row.status, row.review_note
    finally:
        runtime.close()


def test_the_whole_way_through_review(demo_target: str, waiting: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    code, _, err = run(capsys, "review", "return", waiting, "--db", demo_target)
    assert code == 1 and "Catatan pengembalian wajib" in err and err.count("\n") == 1
    code, out, err = run(
        capsys, "review", "return", waiting, "--note", "Lengkapi jumlah warga.", "--db", demo_target
    )
    assert code == 0, err
    assert out.strip() == f"Laporan {waiting} dikembalikan."
    code, _, err = run(capsys, "review", "verify", waiting, "--db", demo_target)
    assert code == 1 and "mengajukannya lagi" in err
    assert status(demo_target, waiting) == ("dikembalikan", "Lengkapi jumlah warga.")
    monkeypatch.setenv("SAMBANG_USER", "desk")
    code, out, err = run(capsys, "review", "submit", waiting, "--db", demo_target)
    assert code == 0, err
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    code, out, err = run(capsys, "review", "verify", waiting, "--db", demo_target)
    assert code == 0, err
    assert status(demo_target, waiting)[0] == "diverifikasi"


def test_an_admin_desk_may_not_verify(demo_target: str, waiting: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_USER", "desk")  # the demo's admin
    code, _, err = run(capsys, "review", "verify", waiting, "--db", demo_target)
    assert code == 1
    assert "Hanya Kanit Binmas, Kapolsek atau Wakapolsek" in err and "Traceback" not in err
    assert status(demo_target, waiting)[0] == "diajukan"


def test_nobody_verifies_their_own_report(
    demo_target: str, waiting: str, capsys, monkeypatch
) -> None:
    runtime.connect(demo_target)
    Report.update(created_by="kapolsek").where(Report.number == waiting).execute()
    runtime.close()
    monkeypatch.setenv("SAMBANG_USER", "kapolsek")
    code, _, err = run(capsys, "review", "verify", waiting, "--db", demo_target)
    assert code == 1 and "dibuat oleh Anda" in err
    assert status(demo_target, waiting)[0] == "diajukan"


def test_an_unknown_number(demo_target: str, capsys, monkeypatch) -> None:
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    code, _, err = run(capsys, "review", "verify", "LK/99999/I/2024", "--db", demo_target)
    assert code == 1 and "tidak ditemukan" in err
    code, _, err = run(capsys, "review", "approve", "LK/1/I/2024", "--db", demo_target)
    assert code == 2


def test_short_numbers_as_every_other_command_takes_them(
    demo_target: str, waiting: str, capsys, monkeypatch
) -> None:
    """``review verify 80`` and ``80/2024`` find the report, as ``report
    kegiatan 80`` does (the one finder, ``reports.find``)."""
    _, seq, month, year = waiting.split("/")
    assert year == "2024"  # today's year in the demo: the bare number is this year's
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    code, out, err = run(
        capsys, "review", "return", f"{seq}/{year}", "--note", "Lengkapi.", "--db", demo_target
    )
    assert code == 0, err
    assert out.strip() == f"Laporan {waiting} dikembalikan."
    monkeypatch.setenv("SAMBANG_USER", "desk")
    code, out, err = run(
        capsys, "review", "submit", f"lk/{seq}/{month.lower()}/{year}", "--db", demo_target
    )
    assert code == 0, err
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    code, out, err = run(capsys, "review", "verify", seq, "--db", demo_target)
    assert code == 0, err
    assert out.strip() == f"Laporan {waiting} diverifikasi."
    code, _, err = run(capsys, "review", "verify", "99999", "--db", demo_target)
    assert code == 1 and "Laporan '99999' tidak ditemukan." in err


def test_the_kanit_who_returned_a_report_does_not_submit_it(
    demo_target: str, waiting: str, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("SAMBANG_USER", "kanit")
    code, _, err = run(
        capsys, "review", "return", waiting, "--note", "Lengkapi.", "--db", demo_target
    )
    assert code == 0, err
    code, _, err = run(capsys, "review", "submit", waiting, "--db", demo_target)
    assert code == 1 and "hanya dapat diajukan oleh pembuatnya" in err and "Traceback" not in err
    assert status(demo_target, waiting)[0] == "dikembalikan"
