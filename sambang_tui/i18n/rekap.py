"""Strings of F6 Rekap, the export dialog and the Humas release editor."""

STRINGS: dict[str, tuple[str, str]] = {
    "rekap.help": (
        "Rekap kegiatan satu periode, dihitung langsung oleh basis data. Periode: 'd' hari, "
        "'w' minggu (awal: minggu penuh terakhir), 'b' bulan, 'c' rentang tanggal, 'p' operasi; "
        "'[' dan ']' ke periode sebelum/berikutnya. Angka 1–7 memilih tabel. Enter pada baris "
        "membuka daftar laporan di balik angka itu. 'x' mengekspor rekap (PDF, DOCX, CSV, teks); "
        "'o' membuat dokumen satu laporan (Laporan Kegiatan, Laporan Informasi, rilis Humas). "
        "Terlewat = rencana yang lewat tanpa laporan; keaktifan per minggu: KURANG = 0 laporan, "
        "CUKUP = 1–3, AKTIF = lebih dari 3 (periode beberapa minggu: rata-rata per minggu).",
        "Recap of one period, computed by the database. Period: 'd' day, 'w' week (initially "
        "the last full week), 'b' month, 'c' date range, 'p' operation; '[' and ']' step to the "
        "previous/next period. Keys 1–7 pick a table. Enter on a row lists the reports behind "
        "it. 'x' exports the recap (PDF, DOCX, CSV, text); 'o' makes a document of one report "
        "(activity report, information report, Humas release). Missed = past plans without a "
        "report; weekly activity: KURANG = 0 reports, CUKUP = 1–3, AKTIF = more than 3 "
        "(several weeks: the weekly average).",
    ),
    "rekap.day": ("Hari", "Day"),
    "rekap.week": ("Minggu", "Week"),
    "rekap.month": ("Bulan", "Month"),
    "rekap.custom": ("Rentang", "Range"),
    "rekap.operation": ("Operasi", "Operation"),
    "rekap.prev": ("Sebelumnya", "Previous"),
    "rekap.next": ("Berikutnya", "Next"),
    "rekap.export": ("Ekspor", "Export"),
    "rekap.report_doc": ("Dokumen", "Document"),
    "rekap.report_doc.title": ("dokumen satu laporan", "a single report document"),
    "rekap.drill": ("Rincian", "Details"),
    "rekap.tab_key": ("Tabel {n}", "Table {n}"),
    "rekap.loading": ("Menghitung rekap…", "Computing the recap…"),
    "rekap.summary": (
        "{kind}: {label} · {reports} laporan · realisasi {pct} · RW {visited}/{total}",
        "{kind}: {label} · {reports} reports · done {pct} · RW {visited}/{total}",
    ),
    "rekap.summary_drafts": (
        # the drafts are not among the reports (figures.counted); short, to fit 80 columns
        "{kind}: {label} · {reports} laporan + {drafts} draf · realisasi {pct} · "
        "RW {visited}/{total}",
        "{kind}: {label} · {reports} reports + {drafts} drafts · done {pct} · RW {visited}/{total}",
    ),
    "rekap.no_operation": ("Belum ada operasi yang tercatat.", "No operation recorded yet."),
    "rekap.tab.types": ("1 Jenis", "1 Types"),
    "rekap.tab.officers": ("2 Personel", "2 Officers"),
    "rekap.tab.audience": ("3 Sasaran", "3 Audience"),
    "rekap.tab.situation": ("4 Situasi", "4 Situation"),
    "rekap.tab.coverage": ("5 RW", "5 RW"),
    "rekap.tab.problems": ("6 Masalah", "6 Problems"),
    "rekap.tab.charts": ("7 Grafik", "7 Charts"),
    "rekap.col.kelurahan": ("Kelurahan", "Ward"),
    "rekap.col.reports": ("Lap.", "Rep."),
    "rekap.col.officer": ("Personel", "Officer"),
    "rekap.officers.joint": (
        "Lap.: laporan bersama dihitung untuk tiap personel (jumlah {sum}, laporan {total}).",
        "Rep.: a joint report counts for each officer (sum {sum}, reports {total}).",
    ),
    "rekap.col.plans": ("Renc.", "Plan"),
    "rekap.col.done": ("Laks.", "Done"),
    "rekap.col.missed": ("Lewat", "Missed"),
    "rekap.col.pct": ("%", "%"),
    "rekap.col.class": ("Kelas", "Class"),
    "rekap.col.weeks": ("Per minggu", "Per week"),
    "rekap.col.category": ("Kategori", "Category"),
    "rekap.col.people": ("Orang", "People"),
    "rekap.col.aman": ("Aman", "Safe"),
    "rekap.col.waspada": ("Wasp.", "Alert"),
    "rekap.col.rawan": ("Rawan", "Volat."),
    "rekap.col.worst": ("Terburuk", "Worst"),
    "rekap.col.threat": ("Ancaman", "Threat"),
    "rekap.col.visited": ("Dikunj.", "Visited"),
    "rekap.col.rw_total": ("RW", "RW"),
    "rekap.col.missing": ("Belum dikunjungi", "Not visited"),
    "rekap.col.opened": ("Dibuka", "Opened"),
    "rekap.col.settled": ("Selesai", "Settled"),
    "rekap.col.still_open": ("Terbuka", "Open"),
    "rekap.col.problem": ("Masalah terbuka", "Open problem"),
    "rekap.col.since": ("Sejak", "Since"),
    "rekap.total": ("Jumlah", "Total"),
    "rekap.threats": ("Tingkat ancaman: {levels}", "Threat levels: {levels}"),
    "rekap.chart.per_day": (
        "Kegiatan per hari ({first} – {last}, puncak {peak})",
        "Activities per day ({first} – {last}, peak {peak})",
    ),
    "rekap.chart.per_kelurahan": ("Kegiatan per kelurahan", "Activities per ward"),
    "rekap.custom.title": ("Rentang tanggal rekap", "Recap date range"),
    "rekap.custom.from": ("Dari", "From"),
    "rekap.custom.to": ("Sampai", "To"),
    "rekap.export.title": ("Ekspor {what}", "Export {what}"),
    "rekap.export.recap": ("rekap", "recap"),
    "rekap.export.format": ("Format", "Format"),
    "rekap.export.path": ("Simpan ke", "Save to"),
    "rekap.export.signer": ("Tanda tangan", "Signed by"),
    "rekap.export.date": ("Tanggal", "Date"),
    "rekap.export.date_report": (
        "kosong = hari kegiatan; mis. 6/12/2024, h",
        "blank = the activity's day; e.g. 6/12/2024, h",
    ),
    "rekap.export.date_today": (
        "kosong = hari ini; mis. 6/12/2024",
        "blank = today; e.g. 6/12/2024",
    ),
    "rekap.export.signer.kapolsek": ("Kapolsek", "Station chief"),
    "rekap.export.signer.kanit": ("Kanit Binmas", "Head of Binmas"),
    "rekap.export.signer.pelapor": ("Pelapor: {name}", "Reporting officer: {name}"),
    "rekap.export.signer.pelapor_any": (
        "Pelapor (petugas yang melapor)",
        "Reporting officer (who reported it)",
    ),
    "rekap.export.number": ("Nomor laporan", "Report number"),
    "rekap.export.kind": ("Dokumen", "Document"),
    "rekap.export.kind.kegiatan": ("Laporan Kegiatan", "Activity report"),
    "rekap.export.kind.informasi": ("Laporan Informasi", "Information report"),
    "rekap.export.kind.release": ("Rilis Humas", "Humas release"),
    "rekap.export.run": ("Simpan", "Save"),
    "rekap.export.cancel": ("Batal", "Cancel"),
    "rekap.export.hint": ("Ctrl+S simpan · Esc batal", "Ctrl+S save · Esc cancel"),
    "rekap.export.writing": ("Menulis berkas…", "Writing the file…"),
    "rekap.export.saved": ("Tersimpan: {path}", "Saved: {path}"),
    "rekap.export.no_path": ("Isi nama berkas tujuan.", "Enter a file name."),
    "rekap.export.no_number": (
        "Isi nomor laporan, mis. LK/17/XII/2024.",
        "Enter a report number, e.g. LK/17/XII/2024.",
    ),
    "rekap.format.pdf": ("PDF", "PDF"),
    "rekap.format.docx": ("DOCX (Word)", "DOCX (Word)"),
    "rekap.format.csv": ("CSV (Excel)", "CSV (Excel)"),
    "rekap.format.text": ("Teks untuk chat", "Text for chat"),
    "rekap.release.title": (
        "Rilis Humas — sunting sebelum ekspor",
        "Humas release — edit before export",
    ),
    "rekap.release.hint": (
        "Baris pertama judul; baris kosong memisahkan paragraf. Ctrl+S ekspor · Esc batal",
        "First line is the headline; blank lines separate paragraphs. Ctrl+S export · Esc cancel",
    ),
    "rekap.release.empty": ("Naskah rilis kosong.", "The release text is empty."),
    "rekap.release.to_fill": (
        "{n} bagian bertanda [[ISI: …]] belum diisi (data laporan tidak memuatnya).",
        "{n} part(s) marked [[ISI: …]] to fill (the report does not hold them).",
    ),
    "rekap.release.unfilled": (
        "Masih ada {n} bagian [[ISI: …]]. Isi dulu, atau tekan Ctrl+S lagi untuk tetap menyimpan.",
        "{n} part(s) [[ISI: …]] left. Fill them, or press Ctrl+S again to save anyway.",
    ),
}
