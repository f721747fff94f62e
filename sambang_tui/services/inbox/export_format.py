"""The lines of a WhatsApp "Export chat" text, read into messages.

Phones write the export in the phone's language and clock:

- Android: ``02/12/24 10.41 - Aiptu Heri: …``, with a comma after the date
  in English (``12/2/24, 10:41 AM - …``), 12- or 24-hour times;
- iOS: ``[02/12/24 10.41.23] Aiptu Heri: …`` (``[12/2/24, 10:41:23 AM]``).

Dates are day-first in Indonesian, month-first in US English; the order is
decided once per export from all its dates (``scan_order``). A message runs
until the next line that starts with a header, so multi-line messages keep
their lines. System lines (joined, left, changed the subject, the encryption
notice) have no sender, or on iOS the group as sender and a left-to-right
mark before the text; they are counted, never read as messages. Media
appear as markers: ``<Media omitted>`` / ``<Media tidak disertakan>`` and
``image omitted`` when the export left them out, ``IMG-20241202-WA0012.jpg
(file attached)`` and ``<attached: 00000012-PHOTO-2024-12-02-10-41-23.jpg>``
when it holds them.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum

_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
_SPACES = {ord(c): " " for c in "\u00a0\u202f\u2007\u2009"}
_DATE = r"(?P<a>\d{1,4})[/.\-](?P<b>\d{1,2})[/.\-](?P<c>\d{1,4})\.?"
_TIME = (
    r"(?P<h>\d{1,2})[.:](?P<mi>\d{2})(?:[.:](?P<s>\d{2}))?"
    r"(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
)
_ANDROID = re.compile(rf"^{_DATE},?\s{_TIME}\s?[-–]\s(?P<rest>.*)$")
_IOS = re.compile(rf"^\[{_DATE},?\s{_TIME}\]\s(?P<rest>.*)$")
_SENDER = re.compile(r"^(?P<sender>[^:\n]{1,80}?):\s?(?P<text>.*)$")

# media the export left out
_OMITTED = re.compile(
    r"^<?\s*(?:media|image|video|audio|sticker|gif|document|photo|foto|gambar|stiker|dokumen|"
    r"audio|pesan suara|voice message)\s+(?:omitted|tidak disertakan|dihilangkan|dihapus)\s*>?$",
    re.I,
)
# media the export holds: Android "NAME (file attached)", iOS "<attached: NAME>"
_ATTACHED_ANDROID = re.compile(
    r"^(?P<name>[^<>:\"/\\|?*\n]{1,200}\.[A-Za-z0-9]{2,5})\s+"
    r"\((?:file attached|file terlampir|berkas terlampir|file dilampirkan)\)$",
    re.I,
)
_ATTACHED_IOS = re.compile(
    r"^<\s*(?:attached|terlampir|lampiran|dilampirkan)\s*:\s*(?P<name>[^<>\n]{1,200})>$", re.I
)
_DELETED = re.compile(
    r"^(?:this message was deleted|you deleted this message|pesan ini (?:telah )?dihapus|"
    r"anda menghapus pesan ini)\.?$",
    re.I,
)
_SYSTEM = re.compile(
    r"end-to-end|terenkripsi|"
    r"\b(?:created group|membuat grup|joined using|bergabung menggunakan|"
    r"changed the subject|mengubah subjek|mengubah nama grup|changed the group name|"
    r"changed this group's|mengubah ikon|changed the group description|mengubah deskripsi|"
    r"changed their phone number|mengganti nomor|security code|kode keamanan|"
    r"disappearing messages|pesan sementara|now an admin|sekarang admin|"
    r"changed the settings|mengubah setelan)\b|"
    r"^(?:you|anda)\b|\b(?:left|keluar|added|menambahkan|removed|mengeluarkan)\b",
    re.I,
)
PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif")


class Order(Enum):
    """How the export writes its dates."""

    DMY = "dmy"
    MDY = "mdy"
    YMD = "ymd"


@dataclass
class ChatMessage:
    """One message: who sent it when, its text without media markers, the
    media files it names and how many media the export left out."""

    line: int
    sent_at: dt.datetime
    sender: str
    text: str
    media: list[str] = field(default_factory=list)
    omitted: int = 0
    system: bool = False
    deleted: bool = False

    @property
    def photos(self) -> list[str]:
        return [name for name in self.media if is_photo(name)]


def is_photo(name: str) -> bool:
    """A picture file of the export; stickers are pictures too, but not photos."""
    low = name.lower()
    if low.startswith("stk-") or "-sticker-" in low:
        return False
    return low.endswith(PHOTO_SUFFIXES)


def clean_line(line: str) -> str:
    """A line with odd spaces made plain and direction marks removed."""
    return line.translate(_SPACES).strip(_MARKS).rstrip("\r\n")


def _header(line: str) -> re.Match[str] | None:
    if not line or not (line[0] == "[" or line[0].isdigit()):
        return None
    return _IOS.match(line) or _ANDROID.match(line)


def _triple(m: re.Match[str]) -> tuple[str, str, str]:
    return m.group("a"), m.group("b"), m.group("c")


def scan_order(lines: Iterable[str]) -> tuple[Order | None, int]:
    """The date order of an export and the number of header lines in it
    (``None`` when there is none: not a chat export).

    A first number above 12 means day-first, a second above 12 month-first;
    when every date fits both, the order under which the messages run
    forward in time wins (exports are chronological); when that cannot tell,
    a 12-hour clock means a US English phone (month first), else day first."""
    headers = twelve_hour = 0
    day_first = month_first = False
    year_first = 0
    back = {Order.DMY: 0, Order.MDY: 0}
    previous: dict[Order, tuple[int, int, int] | None] = {Order.DMY: None, Order.MDY: None}
    for raw in lines:
        m = _header(clean_line(raw))
        if m is None:
            continue
        headers += 1
        twelve_hour += bool(m.group("ampm"))
        a, b, c = _triple(m)
        if len(a) == 4:
            year_first += 1
            continue
        x, y, year = int(a), int(b), int(c)
        day_first |= x > 12
        month_first |= y > 12
        for order, key in ((Order.DMY, (year, y, x)), (Order.MDY, (year, x, y))):
            if previous[order] is not None and key < previous[order]:  # type: ignore[operator]
                back[order] += 1
            previous[order] = key
    if headers == 0:
        return None, 0
    if year_first * 2 > headers:
        return Order.YMD, headers
    if day_first and not month_first:
        return Order.DMY, headers
    if month_first and not day_first:
        return Order.MDY, headers
    if back[Order.MDY] != back[Order.DMY]:
        return (Order.MDY if back[Order.MDY] < back[Order.DMY] else Order.DMY), headers
    # one ambiguous day: a 12-hour clock is the US English phone's, month first
    return (Order.MDY if twelve_hour * 2 > headers else Order.DMY), headers


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def _sent_at(m: re.Match[str], order: Order) -> dt.datetime | None:
    a, b, c = _triple(m)
    if order is Order.YMD or len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    elif order is Order.MDY:
        month, day, year = int(a), int(b), _year(c)
    else:
        day, month, year = int(a), int(b), _year(c)
    hour, minute, second = int(m.group("h")), int(m.group("mi")), int(m.group("s") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return None


def _is_system(sender: str | None, text: str, raw_text: str, ios: bool) -> bool:
    if sender is None:
        return True  # Android: "date - X joined" has no "name: "
    if '"' in sender or "“" in sender:
        return True  # 'X changed the subject from "A: B"' split at the wrong colon
    if ios and raw_text.startswith("\u200e") and _SYSTEM.search(text):
        return True  # iOS: the group as sender, a direction mark before the notice
    return bool(re.search(r"end-to-end|terenkripsi secara", text, re.I)) and len(text) < 300


def _media(message: ChatMessage, lines: list[str]) -> list[str]:
    """The text lines of a message, its media markers taken out."""
    kept = []
    for line in lines:
        bare = line.strip().strip(_MARKS).strip()
        if _OMITTED.match(bare):
            message.omitted += 1
            continue
        found = _ATTACHED_ANDROID.match(bare) or _ATTACHED_IOS.match(bare)
        if found:
            message.media.append(found.group("name").strip())
            continue
        kept.append(line)
    return kept


def _finish(message: ChatMessage, lines: list[str]) -> ChatMessage:
    kept = _media(message, lines)
    text = "\n".join(kept).strip()
    message.text = unicodedata.normalize("NFC", text)
    message.deleted = bool(_DELETED.match(message.text))
    return message


def read_messages(lines: Iterable[str], order: Order) -> Iterator[ChatMessage]:
    """Every message and system line of an export, in order."""
    current: ChatMessage | None = None
    body: list[str] = []
    for number, raw in enumerate(lines, start=1):
        line = clean_line(raw)
        m = _header(line)
        sent_at = _sent_at(m, order) if m else None
        if m is None or sent_at is None:
            if current is not None:
                body.append(raw.translate(_SPACES).rstrip("\r\n").replace(_MARKS[0], ""))
            continue
        rest_raw = m.group("rest")
        found = _SENDER.match(rest_raw)
        if found is None and not _SYSTEM.search(rest_raw) and current is not None:
            # "02/12/24 10.00 - 12.00 di balai" inside a message: not a header
            body.append(raw.translate(_SPACES).rstrip("\r\n").replace(_MARKS[0], ""))
            continue
        if current is not None:
            yield _finish(current, body)
        ios = line.startswith("[")
        sender = found.group("sender").strip().lstrip("~").strip() if found else None
        text = found.group("text") if found else rest_raw
        system = _is_system(sender, text.strip(_MARKS), text, ios)
        current = ChatMessage(number, sent_at, "" if system else (sender or ""), "", system=system)
        body = [text]
    if current is not None:
        yield _finish(current, body)
