"""The parser on the frozen held-out corpus (tests/data/heldout: 64 messages,
70 reports, written by someone who never saw the parser), strictly scored
as the paste dialog reads them: resolved in the demo database.

Only aggregate figures are printed — the corpus is kept out of the tuning
loop. Issue #15 asks for precision ≥ 95 %, recall ≥ 90 %, every field's
recall ≥ 85 % (message and findings ≥ 75 %). FLOORS hold what the parser
reaches now, so that nothing slips back; the issue's targets are printed
beside the figures with what is still short of them."""

from __future__ import annotations

import pytest
from parse_scoring import HELDOUT, bhabin_areas, load, parser, score_corpus, table

TARGET_PRECISION = 0.95
TARGET_RECALL = 0.90
TARGET_FIELD_RECALL = {"message": 0.75, "findings": 0.75}  # every other field: 0.85

# round 2 reached 96.3 % / 94.9 % (round 1: 94.2 / 90.5)
FLOOR_PRECISION = 0.96
FLOOR_RECALL = 0.94
# fields whose recall is below the target yet: their floor (audience 78.6 %)
FIELD_FLOORS = {"audience": 0.78}


def test_heldout_is_frozen_and_whole() -> None:
    cases = load(HELDOUT)
    assert len(cases) == 64
    assert sum(len(case.reports) for case in cases) == 70
    assert {case.style for case in cases} == {
        "numbered", "prose", "terse", "caps", "forwarded", "multi",
    }  # fmt: skip


@pytest.fixture
def demo_actor(demo_target: str):
    from sambang_tui.services.admin import runtime

    runtime.connect(demo_target)
    return runtime.actor_for("desk")


def test_heldout_strict_with_database(demo_actor) -> None:
    scores = score_corpus(load(HELDOUT), parser(demo_actor), True, bhabin_areas(demo_actor))
    print()
    print(table("held-out, strict, database", scores))
    total = scores["all"].total
    short = []
    if total.precision < TARGET_PRECISION:
        short.append(f"precision {total.precision:.1%} < {TARGET_PRECISION:.0%}")
    if total.recall < TARGET_RECALL:
        short.append(f"recall {total.recall:.1%} < {TARGET_RECALL:.0%}")
    for name, score in scores["all"].fields.items():
        target = TARGET_FIELD_RECALL.get(name, 0.85)
        if score.expected and score.recall < target:
            short.append(f"{name} recall {score.recall:.1%} < {target:.0%}")
    print("issue #15 targets not met yet:", "; ".join(short) or "none")
    assert total.precision >= FLOOR_PRECISION
    assert total.recall >= FLOOR_RECALL
    for name, score in scores["all"].fields.items():
        floor = FIELD_FLOORS.get(name, TARGET_FIELD_RECALL.get(name, 0.85))
        assert score.recall >= floor, f"{name}: {score.recall:.1%} < {floor:.0%}"


def test_heldout_lenient_text_only() -> None:
    """Without a database (names as written) and by the lenient scorer:
    the figures the first corpus test used."""
    scores = score_corpus(load(HELDOUT), parser(), False)
    print()
    print(table("held-out, lenient, text only", scores))
    total = scores["all"].total
    assert total.precision >= 0.96  # round 2: 96.4 %
    assert total.recall >= 0.94  # 94.2 %
