"""Messages of services/schedule: plans, the plan form, the weekly proposal."""

STRINGS: dict[str, tuple[str, str]] = {
    "schedule.what.plan": ("Rencana", "Plan"),
    "schedule.label.target": ("Sasaran/tempat", "Target/place"),
    "schedule.label.note": ("Catatan", "Note"),
    "schedule.label.cancel_reason": ("Alasan pembatalan", "Reason for cancelling"),
    "schedule.err.date_required": ("Tanggal wajib diisi.", "The date is required."),
    "schedule.err.officer_required": ("Personel wajib diisi.", "The officer is required."),
    "schedule.err.officer_not_here": (
        "Personel tidak ditemukan di Polsek ini.",
        "Officer not found at this Polsek.",
    ),
    "schedule.err.officer_inactive": (
        "Personel {name} sudah tidak aktif.",
        "Officer {name} is no longer active.",
    ),
    "schedule.err.type_required": ("Jenis kegiatan wajib diisi.", "The activity type is required."),
    "schedule.err.type_unknown": (
        "Jenis kegiatan tidak dikenal atau tidak aktif.",
        "Activity type unknown or inactive.",
    ),
    "schedule.err.kelurahan_required": ("Kelurahan wajib diisi.", "The kelurahan is required."),
    "schedule.err.kelurahan_not_here": (
        "Kelurahan tidak ditemukan di Polsek ini.",
        "Kelurahan not found at this Polsek.",
    ),
    "schedule.err.no_rw": (
        "RW {rw} tidak ada di {kelurahan}.",
        "There is no RW {rw} in {kelurahan}.",
    ),
    "schedule.err.no_rt": ("RT {rt} tidak ada di RW {rw}.", "There is no RT {rt} in RW {rw}."),
    "schedule.err.rw_for_rt": (
        "RW wajib diisi bila RT diisi.",
        "The RW is required when an RT is given.",
    ),
    "schedule.err.done": (
        "Rencana ini sudah terlaksana (ada laporannya).",
        "This plan has been carried out (it has a report).",
    ),
    "schedule.err.cancelled": ("Rencana ini sudah dibatalkan.", "This plan has been cancelled."),
    "schedule.err.to_officer": (
        "Personel tujuan tidak ditemukan atau nonaktif.",
        "The officer to move to was not found or is inactive.",
    ),
    "schedule.err.not_cancelled": ("Rencana ini tidak dibatalkan.", "This plan is not cancelled."),
    "schedule.err.done_no_delete": (
        "Rencana yang sudah terlaksana tidak dapat dihapus.",
        "A plan carried out cannot be deleted.",
    ),
    "schedule.err.future_no_report": (
        "Rencana {day:%d/%m/%Y} belum tiba: laporannya dibuat setelah kegiatan dilaksanakan.",
        "The plan of {day:%d/%m/%Y} has not come yet: its report is made once the activity "
        "is carried out.",
    ),
    "schedule.err.cancelled_no_report": (
        "Rencana yang dibatalkan tidak dapat direalisasikan.",
        "A cancelled plan cannot be turned into a report.",
    ),
    "schedule.err.officer_text": (
        "Personel '{text}' tidak dikenal; ketik NRP atau nama.",
        "Officer '{text}' unknown; type an NRP or a name.",
    ),
    "schedule.err.type_text": (
        "Jenis '{text}' tidak dikenal; contoh: SB, CS, DDS.",
        "Type '{text}' unknown; for example: SB, CS, DDS.",
    ),
    "schedule.err.kelurahan_text": (
        "Kelurahan '{text}' tidak dikenal.",
        "Kelurahan '{text}' unknown.",
    ),
    "schedule.err.not_number": ("{label} harus angka.", "{label} must be a number."),
    "schedule.err.no_active_type": (
        "Tidak ada jenis kegiatan aktif untuk diusulkan.",
        "No active activity type to propose.",
    ),
    "schedule.err.week_past": (
        "Minggu {start}–{end} sudah lewat; usulan untuk minggu ini atau minggu depan.",
        "The week {start}–{end} is over; proposals are for this week or next week.",
    ),
}
