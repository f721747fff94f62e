"""Strings of the report detail screen that are its own, not the list's."""

STRINGS: dict[str, tuple[str, str]] = {
    # header and F1 help title of the detail screen (the list has "nav.list")
    "detail.title": ("Detail laporan", "Report detail"),
    # a returned report: the reviewer's note, right under the status
    "detail.f.returned": ("Harus diperbaiki", "To fix"),
    "detail.reload": ("Muat ulang", "Reload"),
    # a step refused because the report changed since the screen read it
    "detail.changed": (
        "{number} sudah diubah oleh {by} sejak dibuka: {fields}. Tampilan sudah "
        "dimuat ulang — periksa perubahannya, lalu ulangi bila masih perlu.",
        "{number} was changed by {by} since it was opened: {fields}. The screen has "
        "been reloaded — check the changes, then try again if still needed.",
    ),
    "detail.changed_unseen": (
        "{number} sudah diubah oleh {by} sejak dibuka. Tampilan sudah dimuat ulang — "
        "periksa, lalu ulangi bila masih perlu.",
        "{number} was changed by {by} since it was opened. The screen has been "
        "reloaded — check it, then try again if still needed.",
    ),
}
