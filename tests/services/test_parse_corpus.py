"""Field-level precision and recall of the chat-message parser over the
corpus in tests/data/messages (each NN_name.txt with NN_name.json holding
what a desk officer would fill from it).

A fill is correct when it equals the expected value (texts: nearly the
same words, RT/RW left aside since they are fields of their own); a fill
where nothing was expected, or a different value, is a wrong fill."""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sambang_tui.services.parse import ParsedMessage, parse_message

CORPUS = Path(__file__).resolve().parent.parent / "data" / "messages"
TODAY = dt.date(2024, 12, 4)
SCALARS = ("date", "start_time", "end_time", "officer", "kelurahan", "rw", "rt", "situation")
TEXTS = ("place", "message", "findings")
STYLES = ("numbered", "prose", "terse")


def load_corpus() -> list[tuple[str, str, dict]]:
    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((path.stem, path.read_text(encoding="utf-8"), expected))
    return out


def _tokens(text: str) -> list[str]:
    text = re.sub(r"\b(?:rt|rw)\b\.?\s*\d+", " ", text.casefold())
    return re.findall(r"[0-9a-z]+", text)


def same_text(got: str, want: str, threshold: float = 0.8) -> bool:
    a, b = Counter(_tokens(got)), Counter(_tokens(want))
    if not a or not b:
        return not a and not b
    common = sum((a & b).values())
    if not common:
        return False
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall) >= threshold


@dataclass
class Score:
    correct: int = 0
    wrong: int = 0  # filled but not as expected
    missed: int = 0  # expected but left empty
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        filled = self.correct + self.wrong
        return self.correct / filled if filled else 1.0

    @property
    def recall(self) -> float:
        expected = self.correct + self.missed + self.wrong_expected
        return self.correct / expected if expected else 1.0

    wrong_expected: int = 0  # wrong fills where a value was expected

    def add(self, name: str, key: str, got: object, want: object, ok: bool) -> None:
        if got in (None, "", []) and want in (None, "", []):
            return
        if got in (None, "", []):
            self.missed += 1
            self.errors.append(f"{name}: {key} missed (want {want!r})")
        elif ok:
            self.correct += 1
        else:
            self.wrong += 1
            if want not in (None, "", []):
                self.wrong_expected += 1
            self.errors.append(f"{name}: {key} = {got!r}, want {want!r}")


def actual_fields(parsed: ParsedMessage, resolved: dict[str, str] | None) -> dict:
    """The parser's answer in the corpus' terms. ``resolved`` maps officer
    ids to the kelurahan whose Bhabin they are (the corpus' officer_of)."""
    values = {
        "date": parsed.date.isoformat() if parsed.date else None,
        "start_time": parsed.start_time.strftime("%H:%M") if parsed.start_time else None,
        "end_time": parsed.end_time.strftime("%H:%M") if parsed.end_time else None,
        "kelurahan": parsed.kelurahan or None,
        "rw": parsed.rw,
        "rt": parsed.rt,
        "situation": parsed.situation,
        "place": parsed.place,
        "message": parsed.message,
        "findings": parsed.findings,
        "types": parsed.types,
        "audience": parsed.audience,
    }
    if resolved is None:
        values["officer"] = parsed.officer or None
    else:
        values["officer"] = resolved.get(parsed.officer_id) if parsed.officer_id else None
    return values


def score_message(
    name: str, parsed: ParsedMessage, want: dict, score: Score, resolved=None
) -> None:
    got = actual_fields(parsed, resolved)
    expected = dict(want)
    if resolved is not None:
        expected["officer"] = want.get("officer_of")
    for key in SCALARS:
        g, w = got[key], expected.get(key)
        ok = isinstance(g, str) and isinstance(w, str) and g.casefold() == w.casefold() or g == w
        score.add(name, key, g, w, ok)
    for key in TEXTS:
        g, w = got[key] or "", expected.get(key) or ""
        score.add(name, key, g, w, same_text(g, w))
    want_types, got_types = set(expected.get("types") or []), set(got["types"])
    for code in want_types | got_types:
        score.add(
            name,
            f"type {code}",
            code if code in got_types else None,
            code if code in want_types else None,
            code in got_types and code in want_types,
        )
    want_aud, got_aud = expected.get("audience") or {}, got["audience"]
    for cat in set(want_aud) | set(got_aud):
        g = f"{cat}={got_aud[cat]}" if cat in got_aud else None
        w = f"{cat}={want_aud[cat]}" if cat in want_aud else None
        score.add(name, f"audience {cat}", g, w, g == w)


def report(title: str, score: Score) -> str:
    return (
        f"{title}: precision {score.precision:.1%} ({score.correct}/{score.correct + score.wrong}), "
        f"recall {score.recall:.1%} ({score.correct}/{score.correct + score.missed + score.wrong_expected})"
    )


def test_corpus_is_large_and_complete() -> None:
    corpus = load_corpus()
    assert len(corpus) >= 40
    styles = Counter(want["style"] for _, _, want in corpus)
    assert set(styles) == set(STYLES)
    kelurahan = {want["kelurahan"] for _, _, want in corpus}
    assert {"Senen", "Kwitang", "Kenari", "Paseban", "Kramat", "Bungur"} <= kelurahan


def test_corpus_precision_and_recall_text_only() -> None:
    score = Score()
    for name, text, want in load_corpus():
        score_message(name, parse_message(text, today=TODAY), want, score)
    print()
    print(report("corpus, text only", score))
    for line in score.errors:
        print("  ", line)
    assert score.precision >= 0.95
    assert score.recall >= 0.85


@pytest.mark.parametrize("style", STYLES)
def test_corpus_by_style_text_only(style: str) -> None:
    score = Score()
    for name, text, want in load_corpus():
        if want["style"] == style:
            score_message(name, parse_message(text, today=TODAY), want, score)
    print()
    print(report(f"{style}, text only", score))
    assert score.precision >= 0.95
    assert score.recall >= 0.80


@pytest.fixture
def demo_actor(demo_target: str):
    from sambang_tui.services import runtime

    runtime.connect(demo_target)
    return runtime.actor_for("desk")


def bhabin_areas(actor) -> dict[int, str]:
    """Officer id -> the kelurahan (lower case) they are assigned to."""
    from sambang_tui.services import lookup

    names = {c.id: c.label.casefold() for c in lookup.kelurahan(actor)}
    out = {}
    for choice in lookup.officers(actor, limit=500):
        kel_id = lookup.assigned_kelurahan(choice.id, TODAY)
        if kel_id is not None:
            out[choice.id] = names[kel_id]
    return out


def test_corpus_precision_and_recall_with_database(demo_actor) -> None:
    """The full parse, as `sambang parse` and the paste dialog run it:
    officers and kelurahan resolved in the demo database of Polsek Senen."""
    areas = bhabin_areas(demo_actor)
    score = Score()
    by_style = {style: Score() for style in STYLES}
    for name, text, want in load_corpus():
        parsed = parse_message(text, today=TODAY, actor=demo_actor)
        score_message(name, parsed, want, score, resolved=areas)
        score_message(name, parsed, want, by_style[want["style"]], resolved=areas)
    print()
    print(report("corpus, resolved in the demo database", score))
    for style, style_score in by_style.items():
        print(report(f"  {style}", style_score))
    for line in score.errors:
        print("  ", line)
    assert score.precision >= 0.95
    assert score.recall >= 0.85
    for style_score in by_style.values():
        assert style_score.precision >= 0.95
        assert style_score.recall >= 0.80


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
    score = Score()
    for name, text, want in load_corpus():
        score_message(name, parse_message(hard_wrap(text, width), today=TODAY), want, score)
    print()
    print(report(f"corpus wrapped at {width} columns, text only", score))
    assert score.precision >= 0.95
    assert score.recall >= 0.85
