"""Free text cut into the sentences ``texts.read_prose`` reads, each with
the paragraph it stands in, and the read pieces joined back as lines."""

from __future__ import annotations

import re

from sambang_tui.services.parse import dictated
from sambang_tui.services.parse.sentences import split_sentence
from sambang_tui.services.parse.vocabulary import CHAT_SHORT, caseless
from sambang_tui.services.parse.wrapping import ABBREVIATIONS, unwrap

# chat shortens a sentence's first word and leaves it in lower case ("… malam. wrg berharap
# …", "… rumah. giat berjalan aman"): a stop before such a word ends a sentence though no
# capital follows (not an abbreviation's stop: "Jl. ", "No. ")
_SHORT_OPENING = re.compile(
    r"(?<=[\w)][.!?])\s+(?=(?:" + "|".join(sorted(set(CHAT_SHORT.values()))) + r"|giat)\s)"
)


def _short_openings(sentence: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for m in _SHORT_OPENING.finditer(sentence):
        word = re.search(r"(\w+)\)?[.!?]$", sentence[start : m.start()])
        before = word.group(1).casefold() if word else ""
        if (before in ABBREVIATIONS and before not in ("rt", "rw")) or len(before) < 2:
            continue  # "Jl. kenari", "H. dullah": an abbreviation's stop ("… RW. giat …" ends one)
        pieces.append(sentence[start : m.start()])
        start = m.end()
    return [*pieces, sentence[start:]]


def paragraph_sentences(text: str) -> list[tuple[int, str]]:
    """(paragraph number, sentence) for each sentence; a wrapped line
    belongs to the paragraph it goes on."""
    out: list[tuple[int, str]] = []
    # a numbered item ("6. Himbau …" under "5. Temuan …") is the list's next item
    for number, paragraph in enumerate(unwrap(text, apart=ITEM_MARK).split("\n")):
        for sentence in split_sentence(paragraph):
            for piece in (
                p for part in _short_openings(sentence) for p in dictated.spoken_turns(part)
            ):
                run_on = (
                    bool(out) and out[-1][0] == number and not out[-1][1].endswith((".", "!", "?"))
                )
                stop = _DICTATED_STOP.match(piece) if run_on else None
                out.append((number, piece[stop.end() :] if stop else piece))
    return out


# a stop dictated in a run-on, opening the clause after it: "… sepuluh orang titik mereka
# mengeluh …", "… koma …"
_DICTATED_STOP = re.compile(r"(?:titik|koma)\s+(?=\w)", re.I)


# "… (waspada)" closing an item: the situation, said in brackets
SITUATION_TAIL = re.compile(r"\s*\((?:aman|kondusif|waspada|rawan|terkendali)[^)]*\)$", re.I)

# "6. Himbau …": an item of a numbered list, its text after the number
ITEM_MARK = re.compile(r"^\(?\d{1,2}\s*[.)]\s+(?=[^\W\d_])")


def join(pieces: list[tuple[int, str]]) -> str:
    """The pieces, those of one paragraph after a space, each paragraph on a line."""
    out = ""
    previous = None
    for paragraph, text in pieces:
        if previous is not None:
            out += "\n" if paragraph != previous else " "
        out += text
        previous = paragraph
    return out


def flat_stops(sentences: list[tuple[int, str]]) -> list[str]:
    """The sentences of lower-case chat that end at a stop before the next
    one on their line ("… 2 ketua rt. himbau jaga parkiran. aman")."""
    return [
        s
        for (p, s), (q, nxt) in zip(sentences, sentences[1:], strict=False)
        if p == q and nxt[:1].islower() and caseless(s)
    ]


def unstopped(value: str, flat: list[str]) -> str:
    """A terse item of lower-case chat without its sentence's stop, as it
    reads when the writer strings items together: "sdh damai", not "sdh
    damai."."""
    lines = value.split("\n")
    for number, line in enumerate(lines):
        # the line's last piece, where a dispute and its outcome end: "… tetangga\nud damai."
        if line.endswith(".") and any(s.endswith(line[-40:]) or line.endswith(s) for s in flat):
            lines[number] = SITUATION_TAIL.sub("", line[:-1])  # "… (aman).": the situation
    return "\n".join(lines)
