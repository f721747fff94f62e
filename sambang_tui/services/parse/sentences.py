"""A paragraph cut into its sentences: at a stop before a capital (or,
in chat written without capitals, before any word), not at an
abbreviation's, and a long dictated run-on cut into its clauses."""

from __future__ import annotations

import re

from sambang_tui.services.parse import told, verbs
from sambang_tui.services.parse.vocabulary import FIRST_PERSON_APPEAL, POLICE_RANKS, caseless
from sambang_tui.services.parse.wrapping import ABBREVIATIONS, unwrap

# chat ends a sentence with an emoji as often as with a stop: "… 😡 sy udah pesen …" — an
# emoji with its modifiers and joins
EMOJI = r"[\u2600-\u27bf\U0001F300-\U0001FAFF][\ufe0f\u200d\U0001F3FB-\U0001F3FF]*"
_SENTENCE_END = re.compile(rf"[.!?]+(?=\s+[\"“'(A-Z0-9-])|(?<=\w\s)(?:{EMOJI})+(?=\s+\w)")
# chat written all in lower case (or capitals) tells no sentence by its first letter: any word
# after a stop may open one
_CASELESS_END = re.compile(rf"[.!?]+(?=\s+[\"“'(\w-])|(?<=\w\s)(?:{EMOJI})+(?=\s+\w)")

# abbreviations that stand before a number ("RT. 05", "No. 3") and end a sentence otherwise
_NUMBERED = frozenset(["rt", "rw", "no", "blok", "tgl", "pkl"])


# chat's shortened words that no capital after them tells from a sentence's end: "dd wil. kenari"
_SHORTENED = frozenset(["wil", "sktr", "skt", "dpn", "blk", "blkg", "kmp", "ds"])


def split_sentence(text: str) -> list[str]:
    """The sentences of one paragraph; a long run-on one cut into its clauses."""
    pieces: list[str] = []
    start = 0
    flat = caseless(text)
    for m in (_CASELESS_END if flat else _SENTENCE_END).finditer(text):
        word = re.search(r"([\w.]*)$", text[max(start, m.start() - 24) : m.start()])
        before = word.group(1).casefold() if word else ""
        if before in _NUMBERED and not re.match(r"\s*\d", text[m.end() :]):
            pass  # "… disaksikan pengurus RT. Bripka Agus …": RT ends the sentence
        elif before in ABBREVIATIONS or len(before) == 1:
            continue
        elif flat and (
            before in _SHORTENED or re.fullmatch(r"[a-z]{1,3}(?:\.[a-z]{1,3})+", before)
        ):
            continue  # "s.h., m.h. agar …": an abbreviation's stops
        elif told.open_quote(text[start : m.end()]) and told.SAID.search(text, m.end()):
            continue  # "Jauhi tawuran. Kalau ada masalah, lapor," ujar …: one quotation
        pieces.append(text[start : m.end()].strip())
        start = m.end()
    pieces.append(text[start:].strip())
    return [clause for p in pieces if p for clause in _run_on(p)]


# a dictated message runs on with no punctuation: its clauses start at whoever speaks or
# appeals and at the situation ("… dua belas warga warga menyampaikan … saya himbau warga agar
# … situasi aman terkendali")
_RUN_ON_WORDS = 20
_RUN_ON_CUT = re.compile(
    r"\s(?=(?:(?:saya|sy|kami|bhabin\w*|petugas|ia|beliau)\s+)?(?:me?ng?himbau|mengimbau|himbau|imbau"
    r"|mengingatkan|ingatkan|berpesan|mengajak|sampaikan\s+agar|menasehati|menasihati"
    r"|menyampaikan\s+(?:pesan|himbauan|imbauan)"
    rf"|{verbs.DIRECTING_ACTIVE}|{verbs.DIRECTING_BARE}|{verbs.COMMANDING_BARE}"
    rf"|(?:{verbs.STEERING_VERB})(?={verbs.ADDRESSEE}{verbs.DIRECTION}))\b"
    r"|(?<!paikan\s)(?<!berikan\s)(?<!memberi\s)pesan\s+(?:dari\s+)?(?:saya|sy|kami|ane|aku|kamtibmas)\b"
    # what was heard, told on in the same breath: "… satpam indomaret katanya sering ada …"
    r"|(?:katanya|kabarnya|informasi\s+yang\s+(?:didapat|diperoleh)|info\s+yang\s+didapat)\b"
    rf"|{FIRST_PERSON_APPEAL}"
    # a closing situation: "… lapor ke ane aman ndan"
    r"|(?<!\bdan\s)(?<!\bsituasi\s)(?<!\bsit\s)(?<!\bkondisi\s)(?<!\baman\s)(?<!\bsangat\s)"
    r"(?:aman|kondusif)(?:\s+(?:terkendali|kondusif|lancar))?(?:\s+(?:ndan|komandan|pak|bos))?"
    rf"(?=\s*$|\s+(?:{POLICE_RANKS})\s+\w+(?:\s+\w+)?\s*$|\s+(?:wassalam\w*|salam)\b)"
    r"|(?<!menyampaikan\s)(?<!mengatakan\s)(?<!sampaikan\s)(?<!bilang\s)"
    r"(?:(?:situasi|sit|kondisi)\s+(?:aman|kondusif|terkendali|rawan|waspada|perlu)"
    r"|(?:kegiatan|giat|acara)\s+(?:berjalan\s+|berlangsung\s+)?(?:aman|lancar|kondusif|tertib))\b"
    r"|titik\s+(?=\w)"  # a full stop dictated
    # the officer's next step: "… kemudian dilanjutkan pengecekan …", "… nanti saya koordinasi"
    r"|(?:kemudian|lalu|selanjutnya|setelah\s+itu)\s+dilanjut(?:kan)?\b|nanti\s+(?:saya|sy|ane|kami)\b"
    # a dictated report names its items as a template would: "… keluhan warga banyak tikus
    # harapan warga ada fogging …", "… masalah dua warga ribut …"; a witness, a closing
    r"|(?<!\bada\s)(?<!\bkalo\s)(?<!\bkalau\s)(?<!\bbila\s)(?<!\bjika\s)"
    r"(?:keluhan|kluhan|harapan|temuan|masalah|permasalahan|kendala"
    r"|(?<!paikan\s)(?<!berikan\s)(?<!memberi\s)(?:himbauan|imbauan))\s+(?=\w)"
    r"|(?:disaksikan|didampingi)\b|(?<!paikan\s)(?<!ucapkan\s)terima\s+kasih\b"
    rf"|(?:{POLICE_RANKS})\s+\w+(?:\s+\w+)?\s*$"
    # (not whom an appeal asks: "… agar warga melapor …")
    r"|(?<!\bagar\s)(?<!\bsupaya\s)(?<!\bspy\s)(?<!\bbiar\s)(?<!\buntuk\s)(?<!\butk\s)"
    # (nor the writer asking his superior's leave: "selamat siang Pak izin lapor DDS …")
    r"(?:alhamdulillah\s+)?(?:warga|para\s+\w+|pengurus|pengelola|pemilik|ketua\s+\w+"
    r"|pak\s+(?!(?:izin|ijin|mohon)\b)\w+"
    r"|bapak\s+\w+|ibu\s+\w+|tokoh\s+\w+|mereka|beliau|bliau"
    # a named speaker: "ketua majelis bapak ustadz hambali menyampaikan …"
    r"|ketua\s+\w+\s+(?:bapak|pak|ibu|bu)\s+(?:ustadz\s+|haji\s+|hajjah\s+)?\w+)"
    r"\s+(?:(?:udah|sudah|sdh|juga|jg|pun)\s+)?(?:menyampaikan|mengeluhkan|mengatakan|berharap|meminta"
    r"|melaporkan|sampaikan|bilang|cerita|sepakat|salaman|bersalaman|berjanji|mengaku|ngeluh"
    rf"|{verbs.TELLING_VERB})\b)",
    re.I,
)


_SUBJECT_ONLY = re.compile(
    r"\s*(?:saya|sy|kami|ane|aku|gue|kita)(?:\s+(?:sudah|udah|sdh|juga|jg|tadi|td|lalu|terus|pun))+\s*$",
    re.I,
)


def _run_on(piece: str) -> list[str]:
    """A long sentence with no punctuation cut into its clauses."""
    if len(piece.split()) < _RUN_ON_WORDS or re.search(r"[,;:.]", piece):
        return [piece]
    cuts = [0]
    for m in _RUN_ON_CUT.finditer(piece):
        if len(piece[cuts[-1] : m.start()].split()) > 1 and not _SUBJECT_ONLY.match(
            piece[cuts[-1] : m.start()]
        ):  # not right after "saya" of "saya himbau", "saya sudah" of "saya sudah himbau"
            cuts.append(m.start() + 1)
    cuts.append(len(piece))
    return [piece[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if piece[a:b].strip()]


def sentences(text: str) -> list[str]:
    """The sentences of ``text``; a sentence wrapped over lines is one."""
    out: list[str] = []
    for paragraph in unwrap(text).split("\n"):
        out.extend(split_sentence(paragraph))
    return out
