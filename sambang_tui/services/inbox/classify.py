"""Report or chatter: a message is a report when the parser is confident it
states an activity (the parser's own fields, weighted); greetings, "siap",
"ijin", "86", stickers and the like never get that far.

The parsed fields are what the parser recognised; a message telling several
activities becomes several parts, each offered to the desk as a report.
"""

from __future__ import annotations

import datetime as dt
import re

from sambang_tui.services.core.actor import Actor
from sambang_tui.services.parse import ParsedMessage, parse_reports

# what each recognised field says about a message being a report
WEIGHTS: dict[str, float] = {
    "types": 0.40,
    "area": 0.12,
    "place": 0.08,
    "audience": 0.10,
    "situation": 0.10,
    "time": 0.10,
    "message": 0.05,
    "findings": 0.05,
}
REPORT_CONFIDENCE = 0.5
MIN_CHARS = 25  # "Siap ndan, 86" and the like are shorter than any report

_WORD = re.compile(r"[^\W\d_]+|\d+", re.U)


def report_confidence(parsed: ParsedMessage) -> float:
    """How sure the parser is that ``parsed`` came from an activity report:
    0 (chatter) … 1 (every part of a report found)."""
    present = {
        "types": bool(parsed.types),
        "area": bool(parsed.kelurahan) or parsed.rw is not None or parsed.rt is not None,
        "place": bool(parsed.place),
        "audience": bool(parsed.audience),
        "situation": parsed.situation is not None,
        "time": parsed.start_time is not None,
        "message": bool(parsed.message),
        "findings": bool(parsed.findings),
    }
    return round(sum(WEIGHTS[name] for name, found in present.items() if found), 2)


# what a report always holds somewhere: a number (time, date, RT/RW, count)
# or a word of the trade; a message with neither is chatter, unread
_REPORT_WORDS = re.compile(
    r"\d|sambang|dds|door|cooling|deteksi|problem|binluh|penyuluhan|patroli|pengamanan|"
    r"\bpam\b|giat|kegiatan|kunjung|silaturah|sosialisasi|imbau|himbau|warga|tokoh|"
    r"\brt\b|\brw\b|\bkel\b|kelurahan|situasi|kondusif|aman",
    re.I,
)


def worth_reading(text: str) -> bool:
    """Whether the parser should read ``text`` at all."""
    return not too_short(text) and _REPORT_WORDS.search(text) is not None


def too_short(text: str) -> bool:
    """Chatter without reading it: too short, or no word at all (emoji)."""
    return len(text) < MIN_CHARS or not _WORD.search(text)


def parse_parts(text: str, sent_on: dt.date, actor: Actor | None = None) -> list[ParsedMessage]:
    """The reports a message states (one per activity it tells), relative
    dates counted from the day it was sent."""
    return parse_reports(text, today=sent_on, actor=actor)


def read_report(
    text: str, sent_on: dt.date, actor: Actor | None = None
) -> tuple[float, list[ParsedMessage]]:
    """The confidence that ``text`` is a report, and its parts."""
    if too_short(text):
        return 0.0, []
    parts = parse_parts(text, sent_on, actor)
    return max(report_confidence(p) for p in parts), parts
