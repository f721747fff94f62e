"""The learned clause classifier (issue 15): which clauses of a chat message are
the kamtibmas message (the appeal) and which the findings.

``guess(text) -> Guess(message, findings)``. The rule parser stays first; this is
its fallback for a field the rules left empty (tested on two corpora nobody had
seen, heldout19/20: +10 correct, +12 found over the rules alone).

The message is cut into units (a line, without a leading ``Label :``, split on
``". "`` and ``"; "``); each unit is classed OTHER / MESSAGE / FINDINGS by a
multinomial logistic regression trained by ``scripts/train_clause_model.py``
(scikit-learn, on the development corpora) and stored in ``clause_model.json``
beside this module. Here it is recomputed in plain Python, as scikit-learn
computes it: word 1-2-gram and char_wb 2-5-gram tf-idf (sublinear tf, each
block L2-normalised), structural features (position, length, labels, the
previous unit's first words), softmax of ``X·Wᵀ + b``. The training script
checks, for every unit of every corpus, that the probabilities here equal
scikit-learn's within 1e-4.

The model is read once, on the first guess (importing this module reads nothing).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

MODEL_PATH = Path(__file__).resolve().with_name("clause_model.json")
FORMAT = 1
CLASSES = ("OTHER", "MESSAGE", "FINDINGS")
MESSAGE, FINDINGS = 1, 2


@dataclass(frozen=True)
class Guess:
    message: str
    findings: str


@dataclass(frozen=True, slots=True)
class Unit:
    """A clause: its span in the text, its text, the label of its line (``own``, on
    the line's first unit only), whether its line had one, the latest label above
    it (``section``), whether it starts its line, and the line's number."""

    start: int
    end: int
    text: str
    own: str
    own_any: bool
    section: str
    first: bool
    line: int


# --- units ---------------------------------------------------------------------------

# a leading "Label :" (after bullets, emoji, "1." or "a)"), of 1-5 words. The training
# wrote the lead-in as ``\s*(?:[^\w\s]+\s*)*``: the same strings as ``\W*``, but it took
# seconds (and doubled with each character) on a line of 25 "=" that held no label.
LABEL = re.compile(
    r"^\W*(?:(?:\d{1,2}|[A-Za-z])[.)]\s*)?"
    r"(?P<label>[A-Za-z][A-Za-z /&().'-]{0,40}?)\s*:\s*(?P<rest>.*)$"
)
SPLIT = re.compile(r"[.;]\s+")
_WORD_CHAR = re.compile(r"\w")
_TOKEN = re.compile(r"\w+")
_LETTERS = re.compile(r"[a-z]+")


def units_of(text: str) -> list[Unit]:
    """The units of a message, in order; a label-only line yields none but sets the
    section of the units below it."""
    units: list[Unit] = []
    section = ""
    pos = 0
    for line_no, line in enumerate(text.splitlines(keepends=True)):
        lstart = pos
        pos += len(line)
        body = line.rstrip("\r\n")
        own = ""
        cstart = 0
        m = LABEL.match(body)
        if m and 1 <= len(m.group("label").split()) <= 5:
            own = m.group("label").strip()
            section = own
            cstart = m.start("rest")
        rest = body[cstart:]
        bounds: list[tuple[int, int]] = []
        last = 0
        for sm in SPLIT.finditer(rest):
            bounds.append((last, sm.start() + 1))
            last = sm.end()
        bounds.append((last, len(rest)))
        first = True
        for a, b in bounds:
            piece = rest[a:b]
            idx = [i for i, ch in enumerate(piece) if _WORD_CHAR.match(ch)]
            if not idx:
                continue
            s = lstart + cstart + a + idx[0]
            e = lstart + cstart + a + idx[-1] + 1
            units.append(
                Unit(s, e, text[s:e], own if first else "", bool(own), section, first, line_no)
            )
            first = False
    return units


# --- features ------------------------------------------------------------------------


def tokens(text: str) -> list[str]:
    """The scorer's tokens (tests/services/parse_scoring.py)."""
    return re.findall(r"\w+", text.casefold())


def _tok_bin(n: int) -> str:
    return "1" if n <= 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8-15" if n <= 15 else "16+"


def struct_feats(units: Sequence[Unit]) -> list[dict[str, float]]:
    """Each unit's structural features (name -> value, as DictVectorizer reads them)."""
    out: list[dict[str, float]] = []
    n = len(units)
    for i, u in enumerate(units):
        rel = i / max(n - 1, 1)
        f: dict[str, float] = {
            "relpos": rel,
            f"posbin={min(int(rel * 5), 4)}": 1,
            f"ntok={_tok_bin(len(tokens(u.text)))}": 1,
        }
        f["first_in_line"] = int(u.first)
        if u.own:
            f["own_label"] = 1
            for w in _LETTERS.findall(u.own.casefold()):
                f[f"lab={w}"] = 1
        if u.own_any and not u.own:
            f["line_has_label"] = 1
        if u.section:
            f["has_section"] = 1
            for w in _LETTERS.findall(u.section.casefold()):
                f[f"sec={w}"] = 1
        if i == 0:
            f["prev=NONE"] = 1
        else:
            for w in tokens(units[i - 1].text)[:3]:
                f[f"prev={w}"] = 1
        out.append(f)
    return out


def word_ngrams(doc: str) -> list[str]:
    """scikit-learn's word analyzer: lower-cased, token_pattern ``\\w+``, 1-2-grams."""
    words = _TOKEN.findall(doc.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


_WHITE_SPACES = re.compile(r"\s\s+")


def char_wb_ngrams(doc: str, lo: int = 2, hi: int = 5) -> list[str]:
    """scikit-learn's ``char_wb`` analyzer: lower-cased, runs of white space made one
    space, each word padded with a space on both sides, its ``lo``-``hi``-grams (a
    word shorter than n counted once, whole)."""
    doc = _WHITE_SPACES.sub(" ", doc.lower())
    grams: list[str] = []
    for word in doc.split():
        w = f" {word} "
        size = len(w)
        for n in range(lo, hi + 1):
            offset = 0
            grams.append(w[offset : offset + n])
            while offset + n < size:
                offset += 1
                grams.append(w[offset : offset + n])
            if offset == 0:
                break
    return grams


# --- the model -----------------------------------------------------------------------

Weights = tuple[float, ...]


@dataclass(frozen=True)
class _Block:
    """A tf-idf vectorizer's vocabulary: term -> (idf, class weights or None when the
    term only counts towards the unit's norm)."""

    terms: dict[str, tuple[float, Weights | None]]

    def score(self, grams: Iterable[str], into: list[float]) -> None:
        counts = Counter(g for g in grams if g in self.terms)
        norm = 0.0
        parts: list[tuple[float, Weights]] = []
        for term, tf in counts.items():
            idf, weights = self.terms[term]
            value = (1.0 + math.log(tf)) * idf
            norm += value * value
            if weights is not None:
                parts.append((value, weights))
        if not norm:
            return
        scale = 1.0 / math.sqrt(norm)
        for value, weights in parts:
            for k, w in enumerate(weights):
                into[k] += value * scale * w


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    intercepts: Weights
    word: _Block
    char: _Block
    struct: dict[str, Weights]
    char_range: tuple[int, int]

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Model:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"{path}: format {data.get('format')!r}, expected {FORMAT}")
        lo, hi = data["char"]["ngram_range"]
        return cls(
            classes=tuple(str(c) for c in data["classes"]),
            intercepts=_weights(data["intercepts"]),
            word=_block(data["word"]),
            char=_block(data["char"]),
            struct={
                str(name): _weights(w)
                for name, w in zip(data["struct"]["names"], data["struct"]["coef"], strict=True)
            },
            char_range=(int(lo), int(hi)),
        )

    def probabilities(self, units: Sequence[Unit]) -> list[list[float]]:
        """Each unit's class probabilities (in ``classes`` order)."""
        out: list[list[float]] = []
        for unit, feats in zip(units, struct_feats(units), strict=True):
            z = list(self.intercepts)
            doc = unit.text.casefold()
            self.word.score(word_ngrams(doc), z)
            self.char.score(char_wb_ngrams(doc, *self.char_range), z)
            for name, value in feats.items():
                weights = self.struct.get(name)
                if weights is not None and value:
                    for k, w in enumerate(weights):
                        z[k] += value * w
            top = max(z)
            exps = [math.exp(v - top) for v in z]
            total = sum(exps)
            out.append([e / total for e in exps])
        return out


def _weights(raw: Any) -> Weights:
    return tuple(float(w) for w in raw)


def _block(raw: Any) -> _Block:
    """``groups``: [idf, [terms…], [weights or 0 per term…]] — terms sharing an idf."""
    terms: dict[str, tuple[float, Weights | None]] = {}
    for idf, names, weights in raw["groups"]:
        for name, w in zip(names, weights, strict=True):
            terms[str(name)] = (float(idf), _weights(w) if w else None)
    return _Block(terms)


@cache
def model() -> Model:
    """The shipped model, read on first use."""
    return Model.load()


# --- the guess -----------------------------------------------------------------------


def classify(text: str, using: Model | None = None) -> list[tuple[Unit, list[float]]]:
    """The message's units with their class probabilities."""
    units = units_of(text)
    if not units:
        return []
    probs = (using or model()).probabilities(units)
    return list(zip(units, probs, strict=True))


def _argmax(probs: Sequence[float]) -> int:
    return max(range(len(probs)), key=lambda k: (probs[k], -k))


def guess(text: str, within: str | None = None) -> Guess:
    """The units classed MESSAGE, and those classed FINDINGS, each joined by line
    breaks in their order ("" when none); with ``within``, only the units that
    lie in it (what the rules left unread)."""
    picked: dict[int, list[str]] = {MESSAGE: [], FINDINGS: []}
    room = None if within is None else " ".join(within.split())
    for unit, probs in classify(text):
        k = _argmax(probs)
        if k in picked and (room is None or " ".join(unit.text.split()) in room):
            picked[k].append(unit.text)
    return Guess(message="\n".join(picked[MESSAGE]), findings="\n".join(picked[FINDINGS]))
