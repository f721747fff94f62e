"""Strings of F5 Daftar laporan, the report detail and the filter dialog."""

STRINGS: dict[str, tuple[str, str]] = {
    "list.help": (
        "Semua laporan, terbaru di atas, 50 per halaman. '/' mencari di nomor, tempat, "
        "narasi, pesan, temuan dan nama (kata demi kata; kata terakhir cukup awalnya). 'f' membuka "
        "saringan (tanggal, kelurahan, petugas, jenis, status, operasi); 'x' menghapus "
        "saringan. PgDn/PgUp berpindah halaman. Enter membuka laporan.",
        "Every report, newest first, 50 per page. '/' searches number, place, narrative, "
        "message, findings and names (word by word; the last word may be just its start). 'f' opens "
        "the filters (dates, ward, officer, type, status, operation); 'x' clears them. "
        "PgDn/PgUp change page. Enter opens a report.",
    ),
    "list.search": ("Cari", "Search"),
    "list.search_placeholder": (
        "/ cari: nomor, tempat, narasi, nama…",
        "/ search: number, place, narrative, names…",
    ),
    "list.filter": ("Saring", "Filter"),
    "list.clear": ("Hapus saringan", "Clear filters"),
    "list.next_page": ("Hal. berikut", "Next page"),
    "list.prev_page": ("Hal. sebelum", "Prev. page"),
    "list.open": ("Buka", "Open"),
    "list.reload": ("Muat ulang", "Reload"),
    "list.loading": ("Memuat…", "Loading…"),
    "list.status": (
        "{first}–{last} dari {total} · hal. {page}/{pages}",
        "{first}–{last} of {total} · page {page}/{pages}",
    ),
    "list.empty": ("Tidak ada laporan yang cocok.", "No matching report."),
    "list.filters_none": ("Tanpa saringan", "No filters"),
    "list.f.from": ("dari {day}", "from {day}"),
    "list.f.to": ("s.d. {day}", "to {day}"),
    "list.f.problem": ("masalah #{id}", "problem #{id}"),
    "list.col.date": ("Tanggal", "Date"),
    "list.col.number": ("Nomor", "Number"),
    "list.col.type": ("Jenis", "Type"),
    "list.col.kelurahan": ("Kelurahan", "Ward"),
    "list.col.area": ("RT/RW", "RT/RW"),
    "list.col.place": ("Tempat", "Place"),
    "list.col.officer": ("Petugas", "Officer"),
    "list.col.status": ("Status", "Status"),
    # filter dialog
    "filter.title": ("Saring laporan", "Filter reports"),
    "filter.date_from": ("Dari tanggal", "From date"),
    "filter.date_to": ("Sampai tanggal", "To date"),
    "filter.date_hint": ("h, k, -7, 2/12, 02/12/2024", "h, k, -7, 2/12, 02/12/2024"),
    "filter.kelurahan": ("Kelurahan", "Ward"),
    "filter.officer": ("Petugas", "Officer"),
    "filter.type": ("Jenis kegiatan", "Activity type"),
    "filter.status": ("Status", "Status"),
    "filter.operation": ("Operasi", "Operation"),
    "filter.any": ("(semua)", "(any)"),
    "filter.apply": ("Terapkan", "Apply"),
    "filter.apply_short": ("Terapkan", "Apply"),
    "filter.reset": ("Kosongkan", "Clear"),
    "filter.order": ("Tanggal akhir sebelum tanggal awal.", "End date before start date."),
    # detail
    "detail.help": (
        "Seluruh isi satu laporan. e ubah, a ajukan, v verifikasi (dengan konfirmasi) dan "
        "k kembalikan dengan catatan (hanya Kanit Binmas/Kapolsek/Wakapolsek, bukan untuk "
        "laporan sendiri), d hapus (dengan konfirmasi), "
        "p semua laporan dari masalah yang sama, o dokumen laporan ini: Laporan "
        "Kegiatan, Laporan Informasi (hanya deteksi dini) atau rilis Humas, sebagai "
        "PDF, DOCX atau teks. Esc kembali ke daftar.",
        "Everything of one report. e edit, a submit, v verify (with confirmation) and "
        "k return with a note (Kanit Binmas/Kapolsek/Wakapolsek only, never one's own "
        "report), d delete (with confirmation), p every "
        "report of the same problem, o this report's documents: Laporan Kegiatan, "
        "Laporan Informasi (deteksi dini only) or the Humas release, as PDF, DOCX or "
        "text. Esc returns to the list.",
    ),
    "detail.edit": ("Ubah", "Edit"),
    "detail.submit": ("Ajukan", "Submit"),
    "detail.verify": ("Verifikasi", "Verify"),
    "detail.return": ("Kembalikan", "Return"),
    "detail.delete": ("Hapus", "Delete"),
    "detail.problem": ("Masalah", "Problem"),
    "detail.documents": ("Dokumen", "Documents"),
    "detail.documents_title": ("dokumen laporan {number}", "documents of report {number}"),
    "detail.loading": ("Memuat laporan…", "Loading the report…"),
    "detail.no_problem": ("Laporan ini tidak terkait masalah.", "This report has no problem."),
    "detail.not_reviewer": (
        "Hanya Kanit Binmas, Kapolsek atau Wakapolsek yang dapat memverifikasi atau "
        "mengembalikan laporan.",
        "Only the Kanit Binmas, the Kapolsek or the Wakapolsek can verify or return a report.",
    ),
    "detail.confirm_verify": (
        "Verifikasi laporan {number}? Setelah diverifikasi laporan terkunci; hanya "
        "Kanit Binmas, Kapolsek atau Wakapolsek yang dapat mengubahnya.",
        "Verify report {number}? A verified report is locked; only the Kanit Binmas, "
        "the Kapolsek or the Wakapolsek can change it.",
    ),
    "detail.confirm_delete": (
        "Hapus laporan {number}? Laporan disembunyikan dari daftar dan rekap; "
        "jejak audit tetap ada.",
        "Delete report {number}? It disappears from lists and recaps; the audit trail stays.",
    ),
    "detail.return_title": (
        "Kembalikan {number} ke pembuatnya? Tulis yang harus diperbaiki (wajib):",
        "Return {number} to its author? Write what to fix (required):",
    ),
    "detail.done.submit": ("Laporan {number} diajukan.", "Report {number} submitted."),
    "detail.done.verify": ("Laporan {number} diverifikasi.", "Report {number} verified."),
    "detail.done.return": ("Laporan {number} dikembalikan.", "Report {number} returned."),
    "detail.done.delete": ("Laporan {number} dihapus.", "Report {number} deleted."),
    "detail.deleted": ("DIHAPUS {at}", "DELETED {at}"),
    "detail.f.number": ("Nomor", "Number"),
    "detail.f.status": ("Status", "Status"),
    "detail.f.date": ("Tanggal", "Date"),
    "detail.f.time": ("Waktu", "Time"),
    "detail.f.types": ("Kegiatan", "Activity"),
    "detail.f.officers": ("Petugas", "Officers"),
    "detail.f.area": ("Wilayah", "Area"),
    "detail.f.place": ("Tempat", "Place"),
    "detail.f.operation": ("Operasi", "Operation"),
    "detail.f.audience": ("Peserta", "Audience"),
    "detail.f.contacts": ("Tokoh ditemui", "Contacts met"),
    "detail.f.narrative": ("Uraian kegiatan", "Narrative"),
    "detail.f.message": ("Pesan kamtibmas", "Message"),
    "detail.f.findings": ("Temuan", "Findings"),
    "detail.f.threat": ("Tingkat ancaman", "Threat level"),
    "detail.f.situation": ("Situasi", "Situation"),
    "detail.f.follow_up": ("Tindak lanjut", "Follow-up"),
    "detail.f.quote": ("Kutipan", "Quote"),
    "detail.f.problem": ("Masalah", "Problem"),
    "detail.f.information": ("Laporan Informasi", "Information report"),
    "detail.f.households": ("Rumah dikunjungi (DDS)", "Households (DDS)"),
    "detail.f.attachments": ("Lampiran", "Attachments"),
    "detail.f.review": ("Pemeriksa", "Reviewer"),
    "detail.f.review_note": ("Catatan pemeriksa", "Review note"),
    "detail.f.created": ("Dibuat", "Created"),
    "detail.f.updated": ("Diubah", "Updated"),
    "detail.f.total": ("jumlah", "total"),
    "detail.li.subject": ("Perihal", "Subject"),
    "detail.li.source": ("Sumber", "Source"),
    "detail.li.relation": ("Hubungan sumber", "Source relation"),
    "detail.li.how": ("Cara mendapat", "How obtained"),
    "detail.li.when": ("Waktu didapat", "Obtained at"),
    "detail.li.grade": ("Nilai", "Grade"),
    "detail.li.facts": ("Fakta", "Facts"),
    "detail.li.assessment": ("Pendapat pelapor", "Assessment"),
    "opinion.keluhan": ("Keluhan", "Complaint"),
    "opinion.harapan": ("Harapan", "Hope"),
}
