#!/usr/bin/env python3
"""Validate the heldout45 corpus: keys, types, codes, audience keys, substrings,
weekday-date agreement, frozen counts. Finds the corpus from its own location."""
import datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date", "start_time", "end_time", "officer", "officer_of", "kelurahan", "rw", "rt",
        "place", "types", "audience", "situation", "message", "findings"]
CODES = {"SB", "DDS", "CS", "DD", "PS", "BL", "PD", "PKM"}
AUD = {"warga", "tokoh_masyarakat", "tokoh_agama", "kelompok_pemuda", "perangkat_rt_rw", "other"}
SIT = {None, "aman_kondusif", "waspada", "rawan"}
KEL = {"Senen", "Kwitang", "Kenari", "Paseban", "Kramat", "Bungur"}
STYLES = {"numbered": range(1, 9), "prose": range(9, 17), "terse": range(17, 27),
          "caps": range(27, 30), "forwarded": range(30, 35), "multi": range(35, 40),
          "voice": range(40, 45), "template-blank": range(45, 48), "new": range(48, 51)}
FROZEN_MESSAGES, FROZEN_REPORTS, FROZEN_MULTI_REPORTS = 50, 56, 11
# weekday written in the message for (case, report index) -> Python weekday (Mon=0)
WEEKDAY = {(1,0):1, (2,0):3, (3,0):4, (4,0):5, (5,0):2, (7,0):0, (8,0):3, (10,0):4, (12,0):3,
           (13,0):0, (14,0):2, (15,0):5, (16,0):1, (18,0):4, (20,0):5, (24,0):2, (25,0):5,
           (27,0):1, (28,0):6, (29,0):0, (31,0):6, (34,0):4, (35,0):2, (35,1):2, (36,0):5,
           (36,1):6, (37,0):1, (37,1):1, (37,2):1, (38,0):3, (38,1):3, (42,0):5, (45,0):4,
           (46,0):0, (48,0):3, (49,0):5}
errors = []
def err(f, m): errors.append(f"{f}: {m}")
def hhmm(v): return v is None or (isinstance(v, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v))

def check_report(fname, num, idx, r, txt, today):
    if list(r.keys()) != KEYS and set(r.keys()) != set(KEYS):
        err(fname, f"report {idx} keys {sorted(r.keys())}")
        return
    if r["date"] is not None:
        try:
            d = dt.date.fromisoformat(r["date"])
        except Exception:
            err(fname, f"bad date {r['date']}"); d = None
        if d and d > today: err(fname, f"date {d} after today {today}")
        if d and (num, idx) in WEEKDAY and d.weekday() != WEEKDAY[(num, idx)]:
            err(fname, f"weekday mismatch {d} {d.strftime('%A')}")
    elif (num, idx) in WEEKDAY:
        err(fname, "weekday listed but date null")
    for k in ("start_time", "end_time"):
        if not hhmm(r[k]): err(fname, f"{k} {r[k]!r}")
    for k in ("officer", "place", "message", "findings"):
        if r[k] is not None and not (isinstance(r[k], str) and r[k].strip()): err(fname, f"{k} type")
    if r["officer_of"] not in {None} | {k.lower() for k in KEL}: err(fname, f"officer_of {r['officer_of']}")
    if (r["officer"] is None) != (r["officer_of"] is None): err(fname, "officer/officer_of nullness")
    if r["kelurahan"] not in KEL | {None}: err(fname, f"kelurahan {r['kelurahan']}")
    for k in ("rw", "rt"):
        if r[k] is not None and not (isinstance(r[k], int) and not isinstance(r[k], bool) and r[k] > 0):
            err(fname, f"{k} {r[k]!r}")
    if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) or len(set(r["types"])) != len(r["types"]):
        err(fname, f"types {r['types']}")
    a = r["audience"]
    if not isinstance(a, dict) or any(k not in AUD for k in a) or any(
            v is not None and not (isinstance(v, int) and not isinstance(v, bool) and v > 0) for v in a.values()):
        err(fname, f"audience {a}")
    if r["situation"] not in SIT: err(fname, f"situation {r['situation']}")
    for k in ("message", "findings"):
        if r[k]:
            for line in r[k].split("\n"):
                if line not in txt: err(fname, f"{k} line not in txt: {line[:60]!r}")

files = sorted(f for f in os.listdir(HERE) if f.endswith(".json"))
n_msg = n_rep = n_multi = 0
seen = set()
for f in files:
    m = re.fullmatch(r"(\d\d)_([a-z-]+)_([a-z0-9-]+)\.json", f)
    if not m: err(f, "bad name"); continue
    num, style = int(m.group(1)), m.group(2)
    seen.add(num)
    if style not in STYLES or num not in STYLES[style]: err(f, "style/number mismatch")
    tp = os.path.join(HERE, f[:-5] + ".txt")
    if not os.path.exists(tp): err(f, "no .txt"); continue
    raw = open(tp, "rb").read()
    txt = raw.decode("utf-8")
    if not txt.endswith("\n") or txt.endswith("\n\n"): err(f, "txt must end with exactly one newline")
    obj = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
    if obj.get("style") != style: err(f, "style field")
    try:
        today = dt.date.fromisoformat(obj["today"])
        if not (dt.date(2025, 1, 1) <= today <= dt.date(2026, 12, 31)): err(f, "today outside 2025-2026")
    except Exception:
        err(f, "today"); continue
    n_msg += 1
    if style == "multi":
        if set(obj) != {"style", "today", "reports"}: err(f, "multi keys")
        reps = obj["reports"]
        if len(reps) < 2: err(f, "multi with <2 reports")
        n_multi += len(reps)
    else:
        if set(obj) != set(KEYS) | {"style", "today"}: err(f, f"keys {sorted(set(obj) ^ (set(KEYS) | {'style','today'}))}")
        reps = [{k: obj.get(k) for k in KEYS}]
    for i, r in enumerate(reps):
        n_rep += 1
        check_report(f, num, i, r, txt, today)
if seen != set(range(1, 51)): err("corpus", f"missing numbers {sorted(set(range(1, 51)) - seen)}")
if (n_msg, n_rep, n_multi) != (FROZEN_MESSAGES, FROZEN_REPORTS, FROZEN_MULTI_REPORTS):
    err("corpus", f"counts messages={n_msg} reports={n_rep} multi_reports={n_multi}")
print(f"messages={n_msg} reports={n_rep} multi_reports={n_multi}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
