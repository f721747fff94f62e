"""Cleaning a pasted chat message before it is read: line endings, odd
spaces, invisible characters, spaced-out punctuation, and the
``[03/12/24 08.12] Name:`` header a forwarded chat line carries."""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACED_TIME = re.compile(r"\b(\d{1,2}) +\. *(\d{2})\b")
_SPACE_BEFORE_PUNCT = re.compile(r" +([.,:;])")
_MANY_SPACES = re.compile(r"[ \t]{2,}")
# WhatsApp formatting: *bold*, _italic_, ~strike~, ```mono```
_CHAT_MARKS = re.compile(r"```|(?<![\w*])[*_~]+(?=\S)|(?<=\S)[*_~]+(?![\w*])")
_CHAT_HEADER = re.compile(
    r"^\s*(?:\[\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:[.:]\d{2})?\s*\]"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?\s+\d{1,2}[.:]\d{2}\s+-)"
    r"\s*([^:\n]{2,60}?):\s*"
)


def normalise(text: str) -> str:
    """The message with one kind of line break, plain spaces and no
    invisible or control characters; ``Jl .  Kramat`` becomes ``Jl. Kramat``
    and ``09 . 00`` becomes ``09.00``."""
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    text = text.replace("\t", " ")
    text = _CHAT_MARKS.sub("", text)
    text = _SPACED_TIME.sub(r"\1.\2", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _MANY_SPACES.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def strip_chat_headers(text: str) -> tuple[str, list[str]]:
    """The text without chat-export headers, and the senders they named."""
    senders: list[str] = []
    out: list[str] = []
    for line in text.split("\n"):
        m = _CHAT_HEADER.match(line)
        if m:
            senders.append(m.group(1).strip())
            line = line[m.end() :]
        out.append(line)
    return "\n".join(out), senders


def fold(text: str) -> str:
    """Lower case, for matching words."""
    return text.casefold()
