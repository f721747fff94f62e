#!/usr/bin/env python3
"""Validator for heldout38 (written by the corpus writer; reads only this directory)."""
import datetime, glob, json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"]
CODES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
KEL = {"Senen","Kwitang","Kenari","Paseban","Kramat","Bungur"}
SIT = {"aman_kondusif","waspada","rawan",None}
STYLES = [("numbered",1,8),("prose",9,16),("terse",17,26),("caps",27,29),("forwarded",30,34),
          ("multi",35,39),("voice",40,44),("template-blank",45,47),("new",48,50)]
# weekday written in the message -> the date it names (checked with datetime)
WEEKDAYS = {
 "01": [
  [
   "Thu",
   "2025-03-06"
  ]
 ],
 "02": [
  [
   "Sat",
   "2025-03-15"
  ]
 ],
 "03": [
  [
   "Wed",
   "2025-04-02"
  ]
 ],
 "04": [
  [
   "Sun",
   "2025-08-10"
  ]
 ],
 "05": [
  [
   "Sat",
   "2025-11-15"
  ]
 ],
 "06": [
  [
   "Mon",
   "2025-03-31"
  ]
 ],
 "07": [
  [
   "Tue",
   "2025-12-09"
  ],
  [
   "Sun",
   "2025-12-07"
  ]
 ],
 "08": [
  [
   "Tue",
   "2026-03-17"
  ]
 ],
 "09": [
  [
   "Tue",
   "2026-02-24"
  ]
 ],
 "11": [
  [
   "Wed",
   "2026-01-07"
  ]
 ],
 "13": [
  [
   "Sat",
   "2025-08-16"
  ]
 ],
 "14": [
  [
   "Sun",
   "2025-03-30"
  ]
 ],
 "15": [
  [
   "Mon",
   "2026-01-19"
  ],
  [
   "Sun",
   "2026-01-25"
  ]
 ],
 "16": [
  [
   "Thu",
   "2025-09-04"
  ]
 ],
 "18": [
  [
   "Fri",
   "2025-03-07"
  ]
 ],
 "20": [
  [
   "Wed",
   "2025-05-21"
  ]
 ],
 "22": [
  [
   "Mon",
   "2026-01-12"
  ]
 ],
 "23": [
  [
   "Sun",
   "2025-08-17"
  ]
 ],
 "24": [
  [
   "Tue",
   "2026-02-17"
  ]
 ],
 "25": [
  [
   "Thu",
   "2025-02-27"
  ]
 ],
 "26": [
  [
   "Fri",
   "2025-10-10"
  ]
 ],
 "27": [
  [
   "Sat",
   "2025-03-22"
  ]
 ],
 "28": [
  [
   "Wed",
   "2025-01-29"
  ]
 ],
 "29": [
  [
   "Mon",
   "2025-08-11"
  ]
 ],
 "32": [
  [
   "Thu",
   "2025-04-03"
  ]
 ],
 "33": [
  [
   "Mon",
   "2026-02-23"
  ]
 ],
 "34": [
  [
   "Mon",
   "2026-02-02"
  ],
  [
   "Sun",
   "2026-02-01"
  ]
 ],
 "35": [
  [
   "Fri",
   "2025-03-28"
  ]
 ],
 "36": [
  [
   "Tue",
   "2025-12-02"
  ],
  [
   "Wed",
   "2025-12-03"
  ]
 ],
 "37": [
  [
   "Mon",
   "2025-08-11"
  ],
  [
   "Wed",
   "2025-08-13"
  ],
  [
   "Sat",
   "2025-08-16"
  ]
 ],
 "38": [
  [
   "Mon",
   "2025-03-31"
  ]
 ],
 "39": [
  [
   "Thu",
   "2026-01-22"
  ]
 ],
 "41": [
  [
   "Thu",
   "2025-08-14"
  ]
 ],
 "42": [
  [
   "Tue",
   "2025-11-25"
  ]
 ],
 "43": [
  [
   "Sun",
   "2025-03-23"
  ]
 ],
 "45": [
  [
   "Fri",
   "2025-03-21"
  ]
 ],
 "48": [
  [
   "Thu",
   "2026-03-05"
  ]
 ],
 "49": [
  [
   "Sat",
   "2026-03-07"
  ]
 ],
 "50": [
  [
   "Mon",
   "2025-11-24"
  ]
 ]
}
errs = []
def err(f, m): errs.append(f"{f}: {m}")
def iso(s):
    return datetime.date.fromisoformat(s)
nrep = 0
files = sorted(glob.glob(os.path.join(D, "[0-9][0-9]_*.json")))
for jf in files:
    f = os.path.basename(jf); num = int(f[:2])
    txt = open(jf[:-5] + ".txt", encoding="utf-8").read()
    if not txt.endswith("\n") or txt.endswith("\n\n"): err(f, "txt must end with exactly one newline")
    o = json.load(open(jf, encoding="utf-8"))
    exp = [s for s, a, b in STYLES if a <= num <= b][0]
    if o.get("style") != exp or f"_{exp}_" not in f: err(f, f"style {o.get('style')} != {exp}")
    today = iso(o["today"])
    if not (datetime.date(2025,1,1) <= today <= datetime.date(2026,12,31)): err(f, "today out of 2025-2026")
    if exp == "multi":
        if set(o) != {"style","today","reports"}: err(f, f"multi keys {set(o)}")
        reps = o["reports"]
        if len(reps) < 2: err(f, "multi with <2 reports")
    else:
        if set(o) != set(KEYS) | {"style","today"}: err(f, f"keys {set(o) ^ (set(KEYS)|{'style','today'})}")
        reps = [{k: o[k] for k in KEYS}]
    for i, r in enumerate(reps):
        nrep += 1; g = f"{f}#{i+1}"
        if set(r) != set(KEYS): err(g, f"keys {set(r) ^ set(KEYS)}")
        if r["date"] is not None:
            d = iso(r["date"])
            if d > today: err(g, "date after today")
            if not (datetime.date(2025,1,1) <= d): err(g, "date before 2025")
        for k in ("start_time","end_time"):
            v = r[k]
            if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v): err(g, f"{k} {v}")
        if (r["officer"] is None) != (r["officer_of"] is None): err(g, "officer/officer_of null mismatch")
        if r["officer_of"] is not None and r["officer_of"] not in {k.lower() for k in KEL}: err(g, "officer_of")
        if r["kelurahan"] is not None and r["kelurahan"] not in KEL: err(g, "kelurahan")
        for k in ("rw","rt"):
            if r[k] is not None and (type(r[k]) is not int or r[k] < 1): err(g, k)
        if r["rw"] is not None and r["kelurahan"]:
            mx = {"Senen":8,"Kwitang":9,"Kenari":10,"Paseban":9,"Kramat":9,"Bungur":7}[r["kelurahan"]]
            if r["rw"] > mx: err(g, "rw beyond the kelurahan's RWs")
        if r["place"] is not None and (not isinstance(r["place"], str) or not r["place"]): err(g, "place")
        if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) or len(set(r["types"])) != len(r["types"]): err(g, "types")
        a = r["audience"]
        if not isinstance(a, dict) or set(a) - AUD: err(g, f"audience keys {a}")
        elif any(v is not None and (type(v) is not int or v < 1) for v in a.values()): err(g, "audience values")
        if r["situation"] not in SIT: err(g, "situation")
        for k in ("message","findings"):
            v = r[k]
            if v is None: continue
            if not isinstance(v, str) or not v.strip(): err(g, f"{k} empty"); continue
            for line in v.split("\n"):
                if line not in txt: err(g, f"{k} line not in txt: {line[:60]!r}")
    for name, ds in WEEKDAYS.get(f[:2], []):
        if iso(ds).strftime("%a") != name: err(f, f"weekday {name} != {ds}")
n = len(files)
ntxt = len(glob.glob(os.path.join(D, "[0-9][0-9]_*.txt")))
print(f"messages: {n} (txt {ntxt}), reports: {nrep}")
if n != 50 or ntxt != 50: err("corpus", "expected 50 messages")
if nrep != 56: err("corpus", "expected 56 reports")
for e in errs: print("ERROR", e)
print("OK" if not errs else f"{len(errs)} errors")
sys.exit(1 if errs else 0)
