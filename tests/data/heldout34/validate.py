import json, glob, os, re, datetime, sys
D = sys.argv[1] if len(sys.argv) > 1 else __import__('os').path.dirname(__import__('os').path.abspath(__file__))
KEYS = ["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place",
        "types","audience","situation","message","findings"]
CODES = {"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD = {"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
SIT = {"aman_kondusif","waspada","rawan",None}
KEL = {"Senen","Kwitang","Kenari","Paseban","Kramat","Bungur"}
OFF = {"senen","kwitang","kenari","paseban","kramat","bungur",None}
WD = {"senin":0,"selasa":1,"sel":1,"rabu":2,"kamis":3,"jumat":4,"sabtu":5,"minggu":6}
EXPECT = {"numbered":8,"prose":8,"terse":10,"caps":3,"forwarded":5,"multi":5,"voice":5,"template-blank":3,"new":3}
errs = []; nmsg = 0; nrep = 0; styles = {}
def e(f, m): errs.append(f"{f}: {m}")
def isdate(s):
    try: datetime.date.fromisoformat(s); return True
    except Exception: return False
def istime(s): return isinstance(s, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", s)
for jf in sorted(glob.glob(os.path.join(D, "*.json"))):
    f = os.path.basename(jf); base = f[:-5]
    tf = jf[:-5] + ".txt"
    if not os.path.exists(tf): e(f, "no txt"); continue
    raw = open(tf, 'rb').read(); txt = raw.decode('utf-8')
    if not txt.endswith("\n") or txt.endswith("\n\n"): e(f, "trailing newline")
    o = json.load(open(jf, encoding='utf-8'))
    st = base.split("_")[1]; nmsg += 1; styles[st] = styles.get(st, 0) + 1
    if o.get("style") != st: e(f, "style mismatch")
    if not isdate(o.get("today", "")): e(f, "today"); continue
    today = datetime.date.fromisoformat(o["today"])
    if not (2025 <= today.year <= 2026): e(f, "today year")
    if st == "multi":
        if set(o) != {"style","today","reports"}: e(f, "multi keys")
        reps = o["reports"]
        if len(reps) < 2: e(f, "multi < 2")
    else:
        if set(o) != set(KEYS) | {"style","today"}: e(f, f"keys {set(o) ^ (set(KEYS)|{'style','today'})}")
        reps = [o]
    scan = txt
    for r in reps:
        for k in ("message", "findings"):
            for line in (r.get(k) or "").split("\n"):
                if line: scan = scan.replace(line, " ")
    lowtxt = scan.lower()
    wds_in_text = set()
    for pre, w in re.findall(r"\b(?:(malam|malem|mlm)\s+)?(senin|selasa|sel|rabu|kamis|jumat|sabtu|minggu)\b", lowtxt):
        # "malam Jumat" is the evening before Jumat
        wds_in_text.add((WD[w] - 1) % 7 if pre else WD[w])
        wds_in_text.add(WD[w])
    for i, r in enumerate(reps):
        nrep += 1; tag = f"{f}#{i}"
        if st == "multi" and set(r) != set(KEYS): e(tag, "report keys")
        if r["date"] is not None:
            if not isdate(r["date"]): e(tag, "date fmt")
            else:
                d = datetime.date.fromisoformat(r["date"])
                if d > today: e(tag, "date after today")
                if wds_in_text and d.weekday() not in wds_in_text:
                    e(tag, f"weekday {d.strftime('%A')} not among weekdays written")
        for k in ("start_time","end_time"):
            if r[k] is not None and not istime(r[k]): e(tag, k)
        if r["officer_of"] not in OFF: e(tag, "officer_of")
        if (r["officer"] is None) != (r["officer_of"] is None): e(tag, "officer/officer_of null mismatch")
        if r["kelurahan"] is not None and r["kelurahan"] not in KEL: e(tag, "kelurahan")
        for k in ("rw","rt"):
            if r[k] is not None and not (isinstance(r[k], int) and not isinstance(r[k], bool) and r[k] > 0): e(tag, k)
        if r["place"] is not None and not isinstance(r["place"], str): e(tag, "place")
        if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) or len(set(r["types"])) != len(r["types"]): e(tag, "types")
        if not isinstance(r["audience"], dict) or any(k not in AUD for k in r["audience"]): e(tag, "audience keys")
        for k, v in r["audience"].items():
            if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and v > 0): e(tag, f"audience {k}")
        if r["situation"] not in SIT: e(tag, "situation")
        for k in ("message","findings"):
            v = r[k]
            if v is None: continue
            if not isinstance(v, str) or not v.strip(): e(tag, k); continue
            for line in v.split("\n"):
                if line not in txt: e(tag, f"{k} line not substring: {line[:50]!r}")
for st, n in EXPECT.items():
    if styles.get(st, 0) != n: e("counts", f"{st}: {styles.get(st,0)} != {n}")
print(f"messages={nmsg} reports={nrep} styles={styles}")
if errs:
    print("\n".join(errs)); print("FAIL", len(errs)); sys.exit(1)
print("PASS")
