"""Messages of the services' shared core (``services/core``): permissions,
dates and times, periods, stored rows, field checks."""

STRINGS: dict[str, tuple[str, str]] = {
    # who may, named inside the messages
    "core.who.admins": ("admin Polsek (atau root)", "the Polsek admin (or root)"),
    "core.who.reviews": (
        "Kanit Binmas, Kapolsek atau Wakapolsek",
        "the Kanit Binmas, the Kapolsek or the Wakapolsek",
    ),
    # what was refused (require_admin, require_root_or_owner)
    "core.do.edit_master": ("mengubah data induk", "change the master data"),
    "core.do.import_master": ("mengimpor data induk", "import master data"),
    "core.do.restore_db": (
        "memulihkan basis data dari cadangan",
        "restore the database from a backup",
    ),
    "core.do.restore": ("memulihkan cadangan", "restore a backup"),
    "core.do.export_station": ("mengekspor data Polsek", "export the Polsek's data"),
    "core.do.import_station": ("mengimpor data Polsek", "import a Polsek's data"),
    "core.err.not_registered": (
        "Login '{login}' belum terdaftar sebagai personel: hanya dapat melihat. "
        "Minta {admins} mengisi login Anda di data personel.",
        "Login '{login}' is not registered as an officer: view only. "
        "Ask {admins} to enter your login in the officers' data.",
    ),
    "core.err.review_only": (
        "Hanya {reviewers} yang dapat memverifikasi atau mengembalikan laporan.",
        "Only {reviewers} can verify or return reports.",
    ),
    "core.err.admin_only": ("Hanya {admins} yang dapat {what}.", "Only {admins} can {what}."),
    "core.err.audit_only": (
        "Jejak audit hanya untuk {reviewers} dan {admins}.",
        "The audit trail is only for {reviewers} and {admins}.",
    ),
    "core.err.root_or_owner": (
        "Basis data {path} tidak dapat dibuka, jadi admin tidak dapat diperiksa: hanya root "
        "atau pemilik berkasnya yang dapat {what} (yang mencoba: {login}).",
        "The database {path} cannot be opened, so its admins cannot be checked: only root "
        "or the owner of the file can {what} (tried by: {login}).",
    ),
    "core.err.db_refused": ("{reason}", "{reason}"),
    "core.err.conflict": (
        "Data ini sudah diubah sejak dibuka. Berbeda: {fields}. Muat ulang atau simpan versi Anda.",
        "This data was changed since it was opened. Differing: {fields}. "
        "Reload or save your version.",
    ),
    "core.err.conflict_by": (
        "Data ini sudah diubah oleh {by} sejak dibuka. Berbeda: {fields}. "
        "Muat ulang atau simpan versi Anda.",
        "This data was changed by {by} since it was opened. Differing: {fields}. "
        "Reload or save your version.",
    ),
    # dates, times, periods
    "core.err.date_not_in_calendar": (
        "Tanggal '{text}' tidak ada di kalender.",
        "The date '{text}' is not in the calendar.",
    ),
    "core.err.date_unknown": (
        "Tanggal '{text}' tidak dikenali; contoh: 02/12/2024, 2/12, h, k, -1.",
        "Date '{text}' not understood; for example: 02/12/2024, 2/12, h, k, -1.",
    ),
    "core.err.time_unknown": (
        "Jam '{text}' tidak dikenali; contoh: 10.00 atau 14:30.",
        "Time '{text}' not understood; for example: 10.00 or 14:30.",
    ),
    "core.err.end_before_start": (
        "Tanggal akhir sebelum tanggal awal.",
        "The end date is before the start date.",
    ),
    "core.err.range_too_long": (
        "Rentang terlalu panjang (maksimal 5 tahun).",
        "The range is too long (at most 5 years).",
    ),
    "core.err.operation_not_found": (
        "Operasi #{id} tidak ditemukan.",
        "Operation #{id} not found.",
    ),
    # rows
    "core.what.data": ("Data", "Data"),
    "core.err.row_not_found": (
        "{what} #{id} tidak ditemukan (mungkin sudah dihapus).",
        "{what} #{id} not found (perhaps deleted).",
    ),
    # field checks
    "core.err.required": ("{label} wajib diisi.", "{label} is required."),
    "core.err.too_long": (
        "{label} terlalu panjang ({n} karakter, maksimal {max}).",
        "{label} is too long ({n} characters, at most {max}).",
    ),
    "core.err.nrp_required": ("NRP wajib diisi.", "The NRP is required."),
    "core.err.nrp_digits": (
        "NRP hanya boleh berisi angka (8 digit).",
        "The NRP may hold digits only (8 digits).",
    ),
    "core.err.nrp_length": (
        "NRP harus 8 digit (tertulis {n}).",
        "The NRP must have 8 digits ({n} written).",
    ),
}
