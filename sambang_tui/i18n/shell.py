"""Strings of the app shell: navigation, header, help, quitting."""

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
}
