"""Strings of the chat-message paste dialog ("Tempel laporan")."""

STRINGS: dict[str, tuple[str, str]] = {
    "parse.title": ("Tempel laporan", "Paste report"),
    "parse.hint": (
        "Tempel pesan laporan dari Bhabinkamtibmas apa adanya (atau ketik), lalu Ctrl+S. "
        "Kolom yang terisi ditandai untuk diperiksa; yang tidak dikenali masuk uraian.",
        "Paste the Bhabinkamtibmas report message as received (or type it), then Ctrl+S. "
        "Filled fields are marked for review; what is not recognised goes to the narrative.",
    ),
    "parse.key.parse": ("Baca pesan", "Read message"),
    "parse.key.cancel": ("Batal", "Cancel"),
    "parse.keys": ("Ctrl+S baca pesan · Esc batal", "Ctrl+S read message · Esc cancel"),
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
