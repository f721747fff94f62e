"""The words the parser knows, as data: chat's short forms, audience groups
by category, places, ranks, appeal verbs, and the keywords a typo is
forgiven in (a template's labels: label_words.py). Extending the parser to
a new way of writing is mostly a line here; the modules beside it hold only
the rules."""

from __future__ import annotations

import re

from sambang_tui.services.parse import verbs

# --- chat's short forms ------------------------------------------------------------------
# the cue words as chat shortens them ("dr obrolan dgn …", "Dalam pertemuan tsb …", "wrg
# berharap …", "sdh sy himbau agr …"): a cue pattern written with the long word reads the short
# one too (``chat``); the texts copied keep what was written
CHAT_SHORT = {
    "yang": "yg", "dengan": "dgn", "sudah": "sdh", "tidak": "tdk", "untuk": "utk",
    "kepada": "kpd", "bapak": "bpk", "karena": "krn", "juga": "jg", "belum": "blm",
    "tersebut": "tsb", "masyarakat": "masy", "warga": "wrg", "agar": "agr", "supaya": "spy",
    "dari": "dr", "pada": "pd", "akan": "akn", "sedang": "sdg", "orang": "org",
}  # fmt: skip
_LONG_WORD = re.compile(
    r"(?:(?<=\\[bs])|(?<![A-Za-z\\]))(" + "|".join(CHAT_SHORT) + r")(?![A-Za-z])"
)


def _just_after(*words: str) -> str:
    """A group named just after one of ``words`` and a blank ("ketemu Lurah …",
    "serta Lurah …"): one fixed-width lookbehind each."""
    return "(?:" + "|".join(f"(?<={word} )" for word in words) + ")"


# the words a person met is named just after
_MET_WITH = ("ketemu", "bertemu", "menemui", "dengan", "dgn", "sama", "ktm", ":")


# --- audience groups ---------------------------------------------------------------------
# (category, group, pattern, singular), most specific first. Counts of one group
# are not added twice ("warga" in the activity and "± 15 orang warga" below it);
# different groups of one category are summed (KPPS 7 + linmas 2 + saksi 3). A
# singular role ("Ketua RW 04", "pemilik warung", "Ustadz Hasan") is one person
# unless a number or a plural word comes with it. "other" is the catch-all
# (lainnya) for the people met who are none of the named groups.
AUDIENCE: tuple[tuple[str, str, str, bool], ...] = (
    ("tokoh_masyarakat", "tomas", r"tokoh\s+masyarakat|tomas|tokmas|sesepuh(?:\s+warga)?", False),
    ("tokoh_masyarakat", "todat", r"tokoh\s+adat|todat", False),
    ("tokoh_agama", "toga", r"tokoh\s+agama|toga|tokag|alim\s+ulama|ulama", False),
    ("tokoh_agama", "majelis gereja", r"majelis\s+gereja|pengurus\s+gereja|penatua", False),
    # (the mosque's board by its name alone: "DKM masjid 3 org")
    ("tokoh_agama", "pengurus masjid", r"pengurus\s+(?:dkm|masjid|mesjid|musholl?a|mushala|musala|vihara|(?:majelis|majlis)\s+ta'?klim)|takmir(?:\s+masjid)?|dkm(?:\s+masjid)?", False),
    # the one who keeps a mosque is one person: "ketua DKM & marbot" are two
    ("tokoh_agama", "marbot", r"marbot|merbot", True),
    ("tokoh_agama", "ketua dkm", r"ketua\s+(?:dkm|takmir|majelis\s+taklim)|imam\s+masjid", True),
    ("tokoh_agama", "sekretaris dkm", r"(?:sekretaris|bendahara|wakil\s+ketua)\s+(?:dkm|takmir|masjid|musholl?a)", True),
    ("tokoh_agama", "ulama", r"ustadzah|ustazah|ustadz|ustaz|ustad|kyai|kiai|habib|pendeta|pastor|romo|pdt\.?"
     r"|(?-i:[Uu]st|[Uu]stz|[Uu]std)\.(?=\s*[A-Z])|(?-i:[Uu]st|[Uu]stz|[Uu]std)\b(?=\s+[A-Z])"  # "ust. Rahmat"
     r"|penceramah|mubaligh|muballigh|khatib|da'i|pemuka\s+agama"
     # (the clergy of the other faiths a kelurahan holds: a vihara's monk, a temple's priest)
     r"|bhikkhu|bhiksu|biksu|bhikkhuni|biksuni|pandita|pedanda|pinandita|xueshi|wenshi", True),
    # a youth figure named is one person, beside the youths he leads ("tokoh pemuda Bang Rizal dan
    # 12 pemuda"); unnamed ("bersama tokoh pemuda dan ketua RT") they are uncounted youths
    ("kelompok_pemuda", "tokoh pemuda", r"tokoh\s+pemuda(?=\s+(?-i:[A-Z][a-z]+))", True),
    ("kelompok_pemuda", "pemuda", r"kelompok\s+pemuda|pemuda(?:-pemudi)?|pmd|remaja\s+masjid|kelompok\s+remaja"
     r"|(?:anak-anak|anak2|anak)\s+muda|muda-mudi|generasi\s+muda|remaja|pmuda", False),
    ("kelompok_pemuda", "ketua karang taruna", r"ketua\s+(?:karang\s*taruna|pemuda|remaja\s+masjid|risma)", True),
    ("kelompok_pemuda", "karang taruna", r"(?:anggota\s+|pengurus\s+)?karang\s*taruna", False),
    ("kelompok_pemuda", "pelajar", r"pelajar|siswa(?:-siswi|\s+siswi)?|siswi|mahasiswa|mhs|peserta\s+didik|murid|santri(?:wati)?|santriwan", False),
    ("perangkat_rt_rw", "ketua rt/rw", r"ketua\s+RT\s*/\s*RW|ketua-ketua\s+R[TW]|pengurus\s+R[TW](?:\s*/\s*R[TW])?|perangkat\s+RT(?:\s*/\s*RW)?", False),
    ("perangkat_rt_rw", "pengurus rt/rw", r"(?:sekretaris|bendahara|wakil\s+ketua)\s+R[TW]\b", True),
    ("perangkat_rt_rw", "ketua rt", r"ketua\s+RT|(?:pak|pk|bapak|bpk\.?|bu|ibu)\s+RT\b", True),
    ("perangkat_rt_rw", "ketua rw", r"ketua\s+RW|(?:pak|pk|bapak|bpk\.?|bu|ibu)\s+RW\b", True),
    ("other", "ojek", r"(?:pengemudi|driver|tukang|pengendara|abang)\s+(?:ojek|ojol)(?:\s+online|\s+pangkalan)?|ojol|ojek(?:\s+pangkalan|\s+online)?"
     r"|driver(?:\s+online)?|pengemudi\s+online", False),
    ("other", "bajaj", r"(?:pengemudi|sopir|supir)\s+bajaj|bajaj", False),
    ("other", "pedagang", r"pedagang(?:\s+kaki\s+lima)?|(?-i:PKL)(?!\s*\.?\s*\d)|penjual|pelaku\s+usaha|pelaku\s+umkm", False),
    ("other", "juru parkir", r"juru\s+parkir|jukir|tukang\s+parkir", False),
    # one person heading a group of "other": "Kepala Satpam Bpk. Rudi", "Ketua KPPS"
    ("other", "kepala", r"(?:kepala|komandan|danru|koordinator)\s+(?:satpam|security|keamanan|regu\s+satpam)"
     # (and his deputy: "Wakasek Kesiswaan Pak X", "wakil kepala sekolah bidang kesiswaan")
     r"|(?:wakil\s+)?kepala\s+sekolah|kepsek|wakasek(?:\s+(?:kesiswaan|kurikulum|humas|sarpras))?|ketua\s+(?:kpps|paguyuban|komunitas|pangkalan|perkumpulan|koperasi|asosiasi|serikat"
     r"|yayasan|ikatan|himpunan|forum|kelompok\s+tani)"
     # the body's name is part of the role: "Ketua Paguyuban Juru Parkir Salemba Tengah"
     r"(?:\s+(?-i:[A-Z][\w.]*)){0,4}"
     # a manager of a building or a business is one person of "other"
     r"|(?:building\s+)?(?:manager|manajer)(?:\s+(?:gedung|toko|kafe|cafe|hotel|apartemen|operasional))?"
     r"|pelatih|instruktur|wasit|mandor", True),
    # whoever heads or runs a body none of the groups names is one of "other": "korlap",
    # "Kepala Terminal", "pengurus koperasi pedagang", "Koordinator komunitas"
    ("other", "pengurus", r"korlap(?:nya)?|koordinator(?:nya|\s+(?:lapangan|komunitas|pangkalan|wilayah|lingkungan))?"
     r"|kepala\s+(?:terminal|stasiun|pasar|gudang|proyek|toko|bengkel|cabang|unit|kantor)"
     r"|(?:pengurus|pimpinan)\s+(?:koperasi|paguyuban|asosiasi|serikat|yayasan)"
     r"(?:\s+(?:pedagang|pasar|sopir|supir|ojol|ojek|angkot|warga|nelayan|pengemudi))?", True),
    # a template list's line whose label names none of the groups ("- FKDM : 4 org")
    ("other", "lainnya", r"(?<=\d )lainnya:[\w./-]+", False),
    ("other", "satpam", r"satpam|security|petugas\s+(?:keamanan|pengamanan)", False),
    # whoever keeps a lodging or a venue: "ibu kos", "penjaga kos", "pengelola rusun"
    ("other", "induk semang", r"(?:ibu|bu|bapak|pak|pemilik|penjaga|pengelola)\s+(?:kos|kost|kosan|kos-kosan|kos2an|kontrakan)", True),
    # the manager of a residence block or a venue is one ("bertemu pengelola rusun dan 6 warga");
    # managers without their venue may be a body ("pengelola parkir", "pihak pengelola")
    ("other", "pengelola", r"pengelola\s+(?:rusun(?:awa)?|rumah\s+susun|pasar(?:\s+malam)?|gedung|apartemen|wisma)", True),
    ("other", "pengelola", r"pengelola(?:\s+(?:parkir|ruko|kantin|warnet))?", False),
    ("other", "linmas", r"linmas|hansip", False),
    # Satpol PP met only as a number of them ("1 anggota Satpol PP"), not the agency named
    ("other", "satpol pp", r"(?<=\d )(?:anggota\s+|petugas\s+)?satpol\s*-?\s*pp|(?<=\d anggota )satpol\s*-?\s*pp"
     r"|(?:anggota\s+|petugas\s+)?satpol\s*-?\s*pp(?=\s*(?:[:(]\s*)?(?:±\s*)?\d)"
     r"|kader(?:\s+(?:jumantik|posyandu|kesehatan|dasawisma))?|jumantik", False),
    ("other", "kpps", r"kpps|anggota\s+kpps|petugas\s+kpps", False),
    # the police's and the kelurahan's community partners: "Pokdar Kamtibmas", "FKDM", "FKPM"
    ("other", "pokdar", r"(?:anggota\s+)?pokdar(?:\s+kamtibmas)?", False),
    ("other", "fkdm", r"(?:anggota\s+)?(?:fkdm|fkpm)", False),
    ("other", "ppk", r"ppk|pps|panwas\w*", False),
    ("other", "saksi", r"saksi(?:\s+paslon|\s+parpol)?", False),
    # PKK is an organisation, whoever its members are: "ibu-ibu PKK", "emak2 anggota PKK"
    ("other", "pkk", r"(?:(?:ibu-ibu|ibu2|ibu\s+ibu|emak-emak|emak2|emak\s+emak|kaum\s+ibu)\s+)?(?:anggota\s+|kader\s+)?pkk", False),
    # staff of an agency or the local government met at work: "2 petugas Dishub", "Ibu Lurah"
    ("other", "petugas", r"(?:petugas|anggota|staf|staff|pegawai)\s+(?:dishub|kelurahan|kecamatan|puskesmas|pln|pdam|damkar|sudin\s+\w+)"
     r"|dishub|damkar|pemadam\s+kebakaran|petugas\s+pemadam"
     # and staff without their office, met beside their head ("ktm pak lurah n 2 staf")
     r"|staf|staff|pegawai", False),
    ("other", "lurah", r"(?:pak|bapak|bpk\.?|bu|ibu)\s+(?:lurah|camat)", True),
    ("other", "seklur", r"(?:pak|bapak|bpk\.?|bu|ibu)\s+(?:sekel|seklur)", True),
    # the lurah met in person ("ketemu Lurah Kenari", "dengan lurah"), not his office or leave
    ("other", "lurah", _just_after(*_MET_WITH, "dihadiri", "hadir", "diikuti") + r"(?:lurah|camat)\b", True),
    # and named in a list of the people met: "80 warga serta Lurah Paseban", "Pak Lurah & Seklur"
    ("other", "lurah", _just_after("serta", "&", ",") + r"(?:lurah|camat)\b", True),
    # the kelurahan's section heads are its staff: "Kasi Trantib", "Kasie Pemerintahan"
    ("other", "kasi", r"kasie?\s+(?:trantib|tramtib|pemerintahan|pem|kesra|ekbang|pembangunan|kessos|ekonomi)", True),
    ("other", "seklur", _just_after(*_MET_WITH, "serta", "dan", "&", ",")
     + r"(?:seklur|sekel|sekretaris\s+kelurahan)\b", True),
    ("other", "montir", r"(?:montir|karyawan|pekerja|buruh|kuli(?:\s+angkut|\s+panggul|\s+bangunan)?)(?:nya)?", False),
    ("other", "sopir", r"sopir|supir", False),
    ("other", "panitia", r"panitia(?:\s+(?:kegiatan|acara|penyelenggara))?", False),
    # teachers beside their pupils are met only as a number ("Guru BK 3 orang", not "siswa dan guru")
    ("other", "guru", r"(?:guru(?:\s+BK|\s+pendamping|\s+pembina)?|dewan\s+guru|tenaga\s+pendidik)"
     r"(?=\s*(?:[:(]\s*)?(?:±\s*)?\d)|(?<=\d )guru|(?<=\d orang )guru|(?<=\d org )guru", False),
    ("other", "pemilik", r"(?:pemilik|owner)\s+(?:warkop|rumah\s+(?:kos|kost|kontrakan)|bengkel|warung|toko|kios|kos|kost|kontrakan|usaha|rumah\s+makan|kafe|cafe|lapak|pangkalan)"
     # "ktm pemilik + 2 karyawan": the owner of the place visited
     r"|pemilik(?=\s*(?:[+,&]|dan\b|serta\b))", True),
    # "pihak berselisih 2 org", "Pihak yg bersengketa : 2": the parties to a dispute are residents
    # ("kedua pihak yg berselisih": the two of them, as "kedua pihak" alone is)
    ("warga", "parties", r"(?:k(?:e|)dua\s+(?:belah\s+)?)?pihak(?:\s+yang|\s+yg)?\s+(?:berselisih|bersengketa|bertikai|berseteru|berperkara|terkait)", False),
    ("warga", "peronda", r"(?:petugas|warga|regu|anggota|bocah2|anak2)\s+(?:ronda|siskamling|poskamling)|peronda", False),
    ("warga", "warga", r"(?:warga|wrg)(?:\s+binaan|\s+sekitar|\s+setempat)?", False),
    # "masyarakat" is the people met only as whom one meets: "bersama masyarakat"
    ("warga", "warga", r"(?<=dengan )masyarakat|(?<=bersama )masyarakat|(?<=kepada )masyarakat"
     r"|(?<=menemui )masyarakat|(?<=bertemu )masyarakat|(?<=sasaran )masyarakat|(?<=: )masyarakat"
     r"|(?<=menyambangi )masyarakat|(?<=mengunjungi )masyarakat|(?<=mendatangi )masyarakat"
     r"|(?<=sambang )masyarakat|(?<=para )masyarakat|(?<=ke )masyarakat|(?<=orang )masyarakat", False),
    ("warga", "jamaah", r"(?:anggota|peserta|jamaah|ibu-ibu)\s+(?:majelis|majlis)\s+taklim", False),
    ("warga", "jamaah", r"jamaah|jemaah|jama'ah|jemaat", False),
    # (a voice note spells the doubling out: "ibu ibu", "bapak bapak")
    ("warga", "ibu-ibu", r"ibu-ibu|ibu2|ibu\s+balita|(?:ibu\s+ibu|emak\s+emak)(?!\s+(?:pkk|kader|pedagang|penjual|ojol|ojek|guru|majelis|jamaah|pengajian)\b)|kaum\s+ibu|emak-emak|emak2", False),
    ("warga", "bapak-bapak", r"(?:bapak-bapak|bapak2|bapak\s+bapak)(?!\s+(?:ojol|ojek|driver|sopir|pedagang|satpam|linmas|jukir|tukang|pengurus|jamaah)\b)|kaum\s+bapak", False),
    ("warga", "penonton", r"penonton|pengunjung|tamu\s+undangan|penghuni(?:\s+(?:rusun|kos|kost|kontrakan|apartemen))?", False),
    ("warga", "peserta", r"peserta(?:\s+(?:senam|jalan\s+sehat|pengajian|kegiatan|lomba))?", False),
    ("warga", "tetangga", r"tetangga", False),
    # the family of the one a visit is about (a takziah, a victim) are residents ("ktm keluarga &
    # tomas", "istri almarhum"); one spouse is one
    # (the word alone only as whom he met: not "beserta keluarga dan para sahabatnya")
    ("warga", "keluarga", r"keluarga\s+(?:korban|almarhum|almarhumah|alm\.?|almh\.?|duka|pasien)|ahli\s+waris"
     + "|" + _just_after(*_MET_WITH) + r"keluarga", False),
    ("warga", "istri", r"(?:istri|suami)\s+(?:almarhum|almarhumah|alm\.?|almh\.?|korban)", True),
    ("warga", "penduduk", r"penduduk|pemilik\s+rumah|orang\s+tua(?:\s+murid)?|pengguna\s+jalan"
     r"|anak-anak|lansia|umat|peziarah|pengendara|pemilih|calon\s+pemilih|pelanggan|pembeli|konsumen", False),
)  # fmt: skip

# a count of households stands for the residents met ("12 rumah warga", "9 KK")
# (and the units of a block of flats: "DDS Rusun Blok B, 11 unit", not "2 unit motor")
HOUSEHOLDS = (
    r"kk|(?:rumah|rmh)(?:\s+warga|\s+wrg)?|kepala\s+keluarga|keluarga"
    r"|unit(?!\s+(?:motor|mobil|kendaraan|sepeda|cctv|kamera|truk|bus|angkot|bajaj|hp|ponsel))"
)

# --- places ------------------------------------------------------------------------------
# the nouns a place starts with (places.py reads a place from one to where it ends)
PLACE_NOUNS = (
    "jl",
    "jln",
    "jalan",
    "gg",
    "gang",
    "masjid",
    "mesjid",
    "musholla",
    "mushola",
    "musala",
    "mushala",
    "pos",
    "posko",
    "kantor",
    "balai",
    "aula",
    "lapangan",
    "taman",
    "pasar",
    "stasiun",
    "terminal",
    "halte",
    "warung",
    "warkop",
    "kos2an",
    "kosan",
    "kontrakan",
    "majelis",
    "majlis",
    "blok",
    "bengkel",
    "toko2",
    "lapak",
    "pangkalan",
    "kedai",
    "kontrakan",
    "kos",
    "posyandu",
    "rptra",
    "rumah",
    "rmh",
    "kediaman",
    "sekretariat",
    "tps",
    "pangkalan",
    "toko",
    "gedung",
    "sekolah",
    "gereja",
    "vihara",
    "klenteng",
    "pura",
    "kampus",
    "komplek",
    "kompleks",
    "perumahan",
    "rusun",
    "gor",
    "puskesmas",
    "depan",
    "samping",
    "belakang",
    "seberang",
    "sebelah",
    "pojok",
    "ujung",
    "pinggir",
    "dpn",
    "blkg",
    "sblh",
    "halaman",
    "gudang",
    "sd",
    "sdn",
    "smp",
    "smpn",
    "sma",
    "sman",
    "smk",
    "smkn",
    "madrasah",
    "pesantren",
    "ponpes",
    "ruko",
    "kios",
    "apartemen",
    "hotel",
    "kafe",
    "cafe",
    "bantaran",
    "kolong",
    "trotoar",
    "lobi",
    "lobby",
    "teras",
    "pelataran",
    "parkiran",
    "rusunawa",
    # a stretch or an area, and landmarks: "di sepanjang Jl. …", "kawasan Jl. …", "permukiman
    # warga Jl. …", "jembatan penyeberangan …"; chat spellings of a venue ("wrkop", "rmh")
    "sepanjang",
    "kawasan",
    "permukiman",
    "pemukiman",
    "area",
    "jembatan",
    "jpo",
    "flyover",
    "perempatan",
    "pertigaan",
    "bundaran",
    "gapura",
    "wrkop",
)


# --- appeals ---------------------------------------------------------------------------
# a sentence with one of these is the kamtibmas message
# the ranks a Bhabinkamtibmas or desk officer holds, as a regex alternation: a name behind
# one is the police speaking (an appeal, a signature), not someone met
def chat(pattern: str) -> str:
    """``pattern`` with each long cue word in it read in its short form too."""
    return _LONG_WORD.sub(lambda m: f"(?:{m.group(1)}|{CHAT_SHORT[m.group(1)]})", pattern)


POLICE_RANKS = "aiptu|aipda|bripka|brigpol|briptu|bripda|ipda|iptu"
# with the officers above them, as words: no person met is called so
OFFICER_RANKS = (*POLICE_RANKS.split("|"), "akp", "kompol")

# the officer himself, just before a verb: "Bripka Dwi Hartono", "Ia", "Kami sudah"
_OFFICER_BEFORE = (
    rf"(?:(?:{POLICE_RANKS})\s+\w+(?:\s+\w+)?|bhabin\w*|petugas|ia|kami|saya|sy|ane|aku|gw|gue)"
    r"\s+(?:(?:juga|jg|pun|lalu|kemudian|sdh|sudah|udah|telah|tadi|langsung)\s+){0,2}"
)
# the officer appealing in the first person, as chat and voice notes say it: "ane pesen …",
# "sy udah bilangin …", "kami juga ingatkan …" (whoever else speaks is a finding)
FIRST_PERSON_APPEAL = chat(
    r"(?:ane|ana|sy|saya|aku|gue|gua|gw|kami|kita)\s+(?:(?:udah|sudah|sdh|udh|juga|jg|tadi|td|sempat"
    r"|sempet|lalu|terus|trus|lgsg|langsung|cuma|hanya)\s+){0,2}"
    r"(?:sampaikan|sampein|sampekan|ingatkan|ingetin|ingetan|minta|pesankan|pesenin|pesen|pesan"
    r"|titip(?:\s+pesan|\s+pesen)?|sarankan|saranin|imbau|himbau|bilang(?:in|kan)?|kasih\s+tau"
    r"|kasih\s+tahu|ajak(?:in)?|nasehatin|nasihatin|nasehati|nasihati|wanti-wanti|wanti2|tegaskan"
    rf"|{verbs.DIRECTING_BARE}|{verbs.COMMANDING_BARE})\b"
)
APPEAL_VERBS = chat(
    r"me?ng?himbau\w*|mengimbau\w*|dihimbau|diimbau|himbau|imbau|hmbau|berpesan|dipesankan"
    r"|mengingatkan|diingatkan|disampaikan\s+(?:(?:himbauan|imbauan|pesan)(?:\s+kamtibmas)?\s+)?(?:agar|supaya|kepada)|mengajak|diajak|menyampaikan\s+(?:pesan|himbauan|imbauan)"
    r"|menasehati|menasihati"
    r"|memberi(?:kan)?\s+(?:pesan|himbauan|imbauan|arahan|pemahaman|nasihat|nasehat|pesan-pesan)"
    r"|meminta\s+(?:agar|kepada|warga|para|masyarakat|seluruh)"
    # "meminta pemilik kos mewajibkan …": asking any of the people met
    r"|meminta\s+(?:pemilik|pengelola|pengurus|penghuni|penjaga|pedagang|pemuda|pengemudi|ketua|orang\s+tua"
    r"|panitia|jamaah|ibu-ibu|bapak-bapak|tokoh|satpam|linmas|juru\s+parkir|jukir|driver|ojol|siswa|pelajar"
    r"|guru|kader|karang\s+taruna|remaja|sopir|ibu\s+kos|anak\s+kos)\b"
    r"|menyampaikan\s+(?:kepada\s+(?:para\s+|seluruh\s+)?\w+(?:\s+\w+)?\s+)?(?:agar|supaya|untuk)"
    r"|menekankan|menegaskan\s+(?:agar|kepada|supaya)|mensosialisasikan|sosialisasi"
    # first person, as chat writes it: "sy sampaikan agar …", "saya ingatkan warga utk …"
    # (any first person of chat: "ane ingatkan jamaah supaya …", "aku minta", "gw imbau")
    r"|(?:sy|saya|aku|ane|ana|gw|gue|kami|kmi)\s+(?:sampaikan|ingatkan|minta|pesankan|sarankan|imbau|himbau)"
    # and spoken: "ane titip pesan ke panitia …", "sy udah pesen pasang cctv", "kami sampaikan …"
    rf"|{FIRST_PERSON_APPEAL}"
    r"|sampaikan\s+(?:kepada\s+(?:para\s+)?\w+(?:\s+\w+)?\s+)?(?:agar|supaya)"
    r"|pesan\s+kamtibmas|himbauan\s+kamtibmas|imbauan\s+kamtibmas"
    # any voice of a verb of directing ("menganjurkan", "ditekankan", "sy ingatkan"), and a verb
    # that also states or steers when a direction follows it ("menegaskan kepada warga agar …")
    rf"|{verbs.DIRECTING_ACTIVE}|{verbs.DIRECTING_PASSIVE}|{verbs.DIRECTING_BARE}"
    rf"|(?:{verbs.STEERING_VERB})(?={verbs.ADDRESSEE}{verbs.DIRECTION})"
    # a verb of commanding after the officer ("Bripka Dwi mengarahkan pedagang …", "Kami
    # mengarahkan …") or opening an item ("Diarahkan panitia …", "…, arahkan warga …")
    rf"|{_OFFICER_BEFORE}(?:{verbs.COMMANDING_ACTIVE})(?!\s+bahwa\b)"
    rf"|(?:^|(?<=[,;:.] ))(?:(?:sdh|sudah|udah|telah|juga|jg)\s+)?(?:{verbs.COMMANDING_PASSIVE})"
    rf"(?!{verbs.SENT_ON})|{verbs.COMMANDING_BARE}"
)

# --- typos forgiven ----------------------------------------------------------------------
# keywords a word one slip away from is read as (fuzzy.correct)
KEYWORDS = (
    "sambang", "cooling", "system", "sistem", "deteksi", "problem", "solving", "patroli",
    "dialogis", "penyuluhan", "binluh", "pengamanan", "senin", "selasa", "kamis", "jumat",
    "sabtu", "minggu", "januari", "februari", "maret", "april", "agustus", "september",
    "oktober", "november", "nopember", "desember", "kondusif", "terkendali", "waspada",
    "himbau", "menghimbau", "mengimbau", "kegiatan", "situasi", "kamtibmas", "tempat",
    "lokasi", "waktu", "sasaran", "keluhan", "harapan", "hasil", "temuan", "pesan",
    "kelurahan", "bhabinkamtibmas",
)  # fmt: skip
# real words that are one slip away from a keyword, and stay as written
NOT_TYPOS = frozenset(
    [
        "senen", "sampang", "sambal", "patrol", "kamis", "hasil", "pesan", "pasar", "dinas",
        "bina", "maret", "april", "tempo", "hasan", "system", "sistem", "lokal", "waktu",
        "kunci", "tempel", "temu", "dialog", "solusi", "minggu", "situ", "pesta", "lokasi",
        "dini", "teman", "pesanan", "harapan", "sasaran", "juli", "juni", "sabun", "kondisi",
        "sambangi", "disambangi", "dihimbau", "diimbau", "situasinya", "tempatnya", "waktunya",
        # everyday words one slip from a keyword: "selama" (selasa), "kami" (kamis), "sabu"
        # (sabtu), "seni" (senin)
        "selama", "kami", "kamu", "sabu", "seni", "sumbang", "timbang", "tambang", "pesantren",
        # a slip from a cue word of fuzzy.slip_of: "sesuai" (seusai), "maling" (malming),
        # "tenang" (tentang)
        "sesuai", "maling", "tenang",
        # a slip from a form of the verbs of appealing or telling: "arak-arakan" (arahkan),
        # "tekanan" (tekankan), "ingatan", "ungkapan", "berkat" (berkata)
        "arakan", "arahan", "tekanan", "ingatan", "ungkapan", "tuturan", "berkat",
    ]
)  # fmt: skip


_CAPITALISED = re.compile(r"[A-Z][a-z]")


def caseless(text: str) -> bool:
    """Whether ``text`` is written without capitalised words (all in lower
    case, all in capitals, or lower case but for an acronym): its capitals
    tell nothing of where a sentence, a name or a place starts."""
    return _CAPITALISED.search(text) is None
