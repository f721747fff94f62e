"""Doubt: a value the parser read under a condition where such readings
were found wrong at least twice as often as right (measured over the
corpora read, in three or more of them) is left empty and named in
``doubtful``, so the form marks it *periksa* for the desk to fill. A wrong
value costs the desk more than an empty one: it has to be noticed first.

Each condition is a shape of the message or of the parser's own reading,
never a word of one writer:

* a place with no street while the report names a street elsewhere: the
  street was left behind and the place is only part of it ("pos ronda" of
  "pos ronda jl kramat bunder", "kediaman Bapak Ir" cut at a title's dot);
* a place that runs on into another field's words (a clock, a weekday, a
  time of day, the situation, the topic): its end was not found;
* an appeal holding a date: it runs on into the next line or report.
"""

from __future__ import annotations

import re

from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.sections import Layout
from sambang_tui.services.parse.sentences import EMOJI
from sambang_tui.services.parse.texts import Spoken

_STREET_IN_PLACE = re.compile(r"\b(?:jl|jln|jalan|gg|gang)\b", re.I)
# "jalan" as a verb or an event ("jalan sehat", "berjalan lancar", "jalan kaki") is no street
_NOT_A_STREET = re.compile(
    r"\bjalan\s+(?:sehat|santai|kaki|terus|lancar|bersama|baik|dengan|damai|kondusif|aman"
    r"|tertib|seperti|sesuai|pagi|ke|di|dan|lagi|tgl)\b",
    re.I,
)
_STREET_NAMED = re.compile(r"\b(?:jl|jln|gg|jalan)\b\.?\s*[A-Za-z]{3,}", re.I)

_MONTHS = (
    r"(?:jan|feb|mar|apr|mei|jun|jul|agu|agt|ags|sep|okt|nov|des)[a-z]*\.?"  # "Januari", "Agt."
)
_WEEKDAY = r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)"
# what a place never holds, but the time, the situation or the topic written after it does
_NOT_PLACE_WORDS = re.compile(
    r"\b\d{1,2}[.:]\d{2}\b"  # a clock: "09:30", "/ 09.00 s/d 12.00"
    rf"|\b{_WEEKDAY}\b"
    r"|\b(?:pagi|siang|sore|malam|mlm|ini|tadi|kemarin|kmrn)\W*\Z"  # "… mlm ini", "… pagi"
    r"|\b(?:aman|kondusif|terkendali|trkndl)\b"
    r"|\b(?:ttg|tentang|terkait|masalahnya)\b"  # the topic after the place
    rf"|(?:{EMOJI})\s*\w",  # an emoji, then the next item's words
    re.I,
)
# "1/12", "28/6/26", "10 Januari 2026": a day and its month
_DATE = re.compile(
    r"(?<![\d/])(?:[1-9]|[12]\d|3[01])/(?:[1-9]|1[0-2]|0[1-9])(?:/\d{2,4})?(?![\d/])"
    rf"|\b\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\b",
    re.I,
)


def weigh(result: ParsedMessage, text: str, layout: Layout, spoken: Spoken) -> None:
    """Blank and mark the fields of ``result`` read under a doubtful
    condition. ``text`` is the report's text as read, ``layout`` its
    sections, ``spoken`` its prose split into visit, appeal and findings."""
    if result.place and (_street_left_behind(result.place, text) or _runs_on(result.place)):
        result.place = ""
        result.doubtful.add("place")
    if result.message and _DATE.search(result.message):
        result.message = ""
        result.doubtful.add("message")


def _street_left_behind(place: str, text: str) -> bool:
    """A place without a street in a report that names one."""
    if _STREET_IN_PLACE.search(place):
        return False
    return bool(_STREET_NAMED.search(_NOT_A_STREET.sub(" ", text)))


def _runs_on(place: str) -> bool:
    return bool(_NOT_PLACE_WORDS.search(place))
