#!/usr/bin/env python3
"""Validate every case of this corpus: keys, types, codes, audience keys,
verbatim substrings, weekday-date agreement, relative-date words, counts."""
import datetime as dt, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = ["date", "start_time", "end_time", "officer", "officer_of", "kelurahan", "rw", "rt",
        "place", "types", "audience", "situation", "message", "findings"]
CODES = {"SB", "DDS", "CS", "DD", "PS", "BL", "PD", "PKM"}
AUD = {"warga", "tokoh_masyarakat", "tokoh_agama", "kelompok_pemuda", "perangkat_rt_rw", "other"}
SIT = {"aman_kondusif", "waspada", "rawan", None}
KEL = {"Senen", "Kwitang", "Kenari", "Paseban", "Kramat", "Bungur"}
BHABIN = {"senen": "Sutrisno", "kwitang": "Joko", "kenari": "Agus", "paseban": "Heri",
          "kramat": "Dwi", "bungur": "Yusuf"}
STYLES = {"numbered": (1, 8), "prose": (9, 16), "terse": (17, 26), "caps": (27, 29),
          "forwarded": (30, 34), "multi": (35, 39), "voice": (40, 44),
          "template-blank": (45, 47), "new": (48, 50)}
# weekday written in the message for each report (Mon=0), standard, Javanese/Betawi or short
WD = {"senin": 0, "senen": 0, "sen": 0, "selasa": 1, "sel": 1, "rabu": 2, "rebo": 2, "rab": 2,
      "kamis": 3, "kemis": 3, "jumat": 4, "jum'at": 4, "jemuah": 4, "sabtu": 5, "setu": 5,
      "minggu": 6, "mgg": 6, "malam minggu": 5}  # malam minggu = Saturday evening
WRITTEN = {1: ["senin"], 2: ["rabu"], 3: ["selasa"], 4: ["kamis"], 6: ["sen"], 7: ["senen"],
           8: ["jumat"], 9: ["sabtu"], 11: ["kamis"], 12: ["selasa"], 13: ["rebo"], 14: ["senin"],
           15: ["kamis"], 17: ["kemis"], 19: ["sabtu"], 22: ["sen"], 24: ["kamis"], 25: ["mgg"],
           27: ["rabu"], 28: ["jumat"], 29: ["selasa"], 30: [None], 31: ["rabu"], 32: ["senin"],
           34: ["sen"], 35: ["senen", "rebo", "jemuah"], 36: ["jum'at", "jum'at"],
           37: ["kamis", "kamis"], 38: ["sel", "rab"], 39: ["setu", None], 41: ["rabu"],
           43: ["malam minggu"], 44: ["setu"], 45: ["jumat"], 46: ["selasa"], 48: ["rabu"], 49: ["sabtu"],
           50: ["kamis"]}
# relative date words: report date = reference date + offset (reference: header or today)
REL = {5: ("today", 0), 10: ("today", -1), 16: ("today", 0), 21: ("today", 0),
       40: ("today", 0), 42: ("today", 0), 43: ("today", -1), 44: ("today", -1),
       30: ("2025-12-10", 0), 33: ("2026-03-17", 0), 34: ("2026-04-06", 0),
       39: ("2026-05-11", 0, 2)}  # optional third item: only that report

errors = []
def err(msg):
    errors.append(msg)

files = sorted(f for f in os.listdir(HERE) if re.match(r"\d\d_.*\.json$", f))
n_reports = 0
per_style = {}
for f in files:
    num = int(f[:2]); style_in_name = f.split("_")[1]
    txt_path = os.path.join(HERE, f[:-5] + ".txt")
    if not os.path.exists(txt_path):
        err(f"{f}: no .txt"); continue
    raw = open(txt_path, "rb").read()
    text = raw.decode("utf-8")
    if not text.endswith("\n") or text.endswith("\n\n"):
        err(f"{f}: .txt must end with exactly one newline")
    obj = json.load(open(os.path.join(HERE, f), encoding="utf-8"))
    style = obj.get("style")
    if style != style_in_name:
        err(f"{f}: style {style} != file name")
    lo, hi = STYLES[style]
    if not lo <= num <= hi:
        err(f"{f}: number outside the {style} range")
    today = dt.date.fromisoformat(obj["today"])
    if not dt.date(2025, 1, 1) <= today <= dt.date(2026, 12, 31):
        err(f"{f}: today outside 2025-2026")
    if style == "multi":
        if set(obj) != {"style", "today", "reports"}:
            err(f"{f}: multi keys {sorted(obj)}")
        reports = obj["reports"]
    else:
        if list(obj) != ["style", "today"] + KEYS:
            err(f"{f}: keys {list(obj)}")
        reports = [{k: obj[k] for k in KEYS if k in obj}]
    n_reports += len(reports)
    per_style.setdefault(style, [0, 0]); per_style[style][0] += 1; per_style[style][1] += len(reports)
    for i, r in enumerate(reports):
        tag = f"{f}#{i + 1}"
        if list(r) != KEYS:
            err(f"{tag}: keys {list(r)}")
            continue
        if r["date"] is not None:
            d = dt.date.fromisoformat(r["date"])
            if d > today:
                err(f"{tag}: date after today")
            w = WRITTEN.get(num, [None] * len(reports))
            if len(w) != len(reports):
                err(f"{tag}: WRITTEN table length")
            elif w[i] is not None:
                if WD[w[i]] != d.weekday():
                    err(f"{tag}: weekday {w[i]} != {d:%A}")
                if w[i].lower() not in text.lower():
                    err(f"{tag}: weekday word {w[i]} not in text")
            if num in REL:
                ref, off = REL[num][:2]
                only = REL[num][2] if len(REL[num]) > 2 else i + 1
                base = today if ref == "today" else dt.date.fromisoformat(ref)
                if only == i + 1 and d != base + dt.timedelta(days=off):
                    err(f"{tag}: relative date mismatch")
        for k in ("start_time", "end_time"):
            v = r[k]
            if v is not None and not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", v):
                err(f"{tag}: bad {k} {v}")
        if r["start_time"] and r["end_time"] and r["end_time"] <= r["start_time"]:
            err(f"{tag}: end before start")
        if r["officer_of"] is not None and r["officer_of"] not in BHABIN:
            err(f"{tag}: officer_of {r['officer_of']}")
        if r["officer"] is not None:
            if r["officer_of"] is None or BHABIN[r["officer_of"]] not in r["officer"]:
                err(f"{tag}: officer/officer_of mismatch")
        if r["kelurahan"] is not None and r["kelurahan"] not in KEL:
            err(f"{tag}: kelurahan {r['kelurahan']}")
        for k in ("rw", "rt"):
            if r[k] is not None and not (isinstance(r[k], int) and r[k] > 0):
                err(f"{tag}: bad {k}")
        if not isinstance(r["types"], list) or any(t not in CODES for t in r["types"]) \
                or len(set(r["types"])) != len(r["types"]):
            err(f"{tag}: types {r['types']}")
        if not isinstance(r["audience"], dict):
            err(f"{tag}: audience not a dict")
        else:
            for k, v in r["audience"].items():
                if k not in AUD or not (v is None or (isinstance(v, int) and v > 0)):
                    err(f"{tag}: audience {k}={v}")
        if r["situation"] not in SIT:
            err(f"{tag}: situation {r['situation']}")
        for k in ("message", "findings", "place", "officer"):
            if r[k] is not None and (not isinstance(r[k], str) or not r[k].strip()):
                err(f"{tag}: empty {k}")
        for k in ("message", "findings"):
            if r[k] is None:
                continue
            for line in r[k].split("\n"):
                if line not in text:
                    err(f"{tag}: {k} line not in text: {line[:50]!r}")

expected = {"numbered": 8, "prose": 8, "terse": 10, "caps": 3, "forwarded": 5, "multi": 5,
            "voice": 5, "template-blank": 3, "new": 3}
for s, n in expected.items():
    if per_style.get(s, [0])[0] != n:
        err(f"style {s}: {per_style.get(s)} messages, expected {n}")
if per_style.get("multi", [0, 0])[1] != 11:
    err("multi messages must hold 11 reports")
nums = sorted(int(f[:2]) for f in files)
if nums != list(range(1, 51)):
    err("case numbers are not 01-50")

for s in STYLES:
    print(f"{s:15s} messages {per_style.get(s, [0, 0])[0]:3d} reports {per_style.get(s, [0, 0])[1]:3d}")
print(f"total          messages {len(files):3d} reports {n_reports:3d}")
if errors:
    print("\n".join(errors)); print(f"FAIL: {len(errors)} problem(s)"); sys.exit(1)
print("OK: all checks pass")
