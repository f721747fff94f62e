#!/usr/bin/env python3
"""Validator for held-out corpus 33 (written by the corpus writer; reads only this directory)."""
import datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"]
CODES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
SIT = {None, "aman_kondusif", "waspada", "rawan"}
KEL = {"Senen","Kwitang","Kenari","Paseban","Kramat","Bungur"}
STYLES = [("numbered",1,8),("prose",9,16),("terse",17,26),("caps",27,29),("forwarded",30,34),
          ("multi",35,39),("voice",40,44),("template-blank",45,47),("new",48,50)]
MULTI_SIZES = {35:2, 36:2, 37:3, 38:2, 39:2}
WD = {"senin":0,"sen":0,"selasa":1,"sel":1,"rabu":2,"rab":2,"kamis":3,"kam":3,"jumat":4,"jum'at":4,"jum":4,
      "sabtu":5,"sab":5,"minggu":6,"min":6}
# every weekday written next to a date, checked with datetime: file number -> [(weekday as written, date)]
WEEKDAY_DATES = {
 1:[("Selasa","2025-01-14"),("Sabtu","2025-01-18")], 2:[("Kamis","2025-02-20")], 3:[("Sabtu","2025-03-08")],
 4:[("Selasa","2025-04-15")], 5:[("Selasa","2025-05-06")], 7:[("Kamis","2025-03-27")], 8:[("Kamis","2026-02-12")],
 9:[("Selasa","2025-06-10")], 11:[("Selasa","2025-12-16")], 13:[("Senin","2025-02-03")], 14:[("Rabu","2025-10-22")],
 15:[("Kamis","2025-08-28"),("Senin","2025-09-01")], 16:[("Minggu","2025-11-09")], 27:[("SELASA","2026-09-15")],
 28:[("RABU","2026-09-30")], 29:[("KAMIS","2026-10-22")], 32:[("Rab","2026-01-07")], 35:[("Senin","2026-03-02")],
 36:[("Sab","2026-04-25"),("Min","2026-04-26")], 37:[("Kamis","2026-05-14")],
 39:[("Jumat","2026-10-09"),("Minggu","2026-10-11")], 43:[("Selasa","2026-11-24")], 44:[("Rabu","2026-11-04")],
 45:[("Kamis","2026-01-08")], 47:[("Kamis","2026-04-23")], 49:[("Sel","2026-08-04")],
}
# weekday words that are not tied to a written date (recurring or future days, "malam minggu" = Saturday night, "1 minggu" = one week)
WEEKDAY_FREE = {2:1, 4:1, 6:1, 10:2, 12:1, 19:1, 21:1, 22:1, 33:1, 34:1, 36:1, 38:1, 39:1, 42:1, 44:1, 49:1, 50:1}

errors = []
def err(f, m): errors.append(f"{f}: {m}")
def is_date(s):
    try: dt.date.fromisoformat(s); return re.fullmatch(r"\d{4}-\d\d-\d\d", s) is not None
    except Exception: return False
def is_time(s): return isinstance(s, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s) is not None

def check_report(f, r, today, text):
    if list(r.keys()) != KEYS and set(r.keys()) != set(KEYS): err(f, f"keys {sorted(r.keys())}")
    if set(r.keys()) != set(KEYS): return
    if r["date"] is not None:
        if not is_date(r["date"]): err(f, "bad date")
        elif not ("2025-01-01" <= r["date"] <= today): err(f, f"date {r['date']} not in 2025.. today {today}")
    for k in ("start_time","end_time"):
        if r[k] is not None and not is_time(r[k]): err(f, f"bad {k}")
    if r["end_time"] and not r["start_time"]: err(f, "end without start")
    if r["officer"] is not None and not isinstance(r["officer"], str): err(f, "officer type")
    if r["officer_of"] not in {None} | {k.lower() for k in KEL}: err(f, "officer_of")
    if r["officer"] is None and r["officer_of"] is not None: err(f, "officer_of without officer")
    if r["officer"] is not None and r["officer_of"] is None: err(f, "officer without officer_of")
    if r["kelurahan"] not in KEL | {None}: err(f, "kelurahan")
    for k in ("rw","rt"):
        if r[k] is not None and not (isinstance(r[k], int) and not isinstance(r[k], bool) and r[k] > 0): err(f, k)
    if r["place"] is not None and (not isinstance(r["place"], str) or not r["place"].strip()): err(f, "place")
    if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) or len(set(r["types"])) != len(r["types"]): err(f, "types")
    if not isinstance(r["audience"], dict): err(f, "audience type")
    else:
        for k, v in r["audience"].items():
            if k not in AUD: err(f, f"audience key {k}")
            if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and v > 0): err(f, f"audience value {k}")
    if r["situation"] not in SIT: err(f, "situation")
    for k in ("message","findings"):
        v = r[k]
        if v is None: continue
        if not isinstance(v, str) or not v.strip(): err(f, f"{k} empty"); continue
        for line in v.split("\n"):
            if line not in text: err(f, f"{k} line not in txt: {line[:60]!r}")

files = sorted(os.listdir(HERE))
txts = [x for x in files if x.endswith(".txt")]
jsons = [x for x in files if x.endswith(".json")]
if [t[:-4] for t in txts] != [j[:-5] for j in jsons]: errors.append("txt/json names differ")
n_reports = 0
per_style = {}
for t in txts:
    base = t[:-4]
    m = re.fullmatch(r"(\d\d)_([a-z-]+)_([a-z0-9-]+)", base)
    if not m: err(base, "bad name"); continue
    num, style = int(m.group(1)), m.group(2)
    exp = [s for s, a, b in STYLES if a <= num <= b]
    if exp != [style]: err(base, f"style {style} expected {exp}")
    raw = open(os.path.join(HERE, t), "rb").read()
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"): err(base, "trailing newline")
    j = json.load(open(os.path.join(HERE, base + ".json"), encoding="utf-8"))
    if j.get("style") != style: err(base, "json style")
    today = j.get("today")
    if not (isinstance(today, str) and is_date(today) and "2025-01-01" <= today <= "2026-12-31"): err(base, "today"); continue
    if style == "multi":
        if set(j.keys()) != {"style","today","reports"}: err(base, "multi keys")
        reps = j["reports"]
        if len(reps) != MULTI_SIZES.get(num): err(base, "multi size")
    else:
        if set(j.keys()) != set(KEYS) | {"style","today"}: err(base, "single keys")
        reps = [{k: j[k] for k in KEYS if k in j}]
    for r in reps: check_report(base, r, today, text)
    n_reports += len(reps)
    per_style.setdefault(style, [0, 0]); per_style[style][0] += 1; per_style[style][1] += len(reps)
    # weekday-date agreement
    for w, d in WEEKDAY_DATES.get(num, []):
        if w not in text: err(base, f"weekday {w} not in text")
        if dt.date.fromisoformat(d).weekday() != WD[w.lower()]: err(base, f"{w} is not {d}")
        if d > today and not any(r["date"] == d for r in reps):
            pass  # future dates inside findings are allowed
    found = re.findall(r"(?i)\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|sen|sel|rab|sab|min)\b", text)
    if len(found) != len(WEEKDAY_DATES.get(num, [])) + WEEKDAY_FREE.get(num, 0):
        err(base, f"weekday words {found} not all accounted for")

if len(txts) != 50: errors.append(f"{len(txts)} messages, expected 50")
if n_reports != 56: errors.append(f"{n_reports} reports, expected 56")
for s, (m, r) in sorted(per_style.items(), key=lambda x: [a for a, _, _ in STYLES].index(x[0])):
    print(f"{s:15s} messages {m:2d} reports {r:2d}")
print(f"total messages {len(txts)} reports {n_reports}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
