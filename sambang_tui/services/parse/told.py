"""What the people met told, as the words that mark it: a finding's
labels and leads, the people who speak and their verbs, what was seen or
heard and how a problem ended (read in ``texts``)."""

from __future__ import annotations

import re

from sambang_tui.services.parse import verbs
from sambang_tui.services.parse.vocabulary import FIRST_PERSON_APPEAL, POLICE_RANKS, chat

# whom something was heard from, named bare after "kata" or "info" with no "dari" and no comma:
# "Kata ojol belakangan …", "Kata petugas halte sering …", "Info linmas ada …", "Info warga hari
# Sabtu … ada …" (the ruling keeps the source with what was heard)
_TOLD_BY = (
    r"(?:para\s+)?(?:mereka|mreka|mrk|beliau|dia|warga|wrg|pemilik|linmas|satpam|security|marbot"
    r"|ustadz\w*|ustad|pendeta|pengurus|pengelola|petugas|penjaga|ojol|driver|sopir|jukir|pedagang"
    r"|kepsek|guru|tomas|toga|pemuda|remaja|penghuni|tetangga|ketua\s+\w+|pak\s+\w+|bu\s+\w+)"
)

FINDINGS_ITEM = re.compile(
    chat(
        # ("info ada rencana …" keeps its "info": what was heard, told so, as every corpus has it)
        r"(?:(?:keluhan|kluhan|klhn|harapan|temuan|hasil(?:nya)?|kendala|info(?!\s+(?:ada|akan|bahwa|dari|dr)\b)"
        # ("info warga ada gudang …" with no colon keeps its source: no label)
        rf"(?!\s+{_TOLD_BY}\s+\w)"
        r"|masalah|permasalahan)"
        r"(?:\s+warga)?\s*[:-]?\s+(?=\w)"
        # "kel: air PAM sering mati": chat's "kel" is keluhan when a clause follows (a kelurahan
        # written so is one or two words)
        r"|kel\s*:\s+(?=[^\W\d]+\s+\w+\s+\w))"
    ),
    re.I,
)

# a finding that says nothing happened: "tdk ada kejadian menonjol", "nihil, tdk ada keluhan" (a
# blank the form's "Temuan :" holds, the README's null). "tdk ada keluhan" alone stays: the
# first writers kept it as what the people said (heldout3)
_NONE = r"(?:tdk|tidak|tak|gak|nggak|kagak|ga)\s+ada"
NOTHING_FOUND = re.compile(
    rf"(?:(?:nihil|nil)\W+{_NONE}\s+(?:keluhan|temuan|laporan)"
    rf"|{_NONE}\s+(?:kejadian|gangguan)"
    r"(?:\s+(?:yang\s+|yg\s+)?(?:menonjol|berarti|khusus|apa-apa|apa2))?)[\W_]*",
    re.I,
)
FINDINGS_LEAD = re.compile(
    chat(
        r"^"
        r"(?:hasilnya|hasil\s+(?:kegiatan|giat|yang|dari|pertemuan|mediasi|dds)|dari\s+hasil|hasil\s*:"
        r"|adapun\s+hasil|didapat(?:kan)?\s+(?:info|informasi|keterangan)|diperoleh\s+(?:info|informasi|keterangan)"
        r"|(?:(?:sudah|sdh|telah)\s+)?disepakati|kesepakatan|dalam\s+(?:mediasi|pertemuan)\s+(?:itu|tersebut)[, ]+(?:kedua|para)"
        # what a meeting agreed or discussed: "Dalam rapat disepakati …", "Dibahas rencana …"
        r"|(?:dalam|pada)\s+(?:rapat|musyawarah|pertemuan|mediasi)(?:\s+(?:itu|tersebut|ini))?,?\s+disepakati"
        r"|dibahas\b"
        r"|informasi\s+yang\s+(?:didapat|diperoleh|diterima|dihimpun)|menurut\s+(?:keterangan|informasi|penuturan)"
        r"|dari\s+(?:keterangan|informasi|pantauan|pengecekan)|diketahui\s+bahwa|hasil\s+(?:pantauan|pengecekan)"
        r"|ditemukan|didapati|tidak\s+(?:ditemukan|ada\s+(?:kejadian|gangguan|laporan))"
        r"|(?:sepakat|bersepakat|menyepakati)\b"
        r"|adapun\s+(?:permasalahan|masalah|keluhan|harapan|temuan|informasi|aspirasi)"
        r"|(?:permasalahan|masalah|keluhan|harapan|temuan|aspirasi)\s+(?:yang\s+(?:di|ter)\w+|warga|masyarakat)\b"
        # reported speech in chat: "Menurut warga, …", "Kata Pak RT, …", "Intinya …", "ada info …",
        # "Info dari driver, …", "Dari obrolan dengan pedagang, …"
        r"|menurut\s+(?!(?:saya|sy|kami|petugas|bhabin\w*|kapolsek|kapolres|kanit|wakapolsek|"
        rf"{POLICE_RANKS}|akp|kompol)\b)"
        r"(?:[^,.]|(?<=\bbpk)\.|(?<=\bBpk)\.|(?<=\bH)\.|(?<=\bHj)\.|(?<=\bSdr)\.){2,40},|kata\s+[^,.]{2,30},"
        # "Kata mereka sekarang sering …", "Ada keluhan motor …", "Disampaikan bahwa …"
        # (and as Betawi or a slip of the thumb writes it: "kate mereka", "kata mreka")
        rf"|(?:kata|kate|info(?:rmasi)?)\s+{_TOLD_BY}\s"
        r"|ada\s+(?:keluhan|aduan|laporan|info|informasi|kabar)\b|disampaikan\s+bahwa\b"
        r"|(?:pada\s+)?intinya\b|ka?ta?nya\b|kabarnya\b|menurutnya\b|(?:ada|dapat|dpt|dapet|dapat)\s+(?:info|informasi|kabar|laporan)\b"
        r"|info(?:rmasi)?\s+(?:dari|dr|ada|akan\s+ada|bahwa)\b"
        # a complaint told by its noun: "keluhannya soal air mati …", "keluhan mereka terkait …"
        r"|keluhan(?:nya|\s+(?:mereka|mrk|warga|wrg))?\s+(?:soal|tentang|terkait|mengenai|perihal|masalah)\b"
        r"|dari\s+(?:obrolan|perbincangan|percakapan|bincang\S*|diskusi|dialog"
        r"|komunikasi|tanya\s+jawab|cerita|ngobrol|ngobrol2)\b)"
    ),
    re.I,
)

# the people met telling or agreeing something: "Warga menyampaikan …", "Kedua pihak sepakat …"
SPEAKER = re.compile(
    chat(
        r"(?P<lead>(?:(?:dalam|pada)\s+(?:kesempatan|kegiatan|pertemuan|kunjungan|sambang|dialog)"
        r"|dari\s+(?:kunjungan|sambang|dialog))\s+(?:itu|tersebut|ini),?\s+"
        r"|(?:setelah|usai|seusai|sesudah|akhirnya|selanjutnya|disaksikan|didampingi)\b[^,.]{0,60},\s*"
        r"|alhamdulillah,?\s+)?"
        r"(?:para\s+|kedua\s+(?:belah\s+)?|seluruh\s+|sejumlah\s+|beberapa\s+|sebagian(?:\s+besar)?\s+"
        r"|banyak\s+|salah\s+(?:satu|seorang)\s+)?"
        r"(?:warga|masyarakat|pemuda|remaja|pedagang|pengurus|pemilik|tokoh|jamaah|jemaah|jemaat|peserta"
        r"|pihak|ketua|ibu-ibu|bapak-bapak|mereka|beliau|bliau|blio|ybs|yang\s+bersangkutan|ojol|jukir|juru\s+parkir|pendeta|ustadz\w*|ustad|kyai|pengelola|driver|pengemudi"
        r"|(?:bpk|pak|bapak|ibu|bu|sdr|sdri)\.?\s+(?!(?:izin|ijin|mohon)\b)(?:(?:h|hj)\.\s*)?[A-Z]\w*|(?:h|hj|kh)\.\s*[A-Z]\w*|rt|rw|linmas|satpam|kpps|karang\s+taruna"
        r"|kader|panitia|guru|pelapor|korban|saksi|sopir|penghuni|penjual|anak\s+muda|orang\s+tua|tamu"
        r"|mahasiswa|siswa|pelajar|santri|murid|kepsek|kepala\s+sekolah|keluarga|marbot|lurah"
        r"|perwakilan|penjaga|pengelola|koordinator|(?<=kedua\s)kelompok"
        # as chat shortens and doubles them: "wrg minta …", "mrk bilang …", "bapak2 cerita …"
        r"|wrg|mrk|ojek|montir|karyawan|tukang\s+\w+|(?:bapak|ibu|emak|anak|pemuda|warga)2"
        r"|emak-emak|anak-anak)\b"
        # up to the verb, across a title's stop ("Ustadzah Hj. Maryam menyampaikan …"), not
        # across what they were asked ("Para jemaat diimbau untuk segera melapor …")
        # nor across the writer asking his superior's leave ("Pak Kapolsek izin melaporkan, …")
        rf"(?:(?!(?:{verbs.DIRECTING_PASSIVE}|agar|supaya|untuk|utk|jangan|jgn|izin|ijin)\b)"
        r"(?:[^.!?]|(?:(?<=\bh)|(?<=\bhj)|(?<=\bkh)|(?<=\bsdr)|(?<=\bbpk)|(?<=\bsdri)|(?<=\bdr))\.)){0,60}?"
        r"\b(?P<verb>menyampaikan|mengeluhkan|keluhkan|mengeluh|berharap|mengharapkan|meminta|memohon"
        r"|sepakat|bersepakat|menyepakati|menyatakan|mengaku|mengatakan|menuturkan|menjelaskan"
        r"|melaporkan|menginformasikan|siap|mendukung|bersedia|berkomitmen|menerima|menyambut|merasa"
        r"|resah|khawatir|mengapresiasi|berterima\s+kasih|mengusulkan|mengharap|bercerita|menceritakan"
        r"|memberikan\s+informasi|memberi\s+informasi|mengakui|berjanji|damai|berdamai|sudah\s+damai"
        r"|minta|sampaikan|bilang|cerita|ngeluh|curhat|keberatan|protes|menolak|mengungkapkan|menyebut\w*"
        r"|menambahkan|janji|lapor|info|kasih\s+(?:info|tau|tahu)|ngasih\s+(?:info|tau|tahu)|salaman|bersalaman|menyanggupi|sanggup|harap|complain|komplain"
        # someone met joining the appeal: "Ustadzah X selaku pengisi kajian turut mengajak …"
        r"|(?:turut|juga|ikut)\s+mengajak"
        # any verb of saying or complaining ("mengadukan", "menuturkan", "ngadu"), and any verb
        # whose "bahwa …" or complaint noun tells what: "berkisah bahwa", "mengutarakan keluhan"
        rf"|{verbs.TELLING_VERB}"
        # asking in their turn is a wish, not the appeal: "Warga menyarankan agar pos ronda …"
        rf"|{verbs.DIRECTING_ACTIVE}|{verbs.COMMANDING_ACTIVE}"
        # (not the officer's assurance: "Beliau juga memastikan bahwa …")
        rf"|(?!{verbs.ASSURING}\b)(?:me|ber)[a-z]+(?=\s+{verbs.TOLD_THAT}|\s+{verbs.COMPLAINT_NOUN}))\b"
    ),
    re.I,
)

# a terse item telling what was seen: "ada kumpulan pemuda di gang"
OBSERVED = re.compile(
    chat(
        r"(?:(?:tidak|tdk|tak|gak|nggak|ngga|ga|belum|blm)\s+ada(?=\s+(?:keluhan|masalah|temuan|kendala|kegiatan"
        r"|kejadian|gangguan|laporan|info|aduan)\b)|ada|terdapat|terpantau|ditemukan|didapati|ka?ta?nya|kabarnya|menurutnya|intinya"
        r"|info(?:rmasi)?(?=\s+(?:ada|akan|bahwa)\b)"
        # whom it was heard from, in chat: "kata mereka ada yg …", "kt warga …"
        rf"|(?:kata|kate|kt|info(?:rmasi)?)\s+{_TOLD_BY}(?=\s))"
        r"\s+(?=[^\W\d])"
    ),
    re.I,
)

# the label nouns of a finding written as an item with no colon: "keluhan warga banyak tikus"
ITEM_LABEL = re.compile(
    chat(
        r"(?:keluhan|kluhan|klhn|harapan|temuan|kendala|masalah|permasalahan)(?:\s+(?:warga|masyarakat))?"
        r"\s*[:-]?\s+(?=\w)"
    ),
    re.I,
)

# a problem's outcome told as a terse item: "…, sdh damai", "…, sudah didamaikan, kedua pihak …"
OUTCOME = re.compile(
    r"(?:sdh|sudah|udah|udh|ud|dah|telah|tlh)\s+(?:di)?(?:damai\w*|berdamai|selesai\w*|islah|rukun\w*"
    r"|akur|sepakat|bersepakat|salaman|bersalaman|legowo|baikan)\b",
    re.I,
)

# what was heard and from whom: "info dr ketua rt ada rencana …"
HEARD = re.compile(
    chat(
        r"(?:info(?:rmasi)?|kabar|laporan)\s+(?:dari|dr)\s+"
        r"(?:[^,.:;]|(?<=\bH)\.|(?<=\bHj)\.|(?<=\bpak)\.|(?<=\bbpk)\.|(?<=\bBpk)\.|(?<=\bsdr)\.){2,40}?,?\s+"
        r"(?=(?:ada|terdapat|akan\s+ada|bakal\s+ada|rencana|banyak|sering)\b)"
    ),
    re.I,
)

# a quotation and the verb that says who said it: "…," ujar
_QUOTE_SAID = r"[\"“”'][^\"“”']{8,}[\"“”'],?\s*(?:ujar|kata|tutur|ucap|ungkap|imbuh|jelas|tambah)"

# a quotation said by someone met: "…," ujar Ibu Rina, salah seorang warga (not the officer)
QUOTED_SPEAKER = re.compile(
    rf"{_QUOTE_SAID}\s+"
    rf"(?!(?:{POLICE_RANKS}|akp|kompol|kapolsek|kanit|bhabin\w*"
    r"|petugas|beliau|ia|dia)\b)\w",
    re.I,
)

NAMED_SUBJECT = re.compile(
    chat(
        r"\b(?:ketua|bpk|pak|bapak|ibu|bu|sdr|sdri|h|hj|kh|ustadz\w*|ustad|pendeta|kyai|romo)\b\.?\s+[A-Z]|\b(?:kedua|para)\s+(?:belah\s+)?pihak\b"
        # one person by the post he holds, met as one named is: "Kepsek menyampaikan …"
        r"|^\s*(?:kepsek|kepala\s+sekolah|lurah|marbot)\b"
    ),
    re.I,
)

# "…," katanya: said by whoever the sentence before quoted
QUOTED_AGAIN = re.compile(
    rf"^{_QUOTE_SAID}nya\W*$",
    re.I,
)

# whom a finding was heard from: "Menurut pedagang, …", "Info dari driver, …"
SOURCE = re.compile(
    chat(
        r"(?:menurut|kata|info(?:rmasi)?\s+dari|dari\s+(?:obrolan|perbincangan|percakapan|bincang\S*"
        r"|diskusi|dialog|komunikasi|tanya\s+jawab|cerita|ngobrol\S*)(?:\s+(?:dengan|dgn|bersama))?)"
        r"\s+[^,.]{2,40}(?=,)"
    ),
    re.I,
)


# a quotation's close with whoever said it (not a forwarded message in quotes); "pesan
# Aipda X", "pesannya" closes the officer's own appeal quoted over several sentences
SAID = re.compile(
    r"[\"“”],?\s*(?:ujar|kata|tutur|ucap|pungkas|imbuh|tegas|jelas|ungkap|tambah|pesan)\w*\b",
    re.I,
)


def open_quote(piece: str) -> bool:
    """Whether ``piece`` leaves a quotation open (an odd number of quote marks)."""
    return (piece.count('"') + piece.count("“") + piece.count("”")) % 2 == 1


# a terse item telling a dispute: "ribut parkir motor antar 2 tetangga", "2 kk cekcok soal …"
DISPUTE = re.compile(
    r"\b(?:ribut|keributan|rebutan|berebut|perebutan|cekcok|bertengkar|pertengkaran|berselisih|perselisihan|sengketa|konflik"
    r"|adu\s+mulut|salah\s+paham|komplain|mengeluh(?:kan)?)\b",
    re.I,
)

# where a terse item ends: a comma or semicolon, a stop (not a title's: "H. Dullah"), a colon
# terse chat's item separators: "… ribut anjing tetangga - sdh damai", "… → sepakat …", " // ";
# each ends an item, as a semicolon does
SEPARATOR = re.compile(r"\s+(?:-|→|//|\|)\s+")
CLAUSE_CUT = re.compile(
    r"\s*[,;]\s*|(?<!\bH)(?<!\bHj)(?<!\bBpk)(?<!\bbpk)(?<!\bSdr)(?<!\bJl)(?<!\bjl)(?<!\bGg)(?<!\bgg)\.\s+"
    r"|:\s+"
    rf"|{SEPARATOR.pattern}"
)
_ACTIVITY_OR_TIME = re.compile(
    r"\b(?:ps|dds|dd|cs|sambang|binluh|patroli|giat|pkl|pukul|jam|problem\s+solving)\b|\d[.:]\d\d",
    re.I,
)


def problem_before(sentence: str, at: int) -> tuple[int, str] | None:
    """The terse item right before ``at`` when it tells a dispute, and where it starts."""
    starts = [0] + [m.end() for m in CLAUSE_CUT.finditer(sentence, 0, at)]
    start = max((s for s in starts if s < at), default=0)
    clause = sentence[start:at].rstrip(" ,;:.-–→/|")
    if not DISPUTE.search(clause) or _ACTIVITY_OR_TIME.search(clause):
        return None  # "PS cekcok parkir … jam 14.00": the activity line, not a finding
    return start, clause


# "informasi yang didapat …": a label before what was heard
HEARD_LABEL = re.compile(
    r"(?:informasi|info|keterangan)\s+yang\s+(?:didapat|didapatkan|diperoleh|dihimpun)\s*[:,-]?\s+",
    re.I,
)


# what a meeting agreed, after the clause naming it, going on with the complaint told just
# before: "Warga keberatan … . Setelah musyawarah yang dihadiri Ketua RW, disepakati …"
MEETING_OUTCOME = re.compile(
    chat(
        r"(?:setelah|usai|seusai|sesudah)\s+(?:di\w+\s+)?(?:di)?(?:musyawarah|mediasi|rapat|pertemuan"
        r"|diskusi|dialog|perundingan)(?:kan)?\b"
        r"(?:[^,.]|(?<=\bbpk)\.|(?<=\bBpk)\.|(?<=\bH)\.|(?<=\bsdr)\.){0,80}?,?\s+"
        r"(?=disepakati|(?:kedua|para)\s+(?:belah\s+)?pihak\s+sepakat|keduanya\s+(?:\w+\s+)?sepakat)"
    ),
    re.I,
)


# what the people just named complain of, in a clause of their own: "… serta 4 pedagang, yang
# mengeluhkan pencopetan …" (the finding starts at the verb; the people stay in the visit)
COMPLAINT_CLAUSE = re.compile(
    chat(
        r",\s*(?:yang|yg)\s+(?P<verb>mengeluhkan|mengeluh|mengadukan|mengadu|mempertanyakan|menanyakan"
        r"|keluhkan|ngeluh(?:in)?|resah|merasa\s+resah|khawatir|merasa\s+khawatir"
        rf"|{verbs.COMPLAINING_VERB})\b"
    ),
    re.I,
)


# dictated in one run, those met telling something before the officer's appeal: "… ketemu
# bapak2 ronda lima belas orang mereka minta ane sering mampir … ane pesen …"
_RUN_ON_TOLD = re.compile(
    chat(
        r"\b(?:mereka|mrk|beliau|ybs|para\s+\w+|bapak[\s-]bapak|ibu[\s-]ibu|ketua\s+r[tw])"
        r"\s+(?:juga\s+)?(?:minta|meminta|cerita|bercerita|mengeluh\w*|ngeluh|berharap|harap"
        rf"|lapor|melaporkan|menyampaikan|bilang|curhat|{verbs.TELLING_VERB})\b"
        # what was heard, with its source, as the ruling keeps it: "… info dari abang ojol ada …"
        r"|\binfo(?:rmasi)?\s+(?:dari|dr)\s+(?:\w+\s+){1,6}?(?:ada|akan\s+ada|bakal\s+ada|rencana)\b"
    ),
    re.I,
)


def run_on_told(rest: str, met: re.Pattern[str]) -> tuple[int, int, str] | None:
    """In a dictated run with no stop or comma, whose appeal was taken out
    (left as a gap of spaces): what those met told, from its speaker to the
    gap, after the meeting is told."""
    if re.search(r"[.!?,;]", rest):
        return None
    m = _RUN_ON_TOLD.search(rest)
    if m is None or not met.search(rest, 0, m.start()):
        return None
    gap = re.search(r"\s{3,}", rest[m.start() :])
    if gap is None:
        return None  # no appeal after it: where it ends is not told
    b = m.start() + gap.start()
    return m.start(), b, rest[m.start() : b]


# a sentence of its own telling the dispute a mediation went on to settle: "Permasalahan
# bermula dari …", "Terjadi ribut mulut antara …", "Keduanya ribut gara-gara …"
PROBLEM_SENTENCE = re.compile(
    chat(
        r"^(?:(?:per)?masalahan?(?:nya)?\s+(?:ini\s+|tersebut\s+)?(?:terjadi|bermula|berawal|muncul"
        r"|timbul|dipicu|dilatarbelakangi)\b"
        r"|terjadi\s+(?:(?:per)?selisih\w*|ribut\w*|keributan|cekcok|pertengkaran|adu\s+mulut|sengketa"
        r"|konflik|salah\s+paham)\b"
        r"|(?:keduanya|kedua\s+(?:belah\s+)?pihak|kedua\s+warga|mereka)\s+(?:sempat\s+|sering\s+)?"
        r"(?:ribut|cekcok|berselisih|bertengkar|adu\s+mulut|bersengketa)\b)"
    ),
    re.I,
)

# how a mediation ended, in a finding: "kedua pihak sepakat …", "sdh damai", "saling memaafkan"
AGREED = re.compile(
    r"\b(?:sepakat|bersepakat|disepakati|kesepakatan|damai|berdamai|didamaikan|memaafkan"
    r"|bermaafan|salaman|bersalaman)\b",
    re.I,
)


def settling(
    sentences: list[str], index: int, finding: tuple[int, int, str] | None, previous: str
) -> tuple[int, int, str] | None:
    """A mediation told in sentences of their own: the dispute, when how it
    ended follows within two sentences, and after it (``previous``, the
    finding just before) that ending whole — "Setelah dimediasi di hadapan
    Ketua RT, kedua pihak …" (whom its clause names stays in the visit)."""
    sentence = sentences[index]
    following = sentences[index + 1 : index + 3]
    if finding is None and PROBLEM_SENTENCE.match(sentence) and any(map(AGREED.search, following)):
        return 0, len(sentence), sentence
    agreed = AGREED.search(sentence)
    if agreed and previous and PROBLEM_SENTENCE.match(previous):
        start = sentence.rfind(",", 0, agreed.start()) + 1
        return (finding[0] if finding else start), len(sentence), sentence
    return finding


# the officer's own answer told on after what the people said, in the same sentence: "…, ane
# jelasin …", "… terus saya kasih pengertian jangan …", '…." Sy himbau sopir …', "…, sudah
# dihimbau untuk …" — what he said is no finding (the README's rulings: what the people met
# said or agreed); asking something of them, it is the appeal
_ANSWER_AT = re.compile(
    r"(?:(?<=[,;.!?])|(?<=[.!?][\"”']))\s+|\s+(?=(?:terus|trus|lalu|kemudian)\s)", re.I
)
_FIRST = r"(?:ane|ana|sy|saya|aku|gue|gua|gw|kami)"
# the officer saying he did it himself: "sy udah …", "ane langsung …"
_FIRST_DID = rf"{_FIRST}\s+(?:(?:udah|sudah|sdh|udh|juga|jg|langsung|lgsg)\s+)?"
# passing on what he heard to someone: "sampaikan ke", "terusin ke", "laporin ke"
_PASSING = r"(?:sampaikan|sampein|sampekan|teruskan|terusin|laporkan|laporin)\s+ke"
_ANSWER = re.compile(
    chat(
        r"(?:(?:terus|trus|lalu|kemudian)\s+)?(?:(?:sdh|sudah|udah|udh|dah|telah|sampun)\s+)?"
        rf"(?:(?P<record>{_FIRST_DID}(?:catat|catet|{_PASSING}))\b"
        rf"|{FIRST_PERSON_APPEAL}"
        rf"|{_FIRST}\s+(?:(?:udah|sudah|sdh|udh|juga|jg|lalu|terus|langsung|lgsg)\s+)?"
        r"(?:jelas\w*|menjelaskan|(?:kasih|beri|memberi|memberikan)\s+(?:pengertian|penjelasan))\b"
        r"|(?:sdh|sudah|udah|udh|telah)\s+di(?:himbau|imbau|ingatkan|jelaskan)\b)"
    ),
    re.I,
)
# the officer recording or passing on what he heard ("…, sdh sy catat dan akan sy pantau",
# "…, sampun sy sampaikan ke Kanit Reskrim utk ditindaklanjuti"): his own follow-up, which
# ends the finding; it is an appeal only when it asks the people something (_DIRECTED)
_DIRECTION = r"agar|supaya|spy|jangan|jgn|(?:di|meng?)?h?imbau\w*"
_DIRECTED = re.compile(rf"\b(?:{_DIRECTION})\b", re.I)
# what makes the answer an appeal: a direction, or the verb of one
_ASKED = re.compile(rf"\b(?:{_DIRECTION}|untuk|utk)\b", re.I)
_ANSWER_ENDS = re.compile(
    r"\s(?=(?:situasi|sit|kondisi)\s+(?:\w+\s+)?(?:aman|kondusif|terkendali|rawan|waspada))", re.I
)
_JOINED = re.compile(r"(?:terus|trus|lalu|kemudian)\s+", re.I)
_ANSWER_AFTER = 3  # words of what the people said before it, at least


# the officer passing on what he heard to someone ("Sudah saya sampaikan ke piket reskrim.",
# "ane udah sampein ke pak lurah terus ane himbau …"): his follow-up, no appeal unless it
# directs the people; an appeal of his own told after it is the appeal
_PASSED_ON = re.compile(
    chat(rf"(?:(?:sdh|sudah|udah|udh|dah|telah|sampun)\s+)?{_FIRST_DID}{_PASSING}\s+"),
    re.I,
)
_OWN_APPEAL = re.compile(FIRST_PERSON_APPEAL, re.I)


def without_passing_on(appeal: str) -> str:
    """An appeal ``appeal`` without the officer's passing on what he heard
    that opens it: the appeal told after it, or nothing when it directs no
    one."""
    m = _PASSED_ON.match(appeal)
    if m is None:
        return appeal
    own = _OWN_APPEAL.search(appeal, m.end())
    directed = _DIRECTED.search(appeal, m.end())
    if own is not None and (directed is None or directed.start() >= own.start()):
        return appeal[own.start() :]
    return appeal if directed else ""


def answer_in(value: str) -> tuple[int, int, int, bool] | None:
    """Where what the people said ends in a finding ``value``, where the
    officer's answer after it starts and ends, and whether it asks something
    of them (an appeal)."""
    for m in _ANSWER_AT.finditer(value):
        said = _ANSWER.match(value, m.end())
        if len(value[: m.start()].split()) < _ANSWER_AFTER or said is None:
            continue
        if len(re.findall(r"[\"“”]", value[: m.start()])) % 2:
            continue  # 'Pak RW bilang, "…, kami minta patroli …"': the speaker's own words
        end = _ANSWER_ENDS.search(value, m.end())
        b = end.start() if end else len(value)
        joined = _JOINED.match(
            value, m.end()
        )  # "… terus saya kasih …": the answer from its subject
        a = joined.end() if joined else m.end()
        asks = _DIRECTED if said.group("record") else _ASKED
        return m.start(), a, b, bool(asks.search(value, a, b))
    return None


def answered(
    sentence: str, finding: tuple[int, int, str]
) -> tuple[tuple[int, int, str], tuple[int, int, str] | None]:
    """A finding without the officer's answer told on after it ("…, ane
    jelasin …"), and that answer's span and text when it is an appeal
    ("…, saya himbau ajukan surat …"); an answer of no appeal stays in the
    visit."""
    a, b, value = finding
    answer = answer_in(value)
    if answer is None:
        return finding, None
    cut, start, end, asked = answer
    kept = value[:cut].rstrip(" ,;")
    at = sentence.find(value)
    if at < 0:
        return (a, b, kept), None
    said = value[start:end].rstrip(" ,;")
    return (a, at + len(kept), kept), (
        (at + start, at + start + len(said), said) if asked else None
    )
