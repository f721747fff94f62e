"""Cleaning a pasted chat message before it is read: line endings, odd
spaces, invisible characters, spaced-out punctuation, and the
``[03/12/24 08.12] Name:`` header a forwarded chat line carries."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from sambang_tui.services.parse import activity, struck, wrapping
from sambang_tui.services.parse.dates import MONTHS, WEEKDAYS, make_date, month_number
from sambang_tui.services.parse.label_words import EMOJI_LABELS
from sambang_tui.services.parse.labels import label_kind
from sambang_tui.services.parse.spacing import spaced_after_marks

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"), None)
# a zero-width joiner is kept only where it joins two emoji into one (👮‍♂️, 👨‍👩‍👧)
_LONE_JOINER = re.compile(
    r"(?<![\u2600-\u27bf\U0001F300-\U0001FAFF\ufe0f\U0001F3FB-\U0001F3FF])\u200d"
    r"|\u200d(?![\u2600-\u27bf\U0001F300-\U0001FAFF])"
)
_SPACED_TIME = re.compile(r"\b(\d{1,2}) +\. *(\d{2})\b")
_SPACE_BEFORE_PUNCT = re.compile(r" +([.,:;])")
_MANY_SPACES = re.compile(r"[ \t]{2,}")
# "7️⃣ Pesan :": a keycap digit numbers the line as "7." would
_KEYCAP = re.compile(r"^[ \t]*(\d{1,2})\ufe0f?\u20e3[ \t]*", re.M)
# WhatsApp formatting: *bold*, _italic_, ~strike~, ```mono```
_CHAT_MARKS = re.compile(r"```|(?<![\w*])[*_~]+(?=\S)|(?<=\S)[*_~]+(?![\w*])")
_SENT_ON = r"(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{2,4})"
_AT = r"(?P<hour>\d{1,2})[.:](?P<minute>\d{2})"
_SENDER = r"(?P<sender>[^:\n]{2,60}?)"
# the shapes a copied or exported chat line's header takes, day first as phones in Indonesia
# write it: "[03/12/24 08.12.33] Name:", "03/12/24 08.12 - Name:", the time first as a copied
# line has it ("[07.12, 16/2/2026] Name:"), and the sender first ("Name (04/06/2026 07.15):",
# "Name, [1/1/2026 06:12]" on a line of its own)
_CHAT_HEADERS = tuple(
    re.compile(rf"^\s*(?:[^\w\s\[]{{1,3}}\s+)?{shape}")
    for shape in (
        rf"\[\s*{_SENT_ON},?\s+{_AT}(?:[.:]\d{{2}})?\s*\]\s*{_SENDER}:\s*",
        rf"{_SENT_ON},?\s+{_AT}\s+-\s*{_SENDER}:\s*",
        rf"\[\s*{_AT},\s*{_SENT_ON}\s*\]\s*{_SENDER}:\s*",
        rf"(?P<sender>[A-Za-z][^:\n\[\]()]{{1,58}}?),?\s*[\[(]\s*{_SENT_ON},?\s+{_AT}\s*[\])]"
        r"(?:\s*:\s*|\s*$)",
    )
)


def normalise(text: str) -> str:
    """The message with one kind of line break, plain spaces and no
    invisible or control characters; ``Jl .  Kramat`` becomes ``Jl. Kramat``
    and ``09 . 00`` becomes ``09.00``."""
    text = _LONE_JOINER.sub("", unicodedata.normalize("NFKC", text).translate(_INVISIBLE))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(
        ch if ch in "\n\t\u200d" or unicodedata.category(ch)[0] != "C" else " " for ch in text
    )
    text = text.replace("\t", " ")
    text = _CHAT_MARKS.sub("", struck.struck_out(text))  # what is struck out goes with its marks
    text = _SPACED_TIME.sub(r"\1.\2", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = spaced_after_marks(text)
    text = _MANY_SPACES.sub(" ", text)
    lines = _without_bullets([line.strip() for line in text.split("\n")])
    lines = _without_courtesy(_without_quote(_without_media(_unjoined(lines))))
    lines = _rejoined([line if line[:1] == "#" else _TRAILING_TAGS.sub("", line) for line in lines])
    text = _KEYCAP.sub(r"\1. ", "\n".join(lines))  # after the bullets: "▪️ 7️⃣ Pesan :"
    lines = text.split("\n")
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


# a line the writer ran several lines into: " | " or " / " between them
_JOINS = {"|": re.compile(r"\s+\|\s+"), "/": re.compile(r"\s+/\s+")}
# "Hari / Tanggal : …": the two words of one label, not two lines
_LABEL_START = re.compile(r"[A-Za-z][A-Za-z/,&-]*(?:\s+[A-Za-z/,&-]+){0,3}\s*:")
_AREA_START = re.compile(r"(?:rw|rt|kel|kec)\b", re.I)
_ITEM_START = re.compile(r"(?:\d{1,2}\s*[.)]\s*(?=[A-Za-z])|(?:[a-hA-H]|(?i:[IVX]{1,4}))\s*[.)]\s)")
# "Pesan: …" after a line's one mark: a field of its own
_SHORT_LABEL = re.compile(r"(?:[^\w\s]{1,4}\s*)?[A-Za-z][A-Za-z/,&-]*(?:\s[A-Za-z/,&-]+){0,2}\s*:")
# "… aman | Bripka X": a line closing on the situation
_CALM_END = re.compile(r"\b(?:aman|kondusif|terkendali)\W*$", re.I)


def _unjoined(lines: list[str]) -> list[str]:
    """Lines run into one with " | " or " / " between them (no line beside
    it written so: not a table) made lines again; "Hari / Tanggal :", "Rabu
    / 27-11-2024", "Sambang / DDS", "RT 005 / RW 009" stay as written."""
    out: list[str] = []
    for number, line in enumerate(lines):
        for mark, join in _JOINS.items():
            pieces = join.split(line)
            beside = [lines[n] for n in (number - 1, number + 1) if 0 <= n < len(lines)]
            if len(pieces) < 2 or any(join.search(other) for other in beside):
                continue
            kept = [pieces[0]]
            for piece in pieces[1:]:
                if _same_line(kept[-1], piece, mark, len(pieces) == 2):
                    kept[-1] = f"{kept[-1]} {mark} {piece}"
                else:
                    kept.append(piece)
            if len(kept) > 1:
                out.extend(kept[:-1])
                line = kept[-1]
        out.append(line)
    return out


def _same_line(before: str, after: str, mark: str, alone: bool) -> bool:
    """Whether ``after`` goes on with ``before`` across a " / " or " | ":
    a label's second word ("Hari / Tanggal : …"), a value's second name
    ("Kamis / 28-11-2024", "Sambang / DDS"). A line's one mark joins two
    lines only when an item, a signature or a situation follows it, or a
    sentence or a situation ends before it."""
    if _ITEM_START.match(after) or _ends_line(before, after):
        return False
    if _AREA_START.match(after):
        return True  # "RT 005 / RW 009": one address
    head = _ITEM_START.sub("", before, count=1)
    if _LABEL_START.match(after):
        return ":" not in head and len(head.split()) <= 2
    if alone:
        return not _SHORT_LABEL.match(after)
    if mark != "/" or _SHORT_LABEL.match(after):
        return False
    # "Sambang / DDS / PS (coret yg tidak perlu)", "Bripka X / Bhabin Kramat": alternatives, a title
    words = re.findall(r"[^\W_]+", re.sub(r"\([^)]*\)", "", after))
    return len(words) <= 2 or all(w.casefold() in _WHEN_WORDS or w[0].isdigit() for w in words)


# "Jumat / 10 Okt 2025", "Senin / Pkl. 15.30 Wib": a date or a time only
_WHEN_WORDS = frozenset(
    [*MONTHS, *WEEKDAYS, "pkl", "pukul", "jam", "wib", "tgl", "tanggal", "hari"]
)


def _ends_line(before: str, after: str) -> bool:
    after = re.sub(r"^[^\w\s]{1,4}\s*", "", after)  # "🟢 Situasi aman"
    return bool(
        wrapping.SIGNATURE.match(after)
        or wrapping.SITUATION_LEAD.match(after)
        or _CALM_END.search(before)
        # a sentence ended, an emoji after it or not; not "Jl." or "RT."
        or wrapping.ends_sentence(re.sub(r"[^\w.!?\"')]+$", "", before))
        or (":" not in after and label_kind(after) in _HEADING_KINDS)
    )


# "… / Pesan Kamtibmas / Jauhi narkoba …": a label alone heads the line after it
_HEADING_KINDS = frozenset(["message", "findings", "activity", "audience", "situation", "topic"])


# "… Aiptu Sutrisno #polrihadir": the station's hashtags after a line's words tell nothing
_TRAILING_TAGS = re.compile(r"(?<=\S)(?:\s+#[A-Za-z]\w*)+\s*$")
# a line that is only an item's number or letter: "1.", "c.", "IV.", "2)"
_MARKER_ONLY = re.compile(r"(?:\d{1,2}|[a-hA-H]|(?i:[IVX]{1,4}))\s*[.)]")
# a title or a street's word a name follows: "Jl.", "Hj.", "Bpk.", "Gg.", "No.", "KH.", "wil." at a line's end
_NAME_ABBREVIATION = re.compile(
    r"\b(?:jl|jln|gg|kel|kec|bpk|bp|sdr|sdri|hj|no|pkl|tgl|dr|drs|ust|kab|prov|kp|yth|wil|kh|pdt|ir)\.$"
    # "Bpk. H.", "rmh H." (Haji) — not a name's initial ("Bripka Dwi H.")
    r"|(?:\b(?-i:[a-z])\w*\.?|\b(?:bpk|bapak|pak|ibu|bu|sdr)\.?)\s+(?-i:H)\.$",
    re.I,
)


def _rejoined(lines: list[str]) -> list[str]:
    """The lines with what a writer who puts each sentence on a line of its
    own broke apart put together again: an item's number alone ("1." over
    "Senin 17/3 – Sambang …") and a street or a title cut from its name
    ("… di Jl." over "Kramat Raya …")."""
    lines = _quotes_closed(lines)
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if (
            line
            and previous
            and (
                _MARKER_ONLY.fullmatch(previous)
                or (_NAME_ABBREVIATION.search(previous) and re.match(r"[A-Z0-9]", line))
            )
        ):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return out


def _open_quote(line: str) -> bool:
    return line.count('"') % 2 == 1 or line.count("“") != line.count("”")


def _quotes_closed(lines: list[str]) -> list[str]:
    """The lines with a quotation the writer broke over lines, a sentence a
    line ('"Jauhi narkoba.' over 'Kalau ada peredaran, lapor," ujar …'),
    put on one line again: a quote opened and closed a few lines down,
    with no blank line between."""
    out: list[str] = []
    number = 0
    while number < len(lines):
        line = lines[number]
        end = number + 1
        if _open_quote(line):
            while end < min(len(lines), number + 6) and lines[end] and not _open_quote(lines[end]):
                end += 1
            if end < len(lines) and lines[end] and _open_quote(lines[end]) and end < number + 6:
                line = " ".join(lines[number : end + 1])
                end += 1
            else:
                end = number + 1
        out.append(line)
        number = end
    return out


# a bullet the writer puts before every line: "▪️ ", "• ", "✅ "
_LINE_BULLET = re.compile(r"^([^\w\s\d(\[<\"'“‘]{1,3})\s+(?=\S)")


def _without_bullets(lines: list[str]) -> list[str]:
    """The lines without the bullet every one of them starts with: put
    before each, it tells nothing."""
    written = [line for line in lines if line]
    bullets = {m.group(1) if (m := _LINE_BULLET.match(line)) else "" for line in written}
    if len(bullets) != 1 or "" in bullets:
        return lines
    if len(written) == 1 and bullets & {f"{e}{v}" for e in EMOJI_LABELS for v in ("", "\ufe0f")}:
        return lines  # "📍 Jl. Kramat …" alone: the emoji names what follows
    bare = [_LINE_BULLET.sub("", line, count=1) for line in lines]
    items = [line for line in bare if activity.find_types(line)]
    if len(items) == len(written) > 1 and not any(_HIDDEN.match(line) for line in bare):
        return lines  # "- sambang …" / "✅ patroli …": each line an activity, a list's items
    return bare


# what a bullet before every line may hide: a label ("▪️ Hari/Tgl : …"), a chat header, a keycap
_HIDDEN = re.compile(r"[^\W\d][\w/ .,()-]{0,30}?\s*:(?!\d)|\[|\d\ufe0f?\u20e3")


# WhatsApp's placeholders for what was sent with the text: "<Media tidak disertakan>", "[foto]"
_MEDIA = re.compile(
    r"[<\[(]\s*(?:media\s+(?:tidak\s+disertakan|omitted|dihapus)|foto|gambar|image|video"
    r"|dokumentasi|photo|sticker|stiker|file)[^\]>)]{0,40}[>\])]",
    re.I,
)


def _without_media(lines: list[str]) -> list[str]:
    return [line for line in lines if not _MEDIA.fullmatch(line)]


def _without_quote(lines: list[str]) -> list[str]:
    """The lines without a reply's quotation above them ("> Kanit: mohon
    laporan giatnya"): what was asked, not what is told."""
    number = 0
    while number < len(lines) and (lines[number].startswith(">") or not lines[number]):
        number += 1
    if 0 < number < len(lines) and any(line.startswith(">") for line in lines[:number]):
        return lines[number:]
    return lines


# a line that only greets or thanks: "Assalamualaikum wr wb. Izin melaporkan Ndan 🙏"
_COURTESY = re.compile(
    r"(?:[^\w#]|_|\b(?:as+alamu'?alaikum|as+alam|wr|wb|warahmatullahi|wabarakatuh|bismillah\w*"
    r"|selamat|pagi|siang|sore|malam|mohon|izin|ijin|melaporkan|lapor|ndan|dan|komandan|pak|bapak"
    r"|pimpinan|terima|kasih|terimakasih|trims|tks|makasih|wassalamu'?alaikum|wassalam\w*|salam|presisi|sejahtera"
    r"|om|swastiastu|shalom|demikian|dilaporkan|dengan|hormat|giat|kegiatan|petunjuk|arahan"
    r"|lebih|lanjut|siap|laksanakan|dokumentasi|terlampir)\b"
    # whom the report is for: "Yth. Kapolsek Senen", "Kepada Yth Kanit Binmas"
    r"|\b(?:kepada\s+)?yth\b\.?\s*(?:bapak\s+|bpk\.?\s+)?(?:kapolsek|wakapolsek|kanit|panit|kapolres)"
    r"(?:\s+(?!dengan\b)[A-Za-z]+)?"
    # the station's hashtags: "#PolriPresisi #BhabinkamtibmasHadir"
    r"|#\w+)+",
    re.I,
)


def _without_courtesy(lines: list[str]) -> list[str]:
    """The lines without those that only greet before the report or thank
    after it: they tell nothing, and their capitals would hide a message
    written all in lower case."""
    start, end = 0, len(lines)
    while start < end and (not lines[start] or _courtesy(lines[start])):
        start += 1
    while end > start and (not lines[end - 1] or _courtesy(lines[end - 1])):
        end -= 1
    return lines[start:end] if start < end else lines


def _courtesy(line: str) -> bool:
    return bool(re.search(r"[A-Za-z]", line)) and bool(_COURTESY.fullmatch(line))


@dataclass
class ChatText:
    """A message without its chat-export headers, with what they said."""

    text: str
    senders: list[str] = field(default_factory=list)
    sent_on: dt.date | None = None  # the first header's day
    sent_at: dt.time | None = None  # and its time
    starts: list[int] = field(default_factory=list)  # the lines a header began


# a forwarded message's banner ("---------- Pesan diteruskan ----------", "[Diteruskan]") and
# the block under it: "Dari: Aiptu X" and "Tgl: Sen, 23 Mar 2026 14.05", or the sender and the
# time on the banner's line ("[Diteruskan] Aiptu X — Sen, 2 Feb 2026 21.05")
_BANNER = re.compile(
    r"^[^\w\n]*(?:pesan\s+)?(?:diteruskan|terusan|forwarded(?:\s+message)?)[^\w\n]*"
    r"(?:(?P<sender>[A-Za-z][^—–\n]{1,58}?)\s+[—–-]\s+(?P<when>.+))?$",
    re.I,
)
_FROM = re.compile(r"^(?:dari|from|pengirim)\s*:\s*(?P<sender>.{2,60})$", re.I)
_WHEN_LABEL = re.compile(
    r"^(?:(?:tgl|tanggal)(?:\s+kirim)?|date|waktu|dikirim)\s*:\s*(?P<when>.+)$", re.I
)
# "23 Mar 2026 14.05", "03-IV-2026 07.05", "03/04/2026 07.05"
_SENT_WRITTEN = re.compile(
    r"(?P<day>\d{1,2})(?:\s+|\s*([-/])\s*)(?P<month>[A-Za-z]+|\d{1,2})\.?(?:\s+|\s*\2\s*)"
    r"(?P<year>\d{4}),?\s+"
    r"(?:pukul\s+|pkl\.?\s+|jam\s+)?(?P<hour>\d{1,2})[.:](?P<minute>\d{2})\b",
)


def _forward_block(lines: list[str], found: ChatText) -> list[str]:
    """The lines without a forwarded message's banner block, whose sender and
    sending time ``found`` takes: the time it was passed on, not the activity's."""
    if not lines or not (banner := _BANNER.match(lines[0])):
        return lines
    sender, when = banner.group("sender"), banner.group("when")
    rest = 1
    while rest < min(len(lines), 4) and (
        (m := _FROM.match(lines[rest])) or (m := _WHEN_LABEL.match(lines[rest]))
    ):
        if "sender" in m.groupdict():
            sender = m.group("sender")
        else:
            when = m.group("when")
        rest += 1
    sent = _SENT_WRITTEN.search(when or "")
    month = month_number(sent.group("month")) if sent else None
    if sender is None or sent is None or month is None:
        return lines
    found.senders.append(sender.strip())
    found.sent_on = make_date(int(sent.group("year")), month, int(sent.group("day")))
    found.sent_at = _at(sent)
    found.starts.append(0)
    return ["", *lines[rest:]]


def strip_chat_headers(text: str) -> ChatText:
    """The text without chat-export headers (day-first dates, as phones in
    Indonesia write them), the senders they named and the day it was sent."""
    found = ChatText("")
    out: list[str] = []
    lines = _forward_block(text.split("\n"), found)
    if found.senders:
        found.text = "\n".join(lines).strip("\n")
        return found
    for number, line in enumerate(lines):
        m = next((m for shape in _CHAT_HEADERS if (m := shape.match(line))), None)
        if m and m.re is _CHAT_HEADERS[-1] and not _sender_named(m.group("sender")):
            m = None  # "Sambang Pos RW (5/12/2024 09.00)": an activity dated, no sender
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


def _sender_named(sender: str) -> bool:
    """Whether what stands before a date in brackets is a sender's name or
    number ("Bripka Agus Kenari", "+62 812-…"), not the start of a line."""
    words = sender.split()
    return (
        len(words) <= 6
        and not activity.find_types(sender)
        and all(word[:1].isupper() or word[:1] in "+0123456789" for word in words)
    )


def _day(m: re.Match[str]) -> dt.date | None:
    year = int(m.group("year"))
    return make_date(
        year + 2000 if year < 100 else year, int(m.group("month")), int(m.group("day"))
    )


def _at(m: re.Match[str]) -> dt.time | None:
    hour, minute = int(m.group("hour")), int(m.group("minute"))
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def fold(text: str) -> str:
    """Lower case, for matching words."""
    return text.casefold()
