#!/usr/bin/env python3
"""Validate the heldout44 corpus: keys, types, codes, audience keys, substrings,
weekday-date agreement, style ranges and frozen counts. Exit code 0 = pass."""
import datetime, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date", "start_time", "end_time", "officer", "officer_of", "kelurahan", "rw", "rt",
        "place", "types", "audience", "situation", "message", "findings"]
CODES = {"SB", "DDS", "CS", "DD", "PS", "BL", "PD", "PKM"}
AUD = {"warga", "tokoh_masyarakat", "tokoh_agama", "kelompok_pemuda", "perangkat_rt_rw", "other"}
SIT = {"aman_kondusif", "waspada", "rawan", None}
KEL = {"senen", "kwitang", "kenari", "paseban", "kramat", "bungur"}
RANGES = {"numbered": (1, 8), "prose": (9, 16), "terse": (17, 26), "caps": (27, 29),
          "forwarded": (30, 34), "multi": (35, 39), "voice": (40, 44),
          "template-blank": (45, 47), "new": (48, 50)}
FROZEN_MESSAGES, FROZEN_REPORTS = 50, 56
MULTI_SIZES = {35: 2, 36: 2, 37: 3, 38: 2, 39: 2}
WD = ["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]
# weekday written for the activity (case -> one entry per report); "malam Jumat" is Thursday evening
ACT_WD = {1: ["rabu"], 2: ["jumat"], 3: ["sabtu"], 4: ["jumat"], 6: ["senin"], 7: ["selasa"],
          8: ["minggu"], 9: ["minggu"], 10: ["sabtu"], 11: ["kamis"], 12: ["kamis"], 13: ["rabu"],
          14: ["selasa"], 15: ["rabu"], 16: ["sabtu"], 18: ["jumat"], 19: ["minggu"], 22: ["selasa"],
          24: ["kamis"], 25: ["senin"], 27: ["sabtu"], 28: ["rabu"], 29: ["jumat"], 30: ["sabtu"],
          33: ["kamis"], 35: ["senin", "selasa"], 36: ["jumat", "jumat"],
          37: ["jumat", "sabtu", "minggu"], 38: ["kamis", "kamis"], 39: ["sabtu", "minggu"],
          42: ["senin"], 44: ["kamis"], 45: ["senin"], 46: ["selasa"], 47: ["jumat"], 48: ["kamis"],
          49: ["minggu"], 50: ["kamis"]}
# other weekday-date pairs written in the texts (end dates, future dates in findings)
OTHER_WD = {7: [("2025-10-20", "senin")], 13: [("2026-01-01", "kamis")],
            16: [("2025-08-24", "minggu")], 27: [("2026-03-08", "minggu")]}

errors = []
def err(m): errors.append(m)

def check_report(cid, idx, r, txt, today):
    where = f"case {cid:02d} report {idx}"
    if list(r.keys()) != KEYS and set(r.keys()) != set(KEYS):
        err(f"{where}: keys {sorted(set(r) ^ set(KEYS))}")
    for k in ("start_time", "end_time"):
        v = r.get(k)
        if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
            err(f"{where}: bad {k} {v!r}")
    d = r.get("date")
    if d is not None:
        try:
            dd = datetime.date.fromisoformat(d)
        except Exception:
            err(f"{where}: bad date {d!r}"); dd = None
        if dd and dd > today:
            err(f"{where}: date {d} after today {today}")
        wds = ACT_WD.get(cid)
        if dd and wds and WD[dd.weekday()] != wds[idx]:
            err(f"{where}: {d} is {WD[dd.weekday()]}, text says {wds[idx]}")
    elif ACT_WD.get(cid):
        err(f"{where}: weekday written but date null")
    for k in ("officer", "kelurahan", "place", "message", "findings"):
        if r.get(k) is not None and not isinstance(r[k], str):
            err(f"{where}: {k} not str/null")
    if r.get("officer_of") not in KEL | {None}:
        err(f"{where}: officer_of {r.get('officer_of')!r}")
    if (r.get("officer") is None) != (r.get("officer_of") is None):
        err(f"{where}: officer/officer_of nullness differ")
    if r.get("kelurahan") is not None and r["kelurahan"].lower() not in KEL:
        err(f"{where}: kelurahan {r['kelurahan']!r}")
    for k in ("rw", "rt"):
        v = r.get(k)
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v <= 0):
            err(f"{where}: {k} {v!r}")
    t = r.get("types")
    if not isinstance(t, list) or any(c not in CODES for c in t) or len(set(t)) != len(t):
        err(f"{where}: types {t!r}")
    a = r.get("audience")
    if not isinstance(a, dict):
        err(f"{where}: audience not dict")
    else:
        for k, v in a.items():
            if k not in AUD:
                err(f"{where}: audience key {k!r}")
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                err(f"{where}: audience {k}={v!r}")
    if r.get("situation") not in SIT:
        err(f"{where}: situation {r.get('situation')!r}")
    for k in ("message", "findings"):
        v = r.get(k)
        if v is None:
            continue
        if not v.strip():
            err(f"{where}: empty {k}")
        for line in v.split("\n"):
            if line not in txt:
                err(f"{where}: {k} line not in txt: {line[:60]!r}")

def main():
    jsons = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.json")))
    txts = sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]_*.txt")))
    if [p[:-5] for p in jsons] != [p[:-4] for p in txts]:
        err("txt/json files do not pair up")
    n_msg = n_rep = 0
    seen = set()
    for jp in jsons:
        base = os.path.basename(jp)[:-5]
        m = re.fullmatch(r"(\d\d)_([a-z-]+?)_([a-z0-9-]+)", base)
        if not m:
            err(f"bad file name {base}"); continue
        cid, style = int(m.group(1)), m.group(2)
        if cid in seen:
            err(f"duplicate case {cid}")
        seen.add(cid)
        lo, hi = RANGES.get(style, (0, -1))
        if not lo <= cid <= hi:
            err(f"case {cid:02d}: style {style} outside {lo}-{hi}")
        raw = open(jp[:-5] + ".txt", "rb").read()
        txt = raw.decode("utf-8")
        if not txt.endswith("\n") or txt.endswith("\n\n"):
            err(f"case {cid:02d}: txt must end with exactly one newline")
        obj = json.load(open(jp, encoding="utf-8"))
        if obj.get("style") != style:
            err(f"case {cid:02d}: style field {obj.get('style')!r}")
        try:
            today = datetime.date.fromisoformat(obj["today"])
        except Exception:
            err(f"case {cid:02d}: bad today"); continue
        if not datetime.date(2025, 1, 1) <= today <= datetime.date(2026, 12, 31):
            err(f"case {cid:02d}: today outside 2025-2026")
        if style == "multi":
            if set(obj) != {"style", "today", "reports"}:
                err(f"case {cid:02d}: multi keys {sorted(obj)}")
            reps = obj["reports"]
            if len(reps) != MULTI_SIZES.get(cid):
                err(f"case {cid:02d}: {len(reps)} reports")
        else:
            if set(obj) != set(KEYS) | {"style", "today"}:
                err(f"case {cid:02d}: keys {sorted(set(obj) ^ (set(KEYS) | {'style', 'today'}))}")
            reps = [{k: obj.get(k) for k in KEYS}]
        for i, r in enumerate(reps):
            check_report(cid, i, r, txt, today)
        for d, w in OTHER_WD.get(cid, []):
            if WD[datetime.date.fromisoformat(d).weekday()] != w:
                err(f"case {cid:02d}: {d} is not {w}")
        n_msg += 1
        n_rep += len(reps)
    counts = {s: sum(1 for c in seen if lo <= c <= hi) for s, (lo, hi) in RANGES.items()}
    for s, (lo, hi) in RANGES.items():
        if counts[s] != hi - lo + 1:
            err(f"style {s}: {counts[s]} cases")
    if (n_msg, n_rep) != (FROZEN_MESSAGES, FROZEN_REPORTS):
        err(f"counts {n_msg} messages / {n_rep} reports, frozen {FROZEN_MESSAGES}/{FROZEN_REPORTS}")
    print(f"messages: {n_msg}  reports: {n_rep}")
    print("per style:", ", ".join(f"{s} {counts[s]}" for s in RANGES))
    if errors:
        print(f"FAIL ({len(errors)})"); print("\n".join(errors)); return 1
    print("OK: all checks pass"); return 0

if __name__ == "__main__":
    sys.exit(main())
