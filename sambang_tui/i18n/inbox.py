"""Strings of the Kotak masuk (F8): the queue of reports imported from the
Bhabins' WhatsApp group, its import dialog and the form opened from it."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.inbox": ("Kotak masuk", "Inbox"),
    "inbox.help": (
        "Kotak masuk: laporan dari ekspor chat WhatsApp grup Bhabinkamtibmas. Di WhatsApp "
        "buka grup › ⋮ › Lainnya › Ekspor chat (dengan media), simpan zip-nya di komputer ini, "
        "lalu tekan i dan pilih berkasnya (Tab atau → melengkapi nama berkas). Setiap pesan laporan "
        "menjadi satu baris; obrolan, salam, 'siap', '86' dan stiker dilewati. Impor ulang "
        "hanya menambah pesan baru. Enter membuka formulir yang sudah terisi dari pesan — "
        "kolom bertanda periksa dibaca dari pesan — dengan pesan aslinya dan nama fotonya; "
        "Ctrl+S menyimpan laporan, melampirkan fotonya, lalu membuka pesan berikutnya. Pesan "
        "berisi dua kegiatan dibuka dua kali, satu laporan per kegiatan. x mengabaikan pesan "
        "dengan alasan, u mengembalikannya. 'sudah diinput?' berarti ada laporan petugas yang "
        "sama, tanggal dan kelurahan yang sama dengan isi mirip.",
        "Inbox: reports from the WhatsApp export of the Bhabinkamtibmas group. In WhatsApp "
        "open the group › ⋮ › More › Export chat (include media), save the zip on this "
        "computer, then press i and choose the file (Tab or → completes the path). Each "
        "report message becomes one row; chatter, greetings, 'siap', '86' and stickers are "
        "left out. Importing again adds only new messages. Enter opens the form filled from "
        "the message — fields marked periksa were read from it — beside the original message "
        "and its photo names; Ctrl+S saves the report, attaches the photos and opens the next "
        "message. A message with two activities opens twice, one report each. x ignores a "
        "message with a reason, u brings it back. 'entered?' means a report of the same "
        "officer, day and kelurahan with similar text exists.",
    ),
    "inbox.key.open": ("Buka", "Open"),
    "inbox.key.import": ("Impor", "Import"),
    "inbox.key.ignore": ("Abaikan", "Ignore"),
    "inbox.key.restore": ("Kembalikan", "Restore"),
    "inbox.key.filter": ("Saring", "Filter"),
    "inbox.key.reload": ("Muat ulang", "Reload"),
    "inbox.key.next_page": ("Hal. berikut", "Next page"),
    "inbox.key.prev_page": ("Hal. sebelumnya", "Previous page"),
    "inbox.key.message": ("Pesan", "Message"),
    "inbox.col.when": ("Waktu", "Sent"),
    "inbox.col.sender": ("Pengirim", "Sender"),
    "inbox.col.kelurahan": ("Kelurahan", "Kelurahan"),
    "inbox.col.types": ("Jenis", "Types"),
    "inbox.col.photos": ("Foto", "Photos"),
    "inbox.col.state": ("Status", "State"),
    "inbox.state.baru": ("baru", "new"),
    "inbox.state.dibuka": ("dibuka", "opened"),
    "inbox.state.disimpan": ("disimpan", "saved"),
    "inbox.state.diabaikan": ("diabaikan", "ignored"),
    "inbox.entered": ("sudah diinput?", "entered?"),
    "inbox.filter.open": ("terbuka", "open"),
    "inbox.filter.all": ("semua", "all"),
    "inbox.summary": (
        "Baru {baru} · Dibuka {dibuka} · Disimpan {disimpan} · Diabaikan {diabaikan} │ "
        "tampil: {filter}",
        "New {baru} · Opened {dibuka} · Saved {disimpan} · Ignored {diabaikan} │ showing: {filter}",
    ),
    "inbox.page": ("hal. {page}", "page {page}"),
    "inbox.loading": ("Memuat …", "Loading …"),
    "inbox.empty": (
        "Kotak masuk kosong. Tekan i untuk mengimpor ekspor chat WhatsApp.",
        "The inbox is empty. Press i to import a WhatsApp chat export.",
    ),
    "inbox.empty_filter": (
        "Tidak ada pesan berstatus ini. f mengganti saringan.",
        "No message in this state. f changes the filter.",
    ),
    "inbox.preview.none": ("", ""),
    "inbox.preview.reason": ("Diabaikan: {reason}", "Ignored: {reason}"),
    "inbox.preview.saved": ("Disimpan: {numbers}", "Saved: {numbers}"),
    "inbox.preview.entered": (
        "Mungkin sudah diinput sebagai {number}",
        "Possibly entered already as {number}",
    ),
    "inbox.nothing": ("Pilih pesan dulu.", "Choose a message first."),
    "inbox.held_by_other": (
        "Pesan ini sudah dibuka oleh {who} di meja lain dan belum disimpan: pastikan tidak "
        "dikerjakan dua kali.",
        "{who} opened this message at another desk and has not saved it yet: make sure it is "
        "not entered twice.",
    ),
    "inbox.saved_item": (
        "Pesan ini sudah disimpan sebagai {numbers}.",
        "This message was saved as {numbers}.",
    ),
    "inbox.ignored_item": (
        "Pesan ini diabaikan ({reason}). u mengembalikannya ke antrean.",
        "This message was ignored ({reason}). u brings it back.",
    ),
    "inbox.saved_not_ignored": (
        "Pesan ini sudah disimpan sebagai laporan; tidak dapat diabaikan.",
        "This message was saved as a report; it cannot be ignored.",
    ),
    "inbox.not_ignored": ("Pesan ini tidak diabaikan.", "This message is not ignored."),
    "inbox.ignore_title": (
        "Abaikan pesan dari {sender} — alasannya:",
        "Ignore the message from {sender} — why:",
    ),
    "inbox.ignore_default": ("bukan laporan kegiatan", "not an activity report"),
    "inbox.ignored": ("Pesan diabaikan.", "Message ignored."),
    "inbox.restored": ("Pesan kembali ke antrean.", "Message back in the queue."),
    "inbox.done": (
        "Semua pesan di Kotak masuk sudah ditangani.",
        "Every message in the inbox has been handled.",
    ),
    "inbox.imported": (
        "{new} laporan baru di Kotak masuk ({already} sudah ada, {entered} mungkin sudah "
        "diinput, {photos} foto) dari {messages} pesan.",
        "{new} new reports in the inbox ({already} already there, {entered} possibly entered, "
        "{photos} photos) from {messages} messages.",
    ),
    "inbox.readonly": (
        "Login '{user}' hanya dapat melihat Kotak masuk.",
        "Login '{user}' can only view the inbox.",
    ),
    # the form opened from an item
    "inbox.form.help": (
        "Formulir dari Kotak masuk. Kolom bertanda periksa dibaca dari pesan di atas (di "
        "sampingnya pada terminal lebar); periksa dan lengkapi, lalu Ctrl+S menyimpan "
        "laporan, melampirkan foto pesan itu dan membuka laporan atau pesan berikutnya. "
        "Esc kembali ke antrean; yang sudah diketik tetap tersimpan sebagai draf. Ctrl+O "
        "memperbesar atau mengecilkan pesan. Cara mengisi kolom sama seperti Input cepat (F4).",
        "The form opened from the inbox. Fields marked periksa were read from the message "
        "above (beside it on a wide terminal); check and complete them, then Ctrl+S saves "
        "the report, attaches the message's photos and opens the next report or message. "
        "Esc goes back to the queue; what was typed stays as a draft. Ctrl+O makes the "
        "message taller or shorter. Fields are filled as in Quick entry (F4).",
    ),
    "inbox.form.source": (
        "Pesan {sender} · {when}{part}",
        "Message from {sender} · {when}{part}",
    ),
    "inbox.form.part": (" · laporan {n} dari {count}", " · report {n} of {count}"),
    "inbox.form.photos": ("Foto ({count}): {names}", "Photos ({count}): {names}"),
    "inbox.form.no_photos": ("Tanpa foto", "No photos"),
    "inbox.form.photo_missing": (" (hilang)", " (missing)"),
    "inbox.form.entered": (
        "⚠ Mungkin sudah diinput: {number}",
        "⚠ Possibly entered already: {number}",
    ),
    "inbox.form.status": (
        "Dari Kotak masuk: pesan #{item}{part}",
        "From the inbox: message #{item}{part}",
    ),
    # import dialog
    "inbox.import.title": ("Impor ekspor chat WhatsApp", "Import a WhatsApp chat export"),
    "inbox.import.path": ("Berkas", "File"),
    "inbox.import.since": ("Sejak", "Since"),
    "inbox.import.since_placeholder": (
        "tanggal (kosong: semua pesan)",
        "date (empty: every message)",
    ),
    "inbox.import.hint": (
        "Enter periksa · Ctrl+S impor · Tab/→ lengkapi path · Esc tutup",
        "Enter check · Ctrl+S import · Tab/→ complete the path · Esc close",
    ),
    "inbox.import.run": ("Impor", "Import"),
    "inbox.import.check": ("Periksa", "Check"),
    "inbox.import.close": ("Tutup", "Close"),
    "inbox.import.no_path": (
        "Isi path berkas .zip atau .txt.",
        "Enter the path of the .zip or .txt file.",
    ),
    "inbox.import.checking": ("Memeriksa …", "Checking …"),
    "inbox.import.running": ("Mengimpor …", "Importing …"),
    "inbox.import.read": ("Membaca pesan … {n}", "Reading messages … {n}"),
    "inbox.import.parse": ("Membaca laporan … {n}", "Reading reports … {n}"),
    "inbox.import.folder": ("Isi {folder}:", "In {folder}:"),
    "inbox.import.no_match": ("(tidak ada yang cocok)", "(nothing matches)"),
    "inbox.import.more": ("… {n} lagi", "… {n} more"),
    "inbox.import.result": (
        "{messages} pesan ({system} baris sistem): {reports} laporan, {chatter} obrolan.\n"
        "{verb} {new} · sudah ada {already} · mungkin sudah diinput {entered} · foto {photos}",
        "{messages} messages ({system} system lines): {reports} reports, {chatter} chatter.\n"
        "{verb} {new} · already there {already} · possibly entered {entered} · photos {photos}",
    ),
    "inbox.import.would": ("akan baru", "would be new"),
    "inbox.import.new": ("baru", "new"),
    "inbox.import.dry_note": (
        "Baru diperiksa, belum disimpan: Ctrl+S untuk mengimpor.",
        "Only checked, nothing saved: Ctrl+S imports.",
    ),
}
