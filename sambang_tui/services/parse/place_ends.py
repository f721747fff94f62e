"""Where a place read from prose ends: the words, marks and numbers that start
the next part of the sentence (when it was, whom with, how many, what about,
how it went) rather than go on naming the place."""

from __future__ import annotations

import re

from sambang_tui.services.parse.area import MEND_WORDS
from sambang_tui.services.parse.numerals import AMOUNT_WORDS
from sambang_tui.services.parse.sentences import EMOJI
from sambang_tui.services.parse.vocabulary import PLACE_NOUNS, POLICE_RANKS

# a street or an alley's noun, as written before its name: "Jl. X", "jln.Y", "Gg 3"
STREET = re.compile(r"\b(?:jl|jln|jalan|gg|gang)\b\.?\s*(?=\S)", re.I)

# where in a place, beside what: "(depan masjid)", "…, tepatnya di samping bengkel"
_BESIDE = "depan|samping|belakang|seberang|dekat|deket|dkt|sebelah|ujung|pojok"
WHERE_IN_IT = rf"(?:tepatnya\s+)?(?:di\s+)?(?:{_BESIDE}|persis)\b"

# what a count before the end of a place counts ("… Jl Paseban Raya 10 rmh wrg", "… dua puluh
# rumah warga")
_COUNTED = r"(?:orang|org|kk|siswa|warga|wrg|jamaah|rumah|rmh|pemuda|peserta)"
PLACE_END = re.compile(
    r"(?:\b(?:RT|RW)(?:\b|(?=\d))\.?\s*\d|(?<!kantor )(?<!kantor)\b(?:kel|kelurahan|kec|kecamatan)\b\.?(?!\w)"
    r"|\bpada\b|\bpukul\b|\bpkl\b|\bjam\b|"
    # the hour it began or ran from, and a clock's word shortened: "Jl. X dari pkl 19.30", "Lapangan
    # Jl. Y mulai jam 8", "pasar malam Jl. Z jm 20.00"
    r"\b(?:dari|dr|mulai|sejak)\s+(?=(?:pukul|pkl|pk|jam|jm)\b\.?\s*\d|\d{1,2}[:.]\d{2}\b)"
    r"|\b(?:jm|pk)\b\.?\s*(?=\d)|\btgl\b|\btanggal\b|\bsekitar\s+pukul\b|\bhari\b"
    r"|\byang\b|\bdengan\b|\bdan\s+(?:ber|me)\w*|\buntuk\b|\bguna\b|\bbersama\b|\bkepada\b"
    # as chat shortens them ("Jl. Kenari II pd hari …", "… kpd para siswa", "No. 12 yg …"); "PD"
    # in capitals is a name's ("Kantor PD Pasar Jaya")
    r"|\b(?:yg|utk|kpd)\b|(?-i:\bpd\b)"
    r"|\b(?:terkait|tentang|ttg|tntg|soal|mengenai|membahas|perihal|dalam\s+rangka|sehubungan)\b"
    r"|\b(?:sambil|seraya|sekaligus|kemudian|lalu|serta|saat|ketika|sewaktu|selama|usai|setelah)\b"
    # a time told by a prayer or another event ("selepas sholat tarawih", "ba'da isya"), and
    # whom with, as chat shortens it ("dgn tomas 3 org", "bareng linmas")
    r"|\b(?:selepas|sesudah|sehabis|habis|ba'?da|bakda|sebelum|menjelang|jelang)\b"
    r"|\b(?:dgn|dg|bareng|brsm|sama)\b"
    # before whom it was done is the audience, not where: "…, di depan jamaah", "di hadapan warga"
    r"|,?\s*\b(?:di\s+)?(?:depan|hadapan)\s+(?:para\s+|seluruh\s+|sekitar\s+|\d+\s+)?"
    r"(?:jamaah|jemaah|jama'ah|jemaat|warga|wrg|peserta|siswa|pelajar|hadirin|ibu-ibu|ibu2|bapak-bapak"
    r"|bapak2|pemuda|remaja|pengunjung|pedagang|masyarakat|anggota|undangan)\b"
    # what was there or what it was about starts a clause of its own: "di gang X ada kumpulan …",
    # "di pos rw jalan Y masalah dua warga ribut"
    r"|\b(?:ada|masalah(?:nya)?|permasalahan|perkara|sengketa|keluhan|sudah|sdh)\b"
    # a terse item's label or when it was: "rumah pak RT hasil: …", "… 120an siswa materi …",
    # "… Jl Kramat Sawah malam jumat kmrn", "pos RW 07 tadi pagi"
    r"|\b(?:hasil|materi|tema|topik)\b|\b(?:tadi|td|kemarin|kmrn|kemaren|semalam)\b"
    r"|\bmalam\s+(?:ini|tadi|senin|selasa|rabu|kamis|jum'?at|sabtu|minggu)\b"
    # the part of the day before it, as chat writes it: "pos ojol jl X pagi td", "masjid jl Y mlm ini"
    r"|\b(?:pagi|siang|sore|malam|mlm)\s+(?:ini|tadi|td|kemarin|kmrn|kemaren)\b"
    # and the hour or the time it was, as chat and speech say it: "Jl. X dini hari tadi", "gg. Y
    # malem2", "SMP Z Jl. W pas jam masuk"; a speaker's "eh" mends what follows, not the place
    r"|\bdini\s+hari\b|\b(?:malam|malem|mlm)2\b|\bpas\s+(?=(?:jam|waktu|hari|acara|lagi)\b)"
    r"|\beh\b"
    # the speaker's next clause: a filler ("jalan X itu soal …", "… apa namanya ketemu", "… terus
    # rencananya"), the speaker himself ("… dekat rel langsung saya patroli"), a signature ("…
    # jalan X bripka dwi", "Ttd. Lurah")
    # (a filler the place is said again after mends it: "di rusun apa namanya rusun X jalan Y")
    r"|\b(?:itu|terus|trus|langsung|lgsg|lgsung|gitu|saya|sy|ane|ttd)\b"
    rf"|\bapa\s+namanya\b(?!\s+(?:{'|'.join(PLACE_NOUNS)})\b)"
    rf"|\b(?:{POLICE_RANKS}|brigadir)\b"
    # a clock time, the situation told bare, a count "about" so many, an emoji: each is the next
    # field of a terse line ("gereja X jl Y 09:30 ktm …", "jl A s/d jl B aman trkndl", "pangkalan
    # bajaj jl X sktr 10an sopir", "Musholla X Jl. Y 👥 Ketua RW 08 …")
    r"|\b\d{1,2}:\d{2}\b|\baman\b(?=\s*(?:$|[,.;!\n]|(?:dan\s+)?(?:terkendali|trkndl|kondusif|lancar)\b))"
    r"|\b(?:sekitar|sktr|skt)\s+(?=\d)"
    rf"|{EMOJI}"
    r"|(?-i:\b(?:ber|mem|men|meng|meny|me)[a-z]{3,}\b)"
    # chat verbs with no prefix, and ng-/ny- verbs: "Jl. Salemba bantu atur lalin", "ngobrol dgn"
    r"|(?-i:\b(?:ng|ny)[a-z]{3,}\b)|\b(?:ketemu|ketmu|ktm|ngobrol|ngopi|bantu|atur|pantau|cek|lihat"
    r"|liat|nongkrong|kumpul|silaturahmi|silahturahmi|sambangi|kunjungi|temui|sapa|dialog|sosialisasi"
    r"|himbau|hmbau|imbau|monitor|amankan|mengamankan|giat|ktmu|jumpa)\b"
    r"|\bdi(?:hadiri|ikuti|laksanakan|lakukan|sampaikan|gelar|datangi|temui|kunjungi|saksikan|dampingi)\b"
    r"|\bjakarta\b(?=\s+(?:pusat|selatan|utara|barat|timur)\b|\s*[,.;\n]|\s*$)|\bsenin\b|\bselasa\b|\brabu\b|\bkamis\b|\bjum'?at\b|\bsabtu\b|\bminggu\b"
    # how many or who came, the situation, what it was over: "… Jl. Salemba Raya sebanyak 3
    # orang", "… jalan bungur besar hadir jamaah …", "… atas perselisihan dua warga"
    r"|\b(?:sebanyak|hadir|berdialog|bertemu|berbincang|bersilaturahmi|sasaran|peserta)\b"
    # a count dictated in words, as one in digits: "… jalan kalilio dua puluh rumah warga"
    rf"|\b(?:{AMOUNT_WORDS}|seorang)\s+{_COUNTED}\b"
    r"|\b(?:jamaah|jemaah|jemaat|warga)\s+(?=(?:sekitar|sktr|kurang\s+lebih|kurleb)\b|±|\d)"
    r"|\b(?:situasi|sit|kondisi)\s+(?:aman|kondusif|terkendali|rawan|waspada)\b"
    r"|\batas\s+(?:per)?(?:selisih\w*|masalah\w*|undangan|permintaan|laporan|keluhan)\b"
    r"|\bwil\b\.?|\bwilayah\b|±|\b(?:kurang\s+lebih|lebih\s+kurang|kurleb)\b|\s\d{1,4}(?:an)?\s*"
    rf"{_COUNTED}\b|\b\d{{1,2}}[/.-]\d{{1,2}}\b"
    rf"|\((?!\s*(?:{_BESIDE}|sekitar|area|dalam|lt\.?|lantai"
    r"|bpk|pak|bapak|ibu|bu|sdr|h|hj|kh)\b)"
    # (a landmark named short in brackets is where too: "Jl. X (halte)", "(toko buku)", "(dpn
    # halte)" — not a count, a date or the officer's note)
    rf"(?!\s*(?:{'|'.join(PLACE_NOUNS)})\b[^()\n\d]{{0,30}}\))"
    # (an aside the street follows is inside the place: "kediaman Ibu X (Ketua RT 05), Jl. Y")
    r"(?![^()\n]{1,40}\)\s*,?\s*(?:jl|jln|jalan|gg|gang)\b)"
    # a column or a field of a line run together: "… Jl. Kramat Raya | bpk2 ronda 4 | …",
    # "Pos RW Jl. X // ketua RW //"
    r"|\s\|(?:\s|$)|\s//(?:\s|$)"
    # the next item's number of a list read as one line: "… Jl. Kepu Selatan 1. Mengunjungi …",
    # "sambang kos2an 2️⃣ Jumat …" — not a house's, a block's or a floor's number
    r"|(?<!\bno)(?<!\bno\.)(?<!\bnomor)(?<!\bblok)(?<!\blt)(?<!\blt\.)(?<!\blantai)"
    r"\s\d{1,2}(?:\.|\ufe0f?\u20e3)(?:\s|$)"  # ("2)" may close an aside: "(samping SD 01)")
    r"|\n|[;!?:](?:\s|$)|(?<!\bjl)(?<!\bjln)(?<!\bgg)(?<!\bno)(?<!\bkel)(?<!\bh)(?<!\bkh)(?<!\bst)(?<!\bbpk)(?<!\bsdr)(?<!\bhj)"
    # a title's or a floor's dot goes on with the name: "rmh Ust. H. Zainal", "Bapak Drs. Hasan",
    # "almh. Ibu X", "Blok B lt. dasar", "lap. futsal"
    r"(?<!\bust)(?<!\bdrs)(?<!\bdr)(?<!\bir)(?<!\bprof)(?<!\bpdt)(?<!\balm)(?<!\balmh)(?<!\blt)(?<!\blap)\.(?:\s|$)"
    # (a description of where in the same clause goes on: "…, tepatnya di samping bengkel")
    rf"|,(?!\s*(?:jl|jln|jalan|gg|gang|{WHERE_IN_IT})\b))",
    re.I,
)


# the post or hall an RW or RT keeps, written bare as where it was ("…, 10an org, pos RW 04.",
# "tiba 09.00 pos rw 04 paseban"): its number says which, so it is a place of its own
RW_POST = re.compile(
    r"\b(?:pos(?:\s+(?:kamling|ronda))?|posko|balai(?:\s+warga)?|sekretariat|sekret|kantor)"
    r"\s+(?:RW|RT)\b\.?\s*(?:no\.?\s*)?\d{1,3}\b",
    re.I,
)


# a speaker mending the street he said: "eh maksudnya jalan X", "eh ralat Jl. X"
MENDED_STREET = re.compile(
    rf"eh\b[\s.,]*(?:{MEND_WORDS}\b[\s.,:]*)?(?=(?:jl|jln|jalan|gg|gang)\b)",
    re.I,
)


# the people met, named in lower case after a street's name, open the next part of the sentence:
# "jalan kramat bunder warga yang ikut …", "jl X raya pemuda nongkrong 6 org" — the street's
# first word is its name ("jalan pemuda"), and a place noun's group is the place's ("Jl. X sekitar
# pangkalan ojol")
GROUP_AFTER_STREET = re.compile(
    r"\b(?:jl|jln|jalan)\b\.?\s*[\w'-]+(?:\s+[\w.'-]+){0,4}?"
    r"(?P<group>\s+(?-i:(?:abang\s+|tukang\s+|para\s+)?(?:warga|wrg|pemuda|remaja|jamaah"
    r"|jemaah|pedagang|ojol|driver|sopir|siswa|pelajar|ibu-ibu|ibu2|bapak-bapak|bapak2|anak-anak"
    r"|anak2)))\b",
    re.I,
)
