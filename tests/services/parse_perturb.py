"""Surface changes a Bhabin might make to a message that leave what a
desk officer fills in unchanged: the whole message in capitals or lower
case, its lines run into one with ``|`` or ``/`` between them, an emoji
bullet before every line, WhatsApp's media placeholders between lines, a
greeting and a thanks around it, the Kanit's question quoted above it,
labels in bold, doubled spaces, each sentence on a line of its own — and
chat's abbreviations (``yg``, ``dgn``, ``sdh`` …), where the answers' texts
are abbreviated alike.

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
}
ANSWERS: dict[str, Callable[[str], str]] = {
    "abbrev": abbreviated
}  # the answers' texts changed alike
TEXTS = ("place", "message", "findings")


def changed_answers(name: str, reports: list[dict]) -> list[dict]:
    """The expected reports under change ``name``: their texts changed as the message was."""
    answer = ANSWERS.get(name)
    if answer is None:
        return reports
    return [{k: answer(v) if k in TEXTS and v else v for k, v in r.items()} for r in reports]


def _listed(first: str, second: str) -> Callable[[str, str], str | None]:
    """Two one-line reports as a day's list, each after its mark."""

    def join(a: str, b: str) -> str | None:
        if len(_lines(a)) != 1 or len(_lines(b)) != 1:
            return None
        return f"{first} {a.strip()}\n{second} {b.strip()}\n"

    return join


JOINS: dict[str, Callable[[str, str], str | None]] = {
    # two messages pasted together, as the desk copies two chat bubbles at once
    "pasted": lambda a, b: f"{a.rstrip()}\n\n{b.rstrip()}\n",
    "dashes": _listed("-", "-"),
    "ticked": _listed("✅", "✅"),
    "numbered": _listed("1.", "2."),
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
