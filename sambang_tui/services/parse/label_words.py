"""The words of a template's labels, as data: the labels each field is
written under, the head words, participles and fillers a label no table
lists is read by (labels.py), and the emoji that stand for a label."""

from __future__ import annotations

import re

from sambang_tui.services.parse import verbs
from sambang_tui.services.parse.vocabulary import CHAT_SHORT

# the form's own prompt in a field left blank: "(isi)", "(isi pesan kamtibmas)"
FORM_PROMPT = r"\(\s*isi\b[^()]*\)"

# --- template labels ----------------------------------------------------------------
# kind -> labels, lower case, spaces around "/" removed. Kinds: date, time, place,
# activity, audience, message, findings, situation, officer, nrp, role, area, and
# "topic" / "other" for labelled text that is no field of the form (kept in the
# narrative). A label may also be written behind an emoji or a bullet ("📍 Lokasi",
# "a. Tempat", "1) Waktu"); sections.py strips those.
LABELS: dict[str, tuple[str, ...]] = {
    "date": (
        "hari/tanggal", "hari/tgl", "hr/tgl", "hari,tanggal", "hari, tanggal", "hari tanggal",
        "hari/tanggal/jam", "hari/tgl/jam", "tanggal", "tgl", "hari", "waktu pelaksanaan",
        "tanggal/hari", "hari/tgl/waktu", "hari/tanggal/waktu", "hari & tanggal", "hari dan tanggal",
        "kapan", "hari/jam", "tgl/jam",
        # a report written in English words
        "date", "day/date",
    ),
    "time": ("waktu", "jam", "pukul", "pkl", "waktu kegiatan", "jam kegiatan", "time"),
    "place": (
        "tempat", "lokasi", "tkp", "alamat", "tempat kegiatan", "lokasi kegiatan",
        "tempat/lokasi", "lokasi/tempat", "bertempat di", "tempat/alamat", "tmpt", "tmp", "lok",
        "dimana", "di mana",
        "venue", "location", "place",
    ),
    "activity": (
        "kegiatan", "giat", "jenis kegiatan", "uraian kegiatan", "bentuk kegiatan",
        "nama kegiatan", "jenis giat", "uraian", "kegiatan yang dilaksanakan",
        # a 5W1H template's "what": the activity
        "apa",
        "activity", "event",
    ),
    "audience": (
        "sasaran", "dihadiri", "peserta", "yang hadir", "hadir", "jumlah peserta",
        "sasaran kegiatan", "jumlah", "jumlah penonton", "jumlah warga", "jumlah hadir",
        "rumah yang dikunjungi", "yang dikunjungi", "yang ditemui", "warga yang dikunjungi",
        "obyek", "objek", "subjek", "sasaran/peserta", "jumlah sasaran", "yang dihadiri",
        "dihadiri oleh", "diikuti oleh", "diikuti", "peserta kegiatan", "peserta yang hadir",
        "yang ditemui/dikunjungi", "bertemu dengan", "ditemui", "dikunjungi", "ketemu", "ktemu",
        "ktm", "bertemu", "disaksikan", "disaksikan oleh", "para pihak", "pihak", "sumber",
        # a dispute form's witnesses: there, so met (the README's witnesses of an agreement)
        "saksi", "saksi-saksi", "para saksi", "saksi2",
        # its parties, each on a line of its own ("Pihak I : Bpk. X", "Pihak II : Bpk. Y")
        "pihak i", "pihak ii", "pihak 1", "pihak 2", "pihak pertama", "pihak kedua",
        "pihak-pihak", "pihak2",
        "sumber info", "sumber informasi", "narasumber", "narsum", "nara sumber",
        "pihak hadir", "pihak yang hadir", "pihak yg hadir", "hadirin", "attendees", "participants",
        # a verb of meeting with its "with" ("Bertemu dgn :", "Dialog dgn:", "Ketemu ame :")
        "bertemu dgn", "ketemu dengan", "ketemu dgn", "ketemu sama", "ketemu ama", "ketemu ame",
        "ktm dgn", "ktm dengan", "dialog dengan", "dialog dgn", "berdialog dengan", "berdialog dgn",
        "ngobrol dengan", "ngobrol dgn", "ngobrol sama", "berbincang dengan", "berbincang dgn",
        # a 5W1H template's "who": the officer and whom he met
        "siapa",
        "audience", "met", "people met",
    ),
    "message": (
        "pesan kamtibmas", "pesan", "himbauan", "himbauan kamtibmas", "pesan dan himbauan",
        "pesan & himbauan", "pesan dan himbauan kamtibmas", "pesan/himbauan", "pesan himbauan",
        "pesan-pesan kamtibmas", "imbauan", "imbauan kamtibmas", "pesan yang disampaikan",
        "himbauan yang disampaikan", "pesan kamtibmas yang disampaikan", "himbau", "imbau",
        "key message", "key messages", "message",
    ),
    "findings": (
        "hasil", "hasil kegiatan", "hasil giat", "hasil yang dicapai", "hasil sambang",
        "temuan", "temuan di lapangan", "hasil temuan", "permasalahan", "masalah",
        "fakta", "fakta-fakta", "fakta fakta", "keluhan", "keluhan warga", "harapan",
        "harapan warga", "keluhan/harapan", "keluhan & harapan", "kendala", "informasi",
        "info", "informasi yang didapat", "informasi yang diperoleh", "hasil pertemuan",
        "kesepakatan", "tanggapan warga", "masukan warga", "aspirasi", "aspirasi warga",
        "hasil yang diperoleh", "hasil mediasi", "hasil dds", "hasil deteksi",
        "pokok permasalahan", "inti permasalahan", "issue", "feedback", "feedback warga",
        # what the people met agreed (the held-out README's ruling)
        "kesimpulan", "hasil rapat", "hasil musyawarah", "kesepakatan warga",
        # a report written in English words: what was heard at the meeting
        "notes", "key points", "key point", "findings", "result", "results", "outcome",
        "point penting", "poin penting",
    ),
    "situation": (
        "situasi", "situasi kamtibmas", "sit", "sitkamtibmas", "kondisi", "keadaan",
        "situasi akhir", "kondisi kamtibmas", "sit kamtibmas", "situasi wilayah", "ket",
        # the officer's judgement: it only sets the situation (the held-out README's ruling)
        "analisa", "analisis", "pendapat", "pendapat pelapor", "penilaian",
    ),
    "officer": (
        "nama", "pelapor", "personil", "personel", "petugas", "nama personil", "pelaksana",
        "yang melaksanakan", "anggota", "nama/pangkat", "pangkat/nama", "nama/pangkat/nrp",
        "pangkat/nama/nrp", "nama pelapor", "nama petugas", "bhabinkamtibmas",
    ),
    "nrp": ("nrp", "nrp/nip"),
    "role": ("jabatan",),
    "area": (
        "kelurahan", "kel", "desa/kelurahan", "kelurahan/desa", "wilayah", "wilayah binaan",
        "kelurahan binaan",
    ),
    # the talk's subject ("Materi : bahaya narkoba") is no appeal
    "topic": ("materi", "materi penyuluhan", "tema", "topik", "materi binluh"),
    # labelled text that fills nothing: an assessment, a recommendation, a step taken
    "other": (
        "saran", "tindakan", "saran/tindakan", "saran tindak",
        "langkah yang diambil", "langkah-langkah", "tindak lanjut", "langkah", "catatan", "dokumentasi",
        "cara mendapatkan", "cara mendapat informasi", "keramaian",
    ),
}  # fmt: skip


# a label's words as chat shortens them: the cue words', and "kegiatan" as "giat", "dan" as "&"
_LABEL_SHORT = {**CHAT_SHORT, "kegiatan": "giat", "dan": "&", "bertemu": "ketemu"}


def _label_short_forms(labels: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """``labels`` with each label as chat shortens its words too ("tempat giat", "keluhan wrg",
    "yg hadir"), unless that form is another label already."""
    written = {label for kind in labels.values() for label in kind}
    long = re.compile(r"\b(" + "|".join([*_LABEL_SHORT]) + r")\b")
    out: dict[str, tuple[str, ...]] = {}
    for kind, kind_labels in labels.items():
        short = (long.sub(lambda m: _LABEL_SHORT[m.group(1)], label) for label in kind_labels)
        out[kind] = kind_labels + tuple(dict.fromkeys(s for s in short if s not in written))
    return out


LABELS = _label_short_forms(LABELS)

# a label no table lists, read by its words (labels.label_kind): one head word names the
# field ("Tgl giat", "Kondisi wilayah", "Tempat pelaksanaan"), a past participle names it when
# no head does ("Yang disampaikan", "Yg didapat"), and the fillers around them change nothing.
# A word of none of the three ("Kondisi jalan", "Yang disampaikan warga") leaves the label
# unknown.
LABEL_HEADS: dict[str, tuple[str, ...]] = {
    "date": ("hari", "hr", "tanggal", "tgl", "tang", "tggl"),
    "time": ("waktu", "jam", "pukul", "pkl", "jm"),
    "place": ("tempat", "tmpt", "tmp", "lokasi", "lok", "tkp", "alamat"),
    "activity": ("jenis", "bentuk", "uraian"),
    "audience": ("sasaran", "peserta", "hadirin"),
    "message": (
        "pesan",
        "pesen",
        "himbauan",
        "imbauan",
        "himbau",
        "imbau",
        "amanat",
        "nasehat",
        "nasihat",
        "anjuran",
        # a verb of directing written as the label: "Himbau :", "Tekankan :"
        *verbs.DIRECTING_BARE.split("|"),
        *verbs.COMMANDING_BARE.split("|"),
    ),
    "findings": (
        "hasil",
        "temuan",
        "keluhan",
        "aspirasi",
        "kendala",
        "masalah",
        "permasalahan",
        "fakta",
        "masukan",
        "tanggapan",
    ),
    "situation": ("situasi", "sitkamtibmas", "sikon", "kondisi", "keadaan", "suasana"),
}
LABEL_PARTICIPLES: dict[str, tuple[str, ...]] = {
    "message": (
        "disampaikan",
        "diberikan",
        "dipesankan",
        "dihimbaukan",
        "diimbaukan",
        "penyampaian",
    ),
    "findings": ("didapat", "didapatkan", "diperoleh", "ditemukan", "dicapai", "dihasilkan"),
    "audience": ("ditemui", "dikunjungi", "disambangi", "dijumpai", "didatangi"),
}
LABEL_FILLERS = frozenset(
    [
        "giat", "kegiatan", "kgt", "acara", "yang", "yg", "di", "pada", "pd", "saat",
        "dalam", "dlm", "selama", "wilayah", "wil", "lingkungan", "lapangan", "setempat",
        "sekitar", "dilaksanakan", "dilakukan", "pelaksanaan", "sambang", "sambangan",
        "kunjungan", "kamtibmas", "kamtib", "umum", "terkini", "terakhir", "akhir",
        "singkat", "secara", "nya",
    ]
)  # fmt: skip

# an emoji standing for the label it replaces: "📍 Masjid Al Huda, Jl. …", "⏰ 15.30 wib"
EMOJI_LABELS: dict[str, str] = {
    "📍": "place", "🗓": "date", "📅": "date", "📆": "date", "⏰": "time",
    "🕐": "time", "⌚": "time", "🕒": "time", "🕘": "time", "👥": "audience", "💬": "message",
    "📢": "message",
}  # fmt: skip
