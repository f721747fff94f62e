#!/usr/bin/env python3
"""Validate the heldout46 corpus: keys, types, codes, audience keys, substrings,
weekday-date agreement, counts. Finds the corpus from its own location."""
import datetime as dt, glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date", "start_time", "end_time", "officer", "officer_of", "kelurahan", "rw", "rt",
        "place", "types", "audience", "situation", "message", "findings"]
CODES = {"SB", "DDS", "CS", "DD", "PS", "BL", "PD", "PKM"}
AUD = {"warga", "tokoh_masyarakat", "tokoh_agama", "kelompok_pemuda", "perangkat_rt_rw", "other"}
SIT = {None, "aman_kondusif", "waspada", "rawan"}
KEL = {"Senen", "Kwitang", "Kenari", "Paseban", "Kramat", "Bungur"}
RANGES = {"numbered": (1, 8), "prose": (9, 16), "terse": (17, 26), "caps": (27, 29),
          "forwarded": (30, 34), "multi": (35, 39), "voice": (40, 44),
          "template-blank": (45, 47), "new": (48, 50)}
EXPECT_MESSAGES, EXPECT_REPORTS, EXPECT_MULTI = 50, 56, [2, 2, 3, 2, 2]
WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
      "sn": 0, "sl": 1, "rb": 2, "km": 3, "jm": 4}
MON = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7, "agu": 8, "aug": 8,
       "agt": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12}
# weekday-date pairs written in words (voice transcripts): file prefix -> (weekday, ISO date)
SPELLED = {"41": ("sabtu", "2026-01-17"), "44": ("kamis", "2026-05-21")}

errors = []
def err(f, m): errors.append(f"{f}: {m}")

WDRE = r"(?P<wd>senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|\b(?:Sn|SN|Sl|Rb|Km|Jm))\b"
SEP = r"[\s,/:\-]*(?:hari\s+)?(?:tanggal\s+|tgl\.?\s+)?"
P_NUM = re.compile(WDRE + SEP + r"(?P<d>\d{1,2})[/\-.](?P<m>\d{1,2})(?:[/\-.](?P<y>\d{2,4}))?\b", re.I)
P_ISO = re.compile(WDRE + SEP + r"(?P<y>\d{4})\.(?P<m>\d{2})\.(?P<d>\d{2})", re.I)
P_TXT = re.compile(WDRE + SEP + r"(?P<d>\d{1,2})\s+(?P<mn>[A-Za-z]{3})[a-z]*\.?(?:\s+(?P<y>\d{2,4}))?", re.I)
P_ISO_AFTER = re.compile(r"(?P<y>\d{4})\.(?P<m>\d{2})\.(?P<d>\d{2})\s*\((?P<wd>[A-Za-z']+)\)")

def resolve(d, m, y, today):
    if y:
        y = int(y); y = y + 2000 if y < 100 else y
        return [dt.date(y, m, d)]
    c = []
    for yy in (today.year, today.year - 1, today.year + 1):
        try: c.append(dt.date(yy, m, d))
        except ValueError: pass
    past = sorted([x for x in c if x <= today], reverse=True)[:1]
    fut = sorted([x for x in c if x > today])[:1]
    return past + fut   # most recent on/before today first; a future mention as fallback

def check_weekdays(f, txt, today, dates):
    n = 0
    for pat in (P_NUM, P_ISO, P_TXT, P_ISO_AFTER):
        for mt in pat.finditer(txt):
            g = mt.groupdict()
            wd = WD.get(g["wd"].lower())
            if wd is None: continue
            try:
                m = MON[g["mn"][:3].lower()] if g.get("mn") else int(g["m"])
                cands = resolve(int(g["d"]), m, g.get("y"), today)
            except (KeyError, ValueError):
                continue
            n += 1
            if os.environ.get("VERBOSE"): print("  pair", os.path.basename(f)[:2], repr(mt.group(0)), cands[:1])
            if not any(c.weekday() == wd for c in cands):
                err(f, f"weekday mismatch in {mt.group(0)!r} -> {cands}")
    pre = os.path.basename(f)[:2]
    if pre in SPELLED:
        w, iso = SPELLED[pre]; n += 1
        if dt.date.fromisoformat(iso).weekday() != WD[w]: err(f, f"spelled weekday mismatch {iso}")
        if iso not in dates: err(f, f"spelled date {iso} not the activity date")
    return n

def check_report(f, r, txt, today):
    if set(r) != set(KEYS): err(f, f"keys {sorted(set(r) ^ set(KEYS))}")
    for k in ("date",):
        if r[k] is not None:
            d = dt.date.fromisoformat(r[k])
            if d > today: err(f, "date after today")
    for k in ("start_time", "end_time"):
        if r[k] is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", r[k]): err(f, f"bad {k}")
    if r["officer_of"] not in {None, *[k.lower() for k in KEL]}: err(f, "officer_of")
    if (r["officer"] is None) != (r["officer_of"] is None): err(f, "officer/officer_of null mismatch")
    if r["kelurahan"] not in KEL | {None}: err(f, "kelurahan")
    for k in ("rw", "rt"):
        if r[k] is not None and (type(r[k]) is not int or r[k] < 1): err(f, f"bad {k}")
    for k in ("officer", "place", "message", "findings"):
        if r[k] is not None and (not isinstance(r[k], str) or not r[k].strip()): err(f, f"bad {k}")
    if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) or len(set(r["types"])) != len(r["types"]):
        err(f, "types")
    if not isinstance(r["audience"], dict): err(f, "audience type")
    else:
        for k, v in r["audience"].items():
            if k not in AUD: err(f, f"audience key {k}")
            if v is not None and (type(v) is not int or v < 1): err(f, f"audience value {k}")
    if r["situation"] not in SIT: err(f, "situation")
    for k in ("message", "findings"):
        if r[k]:
            for line in r[k].split("\n"):
                if line not in txt: err(f, f"{k} line not in txt: {line[:60]!r}")
    if r["place"]:  # place may lose its RT/RW numbers, so check it word by word
        for w in r["place"].split():
            if w not in txt: err(f, f"place word not in txt: {w!r}")
    if r["officer"] and r["officer"].lower() not in txt.lower(): err(f, "officer not in txt")

def main():
    txts = sorted(glob.glob(os.path.join(HERE, "*.txt")))
    nrep, nmsg, multi, pairs = 0, 0, [], 0
    for t in txts:
        base = t[:-4]; name = os.path.basename(base)
        m = re.fullmatch(r"(\d\d)_([a-z\-]+?)_([a-z0-9\-]+)", name)
        if not m: err(name, "bad file name"); continue
        num, style = int(m.group(1)), m.group(2)
        raw = open(t, "rb").read()
        if not raw.endswith(b"\n") or raw.endswith(b"\n\n"): err(name, "trailing newline")
        txt = raw.decode("utf-8")
        j = json.load(open(base + ".json", encoding="utf-8"))
        if j.get("style") != style: err(name, "style mismatch")
        lo, hi = RANGES.get(style, (0, -1))
        if not lo <= num <= hi: err(name, "number out of style range")
        today = dt.date.fromisoformat(j["today"])
        if not dt.date(2025, 1, 1) <= today <= dt.date(2026, 12, 31): err(name, "today outside 2025-2026")
        if style == "multi":
            if set(j) != {"style", "today", "reports"}: err(name, "multi keys")
            reps = j["reports"]; multi.append(len(reps))
        else:
            if set(j) != set(KEYS) | {"style", "today"}: err(name, "keys")
            reps = [{k: j[k] for k in KEYS if k in j}]
        for r in reps: check_report(name, r, txt, today)
        pairs += check_weekdays(name, txt, today, [r["date"] for r in reps])
        nmsg += 1; nrep += len(reps)
    if len(glob.glob(os.path.join(HERE, "*.json"))) != nmsg: err("corpus", "json/txt count differ")
    if nmsg != EXPECT_MESSAGES: err("corpus", f"messages {nmsg}")
    if nrep != EXPECT_REPORTS: err("corpus", f"reports {nrep}")
    if multi != EXPECT_MULTI: err("corpus", f"multi split {multi}")
    for e in errors: print("FAIL", e)
    print(f"messages={nmsg} reports={nrep} multi={multi} weekday-date pairs checked={pairs}")
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
