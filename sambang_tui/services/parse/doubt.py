"""Doubt: a value the parser read under a condition where such readings
were found wrong at least twice as often as right (measured over the
corpora read, in three or more of them) is left empty and named in
``doubtful``, so the form marks it *periksa* for the desk to fill. A wrong
value costs the desk more than an empty one: it has to be noticed first.

Each condition is a shape of the message or of the parser's own reading,
never a word of one writer. A place ending in the number that opens the
next line ("… Jl. X 2" over "2. Jam 13.30") is not in doubt: the numbered
item's marker that ran into it is cut off.

* a place with no street while the report names a street elsewhere: the
  street was left behind and the place is only part of it ("pos ronda" of
  "pos ronda jl kramat bunder", "kediaman Bapak Ir" cut at a title's dot),
  unless the writer said this is the place (a place field, "bertempat di
  …"): then the street elsewhere is about something else; a part of a
  road ("badan jalan", "lampu jalan") names no street;
* a place that runs on into another field's words (a clock, a weekday,
  "ini"/"tadi", the situation, the topic, the officer's signature or note
  "(bantu Bhabin X)") or into a voice note's speech ("… itu", "… apa
  namanya"): its end was not found;
* a place, an appeal or findings that are only what a template holds for a
  field left blank ("(isi pesan kamtibmas)", "Pesan:..."): nothing was
  written, and a blank field is null;
* an appeal holding a date: it runs on into the next line or report;
* an appeal that tells the visit before it appeals (whom the officer met or
  which place he went to, "ketemu tomas 2 … himbau …", "1. Menyambangi … 2.
  Memberikan himbauan …"): its start was not found;
* a start time whose minutes are no multiple of five ("20.14", "07.12"):
  officers round the clock they report, so this is a stamp — the time a
  forwarded message was sent, a voice note's length — not the activity's;
* an appeal holding the situation report ("… awasi anaknya situasi saat ini
  aman", "…\n7) Situasi aman kondusif", "… // aman tapi waspada //"): it
  runs on into the close of the report;
* a place holding a table's or a slash layout's separator ("Pos Kamling
  Jl. X | bpk2 ronda 4", "Pos RW Jl. X // ketua RW //"): it runs on into
  the next column;
* findings holding the officer's own appeal or answer ("… ane jelasin
  belum ada info resmi", "Sy himbau sopir …", "ybs menghimbau …"): what
  the people met said ran on into what the officer told them;
* an audience of several groups holding one resident (``warga`` 1) — beside
  two or more other groups, or beside one it could not count — where the
  message says neither that he is the host ("tuan rumah", "sohibul hajat",
  "pemilik rumah") nor "1 warga": a person named whom the parser could not
  place among the others, most often one already counted under his role
  ("Ketua Panitia … Sdr. Rizky", "Ketua PKK … Bu Eti") or one only spoken
  of. A named resident met alone, or beside one counted group, is kept;
* an audience with a group the parser could not count while the message
  (outside what was found) writes a count of people that is none of the
  counts read nor their sum ("kurleb 240 anak", "± 25 org", "9 KK", "pemuda
  lk 6"): the count belongs to a group and the parser gave it to none, so
  the figures are not the ones written. A count in the findings is of people spoken
  of, not met, and one count written for several uncounted groups ("tomas &
  toga 6 org") is their shared count;
* an audience whose residents (``warga``) number three or more, a count
  written nowhere in the message but one or two above a count written
  ("dua tetangga … Pak Yanto … bu Wati": 3; "jamaah ± 250 … Bpk. X": 251):
  residents named were added to the residents counted, and whether they
  are among them (the parties to a dispute, a speaker of the crowd) or only
  spoken of is not said. A name listed beside the count ("pak juned & 2
  tetangga") is a person met apart, summed as the README says;
* findings naming a police rank ("… malam minggu bripka dwi hartono", "…
  PESAN KAMTIBMAS DARI KAPOLSEK … AKP …", "… menerima Bripka X"): what the
  people met said is told without an officer; a rank in it is the
  signature, an appeal or the visit run on into it.
"""

from __future__ import annotations

import re

from sambang_tui.db.vocab import RANKS
from sambang_tui.services.parse import dates, numerals
from sambang_tui.services.parse.label_words import FORM_PROMPT
from sambang_tui.services.parse.model import ParsedMessage
from sambang_tui.services.parse.sections import Layout
from sambang_tui.services.parse.sentences import EMOJI
from sambang_tui.services.parse.texts import Spoken

_STREET_IN_PLACE = re.compile(r"\b(?:jl|jln|jalan|gg|gang)\b", re.I)
# "jalan" as a verb or an event ("jalan sehat", "berjalan lancar", "jalan kaki") is no street
_NOT_A_STREET = re.compile(
    r"\bjalan\s+(?:sehat|santai|kaki|terus|lancar|bersama|baik|dengan|damai|kondusif|aman"
    r"|tertib|seperti|sesuai|pagi|ke|di|dan|lagi|tgl)\b",
    re.I,
)
# a part of a road is no street: "parkir di badan jalan", "lampu jalan mati"; "jalan." ends
# a sentence where a street's name would follow
_ROAD_PART = re.compile(
    r"\b(?:badan|bahu|tepi|pinggir|pinggiran|sisi|lampu|penerangan|seberang|ruas|rambu|marka)"
    r"\s+(?:jalan|jln|jl)\b\.?|\bjalan\.(?=\s)",
    re.I,
)
# the writer says which place this is: then a street elsewhere is about something else
# the kelurahan's or an RW's office is an address the desk knows without its street: a street
# elsewhere in the report is about something else ("sambang Kantor Kelurahan X, … PKL Jl. Y")
_OFFICE = re.compile(r"\b(?:kantor|aula|balai)\s+(?:kelurahan|kel\b\.?)", re.I)
_PLACE_SAID = r"\b(?:bertempat|berlokasi|lokasi|tempat)\b\W*(?:di\s+)?"
_STREET_NAMED = re.compile(r"\b(?:jl|jln|gg|jalan)\b\.?\s*[A-Za-z]{3,}", re.I)

# what a place never holds, but the time, the situation or the topic written after it does
_NOT_PLACE_WORDS = re.compile(
    r"\b\d{1,2}[.:]\d{2}\b"  # a clock: "09:30", "/ 09.00 s/d 12.00"
    rf"|\b{dates.WEEKDAY_WORD}\b"
    # "… mlm ini", "… tadi": a part of the day alone ends a school's name ("SDN Kenari 07
    # Pagi") or a note on the place ("(senam pagi)") as often as it runs on into the time
    r"|\b(?:ini|tadi|kemarin|kmrn)\W*\Z"
    r"|\b(?:aman|kondusif|terkendali|trkndl)\b"
    r"|\b(?:ttg|tentang|terkait|masalahnya)\b"  # the topic after the place
    rf"|(?:{EMOJI})\s*\w",  # an emoji, then the next item's words
    re.I,
)
# the officer's words after the place: his signature ("… Jl. X bripka dwi", "… Ttd. Lurah"),
# a note that he stood in ("(bantu Bhabin Bungur)", "(back up Bhabin Senen)")
_OFFICER_WORDS = re.compile(
    r"\b(?:"
    + "|".join((*RANKS, "brigadir", "ttd", r"bhabin\w*", "babinsa", "kanit", "kapolsek"))
    + r")\b",
    re.I,
)
# a voice note's speech after the place: "jalan kenari raya itu", "… apa namanya", "… terus
# rencananya", "… penontonnya"; "dan sekitarnya" is a place's own end
_SPOKEN_ON = re.compile(
    r"\b(?:itu|tuh|apa\s+namanya|namanya|terus|trus|langsung|(?!sekitarnya\b)\w{3,}nya)\W*\Z",
    re.I,
)
# what a template holds for a field left blank, its label perhaps with it: "(isi)", "(isi pesan
# kamtibmas)", "Pesan:...", "…"; the README rules a blank field null
_PLACEHOLDER = re.compile(rf"^\W*(?:\w+\s*:\s*)?(?:\.{{2,}}|…+|{FORM_PROMPT})\W*$", re.I)
# "1/12", "28/6/26", "10 Januari 2026": a day and its month
_DATE = re.compile(
    r"(?<![\d/])(?:[1-9]|[12]\d|3[01])/(?:[1-9]|1[0-2]|0[1-9])(?:/\d{2,4})?(?![\d/])"
    rf"|\b\d{{1,2}}\s+{dates.MONTH_WORD}\s+\d{{4}}\b",
    re.I,
)


# the visit told: whom the officer met, where he went
_VISIT_VERB = re.compile(r"\b(?:ketemu|ktm|bertemu|menyambangi|mendatangi|mengunjungi)\b", re.I)
# where an appeal begins
_APPEAL_CUE = re.compile(
    r"\b(?:\w*himbau\w*|\w*imbau\w*|pesan\w*|berpesan|\w*ingatkan|agar|supaya|jangan|jgn"
    r"|\w*ajak)\b",
    re.I,
)


# "situasi aman", "Sikon kondusif": the report's situation, not its wish ("agar situasi tetap
# aman", "menjaga situasi aman" are appeals and are read apart)
_SITUATION_SAID = re.compile(
    r"\b(?:situasi|sikon)\s+(?:saat ini\s+|sekarang\s+|umum\s+)?"
    r"(?:aman|kondusif|terkendali|waspada|rawan)\b"
    # a line, a numbered item or a slash column that is the situation: "\n7) Situasi aman", "// aman"
    r"|(?:^|\n|//|\|)\s*(?:\d{1,2}\s*[.)]\s*)?(?:(?:situasi|sikon)\s+)?(?:aman|kondusif)\b",
    re.I,
)
_WISHED = re.compile(
    r"\b(?:jaga|menjaga|dijaga|agar|supaya|biar|tetap|tercipta\w*|demi|menciptakan|mewujudkan)\W*\Z",
    re.I,
)
# a table's column or a slash layout's field: "… | bpk2 ronda 4 | himbauan", "… // ketua RW //"
_SEPARATOR = re.compile(r"\||//")
# the officer speaking in what was found: "ane jelasin …", "Sy himbau …", "YBS MENGHIMBAU …"
_OFFICER_ANSWERS = re.compile(
    r"\b(?:saya|sy|ane|aku|gue|gw|ybs|beliau|bhabin\w*)\b[^.\n]{0,40}?"
    r"\b(?:\w*himbau\w*|\w*imbau\w*|jelas\w*|dijelaskan)\b",
    re.I,
)

# the message says the one resident met is the host, or counts him: "selaku tuan rumah",
# "sohibul hajat Bpk. X", "info dr 1 warga"
_ONE_RESIDENT_SAID = re.compile(
    r"\btuan\s+rumah\b|\bs[h]?o[h]?ibul\s*hajat|\bpemilik\s+rumah\b|\bpunya\s+hajat\b"
    r"|\b(?:1|satu|seorang)\s+(?:orang\s+)?warga\b|\bwarga\s*:?\s*(?:1|satu|seorang)\b"
    r"|\(\s*warga\b",  # "Bu Yayuk (warga yg komplain)": the writer says she is the resident
    re.I,
)

# a count of people as writers attach it to a group: "± 25 org", "kurleb 240 anak", "9 KK"
_PEOPLE_COUNTED = re.compile(
    r"(?<![\d/.,:])\b(\d{1,4})\s*(?:\+\s*)?(?:org|orang|peserta|siswa|siswi|murid|pelajar|warga"
    r"|pemuda|jiwa|kk|anak|ibu|jamaah|jemaah|pengunjung|pedagang|driver|ojol|lapak)\b",
    re.I,
)
# a count as writers give it about ("pemuda lk 6", "ibu2 + balita sktr 30", "jamaah ± 300"):
# of people, as a clock is written after "pkl"/"jam" ("sekitar pkl 10") and a length or a
# span after the number ("± 200 meter", "± 2 jam")
_ABOUT_COUNTED = re.compile(
    r"(?:±|\+/?-|\bkurleb\b|\bkurang\s+lebih\b|\blk\b|\bsktr\b|\bsekitar\b|\bkira[- ]?kira\b"
    r"|\bkira2\b|\bkl\b)\s*(\d{1,4})\b(?![.:]\d)"
    r"(?!\s*(?:jam|pkl|pukul|menit|wib|meter|m|km|hari|minggu|bulan|tahun|thn|th)\b)",
    re.I,
)
# "RW 07 Bapak Sarmili", "RT 02 warga": an area's number, not a count
_AREA_BEFORE = re.compile(r"\b(?:rt|rw)\W{0,2}\Z", re.I)
# the number opening a numbered line: "2.", "2)", "2️⃣"
_ITEM_NUMBER = r"\s*\n\s*{}(?:\s*[.)]|\ufe0f?\u20e3)"
# a count listed after a name: "… & 2 tetangga", "…, dan ± 20 warga"
_LISTED_BESIDE = r"(?:\bdan|&|\bserta|\bsama|\bsm|\+|,)\s*(?:±\s*|kurang lebih\s*|sekitar\s*)?{}\b"
_PLACE_LAST_NUMBER = re.compile(r"\s(\d{1,2})\W*\Z")
# a rank not after a word telling of him ("dilaporkan ke Aipda X", "diserahkan kepada Bripka X"):
# the officer the finding is about, not the report's own telling run on into it
_RANK_NAMED = re.compile(
    r"(?<!\bke )(?<!\bkpd )(?<!\bdgn )(?<!\boleh )(?<!\bsama )(?<!\bkepada )(?<!\bdengan )"
    r"\b(?:" + "|".join((*RANKS, "brigadir")) + r")\b",
    re.I,
)


def weigh(result: ParsedMessage, text: str, layout: Layout, spoken: Spoken) -> None:
    """Blank and mark the fields of ``result`` read under a doubtful
    condition. ``text`` is the report's text as read, ``layout`` its
    sections, ``spoken`` its prose split into visit, appeal and findings."""
    found = result.findings  # what was found, whether or not it is kept
    if result.start_time is not None and result.start_time.minute % 5:
        result.start_time = None
        result.doubtful.add("start_time")
    for name in ("place", "message", "findings"):
        if _PLACEHOLDER.search(getattr(result, name)):
            setattr(result, name, "")
            result.doubtful.add(name)
    if result.place:
        result.place = _without_next_item_number(result.place, text)
    if result.place and (
        _street_left_behind(result.place, text, layout)
        or _runs_on(result.place)
        or _SEPARATOR.search(result.place)
    ):
        result.place = ""
        result.doubtful.add("place")
    if result.message and (
        _DATE.search(result.message)
        or _visit_told(result.message)
        or _situation_said(result.message)
    ):
        result.message = ""
        result.doubtful.add("message")
    if result.findings and (
        _OFFICER_ANSWERS.search(result.findings) or _RANK_NAMED.search(result.findings)
    ):
        result.findings = ""
        result.doubtful.add("findings")
    if (
        _resident_unplaced(result.audience, text)
        or _count_unattached(result.audience, text, found)
        or _residents_added(result.audience, text)
    ):
        result.audience = {}
        result.doubtful.add("audience")


def _street_left_behind(place: str, text: str, layout: Layout) -> bool:
    """A place without a street in a report that names one, the place not
    said to be the place."""
    if _STREET_IN_PLACE.search(place) or layout.values("place") or _OFFICE.search(place):
        return False
    if re.search(_PLACE_SAID + re.escape(place), text, re.I):
        return False
    return bool(_STREET_NAMED.search(_ROAD_PART.sub(" ", _NOT_A_STREET.sub(" ", text))))


def _visit_told(appeal: str) -> bool:
    """An appeal that tells whom was met or where, before any appeal's word."""
    visit = _VISIT_VERB.search(appeal)
    if visit is None:
        return False
    cue = _APPEAL_CUE.search(appeal)
    return cue is None or visit.start() < cue.start()


def _resident_unplaced(met: dict[str, int | None], text: str) -> bool:
    """One resident counted among several groups, not said to be the host."""
    if met.get("warga") != 1 or len(met) < 2:
        return False
    crowded = len(met) >= 3 or any(count is None for count in met.values())
    return crowded and not _ONE_RESIDENT_SAID.search(text)


def _count_unattached(met: dict[str, int | None], text: str, found: str) -> bool:
    """A group read without a count while a count of people written stands
    attached to none of the groups read."""
    if not any(count is None for count in met.values()):
        return False
    counts = [count for count in met.values() if count]
    if len(met) >= 2 and not counts:
        return False  # one count written for several groups: theirs, shared
    told = text.replace(found, " ") if found else text
    written = {int(n) for n in re.findall(r"\d+", told)}
    return any(
        not _AREA_BEFORE.search(told[: m.start()])
        and not _part_of(int(m.group(1)), counts, written)
        for counted in (_PEOPLE_COUNTED, _ABOUT_COUNTED)
        for m in counted.finditer(told)
    )


def _part_of(number: int, counts: list[int], written: set[int]) -> bool:
    """``number`` is a count read, their sum, or summed into one: with a
    head ("ketua RW, ketua RT … (8 org)": 9) or another number written
    ("±12 lapak, jukir 2 org": 14)."""
    if number <= 1 or number in counts or number == sum(counts):
        return True
    return any(
        count - number > 0 and (count - number == 1 or count - number in written)
        for count in counts
    )


def _without_next_item_number(place: str, text: str) -> str:
    """``place`` without the number that opens the line after it: where the
    place ends is then known, so the place is kept."""
    last = _PLACE_LAST_NUMBER.search(place)
    if last is None:
        return place
    head = place[: last.start()].rstrip()
    if re.search(re.escape(head) + _ITEM_NUMBER.format(last.group(1)), text, re.I):
        return head
    return place


def _residents_added(met: dict[str, int | None], text: str) -> bool:
    """A count of residents written nowhere in the message but one or two
    above a count written: residents named were added to the residents
    counted, and whether they are among them is not said."""
    count = met.get("warga")
    if count is None or count < 3:
        return False
    text = numerals.as_digits(text)
    written = {int(n) for n in re.findall(r"\d+", text)}
    if count in written:
        return False
    near = [near for near in (count - 1, count - 2) if near in written]
    # "pak juned & 2 tetangga", "Bpk. Usman dan 20 warga": the one named is listed beside the
    # count, so the two are met apart and summed
    return bool(near) and not any(re.search(_LISTED_BESIDE.format(n), text, re.I) for n in near)


def _situation_said(appeal: str) -> bool:
    """An appeal holding the report's situation, not a wish for one."""
    return any(
        not _WISHED.search(appeal[: said.start()]) for said in _SITUATION_SAID.finditer(appeal)
    )


def _runs_on(place: str) -> bool:
    return any(words.search(place) for words in (_NOT_PLACE_WORDS, _OFFICER_WORDS, _SPOKEN_ON))
