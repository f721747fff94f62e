"""What closes a chat message after its last item and is no part of it: the
sender's rank and name ("… teman. Aipda Yusuf M"), the closing situation
("… tiap bulan. Overall aman."), a greeting ("wassalam")."""

from __future__ import annotations

import re

from sambang_tui.services.parse.vocabulary import POLICE_RANKS, caseless

# "… teman. Aipda Yusuf M", "… mabuk. aiptu heri k": the sender signing off after a stop
_SIGNATURE = re.compile(
    rf"(?<=[.!?])\s+(?:{POLICE_RANKS})\.?\s+[A-Za-z][\w'.]*(?:\s+[A-Za-z][\w'.]*){{0,3}}\s*$", re.I
)
# "… tiap bulan. Overall aman.", "… ya. Situasi aman terkendali", "… sandal jamaah, aman. Yusuf",
# "… sandal jamaah, aman.\nYusuf",
# "…\nSituation safe & aman 👍" (not a wish: "…, tetap aman.")
_CLOSING_HEAD = (
    r"(?:(?<=[.!?])\s+|\s*,\s*|\s*\n\s*)"
    r"(?:(?:overall|situasi|situation|sit|sikon|sitkam|kondisi|keadaan|secara\s+umum)\s+)?"
    r"(?:(?!(?:tetap|agar|supaya|merasa|tidak|tdk|rasa|menjaga|jaga|lebih|makin|semakin|biar|tak"
    r"|kurang|blm|belum)\b)\w+\s+(?:&\s+)?)?"
    r"(?:aman|kondusif|terkendali)(?:\s+(?:dan\s+)?(?:aman|kondusif|terkendali|lancar|ndan|pak|bos))*"
    # the sender's name after it, on its line or the next: "… aman. Yusuf", "… aman.\nYusuf"
    r"[^\w\n]*(?:\n[ \t]*)?"
)
# the sender's rank and name after it: "… barang bawaan. aman Bripka Agus"
_RANKED = rf"(?:{POLICE_RANKS})\.?\s+[A-Za-z][\w'.]*(?:\s+[A-Za-z][\w'.]*){{0,3}}"
_CLOSING_SITUATION = re.compile(
    _CLOSING_HEAD + rf"(?:{_RANKED}|(?-i:[A-Z][a-z]{{2,}})\.?)?\s*$", re.I
)
# in a text with no capitalised word ("… aman. yusuf", "… AMAN. YUSUF") the name is any word
_CLOSING_SITUATION_CASELESS = re.compile(
    _CLOSING_HEAD + rf"(?:{_RANKED}|[a-z]{{3,}}\.?)?\s*$", re.I
)
# a voice note typed out in one run, no stop: the situation is a turn of its own, and what follows
# it is the close ("… jangan ikut tawuran situasinya aman komandan laporan dari Bripka X",
# "… supaya pemudanya diawasi situasi sekarang sudah aman")
_SPOKEN_CLOSE = re.compile(
    # not a wish nor what the people felt: "… jaga situasi tetap aman", "… merasa situasi kurang aman"
    r"(?<!jaga)(?<!menjaga)(?<!agar)(?<!supaya)(?<!merasa)(?<!bahwa)(?<!mari)"
    r"\s+(?:situasi(?:nya)?|sikon|sitkamtibmas)"
    r"(?:\s+(?:saat|ini|sekarang|skrg|sementara|terakhir|sudah|udah|sdh|wilayah|kamtibmas))*"
    r"(?:\s+(?:aman|kondusif|terkendali|rawan|waspada)\b.*)?$",
    re.I | re.S,
)
# a voice note's speaker handing back to the commander at its end: "… jangan diparkir di badan
# jalan sudah ndan", "… namanya juga tetangga udah itu aja ndan", "… konvoi malam monggo ndan"
_HANDING_BACK = re.compile(
    r"\s+(?:(?:sudah|udah|sdh|udh)(?:\s+itu)?(?:\s+(?:aja|saja|dulu))?|monggo|itu\s+(?:aja|saja)"
    r"|segitu|sekian)(?:\s+(?:ya|yah|dulu))?\s+(?:ndan|komandan)\W*$",
    re.I,
)
# the activity's own day and clock written after its last item ("… dgn ancaman. (09.00-10.30)",
# "…, keluhan air PAM kecil, Sel 24/2 09-11, aman"): a clock range with its day or date, or in
# brackets, or with its minutes, after a stop or a comma — not an item's numbers ("warga RT
# 09-11") nor a clock the appeal or the finding tells ("ronda jgn kosong jam 01.00-04.00")
_DAY = r"(?:senin|sen|selasa|sel|rabu|rab|kamis|kam|jumat|jum'at|jum|sabtu|sab|minggu|min|ahad)"
_DATE = r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{2,4})?"
_CLOCK = r"(?:pkl\.?\s*|jam\s*|pukul\s*)?\d{1,2}(?:[.:]\d{2})?\s*(?:[-–]|s\.?d\.?)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*wib)?"
_WHEN_TAIL = re.compile(
    rf"(?:(?<=[.!?])\s*|\s*[,;]\s*|\s+(?=\())(?:\({_CLOCK}\)|(?:{_DAY},?\s+{_DATE}|{_DAY}|{_DATE}),?\s+{_CLOCK}"
    r"|(?:pkl\.?\s*|jam\s*|pukul\s*)?\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}(?:\s*wib)?)[.!]?\s*$",
    re.I,
)
_SPOKEN_WORDS = 40  # longer, the whole note read as one turn, not a clause of it
_GREETING = re.compile(r"[,.]?\s+(?:wassalam\w*|salam|trims|tks|makasih)\W*$", re.I)


def without_sign_off(text: str) -> str:
    """``text`` without what closes the message after it."""
    return split_sign_off(text)[0]


def split_sign_off(text: str) -> tuple[str, str]:
    """``text`` without what closes the message after it, and that close
    (where the closing situation is read: "… di mulut gang. Sikon aman.").
    A field left only "nihil" once its close is gone is empty."""
    whole = text
    closing = _CLOSING_SITUATION_CASELESS if caseless(text) else _CLOSING_SITUATION
    while True:
        shorter = _GREETING.sub("", text)
        shorter = _SIGNATURE.sub("", shorter)
        shorter = _HANDING_BACK.sub("", shorter)
        shorter = _WHEN_TAIL.sub("", shorter)
        shorter = closing.sub("", shorter)
        if not re.search(r"[.!?,;]\s", shorter) and len(shorter.split()) <= _SPOKEN_WORDS:
            shorter = _SPOKEN_CLOSE.sub("", shorter)
        if shorter == text:
            break
        text = shorter.rstrip()
    if text != whole and _NOTHING.fullmatch(text):
        text = ""
    return text, whole[len(text) :].strip()


_NOTHING = re.compile(r"\W*(?:nihil|nil|tidak\s+ada|tdk\s+ada)?\W*", re.I)
