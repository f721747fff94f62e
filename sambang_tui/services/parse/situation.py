"""The kamtibmas situation: ``aman dan kondusif``, ``aman terkendali``,
``kondusif``, ``aman lancar`` → aman_kondusif; ``waspada``, ``aman namun
perlu diwaspadai`` → waspada; ``rawan`` → rawan. "Waspada" counts only as
a situation ("Situasi waspada"), never in an appeal ("agar warga waspada
pencurian"), and a purpose ("dalam rangka menjaga situasi kamtibmas yang
kondusif") states no situation at all."""

from __future__ import annotations

import re

from sambang_tui.services.parse.vocabulary import POLICE_RANKS, chat

# "terkendali" as terse writers drop its vowels: "trkendali", "trkndl"
_IN_HAND = r"t[e]?rk[e]?nd[a]?l[i]?"
# "safe" only after a situation's label ("Situation: safe & under control"), never alone ("stay safe")
_CALM = rf"aman|kondusif|{_IN_HAND}|safe"
_WORD = re.compile(rf"\b(rawan|waspada|diwaspadai|siaga|aman|kondusif|{_IN_HAND}|safe)\b", re.I)
_LEAD = re.compile(
    rf"\b(?:situasi(?:nya)?|sit|sikon|sitkam|kondisi|keadaan|sitkamtibmas|situation)\b\.?\s*(?:kamtibmas\s*)?:?\s*(?:[\w&]+\s+){{0,3}}?"
    rf"\b({_CALM}|waspada|rawan|siaga)\b[^.;\n]*",
    re.I,
)
_CALM_PHRASE = re.compile(
    chat(
        rf"\baman\s+(?:(?:dan|&)\s+)?(?:kondusif|{_IN_HAND}|lancar|tertib|damai)\b"
        r"|\b(?:berjalan|berlangsung|terpantau|dalam\s+keadaan)\s+(?:dengan\s+)?(?:aman|kondusif|lancar\s+(?:dan|&)\s+aman)\b"
        r"[^.;\n]*"
    ),
    re.I,
)
# what may follow the word before the clause ends: an address, a thanks, a greeting
_AFTER_CALM = (
    rf"(?:2|\s+(?:aman|kondusif|{_IN_HAND}|semua|ndan|komandan|pak|bos|bang|bro|juga|jg|saja|sj"
    r"|alhamdulillah|wassalam\w*|njih|nggih))*"
)
_LONE = re.compile(
    rf"(?:^|[,.;:\n])\s*(aman|kondusif){_AFTER_CALM}"
    # then a stop, the end, an emoji, or the sender signing off ("… 10 driver, aman aiptu heri",
    # "… aman - Aipda Joko", "… kondusif 🙏 Aipda Joko", "… aman 👍 - sutrisno")
    rf"\s*(?=[.,;!\n]|$|(?:[^\w\s]+\s*)*(?:\n|$|(?:{POLICE_RANKS})\b)|(?:[^\w\s]+\s*)+\w+\s*$)",
    re.I,
)
# "… got mampet aman Aipda Joko", "… dilepas lagi aman bripka dwi": with no stop before it, the word
# is still the situation when the sender's rank and name follow it, unless it is wished or denied
_SIGNED = re.compile(
    r"(?<!agar )(?<!supaya )(?<!tetap )(?<!menjaga )(?<!jaga )(?<!rasa )(?<!merasa )(?<!tidak )"
    r"(?<!agr )(?<!spy )(?<!tdk )(?<!biar )(?<!kurang )(?<!belum )(?<!blm )"
    rf"\b(?:aman|kondusif){_AFTER_CALM}(?:\s*[^\w\s]+)*\s*(?:{POLICE_RANKS})\.?\s+[a-z]",
    re.I,
)
# "… via ig malam ini. waspada. Aipda X", "rawan balap liar tiap malming.": a clause of its own
# (or left after a label's colon when what was found is taken out) that is only the word (or the word and what it is feared for), after a stop
_LONE_WARNING = re.compile(r"(?:^|[.;:\n])\s*(rawan|waspada)\b(?=\s*(?:[.;!\n]|$)|\s+[a-z])", re.I)
# "dalam rangka menjaga situasi … kondusif", "guna menciptakan suasana aman": a purpose
_PURPOSE_BEFORE = re.compile(
    chat(
        r"\b(?:rangka|guna|untuk|agar|supaya|demi|menjaga|menciptakan|mewujudkan|memelihara"
        r"|terciptanya|terwujudnya|mempertahankan|harapan|diharapkan|berharap)\b[^.;:\n]{0,30}$"
    ),
    re.I,
)


def _classify(value: str) -> str | None:
    words = {w.casefold() for w in _WORD.findall(value)}
    if "rawan" in words:
        return "rawan"
    if words & {"waspada", "diwaspadai", "siaga"}:
        return "waspada"
    if words & {"aman", "kondusif", "safe"} or any(re.fullmatch(_IN_HAND, w) for w in words):
        return "aman_kondusif"
    return None


def _stated(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 60) : m.start()]
    # a purpose phrase ends with its line: "… utk pengawasan" then "Aman terkendali" is stated
    return not _PURPOSE_BEFORE.search(before[before.rfind("\n") + 1 :])


def find_situation(section: str | None, text: str) -> str | None:
    if section:
        found = _classify(section)
        if found:
            return found
    led = [m for m in _LEAD.finditer(text) if _stated(text, m)]
    if led:
        if _WATCH.search(led[-1].group(0)):
            return "waspada"  # "situasi masih aman tapi perlu dipantau"
        return _classify(led[-1].group(0))
    calm = [m for m in _CALM_PHRASE.finditer(text) if _stated(text, m)]
    if calm:
        return _classify(calm[-1].group(0)) or "aman_kondusif"
    if any(_stated(text, m) for m in _WATCH.finditer(text)):
        return "waspada"
    warned = [m for m in _LONE_WARNING.finditer(text) if _stated(text, m)]
    if warned:
        return _classify(warned[-1].group(1))
    if any(_stated(text, m) for m in _LONE.finditer(text)):
        return "aman_kondusif"
    if any(_stated(text, m) for m in _CALM_AT_END.finditer(text)):
        return "aman_kondusif"
    if any(_stated(text, m) for m in _SIGNED.finditer(text)):
        return "aman_kondusif"
    return None


# "aman namun perlu diwaspadai", "aman tapi perlu dipantau", "perlu diwaspadai": calm for now,
# to watch
_WATCH = re.compile(
    r"\b(?:(?:aman|kondusif)\s*,?\s*(?:namun|tapi|tetapi|akan\s+tetapi)\s+(?:tetap\s+)?(?:perlu\s+)?"
    r"(?:(?:di)?waspada(?:i)?|dipantau|diawasi)|perlu\s+diwaspadai)\b",
    re.I,
)
# "Sambang pagi ini aman, warga …": "aman" closing a clause, not wished for
_CALM_AT_END = re.compile(
    r"(?<!agar )(?<!supaya )(?<!tetap )(?<!menjaga )(?<!rasa )(?<!merasa )(?<!tidak )"
    r"(?<!agr )(?<!spy )(?<!tdk )"
    r"\b(?:aman|kondusif)(?:\s+(?:terkendali|kondusif|lancar))?(?:\s+(?:ndan|komandan|bos|pak))?"
    r"\s*(?=[,.;!]|$)",
    re.I | re.M,
)


# what an appeal wishes for or a finding denies: "mari jaga situasi tetap kondusif", "warga
# merasa situasi kurang aman" — no report of the situation
_NOT_REPORTED = re.compile(
    r"\b(?:agar|agr|supaya|spy|biar|jaga|menjaga|tetap|ciptakan|menciptakan|wujudkan|mewujudkan"
    r"|kurang|tidak|tdk|tak|belum|blm|harus|mari|ayo)\b",
    re.I,
)
# "… jgn rebutan penumpang. 👍 Aman", "… grup wa. 1/12 pkl 19.00 aman.": the word closing the text
_LAST_WORD = re.compile(rf"(?:^|[.,;!?\n\d]|[^\w\s])\s*(?:aman|kondusif){_AFTER_CALM}\W*$", re.I)


def find_in_told(text: str) -> str | None:
    """The situation stated at the end of, or in a sentence of, what was
    read as the appeal or the findings ("… agar tidak menaruh barang di
    parkiran, selama kegiatan berlangsung situasi aman dan kondusif"), where
    the writer ran it on without a stop; never what an appeal wishes."""
    for m in reversed(list(_LEAD.finditer(text))):
        start = text.rfind(".", 0, m.start()) + 1
        clause = text[max(start, m.start() - 40) : m.end()]
        if _WATCH.search(m.group(0)):
            return "waspada"  # "situasi masih aman tapi perlu dipantau"
        if not _NOT_REPORTED.search(clause):
            return _classify(m.group(0))
    if _LAST_WORD.search(text):  # a stop, an emoji or a clock before it: no wish
        return "aman_kondusif"
    if any(_stated(text, m) for m in _SIGNED.finditer(text)):
        return "aman_kondusif"
    for line in text.split("\n")[1:]:
        if _OWN_LINE.fullmatch(line) and not _NOT_REPORTED.search(line):
            return _classify(line)
    return None


# a line of its own after the appeal's first, a template's next item without its label ("6. Himbau:
# …" / "7. Aman", "6) Kegiatan berjalan aman dan lancar"): the situation, not the appeal's
_OWN_LINE = re.compile(
    rf"\s*(?:\d{{1,2}}[.)]\s*)?(?:(?:kegiatan|giat|acara|situasi|sikon)\s+)?"
    rf"(?:(?:berjalan|berlangsung|terpantau)\s+)?(?:aman|kondusif){_AFTER_CALM}"
    rf"(?:\s+(?:(?:dan|&)\s+)?(?:kondusif|lancar|{_IN_HAND}|tertib))*\W*",
    re.I,
)
