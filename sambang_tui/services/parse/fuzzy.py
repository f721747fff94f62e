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
from functools import lru_cache

from rapidfuzz.distance import DamerauLevenshtein
from rapidfuzz.process import extract

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
