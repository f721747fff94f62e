"""Who was met, by AUDIENCE_CATEGORIES, with the number when the message
gives one: before the group (``± 15 orang warga``, ``12 rumah warga``,
``5 ketua RT``) or right after it (``tomas 2``, ``Warga binaan ± 15 orang``,
``Warga RT 02 (15 org)``); a singular role or a named person is one
(``Ketua RW 04``, ``pemilik warung``, ``Ustadz Hasan``, ``Sdr. Wahyu``).

The groups are data (vocabulary.AUDIENCE). One group named twice is counted
once; different groups of one category are summed, and the sum is unknown
(``None``) when any of them has no number. The caller passes only the text
that tells the visit: the appeal, the findings and the place are not in it,
so the people merely spoken of there are not counted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sambang_tui.services.parse import numerals
from sambang_tui.services.parse.vocabulary import AUDIENCE, HOUSEHOLDS

_GROUPS = [
    # "ketua rt02": a number written onto RT/RW
    (
        cat,
        group,
        re.compile(rf"(?<![\w-])(?:{pattern})(?:(?![\w])|(?<=[tTwW])(?=\d))", re.I),
        singular,
    )
    for cat, group, pattern, singular in AUDIENCE
]
_ABOUT = (
    r"(?:(?:±|\+/-|\+-|kurang\s+lebih|kl\.?|sekitar|sebanyak|berjumlah|sejumlah|lebih\s+kurang|kurleb"
    r"|kira-kira|kurang\s+dari|lebih\s+dari|hampir|total|sekitar\s+kurang\s+lebih)\s*){0,2}"
)
_UNIT = r"(?:orang|org\.?|or\b|personil|personel|peserta|jiwa)"
# "15 orang " right before a group
# ("4 anggota satpam": the members of the group)
_COUNT_BEFORE = re.compile(
    rf"{_ABOUT}(\d{{1,4}})\s*(?:(?:{_UNIT}|{HOUSEHOLDS}|anggota|petugas)\s*){{0,2}}$", re.I
)
# " ± 15 orang", ": 8", " (15 org)" right after a group (no comma between)
_COUNT_AFTER = re.compile(
    rf"(?:\s*R[TW]\b\.?\s*\d{{1,3}}(?:\s*/\s*\d{{1,3}})?(?!\d))?"
    rf"(?:\s+(?:yang\s+|yg\s+)?(?:hadir|datang|ikut|ditemui|dikunjungi))?[ \t]*(?:[:(]\s*)?{_ABOUT}"
    rf"(\d{{1,4}})(?:\s*{_UNIT})?(?![\d:/]|\.\d)",  # on its own line: "3. Warga" is no count
    re.I,
)
# " satpam pasar 2 org", " Guru BK 3 orang": a word or two naming the group, then its number
_COUNT_AFTER_WORDS = re.compile(
    rf"(?:[ \t]+(?!(?:dan|serta|atau|di|ke|dari|yang|yg|dengan|dgn|untuk|pada|bersama|beserta|&)\b)"
    rf"[A-Za-z0-9][\w.'/-]*){{1,4}}?[ \t]*(?:[:(][ \t]*)?{_ABOUT}(\d{{1,4}})[ \t]*{_UNIT}",
    re.I,
)
# "Ketua RT 05 RW 09 Kel. Kenari Bpk. Sarmadi": the person the role is
_APPOSITION = re.compile(
    r"\s*(?:(?i:kel\.?|kelurahan)\s+[A-Z]\w+\s*)?(?:(?i:setempat|tersebut)\s+)?"
    r"(?:\(\s*|(?i:yaitu|yakni|bernama)\s+)?"
)
# "Ketua RT dan RW setempat": the heads of both ("Ketua RT/RW" alone may be many)
_BOTH_HEADS = re.compile(
    r"\b(ketua\s+RT\b\.?\s*(?:\d{1,3}\s*(?=dan|&|serta))?)(dan|&|serta)\s+(RW\b)", re.I
)
# "Ketua RW 04", "Ketua RT 001 s.d. 005", "Ketua RT 03 RW 02": the number names the
# role, it counts nobody ("ketua RT 3 orang" does)
_DESIGNATION = re.compile(
    rf"\s*\.?\s*(?P<first>\d{{1,3}})(?!\d)(?!\s*{_UNIT})"
    r"(?P<range>\s*(?:s\.?\s*/?\s*d\.?|sd|sampai|-|–)\s*(?:RT|RW)?\.?\s*\d{1,3})*"
    rf"(?:\s*(?:/\s*(?:(?:RT|RW)\b\.?\s*)?|\b(?:RT|RW)\b\.?\s*)\d{{1,3}}(?!\d)(?!\s*{_UNIT}))?",
    re.I,
)
_PLURAL_BEFORE = re.compile(
    r"\b(?:para|beberapa|sejumlah|seluruh|semua|ketua-ketua|pengurus|se-\w+"
    r"|se(?:kelurahan|kecamatan|wilayah)\w*|\d+)\s*$",
    re.I,
)
_HOUSEHOLDS = re.compile(rf"(?<![\w./:-]){_ABOUT}(\d{{1,4}})\s*(?:{HOUSEHOLDS})\b", re.I)
_LONE_COUNT = re.compile(rf"(?<![\w./:-]){_ABOUT}(\d{{1,4}})\s*{_UNIT}", re.I)
_NOT_COUNT_BEFORE = re.compile(
    r"(?:\b(?:rt|rw|no|tps|blok|nrp|pukul|pkl|jam)\.?\s*|[\d.:/,])$", re.I
)
# a name: "Bpk. H. Rohim", "Sdr. Wahyu", "Ibu Nur"
_PERSON = re.compile(
    r"(?<![\w.])(?:(?i:bpk|bapak|pak|ibu|bu|sdr|sdri|saudara|saudari)\.?\s+(?:(?i:h|hj|kh|haji|hajah|hajjah)\.?\s+)?"
    r"|(?:H|Hj|KH|Drs|Ir|Dr)\.\s*)"
    r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
# "Bpk. H. Rohman selaku tokoh masyarakat": the person is of that group
_AS_ROLE = re.compile(r"\s*,?\s*(?:selaku|sebagai|yaitu|yakni|\()\s*", re.I)
# "Bapak Haji Sulaiman, tokoh masyarakat setempat, …": the role between commas
_ROLE_BETWEEN_COMMAS = re.compile(r"\s*,\s*")
_ROLE_CLOSED = re.compile(r"(?:\s+setempat|\s+sekitar)?\s*(?:[,.;]|$)")
_NOT_PERSON = frozenset(
    [
        "rt",
        "rw",
        "lurah",
        "camat",
        "kapolsek",
        "kanit",
        "kapolres",
        "babinsa",
        "ketua",
        "kepala",
        "bhabin",
        "bhabinkamtibmas",
        "danramil",
        "ustadz",
        "ustad",
        "pendeta",
        "haji",
    ]
)
_PERSON_AS_PLACE = re.compile(r"\b(?:milik|toko|warung|bengkel|kos|kontrakan)\s*$", re.I)
_OFFICIAL_BEFORE = re.compile(
    r"\b(?:lurah|camat|kapolsek|wakapolsek|kanit|kapolres|babinsa|danramil|sekretaris|sekkel|seklur|kasi"
    r"|kepala|kades|ketua\s+(?:lmk|fkdm|kpps|panitia))\b[\w\s.,]{0,20}$",
    re.I,
)
_PARTIES = re.compile(r"\bkedua\s+(?:belah\s+)?pihak\b|\bpara\s+pihak\b", re.I)
# words after which a group is someone else's or no one met
_NOT_AUDIENCE = re.compile(
    r"\b(?:perselisihan|sengketa|keributan|konflik|cekcok|percekcokan|permasalahan|masalah)"
    r"\s+(?:antar\s*)?(?:\d+\s+)?(?:orang\s+)?(?:warga|wrg)\b|\bantar\s*(?:warga|wrg)\b"
    # news received from someone ("mendapat informasi dari warga bahwa …"), not an informant
    # sought out ("menggali informasi dari pemilik kos", "dari keterangan Ketua RW")
    r"|(?<!menggali )(?<!mencari )(?<!meminta )(?<!menanyakan )(?<!mengumpulkan )"
    r"\b(?:informasi|info|keterangan|laporan)\s+dari\s+(?:para\s+)?\w+(?:\s+\w+)?"
    r"|\bwarga\s+(?=\w+\s+(?:yang\s+)?(?:akan|tidak)\b)"
    r"|\b(?:pos(?:\s+ronda|ko)?|lingkungan|wilayah|kampung|permukiman|pemukiman|kawasan)\s+warga\b"
    r"|\b(?:tawuran|kenakalan|balap\s+liar)\s+(?:antar\s*)?(?:kelompok\s+)?(?:pemuda|remaja|pelajar|warga)\b"
    r"|\b(?:keamanan|kenyamanan|rasa\s+aman|ketertiban|ketenangan|keselamatan|kesejahteraan|kepercayaan"
    r"|aktivitas|kepentingan|partisipasi|peran\s+serta|kesadaran|kewaspadaan|harapan|keluhan|laporan|aduan)"
    r"\s+(?:kepada\s+|bagi\s+|para\s+|seluruh\s+)?(?:warga|masyarakat|pemuda|jamaah)\b"
    r"|\b(?:ada|terdapat|kumpulan|gerombolan|sekelompok)\s+(?:kumpulan\s+|sekelompok\s+|beberapa\s+)?"
    r"(?:pemuda|remaja|warga|massa|orang|anak\s+muda)\b"
    # the police's bond with the public, and its welcome: no one met in particular
    r"|\b(?:polri|polisi|kepolisian|tni\s*-?\s*polri|aparat|bhabinkamtibmas)\s+(?:dan|dengan|bersama)\s+"
    r"(?:warga|masyarakat)\b|\btengah(?:-tengah|\s+tengah)?\s+(?:warga|masyarakat)\b"
    r"|\b(?:sambutan|apresiasi|dukungan|respons?|antusiasme?)\s+(?:\w+\s+){0,2}?(?:dari\s+)?"
    r"(?:para\s+|seluruh\s+)?(?:warga|masyarakat)\b"
    # what someone met complains of: "15 pedagang yang mengeluhkan juru parkir liar …"
    r"|\byang\s+(?:mengeluhkan|mengeluh|mengadukan|resah|merasa\s+resah|terganggu)\b[^.;\n]*",
    re.I,
)
# "sambang kepada tokoh agama … Ustadz H. Mahfud selaku imam masjid": the one named
_TOKOH = frozenset(["toga", "tomas"])
_GENERIC = frozenset(
    ["warga", "households", "peserta", "tetangga"]
)  # absorbed by a counted group of warga


@dataclass
class Mention:
    start: int
    end: int
    category: str
    group: str
    count: int | None
    written: bool = False  # the count is a number written, not one person of a role
    plural: bool = False  # "para tokoh masyarakat": more than one, however many


def _taken(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _count_after(text: str, end: int) -> re.Match[str] | None:
    """The number written right after a group; not one that a group
    written after it owns ("peserta ± 80 siswa")."""
    after = _COUNT_AFTER.match(text, end)
    if after is None:
        after = _COUNT_AFTER_WORDS.match(text, end)
        if after is not None and any(p.search(text, end, after.start(1)) for *_, p, _s in _GROUPS):
            return None  # "tomas pemuda 8 orang": a group in between owns it
    if after is None:
        return None
    if re.search(rf"{_UNIT}\s*$", after.group(0), re.I) is None:
        rest = re.match(r"[ \t]*", text[after.end() :]).end() + after.end()
        if _group_at(text, rest) is not None:
            return None
    return after


def _count_before(text: str, start: int) -> tuple[int, int] | None:
    """The number written right before a group, and where it starts."""
    window = text[max(0, start - 30) : start].rsplit("\n", 1)[-1]  # this line's own
    m = _COUNT_BEFORE.search(window)
    if m is None:
        return None
    at = start - len(window) + m.start(1)
    if _NOT_COUNT_BEFORE.search(text[max(0, at - 8) : at]):
        return None
    return int(m.group(1)), at


_COUNT_WORDS = re.compile(r"\b(?:(?P<seorang>seorang|seorg)|(?P<digits>\d{1,4})-?an)\b", re.I)


def _counted(text: str) -> str:
    """ "dua puluh orang" → "20 orang", "seorang" → "1 orang", "20an" → "20"."""
    return _COUNT_WORDS.sub(
        lambda m: "1 orang" if m.group("seorang") else m.group("digits"),
        numerals.as_digits(_spelt_out(text)),
    )


_SPELT_OUT = re.compile(r"(\d{1,4})\s*\(\s*(?P<words>[A-Za-z][A-Za-z ]{2,30}?)\s*\)")


def _spelt_out(text: str) -> str:
    """ "15 (lima belas) orang" → "15 orang": the number spelt out again."""
    return _SPELT_OUT.sub(
        lambda m: m.group(1) if numerals.value(m.group("words")) else m.group(0), text
    )


_BOTH_NUMBERED = re.compile(r"\bketua\s+RT\s*/\s*RW\b\.?\s*(\d{1,3})\s*/\s*(\d{1,3})\b", re.I)


def _heads(text: str) -> str:
    """ "Ketua RT/RW 02/03" → "Ketua RT 02 dan Ketua RW 03"; "Ketua RT dan RW" likewise."""
    text = _BOTH_NUMBERED.sub(
        lambda m: (
            m.group(0)
            if _PLURAL_BEFORE.search(m.string[max(0, m.start() - 24) : m.start()])
            else f"Ketua RT {m.group(1)} dan Ketua RW {m.group(2)}"
        ),
        text,
    )
    return _BOTH_HEADS.sub(_both_heads, text)


def _both_heads(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 24) : m.start()]
    if _PLURAL_BEFORE.search(before) or re.search(rf"\d\s*(?:{_UNIT}\s*)?$", before, re.I):
        return m.group(0)  # "24 orang Ketua RT/RW", "para ketua RT/RW": one group
    return f"{m.group(1).rstrip()} {m.group(2)} Ketua {m.group(3)}"


def _in_capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 20 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


_FUNCTION_WORDS = re.compile(
    r"\b(?:Dan|Serta|Atau|Di|Ke|Dari|Yang|Dengan|Dgn|Bersama|Beserta|Selaku|Sebagai|Untuk|Pada"
    r"|Oleh|Para|Sekitar|Sebanyak|Orang|Org)\b"
)


def _recased(text: str) -> str:
    """ "BPK. H. ROHMAN DAN WARGA" → "Bpk. H. Rohman dan Warga"."""
    return _FUNCTION_WORDS.sub(lambda m: m.group(0).lower(), text.title())


def find_audience(text: str, place: str = "", said: str = "") -> dict[str, int | None]:
    """The groups met, with their numbers; ``place`` is where it happened,
    whose name may hold a person's ("Warung Kopi Pak Udin"). ``said`` is
    the template's own list of whom they met (Sasaran, Dihadiri): when it
    names a group, it alone says who was met, and ``text`` (the activity
    line) only tells which of them were the parties to a dispute."""
    if _in_capitals(f"{text} {said}"):
        # "BERTEMU BPK. DARTO": names are read as the people's, whatever the case
        text, said, place = _recased(text), _recased(said), _recased(place)
    text = _heads(_counted(text))
    focus = None
    if said:
        focus = len(text) + 1 if text else 0
        said = _heads(_counted(said))
        text = f"{text}\n{said}" if text else said
    scrubbed = _NOT_AUDIENCE.sub(lambda m: " " * len(m.group(0)), text)
    mentions: list[Mention] = []
    spans: list[tuple[int, int]] = []
    hits = []
    for index, (cat, group, pattern, singular) in enumerate(_GROUPS):
        for m in pattern.finditer(scrubbed):
            hits.append((m.start(), -(m.end() - m.start()), index, m, cat, group, singular))
    hits.sort(key=lambda h: h[:3])
    in_place = (
        [(m.start(), m.end()) for m in re.finditer(re.escape(place), scrubbed)]
        if len(place) > 3
        else []
    )
    for start, _, _, m, cat, group, singular in hits:
        inside = _taken(in_place, m.start(), m.end()) and not re.search(
            r"\b(?:rumah|rmh|kediaman)\s+$", scrubbed[max(0, m.start() - 10) : m.start()], re.I
        )
        if _taken(spans, m.start(), m.end()) or inside:
            continue  # taken, or part of the place's name ("Balai Warga", "Sekretariat Karang Taruna")
        end = m.end()
        key, count = group, None
        plural = bool(_PLURAL_BEFORE.search(scrubbed[max(0, start - 20) : start]))
        d = _DESIGNATION.match(scrubbed, end) if cat == "perangkat_rt_rw" else None
        if d and d.group("range"):  # "Ketua RT 001 s.d. 005": a group, its number not written
            end, singular = d.end(), False
        elif d:  # "Pengurus RW 04" is no four people either
            end = d.end()
            if singular:
                key = f"{group} {int(d.group('first'))}"
        before = _count_before(scrubbed, start)
        if before is not None and _taken(spans, before[1], start):
            before = None  # "tomas 3 org toga 2 org": the 3 is the tomas'
        if before is not None:
            start = before[1]
        after = _count_after(scrubbed, end)
        apposition = re.match(_APPOSITION, scrubbed[end:])
        person = _PERSON.match(scrubbed, end + apposition.end()) if apposition else None
        if person is None and singular and (comma := re.match(r",\s*", scrubbed[end:])):
            # "pemilik warung, Ibu Sumarni, serta …": the one the role is, between commas
            person = _PERSON.match(scrubbed, end + comma.end())
            closing = (
                re.match(r"\s*(?:[,.;]\s*|\n|\Z)", scrubbed[person.end() :]) if person else None
            )
            if closing is None or _PERSON.match(scrubbed, person.end() + closing.end()):
                person = None  # "Ketua RW 03, Sdr. Mulyadi dan Sdr. Anton": a list
        if before is not None:
            count = before[0]
        elif after is not None and not re.match(r"\s*,", scrubbed[end:]):
            count, end = int(after.group(1)), after.end()
        elif singular and not plural:
            count = 1
        if group == "ulama" and person is None:
            # "Ustadz Jaelani (toga)": the title's name goes with it
            named = re.match(
                r"\s+(?:(?:H|Hj|KH)\.\s*)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", scrubbed[end:]
            )
            if named:
                end += named.end()
        if person:
            # "tokoh masyarakat Bpk. H. Rohim": the named one is the group's
            end = person.end()
            key = f"{key}:{person.group('name').casefold()}"
            count = 1 if count is None and not plural else count
            role = _AS_ROLE.match(scrubbed, end)
            same = _group_at(scrubbed, role.end()) if role else None
            if same is not None and same[0] == cat:
                end = same[2]  # "Ustadz H. Mahfud selaku imam masjid": one person
        spans.append((start, end))
        written = before is not None or (after is not None and count == int(after.group(1)))
        mentions.append(Mention(start, end, cat, key, count, written, plural))
    mentions = _merge_adjacent(scrubbed, sorted(mentions, key=lambda m: m.start))
    _people(scrubbed, spans, mentions, place)
    disputes = _disputes(scrubbed)
    # the parties to a dispute are residents, whatever else they are, wherever named again
    parties = {
        m.group.split(":")[0] for m in mentions if any(a <= m.start < b for a, b in disputes)
    }
    for index, mention in enumerate(mentions):
        in_dispute = any(a <= mention.start < b for a, b in disputes)
        if mention.category != "warga" and (in_dispute or mention.group.split(":")[0] in parties):
            mentions[index] = Mention(
                mention.start, mention.end, "warga", f"party:{mention.group}", mention.count
            )
    for a, b in disputes:
        # "antara dua tetangga, Bapak Supri dan Bapak Anwar": the two are the ones named
        inside = [m for m in mentions if a <= m.start < b and m.category == "warga"]
        named = [  # "Sdr. Beni (pemilik kos)" is a named party too
            m for m in inside if m.group.startswith("person:") or m.group.count(":") >= 2
        ]
        counted = [m for m in inside if m not in named and m.count is not None]
        if named and len(counted) == 1:
            number = max(counted[0].count or 0, len(named))
            mentions[:] = [m for m in mentions if m not in named and m is not counted[0]]
            mentions.append(Mention(a, b, "warga", f"parties@{a}", number, True))
    _households(scrubbed, spans, mentions)
    _members(scrubbed, spans, mentions)
    if focus is not None:
        # a kind of people the list names is as it says: "Sambang tokoh masyarakat" over
        # "Sasaran : Bpk. H. Rohman (tomas)"; the kinds only the activity names stay
        listed = {m.category for m in mentions if m.start >= focus}
        mentions = [m for m in mentions if m.start >= focus or m.category not in listed]
    if any(scrubbed[m.start : m.end].casefold() != "peserta" for m in mentions):
        # "Peserta : ± 80 siswa": the word only heads whom it names
        mentions = [
            m
            for m in mentions
            if m.count is not None or scrubbed[m.start : m.end].casefold() != "peserta"
        ]
    found = _total(mentions)
    _lone_count(scrubbed, spans, found)
    return found


# "antara pemilik kontrakan Bpk. Darmo dengan penghuninya Sdr. Ilham"
_DISPUTE = re.compile(
    r"\b(?:antara|antar)\s+(?P<parties>[^.;\n]{3,120}?)(?=\s+(?:soal|terkait|tentang|karena|krn|mengenai|perihal|"
    r"yang|di|pada|masalah)\b|[.;\n]|$)",
    re.I,
)
_DISPUTE_WORDS = re.compile(
    r"\b(?:problem\s+solving|mediasi|dimediasi|perselisihan|sengketa|keributan|cekcok|konflik|"
    r"permasalahan|masalah|pertikaian|percekcokan|perkelahian)\b",
    re.I,
)


# "Para pihak : Sdr. Hendra (pemilik motor) dan Sdr. Rudi": a template's list of the parties
_PARTIES_LIST = re.compile(
    r"^[ \t]*(?:para\s+)?pihak(?:\s+\w+)?[ \t]*:[ \t]*(?P<parties>.+)$", re.I | re.M
)


def _disputes(text: str) -> list[tuple[int, int]]:
    """Where the parties to a dispute are named."""
    listed = [m.span("parties") for m in _PARTIES_LIST.finditer(text)]
    if not _DISPUTE_WORDS.search(text):
        return listed
    return listed + [m.span("parties") for m in _DISPUTE.finditer(text)]


def _merge_adjacent(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "pemuda karang taruna 6 orang", "ibu-ibu jamaah": groups of one
    category written side by side are one group of people."""
    out: list[Mention] = []
    for mention in mentions:
        last = out[-1] if out else None
        between = text[last.end : mention.start] if last is not None else ""
        side_by_side = re.fullmatch(r"[\s/(]*", between)  # "Toga (Ustadz Hasan)"
        # "± 30 orang pelajar dan anggota karang taruna": one count for both
        listed = (
            re.fullmatch(r"\s*(?:,|dan|serta|&|\+)\s*", between)
            and last is not None
            and last.written
            and mention.count is None
            and not mention.group.startswith("person:")
        )
        # "para pengemudi ojol dan pedagang sebanyak ± 12 orang": the count closes the list
        closed = (
            re.fullmatch(r"\s*(?:,|dan|serta|&)\s*", between)
            and last is not None
            and last.plural
            and last.count is None
            and mention.written
            and mention.start >= last.end
            and not re.match(r"\d", text[mention.start : mention.end])
        )
        if last is not None and last.category == mention.category and (side_by_side or listed):
            count = mention.count if mention.count is not None else last.count
            written = last.written or mention.written
            out[-1] = Mention(last.start, mention.end, last.category, last.group, count, written)
            continue
        if last is not None and last.category == mention.category and closed:
            out[-1] = Mention(
                last.start, mention.end, last.category, last.group, mention.count, True
            )
            continue
        out.append(mention)
    return out


# a count, then an open parenthesis that names its members
_LISTED_MEMBERS = re.compile(
    rf"\d{{1,4}}\s*(?:{_UNIT}|{HOUSEHOLDS})?\s*(?:\w+\s+){{0,2}}\((?:[^()\n]*,)?\s*$", re.I
)


def _people(
    text: str, spans: list[tuple[int, int]], mentions: list[Mention], place: str = ""
) -> None:
    """Named people are residents met, one each ("(tomas)" after a name
    makes them a tokoh); "kedua belah pihak" are two."""
    for m in _PERSON.finditer(text):
        name = m.group("name").split()[0].casefold()
        if name in _NOT_PERSON or _taken(spans, m.start(), m.end()):
            continue
        if _LISTED_MEMBERS.search(text[max(0, m.start() - 200) : m.start()]):
            continue  # "5 rumah (Bpk. Joko, Bpk. Hari, …)": the ones counted, named
        if _PERSON_AS_PLACE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        if _OFFICIAL_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # "Lurah Kenari Bpk. Sugeng": an official beside the officer, not a resident
        if place and m.group(0) in place:
            continue  # "Warung Kopi Pak Udin" is a place
        if any(other.group.split(":")[-1].split()[:1] == [name] for other in mentions):
            continue  # named again: "Ketua DKM H. Abdul Karim … H. Abdul Karim menyampaikan"
        # "KH. Abdullah": a kyai is a religious leader
        category = "tokoh_agama" if re.match(r"(?:\w+\.?\s+)?KH\b", m.group(0)) else "warga"
        role = _AS_ROLE.match(text, m.end())
        group = _group_at(text, role.end()) if role else None
        if group is None and (role := _ROLE_BETWEEN_COMMAS.match(text, m.end())):
            group = _group_at(text, role.end())
            if group is not None and not _ROLE_CLOSED.match(text, group[2]):
                group = None
        if role and group is not None:
            category, role_group, end = group
            # the role is this person's: one of that group, not a group of its own
            for i, other in enumerate(mentions):
                if other.start == role.end() and not other.written:
                    del mentions[i]
                    break
            spans.append((m.start(), end))
            mentions.append(Mention(m.start(), end, category, f"{role_group}:{name}", 1))
            continue
        spans.append(m.span())
        mentions.append(Mention(m.start(), m.end(), category, f"person:{name}", 1))
    for m in _PARTIES.finditer(text):
        if not _taken(spans, m.start(), m.end()):
            count = 2 if m.group(0).casefold().startswith("kedua") else None
            spans.append(m.span())
            mentions.append(Mention(m.start(), m.end(), "warga", "parties", count))


def _group_at(text: str, at: int) -> tuple[str, str, int] | None:
    """The category and group of the group written at ``at``, and where it ends."""
    for cat, group, pattern, _singular in _GROUPS:
        m = pattern.match(text, at)
        if m:
            return cat, group, m.end()
    return None


def _households(text: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    """ "12 rumah warga", "9 KK": the households visited stand for the residents."""
    for m in _HOUSEHOLDS.finditer(text):
        if _taken(spans, m.start(1), m.end()):
            continue
        if _NOT_COUNT_BEFORE.search(text[max(0, m.start(1) - 8) : m.start(1)]):
            continue
        spans.append((m.start(1), m.end()))
        mentions.append(Mention(m.start(1), m.end(), "warga", "households", int(m.group(1))))


# "ketua DKM + 3 pengurus": members of the group just named, of its kind
_MEMBERS = re.compile(
    rf"\s*(?:\+|dan|serta|&|,)\s*{_ABOUT}(\d{{1,4}})\s*(?:{_UNIT}\s*)?(?:pengurus|anggota)(?:nya)?\b(?!\s+[A-Za-z])",
    re.I,
)


def _members(text: str, spans: list[tuple[int, int]], mentions: list[Mention]) -> None:
    for mention in list(mentions):
        m = _MEMBERS.match(text, mention.end)
        if m is None or _taken(spans, m.start(1), m.end()):
            continue
        spans.append((m.start(1), m.end()))
        group = f"members@{m.start(1)}"
        mentions.append(
            Mention(m.start(1), m.end(), mention.category, group, int(m.group(1)), True)
        )


def _total(mentions: list[Mention]) -> dict[str, int | None]:
    plural = {m.group for m in mentions if m.plural}
    by_category: dict[str, dict[str, int | None]] = {}
    for mention in mentions:
        groups = by_category.setdefault(mention.category, {})
        old = groups.get(mention.group)
        if mention.count is not None and (old is None or mention.count > old):
            groups[mention.group] = mention.count
        else:
            groups.setdefault(mention.group, None)
    found: dict[str, int | None] = {}
    for category, groups in by_category.items():
        for group in [g for g in groups if f"{g} " in " ".join(groups)]:
            if any(
                other.startswith(f"{group} ") and other[len(group) + 1 :].split(":")[0].isdigit()
                for other in groups
            ):
                del groups[group]  # "Ketua RW" again after "Ketua RW 04": the same one
        named = [g for g in groups if ":" in g and groups[g] is not None]
        for group in [g for g, n in groups.items() if n in (None, 1) and ":" not in g]:
            if group in plural:
                continue
            if any(other.startswith(f"{group}:") for other in groups) or (
                group in _TOKOH and groups[group] is None and named
            ):
                # "sambang ke rumah tokoh masyarakat … Bpk. H. Maksum selaku tokoh masyarakat"
                del groups[group]
        if "parties" in groups:
            named = [
                g
                for g in groups
                if g.startswith("person:") or (g.startswith("party:") and groups[g] == 1)
            ]
            if named:  # "Para pihak : Sdr. Hendra … dan Sdr. Rudi …": the two named
                groups["parties"] = max(groups["parties"] or 0, len(named))
                for g in named:
                    del groups[g]
        counted = {g: n for g, n in groups.items() if n is not None}
        unknown = [g for g, n in groups.items() if n is None and not (counted and g in _GENERIC)]
        found[category] = None if unknown or not counted else sum(counted.values())
    return found


def _lone_count(text: str, spans: list[tuple[int, int]], found: dict[str, int | None]) -> None:
    """One group without a number and one count of people that belongs to
    no group ("sambang warga RT 03, 10 org"): that group's number."""
    lone = [
        m
        for m in _LONE_COUNT.finditer(text)
        if not _taken(spans, m.start(1), m.end())
        and not _NOT_COUNT_BEFORE.search(text[max(0, m.start(1) - 8) : m.start(1)])
    ]
    if len(found) == 1 and len(lone) == 1:
        (category,) = found
        if found[category] is None:
            found[category] = int(lone[0].group(1))


def residents(section: str) -> dict[str, int | None]:
    """An audience section that names no group ("Jumlah hadir : ± 35
    orang"): people met with no group said are residents."""
    counts = list(_LONE_COUNT.finditer(section))
    return {"warga": int(counts[0].group(1))} if len(counts) == 1 else {}
