"""Field-level precision and recall of the chat-message parser over the
development corpus in tests/data/messages (each NN_name.txt with
NN_name.json holding what a desk officer would fill from it), by the two
scorers of parse_scoring.py: the lenient one (types and audience groups
one by one, texts by their words) and the strict one (issue #15)."""

from __future__ import annotations

import textwrap
from collections import Counter

import pytest
from parse_scoring import DEVELOPMENT, bhabin_areas, load, parser, score_corpus, table

STYLES = ("numbered", "prose", "terse")


def test_corpus_is_large_and_complete() -> None:
    corpus = load(DEVELOPMENT)
    assert len(corpus) >= 100
    styles = Counter(case.style for case in corpus)
    assert set(STYLES) | {"caps", "forwarded", "multi"} == set(styles)
    kelurahan = {report["kelurahan"] for case in corpus for report in case.reports}
    assert {"Senen", "Kwitang", "Kenari", "Paseban", "Kramat", "Bungur"} <= kelurahan
    assert sum(len(case.reports) > 1 for case in corpus) >= 4


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_corpus_text_only(strict: bool) -> None:
    scores = score_corpus(load(DEVELOPMENT), parser(), strict)
    print()
    print(table(f"development, {'strict' if strict else 'lenient'}, text only", scores))
    total = scores["all"].total
    for line in total.errors:
        print("   ", line)
    assert total.precision >= 0.95
    assert total.recall >= 0.85
    for style in STYLES:
        assert scores[style].total.precision >= 0.93, style
        assert scores[style].total.recall >= 0.80, style


@pytest.fixture
def demo_actor(demo_target: str):
    from sambang_tui.services.admin import runtime

    runtime.connect(demo_target)
    return runtime.actor_for("desk")


@pytest.mark.parametrize("strict", [False, True], ids=["lenient", "strict"])
def test_corpus_with_database(demo_actor, strict: bool) -> None:
    """The full parse, as `sambang parse` and the paste dialog run it:
    officers and kelurahan resolved in the demo database of Polsek Senen."""
    scores = score_corpus(load(DEVELOPMENT), parser(demo_actor), strict, bhabin_areas(demo_actor))
    print()
    print(table(f"development, {'strict' if strict else 'lenient'}, database", scores))
    total = scores["all"].total
    for line in total.errors:
        print("   ", line)
    assert total.precision >= 0.95
    assert total.recall >= 0.90
    for style, style_scores in scores.items():
        assert style_scores.total.precision >= 0.93, style
        assert style_scores.total.recall >= 0.85, style


def hard_wrap(text: str, width: int) -> str:
    """``text`` as a phone or a narrow screen breaks it: every line cut at
    ``width`` columns, between words."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, width)) if line.strip() else "" for line in text.split("\n")
    )


@pytest.mark.parametrize("width", [30, 40, 60])
def test_corpus_hard_wrapped_text_only(width: int) -> None:
    """The same messages with their lines broken mid-sentence: the figures
    stay close to those of the messages as written."""
    read = parser()
    scores = score_corpus(
        load(DEVELOPMENT), lambda text, today: read(hard_wrap(text, width), today), strict=False
    )
    print()
    print(table(f"development wrapped at {width} columns, lenient, text only", scores))
    total = scores["all"].total
    assert total.precision >= 0.95
    assert total.recall >= 0.85
