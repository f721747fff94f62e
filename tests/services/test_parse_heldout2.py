"""The parser on the second held-out corpus (tests/data/heldout2: 60
messages, 67 reports, seven styles, `today` spread over 2024–2025), written
after round 1 by someone who never saw the parser, and never shown to whoever
tuned it until round 2. Round 2 scored it once, never seen: 91.6 % precision
/ 84.5 % recall (strict, in the database; round 1: 90.0 / 82.7). Round 3
then TUNED ON IT (its messages and misses read, general rules added, each
with an invented unit test in test_parse_round3.py): 97.1 / 94.9. From
round 3 on it is a development corpus, and its figures say "tuned on"; the
honest measure of round 3 is the third held-out corpus, which it never saw.

Only aggregate figures are printed. FLOORS hold what the parser reaches on
it now, a little below, so that nothing slips back; the issue's targets are
printed beside them."""

from __future__ import annotations

import pytest
from parse_scoring import DATA, bhabin_areas, load, parser, score_corpus, table

HELDOUT2 = DATA / "heldout2"
TARGET_PRECISION = 0.95
TARGET_RECALL = 0.90
FLOOR_PRECISION = 0.97
FLOOR_RECALL = 0.95


def test_heldout2_is_frozen_and_whole() -> None:
    cases = load(HELDOUT2)
    assert len(cases) == 60
    assert sum(len(case.reports) for case in cases) == 67
    assert {case.style for case in cases} == {
        "numbered", "prose", "terse", "caps", "forwarded", "multi", "new",
    }  # fmt: skip


@pytest.fixture
def demo_actor(demo_target: str):
    from sambang_tui.services.admin import runtime

    runtime.connect(demo_target)
    return runtime.actor_for("desk")


def test_heldout2_strict_with_database(demo_actor) -> None:
    scores = score_corpus(load(HELDOUT2), parser(demo_actor), True, bhabin_areas(demo_actor))
    print()
    print(table("second held-out, strict, database", scores))
    total = scores["all"].total
    print(
        f"issue #15 targets: precision {total.precision:.1%} (≥ {TARGET_PRECISION:.0%}),"
        f" recall {total.recall:.1%} (≥ {TARGET_RECALL:.0%})"
    )
    assert total.precision >= FLOOR_PRECISION
    assert total.recall >= FLOOR_RECALL
