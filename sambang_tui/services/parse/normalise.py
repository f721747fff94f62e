"""Cleaning a pasted chat message before it is read: line endings, odd
spaces, invisible characters, spaced-out punctuation, and the
``[03/12/24 08.12] Name:`` header a forwarded chat line carries."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from sambang_tui.services.parse.dates import make_date

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACED_TIME = re.compile(r"\b(\d{1,2}) +\. *(\d{2})\b")
_SPACE_BEFORE_PUNCT = re.compile(r" +([.,:;])")
_MANY_SPACES = re.compile(r"[ \t]{2,}")
# "7️⃣ Pesan :": a keycap digit numbers the line as "7." would
_KEYCAP = re.compile(r"^[ \t]*(\d{1,2})\ufe0f?\u20e3[ \t]*", re.M)
# WhatsApp formatting: *bold*, _italic_, ~strike~, ```mono```
_CHAT_MARKS = re.compile(r"```|(?<![\w*])[*_~]+(?=\S)|(?<=\S)[*_~]+(?![\w*])")
_SENT_ON = r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{2,4})"
_AT = r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2})"
_CHAT_HEADER = re.compile(
    rf"^\s*(?:\[\s*{_SENT_ON},?\s+{_AT}(?:[.:]\d{{2}})?\s*\]"
    rf"|{_SENT_ON.replace('?P<', '?P<b_')},?\s+{_AT.replace('?P<', '?P<b_')}\s+-)"
    r"\s*(?P<sender>[^:\n]{2,60}?):\s*"
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
    text = _KEYCAP.sub(r"\1. ", text)
    lines = [line.strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


@dataclass
class ChatText:
    """A message without its chat-export headers, with what they said."""

    text: str
    senders: list[str] = field(default_factory=list)
    sent_on: dt.date | None = None  # the first header's day
    sent_at: dt.time | None = None  # and its time
    starts: list[int] = field(default_factory=list)  # the lines a header began


def strip_chat_headers(text: str) -> ChatText:
    """The text without chat-export headers (day-first dates, as phones in
    Indonesia write them), the senders they named and the day it was sent."""
    found = ChatText("")
    out: list[str] = []
    for number, line in enumerate(text.split("\n")):
        m = _CHAT_HEADER.match(line)
        if m:
            found.starts.append(number)
            found.senders.append(m.group("sender").strip())
            if found.sent_on is None:
                found.sent_on = _day(m)
                found.sent_at = _at(m) if found.sent_on else None
            line = line[m.end() :]
        out.append(line)
    found.text = "\n".join(out)
    return found


def _day(m: re.Match[str]) -> dt.date | None:
    prefix = "" if m.group("day") else "b_"
    year = int(m.group(prefix + "year"))
    return make_date(
        year + 2000 if year < 100 else year,
        int(m.group(prefix + "month")),
        int(m.group(prefix + "day")),
    )


def _at(m: re.Match[str]) -> dt.time | None:
    prefix = "" if m.group("hour") else "b_"
    hour, minute = int(m.group(prefix + "hour")), int(m.group(prefix + "minute"))
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def fold(text: str) -> str:
    """Lower case, for matching words."""
    return text.casefold()
