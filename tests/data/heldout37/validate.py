import json, glob, os, re, datetime as dt, sys
D = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
KEYS=["date","start_time","end_time","officer","officer_of","kelurahan","rw","rt","place","types","audience","situation","message","findings"]
CODES={"SB","DDS","CS","DD","PS","BL","PD","PKM"}
AUD={"warga","tokoh_masyarakat","tokoh_agama","kelompok_pemuda","perangkat_rt_rw","other"}
KEL={"Senen","Kwitang","Kenari","Paseban","Kramat","Bungur"}
SIT={"aman_kondusif","waspada","rawan",None}
STY={"numbered":8,"prose":8,"terse":10,"caps":3,"forwarded":5,"multi":5,"voice":5,"template-blank":3,"new":3}
WD={'senin':0,'selasa':1,'rabu':2,'kamis':3,'jumat':4,"jum'at":4,'sabtu':5,'minggu':6}
MON={'januari':1,'februari':2,'maret':3,'april':4,'mei':5,'juni':6,'jun':6,'juli':7,'agustus':8,'sept':9,'september':9,'oktober':10,'november':11,'desember':12}
WORDNUM={'lima':5,'dua puluh empat':24}
err=[]; nrep=0; styles={}
def E(f,m): err.append(f"{f}: {m}")
def chk_report(f, r, txt, today):
    if set(r)!=set(KEYS): E(f,f"keys {set(r)^set(KEYS)}")
    for k in ("date",):
        if r[k] is not None:
            d=dt.date.fromisoformat(r[k])
            if d>today: E(f,"date after today")
    for k in ("start_time","end_time"):
        if r[k] is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d",r[k]): E(f,f"bad {k}")
    if (r['officer'] is None)!=(r['officer_of'] is None): E(f,"officer/officer_of")
    if r['officer_of'] is not None and r['officer_of'] not in {k.lower() for k in KEL}: E(f,"officer_of")
    if r['kelurahan'] is not None and r['kelurahan'] not in KEL: E(f,"kelurahan")
    for k in ("rw","rt"):
        if r[k] is not None and (type(r[k]) is not int or r[k]<1): E(f,k)
    if not isinstance(r['types'],list) or any(t not in CODES for t in r['types']) or len(set(r['types']))!=len(r['types']): E(f,"types")
    if not isinstance(r['audience'],dict) or any(k not in AUD for k in r['audience']) or any(not(v is None or (type(v) is int and v>0)) for v in r['audience'].values()): E(f,"audience")
    if r['situation'] not in SIT: E(f,"situation")
    for k in ("officer","place","message","findings"):
        if r[k] is not None and not isinstance(r[k],str): E(f,k)
    for k in ("message","findings"):
        if r[k] is not None:
            for line in r[k].split("\n"):
                if line not in txt: E(f,f"{k} line not substring: {line[:50]}")
    if r['officer'] and r['officer'].split()[-1].lower() not in txt.lower(): E(f,"officer not in text")
def weekday_pairs(txt):
    t=txt.lower()
    out=[]
    for m in re.finditer(r"\b(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b[\s,(]*(?:tanggal\s+|tgl\s+)?(\d{1,2})(?:[/\-.](\d{1,2})(?:[/\-.](\d{2,4}))?|\s+([a-z]+)(?:\s+(\d{4}))?)",t):
        w=WD[m.group(1)]; day=int(m.group(2))
        if m.group(3): mon=int(m.group(3)); y=m.group(4)
        else:
            if m.group(5) not in MON: continue
            mon=MON[m.group(5)]; y=m.group(6)
        y=int(y)+2000 if y and len(y)==2 else (int(y) if y else None)
        out.append((w,day,mon,y,m.group(0)))
    return out
files=sorted(glob.glob(os.path.join(D,"*.json")))
for jf in files:
    f=os.path.basename(jf); tf=jf[:-5]+".txt"
    if not os.path.exists(tf): E(f,"no txt"); continue
    raw=open(tf,encoding='utf-8').read()
    if not raw.endswith("\n") or raw.endswith("\n\n"): E(f,"trailing newline")
    txt=raw
    j=json.load(open(jf,encoding='utf-8'))
    st=f.split("_")[1]
    if j.get("style")!=st: E(f,"style mismatch")
    styles[st]=styles.get(st,0)+1
    today=dt.date.fromisoformat(j['today'])
    if not (dt.date(2025,1,1)<=today<=dt.date(2026,12,31)): E(f,"today range")
    if st=="multi":
        if set(j)!={"style","today","reports"}: E(f,"multi keys")
        reps=j['reports']
    else:
        if set(j)!=set(KEYS)|{"style","today"}: E(f,"keys")
        reps=[{k:j[k] for k in KEYS}]
    for r in reps: chk_report(f,r,txt,today)
    nrep+=len(reps)
    dates={r['date'] for r in reps if r['date']}
    for w,day,mon,y,s in weekday_pairs(txt):
        infind=any(r['findings'] and s.strip() in r['findings'].lower() for r in reps)
        if y is None:
            y=today.year
            if infind:   # a future date inside findings: next occurrence
                if dt.date(y,mon,day)<today: y+=1
            elif dt.date(y,mon,day)>today: y-=1
        d=dt.date(y,mon,day)
        if d.weekday()!=w: E(f,f"weekday mismatch '{s}' -> {d} is {d.strftime('%A')}")
        else: print(f"  ok {f[:2]} '{s.strip()}' = {d}")
# spoken dates checked by hand-coded pairs
for f,w,d in [("40",2,"2025-11-05"),("43",6,"2025-08-24"),("31",0,"2026-03-16"),("12",3,"2026-01-15"),("21",5,"2026-02-14"),("20",1,"2025-10-14")]:
    if dt.date.fromisoformat(d).weekday()!=w: E(f,"manual weekday")
nums=sorted(int(os.path.basename(x)[:2]) for x in files)
if nums!=list(range(1,51)): E("all","numbering")
if styles!=STY: E("all",f"styles {styles}")
print("messages",len(files),"reports",nrep,"styles",styles)
print("ERRORS" if err else "PASS"); [print(" ",e) for e in err]
