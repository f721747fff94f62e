"""A message's surface as a writer's habit makes it, brought back to how
the audience reader knows it: a message in capitals or without any, where
a name is known by its capital, and chat's abbreviations of the words a
group or a count is read by; read by ``audience``."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_words import group_at
from sambang_tui.services.parse.vocabulary import CHAT_SHORT, OFFICER_RANKS

NAME_STOP_RANKS = frozenset(r.casefold() for r in OFFICER_RANKS)


def in_capitals(text: str) -> bool:
    """Whether ``text`` is written in capitals, whatever short forms a
    writer types in lower case among them ("KETEMU BPK. H. SOLEH & wrg ± 8 org")."""
    text = _SHORTENED.sub("", re.sub(r"\b(?:ketemu|ktm)\b", "", text))
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 20 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


# a title and a name in a message written all in lower case: "ketemu pak karto sama …", "bpk.
# rusdi (tomas)", "sdr. rizky, beserta 11 anggotanya", "h. mansyur" — not a title before a role,
# a kind or a word of the sentence ("pak rt", "bu kader", "ibu hamil", "bapak menyampaikan")
_LOWER_TITLE = (
    r"(?<![\w.])(?:(?P<title>bpk|bp|bapak|pak|ibu|bu|sdr|sdri|saudara|saudari|bang|mas|mbak|kak|cak"
    r"|ustadz|ustad|ustaz|ust|kyai|kiai|habib)\.?[ \t]+(?:(?:(?:h|hj|kh)\.?|haji|hajah|hajjah)[ \t]+)?"
    r"(?:(?:drs|dr|ir)\.[ \t]*)?"
    r"|(?:h|hj|kh)\.[ \t]*)"
)
_WORD_START = re.compile(r"(?<![\w.])(?=[a-z])")
_LOWER_NAMED = re.compile(rf"{_LOWER_TITLE}(?P<name>[a-z]{{3,}}(?:[ \t]+[a-z]{{3,}})?)\b(?![-'])")
# a name is set off from what follows: "bpk. rusdi (tomas)", "bapak hendra selaku …", "bang oji
# ketua rt" ("pak haji bilang anak2 …" is a sentence)
_SET_OFF = re.compile(
    r"[ \t]*(?:[,.;:()&+/|]|-[ \t]|\n|$|(?:dan|serta|sama|sm|ama|kalih|beserta|bersama|selaku|sebagai|yaitu"
    r"|yakni|yg|yang|ketua|kepala|pemilik|tokoh|tomas|toga|rt|rw|di|dari|juga|jg|dgn|dengan|bin|binti"
    r"|alias|dkk|beliau|warga|wrg|pengurus|pemuda|ketemu|lalu|kemudian|jl|jln|jalan|gg|gang)\b)"
)
# or just met: "ketemu pak karto …", "ngobrol sm pak darsono & 3 tetangga"
_MET_JUST_BEFORE = re.compile(
    r"\b(?:ketemu|ktm|ktmu|bertemu|menemui|ngobrol|dengan|dgn|sama|sm|kalih|bareng|ama)[ \t]+$"
)
_NOT_NAME = frozenset(
    re.findall(
        r"\S+",
        """rt rw lurah camat ketua kepala sekretaris sekel seklur sekkel kades kapolsek wakapolsek kanit
    kapolres babinsa bhabin bhabinkamtibmas polisi danramil ustadz ustad ustaz ustadzah kyai kiai
    habib guru kader dokter bidan satpam linmas hansip pemilik owner haji hajah hajjah bapak bpk ibu
    warga wrg tetangga kos kost kosan kontrakan rumah warung toko bengkel dan sama serta yang yg di
    ke dari dr juga jg itu ini nya tsb tersebut selaku sebagai beserta bersama dengan dgn untuk utk
    agar agr supaya spy pada pd oleh para kami kita saya sudah sdh udah tidak tdk belum blm akan akn
    sedang sdg lagi telah tlh masih mau bisa hanya cuma saja aja karena krn tapi namun jika kalau
    kalo bila sekalian semua sekitar setempat hamil muda tua rumah tangga menyusui balita bayi kota negara
    sendiri juru tukang sopir supir ojek ojol driver pedagang penjual marbot imam takmir dkm
    pengurus panitia anggota petugas staf pegawai mandor korlap koordinator ogah ini tadi td pun
    terima kasih mohon izin ijin wib ustadzah pendeta romo pastor emak senin selasa rabu kamis
    jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober
    november desember bilang cerita minta kasih ngomong kata situasi kalih ama njih nggih""",
    )
)
_VERB = re.compile(r"(?:me[mnlr]?|meng|meny|ber|ter|di|per|ke)[a-z]{4,}")


def _name_at(text: str, m: re.Match[str]) -> str | None:
    """The name ``m`` writes after its title, if it is one: one or two words."""
    role = group_at(text, m.start()) if m.group("title") else None
    if group_at(text, m.start("name")) is not None or (role and role[2] > m.start("name")):
        return None  # "pak rt", "ibu kos", "bu kader": a role ("ustadz mahfud" is a name)
    words = m.group("name").split()
    for n in range(len(words), 0, -1):
        if any(w in _NOT_NAME or w in NAME_STOP_RANKS or _VERB.fullmatch(w) for w in words[:n]):
            continue  # "bapak menyampaikan", "ibu berjualan": a word of the sentence
        end = m.start("name") + len(" ".join(words[:n])) if n == 1 else m.end()
        if _SET_OFF.match(text, end) or (n == 1 and _just_met(text, m.start())):
            return " ".join(words[:n])
    return None


def _just_met(text: str, at: int) -> bool:
    """Whether a title at ``at`` follows the words of meeting or the role
    it names ("sbg toga pak haji somad", "ketemu tomas nya pak darmin")."""
    if _MET_JUST_BEFORE.search(text, 0, at):
        return True
    before = re.search(
        r"(?:^|[\s,(])([a-z][a-z ]{1,30}?)(?:[ \t]+nya)?[ \t]+$", text[max(0, at - 40) : at]
    )
    return before is not None and any(
        (g := group_at(before.group(1), i)) is not None and g[2] == len(before.group(1))
        for i in [0, *(k + 1 for k, c in enumerate(before.group(1)) if c == " ")]
    )


def names_recased(text: str, *others: str) -> list[str]:
    """``text`` and ``others`` with the names of people written as names,
    where the message has no capitals: "bpk. rusdi (tomas)" is one tokoh
    as "Bpk. Rusdi (tomas)" is; a name once set off is one wherever written
    ("sambang ke bengkel las pak karto jalan …, ketemu pak karto sama …")."""
    texts = (text, *others)
    names = {
        n
        for t in texts
        for at in _WORD_START.finditer(t)
        if (m := _LOWER_NAMED.match(t, at.start())) and (n := _name_at(t, m))
    }
    if not names:
        return list(texts)
    # (the longer first: "bpk. hendra gunawan, …" then "bpk. hendra.")
    alternatives = "|".join(sorted(names, key=lambda n: (-len(n), n)))
    named = re.compile(rf"{_LOWER_TITLE}(?P<name>{alternatives})\b")

    def one(m: re.Match[str]) -> str:
        head = m.group(0)[: m.start("name") - m.start()]
        head = re.sub(r"\b(?:kh\b|[a-z])", lambda c: c.group(0).upper(), head)
        return head + m.group("name").title()

    return [named.sub(one, t) for t in texts]


# chat's short forms of the words whom a Bhabin met is read by ("ketemu 5 wrg dgn …", "tokoh
# masy", "org yg hadir"), in full (a doctor's "dr." keeps its stop)
_SHORT = {short: long for long, short in CHAT_SHORT.items() if long != "bapak"} | {
    "sampe": "sampai",
    "aja": "saja",
}  # "bpk" is read with its pair below
_SHORTENED = re.compile(
    r"(?<![\w.'-])(?:(?P<word>" + "|".join(_SHORT) + r")(?![\w'-]|\.\w)(?<!dr(?=\.))"
    r"|(?P<pair>bpk-bpk|bpk2|bpk[ \t]+bpk))",
    re.I,
)


def _full(m: re.Match[str]) -> str:
    short = m.group("word") or m.group("pair")
    word = _SHORT.get(short.casefold()) or re.sub(r"(?i)bpk", "bapak", short)
    if short.isupper() and len(short) > 1:
        return word.upper()
    return word.capitalize() if short[0].isupper() else word


def in_full(text: str) -> str:
    """``text`` with chat's short forms written out: "ketemu 5 wrg dgn
    tokoh masy" → "ketemu 5 warga dengan tokoh masyarakat"."""
    text = _TITLE_BROKEN.sub(r"\1. ", text)
    return re.sub(r"(?<=\S)[ \t]+&[ \t]+(?=\S)", " dan ", _SHORTENED.sub(_full, text))


# a title's or a street's stop is no sentence's end, whatever line the name goes on: "Bpk.\nHeru",
# "Gg.\nKepu 12 orang" (not an initial: "Bripka Dwi H.\nSambang tokoh …")
_TITLE_BROKEN = re.compile(
    r"(?<![\w.])((?i:bpk|bp|sdr|sdri|drs|dr|ir|ust|gg|jl|jln|no|kel|kec))\.[ \t]*\n[ \t]*(?=[A-Z])"
)
