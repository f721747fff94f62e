"""Strings of the chat-message paste dialog ("Tempel laporan")."""

STRINGS: dict[str, tuple[str, str]] = {
    "parse.title": ("Tempel laporan", "Paste report"),
    "parse.hint": (
        "Tempel pesan laporan dari Bhabinkamtibmas apa adanya (atau ketik), lalu Ctrl+S. "
        "Kolom yang terisi, dan yang disebut pesan tetapi meragukan (dibiarkan kosong), "
        "ditandai untuk diperiksa; yang tidak dikenali masuk uraian.",
        "Paste the Bhabinkamtibmas report message as received (or type it), then Ctrl+S. "
        "Filled fields, and those the message speaks of too vaguely (left empty), are "
        "marked for review; what is not recognised goes to the narrative.",
    ),
    "parse.key.parse": ("Baca pesan", "Read message"),
    "parse.key.cancel": ("Batal", "Cancel"),
    "parse.key.clear": ("Kosongkan", "Clear"),
    "parse.keys": (
        "Ctrl+S baca pesan · Ctrl+L kosongkan · Esc batal",
        "Ctrl+S read message · Ctrl+L clear · Esc cancel",
    ),
    "parse.several": (
        "Pesan ini berisi {count} kegiatan, masing-masing satu laporan: pilih satu dengan "
        "Enter. Sisanya dapat diambil lewat Ctrl+T lagi setelah laporan ini disimpan.",
        "This message tells {count} activities, one report each: pick one with Enter. "
        "Take the others with Ctrl+T again after saving this one.",
    ),
    "parse.taken": ("✓ sudah diambil", "✓ already taken"),
    "parse.remembered": (
        "Pesan sebelumnya ({count} kegiatan, {left} belum diambil): Ctrl+S untuk memilih, "
        "Ctrl+L untuk menempel pesan lain.",
        "The previous message ({count} activities, {left} not taken yet): Ctrl+S to pick, "
        "Ctrl+L to paste another message.",
    ),
    "parse.empty": (
        "Pesan masih kosong: tempel atau ketik pesannya dulu.",
        "The message is empty: paste or type it first.",
    ),
    "parse.reading": ("Membaca pesan …", "Reading the message …"),
    "parse.nothing": (
        "Tidak ada kolom yang dikenali; pesan dimasukkan ke uraian.",
        "No field recognised; the message goes to the narrative.",
    ),
    "parse.failed": ("Pesan tidak dapat dibaca: {error}", "The message could not be read: {error}"),
    "parse.filled": (
        "{count} kolom terisi dari pesan; periksa sebelum menyimpan.",
        "{count} fields filled from the message; review before saving.",
    ),
}
