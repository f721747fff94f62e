"""The verbs of the appeal and of what was told, by their root: a writer
picks any verb of asking, reminding or stressing for the appeal and any
verb of saying or complaining for what the people met told, and puts it
in whichever voice he likes ("menekankan", "ditekankan", "sy tekankan").
Each family is kept as roots and spelt out in its voices here, so a root
added reads in all of them; ``vocabulary`` and ``told`` read the result."""

from __future__ import annotations

# a root whose first letter a me- prefix swallows, and the nasal it takes instead
_DROPPED = {"k": "meng", "t": "men", "s": "meny", "p": "mem"}
# a root keeping its first letter, and the nasal before it
_KEPT = {
    **dict.fromkeys("aiueogh", "meng"),
    **dict.fromkeys("bfv", "mem"),
    **dict.fromkeys("cdjz", "men"),
}
# two consonants opening a borrowed root keep the first ("memprotes", "mengkhawatirkan")
_CLUSTER = ("kh", "kl", "kr", "pr", "pl", "tr", "sk", "sp", "st", "sw")


def active(root: str) -> str:
    """``root`` with the me- prefix of the active voice: "tekan" → "menekan",
    "ingat" → "mengingat", "saran" → "menyaran", "lapor" → "melapor"."""
    head = root[:1]
    if root.startswith(_CLUSTER):
        return _KEPT.get(head, _DROPPED.get(head, "me")) + root
    if head in _DROPPED:
        return _DROPPED[head] + root[1:]
    return _KEPT.get(head, "me") + root


def voices(root: str, suffix: str = "kan") -> dict[str, str]:
    """The active, passive and bare (imperative, or after "saya") forms of
    ``root`` + ``suffix``."""
    return {
        "active": active(root) + suffix,
        "passive": "di" + root + suffix,
        "bare": root + suffix,
    }


def _alternation(words: list[str]) -> str:
    """``words`` as a regex alternation, longest first (a form is never cut
    short by a shorter one: "ingatkan" before "ingat")."""
    return "|".join(sorted(dict.fromkeys(words), key=len, reverse=True))


# --- the appeal ------------------------------------------------------------------------
# roots whose every voice is the officer directing those met: whoever "dianjurkan" was
# appealed to, and "sy tekankan" is his appeal
DIRECTING = (
    ("himbau", ""), ("imbau", ""), ("tekan", "kan"), ("ingat", "kan"), ("anjur", "kan"),
    ("saran", "kan"), ("seru", "kan"), ("pesan", "kan"), ("nasihat", "i"), ("nasehat", "i"),
    ("wanti-wanti", ""), ("wanti2", ""), ("himbau", "kan"), ("imbau", "kan"),
)  # fmt: skip
# roots that also state or steer ("menegaskan bahwa …", "mengarahkan kendaraan ke …"): an
# appeal only when a direction follows them ("menegaskan kepada warga agar …")
STEERING = (
    ("tegas", "kan"), ("arah", "kan"), ("perintah", "kan"), ("instruksi", "kan"),
    ("dorong", ""), ("minta", ""), ("ajak", ""), ("wajib", "kan"), ("jelas", "kan"),
    ("tutur", "kan"), ("ungkap", "kan"), ("utara", "kan"), ("tegur", ""),
    ("beritahu", "kan"), ("sosialisasi", "kan"), ("edukasi", ""),
)  # fmt: skip


def _forms(roots: tuple[tuple[str, str], ...], *kinds: str) -> list[str]:
    return [voices(root, suffix)[kind] for root, suffix in roots for kind in kinds]


DIRECTING_ACTIVE = _alternation(_forms(DIRECTING, "active"))
DIRECTING_PASSIVE = _alternation(_forms(DIRECTING, "passive"))
DIRECTING_BARE = _alternation(_forms(DIRECTING, "bare"))
STEERING_VERB = _alternation(_forms(STEERING, "active", "passive", "bare"))
# of those, the ones that only ever direct people: the officer's own ("Bripka X mengarahkan
# warga …", "sy arahkan …") or an item opening with one ("Diarahkan pulang sblm jam 23") is
# his appeal though no "agar" follows (not "menjelaskan", "mendorong motor", "ditegur")
COMMANDING = tuple(
    (root, suffix)
    for root, suffix in STEERING
    if root in ("tegas", "arah", "perintah", "instruksi", "wajib", "sosialisasi", "edukasi")
)
COMMANDING_ACTIVE = _alternation(_forms(COMMANDING, "active"))
COMMANDING_PASSIVE = _alternation(_forms(COMMANDING, "passive"))
# the bare form is the officer's own wherever it stands ("… 15 org arahkan jaga parkiran"),
# but "edukasi" is a noun as well ("memberikan edukasi")
COMMANDING_BARE = _alternation([f for f in _forms(COMMANDING, "bare") if f != "edukasi"])
# a passive opening that tells where someone was sent, not what he was asked: "Sdh
# diarahkan buat LP ke polsek", "Ditegaskan bahwa …"
SENT_ON = r"\s+(?:bahwa|ke|buat|bikin|membuat|(?:untuk|utk)\s+(?:buat|bikin|membuat))\b"

# what an appeal asks follows its verb and whom it is made to: "… kepada warga agar …",
# "… para pedagang untuk …", "… jangan …"
DIRECTION = (
    r"(?:agar|supaya|spy|agr|biar|untuk|utk|jangan|jgn|harus|wajib|senantiasa|pentingnya"
    r"|waspada|hati-hati|hati2|berhati-hati|mewaspadai|menjauhi)\b"
)
# whom it is made to, between the verb and the direction: up to four words, no stop or comma
ADDRESSEE = (
    r"(?:\s+(?:kepada|kpd|pada|ke|bagi|sama)\b)?"
    r"(?:\s+(?!bahwa\b|kalau\b|harapan\b|permintaan\b|usulan\b|keluhan\b)[\w-]+){0,4}?\s+"
)


# --- what was told ---------------------------------------------------------------------
# roots of saying, telling and complaining: "Warga mengadukan …", "Pak RT menuturkan …"
TELLING = (
    ("adu", "kan"), ("adu", ""), ("keluh", "kan"), ("keluh", ""), ("lapor", "kan"),
    ("lapor", ""), ("cerita", "kan"), ("utara", "kan"), ("ungkap", "kan"), ("tutur", "kan"),
    ("kata", "kan"), ("sebut", "kan"), ("sebut", ""), ("informasi", "kan"), ("kabar", "kan"),
    ("tanya", "kan"), ("aku", ""), ("aku", "i"), ("sorot", "i"), ("khawatir", "kan"), ("protes", ""), ("sesal", "kan"), ("curhat", "kan"),
    ("beritahu", "kan"), ("terang", "kan"), ("jelas", "kan"), ("sampai", "kan"),
    ("persoal", "kan"), ("pertanya", "kan"), ("singgung", ""), ("beber", "kan"),
    ("benar", "kan"),  # confirming what was heard: "Sdr. X, juru parkir, membenarkan hal itu"
)  # fmt: skip
# the same with ber- and as chat says it, no prefix: "bercerita", "ngadu", "curhat"
TELLING_OTHER = (
    "bercerita", "berkata", "bertanya", "berkeluh", "berkeluh kesah", "berkisah", "bertutur",
    "berpendapat", "berkomentar", "mengeluh kesah", "ngadu", "ngaduin", "ngeluh", "ngeluhin",
    "curhat", "cerita", "nanya", "nanyain", "ngomong", "bilang", "lapor", "protes", "sambat",
    "komplain", "complain", "mengomel", "ngomel",
)  # fmt: skip


def _telling_active(root: str, suffix: str) -> str:
    # "pertanyakan", "persoalkan": a per- root takes mem- and keeps its p
    return ("mem" + root + suffix) if root.startswith("per") else voices(root, suffix)["active"]


TELLING_VERB = _alternation(
    [_telling_active(root, suffix) for root, suffix in TELLING] + list(TELLING_OTHER)
)
# those of complaining, a finding whatever follows: "…, yang mengadukan parkir liar"
COMPLAINING = ("adu", "keluh", "protes", "persoal", "pertanya", "khawatir", "sesal", "curhat")
COMPLAINING_VERB = _alternation(
    [_telling_active(root, suffix) for root, suffix in TELLING if root in COMPLAINING]
    + ["ngadu", "ngaduin", "ngeluh", "ngeluhin", "curhat", "protes", "komplain", "berkeluh"]
)
# what a telling verb tells: "… bahwa …", "… kalau …"
TOLD_THAT = r"(?:bahwa|kalau|kalo|klo|jika)\b"
# what the officer assures or stresses is no finding, "bahwa" after it or not
ASSURING = r"(?:memastikan|menjamin|meyakinkan|menegaskan|menekankan|mengingatkan|menjelaskan)"
# a complaint told by its noun: "menyampaikan keluhan soal …", "mengutarakan unek-unek …"
COMPLAINT_NOUN = (
    r"(?:keluhan(?:nya)?|aduan|pengaduan|laporan|unek-unek|uneg-uneg|unek2|uneg2|keresahan"
    r"|kekhawatiran|kegelisahan|keberatan|curhatan|aspirasi)\b"
)


# asked to talk or to meet ("Sy ajak ngobrol 15 pemuda", "8 pedagang diajak bicara"): how the
# officer met them, not what he asked of them
INVITED = (
    r"(?:(?:sy|saya|ane|aku|kami|gw|gue)\s+(?:\w+\s+)?)?(?:meng|di)?ajak(?:in)?\s+(?:\w+\s+){0,2}?"
    r"(?:ngobrol|ngobrol2|bicara|berbicara|bincang|berbincang|bincang-bincang|dialog|berdialog|diskusi"
    r"|berdiskusi|ketemu|bertemu|ngopi|duduk|musyawarah|bermusyawarah)\b"
)
