import json, os, re, sys, datetime as dt
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place","types","audience","situation","message","findings"]
CODES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
KEL = {"Senen","Kwitang","Kenari","Paseban","Kramat","Bungur"}
SIT = {"aman_kondusif","waspada","rawan",None}
EXPECT = {"numbered":(1,8),"prose":(9,16),"terse":(17,26),"caps":(27,29),"forwarded":(30,34),"multi":(35,39),"voice":(40,44),"template-blank":(45,47),"new":(48,50)}
WD = {"senin":0,"snn":0,"sen":0,"selasa":1,"sls":1,"rabu":2,"rb":2,"kamis":3,"kms":3,"jumat":4,"jmt":4,"sabtu":5,"minggu":6}
MON = {"januari":1,"jan":1,"februari":2,"feb":2,"maret":3,"mar":3,"april":4,"apr":4,"mei":5,"juni":6,"jun":6,"juli":7,"agustus":8,"september":9,"oktober":10,"okt":10,"november":11,"nov":11,"desember":12,"des":12}
STALE_WEEKDAY = {2}   # documented copy-forget: weekday left from the copied message
errs = []; nrep = 0; nwd = 0; counts = {}
def E(f, m): errs.append(f"{f}: {m}")
def iso(s): return dt.date.fromisoformat(s)
files = sorted(f for f in os.listdir(D) if f.endswith(".txt"))
assert sorted(f for f in os.listdir(D) if f.endswith(".json")) == [f[:-4]+".json" for f in files]
for f in files:
    m = re.fullmatch(r"(\d\d)_([a-z-]+)_([a-z0-9-]+)\.txt", f)
    if not m: E(f, "bad name"); continue
    num, style = int(m[1]), m[2]
    lo, hi = EXPECT[style]
    if not lo <= num <= hi: E(f, "number outside style range")
    counts[style] = counts.get(style, 0) + 1
    raw = open(os.path.join(D, f), "rb").read()
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"): E(f, "trailing newline")
    j = json.load(open(os.path.join(D, f[:-4]+".json"), encoding="utf-8"))
    if j.get("style") != style: E(f, "style mismatch")
    today = iso(j["today"])
    if not (2025 <= today.year <= 2026): E(f, "today year")
    if style == "multi":
        if set(j) != {"style","today","reports"}: E(f, "multi keys")
        reps = j["reports"]
        if len(reps) < 2: E(f, "multi with <2 reports")
    else:
        if set(j) != {"style","today",*KEYS}: E(f, f"keys {set(j) ^ {'style','today',*KEYS}}")
        reps = [{k: j[k] for k in KEYS}]
    for i, r in enumerate(reps):
        nrep += 1
        tag = f"{f}#{i+1}"
        if set(r) != set(KEYS): E(tag, "report keys")
        if r["date"] is not None:
            d = iso(r["date"])
            if d > today: E(tag, "date after today")
        for k in ("start_time","end_time"):
            v = r[k]
            if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v): E(tag, f"{k} {v}")
        if r["start_time"] and r["end_time"] and r["end_time"] <= r["start_time"]: E(tag, "end<=start")
        if (r["officer"] is None) != (r["officer_of"] is None): E(tag, "officer/officer_of nullness")
        if r["officer_of"] is not None and r["officer_of"] not in {k.lower() for k in KEL}: E(tag, "officer_of")
        if r["kelurahan"] is not None and r["kelurahan"] not in KEL: E(tag, "kelurahan")
        for k in ("rw","rt"):
            if r[k] is not None and not (isinstance(r[k], int) and r[k] > 0): E(tag, k)
        for k in ("officer","place","message","findings"):
            if r[k] is not None and not (isinstance(r[k], str) and r[k].strip()): E(tag, k)
        if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) or len(set(r["types"])) != len(r["types"]): E(tag, "types")
        a = r["audience"]
        if not isinstance(a, dict) or any(k not in AUD for k in a) or any(not (v is None or (isinstance(v, int) and not isinstance(v, bool) and v > 0)) for v in a.values()): E(tag, "audience")
        if r["situation"] not in SIT: E(tag, "situation")
        for k in ("message","findings"):
            if r[k]:
                for line in r[k].split("\n"):
                    if line not in text: E(tag, f"{k} line not in txt: {line[:60]}")
        if r["place"] and r["place"].lower() == (r["kelurahan"] or "").lower(): E(tag, "kelurahan as place")
    # weekday-date agreement found in text
    pat = re.compile(r"\b(senin|snn|sen|selasa|sls|rabu|rb|kamis|kms|jumat|jmt|sabtu|minggu)\b[\s,(]*(?:tanggal\s+|tgl\s+)?(\d{1,2})(?:[/-](\d{1,2})(?:[/-](\d{2,4}))?|\s+([a-z]+)(?:\s+(\d{4}))?)", re.I)
    for mm in pat.finditer(text):
        wd = WD[mm[1].lower()]; day = int(mm[2])
        if mm[3]: mon = int(mm[3]); yr = mm[4]
        elif mm[5] and mm[5].lower() in MON: mon = MON[mm[5].lower()]; yr = mm[6]
        else: continue
        if yr: y = int(yr); y = y + 2000 if y < 100 else y
        else:
            y = today.year
            if dt.date(y, mon, day) > today: y -= 1
        d = dt.date(y, mon, day); nwd += 1
        if d.weekday() != wd and num not in STALE_WEEKDAY: E(f, f"weekday mismatch {mm[0]!r} -> {d} is {d.strftime('%A')}")
        if num in STALE_WEEKDAY and d.weekday() == wd: E(f, "expected stale weekday")
    # every report's date with weekday written: ensure date is not a Sunday-mismatch etc (checked above)
# weekday checks the regex cannot see: a date followed by "(weekday)", and "hari ini <weekday>" against today
for f, wdname, key in [("49", "Selasa", "date"), ("41", "Kamis", "today")]:
    fn = [x for x in files if x.startswith(f + "_")][0]
    j = json.load(open(os.path.join(D, fn[:-4] + ".json"), encoding="utf-8"))
    if wdname not in open(os.path.join(D, fn), encoding="utf-8").read(): E(fn, "weekday word missing")
    if iso(j[key]).weekday() != WD[wdname.lower()]: E(fn, "manual weekday mismatch")
    nwd += 1
want = {"numbered":8,"prose":8,"terse":10,"caps":3,"forwarded":5,"multi":5,"voice":5,"template-blank":3,"new":3}
if counts != want: E("counts", f"{counts}")
if len(files) != 50: E("counts", f"messages {len(files)}")
if nrep != 56: E("counts", f"reports {nrep}")
print(f"messages={len(files)} reports={nrep} weekday-date pairs checked={nwd}")
print("\n".join(errs) if errs else "ALL CHECKS PASS")
sys.exit(1 if errs else 0)
