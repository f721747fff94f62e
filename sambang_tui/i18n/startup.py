"""Strings shown once when the app starts: drafts left from an earlier session."""

STRINGS: dict[str, tuple[str, str]] = {
    "startup.draft_new": (
        "Ada draf laporan baru yang belum disimpan (terakhir {when}). "
        "Tekan {section_key} (Input cepat) untuk memulihkannya.",
        "There is an unsaved new-report draft (last kept {when}). "
        "Press {section_key} (Quick entry) to restore it.",
    ),
    "startup.draft_edits": (
        "Ada {count} draf suntingan laporan/rencana yang belum disimpan: "
        "buka lagi laporannya ({list_key}) atau rencananya ({plan_key}) untuk memulihkannya.",
        "There are {count} unsaved drafts of report/plan edits: "
        "open the report ({list_key}) or the plan ({plan_key}) again to restore them.",
    ),
}
