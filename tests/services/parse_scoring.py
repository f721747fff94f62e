"""Scoring the chat-message parser against a corpus of messages with the
fields a desk officer would fill from them: field-level precision (filled
fields that are right) and recall (expected fields that were filled right).

Two corpora share one schema (``tests/data/heldout/README.md``):

* ``tests/data/messages`` — the development corpus, written beside the
  parser; every message is read as of 2024-12-04;
* ``tests/data/heldout`` — the frozen held-out corpus, written by someone
  who never saw the parser; each message carries its own ``today``, and a
  ``multi`` message a ``reports`` list (one expected report per activity).

Two scorers:

**lenient** (the first corpus test's): dates, times, RW/RT, situation,
kelurahan and officer must be equal (texts case-insensitively); each
activity type and each audience group (with its count) is a unit of its
own, so a message with SB and CS expected and SB found scores one right
and one missed; place, message and findings are right when their bags of
words (RT/RW numbers left out) reach an F1 of 0.8.

**strict** (issue #15): one unit per field and report, no partial credit —

* ``date``, ``start_time``, ``end_time``, ``rw``, ``rt``, ``situation``:
  exactly equal; start and end are separate fields, so a range where only
  a start was written costs an end time filled wrongly;
* ``officer``: without a database the name as written (case, spaces and
  trailing dots aside); with one, the kelurahan whose Bhabin the resolved
  officer is must be the expected ``officer_of``; ``kelurahan`` likewise
  by name, case aside;
* ``types``: the set of codes must be exactly the expected set;
* ``audience``: every group with its count exactly as expected, no group
  more or less (``{}`` expected and nothing found is not counted);
* ``place``, ``message``, ``findings``: both texts are case-folded and cut
  into word tokens (runs of letters and digits); the longest common
  subsequence of the two token lists (difflib's matching blocks) must
  cover at least 90 % of the expected tokens *and* 90 % of the found ones.
  Word order counts, nothing is left out of the comparison (RT/RW in a
  place are wrong), and a text that holds the expected one inside much
  more (a whole template as the message) fails.

A field counts only where something was expected or found: found and right
is *correct*; found where nothing was expected, or different, is *wrong*;
expected and not found is *missed*. Precision = correct / found; recall =
correct / expected. A multi-activity message's reports are compared in the
order written: report *n* found against report *n* expected; an expected
report nothing was found for is all missed, a report found beyond the
expected ones is all wrong.

Run ``python tests/services/parse_scoring.py [--db]`` for the tables by
field and by style. Per-message differences are printed for the
development corpus only (``--errors``): the held-out corpus stays out of
the tuning loop, so only its aggregate figures are ever shown.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
DEVELOPMENT = DATA / "messages"
HELDOUT = DATA / "heldout"
DEV_TODAY = dt.date(2024, 12, 4)

SCALARS = ("date", "start_time", "end_time", "officer", "kelurahan", "rw", "rt", "situation")
TEXTS = ("place", "message", "findings")
FIELDS = (*SCALARS[:5], "rw", "rt", "place", "types", "audience", "situation", *TEXTS[1:])
EMPTY = (None, "", [], {})
STRICT_OVERLAP = 0.9
LENIENT_F1 = 0.8


# --- the corpora -----------------------------------------------------------------


@dataclass
class Case:
    name: str
    text: str
    style: str
    today: dt.date
    reports: list[dict[str, Any]]  # what a desk officer fills, one per activity


def load(corpus: Path) -> list[Case]:
    out = []
    for path in sorted(corpus.glob("*.txt")):
        want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        today = dt.date.fromisoformat(want["today"]) if want.get("today") else DEV_TODAY
        reports = want.get("reports", [want])
        text = path.read_text(encoding="utf-8")
        out.append(Case(path.stem, text, want["style"], today, reports))
    return out


# --- scores -------------------------------------------------------------------------


@dataclass
class Score:
    correct: int = 0
    wrong: int = 0  # found, but not as expected (or nothing was expected)
    wrong_expected: int = 0  # the wrong ones where something was expected
    missed: int = 0  # expected, nothing found
    errors: list[str] = field(default_factory=list)

    @property
    def found(self) -> int:
        return self.correct + self.wrong

    @property
    def expected(self) -> int:
        return self.correct + self.missed + self.wrong_expected

    @property
    def precision(self) -> float:
        return self.correct / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 1.0

    def add(self, where: str, got: object, want: object, ok: bool) -> None:
        if got in EMPTY and want in EMPTY:
            return
        if got in EMPTY:
            self.missed += 1
            self.errors.append(f"{where} missed (want {want!r})")
        elif ok:
            self.correct += 1
        else:
            self.wrong += 1
            if want not in EMPTY:
                self.wrong_expected += 1
            self.errors.append(f"{where} = {got!r}, want {want!r}")

    def __iadd__(self, other: Score) -> Score:
        self.correct += other.correct
        self.wrong += other.wrong
        self.wrong_expected += other.wrong_expected
        self.missed += other.missed
        self.errors += other.errors
        return self

    def line(self) -> str:
        return (
            f"precision {self.precision:6.1%} ({self.correct}/{self.found}), "
            f"recall {self.recall:6.1%} ({self.correct}/{self.expected})"
        )


@dataclass
class Scores:
    """One Score per field; ``total`` sums them."""

    fields: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})

    @property
    def total(self) -> Score:
        out = Score()
        for score in self.fields.values():
            out += score
        return out

    def __iadd__(self, other: Scores) -> Scores:
        for name, score in other.fields.items():
            self.fields[name] += score
        return self


# --- comparing ----------------------------------------------------------------------


def _fold(value: str) -> str:
    return re.sub(r"\s+", " ", value.casefold()).strip().rstrip(".")


def _bag(text: str) -> list[str]:
    text = re.sub(r"\b(?:rt|rw)\b\.?\s*\d+", " ", text.casefold())
    return re.findall(r"[0-9a-z]+", text)


def lenient_text(got: str, want: str) -> bool:
    """Bags of words (RT/RW left out) with an F1 of at least 0.8."""
    a, b = Counter(_bag(got)), Counter(_bag(want))
    if not a or not b:
        return not a and not b
    common = sum((a & b).values())
    if not common:
        return False
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall) >= LENIENT_F1


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def strict_text(got: str, want: str) -> bool:
    """The common token subsequence covers 90 % of both texts."""
    a, b = tokens(got), tokens(want)
    if not a or not b:
        return not a and not b
    common = sum(
        block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    )
    return common / len(a) >= STRICT_OVERLAP and common / len(b) >= STRICT_OVERLAP


def found_fields(parsed: Any, officer_of: dict[int, str] | None) -> dict[str, Any]:
    """A ParsedMessage in the corpus' terms. ``officer_of`` maps officer
    ids to the kelurahan (lower case) they are the Bhabin of: given, the
    officer is scored as resolved in the database."""
    values = {
        "date": parsed.date.isoformat() if parsed.date else None,
        "start_time": parsed.start_time.strftime("%H:%M") if parsed.start_time else None,
        "end_time": parsed.end_time.strftime("%H:%M") if parsed.end_time else None,
        "kelurahan": parsed.kelurahan or None,
        "rw": parsed.rw,
        "rt": parsed.rt,
        "situation": parsed.situation,
        "place": parsed.place or "",
        "message": parsed.message or "",
        "findings": parsed.findings or "",
        "types": list(parsed.types),
        "audience": dict(parsed.audience),
    }
    if officer_of is None:
        values["officer"] = parsed.officer or None
    else:
        values["officer"] = officer_of.get(parsed.officer_id) if parsed.officer_id else None
    return values


def expected_fields(want: dict[str, Any], resolved: bool) -> dict[str, Any]:
    out = {key: want.get(key) for key in (*SCALARS, *TEXTS, "types", "audience")}
    for key in TEXTS:
        out[key] = out[key] or ""
    out["types"] = list(out["types"] or [])
    out["audience"] = dict(out["audience"] or {})
    if resolved:
        out["officer"] = want.get("officer_of")
    return out


def _scalar_ok(got: object, want: object) -> bool:
    if isinstance(got, str) and isinstance(want, str):
        return _fold(got) == _fold(want)
    return got == want


def score_report(where: str, got: dict[str, Any], want: dict[str, Any], strict: bool) -> Scores:
    scores = Scores()
    for key in SCALARS:
        scores.fields[key].add(
            f"{where}: {key}", got[key], want[key], _scalar_ok(got[key], want[key])
        )
    same = strict_text if strict else lenient_text
    for key in TEXTS:
        scores.fields[key].add(f"{where}: {key}", got[key], want[key], same(got[key], want[key]))
    if strict:
        g, w = got["types"], want["types"]
        scores.fields["types"].add(f"{where}: types", g, w, set(g) == set(w))
        g, w = got["audience"], want["audience"]
        scores.fields["audience"].add(f"{where}: audience", g, w, g == w)
        return scores
    want_types, got_types = set(want["types"]), set(got["types"])
    for code in sorted(want_types | got_types):
        scores.fields["types"].add(
            f"{where}: type {code}",
            code if code in got_types else None,
            code if code in want_types else None,
            code in got_types and code in want_types,
        )
    want_aud, got_aud = want["audience"], got["audience"]
    for cat in sorted(set(want_aud) | set(got_aud)):
        g = f"{cat}={got_aud[cat]}" if cat in got_aud else None
        w = f"{cat}={want_aud[cat]}" if cat in want_aud else None
        scores.fields["audience"].add(f"{where}: audience {cat}", g, w, g == w)
    return scores


_NOTHING = {key: None for key in SCALARS} | {
    "place": "", "message": "", "findings": "", "types": [], "audience": {}
}  # fmt: skip


def score_case(
    case: Case, found: list[Any], strict: bool, officer_of: dict[int, str] | None = None
) -> Scores:
    """``found`` (ParsedMessages, one per activity recognised) against the
    case's expected reports, paired in order."""
    scores = Scores()
    got = [found_fields(p, officer_of) for p in found]
    want = [expected_fields(w, officer_of is not None) for w in case.reports]
    for index in range(max(len(got), len(want))):
        where = case.name if len(want) == 1 and len(got) <= 1 else f"{case.name}#{index + 1}"
        g = got[index] if index < len(got) else _NOTHING
        w = want[index] if index < len(want) else _NOTHING
        scores += score_report(where, g, w, strict)
    return scores


Parse = Callable[[str, dt.date], list[Any]]


def score_corpus(
    cases: Iterable[Case], parse: Parse, strict: bool, officer_of: dict[int, str] | None = None
) -> dict[str, Scores]:
    """Scores by style, and over all under ``"all"``."""
    out: dict[str, Scores] = {"all": Scores()}
    for case in cases:
        scores = score_case(case, parse(case.text, case.today), strict, officer_of)
        out.setdefault(case.style, Scores())
        out[case.style] += scores
        out["all"] += scores
    return out


def table(title: str, by_style: dict[str, Scores]) -> str:
    """Aggregate figures only: overall, by style, by field."""
    lines = [title, f"  {'all':<12} {by_style['all'].total.line()}"]
    for style, scores in by_style.items():
        if style != "all":
            lines.append(f"  {style:<12} {scores.total.line()}")
    lines.append("  by field:")
    for name, score in by_style["all"].fields.items():
        if score.found or score.expected:
            lines.append(f"    {name:<12} {score.line()}")
    return "\n".join(lines)


# --- running it -----------------------------------------------------------------------


def bhabin_areas(actor: Any, today: dt.date = DEV_TODAY) -> dict[int, str]:
    """Officer id -> the kelurahan (lower case) they are the Bhabin of."""
    from sambang_tui.services.master import lookup

    names = {c.id: c.label.casefold() for c in lookup.kelurahan(actor)}
    out = {}
    for choice in lookup.officers(actor, limit=500):
        kel_id = lookup.assigned_kelurahan(choice.id, today)
        if kel_id is not None:
            out[choice.id] = names[kel_id]
    return out


def parser(actor: Any = None) -> Parse:
    """The parser as the paste dialog runs it: every report a message holds."""
    from sambang_tui.services import parse

    reports = getattr(parse, "parse_reports", None)
    if reports is not None:
        return lambda text, today: reports(text, today=today, actor=actor)
    return lambda text, today: [parse.parse_message(text, today=today, actor=actor)]


def main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", action="store_true", help="resolve in a fresh demo database")
    ap.add_argument(
        "--demo", metavar="PATH", help="with --db: this demo database (built if missing)"
    )
    ap.add_argument("--errors", action="store_true", help="development corpus: every miss")
    args = ap.parse_args(argv)
    actor, officer_of = None, None
    if args.db:
        from sambang_tui.demo import build_demo
        from sambang_tui.services.admin import runtime

        path = Path(args.demo) if args.demo else Path(tempfile.mkdtemp()) / "demo.db"
        if not path.exists():
            build_demo(str(path), today=DEV_TODAY, os_user="desk")
        runtime.connect(str(path))
        actor = runtime.actor_for("desk")
        officer_of = bhabin_areas(actor)
    where = "resolved in the demo database" if args.db else "text only"
    for label, corpus in (("development", DEVELOPMENT), ("held-out", HELDOUT)):
        cases = load(corpus)
        for strict in (False, True):
            kind = "strict" if strict else "lenient"
            scores = score_corpus(cases, parser(actor), strict, officer_of)
            print(table(f"{label} ({len(cases)} messages), {kind}, {where}", scores))
            if args.errors and corpus == DEVELOPMENT:
                for error in scores["all"].total.errors:
                    print("   ", error)
            print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
