"""The officer speaking on in dictated text: a clause after a meeting that
goes on to his appeal ("… bertemu ketua rw dan warga menyampaikan himbauan
agar …"), and how an appeal opens without its verb (a label, a bare
"agar …"); read in ``texts``."""

from __future__ import annotations

import re

# the officer meeting people, as dictated text tells it
_MET_VERB = r"\b(?:bertemu|ketemu|menemui|berdialog|bertatap\s+muka|ngobrol)\b"
# his appeal's opening, up to its "agar": "menyampaikan himbauan kamtibmas agar …"
_APPEAL_OPENING = (
    r"(?:menyampaikan|sampaikan|memberikan|memberi)\s+"
    r"(?:(?:himbauan|imbauan|pesan)(?:\s+kamtibmas)?\s+)?(?=(?:agar|supaya|biar)\b)"
)
# a dictated clause going on from a meeting: "[ketua rw dan warga] menyampaikan himbauan agar …"
SERIAL_APPEAL = re.compile(rf"(?P<who>(?:\w+\s+){{0,6}}?){_APPEAL_OPENING}", re.I)
# the same, dictated in one run: "… ketemu tiga pedagang sampaikan agar … situasi aman"
MET_THEN_APPEAL = re.compile(
    rf"{_MET_VERB}[^.!?]{{0,80}}?\s(?P<verb>(?:(?:kami|saya|sy|ane|aku)\s+)?{_APPEAL_OPENING})",
    re.I,
)
SITUATION_AFTER = re.compile(
    r"\s(?=(?:situasi|sit|kondisi)\s+(?:aman|kondusif|terkendali|rawan|waspada))", re.I
)
MET = re.compile(_MET_VERB, re.I)


def met_run_on(before: tuple[int, str], paragraph: int) -> bool:
    """Whether the clause ``before`` is a dictated meeting run on into the next
    one (the same paragraph, no full stop)."""
    where, text = before
    return (
        where == paragraph
        and bool(MET.search(text))
        and not text.rstrip().endswith((".", "!", "?"))
    )


# a terse item that starts with its label but has no colon: "pesan jaga kebersihan"
# ("pesan dari kami jaga kampung": the label, dropped; the verb "himbau …" is the appeal's own)
MESSAGE_ITEM = re.compile(
    r"(?:pesan(?:\s+(?:dari\s+)?(?:kami|saya|sy|ane|aku))?|himbauan|imbauan)"
    r"(?:\s+kamtibmas)?\s+(?=\w)",
    re.I,
)
# a sentence opening with its purpose, the appeal's verb unsaid: "Agar jgn tergiur …"
BARE_PURPOSE = re.compile(r"(?:agar|supaya|spy|biar)\s+(?:\w+\s+){1,}\w", re.I)

# an appeal announced, its words not told: "… diberi kesempatan menyampaikan pesan kamtibmas."
ANNOUNCED_ONLY = re.compile(
    r"^(?!.*\b(?:agar|supaya|spy|jangan|jgn|hindari|waspada)\b).*\b(?:menyampaikan|sampaikan"
    r"|memberikan|memberi)\s+(?:pesan|himbauan|imbauan)(?:\s+kamtibmas)?(?:\s+kepada\s+[^.,;]{1,40})?"
    r"\W*$",
    re.I | re.S,
)
