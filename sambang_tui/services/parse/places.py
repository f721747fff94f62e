"""Where it happened: the place itself (``Jl. Salemba Raya``, ``Masjid Al
Makmur``, ``Pos Kamling``); the kelurahan named with it is read in
``mentions`` (and re-exported here), the RT and RW in ``area``."""

from __future__ import annotations

import re

from sambang_tui.services.parse.audience_words import PERSON
from sambang_tui.services.parse.houses import HOUSES, NOT_THERE, RESIDENCE, ownerless
from sambang_tui.services.parse.mentions import Mention as Mention
from sambang_tui.services.parse.mentions import kelurahan_mentions as kelurahan_mentions
from sambang_tui.services.parse.mentions import name_words as name_words
from sambang_tui.services.parse.place_clean import AREA_PARTS
from sambang_tui.services.parse.place_clean import clean_place as clean_place
from sambang_tui.services.parse.place_ends import (
    GROUP_AFTER_STREET,
    MENDED_STREET,
    PLACE_END,
    RW_POST,
    STREET,
    WHERE_IN_IT,
)
from sambang_tui.services.parse.place_lines import PLACE_STOP_WORDS, unwrap_place
from sambang_tui.services.parse.place_lines import continues_place as continues_place
from sambang_tui.services.parse.place_lines import place_from_section as place_from_section
from sambang_tui.services.parse.vocabulary import AUDIENCE, PLACE_NOUNS

# --- the place itself ---------------------------------------------------------

# as chat writes a place noun: shortened ("lap. futsal", "sekre karang taruna", "msjd X"), run
# together ("poskamling"), owned ("rmhnya", "kediamannya, Jl. X") or doubled, several of them,
# which is where only with the street they stand in ("warung2 kopi sepanjang Jl. X")
_CHAT_NOUNS = (
    "lap(?=\\.)",
    "sekre",
    "sekret",
    "msjd",
    "poskamling",
    "basecamp",
    "panti",
    # a site told by what is there: "lokasi bekas kebakaran", "lokasi proyek galian Jl. X" — not
    # "lokasi tersebut", "di lokasi pkl 19.25"
    r"lokasi(?=\s+(?!(?:tersebut|tsb|itu|ini|saat|pkl|pukul|jam|aman|yg|yang|dan|kejadian|di"
    r"|ke|dgn|dengan|sdh|sudah|kemudian|lalu)\b|(?:me|ber|ter|di)[a-z]{3,}\b)[a-z]{4,})",
)
_PLACE_NOUN = (
    r"(?:" + "|".join((*PLACE_NOUNS, *_CHAT_NOUNS)) + r")"
    r"(?:nya|2(?=[^\n.]{0,40}?\b(?:jl|jln|jalan|gg|gang)\b))?\b\.?"
)
_TRIGGER = re.compile(
    rf"\b(?:di|ke|(?:sambang|sbg|smbg|menyambangi|mengunjungi|mendatangi|patroli(?:\s+dialogis)?|binluh|giat|dds)(?:\s+ke)?)"
    rf"\s+(?:sekitar\s+|wilayah\s+(?={_PLACE_NOUN}))?(?={_PLACE_NOUN})",
    re.I,
)
_HEDGE = re.compile(r"^(?:sepanjang|kawasan|area|sekitar)\s+", re.I)


def _named_street(text: str, lower: bool = False) -> bool:
    """``text`` starts with a street or alley and its name: "Jl. Salemba",
    "jl.paseban", "Gg. 3" — not "jalan rusak" or "gang segera diperbaiki".
    In a message written all in lower case (dictated) capitals tell nothing:
    "jalan kenari raya" is a street unless a road's state follows."""
    m = re.match(r"(jl|jln|jalan|gg|gang)\b(\.?)\s*(\S)", text, re.I)
    if m is None:
        return False
    state = _ROAD_STATE.match(text, m.start(3))
    if m.group(1).casefold() in ("jl", "jln") and not state:
        return True  # "jl kramat pulo": the abbreviation is written only before a name
    if lower and not state:
        word = re.match(r"\w*", text[m.start(3) :])
        return word is not None and word.group(0).casefold() not in PLACE_STOP_WORDS
    return bool(m.group(2)) or m.group(3).isupper() or m.group(3).isdigit()


# "jl rusak", "jln berlubang": the road's state, not its name
_ROAD_STATE = re.compile(
    r"(?:rusak|berlubang|licin|macet|sempit|ditutup|tutup|tergenang|banjir|gelap|sepi|ramai"
    r"|utama|raya\b(?!\s+\w)|kecil|besar\b(?!\s+\w)|umum|lingkungan|setapak|sehat|santai|kaki"
    r"|ada|tidak|tdk|kagak|nggak|gak|ga|belum|blm|sudah|sdh|sehingga|yang|yg)\b",
    re.I,
)

_MAX_WORDS = 9
_MAX_TRIES = 24
_WINDOW = 240  # a place is read from this many characters after "di"/"ke"
_REPORTED = re.compile(r"\bbahwa\b(?:[^.\n]|\n(?=[a-z]))*$", re.I)
# (or where in it, told after the RT/RW: "Jl. X Rt 4 Rw 9 (depan SD)", "Gedung Y rt02 rw05
# samping Jl. Z", "… RT 014 RW 08, belakang Pasar Paseban")
_AREA_THEN_STREET = re.compile(
    r"(?:\b(?:RT|RW)(?:\b|(?=\d))\.?\s*\d{1,3}\s*(?:/\s*)?)+,?\s*"
    rf"(?=(?:jl|jln|jalan|gg|gang)\b|\(?\s*{WHERE_IN_IT})",
    re.I,
)


# houses named by no owner, as chat shortens "warga": "di rumah wrg", "di permukiman wrg di …"
_HOUSES_SHORT = re.compile(
    r"(?:rumah|rmh)\s+wrg\b|(?:permukiman|pemukiman)\s+wrg\s+di\b"
    # (or dictated, or with the RT/RW between them and the street: "ke rumah rumah warga di gang
    # X", "ke rumah-rumah warga di RT 04 RW 02 Jalan X")
    r"|(?:rumah|rmh)(?:-rumah|-rmh|2|\s+rumah)?\s+(?:warga|wrg)\s+di\s+"
    r"(?:(?:RT|RW)(?:\b|(?=\d))\.?\s*\d{1,3}\s*[/,]?\s*)*(?=(?:jl|jln|jalan|gg|gang)\b)",
    re.I,
)


# a transcript's heading or the typist's note ("Transkrip VN Aiptu X:", "[Pesan suara, diketik
# ulang oleh Bripda Y]") is cased; the dictated words after it are not
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
_MAX_CAPITALISED = 4
_DICTATED_WORDS = 25  # a short line's few capitals are its names


def _dictated(text: str) -> bool:
    """``text`` is written in lower case but for an acronym ("PS di gg kenari
    II") or a heading's few names: capitals tell nothing about a name."""
    capitalised = len(_CAPITALISED.findall(text))
    words = len(text.split())
    return not capitalised or (words >= _DICTATED_WORDS and capitalised <= _MAX_CAPITALISED)


def place_from_prose(text: str) -> str:
    """The place after "di"/"ke" when it starts with a place word, else the
    first street named; empty when neither is there."""
    lower = _dictated(text)
    for m in _TOLD_WHERE.finditer(text):
        if place := _cut(text[m.end() : m.end() + _WINDOW], lower):
            return place
    for tries, m in enumerate(_TRIGGER.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        if _REPORTED.search(text[max(0, m.start() - _WINDOW) : m.start()]):
            continue  # "… informasi bahwa akan ada aksi di depan kantor KPU"
        tail = text[m.end() : m.end() + _WINDOW]
        if HOUSES.match(tail) or _HOUSES_SHORT.match(tail):
            continue  # whose houses: the street after "di" tells where
        if RESIDENCE.match(tail) and NOT_THERE.search(text, 0, m.end()):
            continue  # "dimediasi di rmh pak RT", "menyambangi kediaman X": whom, not where
        street = _HEDGE.sub("", tail, count=1)
        if STREET.match(street) and not _named_street(street, lower):
            continue  # "di sepanjang gang sehingga …": no street named
        place = _cut(tail, lower)
        if place:
            if not STREET.search(place) and (item := place_item(text, lower)):
                return item  # "1. Sambang kantor … 2. Kantor PT X, Jl. Y": the item says which
            if not STREET.search(place) and (street := _area_street(text, lower)):
                return street  # "lagi di lapangan … dds di rw 8 jalan X": the street says where
            if STREET.match(place) and (venue_words := _words_before(text, m.start())):
                return f"{venue_words} {m.group(0).strip()} {place}"  # "ke GKI X di Jl. Y"
            return _hedged(m.group(0), place, tail)
    for tries, m in enumerate(STREET.finditer(text)):
        if tries >= _MAX_TRIES:
            break
        tail = text[m.start() : m.start() + _WINDOW]
        if _named_street(tail, lower):
            street = _cut(tail, lower)
            window = max(0, m.start() - 60)
            venue = _VENUE_BEFORE.search(text[window : m.start()])
            if (
                street
                and venue
                and not re.match(r"rumah\s+(?:warga|wrg)\b", venue.group("venue"), re.I)
                and not ownerless(venue.group("venue"))
                # no sentence's end in it — a chat noun's dot is none ("Lap. futsal Jl. X")
                and not re.search(r"\w{3}(?<!\blap)\.\s", venue.group("venue"), re.I)
            ):
                sep = ", " if "," in venue.group("sep") else " "
                lead = _LEAD.search(text, max(0, window - 30), window + venue.start())
                if (
                    lead
                    and not any(w.casefold() in PLACE_STOP_WORDS for w in lead[1].split())
                    # "ke pengurus Masjid X": whom, then where
                    and not any(
                        p.start() < lead.end()
                        for p in _PEOPLE.finditer(text, lead.start(1), lead.end() + 40)
                    )
                ):
                    venue_text = f"{lead[1]}{venue.group('venue')}"
                else:
                    venue_text = venue.group("venue")
                return clean_place(f"{venue_text}{sep}{venue.group('di') or ''}{street}")
            around = _AROUND.search(text, max(0, m.start() - 40), m.start())
            if street and around:
                return f"{around.group(1)} {street}"
            # "PD sekitar Jl. X, pemuda ± 10": the area around the street, as after "di"
            hedge = _HEDGED_STREET.search(text, max(0, m.start() - 12), m.start())
            if street and hedge and not _street_address(street, tail):
                return f"{hedge.group(1)} {street}"
            venue_words = _words_before(text, m.start())
            return f"{venue_words} {street}" if street and venue_words else street
    if place := _venue_of_group(text, lower):
        return place
    for m in _NAMED_VENUE.finditer(text):
        return clean_place(m.group(0))
    for m in RW_POST.finditer(text):
        if not _REPORTED.search(text[max(0, m.start() - _WINDOW) : m.start()]):
            # its line, or its item of a list run together ("2. pos rw 06 X 3. warga 4")
            line = re.split(r"\n|\s\d{1,2}[.)]\s", text[m.start() : m.start() + _WINDOW])[0]
            return _cut(line, lower)
    return ""


# where it was told as the RT/RW and the street in it: "di RT 6 RW 2, Jalan X", "di RT 001 s.d.
# RT 003 RW 07 Kel. Senen, Jl. X" — the area opens the place, the street names it
_AREA_THEN_NAMED = re.compile(
    r"\b(?:di|ke)\s+(?:(?:RT|RW)(?:\b|(?=\d))\.?\s*\d{1,3}\b\s*(?:(?:/|s\.?\s*d\.?|-)\s*)?,?\s*)+"
    r"(?:(?:kel|kelurahan)\b\.?\s*[A-Za-z]+\s*,?\s*)?(?=(?:jl|jln|jalan|gg|gang)\b)",
    re.I,
)


def _area_street(text: str, lower: bool) -> str:
    """The street told after "di" and its RT/RW, or ""."""
    for m in _AREA_THEN_NAMED.finditer(text):
        tail = text[m.end() : m.end() + _WINDOW]
        if _named_street(tail, lower) and (street := _cut(tail, lower)):
            return street
    return ""


# an item of a list, a line, or a column of a line run together that holds only a place and
# names its street: "3. Pos Kamling Jl. X RW 03", "| Jl. X Gg. Y RT 05/07 |", "– DEPAN MASJID X
# JL. Y –", "rmh Bpk. X, Jl. Y RT 03 RW 01" — where the activity was, its own field unlabelled
_ITEM_BREAK = re.compile(r"\n|(?<!\S)\d{1,2}(?:[.)]|\ufe0f?\u20e3)\s|\s[|\u2013\u2014/]\s")
_ITEM_START = re.compile(rf"(?:{WHERE_IN_IT}\s+)?(?:{_PLACE_NOUN}|(?:rumah|rmh|kediaman)\b)", re.I)


def place_item(text: str, lower: bool = False) -> str:
    """The first item of ``text`` that is a place and nothing else, or ""."""
    for piece in _ITEM_BREAK.split(text):
        piece = piece.strip(" \t.,;*_")
        if (
            not _ITEM_START.match(piece)
            or HOUSES.match(piece)
            or not any(_named_street(piece[s.start() :], lower) for s in STREET.finditer(piece))
        ):
            continue
        place = _cut(piece, lower)
        if place and place == clean_place(piece):
            return place
    return ""


def place_at(text: str, start: int) -> str:
    """The place that starts at ``start`` in ``text``, cut where it ends."""
    return _cut(text[start : start + _WINDOW], _dictated(text))


# whom the officer met, named by where they are: "sambang pedagang pasar X", "binluh satpam
# apartemen X", "ngobrol sama satpam & juru parkir terminal X" — the venue is where it was
_GROUP = "|".join(f"(?:{pattern})" for _cat, _group, pattern, _singular in AUDIENCE)
_PEOPLE = re.compile(rf"\b(?:{_GROUP})\b", re.I)
_VENUE_NOUN = "|".join(n for n in PLACE_NOUNS if n not in ("jl", "jln", "jalan", "gg", "gang"))
_GROUP_AT_VENUE = re.compile(
    r"\b(?:sambang|sbg|smbg|binluh|dds|pd|cs|ps|patroli(?:\s+dialogis)?|menyambangi|mengunjungi"
    r"|kepada|kpd|dengan|dgn|sama|bareng|ketemu|ktm|bertemu|ngobrol2?)\s+"
    rf"(?:{_GROUP})(?:\s*(?:,|&|\+|\bn\b|\bdan\b|\bserta\b)\s*(?:{_GROUP}))*\s+"
    rf"(?=(?:{_VENUE_NOUN})\b)",
    re.I,
)


def _venue_of_group(text: str, lower: bool) -> str:
    """The venue named after the group met, with its name: "satpam sekolah"
    alone tells whose guard, not where."""
    for m in _GROUP_AT_VENUE.finditer(text):
        place = _cut(text[m.end() : m.end() + _WINDOW], lower)
        if len(place.split()) > 1:
            return place
    return ""


# one or two words between "di"/"ke" and the venue read before the street are where in it
# ("di pintu masuk Blok III …", "di kali belakang pasar Jl. …", "di deretan lapak …")
_LEAD = re.compile(
    r"\b(?:di|ke)\s+((?:(?!(?:ber|me|di|ter)[a-z]{3,}\b)[A-Za-z][\w'-]*\s+){1,2})$", re.I
)


# the place said to be the place, before any other "di": "lokasi gg X", "lok. kantor kelurahan",
# "Lokasi SDN X, Jl. Y", "…, bertempat di Kantor Sekretariat RW 03"
_TOLD_WHERE = re.compile(
    rf"\b(?:lokasi|lok\.|bertempat\s+di|tempatnya\s+di)\s*:?\s*(?={_PLACE_NOUN})", re.I
)


# the few words written between "di"/"ke" and a street are the venue in it, whatever its noun
# ("siaga banjir di pintu air Jl. X", "sambang ke GKI X di Jl. Y", "di tenda jalan Gg. Z"):
# not a verb, a time, whom, nor "sekitar"/"wilayah" (read apart)
_WORDS_LEAD = re.compile(
    r"\b(?:di|ke)\s+(?P<words>(?:(?!(?:ber|me|di|ter)[a-z]{3,}\b)[A-Za-z][\w'&.-]*\s+){1,3})$",
    re.I,
)
# (nor an area, a plural told by doubling, an ordinal: "kedua kelurahan", "anak2 di gg. X")
_NOT_VENUE_WORDS = re.compile(
    r"\b(?:pagi|siang|sore|malam|mlm|subuh|tadi|td|kemarin|kmrn|kel|kelurahan|rt|rw|kedua|ketiga|keempat|kelima)\b"
    r"|\w2\b",
    re.I,
)


def _words_before(text: str, start: int) -> str:
    """The venue words between a "di"/"ke" and the street at ``start``, or ""."""
    m = _WORDS_LEAD.search(text, max(0, start - 40), start)
    if m is None:
        return ""
    words = m.group("words").strip()
    if (
        any(w.casefold().strip(".,'") in PLACE_STOP_WORDS for w in words.split())
        or _PEOPLE.search(words)
        or _NOT_VENUE_WORDS.search(words)
        or ownerless(words)
    ):
        return ""
    return words


def _hedged(trigger: str, place: str, tail: str) -> str:
    """``place`` with the "sekitar" written before it ("di sekitar Pasar X,
    Jl. Y", "sekitar Terminal X dan Jl. Y", "di sekitar Jl. X"): the area
    around it is where it was — but for a lone street given as an address,
    its kelurahan after it ("di sekitar Jl. X, Kelurahan Y"): the street is."""
    hedge = re.search(r"\b(sekitar)\s+$", trigger, re.I)
    if hedge and not _street_address(place, tail):
        return f"{hedge.group(1)} {place}"
    return place


def _street_address(place: str, tail: str) -> bool:
    """``place`` (read from ``tail``) is one street whose kelurahan is
    written right after it, as an address is."""
    return (
        bool(STREET.match(place))
        and not re.search(r"\b(?:dan|&)\b", place, re.I)
        and bool(_KELURAHAN_AFTER.search(tail, 0, len(place) + _KELURAHAN_GAP))
    )


_KELURAHAN_AFTER = re.compile(r"\b(?:kel|kelurahan)\b", re.I)
_KELURAHAN_GAP = 12  # ", Kelurahan" or a short RT/RW between the street and its kelurahan


# a venue written right before the street: "SMP Negeri 10 Jl. Salemba Tengah",
# "toko2 di Jl. Kenari Raya"
# (or before a comma and its RT/RW: "warkop Bang Udin, Rt 4 Rw 2 Jl. …", "lahan parkir eks Pasar
# Bungur, Jl. …" — the ruling keeps a place's description)
_VENUE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<venue>(?:(?:lingkungan|halaman|area)\s+)?"
    rf"(?:{_PLACE_NOUN}|lahan(?:\s+parkir)?\b)(?:\s+(?!(?:dan|dengan|bersama|kepada|untuk|pada|yang|ke|di|dgn|kpd|utk|pd|yg)\b"
    r"|(?-i:(?:ber|me|di)[a-z]{3,}\b))"
    r"[\w'.-]+){0,5}?)(?P<sep>\s*,\s*(?:(?:RT|RW)\b\.?\s*\d{1,3}\s*)*|\s+)(?P<di>di\s+)?$",
    re.I,
)


def venue_ending(text: str) -> str:
    """The venue ``text`` ends with, as written ("… malam minggu pos ronda",
    "… main bola lap."), or "" when it ends with none."""
    m = _VENUE_BEFORE.search(text[-60:])
    return m.group("venue") if m and not m.group("sep").strip() and not m.group("di") else ""


# a named venue with no street: "Masjid Al Makmur Kwitang", "Pasar Senen"
_NAMED_VENUE = re.compile(
    r"(?<![\w.])(?:Masjid|Mesjid|Musholl?a|Mushala|Musala|Gereja|Pasar|Stasiun|Terminal|Halte|Lapangan"
    r"|Taman|Kantor|Balai|Aula|Gedung|Sekolah|SDN|SMPN|SMAN|SMKN|SD|SMP|SMA|SMK|Rusun|Pos|Posko|TPS"
    r"|Majelis|Warung|Bengkel|Toko|Pangkalan|Blok|Lapak|Klenteng|Vihara|Pura|RPTRA|Posyandu)"
    r"(?:\s+(?:[A-Z0-9][\w'.-]*|al|el|an|ar|as|at|nurul|baitul))+",
)


# "di lingkungan RT 09 RW 04 Jl. X": the neighbourhood of the street, as the rulings keep it
_HEDGED_STREET = re.compile(r"\b(sekitar)\s+$", re.I)
_AROUND = re.compile(r"\bdi\s+(lingkungan)\s+(?:(?:RT|RW)\b\.?\s*\d{1,3}\s*/?\s*)+,?\s*$", re.I)
_VENUE_AREA = re.compile(r"(?:RT|RW)\b\.?\s*\d{1,3}\b", re.I)
_VENUE_WORD_BEFORE = re.compile(
    r"\b(?:pos|kantor|sekretariat|sekret|balai|posko|ketua|pak|bapak|bpk|bu|ibu)\s+$", re.I
)


# the word right after a street noun is its name, whatever it looks like ("jalan melati")
_NAME_NEXT = re.compile(r"\b(?:jl|jln|jalan|gg|gang)\b\.?\s*$", re.I)


# in lower case a name reads like a verb ("melati", "merdeka"); one followed by more of the
# place (a comma, RT/RW, a street) is a name: "posyandu melati, jl. …", "posyandu melati rw 07"
_NAME_LIKE_VERB = re.compile(
    r"me[a-z]{3,}(?=\s*(?:,|$)|\s+(?:rt|rw|jl|jln|jalan|gg|gang|no|kel|kelurahan)\b)"
)


def _cut(tail: str, lower: bool = False) -> str:
    tail = unwrap_place(tail)
    end = PLACE_END.search(tail, 1)
    while end:
        if _NAME_NEXT.search(tail, 0, end.start()) or (
            lower and _NAME_LIKE_VERB.match(tail, end.start())
        ):  # "jalan melati", "posyandu melati, jl. …": a name, no verb
            end = PLACE_END.search(tail, end.end())
            continue
        venue = _VENUE_AREA.match(tail, end.start())
        if venue and _VENUE_WORD_BEFORE.search(
            tail[: end.start()]
        ):  # "Sekretariat RW 07 (depan Pasar) Jl. …": the RW names the venue
            end = PLACE_END.search(tail, venue.end())
            continue
        street = _AREA_THEN_STREET.match(tail, end.start())
        if street:  # "Kantor RW 06 Jl. Kramat Bunder": the street still belongs to the place
            end = PLACE_END.search(tail, street.end())
            continue
        break
    piece = tail[: end.start()] if end else tail
    if end and (mend := MENDED_STREET.match(tail, end.start())):
        # "gereja X jalan salemba raya eh maksudnya jalan paseban raya": the street said again
        said = list(STREET.finditer(piece))
        if said and (again := _cut(tail[mend.end() :], lower)):
            return clean_place(f"{piece[: said[-1].start()]}{again}")
    group = GROUP_AFTER_STREET.search(piece)
    if group and not re.search(rf"\b{_PLACE_NOUN}\s*$", piece[: group.start("group")], re.I):
        piece = piece[: group.start("group")]  # "jalan X warga yang ikut …": whom, not where
    for comma in re.finditer(r",\s*(?=(?:jl|jln|jalan|gg|gang)\b)", piece, re.I):
        if not _named_street(piece[comma.end() :], lower):
            piece = piece[: comma.start()]  # "pos ronda, jalan rusak …": a road's state
            break
    described = _DESCRIBED.search(piece)  # "…, dekat halte X", "(deket musholla)": counted apart
    if described and len(piece[described.end() :].split()) > _MAX_DESCRIBED:
        piece = piece[: described.start()]
    named = piece[: described.start()] if described else piece
    # "Rt 2 Rw 5" are no words of the name, and an owner's name is one ("rumah Ibu Hj. X di Jl. …")
    plain = PERSON.sub("X", AREA_PARTS.sub(" ", named))
    if lower:  # "rumah ibu hj. nurlela di jl. …": no capital marks the name, its title does
        plain = _OWNER_LOWER.sub("X", plain.lower())  # only its words are counted
    # a venue and the street it stands in are each a name: "pangkalan ojol di depan RS X, Jl. Y",
    # "rumah kos 3 lantai milik Ibu Z di Jl. Y" — their words are counted apart
    if any(len(part.split()) > _MAX_WORDS for part in _VENUE_THEN_STREET.split(plain, maxsplit=1)):
        return ""
    return clean_place(piece)


_VENUE_THEN_STREET = re.compile(r"(?:,|\s+di)\s+(?=(?:jl|jln|jalan|gg|gang)\b)", re.I)


# an owner named without capitals ("rumah ibu hj. nurlela"): the title marks the name
_OWNER_LOWER = re.compile(
    r"(?:bpk|bapak|pak|ibu|bu|sdr|sdri|bang|mas)\.?\s+(?:(?:h|hj|haji|hajah|hajjah)\.?\s+)?"
    r"(?!(?:rt|rw|lurah|camat|ketua|kepala|dan|sama|serta|yang|yg|di|ke|dari|juga)\b)[a-z]{3,}\b"
)
_DESCRIBED = re.compile(rf"(?:,\s*|\s*\(\s*){WHERE_IN_IT}", re.I)
_MAX_DESCRIBED = 6
