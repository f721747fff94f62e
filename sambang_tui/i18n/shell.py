"""Strings of the app shell: navigation, header, help, palette, errors."""

STRINGS: dict[str, tuple[str, str]] = {
    "nav.help": ("Bantuan", "Help"),
    "nav.home": ("Beranda", "Home"),
    "nav.jadwal": ("Jadwal", "Schedule"),
    "nav.entry": ("Input cepat", "Quick entry"),
    "nav.list": ("Daftar laporan", "Reports"),
    "nav.rekap": ("Rekap", "Recap"),
    "nav.master": ("Data induk", "Master data"),
    "nav.quit": ("Keluar", "Quit"),
    "nav.palette": ("Perintah", "Commands"),
    "nav.back": ("Kembali", "Back"),
    "shell.restored": (
        "Basis data baru saja dipulihkan dari cadangan oleh admin: data dimuat ulang. Formulir "
        "yang sedang diisi belum tersimpan di basis data ini; periksa sebelum menyimpan.",
        "The database was just restored from a backup by an admin: the data is reloaded. A form "
        "being typed is not saved in this database; check it before saving.",
    ),
    "shell.readonly": (
        "Login '{user}' belum terdaftar sebagai personel: mode hanya-baca.",
        "Login '{user}' is not mapped to an officer: read-only mode.",
    ),
    "shell.too_small": (
        "Terminal terlalu kecil ({w}×{h}).\nPerbesar terminal ke minimal 80×24.",
        "Terminal too small ({w}×{h}).\nEnlarge the terminal to at least 80×24.",
    ),
    "shell.placeholder": ("Bagian ini sedang dibangun.", "This section is being built."),
    "shell.error": ("Terjadi kesalahan: {message}", "Something went wrong: {message}"),
    "shell.error_logged": (
        "Terjadi kesalahan tak terduga ({name}). Rincian dicatat di log: {path}",
        "An unexpected error occurred ({name}). Details were logged to {path}",
    ),
    "shell.fatal": (
        "Sambang berhenti karena kesalahan tak terduga. Rincian dicatat di log: {path}",
        "Sambang stopped after an unexpected error. Details were logged to {path}",
    ),
    "shell.backup_done": ("Cadangan harian dibuat: {path}", "Daily backup written: {path}"),
    "shell.quit_confirm": (
        "Ada isian yang belum disimpan dan akan hilang bila keluar (laporan yang "
        "sedang diketik tetap disimpan sebagai draf). Tetap keluar?",
        "Something typed is not saved and will be lost (a report being typed is kept "
        "as a draft). Quit anyway?",
    ),
    "shell.quit_drafts": (
        "Laporan yang sedang diketik belum disimpan; isinya disimpan sebagai draf dan "
        "ditawarkan lagi saat formulirnya dibuka. Keluar?",
        "The report being typed is not saved; it is kept as a draft and offered "
        "again when its form opens. Quit?",
    ),
    "shell.quit_yes": ("Keluar (y, Ctrl+Q)", "Quit (y, Ctrl+Q)"),
    "shell.quit_no": ("Kembali (n, Esc)", "Back (n, Esc)"),
    # command palette
    "palette.section": ("Buka {name}", "Open {name}"),
    "palette.placeholder": ("Cari perintah…", "Search for commands…"),
    "palette.no_match": ("Tidak ada yang cocok", "No matches found"),
    "palette.k.close": ("Tutup", "Close"),
    "palette.k.first": ("Ke atas", "Go to top"),
    "palette.k.last": ("Ke bawah", "Go to bottom"),
    "palette.k.down": ("Perintah berikut", "Next command"),
    "palette.k.up": ("Perintah sebelumnya", "Previous command"),
    "palette.k.page_down": ("Halaman berikut", "Next page"),
    "palette.k.page_up": ("Halaman sebelumnya", "Previous page"),
    "palette.section_help": ("Bagian {name} ({fkey})", "Section {name} ({fkey})"),
    "palette.drafts": ("Draf yang belum disimpan", "Unsaved drafts"),
    "palette.drafts_help": (
        "Buka atau buang draf yang ditinggal untuk nanti atau dari sesi yang terputus",
        "Open or discard drafts left for later or by a session that ended",
    ),
    "palette.help": ("Bantuan layar ini", "Help for this screen"),
    "palette.help_help": ("Penjelasan dan daftar tombol (F1)", "Explanation and key list (F1)"),
    "palette.quit": ("Keluar dari Sambang", "Quit Sambang"),
    "palette.theme": ("Tema: ganti ke {name}", "Theme: switch to {name}"),
    "palette.theme_help": ("Warna tampilan", "Display colours"),
    "palette.compact_on": ("Mode ringkas: nyalakan", "Compact mode: on"),
    "palette.compact_off": ("Mode ringkas: matikan", "Compact mode: off"),
    "palette.compact_help": (
        "Tampilan lebih rapat untuk terminal kecil",
        "A tighter layout for small terminals",
    ),
    "palette.lang": ("Bahasa: English", "Language: Bahasa Indonesia"),
    "palette.lang_help": (
        "Disimpan di pengaturan; berlaku penuh setelah mulai ulang",
        "Saved in the settings; fully applied after a restart",
    ),
    "palette.lang_saved": (
        "Bahasa disimpan. Mulai ulang Sambang agar semua teks berganti.",
        "Language saved. Restart Sambang to change every text.",
    ),
    "palette.screen_action": ("{name}", "{name}"),
    "palette.screen_action_help": ("Layar ini · tombol {fkey}", "This screen · key {fkey}"),
    "theme.default": ("Sambang (bawaan)", "Sambang (default)"),
    "theme.ansi": ("16 warna ANSI", "16 ANSI colours"),
    # help screen
    "help.title": ("Bantuan — {screen}", "Help — {screen}"),
    "help.screen_keys": ("Tombol di layar ini", "Keys on this screen"),
    "help.global_keys": ("Tombol di mana saja", "Keys everywhere"),
    "help.close": ("Tutup bantuan", "Close help"),
    "help.none": (
        "Belum ada penjelasan untuk layar ini.",
        "No explanation for this screen yet.",
    ),
    "help.palette_key": (
        "Palet perintah: semua perintah yang berlaku",
        "Command palette: every command that applies",
    ),
    "help.back_key": ("Kembali / batal", "Back / cancel"),
    "help.tab_key": ("Pindah ke isian berikut / sebelumnya", "Next / previous field"),
    "help.shell": (
        "Sambang dipakai penuh dengan papan ketik. Tiap bagian punya satu tombol "
        "fungsi; Ctrl+P membuka palet perintah yang menawarkan semua perintah yang "
        "berlaku di layar ini. Isian yang sedang diketik disimpan otomatis sebagai draf.",
        "Sambang is used entirely from the keyboard. Each section has one function "
        "key; Ctrl+P opens the command palette with every command that applies on "
        "this screen. Forms being typed are saved automatically as drafts.",
    ),
    # modals
    "confirm.yes": ("Ya (y)", "Yes (y)"),
    "confirm.no": ("Tidak (n)", "No (n)"),
    "note.title": ("Catatan", "Note"),
    "note.placeholder": ("Tulis catatan…", "Write a note…"),
    "note.required": ("Catatan wajib diisi.", "A note is required."),
    "note.ok": ("Simpan (Ctrl+S)", "Save (Ctrl+S)"),
}
