"""Indonesian numbers written in words, as dictated or chatty messages
write them, read as digits wherever a number may stand: counts ("dua
puluh lima orang" → 25), clock times ("jam sembilan pagi", "setengah
delapan malam" → 7.30 malam, "jam tujuh lewat lima belas" → 7.15), dates
("tanggal dua belas Desember dua ribu dua puluh empat") and RT/RW ("RT
dua RW lima", "RW nol tiga").

Only the classifiers read the digits (dates, times, RT/RW, counts): the
texts copied into the form keep the words as written. Approximate
amounts ("belasan", "puluhan", "ratusan") stay words: they are no
number. Idioms that hold a number word but no amount ("salah satu",
"kaki lima", "satu-satunya", "satu per satu") stay as written."""

from __future__ import annotations

import re

UNITS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9,
}  # fmt: skip
_UNIT = "|".join(UNITS)
_WORD = rf"(?:{_UNIT}|sepuluh|sebelas|seratus|seribu|belas|puluh|ratus|ribu)"
# an amount in words, for a pattern that takes digits or words ("14 org", "empat belas org")
AMOUNT_WORDS = rf"(?:{_WORD}(?:\s+{_WORD})*)"
# a run of number words; "-an" after the last makes it an approximation ("puluhan")
_PHRASE = re.compile(rf"\b{_WORD}(?:\s+{_WORD})*(?P<approx>[-'’]?an)?\b", re.I)
# words before a number word that make it no amount
_IDIOM_BEFORE = re.compile(r"\b(?:salah|kaki|per)\s+$", re.I)
_IDIOM_AFTER = re.compile(r"\s*(?:per\s+satu|-)", re.I)
# digit by digit after a code-like label: "RT nol dua", "RW kosong lima"
_CODE = re.compile(
    rf"\b(?P<label>RT|RW|no|nomor|gang|gg|blok)(?P<gap>\.?\s*)"
    rf"(?P<digits>(?:nol|kosong)(?:\s+(?:nol|kosong|{_UNIT}))+)\b",
    re.I,
)
_KNOWN = frozenset(
    [*UNITS, "sepuluh", "sebelas", "seratus", "seribu", "belas", "puluh", "ratus", "ribu"]
)
_DIGIT = {"nol": "0", "kosong": "0", **{word: str(n) for word, n in UNITS.items()}}


def value(phrase: str) -> int | None:
    """The amount a run of number words says ("dua ratus lima puluh
    tiga" → 253); None when the words are no single amount ("dua tiga",
    two amounts side by side)."""
    total = 0  # thousands already closed
    chunk = 0  # below a thousand, closed
    pending = 0  # a unit waiting for its multiplier
    smallest = 10_000  # the magnitude last closed: the next must be smaller
    for word in phrase.casefold().split():
        if word not in _KNOWN:
            return None
        if word in UNITS:
            if pending:
                return None
            pending = UNITS[word]
            continue
        if word in ("sepuluh", "sebelas", "seratus", "seribu"):
            if pending:
                return None
            pending = {"sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000}[word]
            word = {"seratus": "ratus", "seribu": "ribu"}.get(word, "")
            if not word:
                magnitude = 10
                if magnitude >= smallest:
                    return None
                chunk, pending, smallest = chunk + pending, 0, magnitude
                continue
            pending //= 100 if word == "ratus" else 1000
        if word == "ribu":
            if not chunk + pending or smallest <= 1000 and total:
                return None
            total = (chunk + pending) * 1000
            chunk, pending, smallest = 0, 0, 1000
            continue
        if not pending:
            return None
        if word == "belas":
            magnitude, amount = 10, 10 + pending
        elif word == "puluh":
            magnitude, amount = 10, pending * 10
        else:  # ratus
            magnitude, amount = 100, pending * 100
        if magnitude >= smallest:
            return None
        chunk, pending, smallest = chunk + amount, 0, magnitude
    amount = total + chunk + pending
    return amount or None


def _amount(m: re.Match[str]) -> str:
    text = m.string
    if m.group("approx"):
        return m.group(0)
    if _IDIOM_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
        # "pedagang kaki lima empat orang": the idiom's word, then the count
        first, _, rest = m.group(0).partition(" ")
        return f"{first} {_spoken_amount(rest)}" if rest.strip() else m.group(0)
    if _IDIOM_AFTER.match(text, m.end()):
        return m.group(0)
    return _spoken_amount(m.group(0))


def _spoken_amount(phrase: str) -> str:
    number = value(phrase)
    return str(number) if number is not None else _two_amounts(phrase)


def _two_amounts(phrase: str) -> str:
    """Two amounts run together as dictation does ("RT empat lima belas
    orang" → "4 15"); two bare units ("dua tiga orang", two or three) stay
    words."""
    words = phrase.split()
    for cut in range(len(words) - 1, 0, -1):
        left, right = value(" ".join(words[:cut])), value(" ".join(words[cut:]))
        if left is None or right is None:
            continue
        if cut == 1 and len(words) == 2 and all(w.casefold() in UNITS for w in words):
            break
        return f"{left} {right}"
    return phrase


# clock words, read after the amounts are digits: "setengah 8" is 7.30,
# "7 lewat 15" 7.15, "8 kurang seperempat" 7.45, "7 seperempat" 7.15
_HALF = re.compile(
    r"\bsetengah\s+(\d{1,2})\b(?=\s*(?:wib\s*)?(?:pagi|siang|sore|petang|malam)\b)"
    r"|(?:(?<=\bjam\s)|(?<=\bpukul\s)|(?<=\bpkl\s))setengah\s+(\d{1,2})\b"
    # the end of a range: "pukul 4 sore sampai setengah 6"
    r"|(?:(?<=\bsampai\s)|(?<=\bsampe\s)|(?<=\bhingga\s)|(?<=\bs/d\s))setengah\s+(\d{1,2})\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?P<lead>(?:jam|pukul|pkl)\.?\s*)(?P<hour>\d{1,2})\s+"
    r"(?:(?:lewat|lebih)\s+(?P<minutes>\d{1,2})(?:\s+menit)?|(?:lewat\s+)?(?P<quarter>seperempat))\b",
    re.I,
)
_TO = re.compile(
    r"\b(?P<lead>(?:jam|pukul|pkl)\.?\s*)(?P<hour>\d{1,2})\s+kurang\s+"
    r"(?:(?P<minutes>\d{1,2})(?:\s+menit)?|(?P<quarter>seperempat))\b",
    re.I,
)


def _half(m: re.Match[str]) -> str:
    hour = int(m.group(1) or m.group(2) or m.group(3))
    # "setengah 1 siang" is 12.30, read with its part of the day as "12.30 siang"
    return f"{hour - 1 or 12}.30" if 1 <= hour <= 24 else m.group(0)


def _past(m: re.Match[str]) -> str:
    minutes = 15 if m.group("quarter") else int(m.group("minutes"))
    if minutes >= 60:
        return m.group(0)
    return f"{m.group('lead')}{m.group('hour')}.{minutes:02d}"


def _to(m: re.Match[str]) -> str:
    minutes = 15 if m.group("quarter") else int(m.group("minutes"))
    hour = int(m.group("hour"))
    if not (1 <= minutes < 60 and 1 <= hour <= 24):
        return m.group(0)
    return f"{m.group('lead')}{(hour - 1) % 24}.{60 - minutes:02d}"


def _code(m: re.Match[str]) -> str:
    digits = "".join(_DIGIT[word] for word in m.group("digits").casefold().split())
    return f"{m.group('label')}{m.group('gap') or ' '}{digits}"


def as_digits(text: str) -> str:
    """``text`` with its numbers in words written as digits, and clock
    words as a time ("setengah delapan malam" → "7.30 malam")."""
    if not _ANY.search(text):
        return text
    text = _CODE.sub(_code, text)
    text = _PHRASE.sub(_amount, text)
    text = _HALF.sub(_half, text)
    text = _PAST.sub(_past, text)
    return _TO.sub(_to, text)


# the clock words are read with the hour in digits too: "jam 9 seperempat", "jam 2 lewat 10"
_ANY = re.compile(rf"\b(?:{_WORD}|nol|kosong|setengah|seperempat|lewat|lebih|kurang)\b", re.I)
_AREA_NUMBER = re.compile(
    rf"\b(?P<label>RT|RW)(?P<gap>\.?\s*)(?P<words>(?:nol|kosong|{_WORD})(?:\s+(?:nol|kosong|{_WORD}))*)\b",
    re.I,
)


def area_digits(text: str) -> str:
    """``text`` with only the RT and RW numbers in words written as digits
    ("RT dua RW lima" → "RT 2 RW 5"): what a place is read from, so that
    the rest of it keeps its words."""

    def one(m: re.Match[str]) -> str:
        spelt = as_digits(m.group(0))
        return spelt if re.search(r"\d", spelt) else m.group(0)

    return _AREA_NUMBER.sub(one, text)


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_LAST_NUMBER = re.compile(rf"\s(?P<number>\d{{1,2}}|{_UNIT}|sepuluh)$", re.I)


def roman_last(name: str) -> str:
    """A street's name with the number that closes it as the Roman numeral
    street names are kept with: "kenari dua" and "kenari 2" as said or typed
    are "kenari ii"."""
    m = _LAST_NUMBER.search(name)
    if m is None:
        return name
    word = m.group("number").casefold()
    number = int(word) if word.isdigit() else UNITS.get(word, 10)
    if not 1 <= number <= len(_ROMAN):
        return name
    return f"{name[: m.start()]} {_ROMAN[number - 1]}"
