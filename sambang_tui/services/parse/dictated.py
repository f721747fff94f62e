"""The officer speaking on in dictated text: a clause after a meeting that
goes on to his appeal ("… bertemu ketua rw dan warga menyampaikan himbauan
agar …"), and how an appeal opens without its verb (a label, a bare
"agar …"); read in ``texts``."""

from __future__ import annotations

import re

from sambang_tui.services.parse import verbs
from sambang_tui.services.parse.vocabulary import FIRST_PERSON_APPEAL, chat

# the officer meeting people, as dictated text tells it
_MET_VERB = r"\b(?:bertemu|ketemu|menemui|berdialog|bertatap\s+muka|ngobrol)\b"
# his appeal's opening, up to its "agar": "menyampaikan himbauan kamtibmas agar …"
_APPEAL_OPENING = chat(
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
    r"(?:pesan|himbauan|imbauan)(?:\s+(?:dari\s+)?(?:kami|saya|sy|ane|aku))?"
    r"(?:\s+kamtibmas)?\s+(?=\w)",
    re.I,
)
# a sentence opening with its purpose, the appeal's verb unsaid: "Agar jgn tergiur …"
BARE_PURPOSE = re.compile(chat(r"(?:agar|supaya|spy|biar)\s+(?:\w+\s+){1,}\w"), re.I)

# an appeal announced, its words not told: "… diberi kesempatan menyampaikan pesan kamtibmas."
ANNOUNCED_ONLY = re.compile(
    chat(
        r"^(?!.*\b(?:agar|supaya|spy|jangan|jgn|hindari|waspada)\b).*\b(?:menyampaikan|sampaikan"
        r"|memberikan|memberi)\s+(?:pesan|himbauan|imbauan)(?:\s+kamtibmas)?(?:\s+kepada\s+[^.,;]{1,40})?"
        r"\W*$"
    ),
    re.I | re.S,
)


# a label that heads the text it names: "Pesan kamtibmas:", "Adapun hasilnya -",
# at the start of the sentence or after a comma ("…, pesan kamtibmas: …")
_LABEL_IN_SENTENCE = re.compile(
    chat(
        r"(?:^|[,;.]\s*)(?:[^\w\s]{1,4}\s*)?(?:(?:adapun\s+|dengan\s+|berikut\s+)?"
        r"(?:(?:pesan(?:-pesan)?|pesen|himbauan|imbauan)(?:\s+(?:dan|&)\s+(?:himbauan|imbauan))?"
        r"(?:\s+kamtibmas)?(?:\s+(?:dari\s+)?(?:ane|saya|sy|kami|aku))?|hasil(?:nya|\s+kegiatan|\s+giat)?)"
        r"(?:\s+(?:yang|yg)\s+(?:di|ter)\w+(?:\s+\w+){0,3}?)?\s*(?::|-|–|,|\.|$)\s*"
        # a verb of directing written as a label: "…. himbau: jgn …", "Tekankan : …"
        rf"|(?:{verbs.DIRECTING_BARE}|{verbs.COMMANDING_BARE})\s*:\s*)"
    ),
    re.I,
)


def without_label(sentence: str) -> str:
    """``sentence`` from after the label that heads its text; "" when it
    ends with the label (the text is in the next sentence)."""
    m = _LABEL_IN_SENTENCE.search(sentence)
    if m is None or (m.start() > 0 and sentence[m.end() :].strip() and ":" not in m.group()):
        return sentence  # "…, pesan kamtibmas agar …" is a sentence, not a label
    rest = sentence[m.end() :].strip()
    return rest if re.search(r"\w", rest) else ""


# a voice note typed out in one run, no stop nor comma: the officer's own appeal ("… jadi saya
# himbau ke pak rw supaya …") and the situation ("… situasi saat ini aman …") are turns of
# their own, as a stop would make them
_SPOKEN_APPEAL = re.compile(rf"\s(?=(?:{FIRST_PERSON_APPEAL}))", re.I)
_SPOKEN_SITUATION = re.compile(
    # (not what the people said: "… warga menyampaikan situasi lingkungan aman")
    r"(?<!menyampaikan)(?<!mengatakan)(?<!sampaikan)(?<!bilang)(?<!cerita)(?<!bahwa)"
    r"\s(?=(?:situasi|sikon|kondisi)\s+(?:\w+\s+){0,3}?(?:aman|kondusif|terkendali|rawan|waspada)\b)",
    re.I,
)
_RUN_WORDS = 25  # shorter, a terse line, not a voice note's run


def spoken_turns(sentence: str) -> list[str]:
    words = sentence.split()
    if re.search(r"[.!?,;:]\s", sentence) or sum(w[:1].isupper() for w in words) > len(words) // 10:
        return [sentence]  # punctuated, or a release's sentence: not speech typed out in one run
    cuts = [m.end() for m in _SPOKEN_SITUATION.finditer(sentence)]
    if len(words) >= _RUN_WORDS:
        cuts += [m.end() for m in _SPOKEN_APPEAL.finditer(sentence)]
    bounds = [0, *sorted(cuts), len(sentence)]
    pieces = (sentence[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False))
    return [p for p in pieces if p]
