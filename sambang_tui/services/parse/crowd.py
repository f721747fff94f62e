"""A secured or attended event's crowd (the held-out README's ruling): the
attending crowd is met only when the message names no one else, unless the
officer met it in a clause of his own or made his appeal to it; read by
``audience``."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_words import Mention
from sambang_tui.services.parse.vocabulary import APPEAL_VERBS

# the officer dealing with people: "berkoordinasi dengan …", "Berdialog dgn …", "ktm …"
_MEETING = re.compile(
    r"\b(?:ber)?(?:koordinasi|dialog|diskusi|bincang|temu|tatap\s+muka|cakap)(?:\s+(?:dengan|dgn|bersama|sama))?\b"
    r"|\b(?:ketemu|ktm|menemui|ngobrol|silaturahmi|silaturahim|kepada)\b[^.;\n]*",
    re.I,
)
# ("penduduk": "diikuti 100 anak dan orang tua", "pengguna jalan", "lansia")
_CROWD = frozenset(["jamaah", "penonton", "peserta", "warga", "ibu-ibu", "bapak-bapak", "penduduk"])


# whom an appeal is made to: the words after its verb ("mengingatkan jamaah agar …", "Saya
# minta ibu-ibu waspada …"), not whom its request names ("menghimbau panitia mengatur parkir
# kendaraan jamaah")
_APPEALED_TO = re.compile(
    rf"\b(?:{APPEAL_VERBS})\s+(?:kepada\s+|ke\s+|sama\s+)?(?:para\s+|seluruh\s+)?"
    r"(?P<whom>\S+(?:\s+\S+)?)",
    re.I,
)
# whom it is made to, written first: "Di hadapan warga, Aipda X mengimbau …", "Kepada para ibu,
# Aiptu Y mengingatkan …" (a sentence's opening, set off by its comma)
_FRONTED_TO = re.compile(
    r"(?:^|(?<=[.!?\n])\s*)(?:di\s+hadapan|dihadapan|kepada|kpd)\s+(?:para\s+|seluruh\s+)?"
    r"(?P<whom>[^,.;\n]{1,30}),",
    re.I,
)
_CROWD_WORD = re.compile(
    r"\b(?:jamaah|jemaah|jama'ah|jemaat|ibu|ibu-ibu|ibu2|bapak|bapak-bapak|bapak2|warga|masyarakat"
    r"|peserta|penonton|pengunjung|hadirin|emak-emak|emak2)\b",
    re.I,
)


def _addressed_to_crowd(appeal: str, m: re.Match[str]) -> bool:
    """Whether the appeal verb ``m`` is made to a crowd: its object, not the
    subject of what it asks ("menyampaikan agar pengunjung …", "agar
    mengingatkan warga …")."""
    opened = appeal.rfind(".", 0, m.start()) + 1
    asked = re.search(
        r"\b(?:agar|supaya|untuk|utk|biar)$", m.group(0).split(m.group("whom"))[0].strip()
    )
    if asked or re.search(r"\b(?:agar|supaya|untuk|utk|biar)\b", appeal[opened : m.start()], re.I):
        return False
    return bool(_CROWD_WORD.search(m.group("whom")))


def _crowd(mention: Mention) -> bool:
    return mention.category == "warga" and mention.group in _CROWD


def crowd_only_met(
    text: str, mentions: list[Mention], focus: int | None, appeal: str = ""
) -> list[Mention]:
    """At an event the officer secured or attended (pengajian, lomba, senam,
    kerja bakti), a crowd said to attend ("dihadiri ± 300 jamaah", "diikuti
    ratusan ibu-ibu") is no one he met when the message names anyone else
    (the ruling "a secured event's crowd"): the panitia, a ketua RW, a tokoh.
    A crowd in a clause where he meets someone ("ngobrol dengan ketua RT dan
    5 warga"), in the template's own list or whom his appeal is made to
    ("Aipda X mengingatkan jamaah agar …") stays met."""
    met = [(m.start(), _clause_end(text, m.end())) for m in _MEETING.finditer(text)]
    if focus is not None:
        met.append((focus, len(text)))
    inside = [m for m in mentions if any(a <= m.start < b for a, b in met)]
    # whom else it names: counted or met, not a word of the event's name ("senam pagi PKK")
    if not any(not _crowd(m) and (m.count is not None or m in inside) for m in mentions):
        return mentions
    if any(_addressed_to_crowd(appeal, m) for m in _APPEALED_TO.finditer(appeal)) or any(
        _CROWD_WORD.search(m.group("whom")) for m in _FRONTED_TO.finditer(appeal)
    ):
        return mentions
    # a gathering he came to visit, not to secure: its counted jamaah are whom he visited
    visited = _VISITED_GATHERING.search(text) and not _SECURING.search(text)
    return [
        m
        for m in mentions
        if m in inside or not _crowd(m) or (visited and m.group == "jamaah" and m.written)
    ]


# "sambang pengajian ibu2 majelis taklim …", "Sambang dengan menghadiri pengajian rutin …"
_VISITED_GATHERING = re.compile(
    r"\b(?:sambang|sambng|sbg|menyambangi|menghadiri|hadir)\b[^.;\n]{0,60}?\b(?:pengajian|majelis\s+taklim)\b",
    re.I,
)
_SECURING = re.compile(r"\b(?:pengamanan|pam|pkm|mengamankan|mengawal|dikawal)\b", re.I)


# where a meeting clause's people end: the sentence, or the purpose ("… untuk mengatur parkir")
# (not the stop of a title: "Ketua RW 06 Bapak H. Marzuki, dua orang Ketua RT serta … warga")
_CLAUSE_STOP = re.compile(
    r"(?<!\bH)(?<!\bHj)(?<!\bKH)(?<!\bBpk)(?<!\bSdr)(?<!\bSdri)(?<!\bDrs)(?<!\bDr)(?<!\bIr)(?<!\bJl)"
    r"(?<!\bGg)(?<!\bNo)\.|[;\n]|\b(?:untuk|utk|agar|guna|supaya|terkait|soal|membahas)\b",
    re.I,
)


def _clause_end(text: str, at: int) -> int:
    stop = _CLAUSE_STOP.search(text, at)
    return stop.start() if stop else len(text)


# the words of meeting someone, before a group in its sentence: whom the officer met, visited,
# talked with, addressed or heard it from
_MET_BEFORE = re.compile(
    r"\b(?:ber)?(?:koordinasi|dialog|diskusi|bincang|temu|tatap\s+muka|cakap|jumpa|kunjung)\w*"
    r"|\b(?:ketemu|ketmu|ktm|ktmu|menemui|ditemui|ngobrol\w*|ngopi|silaturahmi|silaturahim|kepada|kpd"
    r"|dengan|dgn|bersama|bareng|brg|sama|sm|sambang|sbg|sambng|menyambangi|disambangi|mengunjungi"
    r"|dikunjungi|didatangi|mendatangi|hadir|dihadiri|diikuti|menghadiri|mengikuti|ikut|menyapa|disaksikan"
    r"|dimediasi|mediasi|antara|antar|binluh|penyuluhan|sosialisasi|dds|giat|hadapan|himbau|menghimbau"
    r"|mengimbau|himbauan|imbauan|mengajak|mengingatkan|pesan|berpesan|peserta|sasaran|yang\s+ditemui"
    r"|info|informasi|keterangan|menurut|kata|cerita|pihak|ronda|patroli|pengajian|senam|rapat|musyawarah"
    r"|pertemuan|acara|kegiatan|cooling|deteksi|problem|pengamanan|pam|pkm"
    # the parties to a dispute the officer settled: "PS cekcok tetangga krn parkir"
    r"|ps|cekcok|ribut|perselisihan|sengketa|keributan|konflik|percekcokan)\b",
    re.I,
)
# where a sentence starts (not the stop of a title or an abbreviation: "Bpk. H. Rohim")
_SENTENCE_STOP = re.compile(
    r"(?<!\bH)(?<!\bHj)(?<!\bKH)(?<!\bBpk)(?<!\bBp)(?<!\bSdr)(?<!\bSdri)(?<!\bDrs)(?<!\bDr)(?<!\bIr)"
    r"(?<!\bJl)(?<!\bGg)(?<!\bNo)(?<!\bKel)(?<!\bKec)\.(?=\s)|[;!?\n]",
    re.I,
)
_LISTED_WITH = re.compile(r"\W*(?:(?:dan|serta|sama|beserta|maupun|atau|plus|n)\b)?\W*", re.I)


def told_apart(text: str, mentions: list[Mention], focus: int | None) -> list[Mention]:
    """Without those only talked about: a group without a number, in a
    sentence of its own that tells no meeting ("Para penghuni tersebut
    sering pulang subuh", "tokoh masyarakat yang disegani warga RW 04"),
    when the groups met are all counted; a group listed beside another
    ("3 ojol dan warga sekitar") or in the template's list stays."""
    if not any(m.count is not None for m in mentions):
        return mentions
    kept = []
    for m in mentions:
        if (
            m.count is None
            and (focus is None or m.start < focus)
            and not _listed(text, m, mentions)
        ):
            opened = max((s.end() for s in _SENTENCE_STOP.finditer(text, 0, m.start)), default=0)
            if not _MET_BEFORE.search(text, opened, m.start):
                continue
        kept.append(m)
    return kept


def _listed(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    for other in mentions:
        if other is mention:
            continue
        a, b = (
            (other.end, mention.start) if other.end <= mention.start else (mention.end, other.start)
        )
        if 0 <= b - a <= 12 and _LISTED_WITH.fullmatch(text, a, b):
            return True
    return False
