"""What frames a report rather than telling it: a release's headline, the
greetings, headers, closings, emoji-only and signature lines around it."""

from __future__ import annotations

import re

_GREETING = re.compile(
    r"^(?:assalamu|asalamu|assalam|selamat\s+(?:pagi|siang|sore|malam)|salam|ijin|izin|mohon\s+ijin|"
    r"mohon\s+izin|lapor|laporan|yth|kepada\s+yth|komandan|om\s+swastiastu|shalom|"
    r"dan\b(?:\W*$|\s*[,!.]|\s+(?:ijin|izin|lapor|mohon|siap|selamat))|"
    r"demikian|dokumentasi|terima\s*kasih|mohon\s+petunjuk|mohon\s+arahan|trims|tks|wassalam"
    r"|hormat\s+(?:kami|saya))",
    re.I,
)
_ONLY_SYMBOLS = re.compile(r"^[\W_]*$")
_KELURAHAN_LINE = re.compile(
    r"^(?:bhabinkamtibmas\s+)?(?:kel\.?|kelurahan)\s*[A-Za-z]+(?:\s+[A-Za-z]+){0,2}\W*$", re.I
)


_HEADLINE = re.compile(r"\A(?P<line>[^\n.!?]{12,120})\n\s*\n")


# a year or a day of a month: the numbers a title names ("laporan giat … senin 9 juni 2025")
_TITLE_NUMBER = re.compile(
    r"\b(?:19|20)\d{2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|mei|jun|jul|agu|agt|ags|sep|okt|nov|des)[a-z]*\b"
)


def _caseless_headline(line: str) -> bool:
    """A line all in lower case: no capital tells a headline from the
    opening line of the report, but a title or a greeting gives no count,
    RT, clock time or list mark of its own and does not break off at a
    comma."""
    if re.match(r"\s*(?:\d|[-•*])", line) or line.rstrip().endswith(","):
        return False
    return not re.search(r"\d", _TITLE_NUMBER.sub("", line))


def headline(text: str) -> str:
    """A release's headline ("Bhabinkamtibmas Sambangi Warga Paseban"): it
    says in a few capitalised words what the body tells, so whom it names
    is read from the body."""
    m = _HEADLINE.match(text)
    if m is None:
        return ""
    if not re.search(r"[A-Z]", m.group("line")) and re.search(r"[a-z]", m.group("line")):
        return m.group("line") if _caseless_headline(m.group("line")) else ""
    words = [w for w in m.group("line").split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words)
    return m.group("line") if words and capitalised >= 0.6 * len(words) else ""


def greets(line: str) -> bool:
    """Whether ``line`` opens with a greeting, an address or a closing word."""
    return bool(_GREETING.match(line.strip()))


def is_boilerplate(line: str, officer_text: str = "") -> bool:
    """Greetings, headers, closings, emoji-only and signature lines."""
    stripped = line.strip()
    if _ONLY_SYMBOLS.match(stripped):
        return True
    if officer_text and stripped.casefold().strip(" .,") == officer_text.casefold():
        return True
    if _KELURAHAN_LINE.match(stripped):
        return True
    return (
        bool(_GREETING.match(stripped)) and not re.search(r"\d", stripped) and len(stripped) < 100
    )
