"""Messages of services/inbox: a WhatsApp chat export read and its queue."""

STRINGS: dict[str, tuple[str, str]] = {
    "inbox.err.binary": (
        "{name} berisi data biner (baris {line}): ini bukan ekspor chat WhatsApp.",
        "{name} holds binary data (line {line}): this is not a WhatsApp chat export.",
    ),
    "inbox.err.not_utf": (
        "{name} bukan teks UTF-8 atau UTF-16 (rusak di sekitar baris {line}). "
        "Ekspor ulang chat dari WhatsApp.",
        "{name} is not UTF-8 or UTF-16 text (damaged around line {line}). "
        "Export the chat from WhatsApp again.",
    ),
    "inbox.err.no_file": ("Berkas {name} tidak ada.", "The file {name} does not exist."),
    "inbox.err.is_folder": (
        "{name} adalah folder; pilih berkas .zip atau .txt ekspor chat.",
        "{name} is a folder; pick the chat export's .zip or .txt file.",
    ),
    "inbox.err.unreadable": (
        "Berkas {name} tidak dapat dibaca (periksa hak aksesnya).",
        "The file {name} cannot be read (check its permissions).",
    ),
    "inbox.err.empty": ("Berkas {name} kosong.", "The file {name} is empty."),
    "inbox.err.too_big": (
        "Berkas {name} terlalu besar untuk satu ekspor chat ({mb} MB, maksimal {max} MB).",
        "The file {name} is too large for one chat export ({mb} MB, at most {max} MB).",
    ),
    "inbox.err.bad_zip": (
        "Berkas {name} bukan zip yang utuh ({reason}).",
        "The file {name} is not a whole zip ({reason}).",
    ),
    "inbox.err.zip_entries": (
        "Zip {name} berisi {n} berkas; ekspor chat berisi paling banyak {max}. Zip ini ditolak.",
        "The zip {name} holds {n} files; a chat export holds at most {max}. This zip is refused.",
    ),
    "inbox.err.zip_path": (
        "Zip {name} berisi entri berbahaya '{entry}' (path dengan '..' atau path absolut). "
        "Zip ini ditolak; tidak ada yang diimpor.",
        "The zip {name} holds a dangerous entry '{entry}' (a path with '..' or an absolute "
        "path). This zip is refused; nothing was imported.",
    ),
    "inbox.err.zip_total": (
        "Zip {name} membengkak lebih dari {gb} GB saat dibuka (zip bomb?). Zip ini ditolak.",
        "The zip {name} swells past {gb} GB when opened (a zip bomb?). This zip is refused.",
    ),
    "inbox.err.zip_ratio": (
        "Entri '{entry}' di zip {name} membengkak {ratio}× saat dibuka (zip bomb?). "
        "Zip ini ditolak.",
        "The entry '{entry}' in the zip {name} swells {ratio}× when opened (a zip bomb?). "
        "This zip is refused.",
    ),
    "inbox.err.zip_no_chat": (
        "Zip {name} tidak berisi teks chat WhatsApp (berkas .txt). Pilih zip dari "
        "'Ekspor chat' WhatsApp.",
        "The zip {name} holds no WhatsApp chat text (a .txt file). Pick a zip made by "
        "WhatsApp's 'Export chat'.",
    ),
    "inbox.err.chat_too_big": (
        "Teks chat di {name} terlalu besar ({mb} MB, maksimal {max} MB).",
        "The chat text in {name} is too large ({mb} MB, at most {max} MB).",
    ),
    "inbox.err.not_chat": (
        "{name} bukan ekspor chat WhatsApp: tidak ada baris yang diawali tanggal dan jam "
        "(mis. '02/12/24 10.41 - Nama: pesan'). Di WhatsApp: buka grup, ⋮ › Lainnya › Ekspor chat.",
        "{name} is not a WhatsApp chat export: no line starts with a date and time "
        "(e.g. '02/12/24 10.41 - Name: message'). In WhatsApp: open the group, ⋮ › More › "
        "Export chat.",
    ),
    "inbox.err.photo_unreadable": (
        "Foto {name} di ekspor tidak dapat dibaca ({reason}).",
        "The photo {name} in the export cannot be read ({reason}).",
    ),
    "inbox.err.photo_damaged": (
        "Foto {name} di zip rusak ({reason}).",
        "The photo {name} in the zip is damaged ({reason}).",
    ),
    "inbox.err.photo_too_large": ("Foto terlalu besar.", "The photo is too large."),
    "inbox.err.item_not_found": (
        "Pesan #{id} tidak ada di Kotak masuk (mungkin sudah dihapus).",
        "Message #{id} is not in the Inbox (perhaps deleted).",
    ),
    "inbox.err.reason_required": (
        "Alasan wajib diisi (mis. 'bukan laporan', 'sudah diinput').",
        "A reason is required (e.g. 'not a report', 'already entered').",
    ),
    "inbox.err.reason_too_long": (
        "Alasan terlalu panjang ({n} karakter, maksimal 250).",
        "The reason is too long ({n} characters, at most 250).",
    ),
    "inbox.err.already_report": (
        "Pesan ini sudah disimpan sebagai laporan.",
        "This message has already been saved as a report.",
    ),
    "inbox.err.ignored": (
        "Pesan ini sudah diabaikan; kembalikan dulu ke antrean (tombol u).",
        "This message has been ignored; put it back in the queue first (key u).",
    ),
    "inbox.err.no_part": (
        "Pesan ini memuat {n} laporan; bagian {part} tidak ada.",
        "This message holds {n} reports; there is no part {part}.",
    ),
    "inbox.err.saved_elsewhere": (
        "Laporan dari pesan ini sudah disimpan ({number}), mungkin oleh desk lain.",
        "The report from this message has already been saved ({number}), perhaps by another desk.",
    ),
    "inbox.warn.photo_not_attached": (
        "Foto {name} tidak dilampirkan: {reason}",
        "Photo {name} not attached: {reason}",
    ),
}
