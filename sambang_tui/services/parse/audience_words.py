"""The words and patterns of whom a Bhabin met: the groups, counts before
and after them, roles and named people, and the words after which a group
is someone else's; ``audience`` reads a message with them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sambang_tui.services.parse import numerals
from sambang_tui.services.parse.vocabulary import AUDIENCE, HOUSEHOLDS, OFFICER_RANKS

# a candidate in an election of the RT or RW (the one who lost, the one before it was held) is a
# resident, not its ketua: "kedua calon ketua RT", "calon yg kalah Bpk. X", "3 bakal calon"
# (not whose supporters or team they are: "pendukung calon", "koord tim calon nomor 2")
_CANDIDATES = (
    (
        "warga",
        "calon",
        r"(?<!pendukung )(?<!tim )(?<!koord )(?<!koordinator )(?<!sukses )"
        r"(?<!pendukung kedua )(?<!tim kedua )(?<!sukses kedua )"
        r"(?:k(?:e|)dua\s+)?(?:mantan\s+|bakal\s+)?calon(?:\s+ketua\s+R[TW](?:\s*\d{1,3})?)?"
        r"(?:\s+(?:lain(?:nya)?|(?:yang|yg)\s+(?:kalah|(?:tidak|tdk)\s+terpilih)))?"
        r"(?!\s+(?:pemilih|pemudik|pengantin|jamaah|siswa|peserta|nomor|no\b))",
        True,
    ),
)
GROUPS = [
    # "ketua rt02": a number written onto RT/RW
    (
        cat,
        group,
        re.compile(rf"(?<![\w-])(?:{pattern})(?:(?![\w])|(?<=[tTwW])(?=\d))", re.I),
        singular,
    )
    for cat, group, pattern, singular in (*_CANDIDATES, *AUDIENCE)
]
_ABOUT_WORDS = (
    r"(?:±|\+/-|\+-|kurang\s+lebih|kl\.?|sekitar|sebanyak|berjumlah|sejumlah|lebih\s+kurang|kurleb"
    r"|sktr|skt\.|kira(?:-|\s+)kira|kira2|kurang\s+dari|lebih\s+dari|hampir|total|sekitar\s+kurang\s+lebih)"
)
ABOUT = rf"(?:{_ABOUT_WORDS}\s*){{0,2}}"
UNIT = r"(?:orang|orng|org\.?|or\b|personil|personel|peserta|jiwa|lapak|kios)"
# "15 orang " right before a group
# ("4 anggota satpam": the members of the group)
_COUNT_BEFORE = re.compile(
    # ("2 orang tokoh pemuda": the youths' figures are youths)
    rf"{ABOUT}(?<![A-Za-z])(\d{{1,4}})\s*(?:(?:{UNIT}|{HOUSEHOLDS}|anggota|petugas|tokoh|bapak2|bapak-bapak|ibu2|ibu-ibu|emak2)\s*){{0,2}}$",
    re.I,
)
# " ± 15 orang", ": 8", " (15 org)" right after a group (no comma between)
_COUNT_AFTER = re.compile(
    rf"(?:\s*R[TW]\b\.?\s*\d{{1,3}}(?:\s*/\s*\d{{1,3}})?(?!\d))?"
    # (not the next line's number: "Peserta :\n1. Pemuda …")
    rf"(?:\s+(?:yang\s+|yg\s+)?(?:hadir|datang|ikut|ditemui|dikunjungi))?[ \t]*(?:[:(][ \t]*)?{ABOUT}"
    # (on its own line: "3. Warga" is no count; "panitia 17an" is the feast's)
    rf"(\d{{1,4}})(?:\s*{UNIT})?(?![\d:/]|\.\d|-?an\b)",
    re.I,
)
# " satpam pasar 2 org", " Guru BK 3 orang": a word or two naming the group, then its number
# (not past a "sama" joining the next group: "ketua RW Pak Amin sama tiga orang tomas")
_COUNT_AFTER_WORDS = re.compile(
    rf"(?:[ \t]+(?!(?:dan|serta|atau|di|ke|dari|yang|yg|dengan|dgn|untuk|pada|bersama|beserta|sama|sm|ama|bareng|&)\b)"
    rf"[A-Za-z0-9][\w.'/-]*){{1,4}}?[ \t]*(?:[:(][ \t]*)?{ABOUT}(\d{{1,4}})[ \t]*{UNIT}",
    re.I,
)
# a number of time, money or things, no headcount: "penghuni yg menunggak sewa lebih dari 6 bulan"
_NOT_PEOPLE = (
    r"(?!\s*(?:bulan|bln|tahun|thn|hari|minggu|mgg|jam|menit|mnt|kali|x\b|kg|meter|km|rb|ribu|juta|jt"
    r"|rupiah|persen|%|unit|buah|bh|motor|mobil|rumah|kk)\b)"
)
# or after a word of approximation, without a unit: "siswa kls 5-6 kurleb 70"
_COUNT_AFTER_ABOUT = re.compile(
    rf"(?:[ \t]+(?!(?:dan|serta|atau|di|ke|dari|yang|yg|dengan|dgn|untuk|pada|bersama|beserta|&)\b)"
    rf"[A-Za-z0-9][\w.'/-]*){{1,4}}?[ \t]*(?:{_ABOUT_WORDS}\s*){{1,2}}(\d{{1,4}})(?![\d:/]|\.\d){_NOT_PEOPLE}",
    re.I,
)
# "ibu-ibu yg membawa balita ± 25 org": a clause telling who they are, then their number
# (an approximation or a unit makes it a count: "yg hadir 3 kali" is none)
_COUNT_AFTER_CLAUSE = re.compile(
    rf"[ \t]+(?:yang|yg)[ \t]+(?:[A-Za-z][\w'-]*[ \t]+){{1,4}}?"
    rf"(?:(?:{_ABOUT_WORDS}\s*){{1,2}}|(?=\d{{1,4}}\s*{UNIT}))(\d{{1,4}})(?:\s*{UNIT})?(?![\d:/]|\.\d){_NOT_PEOPLE}",
    re.I,
)
# " ruko 1.", " nongkrong (8)", " nongkrong 7,": a word or two of what they are or do, then a bare
# number closing the item (not a place's or a class's number: "pemuda gang 3", "siswa kelas 6";
# a market is no numbered place: "satpam pasar 2" are two guards of the market)
_COUNT_AFTER_BARE = re.compile(
    r"(?:[ \t]+(?!(?:rt|rw|gg|gang|blok|kelas|kls|lantai|lt|no|nomor|pos|jl|jln|jalan|rusun|tower|unit"
    r"|kamar|sd|sdn|smp|smpn|sma|sman|smk|tps|km|sekolah|tahun|thn|umur|usia|jam|pukul|pkl|tgl"
    r"|dan|serta|atau|di|ke|dari|yang|yg|dengan|dgn|untuk|pada|bersama|beserta|sama|sm)\b)[a-z]{3,}){1,2}?"
    # (not a time: "linmas kel paseban 19.30")
    r"[ \t]+\(?(\d{1,3})\)?(?![.:]\d)(?=[ \t]*(?:[,.;]|\n|$|\+|&|\b(?:dan|sama|sm|katanya)\b))",
)
# "Ketua panitia", "Ketua kader posyandu", "Ketua PKK RW 04": one person heading a group
HEAD_BEFORE = re.compile(r"\b(?:ketua|kepala|koordinator|korlap)\s+$", re.I)
_HEAD = re.compile(r"(?:ketua|kepala|koordinator|korlap)\s+", re.I)
# "Ketua RT 05 RW 09 Kel. Kenari Bpk. Sarmadi": the person the role is
APPOSITION = re.compile(
    r"\s*(?:(?i:kel\.?|kelurahan)\s+[A-Za-z]\w+\s*)?(?:(?i:setempat|tersebut)\s+)?"
    # "- Ketua Pokdar : Bpk. Agus": a list's role, and who he is
    r"(?:\(\s*|(?i:yaitu|yakni|bernama)\s+|[ \t]*:[ \t]*)?"
)
# "Ketua RT dan RW setempat": the heads of both ("Ketua RT/RW" alone may be many)
_BOTH_HEADS = re.compile(
    r"\b(ketua\s+R[TW]\b\.?\s*(?:\d{1,3}\s*(?=dan|&|serta))?)(dan|&|serta)\s+(R[TW]\b)", re.I
)
# "Ketua RW 04", "Ketua RT 001 s.d. 005", "Ketua RT 03 RW 02": the number names the
# role, it counts nobody ("ketua RT 3 orang" does)
# "koordinator parkir Sdr. Bonar", "pemilik bengkel motor Bpk. Darto", "Koordinator Keamanan
# Pasar, Pak Sarip, …", "tomas RW 06 bpk Haris": a role, the words that tell whose or of what
# it is, then the one person it is (a plural kind takes only its RT/RW between)
_NOT_DESCRIBING = (
    r"dan|serta|beserta|bersama|dengan|dgn|sama|sm|yang|yg|di|ke|dari|dr|untuk|utk|agar|pada|dalam"
    r"|juga|lalu|kemudian|karena|krn|bahwa|tentang|soal|para|beberapa|sejumlah|selaku|sebagai|yaitu"
    r"|ketua|kepala|pemilik|koordinator|bpk|bapak|pak|ibu|bu|sdr|sdri|saudara|saudari|bang|mas|mbak"
    r"|kak|cak|h|hj|kh|warga|wrg|orang|org"
)
DESIGNATION = re.compile(
    rf"[ \t]*\.?[ \t]*(?P<first>\d{{1,3}})(?!\d)(?!\s*{UNIT})"
    r"(?P<range>[ \t]*(?:s\.?\s*/?\s*d\.?|sd|sampai|-|–)[ \t]*(?:RT|RW)?\.?[ \t]*\d{1,3})*"
    rf"(?:\s*(?:/\s*(?:(?:RT|RW)\b\.?\s*)?|\b(?:RT|RW)\b\.?\s*)\d{{1,3}}(?!\d)(?!\s*{UNIT}))?",
    re.I,
)
PLURAL_BEFORE = re.compile(
    r"\b(?:para|beberapa|sejumlah|seluruh|semua|ketua-ketua|pengurus|se-\w+"
    r"|se(?:kelurahan|kecamatan|wilayah)\w*|\d+)\s*$",
    re.I,
)
HOUSEHOLDS_COUNT = re.compile(rf"(?<![\w./:-]){ABOUT}(\d{{1,4}})\s*(?:{HOUSEHOLDS})\b", re.I)
LONE_COUNT = re.compile(rf"(?<![\w./:-]){ABOUT}(\d{{1,4}})\s*{UNIT}", re.I)
NOT_COUNT_BEFORE = re.compile(
    r"(?:\b(?:rt|rw|no|tps|blok|nrp|pukul|pkl|jam)\.?\s*|[\d.:/,])$", re.I
)
# a name: "Bpk. H. Rohim", "Sdr. Wahyu", "Ibu Nur"
PERSON = re.compile(
    # (a word in full closing a sentence is no title: "… arahan Bapak. Terima kasih")
    r"(?<![\w.])(?:(?:(?i:bpk|sdr|sdri)\.?|(?i:bapak|pak|ibu|bu|saudara|saudari)|Bang|Mas|Mbak|Kak|Cak)\s+"
    r"(?:(?i:h|hj|kh|haji|hajah|hajjah)\.?\s+|(?:Ir|Drs|Dr|dr)\.\s*)?"
    # (an initial closing a line is no title: "Bripka Dwi H.\nSambang tokoh masyarakat")
    r"|(?:H|Hj|KH|Drs|Ir|Dr)\.[ \t]*)"
    r"(?P<name>[A-Z][a-z]+(?:'[a-z]+)?(?:\s+[A-Z][a-z]+(?:'[a-z]+)?)?)"
)
ROLE_DESCRIBED = re.compile(
    rf"(?P<words>(?:[ \t]+(?!(?i:{_NOT_DESCRIBING})\b)(?!(?-i:(?:ber|me|di|ter)(?!pilih\b)[a-z]{{3}}))"
    r"[A-Za-z][\w'-]*|[ \t]+\d{1,3}(?!\d)){0,3}?)[ \t]*(?P<comma>,[ \t]*)?"
    rf"(?={PERSON.pattern})"
)
ROLE_AREA = re.compile(
    rf"(?:[ \t]+(?i:RT|RW)\b\.?[ \t]*\d{{1,3}}(?!\d)){{1,2}}[ \t]*(?={PERSON.pattern})"
)
# a message all in lower case (a voice note, a terse line) names people without capitals:
# "tomas pak haji naim", "ketemu tomas nya pak haji rohim" — the one the role is
PERSON_LOWER = re.compile(rf"(?:nya\s+)?{PERSON.pattern}")  # names recased (names_recased)
# "Bpk. H. Rohman selaku tokoh masyarakat": the person is of that group
AS_ROLE = re.compile(
    r"\s*,?\s*(?:selaku|sebagai|yaitu|yakni|(?:(?:yang|yg)\s+)?(?:merupakan|adalah)|\(|\|)\s*(?:seorang\s+|salah\s+satu\s+)?",
    re.I,
)
# "Bapak Haji Sulaiman, tokoh masyarakat setempat, …": the role between commas
ROLE_BETWEEN_COMMAS = re.compile(r"\s*,\s*")
ROLE_CLOSED = re.compile(r"(?:\s+setempat|\s+sekitar)?\s*(?:[,.;]|$)")
NOT_PERSON = frozenset(
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
        # a rank after a title and a blank: "Pak Haji [what he said] Aipda Joko …"
        *OFFICER_RANKS,
        "ustadz",
        "ustad",
        "pendeta",
        "haji",
    ]
)
# a street or a building named after a person: "Gg. H. Ali", "Jl. H. Naim", "Masjid KH. Hasyim"
NAMED_FOR = re.compile(
    r"\b(?:gg|gang|jl|jln|jalan|masjid|musholla|mushola|musala|mushalla|langgar|yayasan|gedung|wisma"
    r"|komplek|kompleks|perumahan)\.?\s*$",
    re.I,
)
PERSON_AS_PLACE = re.compile(
    r"\b(?:milik|toko|warung|warkop|kedai|bengkel|kos|kontrakan)\s*$", re.I
)
OFFICIAL_BEFORE = re.compile(
    r"\b(?:lurah|camat|kapolsek|wakapolsek|kanit|kapolres|babinsa|danramil|sekretaris|sekkel|seklur|kasi"
    r"|kepala|kades|ketua\s+(?:lmk|fkdm|kpps|panitia))\b[\w\s.,]{0,20}$",
    re.I,
)
PARTIES = re.compile(r"\bk(?:e|)dua\s+(?:belah\s+)?pihak\b|\bpara\s+pihak\b", re.I)
# words after which a group is someone else's or no one met
NOT_AUDIENCE = re.compile(
    r"\b(?:perselisihan|sengketa|keributan|konflik|cekcok|percekcokan|permasalahan|masalah)"
    # (the residents of a dispute, uncounted; "perselisihan dua warga" are the two parties met)
    r"\s+(?:antar\s*)?(?:warga|wrg)\b|\bantar\s*(?:warga|wrg)\b"
    # news received from someone ("mendapat informasi dari warga bahwa …"), not an informant
    # sought out ("menggali informasi dari pemilik kos", "dari keterangan Ketua RW")
    r"|(?<!menggali )(?<!mencari )(?<!meminta )(?<!menanyakan )(?<!mengumpulkan )"
    # (a source named by his role or name counts as met, the README: "info dr ketua rt ada …")
    r"\b(?:informasi|info|keterangan|laporan)\s+(?:dari|dr)\s+(?:para\s+)?(?:warga|wrg|masyarakat|masy)\b(?:\s+\w+)?"
    # "menindaklanjuti info warga", "laporan masyarakat": whose news it was, no one met
    r"|\b(?:informasi|info|laporan|aduan|pengaduan)\s+(?:warga|masyarakat)\b"
    r"|\bwarga\s+(?=\w+\s+(?:yang\s+)?(?:akan|tidak)\b)"
    r"|\b(?:pos(?:\s+ronda|ko)?|lingkungan|wilayah|kampung|permukiman|pemukiman|kawasan)\s+warga\b"
    # the office an election fills, no one in it: "pasca pemilihan Ketua RW 05", "pilih ketua rw"
    r"|\b(?:pemilihan|pilih|pemungutan\s+suara)\s+(?:ulang\s+)?ketua\s+R[TW]\b(?:\.?\s*\d{1,3}(?!\d))?"
    r"|\b(?:tawuran|kenakalan|balap\s+liar)\s+(?:antar\s*)?(?:kelompok\s+)?(?:pemuda|remaja|pelajar|warga)\b"
    r"|\b(?:keamanan|kenyamanan|rasa\s+aman|ketertiban|ketenangan|keselamatan|kesejahteraan|kepercayaan"
    r"|aktivitas|kepentingan|partisipasi|peran\s+serta|kesadaran|kewaspadaan|harapan|keluhan|laporan|aduan)"
    r"\s+(?:kepada\s+|bagi\s+|para\s+|seluruh\s+)?(?:warga|masyarakat|pemuda|jamaah)\b"
    r"|\b(?:ada|terdapat|banyak|byk|kumpulan|gerombolan|sekelompok)\s+(?:kumpulan\s+|sekelompok\s+|beberapa\s+)?"
    r"(?:pemuda|remaja|warga|massa|orang|anak\s+muda)\b"
    # the police's bond with the public, and its welcome: no one met in particular
    r"|\b(?:polri|polisi|kepolisian|tni\s*-?\s*polri|aparat|bhabinkamtibmas)\s+(?:dan|dengan|bersama)\s+"
    r"(?:warga|masyarakat)\b|\btengah(?:-tengah|\s+tengah)?\s+(?:warga|masyarakat)\b"
    r"|\b(?:sambutan|apresiasi|dukungan|respons?|antusiasme?)\s+(?:\w+\s+){0,2}?(?:dari\s+)?"
    r"(?:para\s+|seluruh\s+)?(?:warga|masyarakat)\b"
    # what was said or talked about: "… yang menyampaikan bahwa anak-anak muda nongkrong",
    # "ngobrolin soal anak muda yang balap liar", "membahas keluhan warga"
    # (up to whom it was told to or with: "penyuluhan tentang narkoba kepada 30 pelajar")
    r"|\b(?:bahwa|soal|tentang|mengenai|perihal|terkait|membahas|bahas)\b(?!\s+(?:dengan|dgn|bersama)\b)"
    r"[^.;,\n]*?(?=\s+(?:kepada|kpd|dengan|dgn|bersama|dihadiri|diikuti|ketemu|bertemu|ktm|antara|antar"
    r"|itu)\b|[.;,\n]|$)"
    # the officer's companions, not met (the ruling "hosts and companions"): "dibantu 2 linmas",
    # "patroli bersama satpam komplek", "didampingi Babinsa" (not "ngobrol bersama satpam")
    r"|(?<!ngobrol )(?<!berbincang )(?<!bincang )(?<!berdialog )(?<!dialog )(?<!diskusi )(?<!ngopi )"
    r"(?<!koordinasi )(?<!silaturahmi )(?<!bertemu )(?<!ketemu )(?<!duduk )(?<!makan )"
    r"\b(?:dibantu|didampingi|dikawal|bersama(?:\s+dengan)?|dgn\s+bantuan|dengan\s+bantuan)\s+(?:oleh\s+)?"
    r"(?:\d+\s+(?:orang\s+|org\s+|personel\s+|anggota\s+)?)?(?:anggota\s+|personel\s+|petugas\s+|rekan\s+)?"
    r"(?:linmas|hansip|satpam|security|babinsa)\b(?:\s+\w+)?(?:\s*\(?\d+\s*(?:orang|org|personel)\)?)?"
    # the list of companions goes on: "bersama Babinsa Serda X dan 2 anggota linmas kelurahan"
    # ("Babinsa Koramil Senen Serka Budi dan 2 anggota Linmas": his unit, rank and name)
    # (in a message without capitals, any words but a verb or a joint: "babinsa serka lukman dan …")
    r"(?:(?:\s+(?-i:[A-Z][\w.]*)|\s+(?!(?:dan|serta|dengan|dgn|ke|di|yang|yg|untuk|utk|sama|ketemu"
    r"|bertemu|ngobrol)\b|(?:me|ber|di|ter)[a-z]{3})(?-i:[a-z][\w.]*)){0,4}?\s*(?:,|dan|serta|&)\s*(?:\d+\s+)?(?:orang\s+|org\s+)?"
    r"(?:anggota\s+|personel\s+|petugas\s+|rekan\s+)?(?:linmas|hansip|satpam|security|babinsa)\b"
    r"(?:\s+(?:kelurahan|kel|rw|rt|setempat))?)*"
    # chat's "with" after the officer's round ("patroli … sama linmas 2 org", "keliling bareng
    # satpam"); elsewhere "sama" joins a list ("ojol sama satpam")
    r"|\b(?:patroli|keliling|berkeliling|menyusuri|pantau|memantau)\b(?:\s+[\w'.-]+){0,3}?\s+(?:sama|sm|bareng|brg)\s+"
    r"(?:\d+\s+(?:orang\s+|org\s+)?)?(?:anggota\s+|rekan\s+|petugas\s+)?(?:linmas|hansip|satpam|security|babinsa)\b"
    r"(?:\s*\(?\d+\s*(?:orang|org|personel)\)?)?"
    # a thing of theirs talked about: "motor jamaah hilang", "helm warga dicuri"
    r"|\b(?:motor|mobil|kendaraan|helm|sandal|sepatu|barang|uang|hp|ponsel|jemuran|sepeda|tabung\s+gas)\s+"
    r"(?:milik\s+)?(?:para\s+)?(?:warga|wrg|jamaah|jemaah|pemuda|pedagang|penghuni|pengunjung|siswa|pelajar)\b"
    # those acted upon, not met: "ada 2 remaja mabuk diamankan ke pos", "3 pemuda yg ditangkap"
    r"|\b(?:ada\s+)?(?:\d+\s+)?(?:orang\s+|org\s+)?(?:remaja|pemuda|warga|anak|pelajar|pria|pengendara|orang)"
    r"(?:\s+\w+){0,2}?\s+(?:yang\s+|yg\s+)?(?:sudah\s+|sdh\s+|lalu\s+)?"
    r"(?:diamankan|ditangkap|diringkus|dibekuk|digelandang|dibawa\s+ke\s+polsek)\b"
    # what is quoted is talk, not whom he met: '"Juru parkir adalah mata kami," katanya'
    r'|(?:"\n?[^"\n]{3,300}"|“\n?[^”\n]{3,300}”)(?=\s*,?\s*(?:kata|ujar|tutur|ucap|jelas|tegas|ungkap|imbuh)\w*\b)'
    # what someone met complains of: "15 pedagang yang mengeluhkan juru parkir liar …"
    r"|\byang\s+(?:mengeluhkan|mengeluh|mengadukan|resah|merasa\s+resah|terganggu)\b[^.;\n]*",
    re.I,
)
# "sambang kepada tokoh agama … Ustadz H. Mahfud selaku imam masjid": the one named
TOKOH = frozenset(["toga", "tomas"])
# a kind named without a number, absorbed by a counted group of its category: "Sambang toga &
# tomas … hadir Ustadz Hasan, 3 tomas" (the headline's kinds are the ones counted below)
GENERIC = frozenset(["warga", "households", "peserta", "tetangga", "toga", "tomas"])


@dataclass
class Mention:
    start: int
    end: int
    category: str
    group: str
    count: int | None
    written: bool = False  # the count is a number written, not one person of a role
    plural: bool = False  # "para tokoh masyarakat": more than one, however many


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


# "ibu2 + balita sktr 30", "ibu balita ± 20": mothers with their small children, one count for
# the lot (an approximation or a unit makes it a count of people)
_WITH_CHILDREN = re.compile(
    r"[ \t]*(?:(?:\+|&|dan|dgn|dengan|bawa|membawa|yg\s+bawa|yang\s+membawa)[ \t]*)?"
    r"(?:balita|bayi|anak2|anak-anak)\b"
    rf"[ \t]*(?:(?:{_ABOUT_WORDS}\s*){{1,2}}|(?=\d{{1,4}}[ \t]*{UNIT}))(\d{{1,4}})(?:[ \t]*{UNIT})?"
    r"(?![\d:/]|\.\d)",
    re.I,
)
_MOTHERS = re.compile(r"\b(?:ibu|ibu2|ibu-ibu|ibu\s+ibu|emak2|emak-emak|mak2)$", re.I)


def count_after(text: str, end: int) -> re.Match[str] | None:
    """The number written right after a group; not one that a group
    written after it owns ("peserta ± 80 siswa")."""
    if _MOTHERS.search(text, max(0, end - 12), end) and (kids := _WITH_CHILDREN.match(text, end)):
        return kids
    after = _COUNT_AFTER.match(text, end)
    if after is None:
        after = (
            _COUNT_AFTER_WORDS.match(text, end)
            or _COUNT_AFTER_CLAUSE.match(text, end)
            or _COUNT_AFTER_ABOUT.match(text, end)
            or _COUNT_AFTER_BARE.match(text, end)
        )
        if after is not None and any(p.search(text, end, after.start(1)) for *_, p, _s in GROUPS):
            return None  # "tomas pemuda 8 orang": a group in between owns it
    if after is None:
        return None
    if re.search(rf"{UNIT}\s*$", after.group(0), re.I) is None:
        tail = text[after.end() :]
        rest = after.end() + len(tail) - len(tail.lstrip(" \t"))
        following = group_at(text, rest)
        # "peserta 80 siswa": the group after owns it — unless it has a number of its own
        # ("tomas 2 ojek pangkalan 6")
        if following is not None and not _COUNT_AFTER.match(text, following[2]):
            return None
    return after


def count_before(text: str, start: int) -> tuple[int, int] | None:
    """The number written right before a group, and where it starts."""
    window = text[max(0, start - 30) : start].rsplit("\n", 1)[-1]  # this line's own
    m = _COUNT_BEFORE.search(window)
    if m is None:
        return None
    at = start - len(window) + m.start(1)
    if NOT_COUNT_BEFORE.search(text[max(0, at - 8) : at].rsplit("\n", 1)[-1]):
        return None
    return int(m.group(1)), at


# (not the seventeenth of August's feast: "lomba 17-an warga RT 04", "panitia 17an" — unless
# people are counted so, "17an orang")
_COUNT_WORDS = re.compile(
    r"\b(?:(?P<seorang>seorang|seorg)|(?!17-?an\b(?!\s*(?:orang|org)\b))(?P<digits>\d{1,4})-?an)\b",
    re.I,
)


def counts_as_digits(text: str) -> str:
    """ "dua puluh orang" → "20 orang", "seorang" → "1 orang", "20an" → "20";
    "kls 5 & 6" → "kls 5-6"."""
    return _CLASSES.sub(
        lambda m: (
            f"{m.group('word')} {m.group('first')}-{m.group('last')}"
            if int(m.group("first")) < int(m.group("last"))
            else m.group(0)
        ),
        _COUNT_WORDS.sub(
            lambda m: "1 orang" if m.group("seorang") else m.group("digits"),
            numerals.as_digits(_spelt_out(_about_in_words(text))),
        ),
    )


# "siswa kls 5 & 6 ± 60 anak", "siswa kelas 8 dan 9 ± 120 org": the classes pupils are in, one
# description of them as "kls 5-6" is, their count after it (two classes, the lower first: not
# "kelas 6 dan 3 guru")
_CLASSES = re.compile(
    r"\b(?P<word>kelas|kls)\.?[ \t]*(?P<first>\d{1,2})[ \t]*(?:&|\bdan\b)[ \t]*(?P<last>\d{1,2})\b(?![.:]\d)",
    re.I,
)


# "sekitar dua puluhan orang", "lima ratusan warga": an amount in words made approximate by
# "-an" is that amount, as "20an" is (the held-out rulings); a bare "puluhan"/"ratusan" says
# no number and stays a word
_ABOUT_IN_WORDS = re.compile(rf"\b(?P<words>{numerals.AMOUNT_WORDS})[-'’]?an\b", re.I)


def _about_in_words(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        amount = numerals.value(m.group("words"))
        # (one word is no amount made approximate: "puluhan", "belasan")
        return f"{amount}an" if amount and " " in m.group("words").strip() else m.group(0)

    return _ABOUT_IN_WORDS.sub(one, text)


_SPELT_OUT = re.compile(r"(\d{1,4})\s*\(\s*(?P<words>[A-Za-z][A-Za-z ]{2,30}?)\s*\)")


def _spelt_out(text: str) -> str:
    """ "15 (lima belas) orang" → "15 orang": the number spelt out again."""
    return _SPELT_OUT.sub(
        lambda m: m.group(1) if numerals.value(m.group("words")) else m.group(0), text
    )


_BOTH_NUMBERED = re.compile(r"\bketua\s+RT\s*/\s*RW\b\.?\s*(\d{1,3})\s*/\s*(\d{1,3})\b", re.I)


def heads_expanded(text: str) -> str:
    """ "Ketua RT/RW 02/03" → "Ketua RT 02 dan Ketua RW 03"; "Ketua RT dan RW" likewise."""
    text = _BOTH_NUMBERED.sub(
        lambda m: (
            m.group(0)
            if PLURAL_BEFORE.search(m.string[max(0, m.start() - 24) : m.start()])
            else f"Ketua RT {m.group(1)} dan Ketua RW {m.group(2)}"
        ),
        text,
    )
    return _BOTH_HEADS.sub(_both_heads, text)


def _both_heads(m: re.Match[str]) -> str:
    before = m.string[max(0, m.start() - 24) : m.start()]
    if PLURAL_BEFORE.search(before) or re.search(rf"\d\s*(?:{UNIT}\s*)?$", before, re.I):
        return m.group(0)  # "24 orang Ketua RT/RW", "para ketua RT/RW": one group
    return f"{m.group(1).rstrip()} {m.group(2)} Ketua {m.group(3)}"


def group_at(text: str, at: int) -> tuple[str, str, int] | None:
    """The category and group of the group written at ``at``, and where it ends
    ("Ketua PKK RW 04": the group its head leads)."""
    head = _HEAD.match(text, at)
    for cat, group, pattern, _singular in GROUPS:
        m = (pattern.match(text, head.end()) if head else None) or pattern.match(text, at)
        if m:
            # "Ketua RW 07": the role's number is part of it
            d = DESIGNATION.match(text, m.end()) if cat == "perangkat_rt_rw" else None
            return cat, group, d.end() if d else m.end()
    return None


# an event the officer attends with a crowd (the ruling "a secured event's crowd"): its crowd
# counts only when no one else is named
AT_EVENT = re.compile(
    r"\b(?:pengajian|kajian|tabligh|maulid|isra\s+mi'?raj|halal\s*bi\s*halal|halalbihalal|bazar|bazaar"
    r"|lomba|senam|hajatan|resepsi|pesta|syukuran|khitanan|kerja\s+bakti|jalan\s+sehat|fun\s+run"
    r"|upacara|festival|pasar\s+malam|takbiran|pawai|karnaval|konser|nonton\s+bareng|nobar"
    r"|perayaan|peringatan|ibadah|misa|kebaktian)\b",
    re.I,
)
