import json, os, re, sys, datetime as dt, glob, collections
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"]
CODES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
SIT = {"aman_kondusif","waspada","rawan",None}
KEL = {"senen":8,"kwitang":9,"kenari":10,"paseban":9,"kramat":9,"bungur":7}
BHABIN = {"senen":"Sutrisno","kwitang":"Joko","kenari":"Agus","paseban":"Heri","kramat":"Dwi","bungur":"Yusuf"}
EXPECT = {"numbered":(1,8),"prose":(9,16),"terse":(17,26),"caps":(27,29),"forwarded":(30,34),
          "multi":(35,39),"voice":(40,44),"template-blank":(45,47),"new":(48,50)}
WD = {"senin":0,"snn":0,"sen":0,"selasa":1,"sel":1,"rabu":2,"kamis":3,"jumat":4,"sabtu":5,"sab":5,"minggu":6,"min":6}
MON = {"januari":1,"jan":1,"februari":2,"feb":2,"maret":3,"mar":3,"april":4,"apr":4,"mei":5,"juni":6,"jun":6,
       "juli":7,"jul":7,"agustus":8,"agu":8,"september":9,"sep":9,"oktober":10,"okt":10,"november":11,"nov":11,
       "desember":12,"des":12}
errs = []; counts = collections.Counter(); nrep = 0; checked_pairs = 0
def E(f, m): errs.append(f"{f}: {m}")
def isdate(s):
    try: dt.date.fromisoformat(s); return True
    except Exception: return False
def istime(s): return bool(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s))
def check_report(f, r, txt, today):
    global nrep; nrep += 1
    if list(r.keys()) != KEYS: E(f, f"keys {list(r.keys())}")
    if r["date"] is not None:
        if not isdate(r["date"]): E(f, "bad date")
        elif r["date"] > today: E(f, "date after today")
    for k in ("start_time","end_time"):
        if r[k] is not None and not (isinstance(r[k], str) and istime(r[k])): E(f, f"bad {k}")
    if (r["officer"] is None) != (r["officer_of"] is None): E(f, "officer/officer_of nullness")
    if r["officer_of"] is not None:
        if r["officer_of"] not in KEL: E(f, "officer_of")
        elif BHABIN[r["officer_of"]].lower() not in r["officer"].lower(): E(f, "officer name vs officer_of")
        if r["officer"].lower() not in txt.lower(): E(f, "officer not in text")
    if r["kelurahan"] is not None and r["kelurahan"].lower() not in KEL: E(f, "kelurahan")
    for k in ("rw","rt"):
        if r[k] is not None and not (isinstance(r[k], int) and not isinstance(r[k], bool) and r[k] > 0): E(f, f"bad {k}")
    if r["rw"] and r["kelurahan"] and r["rw"] > KEL[r["kelurahan"].lower()]: E(f, "rw out of range")
    if r["place"] is not None and not isinstance(r["place"], str): E(f, "place type")
    if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) or len(set(r["types"])) != len(r["types"]): E(f, "types")
    a = r["audience"]
    if not isinstance(a, dict) or any(k not in AUD for k in a) or any(v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 1) for v in a.values()): E(f, "audience")
    if r["situation"] not in SIT: E(f, "situation")
    for k in ("message","findings"):
        v = r[k]
        if v is None: continue
        if not isinstance(v, str) or not v.strip(): E(f, f"{k} type/empty"); continue
        for line in v.split("\n"):
            if line not in txt: E(f, f"{k} line not substring: {line[:60]!r}")
files = sorted(glob.glob(os.path.join(D, "*.txt")))
wdpairs = json.load(open("/tmp/h36/wd.json")) if os.path.exists("/tmp/h36/wd.json") else {}
nums = []
for tf in files:
    base = os.path.basename(tf)[:-4]
    m = re.fullmatch(r"(\d\d)_([a-z-]+)_([a-z0-9-]+)", base)
    if not m: E(base, "name"); continue
    n, style = int(m.group(1)), m.group(2); nums.append(n)
    lo, hi = EXPECT.get(style, (0, -1))
    if not lo <= n <= hi: E(base, "style/number range")
    raw = open(tf, "rb").read()
    txt = raw.decode("utf-8")
    if not txt.endswith("\n") or txt.endswith("\n\n"): E(base, "trailing newline")
    if "\r" in txt: E(base, "CR")
    jf = tf[:-4] + ".json"
    if not os.path.exists(jf): E(base, "no json"); continue
    j = json.load(open(jf, encoding="utf-8"))
    if j.get("style") != style: E(base, "style field")
    today = j.get("today")
    if not (isinstance(today, str) and isdate(today) and "2025-01-01" <= today <= "2026-12-31"): E(base, "today")
    counts[style] += 1
    if style == "multi":
        if list(j.keys()) != ["style","today","reports"]: E(base, "multi keys")
        for r in j["reports"]: check_report(base, r, txt, today)
    else:
        if list(j.keys())[:2] != ["style","today"]: E(base, "head keys")
        check_report(base, {k: v for k, v in j.items() if k not in ("style","today")}, txt, today)
    # weekday-date pairs declared by the writer
    for w, d in wdpairs.get(base, []):
        checked_pairs += 1
        if dt.date.fromisoformat(d).weekday() != WD[w.lower()]: E(base, f"weekday {w} != {d}")
    # automatic scan: weekday followed closely by a day and month
    low = txt.lower()
    for mm in re.finditer(r"\b(senin|snn|selasa|rabu|kamis|jumat|sabtu|sab|minggu|min|sen)\b[^0-9\n]{0,20}?(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{2,4}))?", low):
        pass
    pat = r"\b(senin|snn|selasa|rabu|kamis|jumat|sabtu|sab|minggu|min|sen)\b[,\s(]*(?:tgl\.?\s*|tanggal\s*)?(\d{1,2})(?:\s*[/.\-]\s*(\d{1,2})|\s+(" + "|".join(MON) + r")\b)(?:\s*[/.\-\s]\s*(\d{4}|\d{2})\b)?"
    for mm in re.finditer(pat, low):
        w, d, mo, mname, y = mm.groups()
        mo = int(mo) if mo else MON[mname]
        ty = int(today[:4])
        ys = [int(y) + (2000 if len(y) == 2 else 0)] if y else [ty, ty - 1, ty + 1]
        ok = False
        for yy in ys:
            try:
                if dt.date(yy, mo, int(d)).weekday() == WD[w]: ok = True
            except ValueError: pass
        checked_pairs += 1
        if not ok: E(base, f"auto weekday check failed: {mm.group(0)!r}")
    # JSON dates vs weekday words
j_msgs = len(files)
exp_counts = {s: hi - lo + 1 for s, (lo, hi) in EXPECT.items()}
if dict(counts) != exp_counts: E("corpus", f"style counts {dict(counts)}")
if sorted(nums) != list(range(1, 51)): E("corpus", "numbering")
print(f"messages {j_msgs}, reports {nrep}, weekday-date pairs checked {checked_pairs}")
print("per style:", dict(counts))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
