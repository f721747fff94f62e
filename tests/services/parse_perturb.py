"""Surface changes a Bhabin might make to a message that leave what a
desk officer fills in unchanged: the whole message in capitals or lower
case, its lines run into one with ``|`` or ``/`` between them, an emoji
bullet before every line, WhatsApp's media placeholders between lines, a
greeting and a thanks around it, the Kanit's question quoted above it,
labels in bold, doubled spaces, each sentence on a line of its own, chat's
abbreviations (``yg``, ``dgn``, ``sdh`` …), counts in words, slips in
words, clock times spoken, dates in figures, the date's line moved last, a
template's labels renamed, reordered or replaced by emoji, no space after
punctuation, no-break spaces, Windows line ends, other verbs for the appeal
and for what was told, a count before or after its group — where the words
change, the answers' texts are changed alike (``ANSWERS``). ``JOINS`` make
messages of two activities out of two single reports, in the ways Bhabins
put two activities in one message.

Scored with the corpora's answers as they are, each change measures how
far the parser depends on one writer's surface habits rather than on what
is said — a way to test for writers it has never seen without reading
their messages. Run ``python tests/services/parse_perturb.py [NAME …]``
for the table over the corpora already read (development, heldout …
heldout16)."""

from __future__ import annotations

import re
from collections.abc import Callable

from parse_scoring import Case

Change = Callable[[str, bool], str]  # (message, tells several activities) -> message


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _one_line(separator: str) -> Change:
    """A single report's lines run into one; a message of several activities
    is left as written (its lines are how a reader tells them apart)."""

    def change(text: str, multi: bool) -> str:
        return text if multi else separator.join(_lines(text)) + "\n"

    return change


def _media(text: str, multi: bool) -> str:
    lines = text.rstrip("\n").split("\n")
    if len(lines) < 2:
        return text
    return (
        "\n".join([lines[0], "<Media tidak disertakan>", *lines[1:-1], "[foto]", lines[-1]]) + "\n"
    )


def _bold(text: str, multi: bool) -> str:
    return re.sub(r"(?m)^(\s*(?:\d+[.)]\s*)?)([A-Za-z][A-Za-z /]{1,24}?)(\s*):", r"\1*\2*\3:", text)


def _bullets(text: str, multi: bool) -> str:
    return "\n".join(f"▪️ {line}" if line.strip() else line for line in text.split("\n"))


def _greeting(text: str, multi: bool) -> str:
    return (
        f"Assalamualaikum wr wb. Izin melaporkan Ndan 🙏\n\n{text.rstrip()}\n\nTerima kasih 🙏🙏\n"
    )


_OPENINGS = (
    "Selamat pagi Komandan, ijin lapor.",
    "Salam Presisi! Mohon ijin melaporkan kegiatan.",
    "Bismillahirrahmanirrahim. Assalamu'alaikum warahmatullahi wabarakatuh.",
    "Siang ndan, izin lapor giat",
    "Yth. Kapolsek Senen, dengan hormat dilaporkan:",
    "Salam sejahtera. Om swastiastu.",
)
_CLOSINGS = (
    "Demikian dilaporkan, mohon petunjuk.",
    "Salam Presisi 🙏",
    "Wassalamu'alaikum wr wb.",
    "Terima kasih ndan, siap laksanakan.",
    "Dokumentasi terlampir.",
    "Mohon arahan lebih lanjut Komandan.",
)


def _greetings(text: str, multi: bool) -> str:
    """One of several openings and closings, the same for a message each run."""
    pick = sum(map(ord, text))
    opening, closing = _OPENINGS[pick % len(_OPENINGS)], _CLOSINGS[pick % len(_CLOSINGS)]
    return f"{opening}\n{text.rstrip()}\n{closing}\n"


def _hashtags(text: str, multi: bool) -> str:
    return f"{text.rstrip()}\n\n#PolriPresisi #BhabinkamtibmasHadir #JagaKamtibmas\n"


def _quoted(text: str, multi: bool) -> str:
    return f"> Kanit Binmas: mohon laporan giatnya\n\n{text}"


_SHORT = {
    "yang": "yg", "dengan": "dgn", "sudah": "sdh", "tidak": "tdk", "untuk": "utk",
    "kepada": "kpd", "bapak": "bpk", "karena": "krn", "dan": "&", "juga": "jg", "belum": "blm",
    "tersebut": "tsb", "masyarakat": "masy", "kegiatan": "giat", "bertemu": "ketemu",
    "warga": "wrg", "agar": "agr", "supaya": "spy", "sampai": "sampe", "saja": "aja",
    "dari": "dr", "pada": "pd", "akan": "akn", "sedang": "sdg", "orang": "org",
}  # fmt: skip
_LONG = re.compile(r"\b(" + "|".join(_SHORT) + r")\b", re.IGNORECASE)


def abbreviated(text: str) -> str:
    """``text`` as chat abbreviates it; applied to the answers' texts too."""
    return _LONG.sub(lambda m: _SHORT[m.group(1).casefold()], text)


def _sentences(text: str, multi: bool) -> str:
    return re.sub(r"(?<=[a-z0-9)])\. +(?=[A-Z])", ".\n", text)


_UNITS = ("", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan")


def in_words(n: int) -> str:
    """1–99 as Indonesian words."""
    if n < 10:
        return _UNITS[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_UNITS[n - 10]} belas"
    tens, unit = divmod(n, 10)
    return f"{_UNITS[tens]} puluh {_UNITS[unit]}".rstrip()


_MONTHS = (
    "januari", "februari", "maret", "april", "mei", "juni",
    "juli", "agustus", "september", "oktober", "november", "desember",
)  # fmt: skip
_NOT_COUNTED = re.compile(
    r"(?:rt|rw|no|nomor|gg|gang|blok|lantai|lt|tgl|tanggal|pukul|pkl|jam|kav|ke|tahun|thn|"
    r"pos|km|lorong|jalur)\.?$",
    re.IGNORECASE,
)
_COUNT = re.compile(r"(?<![\w/.:,+±-])(\d{1,2})(?![\w/.:,])(?= +([A-Za-z]+))")


def numbers_in_words(text: str) -> str:
    """A count before a word written out (``6 orang`` → ``enam orang``);
    numbers of places, dates and times left as they are."""

    def spell(m: re.Match[str]) -> str:
        before = text[: m.start()].rstrip().rsplit(maxsplit=1)
        following = m.group(2).casefold()
        n = int(m.group(1))
        if not 0 < n < 100 or (before and _NOT_COUNTED.search(before[-1])):
            return m.group(0)
        if following in _MONTHS or following[:3] in {m[:3] for m in _MONTHS}:
            return m.group(0)
        if following in {"wib", "pagi", "siang", "sore", "malam", "s", "sd", "hari", "jam"}:
            return m.group(0)
        return in_words(n)

    return _COUNT.sub(spell, text)


def _typo(word: str) -> str:
    return word[:2] + word[3] + word[2] + word[4:]


def with_typos(text: str) -> str:
    """Every fifth or so lower-case word of six letters or more with two of
    its letters swapped — the same word always the same way."""
    return re.sub(
        r"\b[a-z]{6,}\b",
        lambda m: _typo(m.group(0)) if sum(map(ord, m.group(0))) % 5 == 0 else m.group(0),
        text,
    )


_DAY = r"(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_DATED = re.compile(
    rf"\b{_DAY}\b|\b\d{{1,2}}[/-]\d{{1,2}}\b|\b\d{{1,2}} (?:{'|'.join(m[:3] for m in _MONTHS)})",
    re.IGNORECASE,
)


def _date_last(text: str, multi: bool) -> str:
    """The short line that gives the date moved to the end of the message."""
    lines = text.rstrip("\n").split("\n")
    if multi or len([line for line in lines if line.strip()]) < 3:
        return text
    for i, line in enumerate(lines):
        if len(line) <= 60 and _DATED.search(line):
            moved = re.sub(r"^\s*\d+[.)]\s*", "", line)
            return "\n".join([*lines[:i], *lines[i + 1 :], moved.strip()]) + "\n"
    return text


_LABEL_LINE = re.compile(
    r"^(\s*(?:\d+[.)]\s*|[a-h][.)]\s+|[-•*▪️✅]+\s*)?\**)([A-Za-z][A-Za-z ./]{1,28}?)(\**\s*[:=]\s*)(\S.*)$"
)
_FAMILIES = {  # a template's label as the corpora write it, by field
    "date": r"hari\s*/\s*(?:tgl|tanggal)\.?|hari,?\s*tanggal|tanggal|tgl\.?",
    "time": r"waktu|jam|pukul|pkl\.?",
    "place": r"tempat|lokasi|tkp",
    "met": r"sasaran|yang ditemui",
    "met with": r"bertemu dengan",
    "type": r"kegiatan|giat|jenis kegiatan",
    "appeal": r"pesan(?: kamtibmas)?|himbauan|imbauan",
    "found": r"hasil(?: giat| kegiatan)?|temuan",
    "situation": r"situasi|sitkamtibmas",
    "conclusion": r"kesimpulan",
}
_RENAMED = {
    "date": "Tgl giat", "time": "Jam giat", "place": "Lokasi giat", "met": "Warga yg ditemui",
    "met with": "Warga yg ditemui",
    "type": "Jenis giat", "appeal": "Yang disampaikan", "found": "Hasil yang didapat",
    "situation": "Kondisi wilayah",
    "conclusion": "Kondisi wilayah",
}  # fmt: skip
_EMOJI = {"date": "🗓️", "time": "🕘", "place": "📍", "met": "👥", "appeal": "📢", "situation": "✅"}


def _labels_as(names: dict[str, str], colon: bool) -> Change:
    """A template's labels replaced by ``names`` of their fields — another
    writer's words (``Tempat`` → ``Lokasi giat``) or, without the colon, the
    emoji some writers use for them."""

    def rename(line: str) -> str:
        m = _LABEL_LINE.match(line)
        if not m:
            return line
        for field, pattern in _FAMILIES.items():
            if field in names and re.fullmatch(pattern, m.group(2).strip(), re.IGNORECASE):
                after = m.group(3) if colon else " "
                return f"{m.group(1)}{names[field]}{after}{m.group(4)}"
        return line

    return lambda text, multi: "\n".join(rename(line) for line in text.split("\n"))


def _reordered(text: str, multi: bool) -> str:
    """Each run of three or more labelled lines in the reverse order, each
    keeping its place's number or bullet."""
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        j = i
        while j < len(lines) and _LABEL_LINE.match(lines[j]):
            j += 1
        after = lines[j].strip() if j < len(lines) else ""
        if j - i >= 3 and (not after or not re.match(r"[\d\-•*▪a-z(]", after)):
            prefixes = [m.group(1) for m in map(_LABEL_LINE.match, lines[i:j]) if m]
            bodies = [
                line[len(prefix) :] for line, prefix in zip(lines[i:j], prefixes, strict=True)
            ]
            out += [prefix + body for prefix, body in zip(prefixes, reversed(bodies), strict=True)]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _hour_words(m: re.Match[str]) -> str:
    hour, minute = int(m.group(1)), m.group(2)
    if hour > 23 or m.group(3):
        return m.group(0)
    part = (
        "pagi" if 4 <= hour <= 10 else "siang" if hour <= 14 else "sore" if hour <= 18 else "malam"
    )
    spoken = f"{hour % 12 or 12}" + ("" if minute in (None, "00") else f".{minute}")
    return f"jam {spoken} {part}"


_CLOCK = re.compile(
    r"\b(?:pukul|pkl\.?|jam)\s*(\d{1,2})(?:[.:](\d{2}))?+(?![\d.:])(?:\s*WIB\b)?+"
    r"(\s*(?:s/?d|s\.d\.?|-|–|sampai|hingga))?",
    re.IGNORECASE,
)


def spoken_times(text: str) -> str:
    """``Pkl. 14.30 WIB`` → ``jam 2.30 siang``; a range left as written."""
    return _CLOCK.sub(_hour_words, text)


_LONG_DATE = re.compile(rf"\b(\d{{1,2}}) ({'|'.join(_MONTHS)}) (\d{{4}})\b", re.IGNORECASE)


def numeric_dates(text: str) -> str:
    """``2 Desember 2024`` → ``02/12/2024``."""
    return _LONG_DATE.sub(
        lambda m: (
            f"{int(m.group(1)):02d}/{_MONTHS.index(m.group(2).casefold()) + 1:02d}/{m.group(3)}"
        ),
        text,
    )


def _swapped(table: dict[str, str]) -> Callable[[str], str]:
    pattern = re.compile(r"\b(" + "|".join(table) + r")\b", re.IGNORECASE)

    def swap(text: str) -> str:
        def one(m: re.Match[str]) -> str:
            word = table[m.group(1).casefold()]
            return (
                word.upper()
                if m.group(1).isupper()
                else word
                if m.group(1).islower()
                else word.capitalize()
            )

        return pattern.sub(one, text)

    return swap


appeal_verbs = _swapped(
    {"menghimbau": "menekankan", "mengimbau": "menekankan", "himbau": "tekankan",
     "dihimbau": "ditekankan", "diimbau": "ditekankan"}
)  # fmt: skip
told_verbs = _swapped(
    {"menyampaikan bahwa": "bercerita bahwa", "mengeluhkan": "mengadukan",
     "mengeluh": "mengadu"}
)  # fmt: skip
_GROUP = r"(warga|pemuda|pedagang|ojol|jamaah|satpam|pengunjung|remaja)"
_GROUP_COUNT = re.compile(
    _GROUP + r"\s+(?:±|\+-|sekitar|sebanyak|kurang lebih|kurleb)?\s*(\d+)\s*(orang|org)\b",
    re.IGNORECASE,
)
_COUNT_GROUP = re.compile(r"\b(\d+)\s+(orang|org)\s+" + _GROUP + r"\b", re.IGNORECASE)


def count_first(text: str) -> str:
    """``warga ± 6 orang`` → ``6 orang warga``."""
    return _GROUP_COUNT.sub(lambda m: f"{m.group(2)} {m.group(3)} {m.group(1)}", text)


def count_last(text: str) -> str:
    """``6 orang warga`` → ``warga sebanyak 6 orang``."""
    return _COUNT_GROUP.sub(lambda m: f"{m.group(3)} sebanyak {m.group(1)} {m.group(2)}", text)


CHANGES: dict[str, Change] = {
    "upper": lambda text, multi: text.upper(),
    "lower": lambda text, multi: text.lower(),
    "pipe": _one_line(" | "),
    "slash": _one_line(" / "),
    "bullets": _bullets,
    "media": _media,
    "greeting": _greeting,
    "quoted": _quoted,
    "greetings": _greetings,
    "hashtags": _hashtags,
    "bold": _bold,
    "spaces": lambda text, multi: text.replace(" ", "  "),
    "sentences": _sentences,
    "abbrev": lambda text, multi: abbreviated(text),
    "counts": lambda text, multi: numbers_in_words(text),
    "typos": lambda text, multi: with_typos(text),
    "clock": lambda text, multi: spoken_times(text),
    "numdate": lambda text, multi: numeric_dates(text),
    "datelast": _date_last,
    "relabel": _labels_as(_RENAMED, colon=True),
    "reorder": _reordered,
    "emoji": _labels_as(_EMOJI, colon=False),
    "nospace": lambda text, multi: re.sub(r"([,.;:]) +(?=[A-Za-z])", r"\1", text),
    "nbsp": lambda text, multi: text.replace(": ", ":\u00a0").replace(", ", ",\u00a0"),
    "crlf": lambda text, multi: text.replace("\n", " \r\n"),
    "appeal": lambda text, multi: appeal_verbs(text),
    "told": lambda text, multi: told_verbs(text),
    "countfirst": lambda text, multi: count_first(text),
    "countlast": lambda text, multi: count_last(text),
}
ANSWERS: dict[str, Callable[[str], str]] = {
    "abbrev": abbreviated,
    "counts": numbers_in_words,
    "typos": with_typos,
    "clock": spoken_times,
    "numdate": numeric_dates,
    "appeal": appeal_verbs,
    "told": told_verbs,
    "countfirst": count_first,
    "countlast": count_last,
}  # the answers' texts changed alike
TEXTS = ("place", "message", "findings")


def changed_answers(name: str, reports: list[dict]) -> list[dict]:
    """The expected reports under change ``name``: their texts changed as the message was."""
    answer = ANSWERS.get(name)
    if answer is None:
        return reports
    return [{k: answer(v) if k in TEXTS and v else v for k, v in r.items()} for r in reports]


def _listed(first: str, second: str) -> Callable[[str, str], str | None]:
    """Two one-line reports as a day's list, each after its mark (or none)."""

    def join(a: str, b: str) -> str | None:
        if len(_lines(a)) != 1 or len(_lines(b)) != 1:
            return None
        return f"{first}{a.strip()}\n{second}{b.strip()}\n"

    return join


def _then(a: str, b: str) -> str | None:
    """The second told on as the first's next paragraph, ``Setelah itu, …``."""
    if "\n\n" in a.strip() or "\n\n" in b.strip():
        return None
    rest = b.strip()
    return f"{a.rstrip()}\nSetelah itu, {rest[0].lower()}{rest[1:]}\n"


def _run_on(a: str, b: str) -> str | None:
    """Two one-line reports run into one line, as terse writers do."""
    if len(_lines(a)) != 1 or len(_lines(b)) != 1:
        return None
    first = a.strip()
    return f"{first}{'' if first[-1] in '.!' else '.'} {b.strip()}\n"


JOINS: dict[str, Callable[[str, str], str | None]] = {
    # two messages pasted together, as the desk copies two chat bubbles at once
    "pasted": lambda a, b: f"{a.rstrip()}\n\n{b.rstrip()}\n",
    "dashes": _listed("- ", "- "),
    "ticked": _listed("✅ ", "✅ "),
    "numbered": _listed("1. ", "2. "),
    "lines": _listed("", ""),
    "headed": lambda a, b: f"Kegiatan pertama:\n{a.rstrip()}\n\nKegiatan kedua:\n{b.rstrip()}\n",
    "roman": lambda a, b: f"I. {a.strip()}\n\nII. {b.strip()}\n",
    "then": _then,
    "run_on": _run_on,
}


def joined(cases: list[Case], join: str) -> list[Case]:
    """Messages of two activities made of two single reports of one corpus,
    one style, one officer, pasted on the same day, joined as ``join`` says; the answer is the two
    reports in order."""
    singles: dict[tuple[object, ...], list[Case]] = {}
    for case in cases:
        if len(case.reports) == 1:
            key = (case.style, case.today, case.reports[0].get("officer_of"))
            singles.setdefault(key, []).append(case)
    out = []
    for group in singles.values():
        for a, b in zip(group[::2], group[1::2], strict=False):
            text = JOINS[join](a.text, b.text)
            if text is not None:
                out.append(
                    Case(f"{a.name}+{b.name}", text, "multi", a.today, a.reports + b.reports)
                )
    return out


def main(argv: list[str] | None = None) -> int:
    import sys
    import tempfile
    from dataclasses import replace
    from pathlib import Path

    from parse_scoring import (
        DATA,
        DEV_TODAY,
        DEVELOPMENT,
        Scores,
        bhabin_areas,
        load,
        parser,
        score_case,
    )

    from sambang_tui.demo import build_demo
    from sambang_tui.services.admin import runtime

    names = (argv if argv is not None else sys.argv[1:]) or [*CHANGES, *JOINS]
    path = Path(tempfile.mkdtemp()) / "demo.db"
    build_demo(str(path), today=DEV_TODAY, os_user="desk")
    runtime.connect(str(path))
    actor = runtime.actor_for("desk")
    officer_of = bhabin_areas(actor)
    corpora = [DEVELOPMENT, *(DATA / f"heldout{n if n > 1 else ''}" for n in range(1, 17))]
    by_corpus = [load(corpus) for corpus in corpora]
    cases = [case for corpus in by_corpus for case in corpus]
    parse = parser(actor)
    for name in names:
        if name not in JOINS:
            continue
        pairs = [pair for corpus in by_corpus for pair in joined(corpus, name)]
        scores, split = Scores(), 0
        for case in pairs:
            found = parse(case.text, case.today)
            split += len(found) == 2
            scores += score_case(case, found, True, officer_of)
        print(f"{name:<11} {scores.total.line()}; two reports in {split} of {len(pairs)}")
    for name in ["as written", *(n for n in names if n not in JOINS)]:
        change = CHANGES.get(name, lambda text, multi: text)
        scores = Scores()
        for case in cases:
            text = change(case.text, len(case.reports) > 1)
            changed = replace(case, reports=changed_answers(name, case.reports))
            scores += score_case(changed, parse(text, case.today), True, officer_of)
        total = scores.total
        print(f"{name:<11} {total.line()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
