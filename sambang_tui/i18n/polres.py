"""Strings of the Polres view: the recap of every Polsek side by side and
moving between Polsek (a reader of a database that holds several)."""

STRINGS: dict[str, tuple[str, str]] = {
    "polres.title": ("Rekap Polres", "Polres recap"),
    "polres.help": (
        "Rekap jajaran Polres: setiap Polsek yang dapat dibaca login ini berdampingan untuk "
        "satu minggu ('w') atau satu bulan ('b'); '[' dan ']' ke periode sebelum/berikutnya. "
        "Kolom: Lap. laporan, Ren. rencana (tidak dibatalkan), Ter. terlaksana, %Re realisasi, "
        "RW kunj. RW yang dikunjungi dari seluruh RW, Msl masalah yang masih terbuka di akhir "
        "periode, Krg personel KURANG (tanpa laporan dalam periode). Enter membuka rekap "
        "Polsek di kursor (aplikasi pindah ke Polsek itu, hanya-baca); 'x' mengekspor surat "
        "rekap kepada Kapolres (PDF, DOCX, CSV, teks). Pindah Polsek kapan saja: Ctrl+P › "
        "Ganti Polsek. Hanya untuk login pembaca Polres; personel bekerja di Polsek-nya.",
        "Polres recap: every Polsek this login may read, side by side, for a week ('w') or a "
        "month ('b'); '[' and ']' step to the previous/next period. Columns: Rep. reports, "
        "Pln. plans (not cancelled), Done, %Dn realisation, RW vis. RWs visited of all RWs, "
        "Prb problems still open at the period's end, Low officers KURANG (no report in the "
        "period). Enter opens the recap of the Polsek under the cursor (the app moves to it, "
        "read-only); 'x' exports the recap letter to the Kapolres (PDF, DOCX, CSV, text). "
        "Move to another Polsek any time: Ctrl+P › Switch Polsek. For a Polres reader's "
        "login only; officers work in their own Polsek.",
    ),
    "polres.summary": (
        "{kind}: {label} · {stations} Polsek · {reports} laporan",
        "{kind}: {label} · {stations} Polsek · {reports} reports",
    ),
    "polres.legend": (
        "Enter buka · Ren. rencana · Ter. terlaksana · %Re realisasi · Msl masalah · Krg KURANG",
        "Enter open · Pln. plans · Done · %Dn realised · Prb open problems · Low KURANG",
    ),
    "polres.col.station": ("Polsek", "Polsek"),
    "polres.col.reports": ("Lap.", "Rep."),
    "polres.col.plans": ("Ren.", "Pln."),
    "polres.col.done": ("Ter.", "Done"),
    "polres.col.pct": ("%Re", "%Dn"),
    "polres.col.rw": ("RW kunj.", "RW vis."),
    "polres.col.problems": ("Msl", "Prb"),
    "polres.col.kurang": ("Krg", "Low"),
    "polres.key.recap": ("Semua Polsek", "All Polsek"),
    "polres.key.reload": ("Muat ulang", "Reload"),
    "polres.export": ("rekap Polres", "Polres recap"),
    "polres.pick.title": ("Ganti Polsek", "Switch Polsek"),
    "polres.pick.hint": (
        "↑/↓ pilih · Enter buka (hanya-baca) · Esc batal",
        "↑/↓ choose · Enter open (read-only) · Esc cancel",
    ),
    "polres.pick.close": ("Tutup", "Close"),
    "polres.palette.switch": ("Ganti Polsek…", "Switch Polsek…"),
    "polres.palette.switch_help": (
        "baca Polsek lain di basis data ini (hanya-baca)",
        "read another Polsek of this database (read-only)",
    ),
    "polres.palette.recap": ("Rekap Polres: semua Polsek", "Polres recap: every Polsek"),
    "polres.palette.recap_help": (
        "setiap Polsek berdampingan untuk satu minggu atau bulan",
        "every Polsek side by side for a week or a month",
    ),
    "polres.moved": ("Sekarang membaca {station}.", "Now reading {station}."),
    "polres.one_station": (
        "Basis data ini hanya berisi satu Polsek.",
        "This database holds one Polsek only.",
    ),
    "polres.officer_only_own": (
        "Personel bekerja di Polsek-nya sendiri; rekap Polres untuk login pembaca Polres.",
        "Officers work in their own Polsek; the Polres recap is for a Polres reader's login.",
    ),
}
