import json, glob, os, re, datetime, sys
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"]
CODES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
SIT = {"aman_kondusif","waspada","rawan",None}
KEL = {"senen","kwitang","kenari","paseban","kramat","bungur"}
STYLES = {"numbered":(1,8),"prose":(9,16),"terse":(17,26),"caps":(27,29),"forwarded":(30,34),
          "multi":(35,39),"voice":(40,44),"template-blank":(45,47),"new":(48,50)}
WD = ["senin","selasa","rabu","kamis","jumat","sabtu","minggu"]
# weekday words written in the messages next to a date (case, weekday, date)
CLAIMS = [(1,"selasa","2025-10-14"),(2,"kamis","2026-01-15"),(3,"jumat","2025-02-07"),(4,"senin","2025-12-15"),
 (5,"rabu","2026-01-21"),(6,"selasa","2026-02-03"),(7,"kamis","2025-11-20"),(8,"kamis","2025-11-27"),
 (9,"sabtu","2026-01-10"),(11,"selasa","2025-12-09"),(13,"senin","2025-06-02"),(15,"selasa","2026-02-24"),
 (16,"rabu","2026-01-14"),(18,"kamis","2026-02-19"),(20,"sabtu","2025-08-30"),(21,"senin","2025-12-29"),
 (22,"senin","2026-03-02"),(25,"senin","2025-01-27"),(26,"senin","2026-02-09"),(27,"sabtu","2026-01-24"),
 (28,"kamis","2025-01-02"),(29,"rabu","2025-10-15"),(32,"sabtu","2026-02-07"),(33,"rabu","2026-02-18"),
 (35,"selasa","2026-03-10"),(36,"jumat","2026-02-13"),(36,"selasa","2026-02-10"),(37,"kamis","2025-09-04"),
 (37,"jumat","2025-09-05"),(37,"sabtu","2025-09-06"),(39,"selasa","2025-01-28"),(39,"kamis","2025-01-30"),
 (43,"rabu","2026-01-28"),(45,"jumat","2025-10-10"),(48,"sabtu","2026-01-17"),(48,"minggu","2026-01-18"),
 (49,"minggu","2025-12-14"),(49,"minggu","2025-12-21")]
errs = []
def norm(x):
    x = re.sub(r"\b(RT|RW)\b\.?(\s*\d+(/\d+)?)?", " ", x, flags=re.I)
    x = re.sub(r"\s+", " ", x); x = re.sub(r" ,", ",", x)
    return x.strip()
def err(f, m): errs.append(f"{f}: {m}")
txts = sorted(glob.glob(f"{D}/*.txt")); jsons = sorted(glob.glob(f"{D}/*.json"))
assert [t[:-4] for t in txts] == [j[:-5] for j in jsons], "txt/json pairs differ"
nrep = 0; per_style = {}
for t, j in zip(txts, jsons):
    base = os.path.basename(t)[:-4]
    m = re.fullmatch(r"(\d\d)_([a-z-]+)_[a-z0-9-]+", base)
    if not m: err(base, "bad name"); continue
    num, style = int(m.group(1)), m.group(2)
    lo, hi = STYLES.get(style, (0, -1))
    if not lo <= num <= hi: err(base, "number/style mismatch")
    raw = open(t, "rb").read()
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"): err(base, "trailing newline")
    o = json.load(open(j, encoding="utf-8"))
    if o.get("style") != style: err(base, "style key")
    today = datetime.date.fromisoformat(o["today"])
    if not (2025 <= today.year <= 2026): err(base, "today year")
    if style == "multi":
        if set(o) != {"style","today","reports"}: err(base, "multi keys")
        reps = o["reports"]
        if len(reps) < 2: err(base, "multi <2 reports")
    else:
        if set(o) != {"style","today",*KEYS}: err(base, f"keys {set(o) ^ {'style','today',*KEYS}}")
        reps = [{k: o[k] for k in KEYS}]
    nrep += len(reps); per_style[style] = per_style.get(style, 0) + 1
    for i, rp in enumerate(reps):
        w = f"{base}[{i}]"
        if set(rp) != set(KEYS): err(w, "report keys")
        if rp["date"] is not None:
            d = datetime.date.fromisoformat(rp["date"])
            if d > today: err(w, "date after today")
        for k in ("start_time","end_time"):
            v = rp[k]
            if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v): err(w, k)
        if (rp["officer"] is None) != (rp["officer_of"] is None): err(w, "officer/officer_of nullness")
        if rp["officer_of"] is not None and rp["officer_of"] not in KEL: err(w, "officer_of")
        if rp["kelurahan"] is not None and rp["kelurahan"].lower() not in KEL: err(w, "kelurahan")
        if rp["kelurahan"] is not None and rp["kelurahan"] != rp["kelurahan"].capitalize(): err(w, "kelurahan case")
        for k in ("rw","rt"):
            if rp[k] is not None and (type(rp[k]) is not int or rp[k] < 1): err(w, k)
        if not isinstance(rp["types"], list) or any(c not in CODES for c in rp["types"]) \
           or len(set(rp["types"])) != len(rp["types"]): err(w, "types")
        a = rp["audience"]
        if not isinstance(a, dict) or any(k not in AUD for k in a) or \
           any(v is not None and (type(v) is not int or v < 1) for v in a.values()): err(w, "audience")
        if rp["situation"] not in SIT: err(w, "situation")
        for k in ("place","officer","message","findings"):
            if rp[k] is not None and (not isinstance(rp[k], str) or not rp[k].strip()): err(w, k)
        if rp["place"] is not None and norm(rp["place"]) not in norm(text): err(w, "place not verbatim modulo RT/RW")
        for k in ("message","findings"):
            if rp[k] is None: continue
            for line in rp[k].split("\n"):
                if line not in text: err(w, f"{k} line not substring: {line[:50]!r}")
# weekday-date claims
names = {int(os.path.basename(t)[:2]): t for t in txts}
for n, wd, ds in CLAIMS:
    d = datetime.date.fromisoformat(ds)
    if WD[d.weekday()] != wd: err(f"case {n}", f"{ds} is {WD[d.weekday()]}, text says {wd}")
if len(txts) != 50 or nrep != 56: err("corpus", "frozen counts 50/56 differ")
for st,(lo,hi) in STYLES.items():
    if per_style.get(st,0) != hi-lo+1: err("corpus", f"style count {st}")
print("messages:", len(txts), "reports:", nrep, "by style:", per_style)
for e in errs: print("ERR", e)
print("PASS" if not errs else f"{len(errs)} problems")
