# Validator for heldout35: keys, types, codes, audience keys, substrings, weekday-date pairs, counts.
import json, os, re, sys, datetime as dt, collections
D = os.path.dirname(os.path.abspath(__file__))
KEYS = {"date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"}
CODES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
KEL = {"Senen","Kwitang","Kenari","Paseban","Kramat","Bungur"}
SIT = {None,"aman_kondusif","waspada","rawan"}
EXPECT = {"numbered":(1,8),"prose":(9,16),"terse":(17,26),"caps":(27,29),"forwarded":(30,34),
          "multi":(35,39),"voice":(40,44),"template-blank":(45,47),"new":(48,50)}
WD = {"senin":0,"selasa":1,"rabu":2,"kamis":3,"jumat":4,"sabtu":5,"minggu":6}
MON = {m:i+1 for i,m in enumerate("januari februari maret april mei juni juli agustus september oktober november desember".split())}
errs = []
def err(f, m): errs.append(f"{f}: {m}")
def isdate(s):
    try: dt.date.fromisoformat(s); return True
    except Exception: return False
def istime(s): return bool(re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s))
def check_report(f, r, txt, today):
    if set(r) != KEYS: err(f, f"keys {set(r)^KEYS}")
    for k in ("date",):
        if r[k] is not None and not (isinstance(r[k], str) and isdate(r[k])): err(f, "bad date")
    if r["date"] and r["date"] > today: err(f, "date after today")
    for k in ("start_time","end_time"):
        if r[k] is not None and not (isinstance(r[k], str) and istime(r[k])): err(f, f"bad {k}")
    for k in ("officer","place","message","findings"):
        if r[k] is not None and not (isinstance(r[k], str) and r[k].strip()): err(f, f"bad {k}")
    if r["officer_of"] is not None and r["officer_of"] not in {k.lower() for k in KEL}: err(f, "officer_of")
    if r["officer"] is None and r["officer_of"] is not None: err(f, "officer_of without officer")
    if r["kelurahan"] is not None and r["kelurahan"] not in KEL: err(f, "kelurahan")
    for k in ("rw","rt"):
        if r[k] is not None and not (type(r[k]) is int and r[k] > 0): err(f, f"bad {k}")
    if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) or len(set(r["types"])) != len(r["types"]): err(f, "types")
    if not isinstance(r["audience"], dict) or any(k not in AUD for k in r["audience"]) or any(not (v is None or (type(v) is int and v > 0)) for v in r["audience"].values()): err(f, "audience")
    if r["situation"] not in SIT: err(f, "situation")
    for k in ("message","findings"):
        if r[k]:
            for line in r[k].split("\n"):
                if line not in txt: err(f, f"{k} line not in txt: {line[:50]!r}")
def weekday_pairs(f, txt, today):
    t = txt.lower()
    ty = int(today[:4])
    pats = [r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\W{0,3}(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2,4}))?",
            r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\W{0,3}(?:tanggal |tgl )?(\d{1,2}) (januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)(?: (\d{4}))?",
            r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu) \((\d{1,2})/(\d{1,2})/(\d{4})\)"]
    n = 0
    for p in pats:
        for m in re.finditer(p, t):
            wd, d, mo, y = m.groups()
            mo = int(mo) if mo.isdigit() else MON[mo]
            if y: y = int(y); ys = [y + 2000 if y < 100 else y]
            else: ys = [ty, ty - 1]   # yearless: this year (past or a future mention) or last year
            if not any(dt.date(y, mo, int(d)).weekday() == WD[wd.replace("'", "")] for y in ys):
                err(f, f"weekday mismatch {m.group(0)!r}")
            n += 1
    return n
def main():
    files = sorted(x[:-5] for x in os.listdir(D) if re.match(r"\d\d_.*\.json$", x))
    styles = collections.Counter(); nrep = 0; npairs = 0
    for b in files:
        txt = open(os.path.join(D, b + ".txt"), encoding="utf-8").read()
        if not txt.endswith("\n") or txt.endswith("\n\n"): err(b, "trailing newline")
        o = json.load(open(os.path.join(D, b + ".json"), encoding="utf-8"))
        num, style = int(b[:2]), b.split("_")[1]
        if o.get("style") != style: err(b, "style mismatch")
        lo, hi = EXPECT[style]
        if not lo <= num <= hi: err(b, "number out of style range")
        if not isdate(o.get("today", "")): err(b, "today")
        if not ("2025-01-01" <= o["today"] <= "2026-12-31"): err(b, "today out of 2025-2026")
        styles[style] += 1
        if style == "multi":
            if set(o) != {"style","today","reports"} or len(o["reports"]) < 2: err(b, "multi shape")
            for r in o["reports"]: check_report(b, r, txt, o["today"]); nrep += 1
        else:
            r = {k: v for k, v in o.items() if k not in ("style","today")}
            check_report(b, r, txt, o["today"]); nrep += 1
        npairs += weekday_pairs(b, txt, o["today"])
    nums = sorted(int(b[:2]) for b in files)
    if nums != list(range(1, 51)): err("corpus", "numbering")
    for s, (lo, hi) in EXPECT.items():
        if styles[s] != hi - lo + 1: err("corpus", f"count {s}")
    print("messages", len(files), "reports", nrep, "weekday-date pairs checked", npairs)
    print("styles", dict(styles))
    print("multi reports", sum(len(json.load(open(os.path.join(D, b + ".json")))["reports"]) for b in files if "_multi_" in b))
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")
main()
