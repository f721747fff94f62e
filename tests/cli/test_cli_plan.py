"""``sambang plan propose [--week DATE] [--apply]`` (issue 18)."""

from __future__ import annotations

from sambang_tui import cli
from sambang_tui.db.models import Plan
from sambang_tui.services.admin import runtime


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def plan_count(target: str) -> int:
    runtime.connect(target)
    try:
        return Plan.select().count()
    finally:
        runtime.close()


def test_propose_prints_then_apply_writes_then_nothing_is_left(demo_target, capsys) -> None:
    before = plan_count(demo_target)
    code, out, err = run(capsys, "plan", "propose", "--week", "10/12/2024", "--db", demo_target)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Usulan rencana minggu 09/12/2024–15/12/2024: ")
    proposed = int(lines[0].split(": ")[1].split(" ")[0])
    assert proposed > 0 and sum(1 for line in lines if " RW " in line and "SB" in line) == proposed
    assert "Belum disimpan" in out and plan_count(demo_target) == before
    code, out, err = run(
        capsys, "plan", "propose", "--week", "10/12/2024", "--apply", "--db", demo_target
    )
    assert code == 0, err
    assert out.splitlines()[-1] == f"{proposed} rencana disimpan."
    assert plan_count(demo_target) == before + proposed
    code, out, _ = run(capsys, "plan", "propose", "--week", "10/12/2024", "--db", demo_target)
    assert ": 0 rencana;" in out.splitlines()[0] and "52 sudah memenuhi" in out


def test_reader_may_look_but_not_apply_and_a_past_week_is_refused(
    demo_target, capsys, monkeypatch
) -> None:
    monkeypatch.setenv("SAMBANG_USER", "tamu")
    code, out, err = run(capsys, "plan", "propose", "--week", "10/12/2024", "--db", demo_target)
    assert code == 0 and out.startswith("Usulan"), err
    code, _, err = run(
        capsys, "plan", "propose", "--week", "10/12/2024", "--apply", "--db", demo_target
    )
    assert code == 1 and "hanya dapat melihat" in err and err.count("\n") == 1
    code, _, err = run(capsys, "plan", "propose", "--week", "01/11/2024", "--db", demo_target)
    assert code == 1 and "sudah lewat" in err
