"""Round 24, doubt lane: a learned confidence measured leave-one-pool-out.

For the fields where precision is lost (audience, place, findings, types) a
logistic regression (pure Python, deterministic) over features of the
parser's own reading and of the message's structure predicts whether a
filled value is wrong. For each writer pool (heldout23-28, 29-31, 32-34,
35-37, 38-40) it is trained on every other read corpus (development,
heldout..heldout22 and the other pools; ``--late``: the other pools only)
and the pool is scored as if values at or above a threshold were blanked.

Measurement only: nothing is built into the parser (round 24's result: no
threshold blanks wrong values twice as often as right ones on every pool).
Corpora heldout41 and later are refused.

  PYTHONPATH=$PWD /work/main/.venv/bin/python scripts/doubt_lopo.py [--late]
"""

import math
import os
import re
import sys

sys.path.insert(
    0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests/services")
)
import parse_scoring as ps  # noqa: E402

from sambang_tui.services.admin import runtime  # noqa: E402

DEMO = os.environ.get("SAMBANG_DEMO_DB", "/tmp/tools/demo.db")
runtime.connect(DEMO)
actor = runtime.actor_for("desk")
officer_of = ps.bhabin_areas(actor)
parse = ps.parser(actor)
corpora = ["messages"] + [f"heldout{'' if n == 1 else n}" for n in range(1, 41)]
rows = []
for name in corpora:
    if re.fullmatch(r"heldout(4[1-9]|[5-9]\d|\d{3,})", name):
        raise SystemExit(f"{name}: corpora heldout41 and later are never read")
    for case in ps.load(ps.DATA / name):
        found = parse(case.text, case.today)
        got = [ps.found_fields(p, officer_of) for p in found]
        want = [ps.expected_fields(w, True) for w in case.reports]
        rows.append(dict(corpus=name, text=case.text, parsed=found, got=got, want=want))
LATE = "--late" in sys.argv  # train on the other four writer pools only
POOLS = {
    "23-28": range(23, 29),
    "29-31": range(29, 32),
    "32-34": range(32, 35),
    "35-37": range(35, 38),
    "38-40": range(38, 41),
}


def pool_of(c):
    n = 1 if c == "heldout" else (0 if c == "messages" else int(c[7:]))
    for p, rg in POOLS.items():
        if n in rg:
            return p
    return None


FIELDS = ("audience", "place", "findings", "types")
LABEL = re.compile(r"^\W*[A-Za-z][\w /.]{0,25}:", re.M)
CLOCK = re.compile(r"\b\d{1,2}[.:]\d{2}\b")


def toks(s):
    return re.findall(r"\w+", s.casefold())


def common(r, i, p):
    t = r["text"]
    lines = [line for line in t.splitlines() if line.strip()]
    nl = max(1, len(lines))
    return [
        1.0,
        math.log1p(len(r["got"])),
        float(i > 0),
        math.log1p(len(t)) / 8,
        math.log1p(nl) / 4,
        float(nl <= 2 and len(t) > 250),  # voice / run-on
        float(bool(re.search(r"forward|diteruskan|^\[\d", t, re.I | re.M))),
        sum(1 for line in lines if re.search(r":\s*(?:\.{2,}|…|-)?\s*$|\(isi", line))
        / nl,  # blanks
        sum(1 for line in lines if LABEL.match(line)) / nl,
        sum(1 for line in lines if re.match(r"\s*\d{1,2}\s*[.)]", line)) / nl,
        float("|" in t or "//" in t),
        len(p.doubtful) / 3,
        len(p.filled) / 10,
    ]


def feats(field, r, i, p, g):
    t = r["text"]
    tt = max(1, len(toks(t)))
    c = common(r, i, p)
    if field == "audience":
        a = g["audience"]
        vals = [v for v in a.values() if v]
        digits = {int(x) for x in re.findall(r"\d+", t)}
        return c + [
            len(a) / 3,
            sum(v is None for v in a.values()) / 2,
            float("other" in a),
            float("warga" in a),
            float(a.get("warga") == 1),
            math.log1p(sum(vals)) / 5,
            math.log1p(max(vals, default=0)) / 5,
            sum(v in digits for v in vals) / max(1, len(vals)),
            float(bool(vals) and sum(vals) not in digits),
            float(len(a) >= 2 and all(v is None for v in a.values())),
        ]
    if field == "place":
        s = g["place"]
        k = toks(s)
        pos = t.find(s)
        lab = any(s[:15] in line and LABEL.match(line) for line in t.splitlines())
        return c + [
            math.log1p(len(k)) / 3,
            float(bool(re.search(r"\b(?:jl|jln|jalan|gg|gang)\b", s, re.I))),
            float(bool(re.search(r"\d", s))),
            float("," in s),
            float(lab),
            (pos / len(t)) if pos >= 0 else -0.5,
            float(pos < 0),
            float(any(line.strip().strip(".:-").endswith(s.strip()) for line in t.splitlines())),
        ]
    if field == "findings":
        s = g["findings"]
        k = toks(s)
        lab = any(s[:15] in line and LABEL.match(line) for line in t.splitlines())
        return c + [
            math.log1p(len(k)) / 4,
            len(k) / tt,
            float(lab),
            float(bool(CLOCK.search(s))),
            float(bool(re.search(r"\d", s))),
            len(re.findall(r"[.!?]\s", s)) / 3,
            float(s[:20] in t),
            float(bool(g["message"])),
        ]
    ty = g["types"]
    return c + [
        len(ty) / 2,
        float(len(ty) >= 2),
        float(any(line.count("/") >= 2 for line in t.splitlines())),
        float(bool(re.search(r"\bcoret|\bpilih", t, re.I))),
    ]


def same(field, got, want):
    if field in ("place", "findings"):
        return ps.strict_text(got, want)
    if field == "types":
        return set(got) == set(want)
    return got == want


data = []  # (pool, corpus, field, x, wrong, want_empty)
for r in rows:
    for i, g in enumerate(r["got"]):
        w = r["want"][i] if i < len(r["want"]) else ps._NOTHING
        for f in FIELDS:
            if g[f] in ps.EMPTY:
                continue
            data.append(
                (
                    pool_of(r["corpus"]),
                    r["corpus"],
                    f,
                    feats(f, r, i, r["parsed"][i], g),
                    not same(f, g[f], w[f]),
                    w[f] in ps.EMPTY,
                )
            )


def train(xs, ys, l2=1.0, it=400, lr=0.5):
    d = len(xs[0])
    wt = [0.0] * d
    n = len(xs)
    for _ in range(it):
        grad = [0.0] * d
        for x, y in zip(xs, ys, strict=True):
            z = sum(a * b for a, b in zip(wt, x, strict=True))
            pr = 1 / (1 + math.exp(-max(-30, min(30, z))))
            e = pr - y
            for j in range(d):
                grad[j] += e * x[j]
        for j in range(d):
            wt[j] -= lr * (grad[j] / n + (l2 * wt[j] / n if j else 0))
    return wt


def prob(wt, x):
    z = sum(a * b for a, b in zip(wt, x, strict=True))
    return 1 / (1 + math.exp(-max(-30, min(30, z))))


# pool totals from the scorer's counts
tot = {}
for r in rows:
    p = pool_of(r["corpus"])
    if p is None:
        continue
    # reuse score_report
    for i in range(max(len(r["got"]), len(r["want"]))):
        g = r["got"][i] if i < len(r["got"]) else ps._NOTHING
        w = r["want"][i] if i < len(r["want"]) else ps._NOTHING
        s = ps.score_report("x", g, w, True).total
        c = tot.setdefault(p, [0, 0, 0])
        c[0] += s.correct
        c[1] += s.found
        c[2] += s.expected

probs = {}
for p in POOLS:
    for f in FIELDS:
        tr = [
            (d[3], d[4])
            for d in data
            if d[2] == f and d[0] != p and (LATE is False or d[0] is not None)
        ]
        wt = train([x for x, _ in tr], [float(y) for _, y in tr])
        probs[(p, f)] = [(prob(wt, d[3]), d[4]) for d in data if d[2] == f and d[0] == p]
        # in-sample: how high does the training itself reach
        ins = sorted((prob(wt, x), y) for x, y in tr)[-20:]
        if p == "38-40":
            print(f, "train top20 wrong", sum(y for _, y in ins), f"max p {ins[-1][0]:.2f}")
for THR in (0.3, 0.4, 0.5, 0.6, 2 / 3):
    print(f"threshold {THR:.2f}")
    allc = [0, 0, 0, 0, 0]
    for p in POOLS:
        row = f"{p:6}"
        bw = br = 0
        for f in FIELDS:
            te = probs[(p, f)]
            fw = sum(1 for q, y in te if q >= THR and y)
            fr = sum(1 for q, y in te if q >= THR and not y)
            bw += fw
            br += fr
            row += f"  {f[:5]} {fw}w/{fr}r"
        c, fd, ex = tot[p]
        P0, R0 = c / fd, c / ex
        P1, R1 = (c - br) / (fd - bw - br), (c - br) / ex
        row += f" | P {(P1 - P0) * 100:+.2f} R {(R1 - R0) * 100:+.2f}"
        print(row)
        for k, v in enumerate((c, fd, ex, bw, br)):
            allc[k] += v
    c, fd, ex, bw, br = allc
    P0, R0 = c / fd, c / ex
    P1, R1 = (c - br) / (fd - bw - br), (c - br) / ex
    print(f"POOLED 23-40 blank {bw}w/{br}r  P {(P1 - P0) * 100:+.2f}  R {(R1 - R0) * 100:+.2f}")
