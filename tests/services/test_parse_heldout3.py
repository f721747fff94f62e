"""The parser on the third held-out corpus (tests/data/heldout3: 60
messages, 67 reports, nine styles among them dictated messages and blank
templates, `today` spread over late 2024–2026), written during round 3 by
someone who never saw the parser, and never shown to whoever tuned it — not
even as aggregates (round 4's tuner ran this test among the parser's and
saw it pass, no figure). Rounds 3 and 4 tuned on the development and second
held-out corpora; this one is an honest measure of the parser on text it was
not tuned on.

Only aggregate figures are printed. FLOORS hold what the parser reaches on
it now (strict, in the database: round 2 91.0 % precision / 83.9 % recall,
round 3 92.3 / 85.9, round 4 93.0 / 88.8), so that nothing slips back; the
issue's targets are printed beside them."""

from __future__ import annotations

import pytest
from parse_scoring import DATA, bhabin_areas, load, parser, score_corpus, table

HELDOUT3 = DATA / "heldout3"
TARGET_PRECISION = 0.95
TARGET_RECALL = 0.90
FLOOR_PRECISION = 0.92
FLOOR_RECALL = 0.88


def test_heldout3_is_frozen_and_whole() -> None:
    cases = load(HELDOUT3)
    assert len(cases) == 60
    assert sum(len(case.reports) for case in cases) == 67
    assert {case.style for case in cases} == {
        "numbered", "prose", "terse", "caps", "forwarded", "multi", "voice",
        "template-blank", "new",
    }  # fmt: skip


@pytest.fixture
def demo_actor(demo_target: str):
    from sambang_tui.services.admin import runtime

    runtime.connect(demo_target)
    return runtime.actor_for("desk")


def test_heldout3_strict_with_database(demo_actor) -> None:
    scores = score_corpus(load(HELDOUT3), parser(demo_actor), True, bhabin_areas(demo_actor))
    print()
    print(table("third held-out, strict, database", scores))
    total = scores["all"].total
    print(
        f"issue #15 targets: precision {total.precision:.1%} (≥ {TARGET_PRECISION:.0%}),"
        f" recall {total.recall:.1%} (≥ {TARGET_RECALL:.0%})"
    )
    assert total.precision >= FLOOR_PRECISION
    assert total.recall >= FLOOR_RECALL
