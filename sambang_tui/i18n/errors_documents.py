"""Messages of services/documents: report documents and press releases."""

STRINGS: dict[str, tuple[str, str]] = {
    "documents.err.no_informasi": (
        "Laporan {number} tidak memiliki Laporan Informasi (bukan deteksi dini).",
        "Report {number} has no Laporan Informasi (not an early detection).",
    ),
    "documents.err.pick_one": ("Pilih sedikitnya satu laporan.", "Pick at least one report."),
    "documents.err.release_same_day_type": (
        "Rilis gabungan hanya untuk laporan pada hari dan jenis kegiatan yang sama.",
        "A combined release is only for reports of the same day and activity type.",
    ),
    "documents.err.release_empty": ("Naskah rilis kosong.", "The release text is empty."),
    "documents.err.report_not_found": ("Laporan #{id} tidak ditemukan.", "Report #{id} not found."),
}
