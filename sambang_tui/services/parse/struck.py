"""What a writer crossed out is not part of the report: WhatsApp's struck
text (``~17/11~ 24/11/2025``, ``RW ~05~ 07``) and a printed form's list of
options "to be struck out" (``Sambang / DDS / CS (coret yg tdk perlu)``),
whose answer is the option chosen after an arrow, the options left
standing, or nothing when the writer struck none."""

from __future__ import annotations

import re

# WhatsApp's strike: "~" opens before a non-space and closes after one, on one line;
# "~Aiptu X" or "± ~10 org" open nothing that closes
_STRUCK = re.compile(r"(?<![\w~])~(?=[^\s~])[^~\n]*?(?<=[^\s~])~(?![\w~])")
# "(coret yg tdk perlu)", "(coret yang tidak perlu)": the form's note over its options
_STRIKE_NOTE = re.compile(
    r"\(\s*\*?coret\s+(?:yg|yang)\s+(?:tdk|tidak|tak|gak|nggak|ga)\s+perlu\s*\*?\)", re.I
)
# "… (coret yg tdk perlu) → DDS": the option the writer chose, written after the note
_CHOSEN = re.compile(r"^\s*(?:→|->|=>|=|:)\s*(?P<chosen>\S.*)$")
_OPTION_MARK = re.compile(r"\s*/\s*")


def _options_line(line: str) -> str:
    """A form's options line as answered: "Kegiatan : Sambang / ~DDS~ / ~CS~
    (coret …)" → "Kegiatan : Sambang"; "… (coret …) → DDS" → "Kegiatan : DDS";
    options none of which is struck → "Kegiatan :" (a blank the form leaves)."""
    note = _STRIKE_NOTE.search(line)
    head, colon, options = line[: note.start() if note else 0].partition(":")
    if note is None or not colon:
        return line
    after = line[note.end() :]
    if chosen := _CHOSEN.match(after):
        return f"{head}: {chosen.group('chosen').strip()}"
    standing = [o for o in _OPTION_MARK.split(_STRUCK.sub("", options)) if re.search(r"[^\W_]", o)]
    struck = bool(_STRUCK.search(options))
    if struck or len(standing) == 1:
        return f"{head}: {' / '.join(o.strip() for o in standing)}{after}".rstrip()
    return f"{head}:{after}".rstrip()


def struck_out(text: str) -> str:
    """``text`` without what its writer crossed out."""
    if "~" not in text and not _STRIKE_NOTE.search(text):
        return text
    lines = [_options_line(line) for line in text.split("\n")]
    return "\n".join(_STRUCK.sub("", line) for line in lines)
