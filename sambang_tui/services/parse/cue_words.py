"""The words the parser reads as cues: every word its own patterns and
word lists spell ("menyampaikan", "sampai", "masyarakat", "kelurahan",
"kondusif"). A slip in one of them (``meynampaikan``, ``smapai``) would
hide the cue, so ``fuzzy.correct_message`` reads such a word as the cue
it is one slip from. Gathered from the modules themselves, so a cue word
a reader learns later is forgiven too, with no list to keep beside it."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from types import CodeType, FunctionType
from typing import Any

try:  # Python 3.11+: the regex parser is re._parser; before it, sre_parse
    import re._constants as _c  # type: ignore[import-not-found,unused-ignore]
    import re._parser as _p  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef,unused-ignore]
    import sre_parse as _p  # type: ignore[no-redef,unused-ignore]

MIN_LETTERS = 6  # shorter cue words are too close to everyday words to forgive a slip in
_SPELLINGS = 2000  # a pattern spells at most this many words: a list of words, not a lexicon
_SKIP_MODULES = frozenset({"cue_words", "fuzzy"})


# A pattern's spelling, word by word: a piece of a word (None after it: no break inside) or
# the partial word it starts with and the one it ends with, the whole words between them
# already gathered. "menyampai(?:kan)?" spells "menyampai" and "menyampaikan".
_Piece = tuple[str, str | None]
_BREAK: _Piece = ("", "")


def _join(a: _Piece, b: _Piece, found: set[str]) -> _Piece:
    if a[1] is None:
        return (a[0] + b[0], b[1])
    if b[1] is None:
        return (a[0], a[1] + b[0])
    found.add(a[1] + b[0])
    return (a[0], b[1])


def _spell(items: Any, found: set[str]) -> set[_Piece]:
    """The spellings of a parsed pattern, the whole words in it added to ``found``."""
    outs: set[_Piece] = {("", None)}
    for op, av in items:
        if op is _c.LITERAL and chr(av).isalpha():
            alternatives: set[_Piece] = {(chr(av), None)}
        elif op is _c.SUBPATTERN:
            alternatives = _spell(av[-1], found)
        elif op is _c.BRANCH:
            alternatives = {a for branch in av[1] for a in _spell(branch, found)}
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] == 1:  # "(?:kan)?"
            alternatives = {("", None), *_spell(av[2], found)}
        else:  # a space, a class, a repeat: a break between words
            alternatives = {_BREAK}
        outs = {_join(a, b, found) for a in outs for b in alternatives}
        if len(outs) > _SPELLINGS:  # a lexicon's worth: keep the words, not the pattern
            outs = set(list(outs)[:_SPELLINGS])
    return outs


_REGEX_MARKS = re.compile(r"\\[bswd]|\(\?|\|")  # a pattern's source, not prose
_WORD_LIST = re.compile(r"[a-z' -]+\s+[a-z' -]+")  # "sendiri juru tukang sopir …"


def _spelt(pattern: str, flags: int, found: set[str]) -> None:
    try:  # not a pattern after all, or a Python whose regex internals differ: no words from it
        spellings = _spell(list(_p.parse(pattern, flags)), found)
    except Exception:  # noqa: BLE001
        return
    for head, tail in spellings:
        found.update((head, tail or ""))


def _words_of(obj: object, found: set[str], depth: int = 0) -> None:
    if depth > 4:
        return
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            _spelt(obj.pattern, obj.flags, found)
    elif isinstance(obj, str):
        if _REGEX_MARKS.search(obj):
            _spelt(obj, re.I, found)
        elif len(obj) < 60 or _WORD_LIST.fullmatch(obj):  # a word, a phrase or a list of words
            found.update(re.findall(r"[a-z]+", obj.lower()))
    elif isinstance(obj, dict):
        for key, value in obj.items():
            _words_of(key, found, depth + 1)
            _words_of(value, found, depth + 1)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for value in obj:
            _words_of(value, found, depth + 1)
    elif isinstance(obj, CodeType):  # the patterns and words a function reads with
        for const in obj.co_consts:
            if isinstance(const, str) and not (
                _REGEX_MARKS.search(const) or re.fullmatch(r"[a-z' -]+", const)
            ):
                continue  # its docstring, a message: no cue words
            _words_of(const, found, depth + 1)
    elif isinstance(obj, FunctionType):
        _words_of(obj.__code__, found, depth + 1)


@lru_cache(maxsize=1)
def cue_words() -> tuple[str, ...]:
    """Every word of ``MIN_LETTERS`` or more the parse modules' patterns
    and word lists spell, sorted."""
    import sambang_tui.services.parse as package

    found: set[str] = set()
    for info in pkgutil.iter_modules(package.__path__):
        if info.name in _SKIP_MODULES:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for name, value in vars(module).items():
            if name.startswith("__") or (
                isinstance(value, (type, FunctionType)) and value.__module__ != module.__name__
            ):
                continue  # another module's function or class: read where it is defined
            if isinstance(value, type):
                for key, member in vars(value).items():
                    if not key.startswith("__"):
                        _words_of(member, found)
            else:
                _words_of(value, found)
    words = {w.casefold() for w in found}
    return tuple(sorted(w for w in words if len(w) >= MIN_LETTERS and w.isalpha() and w.isascii()))
