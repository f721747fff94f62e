"""Strings of the report detail screen that are its own, not the list's."""

STRINGS: dict[str, tuple[str, str]] = {
    # header and F1 help title of the detail screen (the list has "nav.list")
    "detail.title": ("Detail laporan", "Report detail"),
    # a returned report: the reviewer's note, right under the status
    "detail.f.returned": ("Harus diperbaiki", "To fix"),
}
