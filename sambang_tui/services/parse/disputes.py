"""A dispute and how it ended, told without labels: the README's ruling
takes both as findings, the problem first, joined with a line break as
``Permasalahan`` and ``Hasil`` are ("ribut parkir antar tetangga" /
"sdh damai"). Read in ``texts`` once the findings are known."""

from __future__ import annotations

import re

from sambang_tui.services.parse import told

Used = dict[int, list[tuple[int, int]] | None]

# how a dispute ended, opening a finding: "sdh damai", "kedua pihak sepakat …", "mereka janji …"
ENDED = re.compile(
    rf"{told.OUTCOME.pattern}"
    r"|(?:(?:setelah|usai)\s+[^,]{0,60},\s*)?(?:kedua\s+(?:belah\s+)?pihak|keduanya|mereka|para\s+pihak)"
    r"\s+(?:\w+\s+){0,2}?(?:sepakat|bersepakat|berdamai|damai|saling\s+memaaf\w*|janji|berjanji)\b"
    r"|(?:di)?sepakat(?:i)?\b",
    re.I,
)
# the parties' agreement told further on in a finding: "Setelah dimediasi …, kedua pihak sepakat …"
_PARTIES_AGREED = re.compile(
    r"\b(?:kedua\s+(?:belah\s+)?pihak|para\s+pihak)\s+(?:\w+\s+){0,3}?"
    r"(?:sepakat|bersepakat|berdamai|damai|saling\s+memaaf\w*|salaman|bersalaman)\b",
    re.I,
)


def ended(value: str) -> bool:
    """Whether a finding tells how a dispute ended: it opens so ("sdh damai",
    "kedua pihak sepakat …") or the parties agree further on."""
    return bool(ENDED.match(value) or _PARTIES_AGREED.search(value))


# the dispute a mediation settles, named in the activity's own clause: "ps cekcok 2 tetangga soal
# jemuran, lokasi …", "Problem Solving sengketa batas tembok antara Bpk. X dan Ibu Y di Jl. …"
_DISPUTE_NAMED = re.compile(
    r"(?<!pasca\s)\b(?:ribut|keributan|rebutan|berebut|perebutan|cekcok|bertengkar|pertengkaran|berselisih"
    r"|perselisihan|sengketa|konflik|adu\s+mulut|salah\s+paham|selisih\s+paham|bentrok\w*"
    r"|perkelahian|berkelahi)\b"
    # the parties and what they are at odds about, named as the matter in hand: "…, permasalahan
    # antara Bpk. X dan Bpk. Y soal …", "… di rumah Ketua RT, antara Bpk. X dan Bpk. Y soal …"
    r"|(?:(?<=,\s)|(?<=\bterkait\s)|(?<=\bpermasalahan\s))antara\s+(?=(?:[^.,;]|(?:(?<=\bBpk)|(?<=\bbpk)|(?<=\bSdr)|(?<=\bSdri)|(?<=\bIbu)|(?<=\bH)|(?<=\bPak)|(?<=\bBu))\.){3,80}?\s(?:soal|terkait|masalah"
    r"|perihal|mengenai|tentang)\b)"
    r"|\bpermasalahan\s+(?=antara\b)"
    # a sentence that opens naming the matter: "Permasalahannya Bu X cekcok dgn …"
    r"|^\s*(?:permasalahan(?:nya)?|masalahnya)\s+(?!(?:ini|tersebut|sudah|sdh|telah|selesai)\b)",
    re.I,
)
# where the dispute's words end: its clause's end, the place or the time it is told with, the
# parties' turn ("… minggu lalu mereka sepakat …"); a bracket naming the parties goes on with it
# ("antara Bpk. X dan Bpk. Y (tetangga) soal …")
_DISPUTE_END = re.compile(
    r"\s*[,;:]|\s*\((?![^()]{1,20}\)\s+(?:soal|terkait|masalah|perihal|mengenai|tentang)\b)"
    r"|(?<!\bBpk)(?<!\bbpk)(?<!\bH)(?<!\bHj)(?<!\bSdr)(?<!\bSdri)(?<!\bIbu)\.(?:\s|$)|\s*$"
    r"|\s+(?=(?:di|gg|jl|jln|rt|rw|lokasi|kel|kelurahan|pkl|pukul|jam|tgl|disaksikan|didampingi"
    r"|dihadiri|mereka|keduanya|kedua\s+pihak|sdh|sudah|udh|udah)\b)",
    re.I,
)
# the same, once the matter is named by its parties: it runs to its sentence's end
_MATTER_END = re.compile(
    r"(?<!\bBpk)(?<!\bbpk)(?<!\bH)(?<!\bHj)(?<!\bSdr)(?<!\bSdri)(?<!\bIbu)"
    r"(?<!\bJl)(?<!\bjl)(?<!\bGg)(?<!\bgg)(?<!\bNo)\.(?:\s|$)|\s*[;:]|\s*$",  # not "di Gg. Mawar"
    re.I,  # a form in capitals: "… DENGAN TETANGGA BPK. ROBERT."
)
_MATTER_WORD = re.compile(r"\s*(?:antara|permasalahan|masalah)", re.I)
_NAMES_MATTER = re.compile(
    r"[^,;.]*?\b(?:antara|soal|terkait|dengan|dgn|mengenai|tentang|perihal|hingga)\b", re.I
)
# a line a one-word label opens ("Mediasi :", "Perkara :"): its value is the matter as a whole
_LABELLED = re.compile(r"\s*[A-Za-z]+\s*:\s*")
_DISPUTE_WORDS = 14  # longer, it is a story of its own, not the dispute's name
_MATTER_WORDS = 40  # a matter named by its parties is told in a sentence's clause


# "Masalah batas tanah antara …": a sentence naming the matter before a form's labelled outcome
# (in free prose "Masalah jemuran menutup jalan." before "kedua pihak sepakat" stays in the visit)
_MATTER_OPENS = re.compile(r"^\s*masalah\s+(?!(?:ini|tersebut|sudah|sdh|telah|selesai)\b)", re.I)


def dispute_named(before: list[str], labelled: bool = False) -> str | None:
    """The dispute an outcome settles, named before it in the activity's
    clause (``before``: the text before the outcome, sentence by sentence;
    ``labelled``: the outcome is a form's "Hasil :")."""
    for text in before:
        m = (_MATTER_OPENS.match(text) if labelled else None) or _DISPUTE_NAMED.search(text)
        if m is None:
            continue
        # "antara …", "permasalahan …", "masalahnya …", or a dispute's word going on to name its
        # parties or matter ("perselisihan antara …", "adu mulut … soal …"); a bare one
        # ("perselisihan parkir motor di Jl. …") ends at its place as "cekcok" does
        matter = m.group(0).lstrip()[:1].casefold() in "apm" and (
            _MATTER_WORD.match(m.group(0)) is not None
            or _NAMES_MATTER.match(text, m.end()) is not None
        )
        end = (_MATTER_END if matter else _DISPUTE_END).search(text, m.end())
        start = m.start()
        label = _LABELLED.match(text)
        if label is not None and label.end() <= start and not re.search(r"[,;]", text[:start]):
            # "MEDIASI: SDR. A & SDR. B RIBUT SOAL … DI DEPAN RUMAH": the parties and the
            # place go with it, the label's value as a whole
            start = label.end()
            end = _MATTER_END.search(text, m.end())
            matter = True
        clause = text[start : end.start() if end else len(text)].rstrip(" ,;-→/|").strip()
        if 2 <= len(clause.split()) <= (_MATTER_WORDS if matter else _DISPUTE_WORDS):
            return clause
    return None


def unused(sentences: list[tuple[int, str]], used: Used) -> list[str]:
    """The sentences as far as nothing was read from them (the appeal, a finding blanked out)."""
    out = []
    for index, (_, sentence) in enumerate(sentences):
        spans = used.get(index, [])
        if spans is None:
            continue
        for a, b in spans:
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
        out.append(sentence)
    return out


def name_the_dispute(
    sentences: list[tuple[int, str]],
    used: Used,
    findings: list[tuple[int, str]],
    ended: tuple[int, int],
) -> None:
    """A mediation's outcome found ("sdh damai", "kedua pihak sepakat …")
    with no dispute among the findings: the dispute the activity's clause
    names before it ("ps cekcok 2 tetangga soal jemuran, …") goes first, on
    a line of its own."""
    position, index = ended
    if any(dispute_named([value]) for _, value in findings):
        return
    paragraph, sentence = sentences[index]
    at = sentence.find(findings[position][1])
    before = unused(sentences[:index], used)
    if at > 0:
        before.append(unused([(paragraph, sentence[:at])], {index: used.get(index, [])})[0])
    problem = dispute_named(before)
    if problem is not None:
        findings.insert(position, (-3, problem))
