"""The space a writer left out after a comma, a colon or a full stop put
back (``aman.Demikian`` → ``aman. Demikian``, ``Tempat:Jl.Kenari`` →
``Tempat: Jl. Kenari``): readers find words, sentences and labels by the
space after their marks. Numbers (``09.30``, ``1,5``), initials and
degrees (``S.H.``, ``a.n.``, ``S.Sos``) and web or mail addresses
(``polri.go.id``) keep their marks as written."""

from __future__ import annotations

import re

from sambang_tui.services.parse.wrapping import ABBREVIATIONS

# a comma, semicolon, colon, "!" or "?" run into the word after it: "warga,tokoh",
# "Tempat:Jl.", "aman!Demikian"; into a number after a word: "pak rt,8 warga", "Pukul:09.00"
# (not "1,5", "09:30")
_JOINED_MARK = re.compile(
    r"([,;:!?])(?=[^\W\d_])|(?<=[^\W\d_)])([,;:])(?=\d)"
    # after a number no decimal has: an RT's or RW's ("RW 04,3 Ketua RT"), a year's
    r"|(?i:(?<=\brt)|(?<=\brw)|(?<=\brt\.)|(?<=\brw\.))\s?\d{1,3},(?=\d)|(?<!\d)\d{4},(?=\d)"
)
# a full stop with a word or a number right after it
_JOINED_STOP = re.compile(r"\.(?=[^\W_])")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]*$")
_LETTERS = re.compile(r"[^\W\d_]+")
_ADDRESS = re.compile(
    r"\S*(?:@|://|(?i:www)\.|\.(?:com|co|go|id|net|org|me|ac|sch|or|html?|php|jpe?g|png|pdf)\b)\S*"
    r"|\b[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*"  # "bit.ly/lapor": a host and a path
)
# degrees written after a name, an initial and a short word: "S.Sos", "S.Kom", "A.Md.Kep"
_DEGREES = frozenset(
    ["sos", "kom", "kep", "hum", "psi", "ked", "kes", "farm", "ikom", "stat", "pd", "si", "ag"]
    + ["ip", "md", "th", "sn", "ds", "kh", "tr", "hi", "ak", "sy"]
)
# a list's letter or Roman number at a line's start: "a.Beredar", "V.Pendapat"
_LIST_LETTERS = frozenset("abcdefghABCDEFGHIVXivx")
# words a number follows after a full stop: "No.12", "Rp.50.000", "Lt.2", "rt.04"
_NUMBERED = ABBREVIATIONS | frozenset(
    ["rp", "nomor", "nmr", "pukul", "jam", "tanggal", "lt", "lantai", "gang", "kav", "km"]
    + ["hal", "pos", "ke", "tahun", "thn", "th", "kamar", "unit", "jalur", "lorong", "rmh"]
)
# a full stop with no word before it ends a sentence after a number, a closed bracket or
# quote, an emoji — not after these: "…/.", "http:.", a space
_NOT_AFTER = frozenset(" \t\n./\\:@-_")


def spaced_after_marks(text: str) -> str:
    """``text`` with a space after every comma, colon, semicolon and
    sentence's full stop a word follows without one."""
    out, start = [], 0
    for m in _ADDRESS.finditer(text):
        out += [_spaced(text[start : m.start()]), m.group(0)]
        start = m.end()
    out.append(_spaced(text[start:]))
    return "".join(out)


def _spaced(text: str) -> str:
    text = _JOINED_MARK.sub(lambda m: f"{m.group(0)} ", text)
    return _JOINED_STOP.sub(lambda m: ". " if _ends_word(text, m.start()) else ".", text)


def _ends_word(text: str, at: int) -> bool:
    """Whether the full stop at ``at`` ends a word or a sentence rather than
    joins an initial's or an abbreviation's letters."""
    head = _LETTERS_BEFORE.search(text, 0, at)
    before = head.group() if head else ""
    start = at - len(before)
    previous = text[start - 1] if start > 0 else "\n"
    if text[at + 1].isdigit():
        # "aman.22/5 pkl 20.00", "grup wa.1/12": a sentence ends before a date;
        # not "No.12", "Rp.50.000", "09.30"
        chained = previous == "." and len(before) == 2  # "S.Pd.1"
        return len(before) >= 2 and not chained and before.casefold() not in _NUMBERED
    word = _LETTERS.match(text, at + 1)
    after = word.group() if word else ""
    following = text[at + 1 + len(after) : at + 2 + len(after)]
    if previous == "." and (len(before) == 2 or before.casefold() in _DEGREES):
        return False  # "S.Pd.I", "S.Sos.I": a degree's letters go on
    if len(after) == 1:
        # "Jumat.H.Abdul", "gg.h. naim", "Gg.V": an initial or a number after a word
        if len(before) < 2:
            return False
        if following == ".":  # not "s.d.", a run of initials
            return not re.match(r"[^\W\d_](?![^\W\d_])", text[at + 3 : at + 5])
        return after.isupper() and following in ("", " ", "\n", ")")
    if len(before) >= 2:
        return True
    if not before:
        # "09.30.Kemudian", "(DDS).Warga", "😤.Sy", "aman...Demikian"
        dots = re.search(r"(?<=[^\W\d_])\.{2,}$", text[: at + 1])
        return previous not in _NOT_AFTER or dots is not None
    if previous == ".":
        # "S.H.agar", "a.n.Budi": the last of a run of initials
        return start >= 2 and text[start - 2].isalpha()
    if before in _LIST_LETTERS and _line_start(text, start):
        return True  # "a.Beredar", "V.Pendapat": a list's letter
    # "H.Rohim", "h.rohim", "H.ROHIM", "Markus L.dan": a name's initial; not "S.Sos", "S.Pd", a degree
    capitalised = after[0].isupper() and (after[1:].islower() or before.isupper())
    return (
        ((after.islower() and (before.isupper() or len(after) >= 3)) or capitalised)
        and (len(after) >= 3 or not capitalised)
        and after.casefold() not in _DEGREES
    )


def _line_start(text: str, at: int) -> bool:
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()
