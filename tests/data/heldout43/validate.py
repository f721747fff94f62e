import json, os, re, glob, datetime as dt, sys
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"]
TYPES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
SIT = {"aman_kondusif","waspada","rawan",None}
KEL = {"Senen","Kwitang","Kenari","Paseban","Kramat","Bungur"}
STYLES = {"numbered":(1,8),"prose":(9,16),"terse":(17,26),"caps":(27,29),"forwarded":(30,34),
          "multi":(35,39),"voice":(40,44),"template-blank":(45,47),"new":(48,50)}
WD = {"senin":0,"sen":0,"selasa":1,"sel":1,"rabu":2,"kamis":3,"jumat":4,"jum'at":4,"sabtu":5,"minggu":6,"ahad":6}
PAS = ["legi","pahing","pon","wage","kliwon"]
MON = {"jan":1,"januari":1,"feb":2,"februari":2,"mar":3,"maret":3,"apr":4,"april":4,"mei":5,"jun":6,"juni":6,
       "jul":7,"juli":7,"agu":8,"agustus":8,"sep":9,"september":9,"okt":10,"oktober":10,"nov":11,"november":11,
       "des":12,"desember":12}
ROM = {"i":1,"ii":2,"iii":3,"iv":4,"v":5,"vi":6,"vii":7,"viii":8,"ix":9,"x":10,"xi":11,"xii":12}
errs = []
def err(f, m): errs.append(f"{f}: {m}")
tm = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
files = sorted(glob.glob(os.path.join(D, "[0-9][0-9]_*.json")))
nrep = 0; per_style = {}
for jf in files:
    base = os.path.basename(jf)[:-5]; n = int(base[:2]); style = base.split("_")[1]
    tf = jf[:-5] + ".txt"
    txt = open(tf, encoding="utf-8").read()
    if not txt.endswith("\n") or txt.endswith("\n\n"): err(base, "trailing newline")
    o = json.load(open(jf, encoding="utf-8"))
    if o.get("style") != style: err(base, "style mismatch")
    lo, hi = STYLES[style]
    if not lo <= n <= hi: err(base, "number outside style range")
    today = dt.date.fromisoformat(o["today"])
    if not dt.date(2025,1,1) <= today <= dt.date(2026,12,31): err(base, "today out of 2025-26")
    if style == "multi":
        if set(o) != {"style","today","reports"}: err(base, "multi keys")
        reps = o["reports"]
        if len(reps) < 2: err(base, "multi with <2 reports")
    else:
        if set(o) != set(KEYS) | {"style","today"}: err(base, f"keys {set(o) ^ (set(KEYS)|{'style','today'})}")
        reps = [o]
    nrep += len(reps); per_style[style] = per_style.get(style, 0) + len(reps)
    for i, r in enumerate(reps):
        tag = f"{base}[{i}]"
        if style == "multi" and set(r) != set(KEYS): err(tag, "report keys")
        if r["date"] is not None:
            d = dt.date.fromisoformat(r["date"])
            if d > today: err(tag, "date after today")
        for k in ("start_time","end_time"):
            if r[k] is not None and not tm.match(r[k]): err(tag, f"bad {k}")
        if r["officer_of"] not in {None,"senen","kwitang","kenari","paseban","kramat","bungur"}: err(tag, "officer_of")
        if r["officer"] is not None and r["officer_of"] is None: err(tag, "officer without officer_of")
        if r["officer"] is not None and r["officer"].lower() not in txt.lower(): err(tag, "officer not in text")
        if r["kelurahan"] not in KEL | {None}: err(tag, "kelurahan")
        for k in ("rw","rt"):
            if r[k] is not None and (type(r[k]) is not int or r[k] < 1): err(tag, k)
        if r["place"] is not None and not isinstance(r["place"], str): err(tag, "place type")
        if not isinstance(r["types"], list) or any(t not in TYPES for t in r["types"]) or len(set(r["types"])) != len(r["types"]): err(tag, "types")
        if not isinstance(r["audience"], dict) or any(k not in AUD for k in r["audience"]): err(tag, "audience keys")
        for k, v in r["audience"].items():
            if v is not None and (type(v) is not int or v < 1): err(tag, f"audience value {k}")
        if r["situation"] not in SIT: err(tag, "situation")
        for k in ("message","findings"):
            v = r[k]
            if v is None: continue
            if not isinstance(v, str) or not v.strip(): err(tag, f"{k} type")
            for line in v.split("\n"):
                if line not in txt: err(tag, f"{k} line not substring: {line[:40]!r}")
# weekday-date agreement for every weekday word followed by a date in the text
    pat = re.compile(r"\b(senin|sen|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)\b[\s,/(]*(?:(legi|pahing|pon|wage|kliwon)\b[\s,]*)?(?:tanggal\s+|tgl\s+)?(\d{1,2})[-/ .]([a-z]+|\d{1,2})(?:[-/ .](\d{4}|\d{2})\b)?", re.I)
    for m in pat.finditer(txt):
        w, pas, dd, mm, yy = m.groups(); w = w.lower().replace("jumat","jum'at") if False else w.lower()
        wk = WD.get(w, WD.get(w.replace("'", ""), None))
        if w.replace("'","") == "jumat": wk = 4
        ml = mm.lower()
        mon = int(ml) if ml.isdigit() else ROM.get(ml, MON.get(ml))
        if mon is None: continue
        if yy: year = int(yy) + (2000 if len(yy) == 2 else 0); cand = dt.date(year, mon, int(dd))
        else:
            cand = dt.date(today.year, mon, int(dd))
            if cand > today: cand = dt.date(today.year - 1, mon, int(dd))
        if cand.weekday() != wk: err(base, f"weekday mismatch {m.group(0)!r} -> {cand}")
        if pas and PAS[(cand - dt.date(1945,8,17)).days % 5] != pas.lower(): err(base, f"pasaran mismatch {m.group(0)!r}")
# weekdays written without a number next to the date (checked by hand-written list)
EXTRA = {"10": [("2025-12-07", 6)], "12": [("2026-01-10", 5)], "30": [("2026-03-13", 4)], "39": [("2026-05-08", 4)]}
for k, lst in EXTRA.items():
    for ds, wk in lst:
        if dt.date.fromisoformat(ds).weekday() != wk: err(k, f"weekday {ds}")
if PAS[(dt.date(2026,3,13) - dt.date(1945,8,17)).days % 5] != "wage": err("30", "pasaran")
counts = {s: sum(1 for f in files if os.path.basename(f).split("_")[1] == s) for s in STYLES}
for s, (lo, hi) in STYLES.items():
    if counts[s] != hi - lo + 1: err(s, f"count {counts[s]} != {hi-lo+1}")
if per_style.get("multi") != 11: err("multi", f"reports {per_style.get('multi')} != 11")
print("messages:", len(files), "reports:", nrep)
print("per style (messages):", counts)
print("per style (reports):", per_style)
print("\n".join(errs) if errs else "VALID: all checks pass")
sys.exit(1 if errs else 0)
