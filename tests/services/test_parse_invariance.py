"""The parser reads a message the same whatever surface habits its writer
has (parse_perturb.py): on the development corpus and the first held-out
one (99.6 / 99.6 as written), each surface change must score within a
point of as written, and two single reports joined in any of the ways
Bhabins join them (pasted one after the other, listed, headed, told on,
run into one line) within two. Round 17 found the surface changes costing
up to 7 points over the corpora read (lines run into one with ``|``: 92.9
/ 89.2 against 97.5 / 96.3) and brought each within 0.3 of as written;
round 18 added fifteen more habits (no space after punctuation 93.7 / 87.9,
typos 95.5 / 91.7, labels renamed 97.4 / 93.3 or emoji 96.8 / 94.5, the
appeal's verb another writer's 97.6 / 95.9 …) and two reports run into one
line (73.3 / 44.8, 3 of 33 split), and brought each change within 0.3 of
as written 97.9 / 96.9, and read 97–99 % of each join's pairs as two."""

from __future__ import annotations

from dataclasses import replace

import pytest
from parse_perturb import CHANGES, JOINS, changed_answers, joined
from parse_scoring import DEVELOPMENT, HELDOUT, Scores, bhabin_areas, load, parser, score_case

CASES = [*load(DEVELOPMENT), *load(HELDOUT)]
SLACK: dict[str, float] = {}  # below as written: a point unless named here
JOINED: dict[str, float] = {}  # two reports joined: two points below as written unless named here


def _score(actor, name: str) -> Scores:
    parse, officer_of = parser(actor), bhabin_areas(actor)
    scores = Scores()
    for case in CASES:
        change = CHANGES.get(name, lambda text, multi: text)
        text = change(case.text, len(case.reports) > 1)
        answers = replace(case, reports=changed_answers(name, case.reports))
        scores += score_case(answers, parse(text, case.today), True, officer_of)
    return scores


@pytest.fixture(scope="module")
def written(demo_actor_module) -> Scores:
    return _score(demo_actor_module, "as written")


@pytest.fixture(scope="module")
def demo_actor_module(tmp_path_factory):
    from parse_scoring import DEV_TODAY

    from sambang_tui.demo import build_demo
    from sambang_tui.services.admin import runtime

    path = tmp_path_factory.mktemp("invariance") / "demo.db"
    build_demo(str(path), today=DEV_TODAY, os_user="desk")
    runtime.connect(str(path))
    return runtime.actor_for("desk")


@pytest.mark.parametrize("name", list(CHANGES))
def test_a_surface_change_reads_as_written(name: str, demo_actor_module, written) -> None:
    slack = SLACK.get(name, 0.01)
    total, base = _score(demo_actor_module, name).total, written.total
    assert total.precision >= base.precision - slack, f"{name}: {total.line()} / {base.line()}"
    assert total.recall >= base.recall - slack, f"{name}: {total.line()} / {base.line()}"


@pytest.mark.parametrize("join", list(JOINS))
def test_two_reports_joined_read_as_two(join: str, demo_actor_module, written) -> None:
    parse, officer_of = parser(demo_actor_module), bhabin_areas(demo_actor_module)
    pairs = joined(CASES, join)
    scores, two = Scores(), 0
    for case in pairs:
        found = parse(case.text, case.today)
        two += len(found) == 2
        scores += score_case(case, found, True, officer_of)
    base, slack = written.total, JOINED.get(join, 0.02)
    assert pairs and two >= 0.9 * len(pairs), f"{join}: two reports in {two} of {len(pairs)}"
    assert scores.total.precision >= base.precision - slack, scores.total.line()
    assert scores.total.recall >= base.recall - slack, scores.total.line()
