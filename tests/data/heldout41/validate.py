import json, os, re, sys, datetime as dt
D = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"]
CODES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
SIT = {None,"aman_kondusif","waspada","rawan"}
KEL = {"senen","kwitang","kenari","paseban","kramat","bungur"}
RANGES = {"numbered":(1,8),"prose":(9,16),"terse":(17,26),"caps":(27,29),"forwarded":(30,34),
          "multi":(35,39),"voice":(40,44),"template-blank":(45,47),"new":(48,50)}
# weekday written in the message for each report (0=Mon), checked against the date
WD = {"01":[0],"02":[2],"03":[3],"04":[1],"05":[2],"06":[5],"07":[2],"08":[6],"09":[1],"10":[5],
      "12":[0],"11":[2],"13":[4],"15":[5],"16":[0],"18":[3],"22":[0],"25":[6],"27":[3],"28":[0],"29":[1],
      "30":[1],"32":[5],"33":[4],"35":[0,2,4],"36":[0,2],"37":[0,2],"38":[3,5],"39":[4,6],"44":[5],
      "45":[5],"47":[3],"48":[0],"49":[4]}
NUMW = r"(?:nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|\d+)"
def norm(x):
    x = x.lower()
    x = re.sub(r"\b(rt|rw)\.?\s*" + NUMW + r"\b", " ", x)
    x = re.sub(r"\b(rt|rw)\b", " ", x)
    x = re.sub(r"[\s,/]+", " ", x)
    return x.strip()
err = []; nmsg = 0; nrep = 0; per_style = {}
names = sorted({f[:-4] for f in os.listdir(D) if f.endswith(".txt")})
assert names == sorted({f[:-5] for f in os.listdir(D) if f.endswith(".json")})
for n in names:
    num, style = n.split("_")[0], n.split("_")[1]
    lo, hi = RANGES[style]
    if not lo <= int(num) <= hi: err.append(f"{n}: number out of range")
    raw = open(f"{D}/{n}.txt", "rb").read()
    txt = raw.decode("utf-8")
    if not txt.endswith("\n") or txt.endswith("\n\n"): err.append(f"{n}: trailing newline")
    o = json.load(open(f"{D}/{n}.json", encoding="utf-8"))
    if o.get("style") != style: err.append(f"{n}: style")
    today = dt.date.fromisoformat(o["today"])
    if not dt.date(2025,1,1) <= today <= dt.date(2026,12,31): err.append(f"{n}: today range")
    if style == "multi":
        if set(o) != {"style","today","reports"}: err.append(f"{n}: multi keys")
        reps = o["reports"]
        if len(reps) < 2: err.append(f"{n}: multi <2")
    else:
        if set(o) != set(KEYS) | {"style","today"}: err.append(f"{n}: keys {set(o) ^ (set(KEYS)|{'style','today'})}")
        reps = [{k: o[k] for k in KEYS}]
    nmsg += 1; nrep += len(reps); per_style.setdefault(style, [0,0]); per_style[style][0]+=1; per_style[style][1]+=len(reps)
    for i, r in enumerate(reps):
        t = f"{n}[{i}]"
        if set(r) != set(KEYS): err.append(f"{t}: keys")
        if r["date"] is not None:
            d = dt.date.fromisoformat(r["date"])
            if d > today: err.append(f"{t}: date after today")
            w = WD.get(num)
            if w is not None and d.weekday() != w[i]: err.append(f"{t}: weekday {d} {d.strftime('%A')}")
        elif num in WD: err.append(f"{t}: weekday listed but no date")
        for k in ("start_time","end_time"):
            v = r[k]
            if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v): err.append(f"{t}: {k}")
        if r["end_time"] and not r["start_time"]: err.append(f"{t}: end without start")
        if (r["officer"] is None) != (r["officer_of"] is None) : err.append(f"{t}: officer/officer_of")
        if r["officer_of"] is not None and r["officer_of"] not in KEL: err.append(f"{t}: officer_of")
        if r["kelurahan"] is not None and r["kelurahan"].lower() not in KEL: err.append(f"{t}: kelurahan")
        for k in ("rw","rt"):
            if r[k] is not None and not (isinstance(r[k], int) and r[k] > 0): err.append(f"{t}: {k}")
        if not isinstance(r["types"], list) or any(c not in CODES for c in r["types"]) or len(set(r["types"])) != len(r["types"]):
            err.append(f"{t}: types")
        a = r["audience"]
        if not isinstance(a, dict) or any(k not in AUD for k in a) or any(v is not None and not (isinstance(v,int) and v>0) for v in a.values()):
            err.append(f"{t}: audience")
        if r["situation"] not in SIT: err.append(f"{t}: situation")
        if r["place"] is not None and norm(r["place"]) not in norm(txt): err.append(f"{t}: place not in text")
        for k in ("message","findings"):
            v = r[k]
            if v is None: continue
            if not isinstance(v, str) or not v.strip(): err.append(f"{t}: {k} empty"); continue
            for line in v.split("\n"):
                if line not in txt: err.append(f"{t}: {k} line not substring: {line[:60]!r}")
print("messages", nmsg, "reports", nrep)
for s in RANGES: print(f"  {s:15s} {per_style[s][0]:3d} msgs {per_style[s][1]:3d} reports")
if err:
    print("\n".join(err)); sys.exit(1)
print("OK")
