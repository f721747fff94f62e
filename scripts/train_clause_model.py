"""Train the clause classifier of issue 15 and write it for the parser, in plain
numbers: ``sambang_tui/services/parse/clause_model.json``, read by
``sambang_tui/services/parse/learned.py`` (pure Python, no numpy at run time).

    PYTHONPATH=. /path/to/venv-with-scikit-learn/bin/python scripts/train_clause_model.py

(scikit-learn: ``pip install --group train``.)

Why: where the rule parser leaves the kamtibmas message or the findings empty, this
classifier was right more often than not on corpora it had never seen (helpers ml1
and ml2: "rules first, config A where the rules left the field empty" added +10
correct / +12 found on heldout19/20, scored once). This script rebuilds exactly that
model ("config A"): every unit of every single-report message of tests/data/messages,
heldout, heldout2 … heldout18 — heldout19 and heldout20 stay unseen — labelled
MESSAGE / FINDINGS when it lies inside the expected value's lines, OTHER otherwise;
features: word 1-2-gram and char_wb 2-5-gram tf-idf of the case-folded unit (min_df 2,
sublinear tf) and the structural features of ``learned.struct_feats``; multinomial
logistic regression, C=1.0, class_weight balanced.

The file is kept small: coefficients rounded to 5 decimals, and a term whose
class weights are all below a threshold keeps only its idf (it still counts towards its
unit's norm). The threshold is the largest tried for which, over every unit of all 21
corpora (heldout19/20 included), the probabilities stay within 1e-4 of scikit-learn's
unpruned model and the argmax is the same. After writing, the file is read back by
``learned.py`` itself and the same comparison is run unit by unit; the script fails if
it does not hold. Last, it prints reference probabilities for the tests
(tests/services/test_parse_learned.py).
"""

from __future__ import annotations

import importlib.util
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
OUT = ROOT / "sambang_tui" / "services" / "parse" / "clause_model.json"
TRAIN = ["messages", "heldout"] + [f"heldout{i}" for i in range(2, 19)]
ALL = [*TRAIN, "heldout19", "heldout20"]
FIELDS = {"message": 1, "findings": 2}
DECIMALS = 5  # every weight to ±5e-6: ~1 MB, and well within the tolerance
TOLERANCE = 1e-4
THRESHOLDS = (0.0, 1e-4, 3e-4, 1e-3, 2e-3, 3e-3, 5e-3, 1e-2, 2e-2, 3e-2, 5e-2, 1e-1)

sys.path.insert(0, str(ROOT / "tests" / "services"))
import parse_scoring as ps  # noqa: E402


def _load_learned() -> ModuleType:
    """learned.py from its file: the package's __init__ imports the whole parser
    (and its dependencies), which this script's environment need not have."""
    path = ROOT / "sambang_tui" / "services" / "parse" / "learned.py"
    spec = importlib.util.spec_from_file_location("learned", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["learned"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


learned = _load_learned()


# --- the data ------------------------------------------------------------------------


def locate(text: str, value: str) -> list[tuple[int, int]]:
    """The spans of the value's lines in the text (in order; case-folded as a fallback)."""
    spans, cursor = [], 0
    folded = text.casefold()
    for raw in value.splitlines():
        line = raw.strip()
        if not line:
            continue
        i = text.find(line, cursor)
        if i < 0:
            i = text.find(line)
        if i < 0:
            i = folded.find(line.casefold())
        if i < 0:
            continue
        spans.append((i, i + len(line)))
        cursor = i + len(line)
    return spans


def label(unit: Any, spans: dict[str, list[tuple[int, int]]]) -> int:
    for field, k in FIELDS.items():
        if any(a <= unit.start and unit.end <= b for a, b in spans[field]):
            return k
    return 0


class Message:
    def __init__(self, corpus: str, case: ps.Case) -> None:
        self.corpus, self.name, self.text = corpus, case.name, case.text
        self.single = len(case.reports) == 1
        self.units = learned.units_of(case.text)
        self.feats = learned.struct_feats(self.units)
        self.labels: list[int] = []
        if self.single:
            want = ps.expected_fields(case.reports[0], False)
            spans = {f: locate(case.text, want[f]) for f in FIELDS}
            self.labels = [label(u, spans) for u in self.units]


def messages(corpora: Sequence[str]) -> list[Message]:
    return [Message(c, case) for c in corpora for case in ps.load(DATA / c)]


# --- the model -----------------------------------------------------------------------


class Trained:
    def __init__(self, train: list[Message]) -> None:
        texts = [u.text.casefold() for m in train for u in m.units]
        self.word = TfidfVectorizer(
            ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"\w+"
        )
        self.char = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True
        )
        self.dict = DictVectorizer()
        x = hstack(
            [
                self.word.fit_transform(texts),
                self.char.fit_transform(texts),
                self.dict.fit_transform([f for m in train for f in m.feats]),
            ]
        ).tocsr()
        y = np.array([k for m in train for k in m.labels])
        self.lr = LogisticRegression(C=1.0, class_weight="balanced", max_iter=3000)
        self.lr.fit(x, y)
        self.units = len(y)

    def matrices(self, msgs: list[Message]) -> tuple[csr_matrix, csr_matrix, csr_matrix]:
        """Unnormalised tf-idf (word, char) and the structural features."""
        texts = [u.text.casefold() for m in msgs for u in m.units]
        out = []
        for vec in (self.word, self.char):
            x = CountVectorizer.transform(vec, texts).astype(float)
            x.data = np.log(x.data) + 1.0
            out.append(csr_matrix(x.multiply(vec.idf_[None, :])))
        return out[0], out[1], self.dict.transform([f for m in msgs for f in m.feats])

    def proba(self, msgs: list[Message]) -> np.ndarray:
        x = hstack(
            [
                self.word.transform([u.text.casefold() for m in msgs for u in m.units]),
                self.char.transform([u.text.casefold() for m in msgs for u in m.units]),
                self.dict.transform([f for m in msgs for f in m.feats]),
            ]
        ).tocsr()
        return np.asarray(self.lr.predict_proba(x))


def rounded(x: float) -> float:
    return round(float(x), DECIMALS) + 0.0  # + 0.0: no "-0.0" in the file


def coef_blocks(model: Trained, threshold: float) -> list[np.ndarray]:
    """Word, char and structural coefficients (features × classes), rounded, the terms
    under the threshold zeroed."""
    coef = np.vectorize(rounded)(model.lr.coef_.T)
    nw, nc = len(model.word.idf_), len(model.char.idf_)
    blocks = [coef[:nw], coef[nw : nw + nc], coef[nw + nc :]]
    for b in blocks[:2]:
        b[np.abs(b).max(axis=1) < threshold] = 0.0
    return blocks


def emulate(model: Trained, mats: Sequence[csr_matrix], blocks: list[np.ndarray]) -> np.ndarray:
    """What learned.py computes from a file holding these coefficients."""
    z = np.tile(model.lr.intercept_, (mats[0].shape[0], 1))
    for x, w in zip(mats[:2], blocks[:2], strict=True):
        norm = np.sqrt(np.asarray(x.multiply(x).sum(axis=1))).ravel()
        norm[norm == 0] = 1.0
        z += np.asarray(x @ w) / norm[:, None]
    z += np.asarray(mats[2] @ blocks[2])
    z -= z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def vocabulary(vec: TfidfVectorizer, coef: np.ndarray) -> dict[str, Any]:
    """Terms grouped by idf: [idf, [terms…], [class weights, or 0 when dropped…]]."""
    terms = sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])
    groups: dict[float, tuple[list[str], list[Any]]] = {}
    for term, j in terms:
        names, weights = groups.setdefault(float(vec.idf_[j]), ([], []))
        names.append(term)
        row = [float(w) for w in coef[j]]
        weights.append(row if any(row) else 0)
    return {
        "ngram_range": list(vec.ngram_range),
        "groups": [[idf, n, w] for idf, (n, w) in sorted(groups.items())],
    }


def write(model: Trained, blocks: list[np.ndarray], train: list[Message]) -> None:
    corpora = {
        c: {
            "messages": sum(1 for m in train if m.corpus == c),
            "units": sum(len(m.units) for m in train if m.corpus == c),
        }
        for c in TRAIN
    }
    data = {
        "format": learned.FORMAT,
        "what": "issue 15 clause classifier, config A (scripts/train_clause_model.py)",
        "trained_on": corpora,
        "classes": list(learned.CLASSES),
        "intercepts": [float(b) for b in model.lr.intercept_],
        "word": vocabulary(model.word, blocks[0]),
        "char": vocabulary(model.char, blocks[1]),
        "struct": {
            "names": [str(n) for n in model.dict.feature_names_],
            "coef": [[float(w) for w in row] for row in blocks[2]],
        },
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")


# --- main ----------------------------------------------------------------------------


def main() -> int:
    everything = messages(ALL)
    train = [m for m in everything if m.corpus in TRAIN and m.single]
    assert list(learned.CLASSES) == ["OTHER", "MESSAGE", "FINDINGS"]
    started = time.perf_counter()
    model = Trained(train)
    assert list(model.lr.classes_) == [0, 1, 2]
    print(
        f"trained on {len(train)} single-report messages ({model.units} units) of "
        f"{len(TRAIN)} corpora in {time.perf_counter() - started:.0f} s; "
        f"{len(model.word.idf_)} word terms, {len(model.char.idf_)} char terms, "
        f"{len(model.dict.feature_names_)} structural features"
    )
    reference = model.proba(everything)
    mats = model.matrices(everything)
    best = 0.0
    for threshold in THRESHOLDS:
        got = emulate(model, mats, coef_blocks(model, threshold))
        diff = float(np.abs(got - reference).max())
        same = bool((got.argmax(1) == reference.argmax(1)).all())
        print(f"  threshold {threshold:g}: max |dp| {diff:.2e}, argmax identical {same}")
        if diff < TOLERANCE / 2 and same:
            best = threshold
    blocks = coef_blocks(model, best)
    write(model, blocks, train)
    kept = [int((np.abs(b).max(axis=1) > 0).sum()) for b in blocks[:2]]
    print(
        f"wrote {OUT.relative_to(ROOT)}: {OUT.stat().st_size / 1e6:.2f} MB, threshold {best:g}, "
        f"weights kept for {kept[0]} word and {kept[1]} char terms"
    )
    return check(everything, reference)


def check(everything: list[Message], reference: np.ndarray) -> int:
    """learned.py on the file just written, unit by unit, against scikit-learn."""
    shipped = learned.Model.load(OUT)
    off, worst, other_argmax = 0, 0.0, 0
    per_corpus: dict[str, int] = {}
    for m in everything:
        probs = np.array(shipped.probabilities(m.units)) if m.units else np.zeros((0, 3))
        want = reference[off : off + len(m.units)]
        off += len(m.units)
        if len(m.units):
            worst = max(worst, float(np.abs(probs - want).max()))
            other_argmax += int((probs.argmax(1) != want.argmax(1)).sum())
        per_corpus[m.corpus] = per_corpus.get(m.corpus, 0) + len(m.units)
    print(
        f"check: {off} units of {len(everything)} messages in {len(per_corpus)} corpora; "
        f"max |p(learned.py) - p(scikit-learn, unpruned)| = {worst:.2e}; "
        f"argmax different: {other_argmax}"
    )
    print("reference probabilities (training corpora), for tests/services/test_parse_learned.py:")
    for i, corpus in enumerate(TRAIN[:20]):
        target = i % 3
        for m in (m for m in everything if m.corpus == corpus):
            probs = shipped.probabilities(m.units)
            hits = [j for j, p in enumerate(probs) if int(np.argmax(p)) == target]
            if hits:
                j = hits[len(hits) // 2]
                row = ", ".join(f"{p:.6f}" for p in reference[_offset(everything, m) + j])
                print(f'    ("{corpus}", "{m.name}", {j}, {m.units[j].text[:30]!r}, ({row})),')
                break
    ok = worst <= TOLERANCE and other_argmax == 0
    print("check passed" if ok else "CHECK FAILED")
    return 0 if ok else 1


def _offset(everything: list[Message], target: Message) -> int:
    off = 0
    for m in everything:
        if m is target:
            return off
        off += len(m.units)
    raise ValueError(target.name)


if __name__ == "__main__":
    sys.exit(main())
