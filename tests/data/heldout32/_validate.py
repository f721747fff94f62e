#!/usr/bin/env python3
"""Self-check of corpus heldout32: keys, types, codes, audience keys, substrings,
weekday-date agreement, counts. Run: python3 _validate.py  (exit 0 = pass)."""
import datetime as dt, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date", "start_time", "end_time", "officer", "officer_of", "kelurahan", "rw", "rt",
        "place", "types", "audience", "situation", "message", "findings"]
CODES = {"SB", "DDS", "CS", "DD", "PS", "BL", "PD", "PKM"}
AUD = {"warga", "tokoh_masyarakat", "tokoh_agama", "kelompok_pemuda", "perangkat_rt_rw", "other"}
SIT = {"aman_kondusif", "waspada", "rawan", None}
KEL = {"senen", "kwitang", "kenari", "paseban", "kramat", "bungur"}
EXPECT = {"numbered": (1, 8), "prose": (9, 16), "terse": (17, 26), "caps": (27, 29),
          "forwarded": (30, 34), "multi": (35, 39), "voice": (40, 44),
          "template-blank": (45, 47), "new": (48, 50)}
WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
      "sab": 5, "minggu": 6}
MON = {"januari": 1, "jan": 1, "februari": 2, "feb": 2, "desember": 12, "des": 12,
       "november": 11, "nov": 11}
errors = []
def err(f, m): errors.append(f"{f}: {m}")

def is_date(s):
    try: dt.date.fromisoformat(s); return True
    except Exception: return False

def check_report(f, r, txt, today):
    if list(r.keys()) != KEYS: err(f, f"keys {list(r.keys())}")
    if r["date"] is not None:
        if not is_date(r["date"]): err(f, "bad date")
        elif r["date"] > today: err(f, "date after today")
    for k in ("start_time", "end_time"):
        v = r[k]
        if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v): err(f, f"bad {k} {v}")
    if r["officer"] is None and r["officer_of"] is not None: err(f, "officer_of without officer")
    if r["officer_of"] is not None and r["officer_of"] not in KEL: err(f, "officer_of")
    if r["kelurahan"] is not None and r["kelurahan"].lower() not in KEL: err(f, "kelurahan")
    if r["kelurahan"] is not None and r["kelurahan"] != r["kelurahan"].capitalize(): err(f, "kelurahan case")
    for k in ("rw", "rt"):
        if r[k] is not None and (type(r[k]) is not int or r[k] < 1): err(f, f"{k} not positive int")
    if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]): err(f, "types")
    if len(set(r["types"])) != len(r["types"]): err(f, "dup types")
    a = r["audience"]
    if not isinstance(a, dict) or any(k not in AUD for k in a): err(f, "audience keys")
    elif any(v is not None and (type(v) is not int or v < 1) for v in a.values()): err(f, "audience values")
    if r["situation"] not in SIT: err(f, "situation")
    for k in ("officer", "place", "message", "findings"):
        v = r[k]
        if v is not None and (not isinstance(v, str) or not v.strip()): err(f, f"{k} empty/non-str")
    for k in ("message", "findings"):
        if r[k] is not None:
            for line in r[k].split("\n"):
                if line not in txt: err(f, f"{k} line not in txt: {line[:60]!r}")
    if r["place"] is not None:
        # every word of the place (RT/RW numbers removed) must come from the text
        low = txt.lower()
        for w in re.findall(r"[\w'’.-]+", r["place"].lower()):
            if w not in low: err(f, f"place word {w!r} not in txt")
    if r["officer"] is not None:
        for w in r["officer"].split():
            if w.lower() not in txt.lower(): err(f, f"officer word {w!r} not in txt")

def weekday_pairs(txt, today):
    """find 'weekday <date>' pairs and check them; year inferred as most recent <= today"""
    t = txt.lower()
    wd = "|".join(sorted(map(re.escape, WD), key=len, reverse=True))
    mon = "|".join(sorted(MON, key=len, reverse=True))
    pat = re.compile(rf"\b({wd})\b[\s,/(]*(?:malam\s*\(|tanggal\s+|tgl\s+)?"
                     rf"(\d{{1,2}})(?:[/.-](\d{{1,2}})(?:[/.-](\d{{2,4}}))?|\s+({mon})\b(?:\s+(\d{{4}}))?)")
    n = 0
    for m in pat.finditer(t):
        w, d = WD[m.group(1)], int(m.group(2))
        if m.group(3): mo, y = int(m.group(3)), m.group(4)
        else: mo, y = MON[m.group(5)], m.group(6)
        if y: y = int(y) + (2000 if len(y) == 2 else 0); date = dt.date(y, mo, d)
        else:
            date = dt.date(today.year, mo, d)
            if date > today: date = dt.date(today.year - 1, mo, d)
        n += 1
        if date.weekday() != w: errors.append(f"weekday mismatch {m.group(0)!r} -> {date}")
    # spoken: "tanggal tiga puluh satu Desember" has no weekday; nothing to check
    return n

def main():
    files = sorted(f for f in os.listdir(HERE) if re.match(r"\d\d_", f))
    bases = sorted({f.rsplit(".", 1)[0] for f in files})
    styles, nrep, npairs = Counter(), 0, 0
    for b in bases:
        for ext in (".txt", ".json"):
            if b + ext not in files: err(b, f"missing {ext}")
        raw = open(os.path.join(HERE, b + ".txt"), "rb").read()
        txt = raw.decode("utf-8")
        if not txt.endswith("\n") or txt.endswith("\n\n"): err(b, "not exactly one trailing newline")
        j = json.load(open(os.path.join(HERE, b + ".json"), encoding="utf-8"))
        num, style = int(b[:2]), b.split("_")[1]
        lo, hi = EXPECT[style]
        if not lo <= num <= hi: err(b, "number outside its style range")
        if j.get("style") != style: err(b, "style mismatch")
        styles[style] += 1
        today = j.get("today")
        if not (isinstance(today, str) and is_date(today) and "2025" <= today[:4] <= "2026"): err(b, "today")
        if style == "multi":
            if list(j.keys()) != ["style", "today", "reports"] or len(j["reports"]) < 2: err(b, "multi shape")
            reps = j["reports"]
        else:
            reps = [{k: v for k, v in j.items() if k not in ("style", "today")}]
            if list(j.keys())[:2] != ["style", "today"]: err(b, "head keys")
        for r in reps: check_report(b, r, txt, today)
        nrep += len(reps)
        npairs += weekday_pairs(txt, dt.date.fromisoformat(today))
    for s, (lo, hi) in EXPECT.items():
        if styles[s] != hi - lo + 1: err("counts", f"{s}: {styles[s]} != {hi-lo+1}")
    print(f"messages {len(bases)}, reports {nrep}, weekday-date pairs checked {npairs}")
    print("styles", dict(styles))
    if len(bases) != 50: err("counts", "messages != 50")
    if styles["multi"] and sum(len(json.load(open(os.path.join(HERE, b + '.json')))['reports'])
                               for b in bases if '_multi_' in b) != 11: err("counts", "multi reports != 11")
    for e in errors: print("ERROR", e)
    print("PASS" if not errors else f"FAIL ({len(errors)})")
    return 1 if errors else 0

sys.exit(main())
