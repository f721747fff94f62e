"""Strings shown once when the app starts: drafts left by app instances of
this login that are gone (a killed terminal, a dropped SSH link)."""

STRINGS: dict[str, tuple[str, str]] = {
    "startup.draft.title": (
        "Ada {count} draf yang belum disimpan (sesi terputus atau ditunda):",
        "{count} unsaved draft(s) (a session ended, or left for later):",
    ),
    "startup.draft.hint": (
        "Enter buka dan pulihkan · d buang · Esc nanti (draf tetap disimpan)",
        "Enter open and restore · d discard · Esc later (drafts are kept)",
    ),
    "startup.draft.kind.new": ("Laporan baru", "New report"),
    "startup.draft.kind.report": ("Suntingan laporan {what}", "Edit of report {what}"),
    "startup.draft.kind.plan": ("Realisasi rencana {what}", "Report for plan {what}"),
    "startup.draft.target_gone": ("(sudah dihapus)", "(deleted since)"),
    "startup.draft.key.open": ("Buka", "Open"),
    "startup.draft.key.discard": ("Buang", "Discard"),
    "startup.draft.key.later": ("Nanti", "Later"),
    "startup.draft.discarded": ("Draf dibuang.", "Draft discarded."),
    "startup.draft.none": (
        "Tidak ada draf yang menunggu.",
        "No drafts are waiting.",
    ),
    "startup.draft.busy": (
        "Form itu sedang berisi isian lain: simpan atau kosongkan dulu (Ctrl+N), lalu buka drafnya.",
        "That form holds other typing: save or clear it first (Ctrl+N), then open the draft.",
    ),
    "startup.draft.gone": (
        "Draf itu sudah diambil oleh jendela Sambang lain atau sudah tidak ada.",
        "That draft was taken by another Sambang window or is gone.",
    ),
}
