"""Typos forgiven where they cannot mislead: a word one slip (an edit
distance of one) away from exactly one keyword (``sambng``, ``sytem``,
``Snin``, ``kondusip``) is read as that keyword; a word of eight letters or
more may be two slips away. Words that are real words close to a keyword
(``Senen``, ``pasar``) stay as written, and so does any word a slip away
from two keywords.

Only the classifiers read the corrected text (types, dates, situation,
labels): the texts copied into the form (place, message, findings) keep
the Bhabin's own spelling."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein
from rapidfuzz.process import extract

from sambang_tui.services.parse.cue_words import cue_words
from sambang_tui.services.parse.vocabulary import KEYWORDS, NOT_TYPOS

_WORD = re.compile(r"[A-Za-z]{4,}")
KNOWN = frozenset(KEYWORDS) | NOT_TYPOS  # words that are no typo of another


def _slips(word: str) -> int:
    return 2 if len(word) >= 8 else 1


@lru_cache(maxsize=4096)
def closest(word: str, choices: tuple[str, ...] = KEYWORDS) -> str | None:
    """The one choice ``word`` (lower case) is a slip or two away from;
    None when it is none or more than one, or a word of its own."""
    if word in KNOWN or word in choices:
        return None
    limit = _slips(word)
    found = extract(word, choices, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=3)
    if not found:
        return None
    best = min(score for _, score, _ in found)
    nearest = [choice for choice, score, _ in found if score == best]
    if len(nearest) != 1:
        return None
    choice = nearest[0]
    # a four-letter word only as the keyword with one letter dropped ("snin")
    if len(word) < 5 and not (len(choice) == len(word) + 1 and _dropped(word, choice)):
        return None
    return choice


def _dropped(word: str, choice: str) -> bool:
    return any(choice[:i] + choice[i + 1 :] == word for i in range(len(choice)))


def _case_like(model: str, word: str) -> str:
    if model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word.capitalize()
    return word


# a rank or a form of address: the word after it is a name
_TITLE_BEFORE = re.compile(
    r"\b(?:akp|aiptu|aipda|bripka|brigpol|briptu|bripda|ipda|iptu|kompol|pak|bapak|bpk|ibu|bu|sdr|sdri"
    r"|h|hj|kh|ust|ustadz|babinsa|serka|serma|sertu|kopda|koptu)\.?\s+$",
    re.I,
)


def correct(text: str) -> str:
    """``text`` with each forgivable typo replaced by its keyword."""

    def fix(m: re.Match[str]) -> str:
        raw = m.group(0)
        choice = closest(raw.casefold())
        if choice is None or _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return raw  # "AKP Bambang", "Pak Saban": a name, not "sambang", "sabtu"
        return _case_like(raw, choice)

    return _WORD.sub(fix, text)


# --- a slip in any cue word ----------------------------------------------------------------
# A word of five letters or more one slip from exactly one of the parser's cue words
# (cue_words.py) is read as it: two neighbouring letters swapped ("meynampaikan"), a letter
# left out ("selsai", "masjd") or one doubled ("sampaii"). A letter typed for another is not
# forgiven: too many everyday words are one such slip from a cue ("sampah" / "sampai",
# "bencana" / "rencana", "hilang" / "bilang"), and neither is a slip in a word's first letter
# ("operasi" / "koperasi", "bambang" / "sambang"). Everyday words a slip from a cue word that
# no rule tells apart ("maling" / "malming") are vocabulary.NOT_TYPOS.
_LONG_WORD = re.compile(r"[A-Za-z]{5,}")


_VOWELS = frozenset("aeiou")


def _may_drop(cue: str, i: int) -> bool:
    """Whether a word of five letters may be ``cue`` with its ``i``-th letter
    left out: only a vowel between two consonants ("masjd"), which leaves a
    cluster no word has. A consonant or a last vowel left out leaves words as
    real as the cue ("malam" / "malkam", "tetap" / "tetapi", "teman" / "temuan")."""
    if len(cue) > 6:
        return True
    return (
        cue[i] in _VOWELS
        and i + 1 < len(cue)
        and cue[i - 1] not in _VOWELS
        and cue[i + 1] not in _VOWELS
    )


def _one_slip(word: str, cue: str) -> bool:
    if word[:1] != cue[:1]:
        return False
    if len(word) == len(cue):
        wrong = [i for i, (a, b) in enumerate(zip(word, cue, strict=True)) if a != b]
        return (
            len(wrong) == 2
            and wrong[1] == wrong[0] + 1
            and (word[wrong[0]], word[wrong[1]]) == (cue[wrong[1]], cue[wrong[0]])
        )
    if len(word) == len(cue) - 1:
        return any(cue[:i] + cue[i + 1 :] == word and _may_drop(cue, i) for i in range(1, len(cue)))
    if len(word) == len(cue) + 1:
        return any(
            word[:i] + word[i + 1 :] == cue and word[i] == word[i - 1] for i in range(1, len(word))
        )
    return False


@lru_cache(maxsize=65536)
def slip_of(word: str, choices: tuple[str, ...] | None = None) -> str | None:
    """The one choice (the cue words by default) ``word`` (lower case) is
    a slip from, if any. Of two, a word with the letters of one of them
    swapped is read as that one ("kaatnya": "katanya", not "katnya")."""
    own, by_start = _index(choices or cue_words())
    if word in KNOWN or word in own:
        return None
    near = [
        choice
        for size in (len(word) - 1, len(word), len(word) + 1)
        for choice in by_start.get((word[:1], size), ())
        if _one_slip(word, choice)
    ]
    if len(near) > 1:
        near = [choice for choice in near if sorted(choice) == sorted(word)]
    return near[0] if len(near) == 1 else None


@lru_cache(maxsize=8)
def _index(
    choices: tuple[str, ...],
) -> tuple[frozenset[str], dict[tuple[str, int], tuple[str, ...]]]:
    """The choices, and them by first letter and length: a slip keeps the
    first letter and changes the length by one at most."""
    by_start: dict[tuple[str, int], list[str]] = {}
    for choice in choices:
        by_start.setdefault((choice[:1], len(choice)), []).append(choice)
    return frozenset(choices), {key: tuple(words) for key, words in by_start.items()}


@dataclass
class Mended:
    """A text with its slips mended, and where each was and how it was written."""

    text: str
    slips: list[tuple[int, int, str]] = field(default_factory=list)  # start, end, as written

    def as_written(self, value: str) -> str:
        """``value`` (a text read from the mended text) in the writer's own spelling."""
        if not self.slips or not value:
            return value
        at = self.text.find(value)
        if at >= 0 and self.text.find(value, at + 1) < 0:  # where it was read from
            out, last = [], at
            for start, end, raw in self.slips:
                if at <= start and end <= at + len(value):
                    out += [self.text[last:start], raw]
                    last = end
            return "".join(out) + self.text[last : at + len(value)]
        # pieces joined or trimmed: each mended word as written, where it was written one way
        ways: dict[str, set[str]] = {}
        for start, end, raw in self.slips:
            ways.setdefault(self.text[start:end], set()).add(raw)
        spans = {(start, end) for start, end, _ in self.slips}
        own = {  # the words also written right: they stay as they are
            m.group(0) for m in _LONG_WORD.finditer(self.text) if (m.start(), m.end()) not in spans
        }
        back = {
            word: next(iter(raws))
            for word, raws in ways.items()
            if len(raws) == 1 and word not in own
        }
        return _LONG_WORD.sub(lambda m: back.get(m.group(0), m.group(0)), value)


def mend(text: str, choices: tuple[str, ...]) -> str:
    """``text`` with each slip in one of ``choices`` (lower-case words of
    six letters or more: a station's street names) mended."""
    return correct_message(text, choices).text if choices else text


def correct_message(text: str, choices: tuple[str, ...] | None = None) -> Mended:
    """``text`` with each slip in a cue word (or one of ``choices``) mended."""
    out: list[str] = []
    slips: list[tuple[int, int, str]] = []
    length, last = 0, 0
    for m in _LONG_WORD.finditer(text):
        raw = m.group(0)
        cue = slip_of(raw.casefold(), choices)
        if cue is None or (
            # "Pak Sambang", "Ustadz Samsul": a name — but "ustadz meynampaikan" is no name
            (raw[:1].isupper() or len(raw) < 8)
            and _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        mended = _case_like(raw, cue)
        out.append(text[last : m.start()])
        length += m.start() - last
        slips.append((length, length + len(mended), raw))
        out.append(mended)
        length += len(mended)
        last = m.end()
    out.append(text[last:])
    return Mended("".join(out), slips)
